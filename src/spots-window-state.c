/* spots-window-state.c: what the main window keeps across runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The size, whether it was maximized and the reader's choice of sidebar
 * are bound to their settings through a delayed GSettings of the window's
 * own, applied when the window closes: dragging a window's edge does not
 * write to disk at every step. The last article is written on close too.
 */
#define G_LOG_DOMAIN "spots-window-state"

#include "config.h"

#include "spots-settings-repair.h"
#include "spots-window-private.h"

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

/* The same schema, path and backend as the application's settings (a test
 * may give it a keyfile), but delayed. */
static GSettings *
new_delayed_settings (GSettings *settings)
{
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *path = NULL;
  GSettings *delayed;

  g_object_get (settings, "backend", &backend, "settings-schema", &schema, "path", &path, NULL);
  delayed = g_settings_new_full (schema, backend, path);
  g_settings_delay (delayed);

  return delayed;
}

void
_spots_window_state_restore (SpotsWindow *self)
{
  int screen_width, screen_height;

  get_screen_size (self, &screen_width, &screen_height);
  spots_settings_repair_window_size (self->settings, screen_width, screen_height);

  self->state = new_delayed_settings (self->settings);
  g_settings_bind (self->state, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->state, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->state, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->state, "sidebar-visible", self, "sidebar-wanted",
                   G_SETTINGS_BIND_DEFAULT);

  /* A window that was narrow starts folded: unfolded, the sidebar beside
   * the page would make it wider than it was left. */
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) &&
      g_settings_get_int (self->state, "window-width") < SPOTS_WINDOW_FOLD_WIDTH)
    _spots_window_set_folded (self, TRUE);
}

void
_spots_window_state_save (SpotsWindow *self)
{
  SpotsArticle *article = _spots_window_get_current_article (self);

  g_settings_set_string (self->state, "last-article",
                         article != NULL ? spots_article_get_id (article) : "");
  g_settings_apply (self->state);
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
