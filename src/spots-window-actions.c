/* spots-window-actions.c: the main window's win.* actions and their keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keys (also in the shortcuts window, ui/spots-help-overlay.ui):
 *   Ctrl+K           search all topics
 *   Ctrl+F           find in the article shown; anywhere else, search topics
 *   typing           in the sidebar, starts a topic search
 *   Down / Enter     in the search entry: into the results / open the first
 *   Alt+Left/Right   back and forward (also the mouse's side buttons)
 *
 * win.toggle-sidebar and win.bookmark are property actions over the
 * window's sidebar-shown and bookmarked: their buttons follow the state.
 */
#define G_LOG_DOMAIN "spots-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-gtk-version.h"
#include "spots-markup.h"
#include "spots-window-private.h"

static const double zoom_levels[] = { 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

void
_spots_window_actions_update (SpotsWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  SpotsArticle *article = _spots_window_get_current_article (self);
  gboolean printable = article != NULL || _spots_window_showing_checklist_result (self);

  gtk_widget_action_set_enabled (widget, "win.back",
                                 spots_history_get_can_go_back (self->history));
  gtk_widget_action_set_enabled (widget, "win.forward",
                                 spots_history_get_can_go_forward (self->history));
  gtk_widget_action_set_enabled (widget, "win.bookmark", article != NULL);
  gtk_widget_action_set_enabled (widget, "win.print", printable);
  gtk_widget_action_set_enabled (widget, "win.export-pdf", printable);
  gtk_widget_action_set_enabled (widget, "win.find", article != NULL);
  /* The menu item is there only when there is something to see. */
  gtk_widget_action_set_enabled (widget, "win.content-problems",
                                 self->library != NULL &&
                                 spots_library_get_problems (self->library)->len > 0);
  _spots_window_bookmarks_update (self);
}

/* The actions that only say a verb of the window. */
static const struct
{
  const char *name;
  void (*verb) (SpotsWindow *self);
} verbs[] = {
  { "win.home", spots_window_show_home },
  { "win.search", _spots_window_start_search },
  { "win.print", _spots_window_print },
  { "win.export-pdf", _spots_window_choose_export_file },
  { "win.checklist", spots_window_show_checklist },
};

static void
verb_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (verbs[i].name, action_name))
      verbs[i].verb (SPOTS_WINDOW (widget));
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
show_article_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  spots_window_show_article (SPOTS_WINDOW (widget), g_variant_get_string (parameter, NULL), NULL);
}

/* A link in an article: another article or a section of one, the
 * checklist, or a page outside, which the system browser opens. */
static void
open_link_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);
  const char *uri = g_variant_get_string (parameter, NULL);
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

#if SPOTS_GTK_4_10
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
  }
#else
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
#endif
}

/* Ctrl+F: find in the article shown; elsewhere, search the topics. */
static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);

  if (_spots_window_get_current_article (self) != NULL &&
      !gtk_search_bar_get_search_mode (self->search_bar))
    spots_article_view_start_find (self->article_view);
  else
    _spots_window_start_search (self);
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

/* The next level of text-zoom in @direction, or the default for 0. */
static double
next_zoom (double zoom,
           int    direction)
{
  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
        if (zoom_levels[i] > zoom + 0.001)
          return zoom_levels[i];
      return zoom_levels[G_N_ELEMENTS (zoom_levels) - 1];
    }

  if (direction < 0)
    {
      for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
        if (zoom_levels[i - 1] < zoom - 0.001)
          return zoom_levels[i - 1];
      return zoom_levels[0];
    }

  return 1.0;
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0; the parameter is the direction. */
static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);
  double zoom = g_settings_get_double (self->settings, "text-zoom");
  int direction = g_str_equal (action_name, "win.zoom-in")    ? 1
                  : g_str_equal (action_name, "win.zoom-out") ? -1
                                                              : 0;

  g_settings_set_double (self->settings, "text-zoom", next_zoom (zoom, direction));
}

static void
dismiss_error_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _spots_window_show_error (SPOTS_WINDOW (widget), NULL);
}

static void
compare_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);
  SpotsArticle *article = _spots_window_get_current_article (self);
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
  _spots_window_go (SPOTS_WINDOW (widget), spots_place_new_problems ());
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

/* The mouse's side buttons, which are not keys a class can bind. */
void
_spots_window_actions_init (SpotsWindow *self)
{
  GtkGesture *mouse_buttons = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (mouse_buttons), 0);
  g_signal_connect (mouse_buttons, "pressed", G_CALLBACK (on_mouse_button), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (mouse_buttons));
}

static const struct
{
  const char *name;
  const char *parameter_type;
  GtkWidgetActionActivateFunc activate;
} actions[] = {
  { "win.back", NULL, back_activated },
  { "win.forward", NULL, forward_activated },
  { "win.show-article", "s", show_article_activated },
  { "win.open-link", "s", open_link_activated },
  { "win.find", NULL, find_activated },
  { "win.show-bookmarks", NULL, show_bookmarks_activated },
  { "win.zoom-in", NULL, zoom_activated },
  { "win.zoom-out", NULL, zoom_activated },
  { "win.zoom-reset", NULL, zoom_activated },
  { "win.dismiss-error", NULL, dismiss_error_activated },
  { "win.compare", NULL, compare_activated },
  { "win.content-problems", NULL, content_problems_activated },
};

static const struct
{
  guint keyval;
  GdkModifierType modifiers;
  const char *action;
} keys[] = {
  { GDK_KEY_Left, GDK_ALT_MASK, "win.back" },
  { GDK_KEY_Right, GDK_ALT_MASK, "win.forward" },
  { GDK_KEY_Back, 0, "win.back" },
  { GDK_KEY_Forward, 0, "win.forward" },
  { GDK_KEY_Home, GDK_ALT_MASK, "win.home" },
  { GDK_KEY_F9, 0, "win.toggle-sidebar" },
  { GDK_KEY_k, GDK_CONTROL_MASK, "win.search" },
  { GDK_KEY_f, GDK_CONTROL_MASK, "win.find" },
  { GDK_KEY_d, GDK_CONTROL_MASK, "win.bookmark" },
  { GDK_KEY_b, GDK_CONTROL_MASK, "win.show-bookmarks" },
  { GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in" },
  { GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in" },
  { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in" },
  { GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out" },
  { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out" },
  { GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset" },
  { GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset" },
  { GDK_KEY_p, GDK_CONTROL_MASK, "win.print" },
  { GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-pdf" },
  { GDK_KEY_m, GDK_CONTROL_MASK, "win.compare" },
  { GDK_KEY_e, GDK_CONTROL_MASK, "win.checklist" },
  { GDK_KEY_w, GDK_CONTROL_MASK, "window.close" },
};

void
_spots_window_class_actions_init (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    gtk_widget_class_install_action (widget_class, verbs[i].name, NULL, verb_activated);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].parameter_type,
                                     actions[i].activate);
  gtk_widget_class_install_property_action (widget_class, "win.toggle-sidebar", "sidebar-shown");
  gtk_widget_class_install_property_action (widget_class, "win.bookmark", "bookmarked");

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, keys[i].modifiers,
                                         keys[i].action, NULL);
}
