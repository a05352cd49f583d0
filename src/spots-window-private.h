/* spots-window-private.h: what the files of the main window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is split by job, the way GNOME Text Editor splits its own:
 *   spots-window.c            the type, its views and navigation
 *   spots-window-actions.c    the win.* actions and their keys
 *   spots-window-bookmarks.c  the bookmarks menu and the star
 *   spots-window-folding.c    the sidebar, and folding when narrow
 *   spots-window-print.c      printing, saving as PDF, errors said above the page
 *   spots-window-search.c     the search bar
 *   spots-window-views.c      the pages made when first shown; the library
 *   spots-window-startup.c    what a new window does around its first frame
 *   spots-window-state.c      size, sidebar and last article across runs
 * Where the reader is lives in a SpotsHistory (src/core/spots-history.c).
 */
#pragma once

#include "spots-article-view.h"
#include "spots-checklist-view.h"
#include "spots-compare-view.h"
#include "spots-history.h"
#include "spots-home-page.h"
#include "spots-problems-view.h"
#include "spots-search-view.h"
#include "spots-sidebar.h"
#include "spots-window.h"

G_BEGIN_DECLS

/* Below this width the sidebar and the page no longer fit side by side. */
#define SPOTS_WINDOW_FOLD_WIDTH 600

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
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  GtkStack *stack;
  SpotsSidebar *sidebar;
  GtkWidget *sidebar_separator;
  SpotsHomePage *home_page;
  SpotsArticleView *article_view;
  SpotsSearchView *search_view;
  SpotsCompareView *compare_view;     /* made when first shown */
  SpotsChecklistView *checklist_view; /* made when first shown */
  SpotsProblemsView *problems_view;   /* made when first shown */
  GMenu *bookmarks_menu;
  GMenuModel *main_menu;

  SpotsApplication *application;
  SpotsLibrary *library;
  SpotsSearchIndex *search_index;
  GSettings *settings;
  GSettings *state;      /* delayed: the window's size, applied on close */
  SpotsHistory *history;
  guint help_overlay_idle;
  gboolean help_overlay_added;
  guint starting_timeout;   /* until then, no CSS transitions (style.css) */

  gboolean folded;
  gboolean sidebar_shown;    /* what the sidebar button shows */
  gboolean sidebar_wanted;   /* the reader's choice when not folded */
  gboolean bookmarked;       /* the article shown is bookmarked */
  guint fold_idle;
};

SpotsArticle *_spots_window_get_current_article     (SpotsWindow    *self);
SpotsPlaceKind _spots_window_get_current_kind       (SpotsWindow    *self);
gboolean      _spots_window_showing_checklist_result (SpotsWindow   *self);
gboolean      _spots_window_go                      (SpotsWindow    *self,
                                                     SpotsPlace     *place);
void          _spots_window_notify                  (SpotsWindow    *self,
                                                     const char     *property);
void          _spots_window_show_error              (SpotsWindow    *self,
                                                     const char     *message);

void          _spots_window_class_actions_init      (GtkWidgetClass *widget_class);
void          _spots_window_actions_init            (SpotsWindow    *self);
void          _spots_window_actions_update          (SpotsWindow    *self);

void          _spots_window_bookmarks_init          (SpotsWindow    *self);
void          _spots_window_bookmarks_rebuild       (SpotsWindow    *self);
void          _spots_window_bookmarks_update        (SpotsWindow    *self);
void          _spots_window_set_bookmarked          (SpotsWindow    *self,
                                                     gboolean        bookmarked);

void          _spots_window_class_folding_init      (GtkWidgetClass *widget_class);
void          _spots_window_set_sidebar_shown       (SpotsWindow    *self,
                                                     gboolean        shown);
void          _spots_window_set_sidebar_wanted      (SpotsWindow    *self,
                                                     gboolean        wanted);
void          _spots_window_set_folded              (SpotsWindow    *self,
                                                     gboolean        folded);
void          _spots_window_leave_sidebar           (SpotsWindow    *self);

void          _spots_window_print                   (SpotsWindow    *self);
void          _spots_window_choose_export_file      (SpotsWindow    *self);

void          _spots_window_class_search_init       (GtkWidgetClass *widget_class);
void          _spots_window_search_init             (SpotsWindow    *self);
void          _spots_window_start_search            (SpotsWindow    *self);
void          _spots_window_show_search_words       (SpotsWindow    *self,
                                                     const char     *query);

void          _spots_window_views_ensure            (SpotsWindow    *self,
                                                     SpotsPlaceKind  kind);
void          _spots_window_views_take_library      (SpotsWindow    *self);

void          _spots_window_startup_init            (SpotsWindow    *self);

void          _spots_window_state_restore           (SpotsWindow    *self);
void          _spots_window_state_save              (SpotsWindow    *self);

G_END_DECLS
