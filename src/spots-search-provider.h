/* spots-search-provider.h: the articles in GNOME Shell's search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-application.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_SEARCH_PROVIDER (spots_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (SpotsSearchProvider, spots_search_provider, SPOTS, SEARCH_PROVIDER, GObject)

SpotsSearchProvider *spots_search_provider_new      (SpotsApplication    *application);
gboolean             spots_search_provider_export   (SpotsSearchProvider *self,
                                                     GDBusConnection     *connection,
                                                     const char          *object_path,
                                                     GError             **error);
void                 spots_search_provider_unexport (SpotsSearchProvider *self);

G_END_DECLS
