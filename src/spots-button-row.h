/* spots-button-row.h: buttons side by side, stacked when the window is narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SPOTS_TYPE_BUTTON_ROW (spots_button_row_get_type ())

/* Built from GtkBuilder files only: properties "spacing" and "homogeneous". */
G_DECLARE_FINAL_TYPE (SpotsButtonRow, spots_button_row, SPOTS, BUTTON_ROW, GtkWidget)

G_END_DECLS
