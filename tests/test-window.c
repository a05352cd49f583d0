/* test-window.c: the reader window, as a reader uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real widgets under a display: search as you type, find in page,
 * bookmarks, text zoom that survives a restart, the comparison, folding,
 * printing to PDF, the menus and tooltips, and an accessible name on
 * every control.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <gtk/gtk.h>

#include "spots-application.h"
#include "spots-article-text.h"
#include "spots-article-view.h"
#include "spots-compare-view.h"
#include "spots-core.h"
#include "spots-home-page.h"
#include "spots-search-view.h"
#include "spots-style-manager.h"
#include "spots-test-util.h"
#include "spots-tooltip.h"
#include "spots-ui-test-util.h"
#include "spots-window.h"

typedef struct
{
  SpotsApplication *app;
  SpotsWindow *window;
} Fixture;

/* One application for the whole run (spots_ui_test_application()); a
 * fresh window, with fresh settings, for each test. */

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->app = spots_ui_test_application ();
  g_settings_reset (spots_application_get_settings (fixture->app), "bookmarks");
  g_settings_reset (spots_application_get_settings (fixture->app), "text-zoom");

  fixture->window = spots_window_new (fixture->app);
  gtk_window_present (GTK_WINDOW (fixture->window));
  spots_window_show_home (fixture->window);
  spots_ui_test_settle (GTK_WIDGET (fixture->window));

  *state = fixture;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_free (fixture);

  return 0;
}

static const char *
shown_article (Fixture *fixture)
{
  SpotsArticleView *view = spots_ui_test_find_one (GTK_WIDGET (fixture->window), SPOTS_TYPE_ARTICLE_VIEW);
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (view)));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "article") != 0)
    return NULL;

  return spots_article_get_id (spots_article_view_get_article (view));
}

static void
test_search_as_you_type (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkSearchEntry *entry = spots_ui_test_find_one (window, GTK_TYPE_SEARCH_ENTRY);
  SpotsSearchView *results = spots_ui_test_find_one (window, SPOTS_TYPE_SEARCH_VIEW);

  gtk_widget_activate_action (window, "win.search", NULL);
  spots_ui_test_settle (window);
  assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
               gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (entry))) ||
               gtk_widget_has_focus (gtk_widget_get_focus_child (GTK_WIDGET (entry))));

  /* Accents and case do not matter; the title match comes first. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "PÉTÉCHIAE");
  spots_ui_test_settle (window);
  assert_string_equal (gtk_window_get_title (GTK_WINDOW (window)), "Search Results – Skin Spots");
  assert_true (spots_search_view_get_n_results (results) >= 3);
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (results), "Petechiae"));

  /* Enter opens the best result. */
  g_signal_emit_by_name (entry, "activate");
  spots_ui_test_settle (window);
  assert_string_equal (shown_article (fixture), "petechiae");

  /* Back returns to the results once, not once per letter typed. */
  assert_true (spots_window_go_back (fixture->window));
  assert_string_equal (gtk_window_get_title (GTK_WINDOW (window)), "Search Results – Skin Spots");
  assert_true (spots_window_go_back (fixture->window));
  assert_string_equal (gtk_window_get_title (GTK_WINDOW (window)), "Skin Spots");
}

static void
test_search_nothing_found_offers_checklist (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  SpotsSearchView *results = spots_ui_test_find_one (window, SPOTS_TYPE_SEARCH_VIEW);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  gboolean offers_checklist = FALSE;

  spots_window_search (fixture->window, "zebra stripes");
  spots_ui_test_settle (window);

  assert_int_equal (spots_search_view_get_n_results (results), 0);
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (results), "No topics match “zebra stripes”"));
  spots_ui_test_collect (GTK_WIDGET (results), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                   "win.checklist") == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
      offers_checklist = TRUE;
  assert_true (offers_checklist);
}

