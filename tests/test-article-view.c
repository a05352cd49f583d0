/* test-article-view.c: articles as widgets, and moving between them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs real GTK widgets on a (virtual) display. Checks what a reader, or a
 * screen reader, gets: headings with levels, one read-only text with its
 * styles and links, callouts named in words, pictures with alternative
 * text, links that Tab reaches and Enter follows, and Back/Forward that
 * retrace the reader's steps.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <gtk/gtk.h>

#include "spots-application.h"
#include "spots-article-text.h"
#include "spots-article-view.h"
#include "spots-core.h"
#include "spots-markup.h"
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

/* The tag called NAME covers the first occurrence of WORDS in TEXT's
 * buffer. */
static gboolean
words_have_tag (SpotsArticleText *text,
                const char       *words,
                const char       *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  assert_true (gtk_text_iter_forward_search (&start, words, 0, &match_start, &match_end, NULL));

  return gtk_text_iter_has_tag (&match_start, tag);
}

/* The address of the link over the first occurrence of WORDS, or NULL. */
static const char *
link_over (SpotsArticleText *text,
           const char       *words)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text));
  GtkTextIter start, match_start, match_end;
  g_autoptr(GSList) tags = NULL;

  gtk_text_buffer_get_start_iter (buffer, &start);
  assert_true (gtk_text_iter_forward_search (&start, words, 0, &match_start, &match_end, NULL));
  tags = gtk_text_iter_get_tags (&match_start);
  for (GSList *l = tags; l != NULL; l = l->next)
    if (g_object_get_data (l->data, "uri") != NULL)
      return g_object_get_data (l->data, "uri");

  return NULL;
}

