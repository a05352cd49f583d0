/* spots-checklist-commands.c: the checklist on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `--checklist-questions` and `--checklist-evaluate`: the formats are an
 * interface that tests and scripts read, so they change only on purpose.
 */
#define G_LOG_DOMAIN "spots-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "spots-checklist-commands.h"
#include "spots-checklist-result.h"
#include "spots-command-line.h"
#include "spots-error.h"

/**
 * spots_checklist_parse_answers:
 * @text: "ID=VALUE,ID=VALUE,…" with VALUE yes, no or not-sure; spaces
 *   around items are allowed; an empty string means no answers
 *
 * Returns: (transfer full) (nullable): the answers, or %NULL with @error
 *   set (SPOTS_ERROR_BAD_ARGUMENT) for an unknown id, a bad value, an id
 *   given twice, or an item that is empty or has no "=".
 */
SpotsChecklistAnswers *
spots_checklist_parse_answers (SpotsChecklist  *checklist,
                               const char      *text,
                               GError         **error)
{
  g_autoptr(SpotsChecklistAnswers) answers = spots_checklist_answers_new ();
  g_autofree char *stripped = NULL;
  g_auto(GStrv) items = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return g_steal_pointer (&answers);

  items = g_strsplit (stripped, ",", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      char *equals = strchr (item, '=');
      g_autofree char *id = NULL;
      g_autofree char *value = NULL;
      SpotsAnswer answer;

      if (item[0] == '\0')
        {
          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("answer %u is empty; write ID=VALUE items separated by commas"), i + 1);
          return NULL;
        }

      if (equals == NULL)
        {
          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("“%s” is not ID=VALUE"), item);
          return NULL;
        }

      id = g_strstrip (g_strndup (item, (gsize) (equals - item)));
      value = g_strstrip (g_strdup (equals + 1));

      if (spots_checklist_lookup_question (checklist, id) == NULL)
        {
          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("unknown question “%s”; skin-spots --checklist-questions lists them"), id);
          return NULL;
        }

      if (!spots_answer_from_string (value, &answer))
        {
          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("“%s” is not an answer for %s; use yes, no or not-sure"), value, id);
          return NULL;
        }

      if (spots_checklist_answers_get (answers, id) != SPOTS_ANSWER_NONE)
        {
          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("%s is answered twice"), id);
          return NULL;
        }

      spots_checklist_answers_set (answers, id, answer);
    }

  return g_steal_pointer (&answers);
}

void
spots_checklist_print_questions (SpotsChecklist *checklist,
                                 FILE           *out)
{
  GListModel *questions = spots_checklist_get_questions (checklist);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);

      fprintf (out, "%s\t%s\n", spots_checklist_question_get_id (question),
               spots_checklist_question_get_text (question));
    }
}

/**
 * spots_checklist_print_evaluation:
 *
 * Prints "TIER<TAB>HEADING", then one "because: " line per reason.
 *
 * Returns: the exit status: SPOTS_EXIT_USAGE for malformed answers.
 */
int
spots_checklist_print_evaluation (SpotsChecklist *checklist,
                                  const char     *text,
                                  FILE           *out,
                                  FILE           *err)
{
  g_autoptr(SpotsChecklistAnswers) answers = NULL;
  g_autoptr(SpotsChecklistResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SpotsTier tier;

  answers = spots_checklist_parse_answers (checklist, text, &error);
  if (answers == NULL)
    {
      fprintf (err, "skin-spots: --checklist-evaluate: %s\n", error->message);
      return SPOTS_EXIT_USAGE;
    }

  result = spots_checklist_evaluate (checklist, answers);
  tier = spots_checklist_result_get_tier (result);
  fprintf (out, "%s\t%s\n", spots_tier_to_string (tier),
           spots_checklist_get_tier_heading (checklist, tier));

  if (spots_checklist_result_get_n_reasons (result) == 0)
    fprintf (out, "because: %s\n", _("none of the warning signs on the checklist was answered "
                                      "yes or not sure"));

  for (guint i = 0; i < spots_checklist_result_get_n_reasons (result); i++)
    {
      g_autofree char *line =
        spots_checklist_reason_format (spots_checklist_result_get_reason (result, i));

      fprintf (out, "because: %s\n", line);
    }

  return SPOTS_EXIT_OK;
}
