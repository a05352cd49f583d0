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
#define G_LOG_DOMAIN "spots-core"

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

struct _SpotsChecklist
{
  GObject parent_instance;

  char *version;
  char *source_file;
  GListStore *questions;       /* SpotsChecklistQuestion, in asking order */
  GHashTable *question_index;  /* id -> index + 1 */
  GPtrArray *rules;            /* SpotsChecklistRule, in file order */
  TierText tiers[SPOTS_N_TIERS];
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
spots_condition_new_answer (const char *question,
                            gboolean    accepts_not_sure)
{
  SpotsCondition *condition = g_new0 (SpotsCondition, 1);

  condition->kind = SPOTS_CONDITION_ANSWER;
  condition->question = g_strdup (question);
  condition->accepts_not_sure = accepts_not_sure;

  return condition;
}

SpotsCondition *
spots_condition_new_group (SpotsConditionKind kind)
{
  SpotsCondition *condition = g_new0 (SpotsCondition, 1);

  g_return_val_if_fail (kind != SPOTS_CONDITION_ANSWER, NULL);

  condition->kind = kind;
  condition->children = g_ptr_array_new_with_free_func ((GDestroyNotify) spots_condition_free);

  return condition;
}

void
spots_condition_free (SpotsCondition *condition)
{
  if (condition == NULL)
    return;

  g_free (condition->question);
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

/* Whether @condition holds. An answer test holds for yes, and for not sure
 * when it accepts that; "no" and "not asked" never make it hold. */
static gboolean
condition_holds (const SpotsCondition *condition,
                 const SpotsAnswer    *values)
{
  switch (condition->kind)
    {
    case SPOTS_CONDITION_ANSWER:
      {
        SpotsAnswer answer = values[condition->question_index];

        return answer == SPOTS_ANSWER_YES ||
               (answer == SPOTS_ANSWER_NOT_SURE && condition->accepts_not_sure);
      }

    case SPOTS_CONDITION_ANY_OF:
      for (guint i = 0; i < condition->children->len; i++)
        if (condition_holds (g_ptr_array_index (condition->children, i), values))
          return TRUE;
      return FALSE;

    case SPOTS_CONDITION_ALL_OF:
      for (guint i = 0; i < condition->children->len; i++)
        if (!condition_holds (g_ptr_array_index (condition->children, i), values))
          return FALSE;
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* The answers that make @condition hold: for any-of, every child that
 * holds; for all-of, all of them. Marks them in @used. */
static void
mark_used_answers (const SpotsCondition *condition,
                   const SpotsAnswer    *values,
                   gboolean             *used)
{
  if (!condition_holds (condition, values))
    return;

  if (condition->kind == SPOTS_CONDITION_ANSWER)
    {
      used[condition->question_index] = TRUE;
      return;
    }

  for (guint i = 0; i < condition->children->len; i++)
    mark_used_answers (g_ptr_array_index (condition->children, i), values, used);
}

static gboolean
mentions (const SpotsCondition *condition,
          guint                 question_index)
{
  if (condition->kind == SPOTS_CONDITION_ANSWER)
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
  g_clear_pointer (&self->question_index, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
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

void
spots_checklist_add_question (SpotsChecklist         *self,
                              SpotsChecklistQuestion *question)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST (self));
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (question));

  g_list_store_append (self->questions, question);
  g_hash_table_insert (self->question_index,
                       g_strdup (spots_checklist_question_get_id (question)),
                       GUINT_TO_POINTER (g_list_model_get_n_items (G_LIST_MODEL (self->questions))));
}

static const char *
resolve_questions (SpotsChecklist *self,
                   SpotsCondition *condition)
{
  if (condition->kind == SPOTS_CONDITION_ANSWER)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->question_index,
                                                           condition->question));

      if (index == 0)
        return condition->question;
      condition->question_index = index - 1;
      return NULL;
    }

  for (guint i = 0; i < condition->children->len; i++)
    {
      const char *unknown = resolve_questions (self, g_ptr_array_index (condition->children, i));

      if (unknown != NULL)
        return unknown;
    }

  return NULL;
}

/**
 * spots_checklist_add_rule:
 * @rule: (transfer full): a rule; every question it names must have been
 *   added already (the parser checks, and reports where)
 */
