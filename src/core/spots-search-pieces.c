/* spots-search-pieces.c: the readable text of an article, piece by piece
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A piece is one paragraph, list item, heading, callout title, figure
 * text or comparison note, with the summary first, in reading order. The
 * index numbers the pieces as this walk meets them and a snippet finds its
 * piece again by that number, so both must walk the same way: here.
 */
#define G_LOG_DOMAIN "spots-search-pieces"

#include "config.h"

#include "spots-search-pieces.h"

typedef struct
{
  SpotsSearchPieceFunc func;
  gpointer user_data;
} Walk;

static gboolean
visit_text (Walk       *walk,
            const char *text)
{
  return text == NULL || walk->func (text, walk->user_data);
}

static gboolean
visit_inline_text (Walk            *walk,
                   SpotsInlineText *text)
{
  g_autofree char *string = NULL;

  if (text == NULL)
    return TRUE;

  string = spots_inline_text_to_string (text);
  return visit_text (walk, string);
}

static gboolean
visit_blocks (Walk       *walk,
              GListModel *blocks)
{
  guint n = g_list_model_get_n_items (blocks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);
      gboolean go_on = TRUE;

      switch (spots_block_get_kind (block))
        {
        case SPOTS_BLOCK_HEADING:
        case SPOTS_BLOCK_PARAGRAPH:
          go_on = visit_inline_text (walk, spots_block_get_text (block));
          break;

        case SPOTS_BLOCK_LIST:
        case SPOTS_BLOCK_STEPS:
          for (guint j = 0; go_on && j < spots_block_get_n_items (block); j++)
            go_on = visit_inline_text (walk, spots_block_get_item (block, j));
          break;

        case SPOTS_BLOCK_CALLOUT:
          go_on = visit_text (walk, spots_block_get_title (block)) &&
                  visit_blocks (walk, spots_block_get_children (block));
          break;

        case SPOTS_BLOCK_FIGURE:
          go_on = visit_text (walk, spots_block_get_alt_text (block)) &&
                  visit_inline_text (walk, spots_block_get_text (block));
          break;

        }

      if (!go_on)
        return FALSE;
    }

  return TRUE;
}

/**
 * spots_search_pieces_foreach:
 * @func: called with each piece, in order, until it returns %FALSE
 *
 * Walks the readable text of @article that search looks in, besides the
 * title and keywords. A piece may be blank.
 */
void
spots_search_pieces_foreach (SpotsArticle         *article,
                             SpotsSearchPieceFunc  func,
                             gpointer              user_data)
{
  Walk walk = { func, user_data };
  SpotsCompareFacts *compare;

  g_return_if_fail (SPOTS_IS_ARTICLE (article));
  g_return_if_fail (func != NULL);

  if (!visit_text (&walk, spots_article_get_summary (article)) ||
      !visit_blocks (&walk, spots_article_get_blocks (article)))
    return;

  compare = spots_article_get_compare (article);
  for (SpotsFact fact = 0; compare != NULL && fact < SPOTS_N_FACTS; fact++)
    if (!visit_text (&walk, spots_compare_facts_get_text (compare, fact)))
      return;
}
