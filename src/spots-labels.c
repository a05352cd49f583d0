/* spots-labels.c: the labels every page builds in code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The article, the checklist, the compare table and the home page build
 * headings and wrapping text in C, from content. They are made here so
 * that a heading is a heading for screen readers everywhere, and so that
 * every wrapping label has a width in characters: without one, GTK 4.8
 * finds a label's minimum width by breaking it after every word, shaping
 * the text again for each break (a fifth of the home page's first frame).
 */
#define G_LOG_DOMAIN "spots-labels"

#include "config.h"

#include "spots-labels.h"

/* The narrowest a wrapping label goes, in characters: with the page's
 * margins, a phone-sized column; body text in a compare table's column is
 * a little narrower still. */
#define HEADING_WIDTH_CHARS 16
#define TEXT_WIDTH_CHARS 14

/**
 * spots_label_new_heading:
 * @level: 1 for a page title, 2 for sections, 3 for subsections
 *
 * The CSS class is heading-LEVEL, at most heading-4, for the style sheet.
 *
 * Returns: (transfer floating): a wrapping label that assistive
 *   technologies present as a heading of @level.
 */
GtkWidget *
spots_label_new_heading (const char *text,
                         guint       level)
{
  g_autofree char *css_class = g_strdup_printf ("heading-%u", MIN (level, 4));
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "width-chars", HEADING_WIDTH_CHARS,
                                   "xalign", 0.0f,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, (int) level,
                                  -1);

  return label;
}

/**
 * spots_label_new_text:
 * @role: GTK_ACCESSIBLE_ROLE_LABEL for running text, or the role of the
 *   label's place (a table cell); the role cannot change after construction
 * @max_width_chars: how wide a line may grow, in characters, for reading
 *
 * Returns: (transfer floating): a wrapping, selectable label of body text,
 *   aligned to the start and the top.
 */
GtkWidget *
spots_label_new_text (const char        *text,
                      GtkAccessibleRole  role,
                      int                max_width_chars)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", role,
                                   "label", text,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "width-chars", MIN (TEXT_WIDTH_CHARS, max_width_chars),
                                   "max-width-chars", max_width_chars,
                                   "xalign", 0.0f,
                                   "yalign", 0.0f,
                                   "selectable", TRUE,
                                   NULL);

  gtk_widget_add_css_class (label, "body-text");

  return label;
}
