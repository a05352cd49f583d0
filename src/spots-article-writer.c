/* spots-article-writer.c: an article's blocks into a SpotsArticleText
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading order, top to bottom: title and summary, the table of contents
 * (for articles with at least TOC_MIN_SECTIONS sections), every block,
 * then the compare facts, related articles and references. Headings are
 * labels with the heading role and a level; lists keep their bullets or
 * numbers in the text, so that they are read and copied with it; callouts
 * begin with their kind in words ("Emergency: …") and an icon named the
 * same, never a colour alone.
 */
#define G_LOG_DOMAIN "spots-article-writer"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-article-writer.h"
#include "spots-emergency-number.h"
#include "spots-markup.h"
#include "spots-preferences-window.h"

#include "spots-article-button.h"
#include "spots-labels.h"

/* Articles with at least this many sections get a table of contents. */
#define TOC_MIN_SECTIONS 4

/* A heading in the article, selectable like the text around it. */
static GtkWidget *
new_heading (const char *text,
             guint       level)
{
  GtkWidget *label = spots_label_new_heading (text, level);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  return label;
}

static const char *
callout_icon_name (SpotsCalloutKind kind)
{
  switch (kind)
    {
    case SPOTS_CALLOUT_EMERGENCY:
      return "dialog-error-symbolic";
    case SPOTS_CALLOUT_GET_HELP:
    case SPOTS_CALLOUT_WARNING:
      return "dialog-warning-symbolic";
    case SPOTS_CALLOUT_NOTE:
      return "dialog-information-symbolic";
    }

  return "dialog-information-symbolic";
}

static void write_block (SpotsArticleText *text,
                         SpotsBlock       *block);

static void
write_paragraph (SpotsArticleText      *text,
                 const SpotsInlineText *inline_text,
                 const char            *style)
{
  spots_article_text_push_style (text, style);
  spots_article_text_append_inline (text, inline_text);
  spots_article_text_end_paragraph (text);
  spots_article_text_pop_style (text);
}

static void
write_list (SpotsArticleText *text,
            SpotsBlock       *block)
{
  gboolean numbered = spots_block_get_kind (block) == SPOTS_BLOCK_STEPS;

  spots_article_text_push_style (text, SPOTS_TEXT_ITEM);
  for (guint i = 0; i < spots_block_get_n_items (block); i++)
    {
      g_autofree char *marker = numbered ? g_strdup_printf ("%u.\t", i + 1) : g_strdup ("•\t");

      spots_article_text_append (text, marker, NULL);
      spots_article_text_append_inline (text, spots_block_get_item (block, i));
      spots_article_text_end_paragraph (text);
    }
  spots_article_text_pop_style (text);
}

/* What a callout that gives a tier ends with (docs/content-format.md): the
 * numbers to call for an emergency, and the way into the checklist, which
 * gives the same advice for the reader's own answers. */
static void
write_tier_lines (SpotsArticleText *text,
                  const char       *tier)
{
  if (tier == NULL)
    return;

  if (spots_tier_id_is_emergency (tier))
    {
      g_autofree char *number = spots_preferences_dup_chosen_emergency_number ();
      g_autofree char *call = spots_emergency_number_describe (number);

      spots_article_text_push_style (text, SPOTS_TEXT_BODY);
      spots_article_text_append (text, call, SPOTS_TEXT_STRONG);
      spots_article_text_end_paragraph (text);
      spots_article_text_pop_style (text);
    }

  spots_article_text_append_widget (text,
                                    spots_article_button_new (SPOTS_ARTICLE_BUTTON_LINK,
                                                              _("Open the Red-Flag Checklist"),
                                                              SPOTS_CHECKLIST_URI),
                                    NULL);
}

static void
write_callout (SpotsArticleText *text,
               SpotsBlock       *block)
{
  SpotsCalloutKind kind = spots_block_get_callout_kind (block);
  GListModel *children = spots_block_get_children (block);
  const char *title = spots_block_get_title (block);
  g_autofree char *style = g_strdup_printf ("callout-%s", spots_callout_kind_to_string (kind));
  g_autofree char *heading = NULL;
  GtkWidget *icon = gtk_image_new_from_icon_name (callout_icon_name (kind));

  /* "Emergency: Get emergency help now if": kind in words, then title. */
  heading = title != NULL ? g_strdup_printf ("%s: %s", spots_callout_kind_get_label (kind), title)
                          : g_strdup (spots_callout_kind_get_label (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spots_callout_kind_get_label (kind),
                                  -1);

  spots_article_text_push_style (text, style);
  spots_article_text_push_style (text, SPOTS_TEXT_BODY);
  spots_article_text_append_inline_widget (text, icon);
  spots_article_text_append (text, " ", NULL);
  spots_article_text_append (text, heading, SPOTS_TEXT_STRONG);
  spots_article_text_end_paragraph (text);
  spots_article_text_pop_style (text);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(SpotsBlock) child = g_list_model_get_item (children, i);

      write_block (text, child);
    }
  write_tier_lines (text, spots_block_get_tier (block));
  spots_article_text_pop_style (text);
}