static void
test_every_block_type_rendered (void **state)
{
  g_autoptr(SpotsLibrary) library = load_golden ();
  GtkWidget *view = spots_article_view_new ();
  GtkWidget *window = show_in_window (view);
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  g_autoptr(GPtrArray) images = g_ptr_array_new ();
  SpotsArticleText *text;
  g_autofree char *all = NULL;

  spots_article_view_set_article (SPOTS_ARTICLE_VIEW (view), library,
                                  spots_library_lookup (library, "every-block"));
  gtk_test_widget_wait_for_draw (window);
  text = spots_ui_test_find_one (view, SPOTS_TYPE_ARTICLE_TEXT);
  all = spots_article_text_dup_text (text);

  /* The running text is one read-only text view that Orca reads as one
   * document, with emphasis, strong words and links as text styles. */
  gtk_test_accessible_assert_role (text, GTK_ACCESSIBLE_ROLE_TEXT_BOX);
  gtk_test_accessible_assert_property (text, GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE);
  assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (text)));
  assert_non_null (strstr (all, "Plain words, emphasis, strong words, a link, a link to a section "
                                "and an outside link."));
  assert_true (words_have_tag (text, "emphasis", "emphasis"));
  assert_true (words_have_tag (text, "strong words", "strong"));
  assert_false (words_have_tag (text, "Plain words", "strong"));
  assert_string_equal (link_over (text, "link,"), "spots:minimal");
  assert_string_equal (link_over (text, "link to a section"), "spots:every-block#lists");
  assert_string_equal (link_over (text, "outside link"), "https://example.org/page");
  assert_null (link_over (text, "Plain words"));
  {
    /* Links are underlined and coloured once the view is drawn. */
    GtkTextTag *link = gtk_text_tag_table_lookup (
      gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text))), "link");
    gboolean coloured = FALSE;
    int underline = PANGO_UNDERLINE_NONE;

    g_object_get (link, "foreground-set", &coloured, "underline", &underline, NULL);
    assert_true (coloured);
    assert_int_equal (underline, PANGO_UNDERLINE_SINGLE);
  }
  assert_non_null (strstr (all, "Special characters & <escapes> stay as text: é."));

  /* Lists keep their bullets and numbers in the text, one line per item. */
  assert_non_null (strstr (all, "•\tFirst bullet\n•\tSecond bullet with emphasis\n"));
  assert_non_null (strstr (all, "1.\tDo this.\n2.\tThen that.\n"));
  assert_true (words_have_tag (text, "First bullet", "list-item"));

  /* Callouts say their kind in words, not by colour alone, and their icon
   * is named the same. */
  assert_non_null (strstr (all, "Emergency: Call for help\nEmergency text.\n•\tA listed sign"));
  assert_non_null (strstr (all, "When to get help\nGet help text."));
  assert_non_null (strstr (all, "Warning\nWarning text."));
  assert_non_null (strstr (all, "Note: A note\n1.\tA step in a note"));
  assert_true (words_have_tag (text, "Emergency text.", "callout-emergency"));
  assert_true (words_have_tag (text, "A step in a note", "callout-note"));
  spots_ui_test_collect (GTK_WIDGET (text), GTK_TYPE_IMAGE, images);
  assert_int_equal (images->len, 4);
  gtk_test_accessible_assert_property (g_ptr_array_index (images, 0),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Emergency");

  /* The figure, with its alternative text, then its caption. */
  spots_ui_test_collect (view, GTK_TYPE_PICTURE, pictures);
  assert_int_equal (pictures->len, 1);
  assert_string_equal (gtk_picture_get_alternative_text (g_ptr_array_index (pictures, 0)),
                       "A red dot on a pale square.");
  assert_non_null (gtk_picture_get_paintable (g_ptr_array_index (pictures, 0)));
  assert_true (words_have_tag (text, "A caption.", "caption"));

  /* Compare facts, related articles, references with their links. */
  assert_non_null (spots_ui_test_find_label (view, "At a glance"));
  assert_non_null (spots_ui_test_find_label (view, "No (Stays under a glass)"));
  assert_non_null (spots_ui_test_find_label (view, "Legs and arms"));
  assert_non_null (spots_ui_test_find_label (view, "Related articles"));
  assert_non_null (strstr (all, "1. Joost S, Bonesteel T"));
  assert_string_equal (link_over (text, "https://pubmed.ncbi.nlm.nih.gov/31332958/"),
                       "https://pubmed.ncbi.nlm.nih.gov/31332958/");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
record_link (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       followed)
{
  g_ptr_array_add (followed, g_variant_dup_string (parameter, NULL));
}

/* Stands in for the window: every view asks it to follow a link with
 * win.open-link. */
static void
record_links (GtkWidget *view,
              GPtrArray *followed)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) open_link = g_simple_action_new ("open-link", G_VARIANT_TYPE_STRING);

  g_signal_connect (open_link, "activate", G_CALLBACK (record_link), followed);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open_link));
  gtk_widget_insert_action_group (view, "win", G_ACTION_GROUP (group));
}

/* What Tab and Enter do, in reading order: each link in the text is
 * selected in turn, Enter follows the selected one, and the buttons below
 * the text (related articles) come after the links above them. */
static GtkWidget *
focused_button (GtkWidget *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (!GTK_IS_BUTTON (focus))
    focus = gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON);
  assert_non_null (focus);

  return focus;
}

static const char *
focused_uri (GtkWidget *window)
{
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focused_button (window)));

  assert_string_equal (gtk_actionable_get_action_name (GTK_ACTIONABLE (focused_button (window))),
                       "win.open-link");
  return g_variant_get_string (target, NULL);
}

