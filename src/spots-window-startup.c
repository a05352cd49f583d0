/* spots-window-startup.c: what a new window does around its first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first frame comes first: CSS transitions stay off until a second
 * after it (the "starting" class, ui/style.css), and the shortcuts window
 * is built once it is on screen.
 */
#define G_LOG_DOMAIN "spots-window-startup"

#include "config.h"

#include "spots-window-private.h"

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

void
_spots_window_startup_init (SpotsWindow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "starting");
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
}

