/* spots-library.h: every article, from every content source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-article.h"
#include "spots-category.h"
#include "spots-checklist.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_LIBRARY (spots_library_get_type ())

G_DECLARE_FINAL_TYPE (SpotsLibrary, spots_library, SPOTS, LIBRARY, GObject)

#define SPOTS_BUILTIN_CONTENT RESOURCE_BASE "/content"

SpotsLibrary  *spots_library_new                  (void);
SpotsLibrary  *spots_library_new_default          (const char * const *content_dirs,
                                                   GError            **error);
SpotsLibrary  *spots_library_new_builtin          (void);
gboolean       spots_library_has_more             (const char * const *content_dirs);

void           spots_library_load_resource        (SpotsLibrary       *self,
                                                   const char         *resource_path);
gboolean       spots_library_load_directory       (SpotsLibrary       *self,
                                                   const char         *path,
                                                   GError            **error);
gboolean       spots_library_check_folder         (const char         *path,
                                                   GError            **error);
gboolean       spots_library_load_paths           (SpotsLibrary       *self,
                                                   const char * const *paths,
                                                   GPtrArray          *file_names,
                                                   GError            **error);
void           spots_library_finish               (SpotsLibrary       *self);
guint          spots_library_check_callouts       (SpotsLibrary       *self);

GListModel    *spots_library_get_categories       (SpotsLibrary       *self);
GListModel    *spots_library_get_articles         (SpotsLibrary       *self);
SpotsArticle  *spots_library_lookup               (SpotsLibrary       *self,
                                                   const char         *id);
SpotsCategory *spots_library_lookup_category      (SpotsLibrary       *self,
                                                   const char         *id);
GPtrArray     *spots_library_get_problems         (SpotsLibrary       *self);
SpotsChecklist *spots_library_get_checklist       (SpotsLibrary       *self);

G_END_DECLS
