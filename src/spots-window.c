/* spots-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Navigation theory. The window shows one place at a time: the home page,
 * an article (optionally scrolled to a section), the search results for a
 * query, or the comparison of look-alikes. Places live in a history list
 * with a cursor: going somewhere new drops whatever lay ahead of the cursor
 * and appends the new place; Back and Forward only move the cursor. Every
 * route in (sidebar, links, buttons, the command line, the running
 * instance's app.show-article) goes through show_place(), so Back always
 * undoes the last move, whatever made it. Typing a search replaces the
 * current search place rather than piling up one place per keystroke.
 *
 * Folding. Below FOLD_WIDTH the sidebar and the page no longer fit side by
 * side: the window shows one or the other, and the sidebar button switches.
 *
 * Keys (also in the shortcuts window, ui/help-overlay.ui):
 *   Ctrl+K           search all topics
 *   Ctrl+F           find in the article shown; anywhere else, search topics
 *   typing           in the sidebar, starts a topic search
 *   Down / Enter     in the search entry: into the results / open the first
 *   Alt+Left/Right   back and forward (also the mouse's side buttons)
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-article-print.h"
#include "spots-article-view.h"
#include "spots-checklist-view.h"
#include "spots-compare-view.h"
#include "spots-gtk-version.h"
#include "spots-home-page.h"
#include "spots-markup.h"
#include "spots-problems-view.h"
#include "spots-search-view.h"
#include "spots-settings-repair.h"
#include "spots-sidebar.h"
#include "spots-tooltip.h"
#include "spots-window.h"

#define FOLD_WIDTH 600

typedef enum
{
  PLACE_HOME,
  PLACE_ARTICLE,
  PLACE_SEARCH,
  PLACE_COMPARE,
  PLACE_CHECKLIST,
  PLACE_PROBLEMS,
} PlaceKind;

typedef struct
{
  PlaceKind kind;
  char *id;        /* article id, or the search query */
  char *section;
  GStrv compared;  /* article ids in the comparison */
} Place;

struct _SpotsWindow
{
  GtkApplicationWindow parent_instance;

  GtkToggleButton *sidebar_button;
  GtkToggleButton *bookmark_button;
  GtkMenuButton *bookmarks_button;
  GtkButton *home_button;
  GtkMenuButton *menu_button;
  GtkWidget *title_label;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkStack *stack;
  SpotsSidebar *sidebar;
  GtkWidget *sidebar_separator;
  SpotsHomePage *home_page;
  SpotsArticleView *article_view;
  SpotsSearchView *search_view;
  SpotsCompareView *compare_view;
  SpotsChecklistView *checklist_view;
  SpotsProblemsView *problems_view;
  GMenu *bookmarks_menu;
  GMenuModel *main_menu;

  SpotsLibrary *library;
  SpotsSearchIndex *search_index;
  GSettings *settings;
  guint help_overlay_idle;
  gboolean help_overlay_added;
  guint starting_timeout;   /* until then, no CSS transitions (style.css) */
  GPtrArray *history;   /* Place */
  guint cursor;         /* index into history */

  gboolean folded;
  gboolean sidebar_wanted;   /* the reader's choice when not folded */
  guint fold_idle;
};

G_DEFINE_FINAL_TYPE (SpotsWindow, spots_window, GTK_TYPE_APPLICATION_WINDOW)

