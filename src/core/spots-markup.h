/* spots-markup.h: inline text as Pango markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-inline-text.h"

G_BEGIN_DECLS

/* Links between articles use this scheme: "spots:ID" or "spots:ID#SECTION". */
#define SPOTS_LINK_SCHEME "spots:"
/* Where a callout's link to the red-flag checklist leads. */
#define SPOTS_CHECKLIST_URI "spots-checklist:"

char     *spots_markup_from_inline (const SpotsInlineText *text,
                                    gboolean               with_links);
char     *spots_link_uri_new       (const char            *article_id,
                                    const char            *section);
gboolean  spots_link_uri_parse     (const char            *uri,
                                    char                 **article_id,
                                    char                 **section);

G_END_DECLS