/* Figures are decoded once per run, not on every visit to their article:
 * decoding the glass-test drawing costs more than laying out its page. */
static GdkPaintable *
figure_paintable (const char *uri)
{
  static GHashTable *decoded;
  GdkTexture *texture;

  if (decoded == NULL)
    decoded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  texture = g_hash_table_lookup (decoded, uri);
  if (texture == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autoptr(GError) error = NULL;

      texture = gdk_texture_new_from_file (file, &error);
      if (texture == NULL)
        {
          g_warning ("Cannot show the figure %s: %s", uri, error->message);
          return NULL;
        }
      g_hash_table_insert (decoded, g_strdup (uri), texture);
    }

  return GDK_PAINTABLE (texture);
}

static void
write_figure (SpotsArticleText *text,
              SpotsBlock       *block)
{
  GtkWidget *picture = gtk_picture_new_for_paintable (
    figure_paintable (spots_block_get_image_uri (block)));
  SpotsInlineText *caption = spots_block_get_text (block);

  gtk_picture_set_alternative_text (GTK_PICTURE (picture), spots_block_get_alt_text (block));
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_set_size_request (picture, -1, 220);
  gtk_widget_add_css_class (picture, "figure");
  spots_article_text_append_widget (text, picture, NULL);

  if (caption != NULL)
    write_paragraph (text, caption, SPOTS_TEXT_CAPTION);
}

static void
write_block (SpotsArticleText *text,
             SpotsBlock       *block)
{
  g_autofree char *heading = NULL;

  switch (spots_block_get_kind (block))
    {
    case SPOTS_BLOCK_HEADING:
      heading = spots_inline_text_to_string (spots_block_get_text (block));
      spots_article_text_append_widget (text,
                                        new_heading (heading,
                                                                 spots_block_get_level (block)),
                                        spots_block_get_anchor (block));
      break;

    case SPOTS_BLOCK_PARAGRAPH:
      write_paragraph (text, spots_block_get_text (block), SPOTS_TEXT_BODY);
      break;

    case SPOTS_BLOCK_LIST:
    case SPOTS_BLOCK_STEPS:
      write_list (text, block);
      break;

    case SPOTS_BLOCK_CALLOUT:
      write_callout (text, block);
      break;

    case SPOTS_BLOCK_FIGURE:
      write_figure (text, block);
      break;
    }
}

static gboolean
is_section_heading (SpotsBlock *block)
{
  return spots_block_get_kind (block) == SPOTS_BLOCK_HEADING &&
         spots_block_get_level (block) == 2 && spots_block_get_anchor (block) != NULL;
}

static void
write_table_of_contents (SpotsArticleText *text,
                         SpotsArticle     *article)
{
  GListModel *blocks = spots_article_get_blocks (article);
  guint n_sections = 0;
  GtkWidget *box;
  GtkWidget *heading;

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      if (is_section_heading (block))
        n_sections++;
    }

  if (n_sections < TOC_MIN_SECTIONS)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (box, "table-of-contents");
  heading = new_heading (_("On this page"), 2);
  gtk_widget_add_css_class (heading, "toc-heading");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);
      g_autofree char *title = NULL;
      g_autofree char *uri = NULL;

      if (!is_section_heading (block))
        continue;

      title = spots_inline_text_to_string (spots_block_get_text (block));
      uri = spots_link_uri_new (spots_article_get_id (article), spots_block_get_anchor (block));
      gtk_box_append (GTK_BOX (box), spots_article_button_new (SPOTS_ARTICLE_BUTTON_LINK, title, uri));
    }

  spots_article_text_append_widget (text, box, NULL);
}

