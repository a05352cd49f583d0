/* spots-article-writer.h: an article's blocks into a SpotsArticleText
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-article-text.h"
#include "spots-library.h"

G_BEGIN_DECLS

void        spots_article_writer_write (SpotsArticleText *text,
                                        SpotsLibrary     *library,
                                        SpotsArticle     *article);

G_END_DECLS
