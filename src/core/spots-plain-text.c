/* spots-plain-text.c: articles as text for a terminal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `skin-spots --show ID` prints this. It is meant to be read: wrapped
 * paragraphs, underlined headings, bullets and numbered steps, and callouts
 * introduced by their kind in words ("Emergency:"), never by colour.
 */
#define G_LOG_DOMAIN "spots-plain-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "spots-emergency-number.h"
#include "spots-plain-text.h"

/**
 * spots_plain_text_shorten:
 * @text: a value as someone typed it: any length, perhaps not UTF-8
 *
 * A message that repeats what was typed must stay one readable line, even
 * for a value of 100,000 characters or one that is not text at all.
 *
 * Returns: (transfer full): @text made valid UTF-8, with line breaks as
 *   spaces, and cut to SPOTS_PLAIN_TEXT_QUOTE characters with "…" if longer.
 */
char *
spots_plain_text_shorten (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  g_strdelimit (valid, "\r\n", ' ');
  if (g_utf8_strlen (valid, -1) <= SPOTS_PLAIN_TEXT_QUOTE)
    return g_steal_pointer (&valid);

  /* Cut at a character, never inside one. */
  *g_utf8_offset_to_pointer (valid, SPOTS_PLAIN_TEXT_QUOTE) = '\0';
  return g_strconcat (valid, "…", NULL);
}

/**
 * spots_plain_text_wrap:
 * @first_indent: put before the first line
 * @indent: put before every following line
 *
 * Appends @text to @out, broken at spaces so that no line is longer than
 * @width characters (unless a single word is).
 */
void
spots_plain_text_wrap (GString    *out,
                       const char *text,
                       guint       width,
                       const char *first_indent,
                       const char *indent)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint column;

  g_string_append (out, first_indent);
  column = (guint) g_utf8_strlen (first_indent, -1);

  for (guint i = 0, on_line = 0; words[i] != NULL; i++)
    {
      guint len = (guint) g_utf8_strlen (words[i], -1);

      if (len == 0)
        continue;

      if (on_line > 0 && column + 1 + len > width)
        {
          g_string_append_c (out, '\n');
          g_string_append (out, indent);
          column = (guint) g_utf8_strlen (indent, -1);
          on_line = 0;
        }

      if (on_line > 0)
        {
          g_string_append_c (out, ' ');
          column++;
        }

      g_string_append (out, words[i]);
      column += len;
      on_line++;
    }

  g_string_append_c (out, '\n');
}

static void
append_heading (GString    *out,
                const char *text,
                char        underline)
{
  glong len = g_utf8_strlen (text, -1);

  g_string_append_printf (out, "%s\n", text);
  for (glong i = 0; i < len; i++)
    g_string_append_c (out, underline);
  g_string_append_c (out, '\n');
}

static void append_blocks (GString *out, GListModel *blocks, const char *indent);

/* What the page adds to a callout that gives a tier (see
 * docs/content-format.md): the numbers to call, and the checklist. */
static void
append_tier_lines (GString    *out,
                   const char *tier,
                   const char *indent)
{
  g_autofree char *blank_line = g_strchomp (g_strdup (indent));

  if (tier == NULL)
    return;

  if (spots_tier_id_is_emergency (tier))
    {
      g_autofree char *call = spots_emergency_number_describe (spots_emergency_number_default ());

      g_string_append_printf (out, "%s\n", blank_line);
      spots_plain_text_wrap (out, call, SPOTS_PLAIN_TEXT_WIDTH, indent, indent);
    }

  g_string_append_printf (out, "%s\n", blank_line);
  spots_plain_text_wrap (out, _("The red-flag checklist gives the same advice, step by step, "
                                "for your own answers:"),
                         SPOTS_PLAIN_TEXT_WIDTH, indent, indent);
  /* A command on a line of its own, so that wrapping cannot break it. */
  g_string_append_printf (out, "%s  skin-spots --checklist\n", indent);
}

static void
append_block (GString    *out,
              SpotsBlock *block,
              const char *indent)
{
  g_autofree char *text = NULL;
  g_autofree char *hanging = NULL;

  switch (spots_block_get_kind (block))
    {
    case SPOTS_BLOCK_HEADING:
      text = spots_inline_text_to_string (spots_block_get_text (block));
      append_heading (out, text, spots_block_get_level (block) <= 2 ? '-' : '~');
      break;

    case SPOTS_BLOCK_PARAGRAPH:
      text = spots_inline_text_to_string (spots_block_get_text (block));
      spots_plain_text_wrap (out, text, SPOTS_PLAIN_TEXT_WIDTH, indent, indent);
      break;

    case SPOTS_BLOCK_LIST:
    case SPOTS_BLOCK_STEPS:
      hanging = g_strconcat (indent, spots_block_get_kind (block) == SPOTS_BLOCK_LIST
                                       ? "    " : "     ", NULL);
      for (guint i = 0; i < spots_block_get_n_items (block); i++)
        {
          g_autofree char *item = spots_inline_text_to_string (spots_block_get_item (block, i));
          g_autofree char *marker =
            spots_block_get_kind (block) == SPOTS_BLOCK_LIST
              ? g_strconcat (indent, "  * ", NULL)
              : g_strdup_printf ("%s  %u. ", indent, i + 1);

          spots_plain_text_wrap (out, item, SPOTS_PLAIN_TEXT_WIDTH, marker, hanging);
        }
      break;

    case SPOTS_BLOCK_CALLOUT:
      {
        const char *title = spots_block_get_title (block);
        g_autofree char *inner = g_strconcat (indent, "  | ", NULL);

        text = title != NULL
                 ? g_strdup_printf ("%s: %s", spots_callout_kind_get_label (spots_block_get_callout_kind (block)),
                                    title)
                 : g_strdup_printf ("%s:", spots_callout_kind_get_label (spots_block_get_callout_kind (block)));
        {
          g_autofree char *first = g_strconcat (indent, "  ", NULL);

          spots_plain_text_wrap (out, text, SPOTS_PLAIN_TEXT_WIDTH, first, inner);
        }
        append_blocks (out, spots_block_get_children (block), inner);
        append_tier_lines (out, spots_block_get_tier (block), inner);
      }
      break;

    case SPOTS_BLOCK_FIGURE:
      {
        SpotsInlineText *caption = spots_block_get_text (block);

        text = g_strdup_printf (_("[Picture: %s]"), spots_block_get_alt_text (block));
        spots_plain_text_wrap (out, text, SPOTS_PLAIN_TEXT_WIDTH, indent, indent);
        if (caption != NULL)
          {
            g_autofree char *words = spots_inline_text_to_string (caption);

            spots_plain_text_wrap (out, words, SPOTS_PLAIN_TEXT_WIDTH, indent, indent);
          }
      }
      break;

    }
}

