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
#define G_LOG_DOMAIN "spots-handover-print"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-handover-print.h"

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

static void
add_list (SpotsPrintDocument *document,
          GPtrArray          *items)
{
  for (guint i = 0; i < items->len; i++)
    add_text (document, SPOTS_PRINT_BODY, 1, "•", g_ptr_array_index (items, i));
}

/**
 * spots_handover_print_new:
 * @now: the moment the sheet is made, printed on it
 *
 * Returns: (transfer full): the handover sheet, in the words of the same
 *   report the result page shows.
 */
SpotsPrintDocument *
spots_handover_print_new (SpotsChecklistSession *session,
                          GDateTime             *now)
{
  SpotsChecklist *checklist = spots_checklist_session_get_checklist (session);
  g_autoptr(SpotsChecklistReport) report = spots_checklist_session_get_report (session);
  GPtrArray *questions = spots_checklist_report_get_answered_questions (report);
  GPtrArray *labels = spots_checklist_report_get_answer_labels (report);
  const char *not_sure = spots_checklist_report_get_not_sure_note (report);
  const char * const *doctor_questions = spots_checklist_get_doctor_questions (checklist);
  SpotsPrintDocument *document;
  g_autofree char *when = g_date_time_format (now, "%x %H:%M");
  g_autofree char *made = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *bold = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();

  document = spots_print_document_new (_("Notes for the doctor"));
  add_text (document, SPOTS_PRINT_TITLE, 0, NULL, _("Skin spots: notes for the doctor"));

  /* Translators: %s is a date and time; the second, the rules' version */
  made = g_strdup_printf (_("Made with Skin Spots on %s, checklist rules version %s. "
                            "This is what the person answered, not a diagnosis."),
                          when, spots_checklist_get_version (checklist));
  add_text (document, SPOTS_PRINT_SMALL, 0, NULL, made);

  add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("Who the check was for"));
  add_list (document, spots_checklist_report_get_who (report));

  add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("Result of the checklist"));
  /* Translators: the tier's heading, then its time frame: "See a doctor today (Today)" */
  outcome = g_strdup_printf (_("%s (%s)"), spots_checklist_report_get_heading (report),
                             spots_checklist_report_get_timeframe (report));
  escaped = g_markup_escape_text (outcome, -1);
  bold = g_strdup_printf ("<b>%s</b>", escaped);
  spots_print_document_add (document, SPOTS_PRINT_BODY, 0, NULL, bold);
  add_list (document, spots_checklist_report_get_reasons (report));
  if (not_sure != NULL)
    add_text (document, SPOTS_PRINT_BODY, 1, "•", not_sure);

  g_ptr_array_extend (changes, spots_checklist_report_get_raise (report), NULL, NULL);
  g_ptr_array_extend (changes, spots_checklist_report_get_lower (report), NULL, NULL);
  if (changes->len > 0)
    {
      add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("What would change this"));
      add_list (document, changes);
    }

  add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("Get help sooner if"));
  add_text (document, SPOTS_PRINT_BODY, 0, NULL, spots_checklist_report_get_safety_net (report));

  add_text (document, SPOTS_PRINT_HEADING, 0, NULL, _("Answers"));
  for (guint i = 0; i < questions->len; i++)
    {
      g_autofree char *text =
        g_markup_escape_text (spots_checklist_question_get_text (g_ptr_array_index (questions, i)),
                              -1);
      g_autofree char *answer = g_markup_escape_text (g_ptr_array_index (labels, i), -1);
      g_autofree char *markup = g_strdup_printf ("%s <b>%s</b>", text, answer);

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
