/* spots-search-view.h: search results, ranked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-search.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_SEARCH_VIEW (spots_search_view_get_type ())

G_DECLARE_FINAL_TYPE (SpotsSearchView, spots_search_view, SPOTS, SEARCH_VIEW, GtkWidget)

void     spots_search_view_set_results (SpotsSearchView *self,
                                        const char      *query,
                                        GListModel      *results);
guint    spots_search_view_get_n_results (SpotsSearchView *self);
gboolean spots_search_view_focus_first (SpotsSearchView *self);
gboolean spots_search_view_activate_first (SpotsSearchView *self);

G_END_DECLS