void
spots_checklist_add_rule (SpotsChecklist     *self,
                          SpotsChecklistRule *rule)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST (self));
  g_return_if_fail (rule != NULL);

  if (resolve_questions (self, rule->condition) != NULL)
    {
      g_critical ("Rule %s names a question that is not in the checklist", rule->id);
      spots_checklist_rule_free (rule);
      return;
    }

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
  return g_list_model_get_n_items (G_LIST_MODEL (self->questions));
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
 * spots_checklist_tier_of: (skip)
 * @values: one answer per question, by index
 *
 * Returns: the most urgent tier among the rules that fire.
 */
SpotsTier
spots_checklist_tier_of (SpotsChecklist    *self,
                         const SpotsAnswer *values)
{
  SpotsTier tier = SPOTS_TIER_SELF_CARE;

  for (guint i = 0; i < self->rules->len; i++)
    {
      SpotsChecklistRule *rule = g_ptr_array_index (self->rules, i);

      if (rule->tier > tier && condition_holds (rule->condition, values))
        tier = rule->tier;
    }

  return tier;
}

static SpotsAnswer *
answers_to_values (SpotsChecklist        *self,
                   SpotsChecklistAnswers *answers)
{
  guint n = n_questions (self);
  SpotsAnswer *values = g_new0 (SpotsAnswer, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    values[i] = spots_checklist_answers_get (answers,
                                             spots_checklist_question_get_id (question_at (self, i)));

  return values;
}

SpotsTier
spots_checklist_evaluate_tier (SpotsChecklist        *self,
                               SpotsChecklistAnswers *answers)
{
  g_autofree SpotsAnswer *values = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), SPOTS_TIER_EMERGENCY);
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (answers), SPOTS_TIER_EMERGENCY);

  values = answers_to_values (self, answers);
  return spots_checklist_tier_of (self, values);
}

static SpotsChecklistReason *
new_reason (SpotsChecklist     *self,
            SpotsChecklistRule *rule,
            const SpotsAnswer  *values,
            const SpotsAnswer  *without_not_sure)
{
  SpotsChecklistReason *reason = g_new0 (SpotsChecklistReason, 1);
  guint n = n_questions (self);
  g_autofree gboolean *used = g_new0 (gboolean, MAX (n, 1));

  reason->rule_id = g_strdup (rule->id);
  reason->text = g_strdup (rule->reason);
  reason->sources = g_strdupv (rule->sources);
  reason->questions = g_ptr_array_new_with_free_func (g_object_unref);
  reason->answers = g_array_new (FALSE, FALSE, sizeof (SpotsAnswer));
  reason->needs_not_sure = !condition_holds (rule->condition, without_not_sure);

  mark_used_answers (rule->condition, values, used);
  for (guint i = 0; i < n; i++)
    {
      if (!used[i])
        continue;
      g_ptr_array_add (reason->questions, g_object_ref (question_at (self, i)));
      g_array_append_val (reason->answers, values[i]);
    }

  return reason;
}

/**
 * spots_checklist_evaluate:
 * @answers: any set of answers, complete or partial
 *
 * Returns: (transfer full): the tier, the rules that put it there with the
 *   answers that made them fire, and what would change it.
 */
