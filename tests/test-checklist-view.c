/* test-checklist-view.c: the red-flag checklist, as a worried person uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real widgets under a display: one question per page with its help and
 * progress, the first emergency answer ending the questions, Back, the
 * result page (tier in words and icon, reasons, what would change it, the
 * safety net, the number to call), changing an answer, Start over, the
 * handover sheet as PDF, and the page, the sheet and the command line
 * saying the same for every vignette. (Privacy: test-checklist-privacy.c.)
 */
#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

#include <stdio.h>
#include <string.h>

#include "spots-application.h"
#include "spots-button-row.h"
#include "spots-checklist-commands.h"
#include "spots-checklist-view.h"
#include "spots-core.h"
#include "spots-checklist-situation.h"
#include "spots-test-util.h"
#include "spots-ui-test-util.h"
#include "spots-window.h"

typedef struct
{
  SpotsWindow *window;
  SpotsChecklistView *view;
  SpotsChecklist *checklist;
} Fixture;

static char *private_home;

/* Runs what the last click queued; no waiting. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);
  GSettings *settings = spots_application_get_settings (spots_ui_test_application ());

  g_settings_set_string (settings, "emergency-number", "112");
  fixture->window = spots_window_new (spots_ui_test_application ());
  gtk_window_present (GTK_WINDOW (fixture->window));
  spots_window_show_checklist (fixture->window);
  spots_ui_test_settle (GTK_WIDGET (fixture->window));

  fixture->view = spots_ui_test_find_one (GTK_WIDGET (fixture->window),
                                          SPOTS_TYPE_CHECKLIST_VIEW);
  fixture->checklist = spots_checklist_session_get_checklist (
                         spots_checklist_view_get_session (fixture->view));
  *state = fixture;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  drain ();
  g_free (fixture);
  return 0;
}

static gboolean
has_accessible_label (GtkWidget  *widget,
                      const char *name)
{
  g_autofree char *mismatch = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  return mismatch == NULL;
}

/* Whether WIDGET is on the page the view shows: while the stack cross-fades
 * from one page to the next, both are mapped. */
static gboolean
on_shown_page (Fixture   *fixture,
               GtkWidget *widget)
{
  GtkStack *stack = spots_ui_test_find_one (GTK_WIDGET (fixture->view), GTK_TYPE_STACK);

  return gtk_widget_get_mapped (widget) &&
         gtk_widget_is_ancestor (widget, gtk_stack_get_visible_child (stack));
}

/* The button on screen whose label or accessible name is NAME. */
static GtkWidget *
find_button (Fixture    *fixture,
             const char *name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  spots_ui_test_collect (GTK_WIDGET (fixture->view), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *label = gtk_button_get_label (GTK_BUTTON (button));

      if (!on_shown_page (fixture, button))
        continue;
      if (g_strcmp0 (label, name) == 0 || has_accessible_label (button, name))
        return button;
    }
  fail_msg ("no button “%s” on screen", name);
  return NULL;
}

static void
click (Fixture    *fixture,
       const char *name)
{
  GtkWidget *button = find_button (fixture, name);

  assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  drain ();
}

