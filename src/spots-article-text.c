/* spots-article-text.c: an article's text, laid out once per width
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why a text view: an article used to be a box of wrapping labels, and
 * GTK measures a wrapping label several times (its widths, then a height
 * for each width), shaping all of its text each time; a long article spent
 * half a second in HarfBuzz on every open. A GtkTextView shapes each
 * paragraph once per width, and as the scrolled window's own child it lays
 * out only what is on screen before the first frame, the rest in idle time.
 *
 * The running text (summary, paragraphs, list items, callouts, captions,
 * references) is text with tags. What must stay a widget is anchored in
 * the text: headings (labels with the heading role and level, so that Orca
 * announces them and lists them), the table of contents and related
 * articles (buttons, each with a name), the compare table and figures.
 *
 * Links in the text are tags that carry their address. They open on a
 * click, and Tab visits them in reading order together with the anchored
 * buttons (Enter opens the one selected), so that the keyboard reaches
 * every link, as it did when each link lived in a label.
 *
 * Find in page is in spots-article-find.c, links and the keyboard in
 * spots-article-links.c.
 *
 * The column is at most COLUMN_EM em wide and centred: the margins follow
 * the width and the text size, and anchored blocks are given the column's
 * width, so that everything wraps to the same measure.
 */
#define G_LOG_DOMAIN "spots-article-text"

#include "config.h"

#include "spots-gtk-version.h"
#include "spots-article-text-private.h"
#include "spots-markup.h"

#define COLUMN_EM       36
#define SIDE_MARGIN     24
#define ITEM_INDENT     26
#define CALLOUT_INDENT  16

G_DEFINE_FINAL_TYPE (SpotsArticleText, spots_article_text, GTK_TYPE_TEXT_VIEW)

GtkTextTag *
spots_article_text_lookup_tag (SpotsArticleText *self,
                               const char       *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (spots_article_text_buffer (self)),
                                               name);

  g_assert (tag != NULL);
  return tag;
}

static int
end_offset (SpotsArticleText *self)
{
  return gtk_text_buffer_get_char_count (spots_article_text_buffer (self));
}

static void
end_iter (SpotsArticleText *self,
          GtkTextIter      *iter)
{
  gtk_text_buffer_get_end_iter (spots_article_text_buffer (self), iter);
}

/* Building ---------------------------------------------------------------- */

/* How far the styles pushed now move text in from the column's edges. */
static void
styles_inset (SpotsArticleText *self,
              int              *left,
              int              *right)
{
  *left = *right = 0;
  for (guint i = 0; i < self->styles->len; i++)
    {
      GObject *tag = g_ptr_array_index (self->styles, i);

      *left += GPOINTER_TO_INT (g_object_get_data (tag, "inset-left"));
      *right += GPOINTER_TO_INT (g_object_get_data (tag, "inset-right"));
    }
}

static void
set_inset_margins (SpotsArticleText *self,
                   GtkTextTag       *tag)
{
  int left = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (tag), "inset-left"));
  int right = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (tag), "inset-right"));

  g_object_set (tag, "left-margin", self->margin + left, "right-margin", self->margin + right,
                NULL);
}

/* A tag's margins replace the view's instead of adding to them, and the
 * higher priority tag wins, so nested insets (a list in a callout) cannot
 * come from one tag per style: each sum of insets gets a tag of its own,
 * whose margins follow the column (see size_allocate). */
static GtkTextTag *
inset_tag (SpotsArticleText *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (spots_article_text_buffer (self));
  g_autofree char *name = NULL;
  GtkTextTag *tag;
  int left, right;

  styles_inset (self, &left, &right);
  name = g_strdup_printf ("inset-%d-%d", left, right);
  tag = gtk_text_tag_table_lookup (table, name);
  if (tag == NULL)
    {
      tag = gtk_text_buffer_create_tag (spots_article_text_buffer (self), name, NULL);
      g_object_set_data (G_OBJECT (tag), "inset-left", GINT_TO_POINTER (left));
      g_object_set_data (G_OBJECT (tag), "inset-right", GINT_TO_POINTER (right));
      g_ptr_array_add (self->inset_tags, tag);
      set_inset_margins (self, tag);
      /* Below the match tags, like every other style. */
      gtk_text_tag_set_priority (tag, 0);
    }

  return tag;
}