static void
write_compare (SpotsArticleText  *text,
               SpotsCompareFacts *facts)
{
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  spots_article_text_append_widget (text, new_heading (_("At a glance"), 2), NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_add_css_class (grid, "compare-facts");

  for (SpotsFact fact = 0; fact < SPOTS_N_FACTS; fact++)
    {
      g_autofree char *value = spots_compare_facts_describe (facts, fact);
      GtkWidget *name;
      GtkWidget *value_label;

      if (value == NULL)
        continue;

      name = gtk_label_new (spots_fact_get_label (fact));
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_yalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "fact-name");

      value_label = gtk_label_new (value);
      gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (value_label), 0);
      gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
      gtk_widget_set_hexpand (value_label, TRUE);

      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), value_label, 1, row, 1, 1);
      row++;
    }

  spots_article_text_append_widget (text, grid, NULL);
}

static void
write_related (SpotsArticleText *text,
               SpotsLibrary     *library,
               SpotsArticle     *article)
{
  const char * const *related = spots_article_get_related (article);
  GtkWidget *box = NULL;

  for (guint i = 0; related[i] != NULL; i++)
    {
      SpotsArticle *other = spots_library_lookup (library, related[i]);
      g_autofree char *uri = NULL;

      if (other == NULL)
        continue;

      if (box == NULL)
        {
          box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          gtk_widget_add_css_class (box, "related-articles");
        }

      uri = spots_link_uri_new (related[i], NULL);
      gtk_box_append (GTK_BOX (box),
                      spots_article_button_new (SPOTS_ARTICLE_BUTTON_LINK,
                                                spots_article_get_title (other), uri));
    }

  if (box == NULL)
    return;

  spots_article_text_append_widget (text, new_heading (_("Related articles"), 2), NULL);
  spots_article_text_append_widget (text, box, NULL);
}

static void
write_references (SpotsArticleText *text,
                  SpotsArticle     *article)
{
  GListModel *references = spots_article_get_references (article);
  guint n = g_list_model_get_n_items (references);

  if (n == 0)
    return;

  spots_article_text_append_widget (text, new_heading (_("References"), 2), NULL);

  spots_article_text_push_style (text, SPOTS_TEXT_REFERENCE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsReference) reference = g_list_model_get_item (references, i);
      g_autofree char *citation = spots_reference_format (reference);
      g_autofree char *link = spots_reference_dup_link (reference);
      g_autofree char *numbered = g_strdup_printf ("%u. %s", i + 1, citation);

      spots_article_text_append (text, numbered, NULL);
      if (link != NULL)
        {
          spots_article_text_append (text, " ", NULL);
          spots_article_text_append_link (text, link, link);
        }
      spots_article_text_end_paragraph (text);
    }
  spots_article_text_pop_style (text);
}

/* "Last reviewed" at the foot of the page, as NHS pages have it. */
static void
write_review (SpotsArticleText *text,
              SpotsArticle     *article)
{
  SpotsReview *review = spots_article_get_review (article);
  g_autofree char *when = NULL;
  g_autofree char *checked = NULL;

  if (review == NULL)
    return;

  when = spots_review_format (review);
  checked = spots_review_format_against (review);

  spots_article_text_push_style (text, SPOTS_TEXT_REFERENCE);
  spots_article_text_append (text, when, NULL);
  spots_article_text_end_paragraph (text);
  spots_article_text_append (text, checked, NULL);
  spots_article_text_end_paragraph (text);
  spots_article_text_pop_style (text);
}

/**
 * spots_article_writer_write:
 *
 * Replaces what @text shows with @article; @library names the related
 * articles.
 */
void
spots_article_writer_write (SpotsArticleText *text,
                            SpotsLibrary     *library,
                            SpotsArticle     *article)
{
  GListModel *blocks = spots_article_get_blocks (article);

  g_return_if_fail (SPOTS_IS_ARTICLE_TEXT (text));
  g_return_if_fail (SPOTS_IS_ARTICLE (article));

  spots_article_text_clear (text);

  spots_article_text_append_widget (text,
                                    new_heading (spots_article_get_title (article), 1),
                                    NULL);
  spots_article_text_append (text, spots_article_get_summary (article), SPOTS_TEXT_SUMMARY);
  spots_article_text_end_paragraph (text);
  write_table_of_contents (text, article);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      write_block (text, block);
    }

  if (spots_article_get_compare (article) != NULL)
    write_compare (text, spots_article_get_compare (article));
  write_related (text, library, article);
  write_references (text, article);
  write_review (text, article);

  spots_article_text_finish (text);
}
