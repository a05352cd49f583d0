/* spots-checklist-commands.c: the checklist on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `--checklist-questions` and `--checklist-evaluate`: the formats are an
 * interface that tests and scripts read, so they change only on purpose.
 */
#define G_LOG_DOMAIN "spots-checklist-commands"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "spots-checklist-commands.h"
#include "spots-checklist-report.h"
#include "spots-command-line.h"
#include "spots-error.h"
#include "spots-plain-text.h"

/**
 * spots_checklist_parse_answers:
 * @text: "ID=VALUE,ID=VALUE,…" with VALUE yes, no or not-sure, or one of
 *   a choice question's choices; spaces around items are allowed
 *
 * Returns: (transfer full) (nullable): the answers, or %NULL with @error
 *   set (SPOTS_ERROR_BAD_ARGUMENT) for an empty list, an unknown id, a bad
 *   value, an id given twice, or an item that is empty or has no "=".
 */
SpotsChecklistAnswers *
spots_checklist_parse_answers (SpotsChecklist  *checklist,
                               const char      *text,
                               GError         **error)
{
  g_autoptr(SpotsChecklistAnswers) answers = spots_checklist_answers_new ();
  g_autofree char *stripped = NULL;
  g_auto(GStrv) items = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  /* The command line converts option values from the locale's encoding,
   * but a list can also come from a script or a test. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                   _("the list of answers is not valid UTF-8 text"));
      return NULL;
    }

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    {
      /* Nothing answered would count every question as not sure: that is
       * never what someone typing this meant. */
      g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                   _("the list of answers is empty; write ID=VALUE items separated by commas "
                     "(skin-spots --checklist-questions lists the ids and values)"));
      return NULL;
    }

  items = g_strsplit (stripped, ",", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      char *equals = strchr (item, '=');
      g_autofree char *id = NULL;
      g_autofree char *value = NULL;
      SpotsChecklistQuestion *question;
      SpotsAnswer answer;

      if (item[0] == '\0')
        {
          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("answer %u is empty; write ID=VALUE items separated by commas"), i + 1);
          return NULL;
        }

      if (equals == NULL)
        {
          g_autofree char *shown = spots_plain_text_shorten (item);

          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("“%s” is not ID=VALUE"), shown);
          return NULL;
        }

      id = g_strstrip (g_strndup (item, (gsize) (equals - item)));
      value = g_strstrip (g_strdup (equals + 1));

      question = spots_checklist_lookup_question (checklist, id);
      if (question == NULL)
        {
          g_autofree char *shown = spots_plain_text_shorten (id);

          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("unknown question “%s”; skin-spots --checklist-questions lists them"),
                       shown);
          return NULL;
        }

      if (g_hash_table_contains (seen, id))
        {
          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("%s is answered twice"), id);
          return NULL;
        }
      g_hash_table_add (seen, g_strdup (id));

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE)
        {
          if (spots_checklist_question_find_choice (question, value) < 0)
            {
              g_autofree char *accepted = spots_checklist_question_dup_answers (question);
              g_autofree char *shown = spots_plain_text_shorten (value);

              g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                           _("“%s” is not an answer for %s; use one of %s"), shown, id, accepted);
              return NULL;
            }
          spots_checklist_answers_set_choice (answers, id, value);
          continue;
        }

      if (!spots_answer_from_string (value, &answer))
        {
          g_autofree char *shown = spots_plain_text_shorten (value);

          g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT,
                       _("“%s” is not an answer for %s; use yes, no or not-sure"), shown, id);
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

      g_autofree char *accepted = spots_checklist_question_dup_answers (question);

      fprintf (out, "%s\t%s\t%s\n", spots_checklist_question_get_id (question),
               spots_checklist_question_get_text (question), accepted);
    }
}

/**
 * spots_checklist_print_evaluation:
 *
 * Prints "TIER<TAB>HEADING", then one "because: " line per reason, in the
 * words of the report that the result page and the handover sheet show.
 * Unanswered questions count as not sure.
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
  g_autoptr(SpotsChecklistReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *reasons;

  answers = spots_checklist_parse_answers (checklist, text, &error);
  if (answers == NULL)
    {
      fprintf (err, "skin-spots: --checklist-evaluate: %s\n", error->message);
      return SPOTS_EXIT_USAGE;
    }

  report = spots_checklist_report_new (checklist, answers);
  fprintf (out, "%s\t%s\n", spots_tier_to_string (spots_checklist_report_get_tier (report)),
           spots_checklist_report_get_heading (report));

  reasons = spots_checklist_report_get_reasons (report);
  for (guint i = 0; i < reasons->len; i++)
    fprintf (out, "because: %s\n", (const char *) g_ptr_array_index (reasons, i));

  return SPOTS_EXIT_OK;
}
