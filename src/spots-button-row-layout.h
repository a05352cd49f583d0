/* spots-button-row-layout.h: children side by side, stacked when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SPOTS_TYPE_BUTTON_ROW_LAYOUT (spots_button_row_layout_get_type ())

G_DECLARE_FINAL_TYPE (SpotsButtonRowLayout, spots_button_row_layout, SPOTS, BUTTON_ROW_LAYOUT,
                      GtkLayoutManager)

GtkLayoutManager *spots_button_row_layout_new             (void);

int               spots_button_row_layout_get_spacing     (SpotsButtonRowLayout *self);
void              spots_button_row_layout_set_spacing     (SpotsButtonRowLayout *self,
                                                           int                   spacing);
gboolean          spots_button_row_layout_get_homogeneous (SpotsButtonRowLayout *self);
void              spots_button_row_layout_set_homogeneous (SpotsButtonRowLayout *self,
                                                           gboolean              homogeneous);
int               spots_button_row_layout_get_stack_below (SpotsButtonRowLayout *self);
void              spots_button_row_layout_set_stack_below (SpotsButtonRowLayout *self,
                                                           int                   width);

G_END_DECLS
