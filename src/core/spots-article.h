/* spots-article.h: one reference page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-block.h"
#include "spots-compare-facts.h"
#include "spots-reference.h"
#include "spots-review.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_ARTICLE (spots_article_get_type ())

G_DECLARE_FINAL_TYPE (SpotsArticle, spots_article, SPOTS, ARTICLE, GObject)

const char         *spots_article_get_id          (SpotsArticle *self);
const char         *spots_article_get_title       (SpotsArticle *self);
const char         *spots_article_get_summary     (SpotsArticle *self);
const char         *spots_article_get_category_id (SpotsArticle *self);
guint               spots_article_get_order       (SpotsArticle *self);
const char         *spots_article_get_source_file (SpotsArticle *self);
const char * const *spots_article_get_keywords    (SpotsArticle *self);
GListModel         *spots_article_get_blocks      (SpotsArticle *self);
GListModel         *spots_article_get_references  (SpotsArticle *self);
SpotsCompareFacts  *spots_article_get_compare     (SpotsArticle *self);
SpotsReview        *spots_article_get_review      (SpotsArticle *self);
const char * const *spots_article_get_related     (SpotsArticle *self);
SpotsBlock         *spots_article_find_heading    (SpotsArticle *self,
                                                   const char   *anchor);
int                 spots_article_compare         (SpotsArticle *a,
                                                   SpotsArticle *b);

G_END_DECLS
