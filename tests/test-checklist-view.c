/* test-checklist-view.c: the red-flag checklist, as a worried person uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real widgets under a display: one question per page with its help and
 * progress, the first emergency answer ending the questions, Back, the
 * result page (tier in words and icon, reasons, what would change it, the
 * safety net, the number to call), changing an answer, Start over, the
 * handover sheet as PDF, and privacy: the whole run happens with HOME and
 * the XDG folders pointed at an empty tree, and nothing may appear there.
 */
#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

#include "spots-application.h"
#include "spots-checklist-view.h"
#include "spots-core.h"
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

      if (!gtk_widget_get_mapped (button))
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
  return spots_ui_test_find_label (GTK_WIDGET (fixture->view), text) != NULL;
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

/* Answers "No" until the result, except where ANSWERS (id, button label,
 * ..., NULL) says otherwise. Returns how many questions were asked. */
static guint
answer_all (Fixture *fixture,
            ...)
{
  guint asked = 0;

  while (g_str_equal (spots_checklist_view_get_page (fixture->view), "question"))
    {
      const char *answer = "No";
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
test_question_page (void **state)
{
  Fixture *fixture = *state;
  GtkLabel *question;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  GtkPicture *picture;
  guint total = g_list_model_get_n_items (spots_checklist_get_questions (fixture->checklist));
  g_autofree char *progress = g_strdup_printf ("Question 1 of %u", total);

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

  /* Three answers, and no way back from the first question. */
  find_button (fixture, "Yes");
  find_button (fixture, "Not sure");
  assert_false (gtk_widget_is_sensitive (find_button (fixture, "Previous Question")));
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

  click (fixture, "Yes");    /* the spots stay under the glass */
  assert_shows (fixture, question_text (fixture, "fever"));
  click (fixture, "Yes");    /* and there is a fever */

  /* No third question: the emergency result, at once. */
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "result");
  assert_shows (fixture, "Get emergency help now");
  assert_shows (fixture, "When: Now");
  assert_shows (fixture, "Call 112 now, or your local emergency number");
  assert_shows (fixture, "Because you said that the spots stay visible");
  assert_shows (fixture, "there is a fever");
  assert_shows (fixture, "Get help sooner if");
  /* The pages behind the answers, and the guide to getting care. */
  find_button (fixture, "Read about The glass test");
  find_button (fixture, "Read about Infections");
  find_button (fixture, "Read about When to seek care");
  assert_false (shows (fixture, "were “not sure”"));
}

static void
test_focus_and_what_would_change_after_a_short_walk (void **state)
{
  Fixture *fixture = *state;
  GtkLabel *heading;
  GtkWidget *focus;

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

  /* Only two questions were asked: ruling out the fever would not mean
   * "look after it at home", it would bring the other questions back. */
  assert_shows (fixture, "If you can rule out that there is a fever, change that answer: the "
                         "checklist will go on with the questions it skipped.");
  assert_false (shows (fixture, "Look after it at home"));
}

static void
test_tier_is_said_in_words_and_icon (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GPtrArray) images = g_ptr_array_new ();
  gboolean named_icon = FALSE;

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
test_all_no_is_self_care_with_its_safety_net (void **state)
{
  Fixture *fixture = *state;
  guint asked = answer_all (fixture, NULL);

  assert_int_equal (asked,
                    g_list_model_get_n_items (spots_checklist_get_questions (fixture->checklist)));
  assert_shows (fixture, "Look after it at home");
  assert_shows (fixture, "None of your answers is, on its own or together with the others, a "
                         "sign that needs a doctor.");
  assert_shows (fixture, spots_checklist_get_tier_safety_net (fixture->checklist,
                                                              SPOTS_TIER_SELF_CARE));
  assert_shows (fixture, "What would change this");
  assert_shows (fixture, "If there is a fever: Get emergency help now");
  assert_false (shows (fixture, "Call 112"));
}

static void
test_not_sure_then_change_an_answer (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *change = g_strdup_printf ("Change the answer to: %s",
                                             question_text (fixture, "fever"));

  answer_all (fixture, "fever", "Not sure", NULL);
  assert_shows (fixture, "See a doctor today");
  assert_shows (fixture, "were “not sure”");

  click (fixture, "Change an Answer");
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "summary");
  click (fixture, change);
  assert_string_equal (current_id (fixture), "fever");

  click (fixture, "Yes");
  assert_string_equal (spots_checklist_view_get_page (fixture->view), "result");
  assert_shows (fixture, "Get emergency help now");
}

