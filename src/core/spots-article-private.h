/* spots-article-private.h: building articles, for the parser and library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-article.h"

G_BEGIN_DECLS

/* A place in an article that names another article. The error is prepared
 * when the file is parsed, because only the parser knows where the link
 * stands; the library raises it if the target turns out not to exist. */
typedef struct
{
  char *target;
  SpotsInlineText *text;  /* the run holding an inline link; NULL for <see> */
  guint run;
  GError *if_missing;
} SpotsArticleLink;

SpotsArticle *spots_article_new            (const char        *id,
                                            const char        *category_id,
                                            guint              order,
                                            const char        *source_file);
void          spots_article_set_position   (SpotsArticle      *self,
                                            guint              line,
                                            guint              column);
void          spots_article_get_position   (SpotsArticle      *self,
                                            guint             *line,
                                            guint             *column);
void          spots_article_set_text       (SpotsArticle      *self,
                                            const char        *title,
                                            const char        *summary);
void          spots_article_take_keywords  (SpotsArticle      *self,
                                            GStrv              keywords);
void          spots_article_append_block   (SpotsArticle      *self,
                                            SpotsBlock        *block);
void          spots_article_append_reference (SpotsArticle    *self,
                                            SpotsReference    *reference);
void          spots_article_set_compare    (SpotsArticle      *self,
                                            SpotsCompareFacts *compare);
void          spots_article_add_link       (SpotsArticle      *self,
                                            const char        *target,
                                            SpotsInlineText   *text,
                                            guint              run,
                                            GError            *if_missing);
GPtrArray    *spots_article_get_links      (SpotsArticle      *self);
void          spots_article_drop_link      (SpotsArticle      *self,
                                            SpotsArticleLink  *link);

G_END_DECLS