static void
test_find_in_page (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  SpotsArticleView *view = spots_ui_test_find_one (window, SPOTS_TYPE_ARTICLE_VIEW);
  GtkLabel *status;
  guint n;

  spots_window_show_article (fixture->window, "petechiae", NULL);
  spots_ui_test_settle (window);

  /* Ctrl+F on an article finds in the article. */
  gtk_widget_activate_action (window, "win.find", NULL);
  spots_ui_test_settle (window);
  n = spots_article_view_find (view, "PLATELETS");
  spots_ui_test_settle (window);

  assert_true (n >= 2);
  status = spots_ui_test_find_label (GTK_WIDGET (view), " of ");
  assert_non_null (status);
  {
    g_autofree char *expected = g_strdup_printf ("1 of %u", n);

    assert_string_equal (gtk_label_get_text (status), expected);
  }

  spots_article_view_find_next (view, 1);
  assert_int_equal (spots_article_view_get_current_match (view), 1);
  spots_article_view_find_next (view, -1);
  spots_article_view_find_next (view, -1);
  assert_int_equal (spots_article_view_get_current_match (view), n - 1);

  assert_int_equal (spots_article_view_find (view, "no such words here"), 0);
  spots_ui_test_settle (window);
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (view), "No matches"));
}

static void
test_bookmarks (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GSettings *settings = spots_application_get_settings (fixture->app);
  g_auto(GStrv) after_two = NULL;
  g_auto(GStrv) after_removal = NULL;

  spots_window_show_article (fixture->window, "heat-rash", NULL);
  gtk_widget_activate_action (window, "win.bookmark", NULL);
  spots_window_show_article (fixture->window, "rosacea", NULL);
  gtk_widget_activate_action (window, "win.bookmark", NULL);

  /* Newest first, kept in the settings. */
  after_two = g_settings_get_strv (settings, "bookmarks");
  assert_int_equal (g_strv_length (after_two), 2);
  assert_string_equal (after_two[0], "rosacea");
  assert_string_equal (after_two[1], "heat-rash");

  /* Ctrl+D again removes it. */
  gtk_widget_activate_action (window, "win.bookmark", NULL);
  after_removal = g_settings_get_strv (settings, "bookmarks");
  assert_int_equal (g_strv_length (after_removal), 1);
  assert_string_equal (after_removal[0], "heat-rash");

  /* No article, nothing to bookmark. */
  spots_window_show_home (fixture->window);
  gtk_widget_activate_action (window, "win.bookmark", NULL);
  {
    g_auto(GStrv) unchanged = g_settings_get_strv (settings, "bookmarks");

    assert_int_equal (g_strv_length (unchanged), 1);
  }
}

static double
body_font_size (SpotsArticleView *view)
{
  GtkWidget *text = spots_ui_test_find_one (GTK_WIDGET (view), SPOTS_TYPE_ARTICLE_TEXT);
  PangoContext *context = gtk_widget_get_pango_context (text);
  PangoFontDescription *font = pango_context_get_font_description (context);

  return pango_font_description_get_size (font) / (double) PANGO_SCALE;
}

static void
test_zoom_survives_restart (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  SpotsArticleView *view = spots_ui_test_find_one (window, SPOTS_TYPE_ARTICLE_VIEW);
  GSettings *settings = spots_application_get_settings (fixture->app);
  double normal, larger;

  spots_window_show_article (fixture->window, "petechiae", NULL);
  spots_ui_test_settle (window);
  normal = body_font_size (view);

  gtk_widget_activate_action (window, "win.zoom-in", NULL);
  gtk_widget_activate_action (window, "win.zoom-in", NULL);
  spots_ui_test_settle (window);
  larger = body_font_size (view);

  assert_true (g_settings_get_double (settings, "text-zoom") > 1.2);
  assert_true (larger > normal * 1.2);

  /* A new window, as after a restart, reads the same setting. */
  {
    SpotsWindow *second = spots_window_new (fixture->app);
    SpotsArticleView *second_view = spots_ui_test_find_one (GTK_WIDGET (second), SPOTS_TYPE_ARTICLE_VIEW);

    gtk_window_present (GTK_WINDOW (second));
    spots_window_show_article (second, "petechiae", NULL);
    spots_ui_test_settle (GTK_WIDGET (second));
    assert_true (fabs (body_font_size (second_view) - larger) < 0.01);
    gtk_window_destroy (GTK_WINDOW (second));
  }

  gtk_widget_activate_action (window, "win.zoom-reset", NULL);
  spots_ui_test_settle (window);
  assert_true (fabs (g_settings_get_double (settings, "text-zoom") - 1.0) < 0.001);
  assert_true (fabs (body_font_size (view) - normal) < 0.01);

  gtk_widget_activate_action (window, "win.zoom-out", NULL);
  assert_true (g_settings_get_double (settings, "text-zoom") < 1.0);
}

