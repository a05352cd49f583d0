/* spots-checklist.c: the red-flag checklist: questions, tiers and rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine. A rule is a condition over answers and a tier; the result is
 * the most urgent tier among the rules that fire, or self-care when none
 * does. Conditions have no negation and every answer test accepts "yes"
 * (the loader refuses anything else), so with answers ordered
 * none/no < not sure < yes every rule is monotone: answering yes to one
 * more sign can only keep or raise the tier. The safety tests check this
 * for every rule file shipped, and that any emergency sign answered yes
 * gives an emergency.
 *
 * Everything here is deterministic: rules and questions are walked in the
 * order of the file, and the same answers always give the same result.
 */
#define G_LOG_DOMAIN "spots-checklist"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "spots-checklist-private.h"

typedef struct
{
  char *heading;
  char *advice;
  char *timeframe;
  char *safety_net;
} TierText;

/* What the engine needs of a question, without a GObject call. */
typedef struct
{
  SpotsQuestionKind kind;
  guint only_if;          /* index of the choice question it depends on, or G_MAXUINT */
  guint64 only_if_choices;
  gboolean asked_one_by_one;  /* not on the "who" page */
} QuestionInfo;

struct _SpotsChecklist
{
  GObject parent_instance;

  char *version;
  char *source_file;
  GListStore *questions;       /* SpotsChecklistQuestion, in asking order */
  GArray *info;                /* QuestionInfo, by question index */
  GHashTable *question_index;  /* id -> index + 1 */
  GPtrArray *rules;            /* SpotsChecklistRule, in file order */
  TierText tiers[SPOTS_N_TIERS];
  char *self_care_reason;
  GStrv doctor_questions;
};

G_DEFINE_FINAL_TYPE (SpotsChecklist, spots_checklist, G_TYPE_OBJECT)

static const char * const tier_ids[SPOTS_N_TIERS] = {
  [SPOTS_TIER_SELF_CARE] = "self-care",
  [SPOTS_TIER_SOON] = "soon",
  [SPOTS_TIER_URGENT] = "urgent",
  [SPOTS_TIER_EMERGENCY] = "emergency",
};

const char *
spots_tier_to_string (SpotsTier tier)
{
  g_return_val_if_fail (tier < SPOTS_N_TIERS, NULL);

  return tier_ids[tier];
}

gboolean
spots_tier_from_string (const char *id,
                        SpotsTier  *tier)
{
  for (guint i = 0; i < SPOTS_N_TIERS; i++)
    if (g_strcmp0 (id, tier_ids[i]) == 0)
      {
        *tier = (SpotsTier) i;
        return TRUE;
      }

  return FALSE;
}

/* Conditions ---------------------------------------------------------------- */

SpotsCondition *
spots_condition_new_answer (guint    question_index,
                            gboolean accepts_not_sure)
{
  SpotsCondition *condition = g_new0 (SpotsCondition, 1);

  condition->kind = SPOTS_CONDITION_ANSWER;
  condition->question_index = question_index;
  condition->accepts_not_sure = accepts_not_sure;

  return condition;
}

SpotsCondition *
spots_condition_new_choice (guint   question_index,
                            guint64 choices)
{
  SpotsCondition *condition = g_new0 (SpotsCondition, 1);

  condition->kind = SPOTS_CONDITION_CHOICE;
  condition->question_index = question_index;
  condition->choices = choices;

  return condition;
}

SpotsCondition *
spots_condition_new_group (SpotsConditionKind kind)
{
  SpotsCondition *condition;

  g_return_val_if_fail (kind == SPOTS_CONDITION_ANY_OF || kind == SPOTS_CONDITION_ALL_OF, NULL);

  condition = g_new0 (SpotsCondition, 1);
  condition->kind = kind;
  condition->children = g_ptr_array_new_with_free_func ((GDestroyNotify) spots_condition_free);

  return condition;
}

void
spots_condition_free (SpotsCondition *condition)
{
  if (condition == NULL)
    return;

  g_clear_pointer (&condition->children, g_ptr_array_unref);
  g_free (condition);
}