static gboolean
shows (Fixture    *fixture,
       const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  spots_ui_test_collect (GTK_WIDGET (fixture->view), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (on_shown_page (fixture, g_ptr_array_index (labels, i)) &&
        strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;

  return FALSE;
}

#define assert_shows(fixture, text) \
  do { if (!shows ((fixture), (text))) fail_msg ("“%s” is not on screen", (text)); } while (0)

static const char *
question_text (Fixture    *fixture,
               const char *id)
{
  return spots_checklist_question_get_text (spots_checklist_lookup_question (fixture->checklist,
                                                                             id));
}

static const char *
current_id (Fixture *fixture)
{
  SpotsChecklistQuestion *current =
    spots_checklist_session_get_current (spots_checklist_view_get_session (fixture->view));

  return current != NULL ? spots_checklist_question_get_id (current) : "(result)";
}

/* On the "who" page: picks LABEL among the answers to question ID. */
static void
choose (Fixture    *fixture,
        const char *id,
        const char *label)
{
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();

  spots_ui_test_collect (GTK_WIDGET (fixture->view), SPOTS_TYPE_BUTTON_ROW, boxes);
  for (guint i = 0; i < boxes->len; i++)
    {
      GtkWidget *box = g_ptr_array_index (boxes, i);

      if (!on_shown_page (fixture, box) || !has_accessible_label (box, question_text (fixture, id)))
        continue;

      for (GtkWidget *option = gtk_widget_get_first_child (box); option != NULL;
           option = gtk_widget_get_next_sibling (option))
        if (GTK_IS_TOGGLE_BUTTON (option) &&
            g_strcmp0 (gtk_button_get_label (GTK_BUTTON (option)), label) == 0)
          {
            gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (option), TRUE);
            drain ();
            return;
          }
    }
  fail_msg ("no answer “%s” to %s on screen", label, id);
}

static gboolean
asks (Fixture    *fixture,
      const char *id)
{
  return shows (fixture, question_text (fixture, id));
}

/* The "who" page, for a healthy adult. */
static void
start_adult (Fixture *fixture)
{
  choose (fixture, "age", "25 to 74 years");
  choose (fixture, "pregnant", "No");
  choose (fixture, "weak-immunity", "No");
  click (fixture, "Continue");
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "question");
}

/* Answers the reassuring way until the result, except where ANSWERS (id,
 * button label, ..., NULL) says otherwise. Returns how many questions were
 * asked. */
static guint
answer_all (Fixture *fixture,
            ...)
{
  guint asked = 0;

  while (g_str_equal (spots_checklist_view_get_page (fixture->view), "question"))
    {
      SpotsChecklistQuestion *current =
        spots_checklist_session_get_current (spots_checklist_view_get_session (fixture->view));
      const char *answer =
        spots_answer_get_label (spots_checklist_question_get_reassuring (current));
      const char *id;
      va_list args;

      va_start (args, fixture);
      while ((id = va_arg (args, const char *)) != NULL)
        {
          const char *value = va_arg (args, const char *);

          if (g_str_equal (id, current_id (fixture)))
            answer = value;
        }
      va_end (args);

      click (fixture, answer);
      assert_true (++asked <= 40);
    }
  return asked;
}

static void
test_who_page_comes_first (void **state)
{
  Fixture *fixture = *state;
  GtkLabel *heading;

  assert_string_equal (spots_checklist_view_get_page (fixture->view), "who");
  heading = spots_ui_test_find_label (GTK_WIDGET (fixture->view), "Who is the check for?");
  assert_non_null (heading);
  assert_int_equal (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (heading)),
                    GTK_ACCESSIBLE_ROLE_HEADING);
  assert_true (asks (fixture, "age"));

  /* No going on without the age, and the page says why. */
  click (fixture, "Continue");
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "who");
  assert_shows (fixture, "Choose the person’s age to go on.");

  /* A baby: no pregnancy question, but whether the baby can crawl. */
  choose (fixture, "age", "3 to 11 months");
  assert_false (shows (fixture, "Choose the person’s age to go on."));
  assert_false (asks (fixture, "pregnant"));
  assert_true (asks (fixture, "can-crawl"));
  assert_true (asks (fixture, "weak-immunity"));

  /* An adult: pregnancy, not crawling. */
  choose (fixture, "age", "25 to 74 years");
  assert_true (asks (fixture, "pregnant"));
  assert_false (asks (fixture, "can-crawl"));
  choose (fixture, "pregnant", "Yes");
  choose (fixture, "weak-immunity", "Not sure");
  click (fixture, "Continue");
  assert_string_equal (current_id (fixture), "glass-test");

  /* Back from the first question: the page again, answers kept. */
  click (fixture, "Previous Question");
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "who");
  assert_int_equal (spots_checklist_answers_get (spots_checklist_session_get_answers (
                      spots_checklist_view_get_session (fixture->view)), "pregnant"),
                    SPOTS_ANSWER_YES);
}

