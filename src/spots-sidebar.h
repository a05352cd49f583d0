/* spots-sidebar.h: the topics, by category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-library.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_SIDEBAR (spots_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (SpotsSidebar, spots_sidebar, SPOTS, SIDEBAR, GtkWidget)

void spots_sidebar_set_library    (SpotsSidebar *self,
                                   SpotsLibrary *library);
void spots_sidebar_select_article (SpotsSidebar *self,
                                   const char   *id);

G_END_DECLS