void
spots_article_text_clear (SpotsArticleText *self)
{
  GtkTextTagTable *table;
  GHashTableIter marks;
  gpointer mark;

  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));

  table = gtk_text_buffer_get_tag_table (spots_article_text_buffer (self));
  spots_article_text_find (self, NULL);
  g_hash_table_iter_init (&marks, self->sections);
  while (g_hash_table_iter_next (&marks, NULL, &mark))
    gtk_text_buffer_delete_mark (spots_article_text_buffer (self), mark);
  gtk_text_buffer_set_text (spots_article_text_buffer (self), "", 0);
  for (guint i = 0; i < self->link_tags->len; i++)
    gtk_text_tag_table_remove (table, g_ptr_array_index (self->link_tags, i));
  g_ptr_array_set_size (self->link_tags, 0);
  g_ptr_array_set_size (self->styles, 0);
  self->inset = inset_tag (self);
  g_array_set_size (self->stops, 0);
  g_array_set_size (self->children, 0);
  g_hash_table_remove_all (self->sections);
  g_hash_table_remove_all (self->headings);
}

/**
 * spots_article_text_push_style:
 * @style: a tag name, such as %SPOTS_TEXT_BODY or "callout-emergency"
 *
 * Everything appended until the matching pop gets @style too.
 */
void
spots_article_text_push_style (SpotsArticleText *self,
                               const char       *style)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));

  g_ptr_array_add (self->styles, spots_article_text_lookup_tag (self, style));
  self->inset = inset_tag (self);
}

void
spots_article_text_pop_style (SpotsArticleText *self)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));
  g_return_if_fail (self->styles->len > 0);

  g_ptr_array_set_size (self->styles, self->styles->len - 1);
  self->inset = inset_tag (self);
}

static void
apply_styles (SpotsArticleText *self,
              int               start,
              GtkTextTag       *extra)
{
  GtkTextBuffer *buffer = spots_article_text_buffer (self);
  GtkTextIter from, to;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, start);
  end_iter (self, &to);
  gtk_text_buffer_apply_tag (buffer, self->inset, &from, &to);
  for (guint i = 0; i < self->styles->len; i++)
    gtk_text_buffer_apply_tag (buffer, g_ptr_array_index (self->styles, i), &from, &to);
  if (extra != NULL)
    gtk_text_buffer_apply_tag (buffer, extra, &from, &to);
}

static void
insert_text (SpotsArticleText *self,
             const char       *text,
             GtkTextTag       *extra)
{
  int start = end_offset (self);
  GtkTextIter end;

  end_iter (self, &end);
  gtk_text_buffer_insert (spots_article_text_buffer (self), &end, text, -1);
  apply_styles (self, start, extra);
}

/**
 * spots_article_text_append:
 * @style: (nullable): a tag for this text only
 */
void
spots_article_text_append (SpotsArticleText *self,
                           const char       *text,
                           const char       *style)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));

  insert_text (self, text, style != NULL ? spots_article_text_lookup_tag (self, style) : NULL);
}

void
spots_article_text_append_link (SpotsArticleText *self,
                                const char       *text,
                                const char       *uri)
{
  GtkTextTag *tag;
  GtkTextIter start, end;
  FocusStop stop;

  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));

  tag = gtk_text_buffer_create_tag (spots_article_text_buffer (self), NULL, NULL);
  g_object_set_data_full (G_OBJECT (tag), "uri", g_strdup (uri), g_free);
  g_ptr_array_add (self->link_tags, tag);

  stop.start = end_offset (self);
  insert_text (self, text, spots_article_text_lookup_tag (self, "link"));
  stop.end = end_offset (self);
  stop.widget = NULL;
  gtk_text_buffer_get_iter_at_offset (spots_article_text_buffer (self), &start, stop.start);
  end_iter (self, &end);
  gtk_text_buffer_apply_tag (spots_article_text_buffer (self), tag, &start, &end);
  g_array_append_val (self->stops, stop);
}

void
spots_article_text_append_inline (SpotsArticleText      *self,
                                  const SpotsInlineText *text)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));
  g_return_if_fail (text != NULL);

  for (guint i = 0; i < spots_inline_text_get_n_runs (text); i++)
    {
      const SpotsTextRun *run = spots_inline_text_get_run (text, i);

      switch (run->kind)
        {
        case SPOTS_RUN_EMPHASIS:
          insert_text (self, run->text, spots_article_text_lookup_tag (self, "emphasis"));
          break;

        case SPOTS_RUN_STRONG:
          insert_text (self, run->text, spots_article_text_lookup_tag (self, SPOTS_TEXT_STRONG));
          break;

        case SPOTS_RUN_LINK:
        case SPOTS_RUN_EXTERNAL:
          if (run->target != NULL)
            {
              g_autofree char *uri = run->kind == SPOTS_RUN_LINK
                                       ? spots_link_uri_new (run->target, run->section)
                                       : g_strdup (run->target);

              spots_article_text_append_link (self, run->text, uri);
            }
          else
            {
              insert_text (self, run->text, NULL);
            }
          break;

        case SPOTS_RUN_PLAIN:
          insert_text (self, run->text, NULL);
          break;
        }
    }
}

