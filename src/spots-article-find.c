/* spots-article-find.c: find in page, for SpotsArticleText
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A phrase is looked for (ignoring case and accents) in the text and in the
 * labels of the anchored widgets (headings, the contents, the compare
 * table), and the matches are merged in reading order. Matches in the text
 * are tags; in a label, Pango attributes of the same colours. The current
 * match is also bold, so that it is not told by colour alone.
 */
#define G_LOG_DOMAIN "spots-article-find"

#include "config.h"

#include "spots-article-text-private.h"

/**
 * spots_article_text_dup_text:
 *
 * Returns: (transfer full): the text as the buffer holds it, with U+FFFC
 *   where a widget is anchored, so that character offsets match.
 */
char *
spots_article_text_dup_text (SpotsArticleText *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (SPOTS_IS_ARTICLE_TEXT (self), NULL);

  gtk_text_buffer_get_bounds (spots_article_text_buffer (self), &start, &end);
  return gtk_text_buffer_get_slice (spots_article_text_buffer (self), &start, &end, TRUE);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    {
      g_ptr_array_add (labels, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static void
find_in_text (SpotsArticleText *self,
              const char       *query,
              GArray           *found)
{
  g_autofree char *text = spots_article_text_dup_text (self);
  g_autoptr(GArray) ranges = spots_text_find_phrase (text, query);
  const char *position = text;
  int offset = 0;

  /* Byte ranges to character offsets, walking forward once. */
  for (guint r = 0; ranges != NULL && r < ranges->len; r++)
    {
      SpotsTextRange range = g_array_index (ranges, SpotsTextRange, r);
      Match match = { 0 };

      offset += g_utf8_strlen (position, text + range.start - position);
      match.start = offset;
      match.end = offset + g_utf8_strlen (text + range.start, range.end - range.start);
      position = text + range.start;
      g_array_append_val (found, match);
    }
}

static void
find_in_widgets (SpotsArticleText *self,
                 const char       *query,
                 GArray           *found)
{
  for (guint c = 0; c < self->children->len; c++)
    {
      const Child *child = &g_array_index (self->children, Child, c);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      collect_labels (child->widget, labels);
      for (guint l = 0; l < labels->len; l++)
        {
          GtkLabel *label = g_ptr_array_index (labels, l);
          g_autoptr(GArray) ranges = spots_text_find_phrase (gtk_label_get_text (label), query);

          for (guint r = 0; ranges != NULL && r < ranges->len; r++)
            {
              Match match = { child->offset, child->offset + 1, label,
                              g_array_index (ranges, SpotsTextRange, r) };

              g_array_append_val (found, match);
            }
        }
    }
}

/* Both lists are in reading order; so is the merge. */
static void
merge_matches (GArray *into,
               GArray *text,
               GArray *widgets)
{
  guint t = 0, w = 0;

  while (t < text->len || w < widgets->len)
    {
      gboolean take_text = w == widgets->len ||
                           (t < text->len &&
                            g_array_index (text, Match, t).start <
                            g_array_index (widgets, Match, w).start);

      if (take_text)
        g_array_append_val (into, g_array_index (text, Match, t++));
      else
        g_array_append_val (into, g_array_index (widgets, Match, w++));
    }
}

static PangoAttribute *
with_range (PangoAttribute       *attribute,
            const SpotsTextRange *range)
{
  attribute->start_index = range->start;
  attribute->end_index = range->end;
  return attribute;
}

/* A label's matches as attributes: the same look as the text's tags. */
static void
mark_label (SpotsArticleText *self,
            GtkLabel         *label,
            int               current)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  for (guint i = 0; i < self->matches->len; i++)
    {
      const Match *match = &g_array_index (self->matches, Match, i);
      gboolean is_current = (int) i == current;

      if (match->label != label)
        continue;

      pango_attr_list_insert (attributes,
        with_range (is_current ? pango_attr_background_new (0xff00, 0x9900, 0x0000)
                               : pango_attr_background_new (0xff00, 0xee00, 0x5500),
                    &match->range));
      pango_attr_list_insert (attributes, with_range (pango_attr_foreground_new (0, 0, 0),
                                                      &match->range));
      if (is_current)
        pango_attr_list_insert (attributes, with_range (pango_attr_weight_new (PANGO_WEIGHT_BOLD),
                                                        &match->range));
    }

  gtk_label_set_attributes (label, attributes);
  pango_attr_list_unref (attributes);
}

static void
unmark_all (SpotsArticleText *self)
{
  GtkTextBuffer *buffer = spots_article_text_buffer (self);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->match_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_match_tag, &start, &end);
  for (guint i = 0; i < self->marked_labels->len; i++)
    gtk_label_set_attributes (g_ptr_array_index (self->marked_labels, i), NULL);
  g_ptr_array_set_size (self->marked_labels, 0);
}

static void
mark_all (SpotsArticleText *self,
          int               current)
{
  GtkTextBuffer *buffer = spots_article_text_buffer (self);

  unmark_all (self);
  for (guint i = 0; i < self->matches->len; i++)
    {
      const Match *match = &g_array_index (self->matches, Match, i);
      GtkTextIter start, end;

      if (match->label != NULL)
        {
          if (!g_ptr_array_find (self->marked_labels, match->label, NULL))
            {
              g_ptr_array_add (self->marked_labels, match->label);
              mark_label (self, match->label, current);
            }
          continue;
        }

      gtk_text_buffer_get_iter_at_offset (buffer, &start, match->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, match->end);
      gtk_text_buffer_apply_tag (buffer, (int) i == current ? self->current_match_tag
                                                            : self->match_tag,
                                 &start, &end);
    }
}

/**
 * spots_article_text_find:
 * @query: (nullable): a phrase; %NULL or "" clears the highlights
 *
 * Highlights every match of @query (ignoring case and accents) in the text
 * and in the anchored widgets, the first as the current one.
 *
 * Returns: the number of matches.
 */
guint
spots_article_text_find (SpotsArticleText *self,
                         const char       *query)
{
  g_autoptr(GArray) in_text = g_array_new (FALSE, FALSE, sizeof (Match));
  g_autoptr(GArray) in_widgets = g_array_new (FALSE, FALSE, sizeof (Match));

  g_return_val_if_fail (SPOTS_IS_ARTICLE_TEXT (self), 0);

  unmark_all (self);
  g_array_set_size (self->matches, 0);
  if (query == NULL || query[0] == '\0')
    return 0;

  find_in_text (self, query, in_text);
  find_in_widgets (self, query, in_widgets);
  merge_matches (self->matches, in_text, in_widgets);
  if (self->matches->len > 0)
    spots_article_text_show_match (self, 0);

  return self->matches->len;
}

/**
 * spots_article_text_show_match:
 *
 * Makes match @index the current one (bold, a stronger colour) and
 * scrolls it into view.
 */
void
spots_article_text_show_match (SpotsArticleText *self,
                               guint             index)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (self));
  g_return_if_fail (index < self->matches->len);

  mark_all (self, (int) index);
  spots_article_text_scroll_to_offset (self, g_array_index (self->matches, Match, index).start);
}