static void
test_question_page (void **state)
{
  Fixture *fixture = *state;
  GtkLabel *question;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  GtkPicture *picture;
  guint total;
  g_autofree char *progress = NULL;

  start_adult (fixture);
  total = spots_checklist_session_get_total (spots_checklist_view_get_session (fixture->view));
  progress = g_strdup_printf ("Question 1 of %u", total);
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "question");
  assert_shows (fixture, progress);

  /* The question is a heading; its help text is on the page. */
  question = spots_ui_test_find_label (GTK_WIDGET (fixture->view),
                                       question_text (fixture, "glass-test"));
  assert_non_null (question);
  assert_int_equal (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (question)),
                    GTK_ACCESSIBLE_ROLE_HEADING);
  assert_shows (fixture, spots_checklist_question_get_help (
                           spots_checklist_lookup_question (fixture->checklist, "glass-test")));

  /* The glass-test drawing, with words for those who cannot see it. */
  spots_ui_test_collect (GTK_WIDGET (fixture->view), GTK_TYPE_PICTURE, pictures);
  assert_int_equal (pictures->len, 1);
  picture = g_ptr_array_index (pictures, 0);
  assert_true (gtk_widget_get_mapped (GTK_WIDGET (picture)));
  assert_non_null (gtk_picture_get_paintable (picture));
  assert_contains (gtk_picture_get_alternative_text (picture), "glass");

  /* Three answers, and the way back to who it is for. */
  find_button (fixture, "Yes");
  find_button (fixture, "Not sure");
  assert_true (gtk_widget_is_sensitive (find_button (fixture, "Previous Question")));
  find_button (fixture, "Read more: The glass test");

  /* The next question has no drawing. */
  click (fixture, "No");
  assert_false (gtk_widget_get_mapped (GTK_WIDGET (picture)));
  g_free (progress);
  progress = g_strdup_printf ("Question 2 of %u", total);
  assert_shows (fixture, progress);
}

static void
test_emergency_ends_the_questions (void **state)
{
  Fixture *fixture = *state;

  start_adult (fixture);
  click (fixture, "Yes");    /* the spots stay under the glass */
  assert_shows (fixture, question_text (fixture, "fever"));
  click (fixture, "Yes");    /* and there is a fever */

  /* No third question: the emergency result, at once. */
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "result");
  assert_shows (fixture, "Get emergency help now");
  assert_shows (fixture, "When: Now");
  assert_shows (fixture, "Call 112 now, or your local emergency number");
  assert_shows (fixture, "say that you think it could be sepsis or meningitis");
  assert_shows (fixture, "You said that the spots stay visible");
  assert_shows (fixture, "there is or has been a fever");
  assert_shows (fixture, "Who the check was for");
  assert_shows (fixture, "Age: 25 to 74 years");
  assert_shows (fixture, "Get help sooner if");
  /* The pages behind the answers, and the guide to getting care. */
  find_button (fixture, "Read about The glass test");
  find_button (fixture, "Read about Infections");
  find_button (fixture, "Read about When to seek care");
}

static void
test_focus_and_not_sure_after_a_short_walk (void **state)
{
  Fixture *fixture = *state;
  GtkLabel *heading;
  GtkWidget *focus;

  start_adult (fixture);
  gtk_widget_grab_focus (find_button (fixture, "Yes"));
  click (fixture, "Yes");
  gtk_widget_grab_focus (find_button (fixture, "Not sure"));
  click (fixture, "Not sure");   /* a fever? */
  assert_shows (fixture, "Get emergency help now");

  /* The focus moves to the tier's heading, with nothing selected. */
  heading = spots_ui_test_find_label (GTK_WIDGET (fixture->view), "Get emergency help now");
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (fixture->view)));
  assert_ptr_equal (focus, heading);
  assert_false (gtk_label_get_selection_bounds (heading, NULL, NULL));

  /* The page says how "not sure" and the questions not asked counted. */
  assert_shows (fixture, "were answered “not sure” or were not answered");
  assert_false (shows (fixture, "Look after it at home"));
}

