/* spots-problems-view.h: what was wrong with the user's content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-library.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_PROBLEMS_VIEW (spots_problems_view_get_type ())

G_DECLARE_FINAL_TYPE (SpotsProblemsView, spots_problems_view, SPOTS, PROBLEMS_VIEW, GtkWidget)

void   spots_problems_view_set_library (SpotsProblemsView *self,
                                        SpotsLibrary      *library);
guint  spots_problems_view_get_n_problems (SpotsProblemsView *self);
char  *spots_problems_view_dup_text    (SpotsProblemsView *self);

G_END_DECLS
