/* spots-checklist-result.c: what the checklist concluded, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The result page's transparency rests on this: the tier, every rule that
 * put it there with the answers that made it fire, whether a "not sure"
 * raised it, and which answers would change it.
 */
#define G_LOG_DOMAIN "spots-checklist-result"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "spots-checklist-private.h"

struct _SpotsChecklistResult
{
  gatomicrefcount ref_count;
  SpotsTier tier;
  SpotsTier tier_without_not_sure;
  GPtrArray *reasons;  /* SpotsChecklistReason */
  GArray *changes;     /* SpotsChecklistChange */
};

G_DEFINE_BOXED_TYPE (SpotsChecklistResult, spots_checklist_result,
                     spots_checklist_result_ref, spots_checklist_result_unref)

static void
reason_free (SpotsChecklistReason *reason)
{
  g_free (reason->rule_id);
  g_free (reason->text);
  g_strfreev (reason->sources);
  g_clear_pointer (&reason->questions, g_ptr_array_unref);
  g_clear_pointer (&reason->states, g_array_unref);
  g_free (reason);
}

static void
clear_change (SpotsChecklistChange *change)
{
  g_clear_object (&change->question);
}

SpotsChecklistResult *
spots_checklist_result_new (SpotsTier tier)
{
  SpotsChecklistResult *self = g_new0 (SpotsChecklistResult, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->tier = tier;
  self->tier_without_not_sure = tier;
  self->reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) reason_free);
  self->changes = g_array_new (FALSE, TRUE, sizeof (SpotsChecklistChange));
  g_array_set_clear_func (self->changes, (GDestroyNotify) clear_change);

  return self;
}

SpotsChecklistResult *
spots_checklist_result_ref (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
spots_checklist_result_unref (SpotsChecklistResult *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->reasons);
      g_array_unref (self->changes);
      g_free (self);
    }
}

/* Takes ownership of @reason. */
void
spots_checklist_result_add_reason (SpotsChecklistResult *self,
                                   SpotsChecklistReason *reason)
{
  g_ptr_array_add (self->reasons, reason);
}

void
spots_checklist_result_add_change (SpotsChecklistResult   *self,
                                   SpotsChecklistQuestion *question,
                                   SpotsAnswer             answer,
                                   SpotsTier               tier)
{
  SpotsChecklistChange change = { g_object_ref (question), answer, tier };

  g_array_append_val (self->changes, change);
}

void
spots_checklist_result_set_tier_without_not_sure (SpotsChecklistResult *self,
                                                  SpotsTier             tier)
{
  self->tier_without_not_sure = tier;
}

SpotsTier
spots_checklist_result_get_tier (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, SPOTS_TIER_EMERGENCY);
  return self->tier;
}

guint
spots_checklist_result_get_n_reasons (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->reasons->len;
}

const SpotsChecklistReason *
spots_checklist_result_get_reason (SpotsChecklistResult *self,
                                   guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->reasons->len, NULL);
  return g_ptr_array_index (self->reasons, index);
}

/**
 * spots_checklist_result_get_raised_by_not_sure:
 *
 * Returns: %TRUE if the tier would be lower had every "not sure" been "no":
 *   the result page says so, so that the person can check and answer.
 */
gboolean
spots_checklist_result_get_raised_by_not_sure (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->tier_without_not_sure < self->tier;
}

SpotsTier
spots_checklist_result_get_tier_without_not_sure (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, SPOTS_TIER_EMERGENCY);
  return self->tier_without_not_sure;
}

guint
spots_checklist_result_get_n_changes (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->changes->len;
}

/**
 * spots_checklist_result_get_change:
 *
 * Changes come in asking order: first the answers that would raise the
 * tier, then the "not sure" answers that would lower it if they were "no".
 */
const SpotsChecklistChange *
spots_checklist_result_get_change (SpotsChecklistResult *self,
                                   guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);
  return &g_array_index (self->changes, SpotsChecklistChange, index);
}

/* "A, B and C": @items joined with commas, the last two with @last. */
static char *
join_list (GPtrArray  *items,
           const char *last)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        /* Translators: separates items of a list: "A, B and C" */
        g_string_append (list, i + 1 == items->len ? last : _(", "));
      g_string_append (list, g_ptr_array_index (items, i));
    }

  return g_string_free (list, FALSE);
}

/**
 * spots_checklist_describe_answers:
 * @questions: (element-type SpotsChecklistQuestion): the questions
 * @states: their states, as the engine sees them (the private header)
 *
 * Returns: (transfer full): the answers in plain words, starting in lower
 *   case: "you said that there is a fever, and you were not sure whether
 *   the spots stay visible when a glass is pressed on them".
 */