static const double zoom_levels[] = { 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

static void
place_free (Place *place)
{
  g_free (place->id);
  g_free (place->section);
  g_strfreev (place->compared);
  g_free (place);
}

static Place *
place_new (PlaceKind   kind,
           const char *id,
           const char *section)
{
  Place *place = g_new0 (Place, 1);

  place->kind = kind;
  place->id = g_strdup (id);
  place->section = g_strdup (section);

  return place;
}

static Place *
current_place (SpotsWindow *self)
{
  if (self->history->len == 0)
    return NULL;

  return g_ptr_array_index (self->history, self->cursor);
}

static SpotsArticle *
current_article (SpotsWindow *self)
{
  Place *place = current_place (self);

  if (place == NULL || place->kind != PLACE_ARTICLE)
    return NULL;

  return spots_library_lookup (self->library, place->id);
}

static gboolean
showing_checklist_result (SpotsWindow *self)
{
  Place *place = current_place (self);

  return place != NULL && place->kind == PLACE_CHECKLIST && self->checklist_view != NULL &&
         spots_checklist_view_has_result (self->checklist_view);
}

static gboolean
is_bookmarked (SpotsWindow *self,
               const char  *id)
{
  g_auto(GStrv) bookmarks = g_settings_get_strv (self->settings, "bookmarks");

  return g_strv_contains ((const char * const *) bookmarks, id);
}

static void
update_actions (SpotsWindow *self)
{
  SpotsArticle *article = current_article (self);
  gboolean can_go_back = self->history->len > 0 && self->cursor > 0;
  gboolean can_go_forward = self->cursor + 1 < self->history->len;
  gboolean bookmarked = article != NULL && is_bookmarked (self, spots_article_get_id (article));
  gboolean printable = article != NULL || showing_checklist_result (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", can_go_forward);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.bookmark", article != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", printable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", printable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", article != NULL);
  /* The menu item is there only when there is something to see. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.content-problems",
                                 self->library != NULL &&
                                 spots_library_get_problems (self->library)->len > 0);

  /* The star shows, in its icon and its name, whether this page is kept. */
  gtk_toggle_button_set_active (self->bookmark_button, bookmarked);
  gtk_button_set_icon_name (GTK_BUTTON (self->bookmark_button),
                            bookmarked ? "starred-symbolic" : "non-starred-symbolic");
  spots_tooltip_set_text (GTK_WIDGET (self->bookmark_button),
                          bookmarked ? _("Remove Bookmark (Ctrl+D)")
                                     : _("Bookmark This Article (Ctrl+D)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bookmark_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  bookmarked ? _("Remove bookmark") : _("Bookmark this article"),
                                  -1);
}

static void
set_title (SpotsWindow *self,
           const char  *page_title)
{
  g_autofree char *title = NULL;

  if (page_title == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Skin Spots"));
      return;
    }

  /* Translators: the window title: the page, then the app's name */
  title = g_strdup_printf (_("%s – Skin Spots"), page_title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void update_folding (SpotsWindow *self);

/* In folded mode, going to a page means leaving the sidebar. */
static void
show_page (SpotsWindow *self,
           const char  *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);

  if (self->folded)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);
}

static void
run_search (SpotsWindow *self,
            const char  *query)
{
  g_autoptr(GListModel) results = spots_search_index_query (self->search_index, query);

  spots_search_view_set_results (self->search_view, query, results);
}

static void
set_checklist_library (SpotsWindow *self)
{
  spots_checklist_view_set_library (self->checklist_view, self->library, self->settings);
  if (spots_checklist_view_get_session (self->checklist_view) != NULL)
    g_signal_connect_object (spots_checklist_view_get_session (self->checklist_view), "changed",
                             G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
}

/* The checklist and the comparison are made the first time they are shown:
 * the first frame, on the home page or an article, does not need them. */
static gpointer
add_page (SpotsWindow *self,
          GType        type,
          const char  *name,
          const char  *title)
{
  GtkWidget *view = g_object_new (type, NULL);

  gtk_stack_page_set_title (gtk_stack_add_named (self->stack, view, name), title);
  return view;
}

static void
ensure_checklist_view (SpotsWindow *self)
{
  if (self->checklist_view != NULL)
    return;

  self->checklist_view = add_page (self, SPOTS_TYPE_CHECKLIST_VIEW, "checklist",
                                   _("Check Warning Signs"));
  set_checklist_library (self);
}

static void
ensure_compare_view (SpotsWindow *self)
{
  if (self->compare_view != NULL)
    return;

  self->compare_view = add_page (self, SPOTS_TYPE_COMPARE_VIEW, "compare",
                                 _("Compare Look-Alikes"));
  spots_compare_view_set_library (self->compare_view, self->library);
}

static void
ensure_problems_view (SpotsWindow *self)
{
  if (self->problems_view != NULL)
    return;

  self->problems_view = add_page (self, SPOTS_TYPE_PROBLEMS_VIEW, "problems",
                                  _("Content Problems"));
  spots_problems_view_set_library (self->problems_view, self->library);
}

/* Shows a place without touching the history. */
static gboolean
display_place (SpotsWindow *self,
               Place       *place)
{
  SpotsArticle *article;

  switch (place->kind)
    {
    case PLACE_HOME:
      spots_sidebar_select_article (self->sidebar, NULL);
      show_page (self, "home");
      set_title (self, NULL);
      break;

    case PLACE_ARTICLE:
      article = spots_library_lookup (self->library, place->id);
      if (article == NULL)
        return FALSE;

      if (spots_article_view_get_article (self->article_view) != article)
        spots_article_view_set_article (self->article_view, self->library, article);
      show_page (self, "article");
      spots_sidebar_select_article (self->sidebar, place->id);
      set_title (self, spots_article_get_title (article));

      if (place->section != NULL)
        spots_article_view_scroll_to (self->article_view, place->section);
      break;

    case PLACE_SEARCH:
      run_search (self, place->id);
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), place->id) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), place->id);
      /* The results come with the words that found them, also when the
       * search came from elsewhere (GNOME Shell, history). */
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      spots_sidebar_select_article (self->sidebar, NULL);
      show_page (self, "search");
      set_title (self, _("Search Results"));
      break;

    case PLACE_CHECKLIST:
      ensure_checklist_view (self);
      spots_sidebar_select_article (self->sidebar, NULL);
      show_page (self, "checklist");
      set_title (self, _("Check Warning Signs"));
      break;

    case PLACE_COMPARE:
      ensure_compare_view (self);
      spots_compare_view_set_selected (self->compare_view,
                                       (const char * const *) place->compared);
      spots_sidebar_select_article (self->sidebar, NULL);
      show_page (self, "compare");
      set_title (self, _("Compare Look-Alikes"));
      break;

    case PLACE_PROBLEMS:
      ensure_problems_view (self);
      spots_sidebar_select_article (self->sidebar, NULL);
      show_page (self, "problems");
      set_title (self, _("Content Problems"));
      break;

    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

static void
remember_comparison (SpotsWindow *self)
{
  Place *place = current_place (self);

  /* A comparison changes in place; keep its choices for Back. */
  if (place != NULL && place->kind == PLACE_COMPARE && self->compare_view != NULL)
    {
      g_strfreev (place->compared);
      place->compared = spots_compare_view_get_selected (self->compare_view);
    }
}

static gboolean
show_place (SpotsWindow *self,
            Place       *place)
{
  remember_comparison (self);

  if (!display_place (self, place))
    {
      place_free (place);
      return FALSE;
    }

  /* Drop the places ahead of the cursor, then append. */
  if (self->history->len > 0)
    g_ptr_array_set_size (self->history, self->cursor + 1);
  g_ptr_array_add (self->history, place);
  self->cursor = self->history->len - 1;
  update_actions (self);

  return TRUE;
}

/**
 * spots_window_show_article:
 * @section: (nullable): a section to scroll to
 *
 * Returns: %FALSE if there is no such article.
 */
gboolean
spots_window_show_article (SpotsWindow *self,
                           const char  *id,
                           const char  *section)
{
  Place *place;

  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  /* A link to a section of the page being read scrolls there, and Back
   * returns to the top of the same page. */
  place = current_place (self);
  if (place != NULL && place->kind == PLACE_ARTICLE && section == NULL &&
      g_strcmp0 (place->id, id) == 0 && place->section == NULL)
    return TRUE;

  return show_place (self, place_new (PLACE_ARTICLE, id, section));
}

void
spots_window_show_home (SpotsWindow *self)
{
  g_return_if_fail (SPOTS_IS_WINDOW (self));

  show_place (self, place_new (PLACE_HOME, NULL, NULL));
}

/**
 * spots_window_search:
 *
 * Shows the results for @query. While the reader types, the search place
 * is updated rather than added again, so one Back leaves the search.
 */
void
spots_window_search (SpotsWindow *self,
                     const char  *query)
{
  Place *place;

  g_return_if_fail (SPOTS_IS_WINDOW (self));
  g_return_if_fail (query != NULL);

  place = current_place (self);
  if (place != NULL && place->kind == PLACE_SEARCH)
    {
      g_free (place->id);
      place->id = g_strdup (query);
      display_place (self, place);
      return;
    }

  show_place (self, place_new (PLACE_SEARCH, query, NULL));
}

/**
 * spots_window_compare:
 * @ids: (nullable): the conditions to start with
 */
void
spots_window_compare (SpotsWindow        *self,
                      const char * const *ids)
{
  Place *place;

  g_return_if_fail (SPOTS_IS_WINDOW (self));

  place = place_new (PLACE_COMPARE, NULL, NULL);
  place->compared = g_strdupv ((GStrv) ids);
  show_place (self, place);
}

/**
 * spots_window_show_checklist:
 *
 * Shows the red-flag checklist where the person left it (a new walk if
 * they have not started one).
 */
void
spots_window_show_checklist (SpotsWindow *self)
{
  Place *place;

  g_return_if_fail (SPOTS_IS_WINDOW (self));

  place = current_place (self);
  if (place != NULL && place->kind == PLACE_CHECKLIST)
    return;

  show_place (self, place_new (PLACE_CHECKLIST, NULL, NULL));
}

gboolean
spots_window_go_back (SpotsWindow *self)
{
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  if (self->history->len == 0 || self->cursor == 0)
    return FALSE;

  remember_comparison (self);
  self->cursor--;
  display_place (self, g_ptr_array_index (self->history, self->cursor));
  update_actions (self);

  return TRUE;
}

gboolean
spots_window_go_forward (SpotsWindow *self)
{
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  if (self->cursor + 1 >= self->history->len)
    return FALSE;

  remember_comparison (self);
  self->cursor++;
  display_place (self, g_ptr_array_index (self->history, self->cursor));
  update_actions (self);

  return TRUE;
}

/* Bookmarks ---------------------------------------------------------------- */

static void
rebuild_bookmarks_menu (SpotsWindow *self)
{
  g_auto(GStrv) bookmarks = g_settings_get_strv (self->settings, "bookmarks");
  guint shown = 0;

  g_menu_remove_all (self->bookmarks_menu);

  for (guint i = 0; bookmarks[i] != NULL; i++)
    {
      SpotsArticle *article = spots_library_lookup (self->library, bookmarks[i]);
      g_autoptr(GMenuItem) item = NULL;

      /* A bookmark of an article that is gone (its folder removed) stays
       * in the settings, in case it comes back, but is not offered. */
      if (article == NULL)
        continue;

      item = g_menu_item_new (spots_article_get_title (article), NULL);
      g_menu_item_set_action_and_target (item, "win.show-article", "s", bookmarks[i]);
      g_menu_append_item (self->bookmarks_menu, item);
      shown++;
    }

  if (shown == 0)
    {
      /* Without an action the item is shown insensitive: a note. */
      g_menu_append (self->bookmarks_menu, _("No bookmarks yet: press Ctrl+D on an article"),
                     "win.no-bookmarks");
    }
}

/**
 * spots_window_toggle_bookmark:
 *
 * Adds the article shown to the bookmarks (newest first), or removes it.
 */
void
spots_window_toggle_bookmark (SpotsWindow *self)
{
  SpotsArticle *article;
  g_auto(GStrv) bookmarks = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  const char *id;
  gboolean was_bookmarked;

  g_return_if_fail (SPOTS_IS_WINDOW (self));

  article = current_article (self);
  if (article == NULL)
    return;

  id = spots_article_get_id (article);
  bookmarks = g_settings_get_strv (self->settings, "bookmarks");
  was_bookmarked = g_strv_contains ((const char * const *) bookmarks, id);

  if (!was_bookmarked)
    g_strv_builder_add (builder, id);
  for (guint i = 0; bookmarks[i] != NULL; i++)
    if (!g_str_equal (bookmarks[i], id))
      g_strv_builder_add (builder, bookmarks[i]);

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "bookmarks", (const char * const *) updated);
}

static void
on_bookmarks_changed (SpotsWindow *self)
{
  rebuild_bookmarks_menu (self);
  update_actions (self);
}

/* Folding ------------------------------------------------------------------ */

static void
apply_sidebar (SpotsWindow *self)
{
  gboolean sidebar_shown = gtk_toggle_button_get_active (self->sidebar_button);

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar), sidebar_shown);
  gtk_widget_set_visible (self->sidebar_separator, sidebar_shown && !self->folded);
  /* Folded: the sidebar takes the whole width, instead of the page. */
  gtk_widget_set_visible (GTK_WIDGET (self->stack), !(self->folded && sidebar_shown));
  gtk_widget_set_hexpand (GTK_WIDGET (self->sidebar), self->folded);

  /* A narrow header bar keeps what matters; bookmarks stay in the menu. */
  gtk_widget_set_visible (self->title_label, !self->folded);
  gtk_widget_set_visible (GTK_WIDGET (self->bookmark_button), !self->folded);
  gtk_widget_set_visible (GTK_WIDGET (self->bookmarks_button), !self->folded);
  /* At 360 px (a phone) the header bar has room for three buttons a side;
   * the main menu has Home Page, as it has the bookmarks. */
  gtk_widget_set_visible (GTK_WIDGET (self->home_button), !self->folded);
}

