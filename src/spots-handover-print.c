/* spots-handover-print.c: the checklist's answers, for the doctor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sheet to print or save as PDF and take along: when it was made, the
 * result and why, every question with its answer, the rules version (so
 * that a doctor can tell which rules gave the advice), the questions a
 * doctor is likely to ask, and room for notes. This is the only way
 * checklist answers ever leave the program's memory, and only on request.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-handover-print.h"

/* How an answer reads to a person. */
const char *
spots_answer_get_label (SpotsAnswer answer)
{
  switch (answer)
    {
    case SPOTS_ANSWER_YES:
      return _("Yes");
    case SPOTS_ANSWER_NO:
      return _("No");
    case SPOTS_ANSWER_NOT_SURE:
      return _("Not sure");
    case SPOTS_ANSWER_NONE:
    default:
      /* Translators: a checklist question that was skipped */
      return _("Not asked");
    }
}

static void
add_text (SpotsPrintDocument *document,
          SpotsPrintStyle     style,
          guint               indent,
          const char         *marker,
          const char         *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  spots_print_document_add (document, style, indent, marker, markup);
}

/**
 * spots_handover_print_new:
 * @now: the moment the sheet is made, printed on it
 *
 * Returns: (transfer full): the handover sheet.
 */
SpotsPrintDocument *
spots_handover_print_new (SpotsChecklistSession *session,
                          GDateTime             *now)
{
  SpotsChecklist *checklist = spots_checklist_session_get_checklist (session);
  SpotsChecklistAnswers *answers = spots_checklist_session_get_answers (session);
  g_autoptr(SpotsChecklistResult) result = spots_checklist_session_get_result (session);
  SpotsTier tier = spots_checklist_result_get_tier (result);
  GListModel *questions = spots_checklist_get_questions (checklist);
  const char * const *doctor_questions = spots_checklist_get_doctor_questions (checklist);
  SpotsPrintDocument *document;
  g_autofree char *when = g_date_time_format (now, "%x %H:%M");
  g_autofree char *made = NULL;
  g_autofree char *outcome = NULL;

  document = spots_print_document_new (_("Notes for the doctor"));
  add_text (document, SPOTS_PRINT_TITLE, 0, NULL, _("Skin spots: notes for the doctor"));

  /* Translators: %s is a date and time; the second, the rules' version */
  made = g_strdup_printf (_("Made with Skin Spots on %s, checklist rules version %s. "
                            "This is what the person answered, not a diagnosis."),
                          when, spots_checklist_get_version (checklist));
  add_text (document, SPOTS_PRINT_SMALL, 0, NULL, made);

  add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("Result of the checklist"));
  /* Translators: the tier's heading, then its time frame: "See a doctor today (today)" */
  outcome = g_strdup_printf (_("%s (%s)"), spots_checklist_get_tier_heading (checklist, tier),
                             spots_checklist_get_tier_timeframe (checklist, tier));
  {
    g_autofree char *escaped = g_markup_escape_text (outcome, -1);
    g_autofree char *bold = g_strdup_printf ("<b>%s</b>", escaped);

    spots_print_document_add (document, SPOTS_PRINT_BODY, 0, NULL, bold);
  }

  for (guint i = 0; i < spots_checklist_result_get_n_reasons (result); i++)
    {
      g_autofree char *line =
        spots_checklist_reason_format (spots_checklist_result_get_reason (result, i));

      add_text (document, SPOTS_PRINT_BODY, 1, "•", line);
    }
  if (spots_checklist_result_get_raised_by_not_sure (result))
    add_text (document, SPOTS_PRINT_BODY, 1, "•",
              _("Some answers were “not sure”; they were treated as possible warning signs."));

  add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("Answers"));
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);
      SpotsAnswer answer = spots_checklist_answers_get (answers,
                                                        spots_checklist_question_get_id (question));
      g_autofree char *text = g_markup_escape_text (spots_checklist_question_get_text (question),
                                                    -1);
      g_autofree char *markup = g_strdup_printf ("%s <b>%s</b>", text,
                                                 spots_answer_get_label (answer));

      spots_print_document_add (document, SPOTS_PRINT_BODY, 1, "•", markup);
    }

  add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("Questions your doctor may ask"));
  add_text (document, SPOTS_PRINT_SMALL, 0, NULL,
            _("Thinking about these before the appointment helps."));
  for (guint i = 0; doctor_questions[i] != NULL; i++)
    {
      add_text (document, SPOTS_PRINT_BODY, 1, "•", doctor_questions[i]);
      spots_print_document_add_lines (document, 2);
    }

  add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("Notes"));
  spots_print_document_add_lines (document, 6);

  add_text (document, SPOTS_PRINT_SMALL, 0, NULL,
            _("Skin Spots gives information, not a diagnosis. In an emergency, call your local "
              "emergency number."));

  return document;
}
