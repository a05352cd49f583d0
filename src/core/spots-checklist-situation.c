/* spots-checklist-situation.c: what the checklist says for a situation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An article's "when to get help" callout lists the situations it speaks
 * of ("glass-test=yes,fever=yes") and the tier it gives. A situation names
 * only what matters; every other question takes its reassuring answer, as
 * for a person who has none of the other signs, so the checklist's answer
 * is the tier for exactly that situation. A situation that does not give
 * its age must give the tier at every age it can happen at: the page then
 * says the same for a baby as for an adult, and the checklist agrees.
 */
#define G_LOG_DOMAIN "spots-checklist-situation"

#include "config.h"

#include "spots-checklist-commands.h"
#include "spots-checklist-situation.h"
#include "spots-error.h"

/* Whether each question @given names is asked at @choice of @choice_question. */
static gboolean
questions_apply (SpotsChecklist        *checklist,
                 SpotsChecklistAnswers *given,
                 const char            *choice_question,
                 const char            *choice)
{
  GListModel *questions = spots_checklist_get_questions (checklist);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);
      const char *id = spots_checklist_question_get_id (question);

      if (spots_checklist_answers_get (given, id) == SPOTS_ANSWER_NONE)
        continue;
      if (g_strcmp0 (spots_checklist_question_get_only_if_question (question),
                     choice_question) == 0 &&
          !g_strv_contains (spots_checklist_question_get_only_if_choices (question), choice))
        return FALSE;
    }

  return TRUE;
}

/**
 * spots_checklist_fill_reassuring:
 *
 * Returns: (transfer full): @given with every yes/no question it leaves
 *   out answered the reassuring way: what a person walking to the end of
 *   the wizard without a single other sign would say.
 */
SpotsChecklistAnswers *
spots_checklist_fill_reassuring (SpotsChecklist        *checklist,
                                 SpotsChecklistAnswers *given)
{
  SpotsChecklistAnswers *answers = spots_checklist_answers_copy (given);
  GListModel *questions = spots_checklist_get_questions (checklist);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);
      const char *id = spots_checklist_question_get_id (question);

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_YES_NO &&
          spots_checklist_answers_get (answers, id) == SPOTS_ANSWER_NONE)
        spots_checklist_answers_set (answers, id,
                                     spots_checklist_question_get_reassuring (question));
    }

  return answers;
}

/* The first choice question (the age band) that @given leaves open. */
static SpotsChecklistQuestion *
open_choice_question (SpotsChecklist        *checklist,
                      SpotsChecklistAnswers *given)
{
  GListModel *questions = spots_checklist_get_questions (checklist);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE &&
          spots_checklist_answers_get_choice (given,
                                              spots_checklist_question_get_id (question)) == NULL)
        return g_steal_pointer (&question);
    }

  return NULL;
}

static gboolean
check_tier (SpotsChecklist         *checklist,
            SpotsChecklistAnswers  *answers,
            const char             *text,
            const char             *choice,
            SpotsTier               tier,
            GError                **error)
{
  SpotsTier got = spots_checklist_evaluate_tier (checklist, answers);

  if (got == tier)
    return TRUE;

  g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_INVALID,
               "for the situation \"%s\"%s%s the checklist gives \"%s\" (%s), but the callout "
               "says \"%s\"; make them agree", text, choice != NULL ? " at " : "",
               choice != NULL ? choice : "", spots_tier_to_string (got),
               spots_checklist_get_tier_heading (checklist, got), spots_tier_to_string (tier));
  return FALSE;
}

/**
 * spots_checklist_check_situation:
 * @answers: the situation, as for --checklist-evaluate: "glass-test=yes,fever=yes"
 * @tier: the tier a page gives for it
 *
 * Returns: %TRUE if the checklist gives @tier for the situation, at every
 *   age band where all its questions are asked if it names no age; %FALSE
 *   with @error set (SPOTS_ERROR_INVALID) naming the first age that gives
 *   another tier, or for answers that do not parse.
 */
gboolean
spots_checklist_check_situation (SpotsChecklist  *checklist,
                                 const char      *answers,
                                 SpotsTier        tier,
                                 GError         **error)
{
  g_autoptr(SpotsChecklistAnswers) given = NULL;
  g_autoptr(SpotsChecklistQuestion) open = NULL;
  g_autoptr(GError) parse_error = NULL;
  const char *open_id;
  guint n_checked = 0;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (checklist), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  given = spots_checklist_parse_answers (checklist, answers, &parse_error);
  if (given == NULL)
    {
      g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_INVALID, "the situation \"%s\": %s", answers,
                   parse_error->message);
      return FALSE;
    }

  open = open_choice_question (checklist, given);
  if (open == NULL)
    {
      g_autoptr(SpotsChecklistAnswers) complete =
        spots_checklist_fill_reassuring (checklist, given);

      return check_tier (checklist, complete, answers, NULL, tier, error);
    }

  open_id = spots_checklist_question_get_id (open);
  for (guint i = 0; i < spots_checklist_question_get_n_choices (open); i++)
    {
      const char *choice = spots_checklist_question_get_choice (open, i)->id;
      g_autoptr(SpotsChecklistAnswers) complete = NULL;

      if (!questions_apply (checklist, given, open_id, choice))
        continue;

      complete = spots_checklist_fill_reassuring (checklist, given);
      spots_checklist_answers_set_choice (complete, open_id, choice);
      if (!check_tier (checklist, complete, answers, choice, tier, error))
        return FALSE;
      n_checked++;
    }

  if (n_checked == 0)
    {
      g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_INVALID,
                   "the situation \"%s\" cannot happen: no %s has all of its questions", answers,
                   open_id);
      return FALSE;
    }

  return TRUE;
}
