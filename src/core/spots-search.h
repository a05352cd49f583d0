/* spots-search.h: full-text search over the articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-library.h"
#include "spots-text-normalize.h"

G_BEGIN_DECLS

/* Snippets are cut to about this many characters, plus "…" at a cut end. */
#define SPOTS_SNIPPET_LENGTH 140

#define SPOTS_TYPE_SEARCH_RESULT (spots_search_result_get_type ())

G_DECLARE_FINAL_TYPE (SpotsSearchResult, spots_search_result, SPOTS, SEARCH_RESULT, GObject)

SpotsArticle     *spots_search_result_get_article        (SpotsSearchResult *self);
guint             spots_search_result_get_score          (SpotsSearchResult *self);
const char       *spots_search_result_get_snippet        (SpotsSearchResult *self);
GArray           *spots_search_result_get_highlights     (SpotsSearchResult *self);
const char       *spots_search_result_get_snippet_markup (SpotsSearchResult *self);

#define SPOTS_TYPE_SEARCH_INDEX (spots_search_index_get_type ())

G_DECLARE_FINAL_TYPE (SpotsSearchIndex, spots_search_index, SPOTS, SEARCH_INDEX, GObject)

SpotsSearchIndex *spots_search_index_new                 (SpotsLibrary      *library);
GListModel       *spots_search_index_query               (SpotsSearchIndex  *self,
                                                          const char        *query);

G_END_DECLS