static void
test_compare_conditions (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  SpotsCompareView *compare;
  const char *five[] = { "heat-rash", "cherry-angioma", "petechiae", "rosacea", "purpura", NULL };
  g_auto(GStrv) selected = NULL;

  /* From a condition's page, that condition is already chosen (the
   * comparison is made when it is first shown). */
  spots_window_show_article (fixture->window, "heat-rash", NULL);
  gtk_widget_activate_action (window, "win.compare", NULL);
  spots_ui_test_settle (window);
  compare = spots_ui_test_find_one (window, SPOTS_TYPE_COMPARE_VIEW);
  selected = spots_compare_view_get_selected (compare);
  assert_int_equal (g_strv_length (selected), 1);
  assert_string_equal (selected[0], "heat-rash");
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (compare), "Choose at least two conditions."));

  /* At most four, side by side, each fact in words. */
  spots_compare_view_set_selected (compare, five);
  spots_ui_test_settle (window);
  g_strfreev (selected);
  selected = spots_compare_view_get_selected (compare);
  assert_int_equal (g_strv_length (selected), 4);
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (compare), "1 to 5 mm"));
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (compare), "Under 2 mm each"));
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (compare), "Fades when pressed?"));
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (compare), "Comparing 4 conditions."));

  /* Each column heading leads to its article. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *heading = NULL;

    spots_ui_test_collect (GTK_WIDGET (compare), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len && heading == NULL; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "compare-column-header"))
        heading = g_ptr_array_index (buttons, i);

    assert_non_null (heading);
    gtk_widget_activate (heading);
    spots_ui_test_settle (window);
    assert_string_equal (shown_article (fixture), "heat-rash");
  }

  /* Back brings the same four back. */
  spots_window_go_back (fixture->window);
  spots_ui_test_settle (window);
  g_strfreev (selected);
  selected = spots_compare_view_get_selected (compare);
  assert_int_equal (g_strv_length (selected), 4);
}

static void
test_sidebar_folds_when_narrow (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *sidebar = GTK_WIDGET (spots_ui_test_find_one (window, g_type_from_name ("SpotsSidebar")));

  assert_false (spots_window_get_folded (fixture->window));
  assert_true (gtk_widget_get_visible (sidebar));

  gtk_window_set_default_size (GTK_WINDOW (window), 420, 700);
  for (int i = 0; i < 50 && !spots_window_get_folded (fixture->window); i++)
    spots_ui_test_settle (window);
  assert_true (spots_window_get_folded (fixture->window));
  assert_false (gtk_widget_get_visible (sidebar));

  /* F9 brings the topics back, over the page; choosing one leaves them. */
  gtk_widget_activate_action (window, "win.toggle-sidebar", NULL);
  assert_true (gtk_widget_get_visible (sidebar));
  spots_window_show_article (fixture->window, "rosacea", NULL);
  assert_false (gtk_widget_get_visible (sidebar));

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  for (int i = 0; i < 50 && spots_window_get_folded (fixture->window); i++)
    spots_ui_test_settle (window);
  assert_false (spots_window_get_folded (fixture->window));
  assert_true (gtk_widget_get_visible (sidebar));
}

/* The widest minimum below @widget, for a message that says what to fix. */
static void
report_widest (GtkWidget *widget,
               int        limit,
               int        depth)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > limit)
        {
          print_message ("# %*s%s (%s) needs %d px\n", depth * 2, "",
                         G_OBJECT_TYPE_NAME (child), gtk_widget_get_name (child), minimum);
          report_widest (child, limit, depth + 1);
        }
    }
}

