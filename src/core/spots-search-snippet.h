/* spots-search-snippet.h: the line under a search result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *spots_search_snippet_new (const char         *piece,
                                const char * const *words,
                                GArray            **highlights);

G_END_DECLS