static void
on_sidebar_button_toggled (SpotsWindow *self)
{
  if (!self->folded)
    self->sidebar_wanted = gtk_toggle_button_get_active (self->sidebar_button);

  apply_sidebar (self);
}

static void
set_folded (SpotsWindow *self,
            gboolean     folded)
{
  if (folded == self->folded)
    return;

  self->folded = folded;
  /* Folding hides the sidebar; unfolding restores the reader's choice. */
  gtk_toggle_button_set_active (self->sidebar_button, folded ? FALSE : self->sidebar_wanted);
  apply_sidebar (self);
}

static void
update_folding (SpotsWindow *self)
{
  set_folded (self, gtk_widget_get_width (GTK_WIDGET (self)) < FOLD_WIDTH);
}

static gboolean
update_folding_idle (gpointer user_data)
{
  SpotsWindow *self = user_data;

  self->fold_idle = 0;
  update_folding (self);

  return G_SOURCE_REMOVE;
}

static void
spots_window_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);

  GTK_WIDGET_CLASS (spots_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Widgets cannot be shown or hidden during allocation: do it next. */
  if ((width < FOLD_WIDTH) != self->folded && self->fold_idle == 0)
    self->fold_idle = g_idle_add (update_folding_idle, self);
}

gboolean
spots_window_get_folded (SpotsWindow *self)
{
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  return self->folded;
}

