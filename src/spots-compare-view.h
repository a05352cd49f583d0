/* spots-compare-view.h: look-alike conditions side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-library.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_COMPARE_VIEW (spots_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (SpotsCompareView, spots_compare_view, SPOTS, COMPARE_VIEW, GtkWidget)

#define SPOTS_COMPARE_MAX 4

void   spots_compare_view_set_library  (SpotsCompareView   *self,
                                        SpotsLibrary       *library);
void   spots_compare_view_set_selected (SpotsCompareView   *self,
                                        const char * const *ids);
GStrv  spots_compare_view_get_selected (SpotsCompareView   *self);
void   spots_compare_view_add          (SpotsCompareView   *self,
                                        const char         *id);

G_END_DECLS
