/* spots-search-private.h: what the search index and its results share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-search.h"
#include "spots-word-index.h"

G_BEGIN_DECLS

/* An article that matched, by its document number in the index. */
typedef struct
{
  guint32 document;
  guint32 score;
} SpotsSearchHit;

SpotsSearchResult *spots_search_result_new        (SpotsArticle         *article,
                                                   guint                 score,
                                                   char                 *snippet,
                                                   GArray               *highlights);

SpotsSearchResult *spots_search_index_make_result (SpotsSearchIndex     *self,
                                                   const char * const   *words,
                                                   GArray               *ranges,
                                                   const SpotsSearchHit *hit);

#define SPOTS_TYPE_SEARCH_RESULTS (spots_search_results_get_type ())

G_DECLARE_FINAL_TYPE (SpotsSearchResults, spots_search_results, SPOTS, SEARCH_RESULTS, GObject)

GListModel        *spots_search_results_new       (SpotsSearchIndex     *index,
                                                   char                **words,
                                                   GArray               *ranges,
                                                   GArray               *hits);

G_END_DECLS