/* Search ------------------------------------------------------------------- */

static void
on_search_changed (SpotsWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));

  if (stripped[0] == '\0')
    return;

  spots_window_search (self, query);
}

static void
on_search_activate (SpotsWindow *self)
{
  spots_search_view_activate_first (self->search_view);
}

static void
on_search_stop (SpotsWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_search_mode_changed (SpotsWindow *self)
{
  Place *place = current_place (self);

  /* Closing the search bar leaves the results page. */
  if (!gtk_search_bar_get_search_mode (self->search_bar) && place != NULL &&
      place->kind == PLACE_SEARCH)
    spots_window_go_back (self);
}

static gboolean
on_search_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       SpotsWindow           *self)
{
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    return spots_search_view_focus_first (self->search_view);

  return GDK_EVENT_PROPAGATE;
}

static void
start_search (SpotsWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Signal handlers ------------------------------------------------------------ */

static void
on_sidebar_article_activated (SpotsWindow *self,
                              const char  *id)
{
  spots_window_show_article (self, id, NULL);
}

static void
on_search_result_activated (SpotsWindow *self,
                            const char  *id)
{
  spots_window_show_article (self, id, NULL);
}

static void
on_open_link (SpotsWindow *self,
              const char  *uri)
{
  g_autofree char *id = NULL;
  g_autofree char *section = NULL;

  if (spots_link_uri_parse (uri, &id, &section))
    {
      spots_window_show_article (self, id, section);
      return;
    }

  if (g_strcmp0 (uri, SPOTS_CHECKLIST_URI) == 0)
    {
      spots_window_show_checklist (self);
      return;
    }

  /* A reference or outside link: the system browser, only on request. */
#if SPOTS_GTK_4_10
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
  }
#else
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
#endif
}

