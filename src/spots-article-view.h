/* spots-article-view.h: one article, as native widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-library.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_ARTICLE_VIEW (spots_article_view_get_type ())

G_DECLARE_FINAL_TYPE (SpotsArticleView, spots_article_view, SPOTS, ARTICLE_VIEW, GtkWidget)

GtkWidget    *spots_article_view_new             (void);
void          spots_article_view_set_article     (SpotsArticleView *self,
                                                  SpotsLibrary     *library,
                                                  SpotsArticle     *article);
SpotsArticle *spots_article_view_get_article     (SpotsArticleView *self);
gboolean      spots_article_view_scroll_to       (SpotsArticleView *self,
                                                  const char       *section);
void          spots_article_view_start_find      (SpotsArticleView *self);
guint         spots_article_view_find            (SpotsArticleView *self,
                                                  const char       *query);
void          spots_article_view_find_next       (SpotsArticleView *self,
                                                  int               direction);
guint         spots_article_view_get_current_match (SpotsArticleView *self);

G_END_DECLS