void
spots_checklist_rule_free (SpotsChecklistRule *rule)
{
  if (rule == NULL)
    return;

  g_free (rule->id);
  spots_condition_free (rule->condition);
  g_free (rule->reason);
  g_strfreev (rule->sources);
  g_free (rule);
}

/* Whether @condition holds over resolved states (no question unanswered,
 * except a choice nobody made, which matches every test: not knowing the
 * age must never be more reassuring than any age). An answer test holds
 * for the concerning answer, and for not sure when it accepts that. */
static gboolean
condition_holds (const SpotsCondition *condition,
                 const SpotsState     *resolved)
{
  switch (condition->kind)
    {
    case SPOTS_CONDITION_ANSWER:
      {
        SpotsState level = resolved[condition->question_index];

        return level == SPOTS_LEVEL_CONCERNING ||
               (level == SPOTS_LEVEL_NOT_SURE && condition->accepts_not_sure);
      }

    case SPOTS_CONDITION_CHOICE:
      {
        SpotsState choice = resolved[condition->question_index];

        return choice == SPOTS_STATE_UNANSWERED || (condition->choices & (G_GUINT64_CONSTANT (1) << choice)) != 0;
      }

    case SPOTS_CONDITION_ANY_OF:
      for (guint i = 0; i < condition->children->len; i++)
        if (condition_holds (g_ptr_array_index (condition->children, i), resolved))
          return TRUE;
      return FALSE;

    case SPOTS_CONDITION_ALL_OF:
      for (guint i = 0; i < condition->children->len; i++)
        if (!condition_holds (g_ptr_array_index (condition->children, i), resolved))
          return FALSE;
      return TRUE;
    }

  g_assert_not_reached ();
}

/* The answers that make @condition hold: for all-of, all of them; for
 * any-of, every child that holds on the answers actually given (@answered:
 * unanswered questions counted as reassuring), or, if none does, every
 * child that holds because a question was not answered. So a reason names
 * a question left unanswered only when that is what made it fire. Marks
 * them in @used. */
static void
mark_used_answers (const SpotsCondition *condition,
                   const SpotsState     *resolved,
                   const SpotsState     *answered,
                   gboolean             *used)
{
  gboolean by_answers = FALSE;

  if (!condition_holds (condition, resolved))
    return;

  if (condition->kind == SPOTS_CONDITION_ANSWER || condition->kind == SPOTS_CONDITION_CHOICE)
    {
      used[condition->question_index] = TRUE;
      return;
    }

  if (condition->kind == SPOTS_CONDITION_ANY_OF)
    for (guint i = 0; i < condition->children->len; i++)
      by_answers |= condition_holds (g_ptr_array_index (condition->children, i), answered);

  for (guint i = 0; i < condition->children->len; i++)
    {
      const SpotsCondition *child = g_ptr_array_index (condition->children, i);

      if (!by_answers || condition_holds (child, answered))
        mark_used_answers (child, resolved, answered, used);
    }
}

static gboolean
mentions (const SpotsCondition *condition,
          guint                 question_index)
{
  if (condition->kind == SPOTS_CONDITION_ANSWER || condition->kind == SPOTS_CONDITION_CHOICE)
    return condition->question_index == question_index;

  for (guint i = 0; i < condition->children->len; i++)
    if (mentions (g_ptr_array_index (condition->children, i), question_index))
      return TRUE;

  return FALSE;
}

/* The checklist --------------------------------------------------------------- */

