/* spots-window-search.c: the search bar of the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing in the entry searches as you type (spots_window_search, one
 * place in the history however many letters); Down moves into the
 * results and Enter opens the first; closing the bar leaves the results.
 * Typing while the sidebar has focus starts a search too.
 */
#define G_LOG_DOMAIN "spots-window-search"

#include "config.h"

#include "spots-window-private.h"

/* The results come with the words that found them, also when the search
 * came from elsewhere (GNOME Shell, history). */
void
_spots_window_show_search_words (SpotsWindow *self,
                                 const char  *query)
{
  g_autoptr(GListModel) results = spots_search_index_query (self->search_index, query);

  spots_search_view_set_results (self->search_view, query, results);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), query) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
}

void
_spots_window_start_search (SpotsWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

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

/* Closing the search bar leaves the results page. */
static void
on_search_mode_changed (SpotsWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar) &&
      _spots_window_get_current_kind (self) == SPOTS_PLACE_SEARCH)
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

void
_spots_window_search_init (SpotsWindow *self)
{
  GtkEventController *search_keys = gtk_event_controller_key_new ();

  g_signal_connect (search_keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), search_keys);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->sidebar));
}

void
_spots_window_class_search_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);
}
