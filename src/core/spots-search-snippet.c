/* spots-search-snippet.c: the line under a search result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A snippet is cut from one piece of an article's text (see
 * spots-search-pieces.c) around the first match of a query word, anywhere
 * in the piece, also inside longer words. Only the results on screen need
 * one, so the piece is folded here, when the snippet is made, not when the
 * index is built.
 */
#define G_LOG_DOMAIN "spots-search-snippet"

#include "config.h"

#include <string.h>

#include "spots-search.h"
#include "spots-search-snippet.h"
#include "spots-white-space.h"

/* How much text to keep before the match, in characters, when the snippet
 * has to be cut. */
#define SNIPPET_CONTEXT 40

#define ELLIPSIS "…"

/* Cuts the snippet out of @text around the first of @ranges (its matches), at word boundaries, and moves @ranges into the snippet. */
static char *
cut_snippet (const char *text,
             GArray     *ranges)
{
  gsize length = strlen (text);
  glong n_chars = g_utf8_strlen (text, -1);
  gsize match_start = 0;
  gsize match_end = 0;
  gsize start = 0;
  gsize end = length;
  gsize prefix;
  GString *out;
  guint kept = 0;

  if (ranges->len > 0)
    {
      match_start = g_array_index (ranges, SpotsTextRange, 0).start;
      match_end = g_array_index (ranges, SpotsTextRange, 0).end;
    }

  if (n_chars > SPOTS_SNIPPET_LENGTH)
    {
      glong match_char = g_utf8_pointer_to_offset (text, text + match_start);
      glong first_char = MIN (MAX (0, match_char - SNIPPET_CONTEXT),
                              n_chars - SPOTS_SNIPPET_LENGTH);

      start = (gsize) (g_utf8_offset_to_pointer (text, first_char) - text);
      end = (gsize) (g_utf8_offset_to_pointer (text + start, SPOTS_SNIPPET_LENGTH) - text);

      /* Whole words at both ends, unless that would cut into the match:
       * start after the first space before it, end at the last space after
       * it. The pieces have single spaces only. */
      if (start > 0 && text[start - 1] != ' ')
        {
          const char *space = memchr (text + start, ' ', match_start - start);

          if (space != NULL)
            start = (gsize) (space + 1 - text);
        }
      if (end < length && text[end] != ' ' && match_end < end)
        {
          const char *space = g_strrstr_len (text + match_end, (gssize) (end - match_end), " ");

          if (space != NULL)
            end = (gsize) (space - text);
        }
    }

  out = g_string_sized_new (end - start + 2 * strlen (ELLIPSIS));
  if (start > 0)
    g_string_append (out, ELLIPSIS);
  prefix = out->len;
  g_string_append_len (out, text + start, (gssize) (end - start));
  if (end < length)
    g_string_append (out, ELLIPSIS);

  for (guint i = 0; i < ranges->len; i++)
    {
      SpotsTextRange range = g_array_index (ranges, SpotsTextRange, i);
      gsize clipped_start = MAX (range.start, start);
      gsize clipped_end = MIN (range.end, end);

      if (clipped_start >= clipped_end)
        continue;

      range.start = (guint) (clipped_start - start + prefix);
      range.end = (guint) (clipped_end - start + prefix);
      g_array_index (ranges, SpotsTextRange, kept++) = range;
    }
  g_array_set_size (ranges, kept);

  return g_string_free (out, FALSE);
}

/**
 * spots_search_snippet_new:
 * @piece: one piece of an article's text
 * @words: from spots_normalize_query()
 * @highlights: (out) (transfer full) (element-type SpotsTextRange): where
 *   @words are in the snippet, in bytes, in order, not overlapping
 *
 * Returns: (transfer full) (nullable): a line of @piece around the first
 *   of @words, or the start of @piece if none is in it; %NULL if @piece
 *   is blank.
 */
char *
spots_search_snippet_new (const char         *piece,
                          const char * const *words,
                          GArray            **highlights)
{
  g_autofree char *text = NULL;
  g_autofree char *normalized = NULL;
  g_autoptr(GArray) offsets = NULL;
  char *snippet;

  g_return_val_if_fail (piece != NULL, NULL);
  g_return_val_if_fail (words != NULL, NULL);
  g_return_val_if_fail (highlights != NULL, NULL);

  /* The parser has folded XML's white space already; this also folds the
   * Unicode line and paragraph separators, so a snippet is always one
   * line. */
  text = spots_white_space_fold (piece, SPOTS_WHITE_SPACE_UNICODE);
  if (*text == '\0')
    return NULL;

  normalized = spots_normalize_text (text, &offsets);
  *highlights = spots_normalized_find_words (normalized, offsets, words);
  snippet = cut_snippet (text, *highlights);

  return snippet;
}