static void
spots_checklist_finalize (GObject *object)
{
  SpotsChecklist *self = SPOTS_CHECKLIST (object);

  g_free (self->version);
  g_free (self->source_file);
  g_clear_object (&self->questions);
  g_clear_pointer (&self->info, g_array_unref);
  g_clear_pointer (&self->question_index, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_free (self->self_care_reason);
  g_strfreev (self->doctor_questions);

  for (guint i = 0; i < SPOTS_N_TIERS; i++)
    {
      g_free (self->tiers[i].heading);
      g_free (self->tiers[i].advice);
      g_free (self->tiers[i].timeframe);
      g_free (self->tiers[i].safety_net);
    }

  G_OBJECT_CLASS (spots_checklist_parent_class)->finalize (object);
}

static void
spots_checklist_class_init (SpotsChecklistClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spots_checklist_finalize;
}

static void
spots_checklist_init (SpotsChecklist *self)
{
  self->questions = g_list_store_new (SPOTS_TYPE_CHECKLIST_QUESTION);
  self->info = g_array_new (FALSE, TRUE, sizeof (QuestionInfo));
  self->question_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) spots_checklist_rule_free);
  self->doctor_questions = g_new0 (char *, 1);
}

SpotsChecklist *
spots_checklist_new (const char *version,
                     const char *source_file)
{
  SpotsChecklist *self = g_object_new (SPOTS_TYPE_CHECKLIST, NULL);

  self->version = g_strdup (version);
  self->source_file = g_strdup (source_file);

  return self;
}

void
spots_checklist_set_tier (SpotsChecklist *self,
                          SpotsTier       tier,
                          const char     *heading,
                          const char     *advice,
                          const char     *timeframe,
                          const char     *safety_net)
{
  TierText *text;

  g_return_if_fail (SPOTS_IS_CHECKLIST (self));
  g_return_if_fail (tier < SPOTS_N_TIERS);

  text = &self->tiers[tier];
  g_free (text->heading);
  g_free (text->advice);
  g_free (text->timeframe);
  g_free (text->safety_net);
  text->heading = g_strdup (heading);
  text->advice = g_strdup (advice);
  text->timeframe = g_strdup (timeframe);
  text->safety_net = g_strdup (safety_net);
}

/**
 * spots_checklist_set_self_care_reason:
 * @reason: why the result is home care: no rule says otherwise
 */
void
spots_checklist_set_self_care_reason (SpotsChecklist *self,
                                      const char     *reason)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST (self));

  g_free (self->self_care_reason);
  self->self_care_reason = g_strdup (reason);
}

/**
 * spots_checklist_add_question:
 *
 * Adds the next question in asking order. A question that applies only to
 * some choices of another must come after it (the parser checks).
 */
void
spots_checklist_add_question (SpotsChecklist         *self,
                              SpotsChecklistQuestion *question)
{
  QuestionInfo info = { 0, };
  const char *only_if;

  g_return_if_fail (SPOTS_IS_CHECKLIST (self));
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (question));

  info.kind = spots_checklist_question_get_kind (question);
  info.only_if = G_MAXUINT;
  info.asked_one_by_one = !spots_checklist_question_is_about_who (question);

  only_if = spots_checklist_question_get_only_if_question (question);
  if (only_if != NULL)
    {
      SpotsChecklistQuestion *depends = spots_checklist_lookup_question (self, only_if);
      const char * const *choices = spots_checklist_question_get_only_if_choices (question);

      g_return_if_fail (depends != NULL &&
                        spots_checklist_question_get_kind (depends) == SPOTS_QUESTION_CHOICE);

      info.only_if = spots_checklist_question_get_index (depends);
      for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
        {
          int choice = spots_checklist_question_find_choice (depends, choices[i]);

          g_return_if_fail (choice >= 0);
          info.only_if_choices |= G_GUINT64_CONSTANT (1) << choice;
        }
    }

  g_list_store_append (self->questions, question);
  g_array_append_val (self->info, info);
  g_hash_table_insert (self->question_index,
                       g_strdup (spots_checklist_question_get_id (question)),
                       GUINT_TO_POINTER (g_list_model_get_n_items (G_LIST_MODEL (self->questions))));
}

/**
 * spots_checklist_add_rule:
 * @rule: (transfer full): a rule over questions already added
 */
void
spots_checklist_add_rule (SpotsChecklist     *self,
                          SpotsChecklistRule *rule)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST (self));
  g_return_if_fail (rule != NULL);

  g_ptr_array_add (self->rules, rule);
}

