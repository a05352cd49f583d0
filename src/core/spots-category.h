/* spots-category.h: a group of articles in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-article.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_CATEGORY (spots_category_get_type ())

G_DECLARE_FINAL_TYPE (SpotsCategory, spots_category, SPOTS, CATEGORY, GObject)

SpotsCategory *spots_category_new          (const char    *id,
                                            const char    *title,
                                            const char    *summary);
const char    *spots_category_get_id       (SpotsCategory *self);
const char    *spots_category_get_title    (SpotsCategory *self);
const char    *spots_category_get_summary  (SpotsCategory *self);
GListModel    *spots_category_get_articles (SpotsCategory *self);
void           spots_category_set_text     (SpotsCategory *self,
                                            const char    *title,
                                            const char    *summary);
void           spots_category_add_article  (SpotsCategory *self,
                                            SpotsArticle  *article);

G_END_DECLS
