/* spots-window.c: the main window, its views, and where the reader is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Navigation theory. The window shows one place at a time: the home page,
 * an article (optionally scrolled to a section), the search results for a
 * query, the comparison of look-alikes, the checklist or the content
 * problems. Every route in (sidebar, search results, links, buttons, the
 * command line, the running instance's app.show-article) is the one
 * action win.show-article or win.open-link, or a verb below, and each goes
 * through _spots_window_go(): the window's SpotsHistory decides whether it
 * is a move (src/core/spots-history.c has the rules, and
 * tests/test-history.c proves them), then display_place() shows the place.
 * So Back always undoes the last move, whatever made it.
 *
 * The other files of the window are listed in spots-window-private.h.
 */
#define G_LOG_DOMAIN "spots-window"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-window-private.h"

enum
{
  PROP_0,
  PROP_SPOTS_APPLICATION,
  PROP_SIDEBAR_SHOWN,
  PROP_SIDEBAR_WANTED,
  PROP_BOOKMARKED,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SpotsWindow, spots_window, GTK_TYPE_APPLICATION_WINDOW)

SpotsPlaceKind
_spots_window_get_current_kind (SpotsWindow *self)
{
  SpotsPlace *place = spots_history_get_current (self->history);

  return place != NULL ? spots_place_get_kind (place) : SPOTS_PLACE_HOME;
}

SpotsArticle *
_spots_window_get_current_article (SpotsWindow *self)
{
  SpotsPlace *place = spots_history_get_current (self->history);

  if (place == NULL || spots_place_get_kind (place) != SPOTS_PLACE_ARTICLE)
    return NULL;

  return spots_library_lookup (self->library, spots_place_get_article (place));
}

gboolean
_spots_window_showing_checklist_result (SpotsWindow *self)
{
  return _spots_window_get_current_kind (self) == SPOTS_PLACE_CHECKLIST &&
         self->checklist_view != NULL && spots_checklist_view_has_result (self->checklist_view);
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

static void
show_page (SpotsWindow *self,
           const char  *name,
           const char  *title)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  set_title (self, title);
  _spots_window_leave_sidebar (self);
}

static void
show_article_place (SpotsWindow  *self,
                    SpotsPlace   *place,
                    SpotsArticle *article)
{
  if (spots_article_view_get_article (self->article_view) != article)
    spots_article_view_set_article (self->article_view, self->library, article);
  show_page (self, "article", spots_article_get_title (article));
  spots_sidebar_select_article (self->sidebar, spots_place_get_article (place));

  if (spots_place_get_section (place) != NULL)
    spots_article_view_scroll_to (self->article_view, spots_place_get_section (place));
}

/* Shows a place without touching the history. Only an article can be
 * missing (its folder removed, or a link to nothing). */
static gboolean
display_place (SpotsWindow *self,
               SpotsPlace  *place)
{
  SpotsArticle *article = NULL;

  if (spots_place_get_kind (place) == SPOTS_PLACE_ARTICLE)
    {
      article = spots_library_lookup (self->library, spots_place_get_article (place));
      if (article == NULL)
        return FALSE;
    }
  else
    spots_sidebar_select_article (self->sidebar, NULL);

  _spots_window_views_ensure (self, spots_place_get_kind (place));
  switch (spots_place_get_kind (place))
    {
    case SPOTS_PLACE_HOME:
      show_page (self, "home", NULL);
      break;

    case SPOTS_PLACE_ARTICLE:
      show_article_place (self, place, article);
      break;

    case SPOTS_PLACE_SEARCH:
      _spots_window_show_search_words (self, spots_place_get_query (place));
      show_page (self, "search", _("Search Results"));
      break;

    case SPOTS_PLACE_CHECKLIST:
      show_page (self, "checklist", _("Check Warning Signs"));
      break;

    case SPOTS_PLACE_COMPARE:
      spots_compare_view_set_selected (self->compare_view, spots_place_get_compared (place));
      show_page (self, "compare", _("Compare Look-Alikes"));
      break;

    case SPOTS_PLACE_PROBLEMS:
      show_page (self, "problems", _("Content Problems"));
      break;
    }

  return TRUE;
}