static void
test_tier_is_said_in_words_and_icon (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GPtrArray) images = g_ptr_array_new ();
  gboolean named_icon = FALSE;

  start_adult (fixture);
  answer_all (fixture, NULL);
  assert_shows (fixture, "Look after it at home");

  /* The tier's icon has a name of its own: not colour alone, not the
   * icon alone. */
  spots_ui_test_collect (GTK_WIDGET (fixture->view), GTK_TYPE_IMAGE, images);
  for (guint i = 0; i < images->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (images, i)) &&
        has_accessible_label (g_ptr_array_index (images, i), "Home care"))
      named_icon = TRUE;
  assert_true (named_icon);
}

static void
test_back (void **state)
{
  Fixture *fixture = *state;

  start_adult (fixture);
  click (fixture, "No");
  click (fixture, "No");
  assert_string_equal (current_id (fixture), "very-unwell");

  click (fixture, "Previous Question");
  assert_string_equal (current_id (fixture), "fever");
  assert_shows (fixture, question_text (fixture, "fever"));
  assert_int_equal (spots_checklist_answers_get (
                      spots_checklist_session_get_answers (
                        spots_checklist_view_get_session (fixture->view)), "fever"),
                    SPOTS_ANSWER_NONE);
}

static void
test_all_reassuring_is_self_care_with_its_safety_net (void **state)
{
  Fixture *fixture = *state;
  guint asked;

  start_adult (fixture);
  asked = answer_all (fixture, NULL);
  assert_true (asked >= 15);
  assert_shows (fixture, "Look after it at home");
  assert_shows (fixture, spots_checklist_get_self_care_reason (fixture->checklist));
  assert_shows (fixture, spots_checklist_get_tier_safety_net (fixture->checklist,
                                                              SPOTS_TIER_SELF_CARE));
  assert_shows (fixture, "What would change this");
  assert_shows (fixture, "If there is or has been a fever: See a doctor today");
  assert_shows (fixture, "If the person seems seriously ill or is getting worse quickly: Get "
                         "emergency help now");
  assert_false (shows (fixture, "Call 112"));
}

static void
test_strain_exception_says_why (void **state)
{
  Fixture *fixture = *state;

  start_adult (fixture);
  answer_all (fixture, "glass-test", "Yes", NULL);
  assert_shows (fixture, "Look after it at home");
  assert_shows (fixture, "You said that the spots appeared right after hard coughing");
  assert_shows (fixture, "If the spots did not appear right after hard coughing, vomiting, "
                         "crying or straining: Book a doctor's appointment");
}

static void
test_not_sure_then_change_an_answer (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *change = g_strdup_printf ("Change the answer to: %s",
                                             question_text (fixture, "very-unwell"));

  start_adult (fixture);
  answer_all (fixture, "very-unwell", "Not sure", NULL);
  assert_shows (fixture, "See a doctor today");
  assert_shows (fixture, "were answered “not sure”");

  click (fixture, "Change an Answer");
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "summary");
  /* Who it was for is listed with the answers. */
  {
    g_autofree char *change_age = g_strdup_printf ("Change the answer to: %s",
                                                   question_text (fixture, "age"));

    find_button (fixture, change_age);
  }
  click (fixture, change);
  assert_string_equal (current_id (fixture), "very-unwell");

  click (fixture, "Yes");
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "result");
  assert_shows (fixture, "Get emergency help now");
}

static void
test_start_over_forgets (void **state)
{
  Fixture *fixture = *state;
  SpotsChecklistSession *session = spots_checklist_view_get_session (fixture->view);

  start_adult (fixture);
  click (fixture, "Yes");
  click (fixture, "Yes");
  click (fixture, "Start Over");

  assert_string_equal (spots_checklist_view_get_page (fixture->view), "who");
  assert_int_equal (spots_checklist_session_get_asked (session)->len, 0);
  assert_int_equal (spots_checklist_answers_count (spots_checklist_session_get_answers (session)),
                    0);
}

static void
test_emergency_number_from_preferences (void **state)
{
  Fixture *fixture = *state;
  GSettings *settings = spots_application_get_settings (spots_ui_test_application ());

  g_settings_set_string (settings, "emergency-number", "999");
  start_adult (fixture);
  answer_all (fixture, "breathing", "Yes", NULL);
  assert_shows (fixture, "Call 999 now");
}