/**
 * spots_checklist_set_doctor_questions:
 * @items: (transfer full): what a doctor is likely to ask
 */
void
spots_checklist_set_doctor_questions (SpotsChecklist *self,
                                      GStrv           items)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST (self));

  g_strfreev (self->doctor_questions);
  self->doctor_questions = items != NULL ? items : g_new0 (char *, 1);
}

const char *
spots_checklist_get_version (SpotsChecklist *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  return self->version;
}

const char *
spots_checklist_get_source_file (SpotsChecklist *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  return self->source_file;
}

/**
 * spots_checklist_get_questions:
 *
 * Returns: (transfer none): a #GListModel of #SpotsChecklistQuestion, in
 *   asking order.
 */
GListModel *
spots_checklist_get_questions (SpotsChecklist *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  return G_LIST_MODEL (self->questions);
}

/**
 * spots_checklist_lookup_question:
 *
 * Returns: (nullable) (transfer none): the question with this id.
 */
SpotsChecklistQuestion *
spots_checklist_lookup_question (SpotsChecklist *self,
                                 const char     *id)
{
  guint index;
  g_autoptr(SpotsChecklistQuestion) question = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->question_index, id));
  if (index == 0)
    return NULL;

  /* The store keeps its own reference. */
  question = g_list_model_get_item (G_LIST_MODEL (self->questions), index - 1);
  return question;
}

const char *
spots_checklist_get_tier_heading (SpotsChecklist *self,
                                  SpotsTier       tier)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (tier < SPOTS_N_TIERS, NULL);
  return self->tiers[tier].heading;
}

const char *
spots_checklist_get_tier_advice (SpotsChecklist *self,
                                 SpotsTier       tier)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (tier < SPOTS_N_TIERS, NULL);
  return self->tiers[tier].advice;
}

const char *
spots_checklist_get_tier_timeframe (SpotsChecklist *self,
                                    SpotsTier       tier)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (tier < SPOTS_N_TIERS, NULL);
  return self->tiers[tier].timeframe;
}

const char *
spots_checklist_get_tier_safety_net (SpotsChecklist *self,
                                     SpotsTier       tier)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (tier < SPOTS_N_TIERS, NULL);
  return self->tiers[tier].safety_net;
}

/**
 * spots_checklist_get_self_care_reason:
 *
 * Returns: (nullable): what a home-care result says about why.
 */
const char *
spots_checklist_get_self_care_reason (SpotsChecklist *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  return self->self_care_reason;
}

const char * const *
spots_checklist_get_doctor_questions (SpotsChecklist *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  return (const char * const *) self->doctor_questions;
}

guint
spots_checklist_get_n_rules (SpotsChecklist *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), 0);
  return self->rules->len;
}

/* The engine --------------------------------------------------------------------- */

static guint
n_questions (SpotsChecklist *self)
{
  return self->info->len;
}

static const QuestionInfo *
info_at (SpotsChecklist *self,
         guint           index)
{
  return &g_array_index (self->info, QuestionInfo, index);
}

static SpotsChecklistQuestion *
question_at (SpotsChecklist *self,
             guint           index)
{
  g_autoptr(SpotsChecklistQuestion) question =
    g_list_model_get_item (G_LIST_MODEL (self->questions), index);

  /* The store keeps its own reference. */
  return question;
}

/**
 * spots_checklist_state_applies: (skip)
 *
 * Returns: whether question @index applies to the person the @states
 *   describe: "pregnant" does not, for a baby. While the choice it depends
 *   on is not made, it does.
 */
gboolean
spots_checklist_state_applies (SpotsChecklist   *self,
                               const SpotsState *states,
                               guint             index)
{
  const QuestionInfo *info = info_at (self, index);
  SpotsState choice;

  if (info->only_if == G_MAXUINT)
    return TRUE;

  choice = states[info->only_if];
  return choice == SPOTS_STATE_UNANSWERED ||
         (info->only_if_choices & (G_GUINT64_CONSTANT (1) << choice)) != 0;
}