static void
assert_fits (GtkWidget  *window,
             int         width,
             const char *page)
{
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  int minimum, titlebar_minimum;

  spots_ui_test_settle (window);
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  gtk_widget_measure (titlebar, GTK_ORIENTATION_HORIZONTAL, -1, &titlebar_minimum, NULL, NULL,
                      NULL);
  if (MAX (minimum, titlebar_minimum) > width)
    {
      print_message ("# the %s page needs %d px (header bar %d px)\n", page, minimum,
                     titlebar_minimum);
      report_widest (content, width, 1);
      report_widest (titlebar, width, 1);
    }
  assert_true (minimum <= width);
  assert_true (titlebar_minimum <= width);
}

/* The metainfo promises a 360 px display (GNOME's phone width): every page
 * must fit it. */
static void
test_every_page_fits_360_px (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const char *compared[] = { "petechiae", "cherry-angioma", "heat-rash", NULL };

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  for (int i = 0; i < 50 && !spots_window_get_folded (fixture->window); i++)
    spots_ui_test_settle (window);

  assert_fits (window, 360, "home");
  {
    /* In a narrow window the two ways in stand one above the other. */
    GtkLabel *worried = spots_ui_test_find_label (window, "Worried right now?");
    GtkLabel *browse = spots_ui_test_find_label (window, "Browse the topics");
    graphene_rect_t first, second;

    for (int i = 0; i < 10; i++)
      spots_ui_test_settle (window);
    assert_true (gtk_widget_compute_bounds (GTK_WIDGET (worried), window, &first));
    assert_true (gtk_widget_compute_bounds (GTK_WIDGET (browse), window, &second));
    assert_true (second.origin.y > first.origin.y + first.size.height);
    assert_true (second.origin.x < first.origin.x + 40);
  }
  spots_window_show_article (fixture->window, "meningitis-and-sepsis", NULL);
  assert_fits (window, 360, "article");
  spots_window_search (fixture->window, "rash");
  assert_fits (window, 360, "search");
  spots_window_compare (fixture->window, compared);
  assert_fits (window, 360, "compare");
  spots_window_show_checklist (fixture->window);
  assert_fits (window, 360, "checklist");
  gtk_widget_activate_action (window, "win.toggle-sidebar", NULL);
  assert_fits (window, 360, "topics");
}

static void
test_narrow_window_starts_folded (void **state)
{
  Fixture *fixture = *state;
  GSettings *settings = spots_application_get_settings (fixture->app);
  SpotsWindow *narrow;

  g_settings_set_int (settings, "window-width", 380);
  narrow = spots_window_new (fixture->app);
  gtk_window_present (GTK_WINDOW (narrow));
  spots_window_show_checklist (narrow);
  spots_ui_test_settle (GTK_WIDGET (narrow));

  /* As narrow as it was left, even on the checklist with its rows of
   * buttons: nothing forces it back to the width of sidebar and page. */
  assert_true (spots_window_get_folded (narrow));
  assert_true (gtk_widget_get_width (GTK_WIDGET (narrow)) <= 420);

  /* The home page, its headings and both ways in, fits as well. */
  spots_window_show_home (narrow);
  spots_ui_test_settle (GTK_WIDGET (narrow));
  assert_true (gtk_widget_get_width (GTK_WIDGET (narrow)) <= 420);

  gtk_window_destroy (GTK_WINDOW (narrow));
  g_settings_reset (settings, "window-width");
}

static void
test_export_pdf (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *dir = spots_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "article.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  spots_window_show_article (fixture->window, "rosacea", NULL);
  assert_true (spots_window_export_pdf (fixture->window, path, &error));
  g_assert_no_error (error);

  assert_true (g_file_get_contents (path, &contents, &length, NULL));
  assert_true (length > 2000);
  assert_memory_equal (contents, "%PDF", 4);
  spots_test_remove_dir (dir);

  /* Nothing to print on the home page. */
  spots_window_show_home (fixture->window);
  assert_false (spots_window_export_pdf (fixture->window, path, NULL));
}