void
spots_article_text_end_paragraph (SpotsArticleText *self)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));

  insert_text (self, "\n", NULL);
}

static void
add_focus_stops (SpotsArticleText *self,
                 GtkWidget        *widget,
                 int               offset)
{
  if (GTK_IS_BUTTON (widget))
    {
      FocusStop stop = { offset, offset + 1, widget };

      g_array_append_val (self->stops, stop);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_focus_stops (self, child, offset);
}

static void
anchor_widget (SpotsArticleText *self,
               GtkWidget        *widget,
               gboolean          follows_column)
{
  GtkTextBuffer *buffer = spots_article_text_buffer (self);
  int offset = end_offset (self);
  Child child = { widget, offset, 0 };
  GObject *inset = G_OBJECT (self->inset);
  GtkTextChildAnchor *anchor;
  GtkTextIter end;

  child.indent = GPOINTER_TO_INT (g_object_get_data (inset, "inset-left")) +
                 GPOINTER_TO_INT (g_object_get_data (inset, "inset-right"));
  end_iter (self, &end);
  anchor = gtk_text_buffer_create_child_anchor (buffer, &end);
  apply_styles (self, offset, NULL);
  gtk_text_view_add_child_at_anchor (GTK_TEXT_VIEW (self), widget, anchor);

  if (follows_column)
    {
      g_array_append_val (self->children, child);
      if (self->column > 0)
        gtk_widget_set_size_request (widget, MAX (self->column - child.indent, 1), -1);
    }
  add_focus_stops (self, widget, offset);
}

/**
 * spots_article_text_append_widget:
 * @widget: (transfer floating): a block, on a line of its own, as wide as
 *   the column
 * @section: (nullable): the section id that @widget heads
 */
void
spots_article_text_append_widget (SpotsArticleText *self,
                                  GtkWidget        *widget,
                                  const char       *section)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (section != NULL)
    {
      GtkTextIter end;

      end_iter (self, &end);
      g_hash_table_insert (self->sections, g_strdup (section),
                           gtk_text_buffer_create_mark (spots_article_text_buffer (self), NULL, &end, TRUE));
      g_hash_table_insert (self->headings, g_strdup (section), widget);
    }

  anchor_widget (self, widget, TRUE);
  spots_article_text_end_paragraph (self);
}

/**
 * spots_article_text_append_inline_widget:
 * @widget: (transfer floating): a small widget in the line, such as an icon
 */
void
spots_article_text_append_inline_widget (SpotsArticleText *self,
                                         GtkWidget        *widget)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));

  anchor_widget (self, widget, FALSE);
}

/* Removes the last paragraph break, so that the page does not end with an
 * empty line. */
void
spots_article_text_finish (SpotsArticleText *self)
{
  GtkTextBuffer *buffer = spots_article_text_buffer (self);
  GtkTextIter start, end;

  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));

  end_iter (self, &end);
  start = end;
  if (gtk_text_iter_backward_char (&start) && gtk_text_iter_get_char (&start) == '\n')
    gtk_text_buffer_delete (buffer, &start, &end);
}

/* Scrolling --------------------------------------------------------------- */

/**
 * spots_article_text_scroll_to:
 *
 * Scrolls so that the heading of @section is at the top, and moves the
 * keyboard focus there, so that a screen reader continues from it.
 *
 * Returns: %FALSE if the article has no such section.
 */
gboolean
spots_article_text_scroll_to (SpotsArticleText *self,
                              const char       *section)
{
  GtkTextMark *mark;

  g_return_val_if_fail (SPOTS_IS_ARTICLE_TEXT (self), FALSE);

  mark = g_hash_table_lookup (self->sections, section);
  if (mark == NULL)
    return FALSE;

  /* The mark version waits until the lines above are measured. */
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), mark, 0, TRUE, 0, 0);
  gtk_widget_grab_focus (g_hash_table_lookup (self->headings, section));

  return TRUE;
}

