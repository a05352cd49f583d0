/* spots-application.h: the Skin Spots application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-command-line.h"
#include "spots-library.h"
#include "spots-search.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_APPLICATION (spots_application_get_type ())

G_DECLARE_FINAL_TYPE (SpotsApplication, spots_application, SPOTS, APPLICATION, GtkApplication)

SpotsApplication *spots_application_new          (const SpotsCommandLine *command_line);
SpotsLibrary     *spots_application_get_library  (SpotsApplication *self);
GSettings        *spots_application_get_settings (SpotsApplication *self);
SpotsSearchIndex *spots_application_get_search_index (SpotsApplication *self);

G_END_DECLS
