/* spots-article-print.c: an article, laid out for paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clean print layout: the title, the date it was printed, the text with
 * callouts named in words (paper is often black and white), compare facts,
 * references with their addresses, and the disclaimer last.
 */
#define G_LOG_DOMAIN "spots-article-print"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-article-print.h"
#include "spots-emergency-number.h"
#include "spots-markup.h"
#include "spots-preferences-window.h"

static void add_blocks (SpotsPrintDocument *document, GListModel *blocks, guint indent);

static void
add_block (SpotsPrintDocument *document,
           SpotsBlock         *block,
           guint               indent)
{
  g_autofree char *markup = NULL;

  switch (spots_block_get_kind (block))
    {
    case SPOTS_BLOCK_HEADING:
      {
        g_autofree char *text = spots_inline_text_to_string (spots_block_get_text (block));

        markup = g_markup_escape_text (text, -1);
        spots_print_document_add (document,
                                  spots_block_get_level (block) <= 2 ? SPOTS_PRINT_HEADING
                                                                     : SPOTS_PRINT_SUBHEADING,
                                  indent, NULL, markup);
      }
      break;

    case SPOTS_BLOCK_PARAGRAPH:
      markup = spots_markup_from_inline (spots_block_get_text (block), FALSE);
      spots_print_document_add (document, SPOTS_PRINT_BODY, indent, NULL, markup);
      break;

    case SPOTS_BLOCK_LIST:
    case SPOTS_BLOCK_STEPS:
      for (guint i = 0; i < spots_block_get_n_items (block); i++)
        {
          g_autofree char *item = spots_markup_from_inline (spots_block_get_item (block, i), FALSE);
          g_autofree char *marker = spots_block_get_kind (block) == SPOTS_BLOCK_LIST
                                      ? g_strdup ("•") : g_strdup_printf ("%u.", i + 1);

          spots_print_document_add (document, SPOTS_PRINT_BODY, indent + 1, marker, item);
        }
      break;

    case SPOTS_BLOCK_CALLOUT:
      {
        const char *title = spots_block_get_title (block);
        const char *kind = spots_callout_kind_get_label (spots_block_get_callout_kind (block));
        g_autofree char *heading = title != NULL ? g_strdup_printf ("%s: %s", kind, title)
                                                 : g_strdup (kind);

        markup = g_markup_escape_text (heading, -1);
        spots_print_document_add (document, SPOTS_PRINT_SUBHEADING, indent + 1, "▶", markup);
        add_blocks (document, spots_block_get_children (block), indent + 1);
        if (spots_tier_id_is_emergency (spots_block_get_tier (block)))
          {
            g_autofree char *number = spots_preferences_dup_chosen_emergency_number ();
            g_autofree char *call = spots_emergency_number_describe (number);
            g_autofree char *call_markup = g_markup_escape_text (call, -1);

            spots_print_document_add (document, SPOTS_PRINT_BODY, indent + 1, NULL, call_markup);
          }
      }
      break;

    case SPOTS_BLOCK_FIGURE:
      {
        /* Translators: printed where an article has a picture */
        g_autofree char *text = g_strdup_printf (_("[Picture: %s]"),
                                                 spots_block_get_alt_text (block));

        markup = g_markup_escape_text (text, -1);
        spots_print_document_add (document, SPOTS_PRINT_SMALL, indent, NULL, markup);
        if (spots_block_get_text (block) != NULL)
          {
            g_autofree char *caption = spots_markup_from_inline (spots_block_get_text (block),
                                                                 FALSE);

            spots_print_document_add (document, SPOTS_PRINT_SMALL, indent, NULL, caption);
          }
      }
      break;

    }
}

static void
add_blocks (SpotsPrintDocument *document,
            GListModel         *blocks,
            guint               indent)
{
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      add_block (document, block, indent);
    }
}

static void
add_compare (SpotsPrintDocument *document,
             SpotsCompareFacts  *facts)
{
  spots_print_document_add (document, SPOTS_PRINT_HEADING, 0, NULL, _("At a glance"));

  for (SpotsFact fact = 0; fact < SPOTS_N_FACTS; fact++)
    {
      g_autofree char *text = spots_compare_facts_describe (facts, fact);
      g_autofree char *label = spots_fact_get_label_for_text (fact);
      g_autofree char *markup = NULL;

      if (text == NULL)
        continue;

      markup = g_markup_printf_escaped ("<b>%s</b>%s", label, text);
      spots_print_document_add (document, SPOTS_PRINT_BODY, 1, "•", markup);
    }
}

/**
 * spots_article_print_new:
 * @printed_at: the moment of printing, shown under the title
 *
 * Returns: (transfer full): @article as a document to print.
 */
SpotsPrintDocument *
spots_article_print_new (SpotsLibrary *library,
                         SpotsArticle *article,
                         GDateTime    *printed_at)
{
  SpotsPrintDocument *document;
  GListModel *references;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *date = NULL;
  g_autofree char *printed = NULL;

  g_return_val_if_fail (SPOTS_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (SPOTS_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (printed_at != NULL, NULL);

  document = spots_print_document_new (spots_article_get_title (article));

  title = g_markup_escape_text (spots_article_get_title (article), -1);
  spots_print_document_add (document, SPOTS_PRINT_TITLE, 0, NULL, title);

  date = g_date_time_format (printed_at, "%x %H:%M");
  /* Translators: %s is a date and time */
  printed = g_strdup_printf (_("Printed from Skin Spots on %s"), date);
  spots_print_document_add (document, SPOTS_PRINT_SMALL, 0, NULL, printed);

  summary = g_markup_escape_text (spots_article_get_summary (article), -1);
  spots_print_document_add (document, SPOTS_PRINT_BODY, 0, NULL, summary);

  add_blocks (document, spots_article_get_blocks (article), 0);

  if (spots_article_get_compare (article) != NULL)
    add_compare (document, spots_article_get_compare (article));

  references = spots_article_get_references (article);
  if (g_list_model_get_n_items (references) > 0)
    spots_print_document_add (document, SPOTS_PRINT_HEADING, 0, NULL, _("References"));

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(SpotsReference) reference = g_list_model_get_item (references, i);
      g_autofree char *citation = spots_reference_format (reference);
      g_autofree char *link = spots_reference_dup_link (reference);
      g_autofree char *text = link != NULL ? g_strdup_printf ("%s %s", citation, link)
                                           : g_strdup (citation);
      g_autofree char *markup = g_markup_escape_text (text, -1);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);

      spots_print_document_add (document, SPOTS_PRINT_SMALL, 1, number, markup);
    }

  if (spots_article_get_review (article) != NULL)
    {
      g_autofree char *review = spots_review_format (spots_article_get_review (article));
      g_autofree char *review_markup = g_markup_escape_text (review, -1);

      spots_print_document_add (document, SPOTS_PRINT_SMALL, 0, NULL, review_markup);
    }

  spots_print_document_add (document, SPOTS_PRINT_HEADING, 0, NULL, _("Important"));
  spots_print_document_add (document, SPOTS_PRINT_BODY, 0, NULL,
                            _("This is information, not a diagnosis. If you are worried about "
                              "someone’s health, contact a doctor. In an emergency, call your "
                              "local emergency number."));

  return document;
}
