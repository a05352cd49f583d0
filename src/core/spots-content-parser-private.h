/* spots-content-parser-private.h: from bytes to model objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-article.h"
#include "spots-category.h"
#include "spots-checklist.h"
#include "spots-xml-private.h"

G_BEGIN_DECLS

GBytes        *spots_content_read_file     (const char        *path,
                                            const char        *display_name,
                                            const char        *confine_to,
                                            GError           **error);
char          *spots_content_resolve_image (const char        *images_uri,
                                            const char        *src);

SpotsArticle  *spots_article_parse         (SpotsXmlDocument  *document,
                                            const char        *images_uri,
                                            GError           **error);
GPtrArray     *spots_categories_parse      (SpotsXmlDocument  *document,
                                            GError           **error);
gboolean       spots_checklist_check_safety (SpotsXmlDocument *document,
                                            GError           **error);
SpotsChecklist *spots_checklist_parse      (SpotsXmlDocument  *document,
                                            const char        *images_uri,
                                            GError           **error);

G_END_DECLS
