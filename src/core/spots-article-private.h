/* spots-article-private.h: building articles, for the parser and library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-article.h"

G_BEGIN_DECLS

/* A place in an article that names another article. The parser notes where
 * the link stands, because only it knows; the library reports it if the
 * target turns out not to exist. The message is only written then: most
 * links are fine, and a GError per link was a good part of an article's
 * memory. */
#define SPOTS_ARTICLE_LINK_RELATED G_MAXUINT

typedef struct
{
  char *target;
  char *section;          /* (nullable) */
  guint run;              /* where the run is in the body; _RELATED for <see> */
  guint line;
  guint column;
  gboolean reported;
} SpotsArticleLink;

/* A callout as written, with the situations it speaks of: what the library
 * needs to compare it with the checklist. */
typedef struct
{
  char *answers;          /* as for --checklist-evaluate */
  guint line;
  guint column;
} SpotsArticleSituation;

typedef struct
{
  SpotsCalloutKind kind;
  char *title;            /* (nullable) */
  char *tier;             /* (nullable) */
  guint line;
  guint column;
  GArray *situations;     /* (nullable) SpotsArticleSituation */
} SpotsArticleCallout;

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
void          spots_article_set_body       (SpotsArticle      *self,
                                            const GByteArray  *body,
                                            const GByteArray  *section_ids);
gboolean      spots_article_has_section    (SpotsArticle      *self,
                                            const char        *section_id);
void          spots_article_append_reference (SpotsArticle    *self,
                                            SpotsReference    *reference);
void          spots_article_set_compare    (SpotsArticle      *self,
                                            SpotsCompareFacts *compare);
void          spots_article_add_link       (SpotsArticle      *self,
                                            const char        *target,
                                            const char        *section,
                                            guint              run,
                                            guint              line,
                                            guint              column);
GArray       *spots_article_get_links      (SpotsArticle      *self);
GError       *spots_article_new_link_error (SpotsArticle      *self,
                                            const SpotsArticleLink *link);
void          spots_article_drop_link      (SpotsArticle      *self,
                                            SpotsArticleLink  *link);
void          spots_article_set_review     (SpotsArticle      *self,
                                            SpotsReview       *review);
void          spots_article_situations_append (GArray        **situations,
                                            const char        *answers,
                                            guint              line,
                                            guint              column);
void          spots_article_add_callout    (SpotsArticle      *self,
                                            SpotsCalloutKind   kind,
                                            const char        *title,
                                            const char        *tier,
                                            guint              line,
                                            guint              column,
                                            GArray            *situations);
GArray       *spots_article_get_callouts   (SpotsArticle      *self);

G_END_DECLS
