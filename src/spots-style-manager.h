/* spots-style-manager.h: light or dark, following the desktop or the user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SPOTS_TYPE_STYLE_MANAGER (spots_style_manager_get_type ())

G_DECLARE_FINAL_TYPE (SpotsStyleManager, spots_style_manager, SPOTS, STYLE_MANAGER, GObject)

SpotsStyleManager *spots_style_manager_new     (GSettings         *settings);
gboolean           spots_style_manager_is_dark (SpotsStyleManager *self);
gboolean           spots_style_manager_gtk_is_dark (void);

G_END_DECLS
