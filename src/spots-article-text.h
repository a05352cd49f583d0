/* spots-article-text.h: an article's text, laid out once per width
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-inline-text.h"
#include "spots-text-normalize.h"

G_BEGIN_DECLS

/* The style of a piece of text; the view's tags are named after these. */
#define SPOTS_TEXT_BODY      "body"
#define SPOTS_TEXT_SUMMARY   "summary"
#define SPOTS_TEXT_CAPTION   "caption"
#define SPOTS_TEXT_REFERENCE "reference"
#define SPOTS_TEXT_ITEM      "list-item"
#define SPOTS_TEXT_STRONG    "strong"

#define SPOTS_TYPE_ARTICLE_TEXT (spots_article_text_get_type ())

G_DECLARE_FINAL_TYPE (SpotsArticleText, spots_article_text, SPOTS, ARTICLE_TEXT, GtkTextView)

GtkWidget  *spots_article_text_new              (void);
void        spots_article_text_clear            (SpotsArticleText      *self);
void        spots_article_text_push_style       (SpotsArticleText      *self,
                                                 const char            *style);
void        spots_article_text_pop_style        (SpotsArticleText      *self);
void        spots_article_text_append           (SpotsArticleText      *self,
                                                 const char            *text,
                                                 const char            *style);
void        spots_article_text_append_inline    (SpotsArticleText      *self,
                                                 const SpotsInlineText *text);
void        spots_article_text_append_link      (SpotsArticleText      *self,
                                                 const char            *text,
                                                 const char            *uri);
void        spots_article_text_end_paragraph    (SpotsArticleText      *self);
void        spots_article_text_append_widget    (SpotsArticleText      *self,
                                                 GtkWidget             *widget,
                                                 const char            *section);
void        spots_article_text_append_inline_widget (SpotsArticleText  *self,
                                                 GtkWidget             *widget);
void        spots_article_text_finish           (SpotsArticleText      *self);

gboolean    spots_article_text_scroll_to        (SpotsArticleText      *self,
                                                 const char            *section);
void        spots_article_text_scroll_to_top    (SpotsArticleText      *self);

guint       spots_article_text_find             (SpotsArticleText      *self,
                                                 const char            *query);
void        spots_article_text_show_match       (SpotsArticleText      *self,
                                                 guint                  index);
char       *spots_article_text_dup_text         (SpotsArticleText      *self);

gboolean    spots_article_text_move_focus       (SpotsArticleText      *self,
                                                 gboolean               forward);
gboolean    spots_article_text_follow_link_at_cursor (SpotsArticleText *self);

G_END_DECLS