/* Actions -------------------------------------------------------------------- */

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  spots_window_go_back (SPOTS_WINDOW (widget));
}

static void
forward_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  spots_window_go_forward (SPOTS_WINDOW (widget));
}

static void
home_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  spots_window_show_home (SPOTS_WINDOW (widget));
}

static void
show_article_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  spots_window_show_article (SPOTS_WINDOW (widget), g_variant_get_string (parameter, NULL), NULL);
}

static void
toggle_sidebar_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);

  gtk_toggle_button_set_active (self->sidebar_button,
                                !gtk_toggle_button_get_active (self->sidebar_button));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  start_search (SPOTS_WINDOW (widget));
}

/* Ctrl+F: find in the article shown; elsewhere, search the topics. */
static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);

  if (current_article (self) != NULL && !gtk_search_bar_get_search_mode (self->search_bar))
    spots_article_view_start_find (self->article_view);
  else
    start_search (self);
}

static void
bookmark_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  spots_window_toggle_bookmark (SPOTS_WINDOW (widget));
}

static void
show_bookmarks_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);

  /* Folded, the bookmarks live in the main menu. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->bookmarks_button)))
    gtk_menu_button_popup (self->bookmarks_button);
  else
    gtk_menu_button_popup (self->menu_button);
}

static void
change_zoom (SpotsWindow *self,
             int          direction)
{
  double zoom = g_settings_get_double (self->settings, "text-zoom");
  double next = 1.0;

  if (direction > 0)
    {
      next = zoom_levels[G_N_ELEMENTS (zoom_levels) - 1];
      for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
        if (zoom_levels[i] > zoom + 0.001)
          {
            next = zoom_levels[i];
            break;
          }
    }
  else if (direction < 0)
    {
      next = zoom_levels[0];
      for (int i = G_N_ELEMENTS (zoom_levels) - 1; i >= 0; i--)
        if (zoom_levels[i] < zoom - 0.001)
          {
            next = zoom_levels[i];
            break;
          }
    }

  g_settings_set_double (self->settings, "text-zoom", next);
}

static void
zoom_in_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  change_zoom (SPOTS_WINDOW (widget), 1);
}

static void
zoom_out_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  change_zoom (SPOTS_WINDOW (widget), -1);
}

static void
zoom_reset_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  change_zoom (SPOTS_WINDOW (widget), 0);
}

/* What Ctrl+P prints: the article shown, or on the checklist's result,
 * the notes for the doctor. */
