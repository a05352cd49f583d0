/* spots-settings-repair.h: settings that no longer fit are put right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-library.h"

G_BEGIN_DECLS

/* The smallest window the pages are laid out for (the metainfo's display
 * length). */
#define SPOTS_WINDOW_MIN_WIDTH  360
#define SPOTS_WINDOW_MIN_HEIGHT 300

gboolean spots_settings_repair_content     (GSettings    *settings,
                                            SpotsLibrary *library);
gboolean spots_settings_repair_values      (GSettings    *settings);
gboolean spots_settings_repair_window_size (GSettings    *settings,
                                            int           screen_width,
                                            int           screen_height);

G_END_DECLS