/* A comparison changes in place; history keeps its choices for Back. */
static void
remember_comparison (SpotsWindow *self)
{
  g_auto(GStrv) compared = NULL;
  g_autoptr(SpotsPlace) place = NULL;

  if (_spots_window_get_current_kind (self) != SPOTS_PLACE_COMPARE || self->compare_view == NULL)
    return;

  compared = spots_compare_view_get_selected (self->compare_view);
  place = spots_place_new_compare ((const char * const *) compared);
  spots_history_remember (self->history, place);
}

/**
 * _spots_window_go:
 * @place: (transfer full): where to go
 *
 * Returns: %FALSE if @place is an article the library does not have
 */
gboolean
_spots_window_go (SpotsWindow *self,
                  SpotsPlace  *place)
{
  g_autoptr(SpotsPlace) owned = place;

  if (spots_place_get_kind (place) == SPOTS_PLACE_ARTICLE &&
      spots_library_lookup (self->library, spots_place_get_article (place)) == NULL)
    return FALSE;

  remember_comparison (self);
  if (spots_history_go (self->history, place))
    display_place (self, place);
  _spots_window_actions_update (self);

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
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return _spots_window_go (self, spots_place_new_article (id, section));
}

void
spots_window_show_home (SpotsWindow *self)
{
  g_return_if_fail (SPOTS_IS_WINDOW (self));

  _spots_window_go (self, spots_place_new_home ());
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
  g_return_if_fail (SPOTS_IS_WINDOW (self));
  g_return_if_fail (query != NULL);

  _spots_window_go (self, spots_place_new_search (query));
}

/**
 * spots_window_compare:
 * @ids: (nullable): the conditions to start with
 */
void
spots_window_compare (SpotsWindow        *self,
                      const char * const *ids)
{
  g_return_if_fail (SPOTS_IS_WINDOW (self));

  _spots_window_go (self, spots_place_new_compare (ids));
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
  g_return_if_fail (SPOTS_IS_WINDOW (self));

  _spots_window_go (self, spots_place_new_checklist ());
}

static gboolean
move (SpotsWindow *self,
      gboolean (*step) (SpotsHistory *history))
{
  remember_comparison (self);
  if (!step (self->history))
    return FALSE;

  display_place (self, spots_history_get_current (self->history));
  _spots_window_actions_update (self);

  return TRUE;
}

gboolean
spots_window_go_back (SpotsWindow *self)
{
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  return move (self, spots_history_back);
}

gboolean
spots_window_go_forward (SpotsWindow *self)
{
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  return move (self, spots_history_forward);
}

gboolean
spots_window_get_folded (SpotsWindow *self)
{
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  return self->folded;
}

/* The place shown is shown again from the new library, so that a user's
 * copy of an article replaces the built-in one on screen too. */
static void
on_library_changed (SpotsWindow      *self,
                    SpotsApplication *application)
{
  SpotsPlace *place = spots_history_get_current (self->history);

  _spots_window_views_take_library (self);
  if (place != NULL && !display_place (self, place))
    spots_window_show_home (self);
  _spots_window_actions_update (self);
}

static gboolean
spots_window_close_request (GtkWindow *window)
{
  SpotsWindow *self = SPOTS_WINDOW (window);

  _spots_window_state_save (self);
  /* Checklist answers live only while the window does. */
  if (self->checklist_view != NULL)
    spots_checklist_view_restart (self->checklist_view);

  return GTK_WINDOW_CLASS (spots_window_parent_class)->close_request (window);
}