static void
test_style_choice (void **state)
{
  Fixture *fixture = *state;
  GSettings *settings = spots_application_get_settings (fixture->app);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "style",
                                  g_variant_new_string ("dark"));
  assert_true (spots_style_manager_gtk_is_dark ());
  assert_int_equal (g_settings_get_enum (settings, "style"), 2);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "style",
                                  g_variant_new_string ("light"));
  assert_false (spots_style_manager_gtk_is_dark ());

  /* Following the system: no desktop preference here, so light. */
  g_settings_reset (settings, "style");
  assert_false (spots_style_manager_gtk_is_dark ());
}

static void
test_shortcuts_and_about (void **state)
{
  Fixture *fixture = *state;
  GtkWindow *overlay;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkAboutDialog *about = NULL;

  /* GTK 4.18 deprecates its shortcuts window (see add_help_overlay() in
   * spots-window.c). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (
    GTK_APPLICATION_WINDOW (fixture->window)));
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* The shortcuts window exists, and is reached with Ctrl+?. */
  assert_non_null (overlay);
  {
    g_auto(GStrv) accels =
      gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                             "win.show-help-overlay");

    guint key = 0;
    GdkModifierType mods = 0;

    assert_non_null (accels[0]);
    gtk_accelerator_parse (accels[0], &key, &mods);
    assert_int_equal (key, GDK_KEY_question);
    assert_true (mods & GDK_CONTROL_MASK);
  }

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  spots_ui_test_settle (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_ABOUT_DIALOG (toplevel))
        about = GTK_ABOUT_DIALOG (toplevel);
    }

  assert_non_null (about);
  assert_string_equal (gtk_about_dialog_get_version (about), PACKAGE_VERSION);
  assert_int_equal (gtk_about_dialog_get_license_type (about), GTK_LICENSE_GPL_3_0);
  assert_contains (gtk_about_dialog_get_comments (about), "information, not a diagnosis");
  gtk_window_destroy (GTK_WINDOW (about));
}

/* The menus are made when they first open, and the tooltips when they are
 * first shown (both for speed): neither may go missing. */
static void
test_menus_and_tooltips (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkMenuButton *main_menu = spots_ui_test_find_menu_button (window, TRUE);
  GtkMenuButton *bookmarks = spots_ui_test_find_menu_button (window, FALSE);
  SpotsLibrary *library = spots_application_get_library (fixture->app);
  SpotsArticle *petechiae = spots_library_lookup (library, "petechiae");
  GtkLabel *topic_label =
    spots_ui_test_find_label (spots_ui_test_find_one (window, SPOTS_TYPE_HOME_PAGE),
                              spots_article_get_title (petechiae));
  GtkWidget *topic = topic_label != NULL ? gtk_widget_get_ancestor (GTK_WIDGET (topic_label),
                                                                    GTK_TYPE_BUTTON)
                                         : NULL;

  assert_non_null (main_menu);
  assert_non_null (bookmarks);

  /* The main menu opens (as it does on F10), with its items. */
  gtk_menu_button_popup (main_menu);
  spots_ui_test_settle (window);
  assert_non_null (gtk_menu_button_get_popover (main_menu));
  assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (main_menu))));
  assert_true (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (main_menu)) > 0);
  assert_non_null (spots_ui_test_find_label (GTK_WIDGET (gtk_menu_button_get_popover (main_menu)),
                                             "Keyboard Shortcuts"));
  /* Without content problems, the menu does not offer them. */
  assert_null (spots_ui_test_find_label (GTK_WIDGET (gtk_menu_button_get_popover (main_menu)),
                                         "Content Problems"));
  gtk_menu_button_popdown (main_menu);

  /* The bookmarks menu lists what was kept. */
  spots_window_show_article (fixture->window, "heat-rash", NULL);
  gtk_widget_activate_action (window, "win.bookmark", NULL);
  gtk_widget_activate_action (window, "win.show-bookmarks", NULL);
  spots_ui_test_settle (window);
  assert_non_null (gtk_menu_button_get_popover (bookmarks));
  assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (bookmarks))));
  {
    GMenuModel *model = gtk_menu_button_get_menu_model (bookmarks);
    g_autofree char *label = NULL;

    assert_non_null (model);
    assert_true (g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    assert_string_equal (label, spots_article_get_title (spots_library_lookup (library, "heat-rash")));
  }
  gtk_menu_button_popdown (bookmarks);

  /* The star's tooltip says what pressing it does now. */
  {
    g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
    const char *tooltip = NULL;

    spots_ui_test_collect (window, GTK_TYPE_TOGGLE_BUTTON, toggles);
    for (guint i = 0; i < toggles->len; i++)
      if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (toggles, i)),
                     "win.bookmark") == 0)
        tooltip = spots_tooltip_get_text (g_ptr_array_index (toggles, i));
    assert_string_equal (tooltip, "Remove Bookmark (Ctrl+D)");
  }

  /* A topic on the home page shows the article's summary as its tooltip. */
  spots_window_show_home (fixture->window);
  spots_ui_test_settle (window);
  assert_non_null (topic);
  assert_true (gtk_widget_get_has_tooltip (topic));
  assert_string_equal (spots_tooltip_get_text (topic), spots_article_get_summary (petechiae));
}

