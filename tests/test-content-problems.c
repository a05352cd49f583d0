/* test-content-problems.c: the window over a hostile content folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's content folder holds 1,000 files, half of them hostile
 * (spots-hostile-folder.c). The window must open at once with the built-in
 * articles, then show every good one, keep a built-in article a broken
 * copy tried to replace, and offer a Content Problems page, from the main
 * menu, that lists every problem and copies them all.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <gtk/gtk.h>

#include "spots-application.h"
#include "spots-core.h"
#include "spots-error.h"
#include "spots-hostile-folder.h"
#include "spots-problems-view.h"
#include "spots-test-util.h"
#include "spots-ui-test-util.h"
#include "spots-window.h"

static char *data_home;
static SpotsHostileFolder *hostile;

static void
on_library_changed (SpotsApplication *app,
                    gboolean         *changed)
{
  *changed = TRUE;
}

static void
wait_for_library (SpotsApplication *app)
{
  gboolean changed = FALSE;
  gulong handler = g_signal_connect (app, "library-changed", G_CALLBACK (on_library_changed),
                                     &changed);
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (!changed && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (app, handler);
  assert_true (changed);
}

static const char *
window_title (SpotsWindow *window)
{
  return gtk_window_get_title (GTK_WINDOW (window));
}

static void
on_clipboard_text (GObject      *clipboard,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static char *
read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

static void
test_window_over_hostile_folder (void **state)
{
  SpotsApplication *app = spots_ui_test_application ();
  SpotsWindow *window = spots_window_new (app);
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(SpotsLibrary) builtin = spots_library_new_builtin ();
  SpotsLibrary *library;
  GtkMenuButton *menu;
  GtkLabel *item_label;
  GtkWidget *item;
  SpotsProblemsView *view;
  g_autofree char *text = NULL;
  g_autofree char *copied = NULL;
  GPtrArray *problems;

  /* The window is there before the folder has been read: start-up does not
   * wait for it. */
  gtk_window_present (GTK_WINDOW (window));
  assert_true (gtk_widget_get_visible (widget));
  assert_non_null (spots_library_lookup (spots_application_get_library (app), "petechiae"));
  /* Had start-up read the folder itself, its pages would be here already:
   * the loaded library only arrives through the main loop. */
  assert_null (spots_library_lookup (spots_application_get_library (app),
                                     g_ptr_array_index (hostile->good_ids, 5)));

  wait_for_library (app);
  spots_ui_test_settle (widget);
  library = spots_application_get_library (app);

  /* Every good article is there, with its own title. */
  for (guint i = 0; i < hostile->good_ids->len; i++)
    {
      SpotsArticle *article = spots_library_lookup (library, g_ptr_array_index (hostile->good_ids, i));

      assert_non_null (article);
      assert_string_equal (spots_article_get_title (article),
                           g_ptr_array_index (hostile->good_titles, i));
    }

  /* A good replacement is what the window shows; a broken one never hides
   * the built-in page. */
  assert_true (spots_window_show_article (window, "cherry-angioma", NULL));
  spots_ui_test_settle (widget);
  assert_string_equal (window_title (window), "Replaced cherry-angioma – Skin Spots");
  for (guint i = 0; i < hostile->broken_builtin->len; i++)
    {
      const char *id = g_ptr_array_index (hostile->broken_builtin, i);
      g_autofree char *expected =
        g_strdup_printf ("%s – Skin Spots",
                         spots_article_get_title (spots_library_lookup (builtin, id)));

      assert_true (spots_window_show_article (window, id, NULL));
      spots_ui_test_settle (widget);
      assert_string_equal (window_title (window), expected);
    }

  /* The main menu now offers Content Problems; choosing it opens the page. */
  menu = spots_ui_test_find_menu_button (widget, TRUE);
  gtk_menu_button_popup (menu);
  spots_ui_test_settle (widget);
  item_label = spots_ui_test_find_label (GTK_WIDGET (gtk_menu_button_get_popover (menu)),
                                         "Content Problems");
  assert_non_null (item_label);
  /* A menu item is a GtkModelButton, which GTK does not make public. */
  item = gtk_widget_get_ancestor (GTK_WIDGET (item_label), g_type_from_name ("GtkModelButton"));
  assert_non_null (item);
  gtk_widget_activate (item);
  spots_ui_test_settle (widget);
  assert_string_equal (window_title (window), "Content Problems – Skin Spots");

  view = spots_ui_test_find_one (widget, SPOTS_TYPE_PROBLEMS_VIEW);
  assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  problems = spots_library_get_problems (library);
  assert_int_equal (spots_problems_view_get_n_problems (view), problems->len);

  /* The page says what it is, as a heading, and how many problems. */
  {
    GtkLabel *heading = spots_ui_test_find_label (GTK_WIDGET (view), "Content Problems");
    g_autofree char *count = g_strdup_printf ("%u problems were found", problems->len);

    assert_non_null (heading);
    gtk_test_accessible_assert_role (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_ROLE_HEADING);
    assert_non_null (spots_ui_test_find_label (GTK_WIDGET (view), count));
  }

  /* The first rows are on screen, by file name: the file, then where in
   * it and what is wrong. */
  {
    const GError *first = g_ptr_array_index (problems, 0);
    g_autofree char *where = NULL;

    for (guint i = 1; i < problems->len; i++)
      {
        const GError *other = g_ptr_array_index (problems, i);
        int order = strcmp (spots_error_get_file (other), spots_error_get_file (first));

        if (order < 0 || (order == 0 && spots_error_get_line (other) < spots_error_get_line (first)))
          first = other;
      }

    where = g_strdup_printf ("Line %u, column %u: %s", spots_error_get_line (first),
                             spots_error_get_column (first), spots_error_get_detail (first));
    assert_non_null (spots_ui_test_find_label (GTK_WIDGET (view), spots_error_get_file (first)));
    assert_non_null (spots_ui_test_find_label (GTK_WIDGET (view), where));
  }

  /* Every bad file is listed, in the --check-content format, and Copy All
   * puts exactly that on the clipboard. */
  text = spots_problems_view_dup_text (view);
  for (guint i = 0; i < hostile->bad_files->len; i++)
    {
      g_autofree char *line_start = g_strconcat ("\n", g_ptr_array_index (hostile->bad_files, i),
                                                 ":", NULL);

      if (strstr (text, line_start) == NULL && !g_str_has_prefix (text, line_start + 1))
        fail_msg ("%s is not listed", (char *) g_ptr_array_index (hostile->bad_files, i));
    }
  assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "problems.copy", NULL));
  copied = read_clipboard (widget);
  assert_string_equal (copied, text);

  /* Back goes where the reader was. */
  gtk_widget_activate_action (widget, "win.back", NULL);
  spots_ui_test_settle (widget);
  assert_string_not_equal (window_title (window), "Content Problems – Skin Spots");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_window_over_hostile_folder),
  };
  g_autofree char *folder = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");

  /* Before anything asks GLib where the user's data is. */
  data_home = spots_test_make_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  folder = g_build_filename (data_home, "skin-spots", "content", NULL);
  g_mkdir_with_parents (folder, 0700);

  spots_ui_test_init ();
  spots_core_init ();
  hostile = spots_hostile_folder_new (folder, 1000);

  status = cmocka_run_group_tests_name ("content-problems", tests,
                                        spots_ui_test_setup_application,
                                        spots_ui_test_teardown_application);

  spots_hostile_folder_free (hostile);
  spots_test_remove_dir (data_home);
  g_free (data_home);
  return status;
}
