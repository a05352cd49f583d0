/* spots-search-results.c: the results of one query, made as they are read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A short query can match every article, but the reader sees the first
 * screenful and usually types on. So the query only ranks the articles
 * (SpotsSearchHit) and the model makes a SpotsSearchResult, snippet and
 * all, the first time a position is read, then keeps it, so reading a
 * position twice gives the same object.
 */
#define G_LOG_DOMAIN "spots-search-results"

#include "config.h"

#include "spots-search-private.h"

struct _SpotsSearchResults
{
  GObject parent_instance;

  SpotsSearchIndex *index;
  char **words;
  GArray *ranges;               /* SpotsWordRange, one per word */
  GArray *hits;                 /* SpotsSearchHit, best first */
  SpotsSearchResult **items;    /* NULL until one is read */
};

static void spots_search_results_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SpotsSearchResults, spots_search_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      spots_search_results_list_model_init))

static GType
spots_search_results_get_item_type (GListModel *model)
{
  return SPOTS_TYPE_SEARCH_RESULT;
}

static guint
spots_search_results_get_n_items (GListModel *model)
{
  return SPOTS_SEARCH_RESULTS (model)->hits->len;
}

static gpointer
spots_search_results_get_item (GListModel *model,
                               guint       position)
{
  SpotsSearchResults *self = SPOTS_SEARCH_RESULTS (model);

  if (position >= self->hits->len)
    return NULL;

  if (self->items == NULL)
    self->items = g_new0 (SpotsSearchResult *, self->hits->len);

  if (self->items[position] == NULL)
    self->items[position] =
      spots_search_index_make_result (self->index, (const char * const *) self->words,
                                      self->ranges,
                                      &g_array_index (self->hits, SpotsSearchHit, position));

  return g_object_ref (self->items[position]);
}

static void
spots_search_results_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = spots_search_results_get_item_type;
  iface->get_n_items = spots_search_results_get_n_items;
  iface->get_item = spots_search_results_get_item;
}

static void
spots_search_results_finalize (GObject *object)
{
  SpotsSearchResults *self = SPOTS_SEARCH_RESULTS (object);

  for (guint i = 0; self->items != NULL && i < self->hits->len; i++)
    g_clear_object (&self->items[i]);
  g_clear_pointer (&self->items, g_free);
  g_clear_object (&self->index);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->ranges, g_array_unref);
  g_clear_pointer (&self->hits, g_array_unref);

  G_OBJECT_CLASS (spots_search_results_parent_class)->finalize (object);
}

static void
spots_search_results_class_init (SpotsSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = spots_search_results_finalize;
}

static void
spots_search_results_init (SpotsSearchResults *self)
{
}

/**
 * spots_search_results_new:
 * @words: (transfer full): the query's words
 * @ranges: (transfer full) (element-type SpotsWordRange): where each of
 *   @words is in @index's words
 * @hits: (transfer full) (element-type SpotsSearchHit): the matches, best
 *   first
 *
 * Returns: (transfer full): a #GListModel of #SpotsSearchResult.
 */
GListModel *
spots_search_results_new (SpotsSearchIndex  *index,
                          char             **words,
                          GArray            *ranges,
                          GArray            *hits)
{
  SpotsSearchResults *self;

  g_return_val_if_fail (SPOTS_IS_SEARCH_INDEX (index), NULL);
  g_return_val_if_fail (words != NULL, NULL);
  g_return_val_if_fail (ranges != NULL, NULL);
  g_return_val_if_fail (hits != NULL, NULL);

  self = g_object_new (SPOTS_TYPE_SEARCH_RESULTS, NULL);
  self->index = g_object_ref (index);
  self->words = words;
  self->ranges = ranges;
  self->hits = hits;

  return G_LIST_MODEL (self);
}