static void
test_start_over_forgets (void **state)
{
  Fixture *fixture = *state;
  SpotsChecklistSession *session = spots_checklist_view_get_session (fixture->view);

  click (fixture, "Yes");
  click (fixture, "Yes");
  click (fixture, "Start Over");

  assert_string_equal (current_id (fixture), "glass-test");
  assert_int_equal (spots_checklist_session_get_asked (session)->len, 0);
  assert_int_equal (spots_checklist_answers_get (spots_checklist_session_get_answers (session),
                                                 "glass-test"),
                    SPOTS_ANSWER_NONE);
}

static void
test_emergency_number_from_preferences (void **state)
{
  Fixture *fixture = *state;
  GSettings *settings = spots_application_get_settings (spots_ui_test_application ());

  g_settings_set_string (settings, "emergency-number", "999");
  answer_all (fixture, "breathing", "Yes", NULL);
  assert_shows (fixture, "Call 999 now");
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
  assert_contains (flat, "checklist rules version 1");
  assert_contains (flat, "Notes");
  spots_test_remove_dir (dir);
}

/* Privacy: everything above ran with HOME and the XDG folders in an empty
 * tree. No file may be there now. */
static void
assert_no_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (!g_file_test (child, G_FILE_TEST_IS_DIR))
        fail_msg ("the checklist left a file behind: %s", child);
      assert_no_files (child);
    }
}

static void
test_nothing_written_to_disk (void **state)
{
  answer_all (*state, "fever", "Not sure", "bleeding", "Yes", NULL);
  spots_ui_test_settle (GTK_WIDGET (((Fixture *) *state)->window));
  assert_no_files (private_home);
}

static void
use_private_home (void)
{
  const char *folders[] = { "XDG_CONFIG_HOME", "config", "XDG_DATA_HOME", "data",
                            "XDG_CACHE_HOME", "cache", "XDG_STATE_HOME", "state", NULL };

  private_home = spots_test_make_dir ();
  g_setenv ("HOME", private_home, TRUE);
  for (guint i = 0; folders[i] != NULL; i += 2)
    {
      g_autofree char *path = g_build_filename (private_home, folders[i + 1], NULL);

      g_setenv (folders[i], path, TRUE);
    }
}

int
main (int    argc,
      char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_question_page, setup, teardown),
    cmocka_unit_test_setup_teardown (test_emergency_ends_the_questions, setup, teardown),
    cmocka_unit_test_setup_teardown (test_focus_and_what_would_change_after_a_short_walk, setup,
                                     teardown),
    cmocka_unit_test_setup_teardown (test_tier_is_said_in_words_and_icon, setup, teardown),
    cmocka_unit_test_setup_teardown (test_back, setup, teardown),
    cmocka_unit_test_setup_teardown (test_all_no_is_self_care_with_its_safety_net, setup,
                                     teardown),
    cmocka_unit_test_setup_teardown (test_not_sure_then_change_an_answer, setup, teardown),
    cmocka_unit_test_setup_teardown (test_start_over_forgets, setup, teardown),
    cmocka_unit_test_setup_teardown (test_emergency_number_from_preferences, setup, teardown),
    cmocka_unit_test_setup_teardown (test_handover_sheet, setup, teardown),
    cmocka_unit_test_setup_teardown (test_nothing_written_to_disk, setup, teardown),
  };
  int failures;

  /* Before GTK starts, so that nothing it opens can use the real home. */
  use_private_home ();
  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  spots_core_init ();

  failures = cmocka_run_group_tests_name ("checklist view", tests,
                                          spots_ui_test_setup_application,
                                          spots_ui_test_teardown_application);
  spots_test_remove_dir (private_home);
  g_free (private_home);
  return failures;
}
