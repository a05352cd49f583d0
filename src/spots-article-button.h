/* spots-article-button.h: a button that opens an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-article.h"

G_BEGIN_DECLS

/* Where the button sits, which decides how its label lays out. */
typedef enum
{
  /* In running text ("Read about …", related articles, the table of
   * contents): wraps, starts at the start edge. */
  SPOTS_ARTICLE_BUTTON_LINK,
  /* An entry of a list of topics: one line, ellipsized, the full width. */
  SPOTS_ARTICLE_BUTTON_TOPIC,
  /* A column header of the compare table: wraps, rests on the table. */
  SPOTS_ARTICLE_BUTTON_COLUMN_HEADER,
} SpotsArticleButtonPlace;

GtkWidget *spots_article_button_new             (SpotsArticleButtonPlace  place,
                                                 const char              *text,
                                                 const char              *uri);
GtkWidget *spots_article_button_new_for_article (SpotsArticleButtonPlace  place,
                                                 const char              *text,
                                                 SpotsArticle            *article);

G_END_DECLS