static void
append_blocks (GString    *out,
               GListModel *blocks,
               const char *indent)
{
  guint n = g_list_model_get_n_items (blocks);
  g_autofree char *blank_line = g_strchomp (g_strdup (indent));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      /* A blank line between blocks; inside a callout it keeps the bar. */
      if (i > 0)
        g_string_append_printf (out, "%s\n", blank_line);
      append_block (out, block, indent);
    }
}

static void
append_review (GString     *out,
               SpotsReview *review)
{
  g_autofree char *when = spots_review_format (review);
  g_autofree char *against = spots_review_format_against (review);

  g_string_append_c (out, '\n');
  spots_plain_text_wrap (out, when, SPOTS_PLAIN_TEXT_WIDTH, "", "");
  spots_plain_text_wrap (out, against, SPOTS_PLAIN_TEXT_WIDTH, "", "  ");
}

static void
append_compare (GString           *out,
                SpotsCompareFacts *facts)
{
  g_string_append_c (out, '\n');
  append_heading (out, _("Compare"), '-');
  g_string_append_c (out, '\n');

  for (SpotsFact fact = 0; fact < SPOTS_N_FACTS; fact++)
    {
      g_autofree char *line = spots_compare_facts_describe (facts, fact);
      g_autofree char *name = spots_fact_get_label_for_text (fact);
      g_autofree char *label = g_strconcat ("  ", name, NULL);

      if (line == NULL)
        continue;

      spots_plain_text_wrap (out, line, SPOTS_PLAIN_TEXT_WIDTH, label, "      ");
    }
}

/**
 * spots_plain_text_article:
 * @library: to name related articles by their titles
 *
 * Returns: (transfer full): the whole article as readable text.
 */
char *
spots_plain_text_article (SpotsLibrary *library,
                          SpotsArticle *article)
{
  GString *out = g_string_new (NULL);
  const char * const *related = spots_article_get_related (article);
  GListModel *references = spots_article_get_references (article);
  guint n_references = g_list_model_get_n_items (references);

  g_return_val_if_fail (SPOTS_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (SPOTS_IS_ARTICLE (article), NULL);

  append_heading (out, spots_article_get_title (article), '=');
  g_string_append_c (out, '\n');
  spots_plain_text_wrap (out, spots_article_get_summary (article), SPOTS_PLAIN_TEXT_WIDTH, "", "");
  g_string_append_c (out, '\n');

  append_blocks (out, spots_article_get_blocks (article), "");

  if (spots_article_get_compare (article) != NULL)
    append_compare (out, spots_article_get_compare (article));

  if (related[0] != NULL)
    {
      g_autoptr(GString) titles = g_string_new (NULL);

      for (guint i = 0; related[i] != NULL; i++)
        {
          SpotsArticle *other = spots_library_lookup (library, related[i]);

          if (other == NULL)
            continue;
          if (titles->len > 0)
            g_string_append (titles, ", ");
          g_string_append (titles, spots_article_get_title (other));
        }

      if (titles->len > 0)
        {
          g_autofree char *label = g_strdup_printf ("%s ", _("See also:"));

          g_string_append_c (out, '\n');
          spots_plain_text_wrap (out, titles->str, SPOTS_PLAIN_TEXT_WIDTH, label, "  ");
        }
    }

  if (n_references > 0)
    {
      g_string_append_c (out, '\n');
      append_heading (out, _("References"), '-');
      g_string_append_c (out, '\n');

      for (guint i = 0; i < n_references; i++)
        {
          g_autoptr(SpotsReference) reference = g_list_model_get_item (references, i);
          g_autofree char *citation = spots_reference_format (reference);
          g_autofree char *link = spots_reference_dup_link (reference);
          g_autofree char *number = g_strdup_printf ("  %u. ", i + 1);

          spots_plain_text_wrap (out, citation, SPOTS_PLAIN_TEXT_WIDTH, number, "     ");
          if (link != NULL)
            g_string_append_printf (out, "     %s\n", link);
        }
    }

  if (spots_article_get_review (article) != NULL)
    append_review (out, spots_article_get_review (article));

  /* Exactly one newline at the end. */
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}
