/* spots-checklist-result.h: what the checklist concluded, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-checklist.h"

G_BEGIN_DECLS

/* One rule that decided the tier, and the answers that made it fire. */
typedef struct
{
  char *rule_id;
  char *text;                /* the rule's reason sentence */
  GStrv sources;             /* where the rule comes from */
  GPtrArray *questions;      /* SpotsChecklistQuestion, in asking order */
  GArray *states;            /* SpotsState (the private header), one per question */
  gboolean needs_not_sure;   /* it would not fire if "not sure" were "no" */
} SpotsChecklistReason;

/* Something that would give another tier: answering QUESTION with ANSWER. */
typedef struct
{
  SpotsChecklistQuestion *question;
  SpotsAnswer answer;
  SpotsTier tier;
} SpotsChecklistChange;

#define SPOTS_TYPE_CHECKLIST_RESULT (spots_checklist_result_get_type ())

GType                       spots_checklist_result_get_type          (void) G_GNUC_CONST;
SpotsChecklistResult       *spots_checklist_result_ref               (SpotsChecklistResult *self);
void                        spots_checklist_result_unref             (SpotsChecklistResult *self);
SpotsTier                   spots_checklist_result_get_tier          (SpotsChecklistResult *self);
guint                       spots_checklist_result_get_n_reasons     (SpotsChecklistResult *self);
const SpotsChecklistReason *spots_checklist_result_get_reason        (SpotsChecklistResult *self,
                                                                      guint                 index);
gboolean                    spots_checklist_result_get_raised_by_not_sure
                                                                     (SpotsChecklistResult *self);
SpotsTier                   spots_checklist_result_get_tier_without_not_sure
                                                                     (SpotsChecklistResult *self);
guint                       spots_checklist_result_get_n_changes     (SpotsChecklistResult *self);
const SpotsChecklistChange *spots_checklist_result_get_change        (SpotsChecklistResult *self,
                                                                      guint                 index);
char                       *spots_checklist_reason_describe_answers  (const SpotsChecklistReason *reason);
char                       *spots_checklist_reason_format            (const SpotsChecklistReason *reason);
char                       *spots_checklist_describe_answers         (GPtrArray                  *questions,
                                                                      const gint8                *states);
char                       *spots_checklist_sentence_from_clause     (const char                 *clause);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpotsChecklistResult, spots_checklist_result_unref)

G_END_DECLS