/* Fills @resolved with a level for every yes/no question: the answer's
 * where there is one; for an unanswered question, @unanswered if it
 * applies, and reassuring if it cannot (a question that does not apply to
 * this person, such as "pregnant" for a baby, says nothing). Choices stay
 * as they are. */
static void
resolve (SpotsChecklist   *self,
         const SpotsState *states,
         SpotsState        unanswered,
         SpotsState       *resolved)
{
  for (guint i = 0; i < n_questions (self); i++)
    {
      if (info_at (self, i)->kind == SPOTS_QUESTION_CHOICE || states[i] != SPOTS_STATE_UNANSWERED)
        resolved[i] = states[i];
      else
        resolved[i] = spots_checklist_state_applies (self, states, i) ? unanswered
                                                                       : SPOTS_LEVEL_REASSURING;
    }
}

static SpotsTier
tier_of_resolved (SpotsChecklist   *self,
                  const SpotsState *resolved)
{
  SpotsTier tier = SPOTS_TIER_SELF_CARE;

  for (guint i = 0; i < self->rules->len; i++)
    {
      SpotsChecklistRule *rule = g_ptr_array_index (self->rules, i);

      if (rule->tier > tier && condition_holds (rule->condition, resolved))
        tier = rule->tier;
    }

  return tier;
}

/**
 * spots_checklist_tier_of: (skip)
 * @states: one state per question, by index
 *
 * Returns: the most urgent tier among the rules that fire, with every
 *   unanswered question that applies counted as not sure.
 */
SpotsTier
spots_checklist_tier_of (SpotsChecklist   *self,
                         const SpotsState *states)
{
  SpotsState *resolved = g_newa (SpotsState, MAX (n_questions (self), 1));

  resolve (self, states, SPOTS_LEVEL_NOT_SURE, resolved);
  return tier_of_resolved (self, resolved);
}

/**
 * spots_checklist_states_from_answers: (skip)
 *
 * Returns: (transfer full): the engine's view of @answers.
 */
SpotsState *
spots_checklist_states_from_answers (SpotsChecklist        *self,
                                     SpotsChecklistAnswers *answers)
{
  guint n = n_questions (self);
  SpotsState *states = g_new (SpotsState, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      SpotsChecklistQuestion *question = question_at (self, i);
      const char *id = spots_checklist_question_get_id (question);

      if (info_at (self, i)->kind == SPOTS_QUESTION_CHOICE)
        {
          const char *choice = spots_checklist_answers_get_choice (answers, id);

          states[i] = choice != NULL ? spots_checklist_question_find_choice (question, choice)
                                     : SPOTS_STATE_UNANSWERED;
          continue;
        }

      switch (spots_checklist_answers_get (answers, id))
        {
        case SPOTS_ANSWER_NONE:
          states[i] = SPOTS_STATE_UNANSWERED;
          break;
        case SPOTS_ANSWER_NOT_SURE:
          states[i] = SPOTS_LEVEL_NOT_SURE;
          break;
        case SPOTS_ANSWER_YES:
        case SPOTS_ANSWER_NO:
          states[i] = spots_checklist_answers_get (answers, id) ==
                        spots_checklist_question_get_concerning (question)
                      ? SPOTS_LEVEL_CONCERNING : SPOTS_LEVEL_REASSURING;
          break;
        }
    }

  return states;
}

SpotsTier
spots_checklist_evaluate_tier (SpotsChecklist        *self,
                               SpotsChecklistAnswers *answers)
{
  g_autofree SpotsState *states = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), SPOTS_TIER_EMERGENCY);
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (answers), SPOTS_TIER_EMERGENCY);

  states = spots_checklist_states_from_answers (self, answers);
  return spots_checklist_tier_of (self, states);
}