/* Every control a reader can reach has a name a screen reader can say. */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
      gtk_button_get_label (GTK_BUTTON (widget))[0] != '\0')
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)))
    return TRUE;

  return FALSE;
}

static void
assert_controls_named (GtkWidget *root)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  GType controls[] = { GTK_TYPE_BUTTON, GTK_TYPE_MENU_BUTTON, GTK_TYPE_CHECK_BUTTON,
                       GTK_TYPE_SEARCH_ENTRY, GTK_TYPE_ENTRY, GTK_TYPE_DROP_DOWN };

  spots_ui_test_collect (root, G_TYPE_OBJECT, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      GtkWidget *parent = gtk_widget_get_parent (widget);
      gboolean is_control = FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (controls); c++)
        if (G_TYPE_CHECK_INSTANCE_TYPE (widget, controls[c]))
          is_control = TRUE;

      /* The button inside a menu button is named by the menu button; a
       * hidden widget (GtkSearchBar's unused close button) is unreachable. */
      if (!is_control || GTK_IS_MENU_BUTTON (parent) || !gtk_widget_get_visible (widget))
        continue;

      if (!has_accessible_name (widget))
        fail_msg ("a %s in a %s (tooltip: %s) has no accessible name",
                  G_OBJECT_TYPE_NAME (widget), G_OBJECT_TYPE_NAME (parent),
                  gtk_widget_get_tooltip_text (widget) ? gtk_widget_get_tooltip_text (widget)
                                                       : "none");
    }
}

static void
test_every_control_has_a_name (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const char *two[] = { "heat-rash", "rosacea", NULL };

  assert_controls_named (window);

  spots_window_show_article (fixture->window, "when-to-seek-care", NULL);
  spots_ui_test_settle (window);
  assert_controls_named (window);

  spots_window_compare (fixture->window, two);
  spots_ui_test_settle (window);
  assert_controls_named (window);

  spots_window_search (fixture->window, "rash");
  spots_ui_test_settle (window);
  assert_controls_named (window);

  spots_window_show_checklist (fixture->window);
  spots_ui_test_settle (window);
  assert_controls_named (window);
}

/* A size saved on a larger screen (or edited by hand) opens a window that
 * fits this one, and the setting is put right. */
static void
test_oversized_window_fits_screen (void **state)
{
  Fixture *fixture = *state;
  GSettings *settings = spots_application_get_settings (fixture->app);
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle screen;
  SpotsWindow *window;
  int width, height;

  gdk_monitor_get_geometry (monitor, &screen);
  g_settings_set_int (settings, "window-width", 100000);
  g_settings_set_int (settings, "window-height", 50000);

  window = spots_window_new (fixture->app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  assert_true (width <= screen.width && width >= 360);
  assert_true (height <= screen.height && height >= 300);
  assert_int_equal (g_settings_get_int (settings, "window-width"), width);
  assert_int_equal (g_settings_get_int (settings, "window-height"), height);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* The toggle button bound to @action, wherever the header bar holds it. */
static GtkToggleButton *
find_toggle_for (GtkWidget  *window,
                 const char *action)
{
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();

  spots_ui_test_collect (window, GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (toggles, i)), action) == 0)
      return g_ptr_array_index (toggles, i);

  fail_msg ("no toggle button for %s", action);
  return NULL;
}

