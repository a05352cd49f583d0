/* spots-checklist.h: the red-flag checklist: questions, tiers and rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-checklist-answers.h"
#include "spots-checklist-question.h"

G_BEGIN_DECLS

/* Urgency, least first: comparing tiers compares urgency. */
typedef enum
{
  SPOTS_TIER_SELF_CARE,
  SPOTS_TIER_SOON,
  SPOTS_TIER_URGENT,
  SPOTS_TIER_EMERGENCY,
  SPOTS_N_TIERS
} SpotsTier;

/* The group whose questions are emergency signs: any one answered yes
 * means an emergency (tests prove it for every shipped rule file). */
#define SPOTS_EMERGENCY_GROUP "emergency"

#define SPOTS_TYPE_CHECKLIST (spots_checklist_get_type ())

G_DECLARE_FINAL_TYPE (SpotsChecklist, spots_checklist, SPOTS, CHECKLIST, GObject)

typedef struct _SpotsChecklistResult SpotsChecklistResult;

const char           *spots_tier_to_string                (SpotsTier           tier);
gboolean              spots_tier_from_string              (const char         *id,
                                                           SpotsTier          *tier);

const char           *spots_checklist_get_version         (SpotsChecklist     *self);
const char           *spots_checklist_get_source_file     (SpotsChecklist     *self);
GListModel           *spots_checklist_get_questions       (SpotsChecklist     *self);
SpotsChecklistQuestion *spots_checklist_lookup_question   (SpotsChecklist     *self,
                                                           const char         *id);
const char           *spots_checklist_get_tier_heading    (SpotsChecklist     *self,
                                                           SpotsTier           tier);
const char           *spots_checklist_get_tier_advice     (SpotsChecklist     *self,
                                                           SpotsTier           tier);
const char           *spots_checklist_get_tier_timeframe  (SpotsChecklist     *self,
                                                           SpotsTier           tier);
const char           *spots_checklist_get_tier_safety_net (SpotsChecklist     *self,
                                                           SpotsTier           tier);
const char           *spots_checklist_get_self_care_reason (SpotsChecklist    *self);
const char * const   *spots_checklist_get_doctor_questions (SpotsChecklist    *self);
guint                 spots_checklist_get_n_rules         (SpotsChecklist     *self);

SpotsChecklistResult *spots_checklist_evaluate            (SpotsChecklist     *self,
                                                           SpotsChecklistAnswers *answers);
SpotsTier             spots_checklist_evaluate_tier       (SpotsChecklist     *self,
                                                           SpotsChecklistAnswers *answers);
SpotsChecklistQuestion *spots_checklist_next_question     (SpotsChecklist     *self,
                                                           SpotsChecklistAnswers *answers);

G_END_DECLS