static SpotsChecklistReason *
new_reason (SpotsChecklist     *self,
            SpotsChecklistRule *rule,
            const SpotsState   *states,
            const SpotsState   *resolved,
            const SpotsState   *without_not_sure)
{
  SpotsState *answered = g_newa (SpotsState, MAX (n_questions (self), 1));
  SpotsChecklistReason *reason = g_new0 (SpotsChecklistReason, 1);
  guint n = n_questions (self);
  g_autofree gboolean *used = g_new0 (gboolean, MAX (n, 1));

  reason->rule_id = g_strdup (rule->id);
  reason->text = g_strdup (rule->reason);
  reason->sources = g_strdupv (rule->sources);
  reason->questions = g_ptr_array_new_with_free_func (g_object_unref);
  reason->states = g_array_new (FALSE, FALSE, sizeof (SpotsState));
  reason->needs_not_sure = !condition_holds (rule->condition, without_not_sure);

  resolve (self, states, SPOTS_LEVEL_REASSURING, answered);
  mark_used_answers (rule->condition, resolved, answered, used);
  for (guint i = 0; i < n; i++)
    {
      if (!used[i])
        continue;
      g_ptr_array_add (reason->questions, g_object_ref (question_at (self, i)));
      g_array_append_val (reason->states, states[i]);
    }

  return reason;
}

static SpotsAnswer
answer_for_level (SpotsChecklistQuestion *question,
                  SpotsState              level)
{
  return level == SPOTS_LEVEL_CONCERNING ? spots_checklist_question_get_concerning (question)
                                         : spots_checklist_question_get_reassuring (question);
}

/**
 * spots_checklist_evaluate:
 * @answers: any set of answers, complete or partial; unanswered questions
 *   count as not sure
 *
 * Returns: (transfer full): the tier, the rules that put it there with the
 *   answers that made them fire, and what would change it.
 */
SpotsChecklistResult *
spots_checklist_evaluate (SpotsChecklist        *self,
                          SpotsChecklistAnswers *answers)
{
  g_autofree SpotsState *states = NULL;
  SpotsState *resolved, *without_not_sure;
  SpotsChecklistResult *result;
  SpotsTier tier;
  guint n;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (answers), NULL);

  n = n_questions (self);
  states = spots_checklist_states_from_answers (self, answers);
  resolved = g_newa (SpotsState, MAX (n, 1));
  without_not_sure = g_newa (SpotsState, MAX (n, 1));
  resolve (self, states, SPOTS_LEVEL_NOT_SURE, resolved);
  resolve (self, states, SPOTS_LEVEL_REASSURING, without_not_sure);
  for (guint i = 0; i < n; i++)
    if (info_at (self, i)->kind == SPOTS_QUESTION_YES_NO &&
        without_not_sure[i] == SPOTS_LEVEL_NOT_SURE)
      without_not_sure[i] = SPOTS_LEVEL_REASSURING;

  tier = tier_of_resolved (self, resolved);
  result = spots_checklist_result_new (tier);
  spots_checklist_result_set_tier_without_not_sure (result,
                                                    tier_of_resolved (self, without_not_sure));

  for (guint i = 0; i < self->rules->len; i++)
    {
      SpotsChecklistRule *rule = g_ptr_array_index (self->rules, i);

      if (rule->tier == tier && condition_holds (rule->condition, resolved))
        spots_checklist_result_add_reason (result, new_reason (self, rule, states, resolved,
                                                               without_not_sure));
    }

  /* What would raise it: each question that applies, answered the
   * concerning way. Choices (the age) are facts, not signs to look for. */
  for (guint i = 0; i < n; i++)
    {
      SpotsState saved = states[i];
      SpotsTier if_concerning;

      if (info_at (self, i)->kind == SPOTS_QUESTION_CHOICE || saved == SPOTS_LEVEL_CONCERNING ||
          !spots_checklist_state_applies (self, states, i))
        continue;

      states[i] = SPOTS_LEVEL_CONCERNING;
      if_concerning = spots_checklist_tier_of (self, states);
      states[i] = saved;

      if (if_concerning > tier)
        spots_checklist_result_add_change (result, question_at (self, i),
                                           answer_for_level (question_at (self, i),
                                                             SPOTS_LEVEL_CONCERNING),
                                           if_concerning);
    }

  /* What would lower it: a "not sure", or a question not answered, that
   * turns out to be reassuring. */
  for (guint i = 0; i < n; i++)
    {
      SpotsState saved = states[i];
      SpotsTier if_reassuring;

      if (info_at (self, i)->kind == SPOTS_QUESTION_CHOICE ||
          resolved[i] != SPOTS_LEVEL_NOT_SURE)
        continue;

      states[i] = SPOTS_LEVEL_REASSURING;
      if_reassuring = spots_checklist_tier_of (self, states);
      states[i] = saved;

      if (if_reassuring < tier)
        spots_checklist_result_add_change (result, question_at (self, i),
                                           answer_for_level (question_at (self, i),
                                                             SPOTS_LEVEL_REASSURING),
                                           if_reassuring);
    }

  return result;
}