/* The star and the sidebar button are stateful actions: whatever changes
 * the state (a key, the menu, the setting), the button shows it. */
static void
test_buttons_follow_their_actions (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GSettings *settings = spots_application_get_settings (fixture->app);
  GtkToggleButton *star = find_toggle_for (window, "win.bookmark");
  GtkToggleButton *sidebar_button = find_toggle_for (window, "win.toggle-sidebar");
  GtkWidget *sidebar = spots_ui_test_find_one (window, g_type_from_name ("SpotsSidebar"));
  const char *heat_rash[] = { "heat-rash", NULL };
  gboolean bookmarked;

  spots_window_show_article (fixture->window, "rosacea", NULL);
  assert_false (gtk_toggle_button_get_active (star));
  gtk_widget_activate_action (window, "win.bookmark", NULL);
  assert_true (gtk_toggle_button_get_active (star));
  assert_string_equal (gtk_button_get_icon_name (GTK_BUTTON (star)), "starred-symbolic");
  g_object_get (window, "bookmarked", &bookmarked, NULL);
  assert_true (bookmarked);

  /* Another page, not bookmarked: the star lets go by itself. */
  spots_window_show_article (fixture->window, "heat-rash", NULL);
  assert_false (gtk_toggle_button_get_active (star));
  /* A bookmark made elsewhere (another window) shows at once. */
  g_settings_set_strv (settings, "bookmarks", heat_rash);
  assert_true (gtk_toggle_button_get_active (star));
  /* Pressing the star removes it. */
  g_signal_emit_by_name (star, "clicked");
  {
    g_auto(GStrv) left = g_settings_get_strv (settings, "bookmarks");

    assert_int_equal (g_strv_length (left), 0);
  }
  assert_false (gtk_toggle_button_get_active (star));

  /* F9 hides the topics, and the button is up. */
  assert_true (gtk_toggle_button_get_active (sidebar_button));
  gtk_widget_activate_action (window, "win.toggle-sidebar", NULL);
  assert_false (gtk_toggle_button_get_active (sidebar_button));
  assert_false (gtk_widget_get_visible (sidebar));
  g_signal_emit_by_name (sidebar_button, "clicked");
  assert_true (gtk_toggle_button_get_active (sidebar_button));
  assert_true (gtk_widget_get_visible (sidebar));
}

/* Size, sidebar and the last article are written when the window closes,
 * and only then. */
static void
test_state_saved_on_close (void **state)
{
  Fixture *fixture = *state;
  GSettings *settings = spots_application_get_settings (fixture->app);
  SpotsWindow *window = spots_window_new (fixture->app);
  g_autofree char *last_article = NULL;

  gtk_window_present (GTK_WINDOW (window));
  spots_ui_test_settle (GTK_WIDGET (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 840, 610);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  spots_window_show_article (window, "cherry-angioma", NULL);
  spots_ui_test_settle (GTK_WIDGET (window));

  /* Not yet: nothing is written while the reader works. */
  assert_int_not_equal (g_settings_get_int (settings, "window-width"), 840);
  assert_true (g_settings_get_boolean (settings, "sidebar-visible"));

  gtk_window_close (GTK_WINDOW (window));
  assert_int_equal (g_settings_get_int (settings, "window-width"), 840);
  assert_int_equal (g_settings_get_int (settings, "window-height"), 610);
  assert_false (g_settings_get_boolean (settings, "window-maximized"));
  assert_false (g_settings_get_boolean (settings, "sidebar-visible"));
  last_article = g_settings_get_string (settings, "last-article");
  assert_string_equal (last_article, "cherry-angioma");

  /* The next window starts as this one was left. */
  window = spots_window_new (fixture->app);
  {
    int width, height;
    gboolean sidebar_shown;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_object_get (window, "sidebar-shown", &sidebar_shown, NULL);
    assert_int_equal (width, 840);
    assert_int_equal (height, 610);
    assert_false (sidebar_shown);
    assert_true (spots_window_show_last_article (window));
  }
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "sidebar-visible");
  g_settings_reset (settings, "last-article");
}

