/* test-article-view.c: articles as widgets, and moving between them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs real GTK widgets on a (virtual) display. Checks what a reader, or a
 * screen reader, gets: headings with levels, lists of list items, callouts
 * named in words, pictures with alternative text, links that lead somewhere,
 * and Back/Forward that retrace the reader's steps.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <gtk/gtk.h>

#include "spots-application.h"
#include "spots-article-view.h"
#include "spots-core.h"
#include "spots-test-util.h"
#include "spots-ui-test-util.h"
#include "spots-window.h"

static SpotsLibrary *
load_golden (void)
{
  g_autofree char *dir = g_build_filename (spots_test_source_dir (), "tests", "content", "golden",
                                           NULL);
  SpotsLibrary *library = spots_library_new ();

  spots_library_load_directory (library, dir, NULL);
  spots_library_finish (library);

  return library;
}

static GPtrArray *
widgets_with_role (GtkWidget         *root,
                   GType              type,
                   GtkAccessibleRole  role)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *matching = g_ptr_array_new ();

  spots_ui_test_collect (root, type, all);
  for (guint i = 0; i < all->len; i++)
    if (gtk_accessible_get_accessible_role (g_ptr_array_index (all, i)) == role)
      g_ptr_array_add (matching, g_ptr_array_index (all, i));

  return matching;
}

static GPtrArray *
callouts (GtkWidget *root)
{
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  GPtrArray *found = g_ptr_array_new ();

  spots_ui_test_collect (root, GTK_TYPE_BOX, boxes);
  for (guint i = 0; i < boxes->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (boxes, i), "callout"))
      g_ptr_array_add (found, g_ptr_array_index (boxes, i));

  return found;
}

static GtkWidget *
show_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  return window;
}

static void
test_headings_have_levels (void **state)
{
  g_autoptr(SpotsLibrary) library = load_golden ();
  GtkWidget *view = spots_article_view_new ();
  GtkWidget *window = show_in_window (view);
  g_autoptr(GPtrArray) headings = NULL;
  GtkLabel *title;
  GtkLabel *subsection;

  spots_article_view_set_article (SPOTS_ARTICLE_VIEW (view), library,
                                  spots_library_lookup (library, "every-block"));
  gtk_test_widget_wait_for_draw (window);

  headings = widgets_with_role (view, GTK_TYPE_LABEL, GTK_ACCESSIBLE_ROLE_HEADING);
  /* Title, four section headings, "At a glance", "Related articles",
   * "References". */
  assert_int_equal (headings->len, 1 + 4 + 3);

  title = spots_ui_test_find_label (view, "Every block type");
  assert_non_null (title);
  gtk_test_accessible_assert_role (title, GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_test_accessible_assert_property (title, GTK_ACCESSIBLE_PROPERTY_LEVEL, 1);

  subsection = spots_ui_test_find_label (view, "A subsection");
  gtk_test_accessible_assert_role (subsection, GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_test_accessible_assert_property (subsection, GTK_ACCESSIBLE_PROPERTY_LEVEL, 3);
  gtk_test_accessible_assert_property (spots_ui_test_find_label (view, "Lists"),
                                       GTK_ACCESSIBLE_PROPERTY_LEVEL, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_every_block_type_rendered (void **state)
{
  g_autoptr(SpotsLibrary) library = load_golden ();
  GtkWidget *view = spots_article_view_new ();
  GtkWidget *window = show_in_window (view);
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  GtkLabel *paragraph;

  spots_article_view_set_article (SPOTS_ARTICLE_VIEW (view), library,
                                  spots_library_lookup (library, "every-block"));
  gtk_test_widget_wait_for_draw (window);

  /* Paragraph with emphasis and links, as selectable text. */
  paragraph = spots_ui_test_find_label (view, "Plain words, emphasis, strong words");
  assert_non_null (paragraph);
  assert_true (gtk_label_get_selectable (paragraph));
  assert_contains (gtk_label_get_label (paragraph), "<i>emphasis</i>");
  assert_contains (gtk_label_get_label (paragraph), "<b>strong words</b>");
  assert_contains (gtk_label_get_label (paragraph), "<a href=\"spots:minimal\">link</a>");
  assert_contains (gtk_label_get_label (paragraph), "href=\"spots:every-block#lists\"");
  assert_contains (gtk_label_get_label (paragraph), "href=\"https://example.org/page\"");
  assert_non_null (spots_ui_test_find_label (view, "Special characters & <escapes> stay as text: é."));

  /* Bullets and steps: lists of list items, three lists in all (one in a
   * callout), five items. */
  lists = widgets_with_role (view, GTK_TYPE_BOX, GTK_ACCESSIBLE_ROLE_LIST);
  items = widgets_with_role (view, GTK_TYPE_BOX, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  assert_int_equal (lists->len, 4);
  assert_int_equal (items->len, 6);
  assert_non_null (spots_ui_test_find_label (view, "Then that."));
  assert_non_null (spots_ui_test_find_label (view, "2."));

  /* Callouts say their kind in words, not by colour alone. */
  groups = callouts (view);
  assert_int_equal (groups->len, 4);
  gtk_test_accessible_assert_role (g_ptr_array_index (groups, 0), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (g_ptr_array_index (groups, 0),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Emergency: Call for help");
  assert_non_null (spots_ui_test_find_label (view, "Emergency: Call for help"));
  assert_non_null (spots_ui_test_find_label (view, "When to get help"));
  assert_non_null (spots_ui_test_find_label (view, "Warning"));
  assert_non_null (spots_ui_test_find_label (view, "Note: A note"));

  /* The figure, with its alternative text and caption. */
  spots_ui_test_collect (view, GTK_TYPE_PICTURE, pictures);
  assert_int_equal (pictures->len, 1);
  assert_string_equal (gtk_picture_get_alternative_text (g_ptr_array_index (pictures, 0)),
                       "A red dot on a pale square.");
  assert_non_null (gtk_picture_get_paintable (g_ptr_array_index (pictures, 0)));
  assert_non_null (spots_ui_test_find_label (view, "A caption."));

  /* Compare facts, related articles, references. */
  assert_non_null (spots_ui_test_find_label (view, "At a glance"));
  assert_non_null (spots_ui_test_find_label (view, "No (Stays under a glass)"));
  assert_non_null (spots_ui_test_find_label (view, "Legs and arms"));
  assert_non_null (spots_ui_test_find_label (view, "Related articles"));
  assert_non_null (spots_ui_test_find_label (view, "1. Joost S, Bonesteel T"));
  assert_non_null (spots_ui_test_find_label (view, "https://pubmed.ncbi.nlm.nih.gov/31332958/"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
record_link (SpotsArticleView *view,
             const char       *uri,
             GPtrArray        *followed)
{
  g_ptr_array_add (followed, g_strdup (uri));
}

static void
test_links_are_followed (void **state)
{
  g_autoptr(SpotsLibrary) library = load_golden ();
  g_autoptr(GPtrArray) followed = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *view = spots_article_view_new ();
  GtkWidget *window = show_in_window (view);
  GtkLabel *paragraph;
  gboolean handled = FALSE;

  g_signal_connect (view, "open-link", G_CALLBACK (record_link), followed);
  spots_article_view_set_article (SPOTS_ARTICLE_VIEW (view), library,
                                  spots_library_lookup (library, "every-block"));
  gtk_test_widget_wait_for_draw (window);

  paragraph = spots_ui_test_find_label (view, "Plain words");
  g_signal_emit_by_name (paragraph, "activate-link", "spots:minimal", &handled);

  assert_true (handled);
  assert_int_equal (followed->len, 1);
  assert_string_equal (g_ptr_array_index (followed, 0), "spots:minimal");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The whole window, from an application with the built-in content. */
static SpotsWindow *
new_app_window (SpotsApplication **app_out)
{
  SpotsCommandLine command_line = { 0 };
  SpotsApplication *app = spots_application_new (&command_line);
  SpotsWindow *window;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = spots_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  *app_out = app;
  return window;
}

static const char *
shown_id (SpotsWindow *window)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  spots_ui_test_collect (GTK_WIDGET (window), SPOTS_TYPE_ARTICLE_VIEW, views);
  return spots_article_get_id (spots_article_view_get_article (g_ptr_array_index (views, 0)));
}

static void
test_back_and_forward (void **state)
{
  g_autoptr(SpotsApplication) app = NULL;
  SpotsWindow *window = new_app_window (&app);

  assert_true (spots_window_show_article (window, "petechiae", NULL));
  assert_true (spots_window_show_article (window, "purpura", NULL));
  assert_true (spots_window_show_article (window, "glass-test", NULL));
  assert_false (spots_window_show_article (window, "no-such-page", NULL));
  assert_string_equal (shown_id (window), "glass-test");
  assert_string_equal (gtk_window_get_title (GTK_WINDOW (window)), "The glass test – Skin Spots");

  assert_true (spots_window_go_back (window));
  assert_string_equal (shown_id (window), "purpura");
  assert_true (spots_window_go_back (window));
  assert_string_equal (shown_id (window), "petechiae");
  assert_true (spots_window_go_forward (window));
  assert_string_equal (shown_id (window), "purpura");

  /* A new place drops what lay ahead. */
  assert_true (spots_window_show_article (window, "cherry-angioma", NULL));
  assert_false (spots_window_go_forward (window));
  assert_true (spots_window_go_back (window));
  assert_string_equal (shown_id (window), "purpura");

  /* The keyboard shortcut goes back too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  assert_string_equal (shown_id (window), "petechiae");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_headings_have_levels),
    cmocka_unit_test (test_every_block_type_rendered),
    cmocka_unit_test (test_links_are_followed),
    cmocka_unit_test (test_back_and_forward),
  };

  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  spots_core_init ();

  return cmocka_run_group_tests_name ("article-view", tests, NULL, NULL);
}