static void
spots_window_constructed (GObject *object)
{
  SpotsWindow *self = SPOTS_WINDOW (object);
  SpotsApplication *application = self->application;

  G_OBJECT_CLASS (spots_window_parent_class)->constructed (object);

  /* GtkWindow's application is not a construct property: the window's own
   * is, so that everything below has it. */
  gtk_window_set_application (GTK_WINDOW (self), GTK_APPLICATION (application));
  self->settings = g_object_ref (spots_application_get_settings (application));
  _spots_window_views_take_library (self);
  g_signal_connect_object (application, "library-changed",
                           G_CALLBACK (on_library_changed), self, G_CONNECT_SWAPPED);
  _spots_window_bookmarks_init (self);
  _spots_window_state_restore (self);
  _spots_window_actions_update (self);
}

static void
spots_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SpotsWindow *self = SPOTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SPOTS_APPLICATION:
      g_value_set_object (value, self->application);
      break;
    case PROP_SIDEBAR_SHOWN:
      g_value_set_boolean (value, self->sidebar_shown);
      break;
    case PROP_SIDEBAR_WANTED:
      g_value_set_boolean (value, self->sidebar_wanted);
      break;
    case PROP_BOOKMARKED:
      g_value_set_boolean (value, self->bookmarked);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SpotsWindow *self = SPOTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SPOTS_APPLICATION:
      /* The application owns its windows: no reference back. */
      self->application = g_value_get_object (value);
      break;
    case PROP_SIDEBAR_SHOWN:
      _spots_window_set_sidebar_shown (self, g_value_get_boolean (value));
      break;
    case PROP_SIDEBAR_WANTED:
      _spots_window_set_sidebar_wanted (self, g_value_get_boolean (value));
      break;
    case PROP_BOOKMARKED:
      _spots_window_set_bookmarked (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* For the setters in the window's other files: notify once per change. */
void
_spots_window_notify (SpotsWindow *self,
                      const char  *property)
{
  for (guint i = 1; i < N_PROPS; i++)
    if (g_str_equal (properties[i]->name, property))
      {
        g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
        return;
      }

  g_assert_not_reached ();
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
  g_clear_object (&self->state);
  g_clear_object (&self->history);
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
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = spots_window_constructed;
  object_class->get_property = spots_window_get_property;
  object_class->set_property = spots_window_set_property;
  object_class->dispose = spots_window_dispose;
  window_class->close_request = spots_window_close_request;

  /* Whose library, search index and settings the window shows. */
  properties[PROP_SPOTS_APPLICATION] =
    g_param_spec_object ("spots-application", NULL, NULL, SPOTS_TYPE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Whether the sidebar is shown; win.toggle-sidebar and its button
   * follow it. */
  properties[PROP_SIDEBAR_SHOWN] =
    g_param_spec_boolean ("sidebar-shown", NULL, NULL, TRUE, flags);
  /* The reader's choice of sidebar when the window is wide enough for it,
   * bound to the sidebar-visible setting. */
  properties[PROP_SIDEBAR_WANTED] =
    g_param_spec_boolean ("sidebar-wanted", NULL, NULL, TRUE, flags);
  /* Whether the article shown is bookmarked; win.bookmark and the star
   * follow it, and setting it adds or removes the bookmark. */
  properties[PROP_BOOKMARKED] = g_param_spec_boolean ("bookmarked", NULL, NULL, FALSE, flags);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, home_page);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, search_view);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, bookmarks_menu);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, main_menu);

  _spots_window_class_search_init (widget_class);
  _spots_window_class_folding_init (widget_class);
  _spots_window_class_actions_init (widget_class);
}

static void
spots_window_init (SpotsWindow *self)
{
  self->history = spots_history_new ();
  self->sidebar_shown = self->sidebar_wanted = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
#if DEVELOPMENT_PROFILE
  /* The theme stripes the header bar of a development build. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
  _spots_window_startup_init (self);

  _spots_window_search_init (self);
  _spots_window_actions_init (self);
}

SpotsWindow *
spots_window_new (SpotsApplication *application)
{
  g_return_val_if_fail (SPOTS_IS_APPLICATION (application), NULL);

  return g_object_new (SPOTS_TYPE_WINDOW, "spots-application", application, NULL);
}
