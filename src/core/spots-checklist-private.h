/* spots-checklist-private.h: building a checklist, for the parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-checklist.h"
#include "spots-checklist-result.h"

G_BEGIN_DECLS

typedef enum
{
  SPOTS_CONDITION_ANSWER,
  SPOTS_CONDITION_ANY_OF,
  SPOTS_CONDITION_ALL_OF,
} SpotsConditionKind;

/* Conditions only look for answers of yes (or also not sure): there is no
 * negation, so a rule can only fire on more signs, never on fewer. */
typedef struct _SpotsCondition SpotsCondition;
struct _SpotsCondition
{
  SpotsConditionKind kind;
  char *question;            /* ANSWER */
  guint question_index;      /* ANSWER, resolved when the rule is added */
  gboolean accepts_not_sure; /* ANSWER */
  GPtrArray *children;       /* ANY_OF, ALL_OF: SpotsCondition */
};

typedef struct
{
  char *id;
  SpotsTier tier;
  SpotsCondition *condition;
  char *reason;
  GStrv sources;
} SpotsChecklistRule;

SpotsCondition       *spots_condition_new_answer   (const char          *question,
                                                    gboolean             accepts_not_sure);
SpotsCondition       *spots_condition_new_group    (SpotsConditionKind   kind);
void                  spots_condition_free         (SpotsCondition      *condition);
void                  spots_checklist_rule_free    (SpotsChecklistRule  *rule);

SpotsChecklist       *spots_checklist_new          (const char          *version,
                                                    const char          *source_file);
void                  spots_checklist_set_tier     (SpotsChecklist      *self,
                                                    SpotsTier            tier,
                                                    const char          *heading,
                                                    const char          *advice,
                                                    const char          *timeframe,
                                                    const char          *safety_net);
void                  spots_checklist_add_question (SpotsChecklist      *self,
                                                    SpotsChecklistQuestion *question);
void                  spots_checklist_add_rule     (SpotsChecklist      *self,
                                                    SpotsChecklistRule  *rule);
void                  spots_checklist_set_doctor_questions (SpotsChecklist *self,
                                                    GStrv                items);

/* The engine on answers by question index: what the safety tests and
 * the result use, without a hash lookup per question. */
SpotsTier             spots_checklist_tier_of      (SpotsChecklist      *self,
                                                    const SpotsAnswer   *values);

SpotsChecklistResult *spots_checklist_result_new   (SpotsTier            tier);
void                  spots_checklist_result_add_reason (SpotsChecklistResult *self,
                                                    SpotsChecklistReason *reason);
void                  spots_checklist_result_add_change (SpotsChecklistResult *self,
                                                    SpotsChecklistQuestion *question,
                                                    SpotsAnswer          answer,
                                                    SpotsTier            tier);
void                  spots_checklist_result_set_tier_without_not_sure
                                                   (SpotsChecklistResult *self,
                                                    SpotsTier            tier);

G_END_DECLS
