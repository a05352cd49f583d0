/* test-checklist-privacy.c: checklist answers never reach the disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The product promises that answers live in memory only. The whole program
 * runs here with HOME and the XDG folders in an empty tree and with the
 * keyfile settings backend, which writes a real file the moment anything is
 * stored in settings: four people walk through the checklist to their
 * result, and no file may appear. The last test stores a setting on purpose
 * and sees the file appear, so that the first could fail if answers were
 * ever kept in settings.
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

static char *private_home;

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The files under PATH, as "path" lines. */
static void
list_files (const char *path,
            GString    *files)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        list_files (child, files);
      else
        g_string_append_printf (files, "%s\n", child);
    }
}

static char *
files_in_home (void)
{
  GString *files = g_string_new (NULL);

  list_files (private_home, files);
  return g_string_free (files, FALSE);
}

/* Walks one person through the checklist view: the "who" page, then each
 * question answered the way ANSWERS says (id=yes,…) or reassuringly. */
static void
walk (SpotsChecklistView *view,
      const char         *age,
      const char         *answers)
{
  SpotsChecklistSession *session = spots_checklist_view_get_session (view);
  g_auto(GStrv) items = g_strsplit (answers, ",", -1);
  guint asked = 0;

  spots_checklist_view_restart (view);
  spots_checklist_session_set_who_answer (session, "age", age);
  spots_checklist_session_set_who_answer (session, "weak-immunity",
                                          strstr (answers, "weak-immunity=yes") ? "yes" : "no");
  assert_true (spots_checklist_session_confirm_who (session));

  while (!spots_checklist_session_is_finished (session))
    {
      SpotsChecklistQuestion *current = spots_checklist_session_get_current (session);
      g_autofree char *prefix = g_strdup_printf ("%s=", spots_checklist_question_get_id (current));
      SpotsAnswer answer = spots_checklist_question_get_reassuring (current);

      for (guint i = 0; items[i] != NULL; i++)
        if (g_str_has_prefix (items[i], prefix))
          spots_answer_from_string (items[i] + strlen (prefix), &answer);
      spots_checklist_view_answer (view, answer);
      drain ();
      assert_true (++asked < 40);
    }
  assert_string_equal (spots_checklist_view_get_page (view), "result");
}

static void
test_answers_leave_no_file (void **state)
{
  SpotsWindow *window = spots_window_new (spots_ui_test_application ());
  SpotsChecklistView *view;
  g_autofree char *files = NULL;

  gtk_window_present (GTK_WINDOW (window));
  spots_window_show_checklist (window);
  spots_ui_test_settle (GTK_WIDGET (window));
  view = spots_ui_test_find_one (GTK_WIDGET (window), SPOTS_TYPE_CHECKLIST_VIEW);

  walk (view, "3-to-11-months", "glass-test=yes,strain=yes");
  walk (view, "5-to-15-years", "fever=yes");
  walk (view, "25-to-74-years", "bruising=not-sure");
  walk (view, "25-to-74-years", "weak-immunity=yes,fever=yes");
  spots_ui_test_settle (GTK_WIDGET (window));

  files = files_in_home ();
  if (files[0] != '\0')
    fail_msg ("the checklist left files behind:\n%s", files);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The control: storing anything in settings does leave a file here. */
static void
test_settings_would_leave_a_file (void **state)
{
  GSettings *settings = spots_application_get_settings (spots_ui_test_application ());
  g_autofree char *files = NULL;

  g_settings_set_string (settings, "emergency-number", "999");
  g_settings_sync ();
  files = files_in_home ();
  assert_contains (files, "keyfile");
}

int
main (int    argc,
      char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_answers_leave_no_file),
    cmocka_unit_test (test_settings_would_leave_a_file),
  };
  int failures;

  /* Before GTK and GSettings start, so that nothing can use the real home. */
  private_home = spots_test_use_private_home ();
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);

  setlocale (LC_ALL, "C.UTF-8");
  spots_ui_test_init ();
  spots_core_init ();

  failures = cmocka_run_group_tests_name ("checklist privacy", tests,
                                          spots_ui_test_setup_application,
                                          spots_ui_test_teardown_application);
  spots_test_remove_dir (private_home);
  g_free (private_home);
  return failures;
}
