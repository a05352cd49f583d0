/* spots-button-row.h: buttons side by side, stacked when the window is narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-button-row-layout.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_BUTTON_ROW (spots_button_row_get_type ())

G_DECLARE_FINAL_TYPE (SpotsButtonRow, spots_button_row, SPOTS, BUTTON_ROW, GtkWidget)

GtkWidget            *spots_button_row_new        (int             spacing);
SpotsButtonRowLayout *spots_button_row_get_layout (SpotsButtonRow *self);

G_END_DECLS
