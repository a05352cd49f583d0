/* spots-content-walk-private.h: find the content files in a folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits that keep a walk short whatever it is given (--check-content /, a
 * folder of a million files): folders below the one given, content files
 * per walk, and names read per folder. */
#define SPOTS_CONTENT_MAX_DEPTH    8
#define SPOTS_CONTENT_MAX_FILES    5000
#define SPOTS_CONTENT_MAX_ENTRIES  50000

gboolean spots_content_is_file_name (const char *name);
gboolean spots_content_folder_has_files (const char  *folder,
                                         gboolean    *has_files,
                                         GError     **error);
gboolean spots_content_walk (const char  *folder,
                             gboolean     recursive,
                             GPtrArray   *files,
                             GPtrArray   *skipped,
                             GError     **error);

G_END_DECLS