static GtkLabel *
shown_error (SpotsWindow *window)
{
  g_autoptr(GPtrArray) revealers = g_ptr_array_new ();
  GtkRevealer *revealer = NULL;

  spots_ui_test_collect (GTK_WIDGET (window), GTK_TYPE_REVEALER, revealers);
  for (guint i = 0; i < revealers->len; i++)
    if (gtk_widget_has_css_class (gtk_revealer_get_child (g_ptr_array_index (revealers, i)),
                                  "error-banner"))
      revealer = g_ptr_array_index (revealers, i);
  assert_non_null (revealer);
  if (!gtk_revealer_get_reveal_child (revealer))
    return NULL;

  return spots_ui_test_find_one (gtk_revealer_get_child (revealer), GTK_TYPE_LABEL);
}

/* A PDF that cannot be written says so in the window, with the file and
 * the reason, as an alert a screen reader speaks; Dismiss hides it. */
static void
test_failed_export_is_said_in_window (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *dir = spots_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "rosacea.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GtkLabel *label;
  GtkWidget *banner;

  assert_null (shown_error (fixture->window));
  spots_window_show_article (fixture->window, "rosacea", NULL);
  assert_false (spots_window_export_pdf (fixture->window, path, &error));
  /* The reason is the system's, not the PDF writer's "error while
   * writing to output stream". */
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));

  label = shown_error (fixture->window);
  assert_non_null (label);
  assert_non_null (strstr (gtk_label_get_text (label), "rosacea.pdf"));
  assert_non_null (strstr (gtk_label_get_text (label), error->message));
  banner = gtk_widget_get_parent (GTK_WIDGET (label));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (banner), GTK_ACCESSIBLE_ROLE_ALERT);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.dismiss-error", NULL);
  assert_null (shown_error (fixture->window));

  /* A save that works clears an old failure. */
  spots_window_export_pdf (fixture->window, path, NULL);
  assert_non_null (shown_error (fixture->window));
  g_free (path);
  path = g_build_filename (dir, "rosacea.pdf", NULL);
  assert_true (spots_window_export_pdf (fixture->window, path, NULL));
  assert_null (shown_error (fixture->window));
  spots_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_search_as_you_type, setup, teardown),
    cmocka_unit_test_setup_teardown (test_search_nothing_found_offers_checklist, setup, teardown),
    cmocka_unit_test_setup_teardown (test_find_in_page, setup, teardown),
    cmocka_unit_test_setup_teardown (test_bookmarks, setup, teardown),
    cmocka_unit_test_setup_teardown (test_zoom_survives_restart, setup, teardown),
    cmocka_unit_test_setup_teardown (test_compare_conditions, setup, teardown),
    cmocka_unit_test_setup_teardown (test_sidebar_folds_when_narrow, setup, teardown),
    cmocka_unit_test_setup_teardown (test_narrow_window_starts_folded, setup, teardown),
    cmocka_unit_test_setup_teardown (test_every_page_fits_360_px, setup, teardown),
    cmocka_unit_test_setup_teardown (test_export_pdf, setup, teardown),
    cmocka_unit_test_setup_teardown (test_every_control_has_a_name, setup, teardown),
    cmocka_unit_test_setup_teardown (test_style_choice, setup, teardown),
    cmocka_unit_test_setup_teardown (test_shortcuts_and_about, setup, teardown),
    cmocka_unit_test_setup_teardown (test_menus_and_tooltips, setup, teardown),
    cmocka_unit_test_setup_teardown (test_oversized_window_fits_screen, setup, teardown),
    cmocka_unit_test_setup_teardown (test_buttons_follow_their_actions, setup, teardown),
    cmocka_unit_test_setup_teardown (test_state_saved_on_close, setup, teardown),
    cmocka_unit_test_setup_teardown (test_failed_export_is_said_in_window, setup, teardown),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_ui_test_init ();
  spots_core_init ();

  return cmocka_run_group_tests_name ("window", tests, spots_ui_test_setup_application,
                                     spots_ui_test_teardown_application);
}
