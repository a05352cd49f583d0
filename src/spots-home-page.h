/* spots-home-page.h: the first screen: the checklist and the topics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-library.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_HOME_PAGE (spots_home_page_get_type ())

G_DECLARE_FINAL_TYPE (SpotsHomePage, spots_home_page, SPOTS, HOME_PAGE, GtkWidget)

void spots_home_page_set_library (SpotsHomePage *self,
                                  SpotsLibrary  *library);

G_END_DECLS