/* Every sentence of the report that a page or a sheet must carry. */
static GPtrArray *
report_texts (SpotsChecklistReport *report)
{
  GPtrArray *texts = g_ptr_array_new ();
  GPtrArray *lists[] = { spots_checklist_report_get_who (report),
                         spots_checklist_report_get_reasons (report),
                         spots_checklist_report_get_raise (report),
                         spots_checklist_report_get_lower (report) };

  g_ptr_array_add (texts, (gpointer) spots_checklist_report_get_heading (report));
  g_ptr_array_add (texts, (gpointer) spots_checklist_report_get_safety_net (report));
  if (spots_checklist_report_get_not_sure_note (report) != NULL)
    g_ptr_array_add (texts, (gpointer) spots_checklist_report_get_not_sure_note (report));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    g_ptr_array_extend (texts, lists[l], NULL, NULL);

  return texts;
}

static void
assert_page_shows_report (Fixture              *fixture,
                          SpotsChecklistReport *report,
                          const char           *name)
{
  g_autoptr(GPtrArray) texts = report_texts (report);

  g_ptr_array_add (texts, (gpointer) spots_checklist_report_get_advice (report));
  for (guint i = 0; i < texts->len; i++)
    if (!shows (fixture, g_ptr_array_index (texts, i)))
      fail_msg ("%s: the page does not say “%s”", name, (const char *) g_ptr_array_index (texts, i));
}

static void
assert_sheet_says_report (const char           *sheet,
                          SpotsChecklistReport *report,
                          const char           *name)
{
  g_autoptr(GPtrArray) texts = report_texts (report);

  for (guint i = 0; i < texts->len; i++)
    if (strstr (sheet, g_ptr_array_index (texts, i)) == NULL)
      fail_msg ("%s: the sheet does not say “%s”", name, (const char *) g_ptr_array_index (texts, i));
}

/* The command line's lines: the tier, then each reason. */
static char *
evaluate_on_command_line (SpotsChecklist *checklist,
                          const char     *answers)
{
  char *out = NULL;
  size_t size = 0;
  FILE *stream = open_memstream (&out, &size);

  assert_int_equal (spots_checklist_print_evaluation (checklist, answers, stream, stderr), 0);
  fclose (stream);
  return out;
}

/* The result page, the handover sheet and --checklist-evaluate say the
 * same, in the same words, for every vignette. */
static void
test_page_sheet_and_command_line_agree (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *path = g_build_filename (spots_test_source_dir (), "tests", "checklist",
                                            "vignettes.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GListModel *questions = spots_checklist_get_questions (fixture->checklist);
  guint compared = 0;

  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SpotsChecklistAnswers) given = NULL;
      g_autoptr(SpotsChecklistAnswers) answers = NULL;
      g_autoptr(SpotsChecklistReport) report = NULL;
      g_autoptr(SpotsPrintDocument) sheet = NULL;
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autoptr(GString) full = g_string_new (NULL);
      g_autofree char *sheet_text = NULL;
      g_autofree char *command_line = NULL;
      GPtrArray *reasons;

      if (lines[l][0] == '#' || lines[l][0] == '\0')
        continue;
      fields = g_strsplit (lines[l], "\t", -1);

      /* The whole walk, as the vignette test answers it. */
      given = spots_checklist_parse_answers (fixture->checklist, fields[1], &error);
      g_assert_no_error (error);
      answers = spots_checklist_fill_reassuring (fixture->checklist, given);

      spots_checklist_view_load_answers (fixture->view, answers);
      assert_string_equal (spots_checklist_view_get_page (fixture->view), "result");
      report = spots_checklist_session_get_report (spots_checklist_view_get_session (fixture->view));
      assert_page_shows_report (fixture, report, fields[0]);

      sheet = spots_checklist_view_new_handover (fixture->view);
      sheet_text = spots_print_document_to_text (sheet);
      assert_sheet_says_report (sheet_text, report, fields[0]);

      /* The command line with every answer given. */
      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, q);
          const char *id = spots_checklist_question_get_id (question);
          const char *value = spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE
                              ? spots_checklist_answers_get_choice (answers, id)
                              : spots_answer_to_string (spots_checklist_answers_get (answers, id));

          g_string_append_printf (full, "%s%s=%s", full->len > 0 ? "," : "", id, value);
        }
      command_line = evaluate_on_command_line (fixture->checklist, full->str);
      g_string_append_printf (expected, "%s\t%s\n",
                              spots_tier_to_string (spots_checklist_report_get_tier (report)),
                              spots_checklist_report_get_heading (report));
      reasons = spots_checklist_report_get_reasons (report);
      for (guint i = 0; i < reasons->len; i++)
        g_string_append_printf (expected, "because: %s\n",
                                (const char *) g_ptr_array_index (reasons, i));
      assert_string_equal (command_line, expected->str);
      compared++;
    }

  print_message ("# %u vignettes: page, handover sheet and command line agree\n", compared);
  assert_true (compared >= 60);
}