static SpotsPrintDocument *
new_print_document (SpotsWindow *self)
{
  SpotsArticle *article = current_article (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (showing_checklist_result (self))
    return spots_checklist_view_new_handover (self->checklist_view);

  if (article == NULL)
    return NULL;

  return spots_article_print_new (self->library, article, now);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);
  g_autoptr(SpotsPrintDocument) document = new_print_document (self);

  if (document != NULL)
    spots_print_document_print (document, GTK_WINDOW (self));
}

/**
 * spots_window_export_pdf:
 *
 * Saves what Ctrl+P would print (the article shown, or the notes for the
 * doctor on the checklist's result) as a PDF at @path.
 */
gboolean
spots_window_export_pdf (SpotsWindow  *self,
                         const char   *path,
                         GError      **error)
{
  g_autoptr(SpotsPrintDocument) document = NULL;

  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  document = new_print_document (self);
  if (document == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is nothing to print"));
      return FALSE;
    }

  return spots_print_document_export_pdf (document, path, error);
}

static void
export_pdf_to (SpotsWindow *self,
               GFile       *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  if (!spots_window_export_pdf (self, path, &error))
    g_warning ("Could not save %s: %s", path, error->message);
}

/* The file chooser runs through the portal inside Flatpak, so the app
 * needs no file system permission. GTK 4.10 replaced GtkFileChooserNative
 * with GtkFileDialog; Debian 12 has 4.8. */
#if SPOTS_GTK_4_10
static void
on_export_file_chosen (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(SpotsWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  export_pdf_to (self, file);
}

static void
choose_export_file (SpotsWindow   *self,
                    const char    *name,
                    GtkFileFilter *filter)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Save as PDF"));
  gtk_file_dialog_set_accept_label (dialog, _("_Save"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, on_export_file_chosen,
                        g_object_ref (self));
}
#else
static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    SpotsWindow     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);

  export_pdf_to (self, file);
}

static void
choose_export_file (SpotsWindow   *self,
                    const char    *name,
                    GtkFileFilter *filter)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Save as PDF"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
#endif

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);
  SpotsArticle *article = current_article (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (article == NULL && !showing_checklist_result (self))
    return;

  name = article != NULL ? g_strdup_printf ("%s.pdf", spots_article_get_title (article))
                         : g_strdup_printf ("%s.pdf", _("Notes for the doctor"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  choose_export_file (self, name, filter);
}

static void
compare_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);
  SpotsArticle *article = current_article (self);
  const char *ids[] = { NULL, NULL };

  /* From a condition's page, that condition is already chosen. */
  if (article != NULL && spots_article_get_compare (article) != NULL)
    ids[0] = spots_article_get_id (article);

  spots_window_compare (self, ids);
}

static void
content_problems_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);
  Place *place = current_place (self);

  if (place == NULL || place->kind != PLACE_PROBLEMS)
    show_place (self, place_new (PLACE_PROBLEMS, NULL, NULL));
}

static void
checklist_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  spots_window_show_checklist (SPOTS_WINDOW (widget));
}

/* State ---------------------------------------------------------------------- */

static void
save_state (SpotsWindow *self)
{
  SpotsArticle *article = current_article (self);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (self->settings, "sidebar-visible", self->sidebar_wanted);
  g_settings_set_string (self->settings, "last-article",
                         article != NULL ? spots_article_get_id (article) : "");
  g_settings_apply (self->settings);
}