SpotsChecklistResult *
spots_checklist_evaluate (SpotsChecklist        *self,
                          SpotsChecklistAnswers *answers)
{
  g_autofree SpotsAnswer *values = NULL;
  g_autofree SpotsAnswer *without_not_sure = NULL;
  SpotsChecklistResult *result;
  SpotsTier tier;
  guint n;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (answers), NULL);

  n = n_questions (self);
  values = answers_to_values (self, answers);
  without_not_sure = g_memdup2 (values, sizeof (SpotsAnswer) * MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (without_not_sure[i] == SPOTS_ANSWER_NOT_SURE)
      without_not_sure[i] = SPOTS_ANSWER_NO;

  tier = spots_checklist_tier_of (self, values);
  result = spots_checklist_result_new (tier);
  spots_checklist_result_set_tier_without_not_sure (result,
                                                    spots_checklist_tier_of (self,
                                                                             without_not_sure));

  for (guint i = 0; i < self->rules->len; i++)
    {
      SpotsChecklistRule *rule = g_ptr_array_index (self->rules, i);

      if (rule->tier == tier && condition_holds (rule->condition, values))
        spots_checklist_result_add_reason (result, new_reason (self, rule, values,
                                                               without_not_sure));
    }

  /* What would raise it: each sign not yet answered yes, answered yes. */
  for (guint i = 0; i < n; i++)
    {
      SpotsAnswer saved = values[i];
      SpotsTier if_yes;

      if (saved == SPOTS_ANSWER_YES)
        continue;

      values[i] = SPOTS_ANSWER_YES;
      if_yes = spots_checklist_tier_of (self, values);
      values[i] = saved;

      if (if_yes > tier)
        spots_checklist_result_add_change (result, question_at (self, i), SPOTS_ANSWER_YES,
                                           if_yes);
    }

  /* What would lower it: a "not sure" that turns out to be "no". */
  for (guint i = 0; i < n; i++)
    {
      SpotsTier if_no;

      if (values[i] != SPOTS_ANSWER_NOT_SURE)
        continue;

      values[i] = SPOTS_ANSWER_NO;
      if_no = spots_checklist_tier_of (self, values);
      values[i] = SPOTS_ANSWER_NOT_SURE;

      if (if_no < tier)
        spots_checklist_result_add_change (result, question_at (self, i), SPOTS_ANSWER_NO, if_no);
    }

  return result;
}

/* Whether @condition could still hold, once the unanswered questions are
 * answered in the way most likely to make it hold (yes). */
static gboolean
can_still_hold (const SpotsCondition *condition,
                const SpotsAnswer    *values,
                guint                 n,
                guint                 assume_yes)
{
  g_autofree SpotsAnswer *optimistic = g_memdup2 (values, sizeof (SpotsAnswer) * MAX (n, 1));

  for (guint i = 0; i < n; i++)
    if (optimistic[i] == SPOTS_ANSWER_NONE || i == assume_yes)
      optimistic[i] = SPOTS_ANSWER_YES;

  return condition_holds (condition, optimistic);
}

static gboolean
question_can_change (SpotsChecklist    *self,
                     const SpotsAnswer *values,
                     guint              index,
                     SpotsTier          current)
{
  guint n = n_questions (self);

  for (guint r = 0; r < self->rules->len; r++)
    {
      SpotsChecklistRule *rule = g_ptr_array_index (self->rules, r);

      if (!mentions (rule->condition, index))
        continue;

      /* A rule above the current result could raise it. A self-care rule
       * cannot raise anything, but while the result is self-care it can
       * still explain it (spots after straining), so it is worth asking. */
      if ((rule->tier > current ||
           (rule->tier == SPOTS_TIER_SELF_CARE && current == SPOTS_TIER_SELF_CARE)) &&
          can_still_hold (rule->condition, values, n, index))
        return TRUE;
    }

  return FALSE;
}

/**
 * spots_checklist_can_change:
 *
 * Returns: %TRUE if answering @question could still change the result
 *   (or, while it is self-care, its explanation).
 */
gboolean
spots_checklist_can_change (SpotsChecklist         *self,
                            SpotsChecklistAnswers  *answers,
                            SpotsChecklistQuestion *question)
{
  g_autofree SpotsAnswer *values = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), TRUE);
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (question), TRUE);

  values = answers_to_values (self, answers);
  return question_can_change (self, values, spots_checklist_question_get_index (question),
                              spots_checklist_tier_of (self, values));
}

/**
 * spots_checklist_next_question:
 *
 * The wizard's step: the first unanswered question, in asking order, whose
 * answer could still change the result. Once the result is an emergency,
 * nothing more is asked: the person should be getting help.
 *
 * Returns: (nullable) (transfer none): the question to ask, or %NULL when
 *   there is nothing left that matters.
 */
SpotsChecklistQuestion *
spots_checklist_next_question (SpotsChecklist        *self,
                               SpotsChecklistAnswers *answers)
{
  g_autofree SpotsAnswer *values = NULL;
  SpotsTier current;
  guint n;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (answers), NULL);

  n = n_questions (self);
  values = answers_to_values (self, answers);
  current = spots_checklist_tier_of (self, values);

  if (current == SPOTS_TIER_EMERGENCY)
    return NULL;

  for (guint i = 0; i < n; i++)
    if (values[i] == SPOTS_ANSWER_NONE && question_can_change (self, values, i, current))
      return question_at (self, i);

  return NULL;
}