static const char *
focused_button_label (GtkWidget *window)
{
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (focused_button (window)));

  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_links_are_followed (void **state)
{
  g_autoptr(SpotsLibrary) library = load_golden ();
  g_autoptr(GPtrArray) followed = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *view = spots_article_view_new ();
  GtkWidget *window = show_in_window (view);
  SpotsArticleText *text;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;

  record_links (view, followed);
  spots_article_view_set_article (SPOTS_ARTICLE_VIEW (view), library,
                                  spots_library_lookup (library, "every-block"));
  gtk_test_widget_wait_for_draw (window);
  text = spots_ui_test_find_one (view, SPOTS_TYPE_ARTICLE_TEXT);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text));

  /* Nothing to follow where there is no link. */
  assert_false (spots_article_text_follow_link_at_cursor (text));

  assert_true (spots_article_text_move_focus (text, TRUE));
  assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  assert_string_equal (selected, "link");
  assert_true (spots_article_text_follow_link_at_cursor (text));

  assert_true (spots_article_text_move_focus (text, TRUE));
  assert_true (spots_article_text_follow_link_at_cursor (text));
  assert_true (spots_article_text_move_focus (text, FALSE));
  assert_true (spots_article_text_follow_link_at_cursor (text));

  assert_int_equal (followed->len, 3);
  assert_string_equal (g_ptr_array_index (followed, 0), "spots:minimal");
  assert_string_equal (g_ptr_array_index (followed, 1), "spots:every-block#lists");
  assert_string_equal (g_ptr_array_index (followed, 2), "spots:minimal");

  /* Past the outside link come the buttons into the checklist that end
   * the two callouts that give a tier, then the related article's button. */
  for (guint i = 0; i < 3; i++)
    assert_true (spots_article_text_move_focus (text, TRUE));
  assert_string_equal (focused_uri (window), SPOTS_CHECKLIST_URI);
  assert_string_equal (focused_button_label (window), "Open the Red-Flag Checklist");
  assert_true (spots_article_text_move_focus (text, TRUE));
  assert_string_equal (focused_uri (window), SPOTS_CHECKLIST_URI);
  assert_true (spots_article_text_move_focus (text, TRUE));
  assert_string_equal (focused_uri (window), "spots:minimal");

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

static void
on_library_changed (SpotsApplication *app,
                    gboolean         *changed)
{
  *changed = TRUE;
}

/* Content from --content-dir arrives after the window: the built-in
 * articles first, then the rest, swapped in without a restart, with the
 * page shown again from the new content. */
static void
test_more_content_arrives_later (void **state)
{
  g_autofree char *golden = g_build_filename (spots_test_source_dir (), "tests", "content",
                                              "golden", NULL);
  char *content_dirs[] = { golden, NULL };
  SpotsCommandLine command_line = { 0 };
  g_autoptr(SpotsApplication) app = NULL;
  SpotsWindow *window;
  gboolean changed = FALSE;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  command_line.content_dirs = content_dirs;
  app = spots_application_new (&command_line);
  g_signal_connect (app, "library-changed", G_CALLBACK (on_library_changed), &changed);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  /* An id of its own: the earlier test's application is still exported on
   * this bus connection. */
  g_application_set_application_id (G_APPLICATION (app), APPLICATION_ID ".LaterContent");
  assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = spots_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  assert_true (spots_window_show_article (window, "petechiae", NULL));

  while (!changed && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  assert_true (changed);

  /* The page shown is the new library's, and the new articles open. */
  assert_ptr_equal (spots_article_view_get_article (
                      spots_ui_test_find_one (GTK_WIDGET (window), SPOTS_TYPE_ARTICLE_VIEW)),
                    spots_library_lookup (spots_application_get_library (app), "petechiae"));
  assert_true (spots_window_show_article (window, "every-block", NULL));
  {
    g_autoptr(GListModel) results =
      spots_search_index_query (spots_application_get_search_index (app), "subsection");

    g_autoptr(SpotsSearchResult) first = NULL;

    /* No built-in article says "subsection": this is the new index. */
    assert_int_equal (g_list_model_get_n_items (results), 1);
    first = g_list_model_get_item (results, 0);
    assert_string_equal (spots_article_get_id (spots_search_result_get_article (first)),
                         "every-block");
  }

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
    cmocka_unit_test (test_more_content_arrives_later),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_ui_test_init ();
  spots_core_init ();

  return cmocka_run_group_tests_name ("article-view", tests, NULL, NULL);
}
