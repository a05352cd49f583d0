/* spots-article-text-private.h: what the files of SpotsArticleText share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-article-text.h"

G_BEGIN_DECLS

typedef struct
{
  int start;            /* character offsets in the buffer */
  int end;
  GtkWidget *widget;    /* a focusable anchored widget; NULL for a link in the text */
} FocusStop;

typedef struct
{
  GtkWidget *widget;
  int offset;
  int indent;           /* pixels of margin the styles around it add */
} Child;

typedef struct
{
  int start;            /* buffer offsets; for a label, its anchor's offset */
  int end;
  GtkLabel *label;      /* NULL for a match in the text */
  SpotsTextRange range; /* bytes in the label's text */
} Match;

struct _SpotsArticleText
{
  GtkTextView parent_instance;

  GPtrArray *styles;        /* GtkTextTag: what every insertion gets now */
  GPtrArray *link_tags;     /* one per link; removed from the table on clear */
  GPtrArray *inset_tags;    /* margins for each sum of insets in use */
  GtkTextTag *inset;        /* the one for the styles pushed now */
  GArray *stops;            /* FocusStop, in reading order */
  GArray *children;         /* Child, in reading order */
  GHashTable *sections;     /* section id -> GtkTextMark (owned by the buffer) */
  GHashTable *headings;     /* section id -> anchored heading (unowned) */
  GArray *matches;          /* Match, in reading order */
  GPtrArray *marked_labels; /* labels whose attributes show matches */
  GtkTextMark *match_mark;
  GtkTextTag *match_tag;
  GtkTextTag *current_match_tag;
  int margin;               /* from the widget's edge to the column */
  int column;
  int link_style;           /* -1 not chosen yet, 0 light, 1 dark */
};

static inline GtkTextBuffer *
spots_article_text_buffer (SpotsArticleText *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
}

GtkTextTag *spots_article_text_lookup_tag           (SpotsArticleText *self,
                                                     const char       *name);
void        spots_article_text_scroll_to_offset     (SpotsArticleText *self,
                                                     int               offset);
void        spots_article_text_add_link_controllers (SpotsArticleText *self);

G_END_DECLS
