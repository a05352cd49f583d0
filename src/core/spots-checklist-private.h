/* spots-checklist-private.h: building a checklist, for the parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-checklist.h"
#include "spots-checklist-result.h"

G_BEGIN_DECLS

/* The engine's view of the answers: one state per question, by index.
 * For a yes/no question, how concerning the answer is (whichever word
 * that is for this question); for a choice question, the index of the
 * choice. SPOTS_STATE_UNANSWERED is neither. */
typedef gint8 SpotsState;

#define SPOTS_STATE_UNANSWERED (-1)

enum
{
  SPOTS_LEVEL_REASSURING = 0,
  SPOTS_LEVEL_NOT_SURE = 1,
  SPOTS_LEVEL_CONCERNING = 2,
};

/* A choice question holds at most this many choices (one bit each). */
#define SPOTS_MAX_CHOICES 64

typedef enum
{
  SPOTS_CONDITION_ANSWER,
  SPOTS_CONDITION_CHOICE,
  SPOTS_CONDITION_ANY_OF,
  SPOTS_CONDITION_ALL_OF,
} SpotsConditionKind;

/* Conditions only look for concerning answers (or also not sure), and for
 * choices: there is no negation, so a rule can only fire on more signs,
 * never on fewer. */
typedef struct _SpotsCondition SpotsCondition;
struct _SpotsCondition
{
  SpotsConditionKind kind;
  guint question_index;      /* ANSWER, CHOICE */
  gboolean accepts_not_sure; /* ANSWER */
  guint64 choices;           /* CHOICE: one bit per choice that makes it hold */
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

SpotsCondition       *spots_condition_new_answer   (guint                question_index,
                                                    gboolean             accepts_not_sure);
SpotsCondition       *spots_condition_new_choice   (guint                question_index,
                                                    guint64              choices);
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
void                  spots_checklist_set_self_care_reason (SpotsChecklist *self,
                                                    const char          *reason);
void                  spots_checklist_add_question (SpotsChecklist      *self,
                                                    SpotsChecklistQuestion *question);
void                  spots_checklist_add_rule     (SpotsChecklist      *self,
                                                    SpotsChecklistRule  *rule);
void                  spots_checklist_set_doctor_questions (SpotsChecklist *self,
                                                    GStrv                items);

/* The engine on states by question index: what the safety tests and the
 * result use, without a hash lookup per question. Unanswered questions
 * count as not sure where they apply. */
SpotsTier             spots_checklist_tier_of      (SpotsChecklist      *self,
                                                    const SpotsState    *states);
SpotsState           *spots_checklist_states_from_answers (SpotsChecklist *self,
                                                    SpotsChecklistAnswers *answers);
gboolean              spots_checklist_state_applies (SpotsChecklist     *self,
                                                    const SpotsState    *states,
                                                    guint                index);

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
