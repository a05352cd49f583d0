/* spots-content-loader-private.h: read content files into model objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-article.h"
#include "spots-checklist.h"

G_BEGIN_DECLS

/* What one content file gave: a problem, or one of the three kinds of
 * content. Files are read apart from the library, so that they can be read
 * on several threads and merged in order. */
typedef struct
{
  char *name;                /* as used in messages */
  GError *error;
  SpotsArticle *article;
  GPtrArray *categories;     /* SpotsCategory */
  SpotsChecklist *checklist;
} SpotsContentFile;

void              spots_content_file_read_bytes (SpotsContentFile *file,
                                                 const char       *name,
                                                 GBytes           *bytes,
                                                 const char       *images_uri);
SpotsContentFile *spots_content_files_read      (GPtrArray        *paths,
                                                 const char       *confine_to);
void              spots_content_files_free      (SpotsContentFile *files,
                                                 guint             n_files);
void              spots_content_file_clear      (SpotsContentFile *file);

G_END_DECLS