static gboolean
spots_window_close_request (GtkWindow *window)
{
  SpotsWindow *self = SPOTS_WINDOW (window);

  save_state (self);
  /* Checklist answers live only while the window does. */
  if (self->checklist_view != NULL)
    spots_checklist_view_restart (self->checklist_view);

  return GTK_WINDOW_CLASS (spots_window_parent_class)->close_request (window);
}

/* The largest monitor: a window is never made larger than that. */
static void
get_screen_size (SpotsWindow *self,
                 int         *width,
                 int         *height)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));

  *width = *height = 0;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      *width = MAX (*width, geometry.width);
      *height = MAX (*height, geometry.height);
    }
}

static void
restore_state (SpotsWindow *self)
{
  int screen_width, screen_height;
  int width;
  gboolean maximized = g_settings_get_boolean (self->settings, "window-maximized");

  get_screen_size (self, &screen_width, &screen_height);
  spots_settings_repair_window_size (self->settings, screen_width, screen_height);
  width = g_settings_get_int (self->settings, "window-width");

  gtk_window_set_default_size (GTK_WINDOW (self), width,
                               g_settings_get_int (self->settings, "window-height"));
  if (maximized)
    gtk_window_maximize (GTK_WINDOW (self));

  self->sidebar_wanted = g_settings_get_boolean (self->settings, "sidebar-visible");
  gtk_toggle_button_set_active (self->sidebar_button, self->sidebar_wanted);
  apply_sidebar (self);

  /* A window that was narrow starts folded: unfolded, the sidebar beside
   * the page would make it wider than it was left. */
  if (!maximized && width < FOLD_WIDTH)
    set_folded (self, TRUE);
}

/**
 * spots_window_show_last_article:
 *
 * Shows the article read last, or the home page if there is none or the
 * library does not have it.
 *
 * Returns: whether the last article was shown.
 */
gboolean
spots_window_show_last_article (SpotsWindow *self)
{
  g_autofree char *last_article = NULL;

  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  last_article = g_settings_get_string (self->settings, "last-article");
  if (last_article[0] != '\0' && spots_window_show_article (self, last_article, NULL))
    return TRUE;

  spots_window_show_home (self);
  return FALSE;
}

/* The extra buttons of a mouse: 8 is back, 9 is forward. */
static void
on_mouse_button (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 SpotsWindow     *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    spots_window_go_back (self);
  else if (button == 9)
    spots_window_go_forward (self);
}

static void
spots_window_dispose (GObject *object)
{
  SpotsWindow *self = SPOTS_WINDOW (object);

  g_clear_handle_id (&self->fold_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_WINDOW);
  g_clear_object (&self->library);
  g_clear_object (&self->search_index);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_handle_id (&self->help_overlay_idle, g_source_remove);
  g_clear_handle_id (&self->starting_timeout, g_source_remove);

  G_OBJECT_CLASS (spots_window_parent_class)->dispose (object);
}

static void
spots_window_class_init (SpotsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = spots_window_dispose;
  widget_class->size_allocate = spots_window_size_allocate;
  window_class->close_request = spots_window_close_request;

  g_type_ensure (SPOTS_TYPE_SIDEBAR);
  g_type_ensure (SPOTS_TYPE_HOME_PAGE);
  g_type_ensure (SPOTS_TYPE_ARTICLE_VIEW);
  g_type_ensure (SPOTS_TYPE_SEARCH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/spots-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, bookmark_button);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, bookmarks_button);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, home_button);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, home_page);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, search_view);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, bookmarks_menu);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, main_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_button_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_article_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_open_link);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_activated);
  gtk_widget_class_install_action (widget_class, "win.home", NULL, home_activated);
  gtk_widget_class_install_action (widget_class, "win.show-article", "s", show_article_activated);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   toggle_sidebar_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.bookmark", NULL, bookmark_activated);
  gtk_widget_class_install_action (widget_class, "win.show-bookmarks", NULL,
                                   show_bookmarks_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_activated);
  gtk_widget_class_install_action (widget_class, "win.checklist", NULL, checklist_activated);
  gtk_widget_class_install_action (widget_class, "win.content-problems", NULL,
                                   content_problems_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "win.home", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.bookmark", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK,
                                       "win.show-bookmarks", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "win.compare", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.checklist", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

/* A menu's popover is made the first time it opens (by click, F10 or
 * Ctrl+B): building both cost more than a millisecond each before the
 * first frame, for menus that many readers never open. */
static void
add_menu_on_first_popup (GtkMenuButton *button,
                         gpointer       menu)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
spots_window_init (SpotsWindow *self)
{
  GtkGesture *mouse_buttons = gtk_gesture_click_new ();
  GtkEventController *search_keys = gtk_event_controller_key_new ();

  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) place_free);
  gtk_widget_init_template (GTK_WIDGET (self));