void
spots_article_text_scroll_to_top (SpotsArticleText *self)
{
  GtkTextBuffer *buffer = spots_article_text_buffer (self);
  GtkTextIter start;

  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  /* Not gtk_text_view_scroll_to_mark(): that one is retried on every
   * allocation until the whole text is measured, a new frame each time. */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self)), 0);
}

void
spots_article_text_scroll_to_offset (SpotsArticleText *self,
                                     int               offset)
{
  GtkTextBuffer *buffer = spots_article_text_buffer (self);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_move_mark (buffer, self->match_mark, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), self->match_mark, 0.1, FALSE, 0, 0);
}

/* Layout ------------------------------------------------------------------ */

/* The widest the column may be: COLUMN_EM em of the text's font, so that
 * lines stay readable and zoom widens the column with the text. */
static int
column_limit (SpotsArticleText *self)
{
  const PangoFontDescription *font =
    pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;

  return (int) (COLUMN_EM * MAX (size, 6.0));
}

/* The blocks anchored in the text are given the column's width, so the
 * text view would ask for the widest column it ever had and the window
 * could never get narrower again. Its minimum is what any column needs;
 * size_allocate() then gives the blocks the new width. */
#define MINIMUM_COLUMN 200

static void
spots_article_text_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GTK_WIDGET_CLASS (spots_article_text_parent_class)->measure (widget, orientation, for_size,
                                                               minimum, natural,
                                                               minimum_baseline,
                                                               natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN (*minimum, MINIMUM_COLUMN + 2 * SIDE_MARGIN);
      *natural = MAX (*natural, *minimum);
    }
}

static void
spots_article_text_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  SpotsArticleText *self = SPOTS_ARTICLE_TEXT (widget);
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  int margin = MAX (SIDE_MARGIN, (width - column_limit (self)) / 2);
  int column = MAX (width - 2 * margin, 1);

  if (margin != self->margin)
    {
      self->margin = margin;
      gtk_text_view_set_left_margin (view, margin);
      gtk_text_view_set_right_margin (view, margin);
      for (guint i = 0; i < self->inset_tags->len; i++)
        set_inset_margins (self, g_ptr_array_index (self->inset_tags, i));
    }

  if (column != self->column)
    {
      self->column = column;
      for (guint i = 0; i < self->children->len; i++)
        {
          const Child *child = &g_array_index (self->children, Child, i);

          gtk_widget_set_size_request (child->widget, MAX (column - child->indent, 1), -1);
        }
    }

  GTK_WIDGET_CLASS (spots_article_text_parent_class)->size_allocate (widget, width, height,
                                                                     baseline);
}

/* Link colours as in the Adwaita style, chosen by how light the text is,
 * so that they read in the light and the dark style alike. */
static void
update_link_colour (SpotsArticleText *self)
{
  GdkRGBA text, link;
  int dark;

#if SPOTS_GTK_4_10
  gtk_widget_get_color (GTK_WIDGET (self), &text);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &text);
#endif
  dark = 0.299 * text.red + 0.587 * text.green + 0.114 * text.blue > 0.5 ? 1 : 0;
  if (dark == self->link_style)
    return;

  self->link_style = dark;
  gdk_rgba_parse (&link, dark ? "#78aeed" : "#1b6acb");
  g_object_set (spots_article_text_lookup_tag (self, "link"), "foreground-rgba", &link, NULL);
}

static void
spots_article_text_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  update_link_colour (SPOTS_ARTICLE_TEXT (widget));

  GTK_WIDGET_CLASS (spots_article_text_parent_class)->snapshot (widget, snapshot);
}

/* Set-up ------------------------------------------------------------------ */

