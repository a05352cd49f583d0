/* spots-hostile-folder.h: a user content folder that tries everything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *good_ids;        /* articles that must load, with their file's title */
  GPtrArray *good_titles;
  GPtrArray *bad_files;       /* paths every one of which must be reported */
  GPtrArray *broken_builtin;  /* built-in ids a broken file tried to replace */
  guint n_files;              /* entries made in the folder */
} SpotsHostileFolder;

SpotsHostileFolder *spots_hostile_folder_new  (const char         *folder,
                                               guint               n_files);
void                spots_hostile_folder_free (SpotsHostileFolder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpotsHostileFolder, spots_hostile_folder_free)

G_END_DECLS