#if DEVELOPMENT_PROFILE
  /* The theme stripes the header bar of a development build. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  gtk_menu_button_set_create_popup_func (self->menu_button, add_menu_on_first_popup,
                                         self->main_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->bookmarks_button, add_menu_on_first_popup,
                                         self->bookmarks_menu, NULL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (mouse_buttons), 0);
  g_signal_connect (mouse_buttons, "pressed", G_CALLBACK (on_mouse_button), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (mouse_buttons));

  g_signal_connect (search_keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), search_keys);

  /* Typing while the sidebar has focus searches the topics. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->sidebar));
}

/* Every view takes the application's library and search index: at first,
 * and again when the rest of the content has loaded (see
 * spots-application.c). A checklist already being answered keeps its
 * checklist. */
static void
take_library (SpotsWindow      *self,
              SpotsApplication *application)
{
  SpotsChecklistSession *session =
    self->checklist_view != NULL ? spots_checklist_view_get_session (self->checklist_view) : NULL;

  g_set_object (&self->library, spots_application_get_library (application));
  g_set_object (&self->search_index, spots_application_get_search_index (application));

  spots_sidebar_set_library (self->sidebar, self->library);
  spots_home_page_set_library (self->home_page, self->library);
  if (self->compare_view != NULL)
    spots_compare_view_set_library (self->compare_view, self->library);
  if (self->problems_view != NULL)
    spots_problems_view_set_library (self->problems_view, self->library);
  if (self->checklist_view != NULL &&
      (session == NULL ||
       spots_checklist_answers_count (spots_checklist_session_get_answers (session)) == 0))
    set_checklist_library (self);
  rebuild_bookmarks_menu (self);
}

/* The place shown is shown again from the new library, so that a user's
 * copy of an article replaces the built-in one on screen too. */
static void
on_library_changed (SpotsWindow      *self,
                    SpotsApplication *application)
{
  Place *place = current_place (self);

  take_library (self, application);
  if (place != NULL && !display_place (self, place))
    spots_window_show_home (self);
  update_actions (self);
}

/* How long after its first frame a new window keeps CSS transitions off. */
#define STARTING_MS 1000

/* The shortcuts window takes a few milliseconds to build, which the first
 * frame does not need: it is made once that frame is on screen.
 *
 * GTK 4.18 deprecates its shortcuts window for libadwaita's
 * AdwShortcutsDialog, and names no replacement in GTK itself. Skin Spots
 * does not use libadwaita (Debian 12 has 1.2, whose adaptive widgets were
 * deprecated soon after), so it keeps GTK's own, which GTK 4 still ships. */
static gboolean
add_help_overlay (gpointer user_data)
{
  SpotsWindow *self = user_data;
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_BASE "/ui/spots-help-overlay.ui");

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_application_window_set_help_overlay (
    GTK_APPLICATION_WINDOW (self),
    GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  G_GNUC_END_IGNORE_DEPRECATIONS
  self->help_overlay_idle = 0;
  self->help_overlay_added = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
end_starting (gpointer user_data)
{
  SpotsWindow *self = user_data;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "starting");
  self->starting_timeout = 0;

  return G_SOURCE_REMOVE;
}

static void
on_first_frame (GdkFrameClock *clock,
                SpotsWindow   *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  if (self->starting_timeout == 0)
    self->starting_timeout = g_timeout_add (STARTING_MS, end_starting, self);
  if (self->help_overlay_idle == 0 && !self->help_overlay_added)
    self->help_overlay_idle = g_idle_add_full (G_PRIORITY_LOW, add_help_overlay, self, NULL);
}

static void
on_realize (SpotsWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_first_frame), self, 0);
}

SpotsWindow *
spots_window_new (SpotsApplication *application)
{
  SpotsWindow *self = g_object_new (SPOTS_TYPE_WINDOW, "application", application, NULL);

  self->settings = g_object_ref (spots_application_get_settings (application));
  take_library (self, application);
  gtk_widget_add_css_class (GTK_WIDGET (self), "starting");
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
  g_signal_connect_object (application, "library-changed",
                           G_CALLBACK (on_library_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::bookmarks",
                           G_CALLBACK (on_bookmarks_changed), self, G_CONNECT_SWAPPED);

  restore_state (self);
  update_actions (self);

  return self;
}