static void
spots_article_text_dispose (GObject *object)
{
  SpotsArticleText *self = SPOTS_ARTICLE_TEXT (object);

  g_clear_pointer (&self->styles, g_ptr_array_unref);
  g_clear_pointer (&self->link_tags, g_ptr_array_unref);
  g_clear_pointer (&self->inset_tags, g_ptr_array_unref);
  g_clear_pointer (&self->stops, g_array_unref);
  g_clear_pointer (&self->children, g_array_unref);
  g_clear_pointer (&self->sections, g_hash_table_unref);
  g_clear_pointer (&self->headings, g_hash_table_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->marked_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (spots_article_text_parent_class)->dispose (object);
}

static void
spots_article_text_class_init (SpotsArticleTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_article_text_dispose;
  widget_class->measure = spots_article_text_measure;
  widget_class->size_allocate = spots_article_text_size_allocate;
  widget_class->snapshot = spots_article_text_snapshot;
}

/* Sizes are relative (scale, em-based margins follow the font only where
 * GTK allows), so that text zoom, which sets the view's font size, scales
 * the text. */
static void
create_callout_tag (GtkTextBuffer *buffer,
                    const char    *name,
                    const GdkRGBA *tint)
{
  GtkTextTag *tag = gtk_text_buffer_create_tag (buffer, name,
                                                "paragraph-background-rgba", tint,
                                                "pixels-above-lines", 2, NULL);

  g_object_set_data (G_OBJECT (tag), "inset-left", GINT_TO_POINTER (CALLOUT_INDENT));
  g_object_set_data (G_OBJECT (tag), "inset-right", GINT_TO_POINTER (CALLOUT_INDENT));
}

static void
create_tags (GtkTextBuffer *buffer)
{
  PangoTabArray *tabs;
  GtkTextTag *item;

  gtk_text_buffer_create_tag (buffer, SPOTS_TEXT_BODY, "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, SPOTS_TEXT_SUMMARY,
                              "scale", 1.15, "pixels-below-lines", 14, NULL);
  gtk_text_buffer_create_tag (buffer, SPOTS_TEXT_CAPTION,
                              "scale", 0.9, "justification", GTK_JUSTIFY_CENTER,
                              "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, SPOTS_TEXT_REFERENCE,
                              "scale", 0.9, "pixels-below-lines", 8, NULL);
  tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, ITEM_INDENT);
  item = gtk_text_buffer_create_tag (buffer, SPOTS_TEXT_ITEM,
                                     "indent", -ITEM_INDENT, "tabs", tabs,
                                     "pixels-below-lines", 6, NULL);
  g_object_set_data (G_OBJECT (item), "inset-left", GINT_TO_POINTER (ITEM_INDENT));
  pango_tab_array_free (tabs);
  gtk_text_buffer_create_tag (buffer, "emphasis", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, SPOTS_TEXT_STRONG, "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "link", "underline", PANGO_UNDERLINE_SINGLE, NULL);

  /* Callouts: a tint behind the text and an inset; the kind is said in
   * words in the callout's first line, never by the tint alone. */
  create_callout_tag (buffer, "callout-emergency", &(GdkRGBA) { 0.88, 0.11, 0.14, 0.10 });
  create_callout_tag (buffer, "callout-get-help", &(GdkRGBA) { 1.0, 0.47, 0.0, 0.10 });
  create_callout_tag (buffer, "callout-warning", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.14 });
  create_callout_tag (buffer, "callout-note", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.08 });
}

static void
spots_article_text_init (SpotsArticleText *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start;

  self->styles = g_ptr_array_new ();
  self->link_tags = g_ptr_array_new ();
  self->inset_tags = g_ptr_array_new ();
  self->margin = SIDE_MARGIN;
  self->link_style = -1;
  self->stops = g_array_new (FALSE, FALSE, sizeof (FocusStop));
  self->children = g_array_new (FALSE, FALSE, sizeof (Child));
  self->sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  self->marked_labels = g_ptr_array_new ();

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_text_view_set_top_margin (view, 24);
  gtk_text_view_set_bottom_margin (view, 36);
  gtk_text_view_set_left_margin (view, SIDE_MARGIN);
  gtk_text_view_set_right_margin (view, SIDE_MARGIN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "article-page");
  gtk_widget_add_css_class (GTK_WIDGET (self), "article-text");

  create_tags (buffer);
  /* Created last, so that they win over every other tag. */
  self->match_tag = gtk_text_buffer_create_tag (buffer, "match",
    "background-rgba", &(GdkRGBA) { 1.0, 0.93, 0.33, 1.0 },
    "foreground-rgba", &(GdkRGBA) { 0, 0, 0, 1.0 }, NULL);
  self->current_match_tag = gtk_text_buffer_create_tag (buffer, "current-match",
    "background-rgba", &(GdkRGBA) { 1.0, 0.6, 0.0, 1.0 },
    "foreground-rgba", &(GdkRGBA) { 0, 0, 0, 1.0 },
    "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->match_mark = gtk_text_buffer_create_mark (buffer, "match-position", &start, TRUE);

  self->inset = inset_tag (self);
  spots_article_text_add_link_controllers (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
}

GtkWidget *
spots_article_text_new (void)
{
  return g_object_new (SPOTS_TYPE_ARTICLE_TEXT, NULL);
}