/* Whether @condition could still hold once the questions not yet answered
 * are answered in the most concerning way, @index among them. */
static gboolean
can_still_hold (SpotsChecklist       *self,
                const SpotsCondition *condition,
                const SpotsState     *states,
                guint                 index)
{
  guint n = n_questions (self);
  SpotsState *pessimistic = g_newa (SpotsState, MAX (n, 1));

  resolve (self, states, SPOTS_LEVEL_CONCERNING, pessimistic);
  if (info_at (self, index)->kind == SPOTS_QUESTION_YES_NO)
    pessimistic[index] = SPOTS_LEVEL_CONCERNING;

  return condition_holds (condition, pessimistic);
}

static gboolean
question_can_change (SpotsChecklist   *self,
                     const SpotsState *states,
                     guint             index,
                     SpotsTier         current)
{
  for (guint r = 0; r < self->rules->len; r++)
    {
      SpotsChecklistRule *rule = g_ptr_array_index (self->rules, r);

      if (rule->tier > current && mentions (rule->condition, index) &&
          can_still_hold (self, rule->condition, states, index))
        return TRUE;
    }

  return FALSE;
}

/* The tier the walk stands at: every question still to be asked one by
 * one counted as reassuring (so that the walk asks it if it matters), and
 * the rest as the final result will count them. */
static SpotsTier
walk_tier (SpotsChecklist   *self,
           const SpotsState *states)
{
  guint n = n_questions (self);
  SpotsState *optimistic = g_newa (SpotsState, MAX (n, 1));

  resolve (self, states, SPOTS_LEVEL_NOT_SURE, optimistic);
  for (guint i = 0; i < n; i++)
    if (states[i] == SPOTS_STATE_UNANSWERED && info_at (self, i)->asked_one_by_one &&
        info_at (self, i)->kind == SPOTS_QUESTION_YES_NO)
      optimistic[i] = SPOTS_LEVEL_REASSURING;

  return tier_of_resolved (self, optimistic);
}

/**
 * spots_checklist_next_question:
 *
 * The wizard's step after the "who" page: the first unanswered question
 * that applies to this person, in asking order, whose answer could still
 * change the result. Once the result is an emergency, nothing more is
 * asked: the person should be getting help.
 *
 * Skipping is safe with unanswered questions counted as not sure: a
 * question is skipped only when no rule above the walk's tier could hold
 * even with it answered the most concerning way, so counting it as not
 * sure cannot raise the result either.
 *
 * Returns: (nullable) (transfer none): the question to ask, or %NULL when
 *   there is nothing left that matters.
 */
SpotsChecklistQuestion *
spots_checklist_next_question (SpotsChecklist        *self,
                               SpotsChecklistAnswers *answers)
{
  g_autofree SpotsState *states = NULL;
  SpotsTier current;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (answers), NULL);

  states = spots_checklist_states_from_answers (self, answers);
  current = walk_tier (self, states);

  if (current == SPOTS_TIER_EMERGENCY)
    return NULL;

  for (guint i = 0; i < n_questions (self); i++)
    if (states[i] == SPOTS_STATE_UNANSWERED && info_at (self, i)->asked_one_by_one &&
        spots_checklist_state_applies (self, states, i) &&
        question_can_change (self, states, i, current))
      return question_at (self, i);

  return NULL;
}