char *
spots_checklist_describe_answers (GPtrArray   *questions,
                                  const gint8 *states)
{
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unsure = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unanswered = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (questions != NULL, NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      SpotsChecklistQuestion *question = g_ptr_array_index (questions, i);
      const char *statement = spots_checklist_question_get_statement (question);
      SpotsState state = states[i];

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE)
        {
          if (state == SPOTS_STATE_UNANSWERED)
            g_ptr_array_add (unknown, g_strdup (statement));
          else
            /* Translators: one thing the person said: "that there is a fever" */
            g_ptr_array_add (said, g_strdup_printf (_("that %s"),
                                                    spots_checklist_question_get_choice (
                                                      question, (guint) state)->statement));
          continue;
        }

      if (state == SPOTS_LEVEL_CONCERNING || state == SPOTS_LEVEL_REASSURING)
        {
          SpotsAnswer answer = state == SPOTS_LEVEL_CONCERNING
                               ? spots_checklist_question_get_concerning (question)
                               : spots_checklist_question_get_reassuring (question);
          const char *meaning = spots_checklist_question_get_answer_statement (question, answer);

          if (meaning != NULL)
            g_ptr_array_add (said, g_strdup_printf (_("that %s"), meaning));
          else
            /* Translators: %s is a checklist question; used when the file
             * says nothing about what a "no" means */
            g_ptr_array_add (said, g_strdup_printf (_("no to “%s”"),
                                                    spots_checklist_question_get_text (question)));
        }
      else
        /* Translators: one thing the person was not sure of: "whether there is a fever" */
        g_ptr_array_add (state == SPOTS_LEVEL_NOT_SURE ? unsure : unanswered,
                         g_strdup_printf (_("whether %s"), statement));
    }

  if (said->len > 0)
    {
      /* Translators: joins the last two things said: "that A, that B and that C" */
      g_autofree char *list = join_list (said, _(" and "));

      /* Translators: %s is a list of statements */
      g_ptr_array_add (clauses, g_strdup_printf (_("you said %s"), list));
    }
  if (unsure->len > 0)
    {
      /* Translators: joins the last two: "whether A, whether B or whether C" */
      g_autofree char *list = join_list (unsure, _(" or "));

      g_ptr_array_add (clauses, g_strdup_printf (_("you were not sure %s"), list));
    }
  if (unanswered->len > 0)
    {
      g_autofree char *list = join_list (unanswered, _(" or "));

      g_ptr_array_add (clauses, g_strdup_printf (_("you did not say %s"), list));
    }
  if (unknown->len > 0)
    {
      g_autofree char *list = join_list (unknown, _(" or "));

      /* Translators: %s is what a choice question asks: "how old the person is" */
      g_ptr_array_add (clauses, g_strdup_printf (_("you did not say %s"), list));
    }

  /* Translators: joins the last two clauses: "you said that …, and you were not sure …" */
  return join_list (clauses, _(", and "));
}

/**
 * spots_checklist_reason_describe_answers:
 *
 * Returns: (transfer full): the answers behind a reason in plain words.
 */
char *
spots_checklist_reason_describe_answers (const SpotsChecklistReason *reason)
{
  g_return_val_if_fail (reason != NULL, NULL);

  return spots_checklist_describe_answers (reason->questions,
                                           (const gint8 *) reason->states->data);
}

/* "you said …" as a sentence of its own: "You said …." */
static char *
as_sentence (const char *clause)
{
  gunichar first = g_utf8_get_char (clause);
  char upper[8] = { 0, };

  g_unichar_to_utf8 (g_unichar_toupper (first), upper);
  return g_strdup_printf ("%s%s.", upper, g_utf8_next_char (clause));
}

/**
 * spots_checklist_reason_format:
 *
 * Returns: (transfer full): the reason with its answers, as one line:
 *   "REASON You said that …." The result page, the handover sheet and the
 *   command line all say a reason this way.
 */
char *
spots_checklist_reason_format (const SpotsChecklistReason *reason)
{
  g_autofree char *answers = NULL;
  g_autofree char *sentence = NULL;

  g_return_val_if_fail (reason != NULL, NULL);

  if (reason->questions->len == 0)
    return g_strdup (reason->text);

  answers = spots_checklist_reason_describe_answers (reason);
  sentence = as_sentence (answers);
  return g_strdup_printf ("%s %s", reason->text, sentence);
}

/**
 * spots_checklist_sentence_from_clause: (skip)
 *
 * Returns: (transfer full): @clause with a capital letter and a full stop.
 */
char *
spots_checklist_sentence_from_clause (const char *clause)
{
  return as_sentence (clause);
}
