/* spots-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Navigation theory. The window shows one place at a time: the home page or
 * an article (optionally scrolled to a section). Places live in a history
 * list with a cursor: going somewhere new drops whatever lay ahead of the
 * cursor and appends the new place; Back and Forward only move the cursor.
 * Every route in (sidebar, links, the command line, the running instance's
 * app.show-article) goes through show_place(), so Back always undoes the
 * last move, whatever made it.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-article-view.h"
#include "spots-markup.h"
#include "spots-sidebar.h"
#include "spots-window.h"

typedef struct
{
  char *article_id;  /* NULL: the home page */
  char *section;
} Place;

struct _SpotsWindow
{
  GtkApplicationWindow parent_instance;

  GtkStack *stack;
  SpotsSidebar *sidebar;
  SpotsArticleView *article_view;

  SpotsLibrary *library;
  GSettings *settings;
  GPtrArray *history;   /* Place */
  guint cursor;         /* index into history */
};

G_DEFINE_FINAL_TYPE (SpotsWindow, spots_window, GTK_TYPE_APPLICATION_WINDOW)

static void
place_free (Place *place)
{
  g_free (place->article_id);
  g_free (place->section);
  g_free (place);
}

static Place *
place_new (const char *article_id,
           const char *section)
{
  Place *place = g_new0 (Place, 1);

  place->article_id = g_strdup (article_id);
  place->section = g_strdup (section);

  return place;
}

static void
update_navigation_actions (SpotsWindow *self)
{
  gboolean can_go_back = self->history->len > 0 && self->cursor > 0;
  gboolean can_go_forward = self->history->len > 0 && self->cursor + 1 < self->history->len;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", can_go_forward);
}

/* Shows a place without touching the history. */
static gboolean
display_place (SpotsWindow *self,
               Place       *place)
{
  SpotsArticle *article = NULL;

  if (place->article_id != NULL)
    {
      article = spots_library_lookup (self->library, place->article_id);
      if (article == NULL)
        return FALSE;
    }

  if (article == NULL)
    {
      /* The home page arrives with its own issue; until then the first
       * article stands in for it. */
      GListModel *articles = spots_library_get_articles (self->library);
      g_autoptr(SpotsArticle) first = g_list_model_get_item (articles, 0);

      if (first == NULL)
        return FALSE;
      spots_article_view_set_article (self->article_view, self->library, first);
      spots_sidebar_select_article (self->sidebar, spots_article_get_id (first));
      gtk_window_set_title (GTK_WINDOW (self), _("Skin Spots"));
      return TRUE;
    }

  if (spots_article_view_get_article (self->article_view) != article)
    spots_article_view_set_article (self->article_view, self->library, article);
  gtk_stack_set_visible_child_name (self->stack, "article");
  spots_sidebar_select_article (self->sidebar, place->article_id);

  {
    /* Translators: the window title: the article, then the app's name */
    g_autofree char *title = g_strdup_printf (_("%s – Skin Spots"),
                                              spots_article_get_title (article));

    gtk_window_set_title (GTK_WINDOW (self), title);
  }

  if (place->section != NULL)
    spots_article_view_scroll_to (self->article_view, place->section);

  return TRUE;
}

static gboolean
show_place (SpotsWindow *self,
            Place       *place)
{
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
  update_navigation_actions (self);

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

  return show_place (self, place_new (id, section));
}

void
spots_window_show_home (SpotsWindow *self)
{
  g_return_if_fail (SPOTS_IS_WINDOW (self));

  show_place (self, place_new (NULL, NULL));
}

gboolean
spots_window_go_back (SpotsWindow *self)
{
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  if (self->history->len == 0 || self->cursor == 0)
    return FALSE;

  self->cursor--;
  display_place (self, g_ptr_array_index (self->history, self->cursor));
  update_navigation_actions (self);

  return TRUE;
}

gboolean
spots_window_go_forward (SpotsWindow *self)
{
  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);

  if (self->cursor + 1 >= self->history->len)
    return FALSE;

  self->cursor++;
  display_place (self, g_ptr_array_index (self->history, self->cursor));
  update_navigation_actions (self);

  return TRUE;
}

static void
on_sidebar_article_activated (SpotsWindow *self,
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

  /* A reference or outside link: the system browser, only on request. */
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

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
toggle_sidebar_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar),
                          !gtk_widget_get_visible (GTK_WIDGET (self->sidebar)));
}

static void
save_state (SpotsWindow *self)
{
  SpotsArticle *article = spots_article_view_get_article (self->article_view);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (self->settings, "sidebar-visible",
                          gtk_widget_get_visible (GTK_WIDGET (self->sidebar)));
  g_settings_set_string (self->settings, "last-article",
                         article != NULL ? spots_article_get_id (article) : "");
  g_settings_apply (self->settings);
}

static gboolean
spots_window_close_request (GtkWindow *window)
{
  save_state (SPOTS_WINDOW (window));

  return GTK_WINDOW_CLASS (spots_window_parent_class)->close_request (window);
}

static void
restore_state (SpotsWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar),
                          g_settings_get_boolean (self->settings, "sidebar-visible"));
}

/**
 * spots_window_show_last_article:
 *
 * Reopens the article that was open when the window last closed, or the
 * home page.
 */
void
spots_window_show_last_article (SpotsWindow *self)
{
  g_autofree char *last_article = NULL;

  g_return_if_fail (SPOTS_IS_WINDOW (self));

  last_article = g_settings_get_string (self->settings, "last-article");
  if (last_article[0] == '\0' || !spots_window_show_article (self, last_article, NULL))
    spots_window_show_home (self);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_WINDOW);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->history, g_ptr_array_unref);

  G_OBJECT_CLASS (spots_window_parent_class)->dispose (object);
}

static void
spots_window_class_init (SpotsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = spots_window_dispose;
  window_class->close_request = spots_window_close_request;

  g_type_ensure (SPOTS_TYPE_SIDEBAR);
  g_type_ensure (SPOTS_TYPE_ARTICLE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/spots-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SpotsWindow, article_view);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_article_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_open_link);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_activated);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   toggle_sidebar_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
}

static void
spots_window_init (SpotsWindow *self)
{
  GtkGesture *mouse_buttons = gtk_gesture_click_new ();

  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) place_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  update_navigation_actions (self);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (mouse_buttons), 0);
  g_signal_connect (mouse_buttons, "pressed", G_CALLBACK (on_mouse_button), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (mouse_buttons));
}

SpotsWindow *
spots_window_new (SpotsApplication *application)
{
  SpotsWindow *self = g_object_new (SPOTS_TYPE_WINDOW, "application", application, NULL);

  self->library = g_object_ref (spots_application_get_library (application));
  self->settings = g_object_ref (spots_application_get_settings (application));
  spots_sidebar_set_library (self->sidebar, self->library);
  restore_state (self);

  return self;
}