/* pdftotext breaks lines and spaces words as on paper: one space between
 * words, so that a check can span a line break. */
static char *
squeeze_white_space (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f", -1);
  GString *flat = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (flat, "%s%s", flat->len > 0 ? " " : "", words[i]);

  return g_string_free (flat, FALSE);
}

static void
test_handover_sheet (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *dir = spots_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, path, "-", NULL };

  assert_non_null (pdftotext);
  start_adult (fixture);
  answer_all (fixture, "glass-test", "Not sure", "bruising", "Yes", NULL);
  assert_shows (fixture, "See a doctor today");

  assert_true (spots_window_export_pdf (fixture->window, path, &error));
  g_assert_no_error (error);
  assert_int_equal (spots_test_run_program (argv, &text, NULL), 0);
  flat = squeeze_white_space (text);

  assert_contains (flat, "notes for the doctor");
  assert_contains (flat, "See a doctor today");
  assert_contains (flat, "Not sure");
  assert_contains (flat, "Questions your doctor may ask");
  assert_contains (flat, "Who the check was for");
  assert_contains (flat, "Age: 25 to 74 years");
  assert_contains (flat, "checklist rules version 3");
  assert_contains (flat, "Notes");
  spots_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_who_page_comes_first, setup, teardown),
    cmocka_unit_test_setup_teardown (test_question_page, setup, teardown),
    cmocka_unit_test_setup_teardown (test_emergency_ends_the_questions, setup, teardown),
    cmocka_unit_test_setup_teardown (test_focus_and_not_sure_after_a_short_walk, setup, teardown),
    cmocka_unit_test_setup_teardown (test_tier_is_said_in_words_and_icon, setup, teardown),
    cmocka_unit_test_setup_teardown (test_back, setup, teardown),
    cmocka_unit_test_setup_teardown (test_all_reassuring_is_self_care_with_its_safety_net, setup,
                                     teardown),
    cmocka_unit_test_setup_teardown (test_strain_exception_says_why, setup, teardown),
    cmocka_unit_test_setup_teardown (test_not_sure_then_change_an_answer, setup, teardown),
    cmocka_unit_test_setup_teardown (test_start_over_forgets, setup, teardown),
    cmocka_unit_test_setup_teardown (test_emergency_number_from_preferences, setup, teardown),
    cmocka_unit_test_setup_teardown (test_handover_sheet, setup, teardown),
    cmocka_unit_test_setup_teardown (test_page_sheet_and_command_line_agree, setup, teardown),
  };
  int failures;

  /* Before GTK starts, so that nothing it opens can use the real home. */
  private_home = spots_test_use_private_home ();
  setlocale (LC_ALL, "C.UTF-8");
  spots_ui_test_init ();
  spots_core_init ();

  failures = cmocka_run_group_tests_name ("checklist view", tests,
                                          spots_ui_test_setup_application,
                                          spots_ui_test_teardown_application);
  spots_test_remove_dir (private_home);
  g_free (private_home);
  return failures;
}
