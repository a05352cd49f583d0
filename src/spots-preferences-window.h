/* spots-preferences-window.h: the local emergency number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SPOTS_TYPE_PREFERENCES_WINDOW (spots_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SpotsPreferencesWindow, spots_preferences_window, SPOTS, PREFERENCES_WINDOW,
                      GtkWindow)

GtkWidget  *spots_preferences_window_new           (GtkWindow *parent,
                                                    GSettings *settings);
char       *spots_preferences_dup_emergency_number (GSettings *settings);
char       *spots_preferences_dup_chosen_emergency_number (void);

G_END_DECLS
