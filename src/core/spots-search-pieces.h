/* spots-search-pieces.h: the readable text of an article, piece by piece
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-article.h"

G_BEGIN_DECLS

/* Called with each piece in turn; returns %FALSE to stop. */
typedef gboolean (*SpotsSearchPieceFunc) (const char *text,
                                          gpointer    user_data);

void spots_search_pieces_foreach (SpotsArticle         *article,
                                  SpotsSearchPieceFunc  func,
                                  gpointer              user_data);

G_END_DECLS
