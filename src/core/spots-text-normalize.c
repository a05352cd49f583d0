/* spots-text-normalize.c: text folded for matching, mapped back to the original
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Readers type "eczema" for "Éczéma" and "LEUKAEMIA" for "leukaemia", so
 * both the text and the query are folded the same way before they are
 * compared: every character is case-folded (so "ß" becomes "ss"), then
 * canonically decomposed (NFD), and the non-spacing marks, which carry the
 * accents, are dropped. Matching is then a plain substring search.
 *
 * Folding changes lengths ("é" is 2 bytes, "e" 1; "ß" becomes 2
 * characters), so whoever shows a match must translate it back. The offsets
 * array does that: for every byte of the folded text it holds the byte
 * offset of the original character it came from, and one last entry holds
 * the length of the original.
 */
#define G_LOG_DOMAIN "spots-text-normalize"

#include "config.h"

#include <string.h>

#include "spots-text-normalize.h"
#include "spots-white-space.h"

/* Letters, digits and spacing marks. The marks matter in scripts such as
 * Devanagari, where they are vowels inside a word, not accents. */
static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* The search index reads every word of every article through here, so
 * ASCII, most of the content, skips the Unicode tables. */
static gboolean
is_word_char_at (const char *p)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    return g_ascii_isalnum (c);

  return is_word_char (g_utf8_get_char (p));
}

/* For a character outside ASCII; spots_normalize_text() folds ASCII
 * itself. */
static void
append_folded (GString  *out,
               gunichar  c)
{
  char utf8[8];
  int length;
  g_autofree char *folded = NULL;

  /* Case-fold first, then decompose: folding can produce precomposed
   * characters, and decomposing an upper-case letter leaves an upper-case
   * base. */
  length = g_unichar_to_utf8 (c, utf8);
  folded = g_utf8_casefold (utf8, length);

  for (const char *f = folded; *f != '\0'; f = g_utf8_next_char (f))
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n = g_unichar_fully_decompose (g_utf8_get_char (f), FALSE, decomposed,
                                           G_N_ELEMENTS (decomposed));

      for (gsize i = 0; i < n; i++)
        {
          /* Only non-spacing marks are accents; see is_word_char(). */
          if (g_unichar_type (decomposed[i]) != G_UNICODE_NON_SPACING_MARK)
            g_string_append_unichar (out, decomposed[i]);
        }
    }
}

/**
 * spots_normalize_text:
 * @text: UTF-8 text; invalid bytes are skipped
 * @offsets: (out) (optional) (transfer full): for each byte of the result,
 *   the byte offset in @text (a #guint32) of the character it came from,
 *   then one entry with the length of @text
 *
 * Folds @text for matching: case-folded, decomposed, without accents.
 *
 * Returns: (transfer full): the folded text.
 */
char *
spots_normalize_text (const char  *text,
                      GArray     **offsets)
{
  g_autoptr(GArray) map = NULL;
  GString *out;
  gsize length;

  g_return_val_if_fail (text != NULL, NULL);

  length = strlen (text);
  g_return_val_if_fail (length < G_MAXUINT32, NULL);

  out = g_string_sized_new (length);
  if (offsets != NULL)
    map = g_array_sized_new (FALSE, FALSE, sizeof (guint32), length + 1);

  for (const char *p = text; *p != '\0';)
    {
      gunichar c;
      guint32 origin = (guint32) (p - text);
      gsize before = out->len;

      /* The search index folds every article: ASCII, most of the text,
       * needs no decoding, no tables and no calls. */
      if ((guchar) *p < 0x80)
        {
          g_string_append_c (out, *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
          if (map != NULL)
            g_array_append_val (map, origin);
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }

      append_folded (out, c);
      if (map != NULL)
        {
          /* Snippets fold their piece again for every result shown:
           * grow the map once per character, not once per byte. */
          g_array_set_size (map, out->len);
          for (gsize i = before; i < out->len; i++)
            g_array_index (map, guint32, i) = origin;
        }

      p = g_utf8_next_char (p);
    }

  if (map != NULL)
    {
      guint32 end = (guint32) length;

      g_array_append_val (map, end);
      *offsets = g_steal_pointer (&map);
    }

  return g_string_free (out, FALSE);
}

/**
 * spots_normalize_query:
 * @query: what a reader typed
 *
 * Splits @query into folded words: runs of letters and digits. White
 * space and punctuation separate words; a word given twice counts once.
 *
 * Returns: (transfer full): a %NULL-terminated array of words, empty when
 *   @query has none.
 */
char **
spots_normalize_query (const char *query)
{
  g_autofree char *normalized = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  gsize start, end;

  g_return_val_if_fail (query != NULL, NULL);

  normalized = spots_normalize_text (query, NULL);

  for (gsize from = 0; spots_normalized_next_word (normalized, from, &start, &end); from = end)
    {
      g_autofree char *copy = g_strndup (normalized + start, end - start);

      if (!g_ptr_array_find_with_equal_func (words, copy, g_str_equal, NULL))
        g_ptr_array_add (words, g_steal_pointer (&copy));
    }

  g_ptr_array_add (words, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/**
 * spots_normalized_next_word:
 * @normalized: text from spots_normalize_text()
 * @from: where to start looking, a character boundary in @normalized
 * @word_start: (out): where the word starts
 * @word_end: (out): where it ends (exclusive)
 *
 * Finds the next word: a longest run of letters, digits and marks, the
 * same words spots_normalize_query() splits a query into.
 *
 * Returns: %TRUE if a word starts at or after @from.
 */
gboolean
spots_normalized_next_word (const char *normalized,
                            gsize       from,
                            gsize      *word_start,
                            gsize      *word_end)
{
  const char *p;

  g_return_val_if_fail (normalized != NULL, FALSE);

  p = normalized + from;
  while (*p != '\0' && !is_word_char_at (p))
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return FALSE;

  *word_start = (gsize) (p - normalized);
  while (*p != '\0' && is_word_char_at (p))
    p = g_utf8_next_char (p);
  *word_end = (gsize) (p - normalized);

  return TRUE;
}

/**
 * spots_normalized_find:
 * @normalized_haystack: text from spots_normalize_text()
 * @normalized_needle: a word from spots_normalize_query()
 * @from: where to start looking, in bytes; at most the haystack's length
 * @match_start: (out): where the match starts
 * @match_end: (out): where the match ends (exclusive)
 *
 * Returns: %TRUE if @normalized_needle occurs at or after @from. An empty
 *   needle matches nothing.
 */
gboolean
spots_normalized_find (const char *normalized_haystack,
                       const char *normalized_needle,
                       gsize       from,
                       gsize      *match_start,
                       gsize      *match_end)
{
  const char *found;

  g_return_val_if_fail (normalized_haystack != NULL, FALSE);
  g_return_val_if_fail (normalized_needle != NULL, FALSE);

  if (*normalized_needle == '\0')
    return FALSE;

  /* Both sides are valid UTF-8, which is self-synchronising: a byte match
   * always starts and ends on character boundaries. */
  found = strstr (normalized_haystack + from, normalized_needle);
  if (found == NULL)
    return FALSE;

  *match_start = (gsize) (found - normalized_haystack);
  *match_end = *match_start + strlen (normalized_needle);

  return TRUE;
}

/**
 * spots_normalized_is_word_start:
 *
 * Returns: %TRUE if @position (a character boundary in @normalized) starts
 *   a word: nothing that belongs to a word comes right before it.
 */
gboolean
spots_normalized_is_word_start (const char *normalized,
                                gsize       position)
{
  const char *previous;

  g_return_val_if_fail (normalized != NULL, FALSE);

  if (position == 0)
    return TRUE;

  previous = g_utf8_find_prev_char (normalized, normalized + position);

  return previous == NULL || !is_word_char (g_utf8_get_char (previous));
}

/**
 * spots_normalized_is_word_end:
 *
 * Returns: %TRUE if @position (a character boundary in @normalized) ends
 *   a word: nothing that belongs to a word comes right after it.
 */
gboolean
spots_normalized_is_word_end (const char *normalized,
                              gsize       position)
{
  g_return_val_if_fail (normalized != NULL, FALSE);

  return normalized[position] == '\0' || !is_word_char (g_utf8_get_char (normalized + position));
}

/**
 * spots_normalized_to_original:
 * @offsets: from spots_normalize_text()
 * @start: where a match starts in the folded text
 * @end: where it ends (exclusive); greater than @start
 * @original: (out): the same match in the original text
 *
 * The original range covers whole characters: a match of "s" in the "ss"
 * folded from "ß" is the whole "ß", and a match ending on an "e" folded
 * from "é" includes its accent.
 */
void
spots_normalized_to_original (GArray         *offsets,
                              gsize           start,
                              gsize           end,
                              SpotsTextRange *original)
{
  const guint32 *map;
  gsize after;

  g_return_if_fail (offsets != NULL);
  g_return_if_fail (start < end && end < offsets->len);

  map = (const guint32 *) (gpointer) offsets->data;

  /* The original character ends where the next one that produced output
   * begins, so dropped accents after it belong to it. The last entry, the
   * length of the original, ends the search. */
  after = end;
  while (map[after] <= map[end - 1])
    after++;

  original->start = map[start];
  original->end = map[after];
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const SpotsTextRange *x = a;
  const SpotsTextRange *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}

/**
 * spots_normalized_find_words:
 * @normalized: text from spots_normalize_text()
 * @offsets: the offsets that came with it
 * @words: from spots_normalize_query()
 *
 * Finds every occurrence of every word.
 *
 * Returns: (transfer full) (element-type SpotsTextRange): the matches in
 *   the original text, in order, overlapping and touching ones merged.
 */
GArray *
spots_normalized_find_words (const char         *normalized,
                             GArray             *offsets,
                             const char * const *words)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (SpotsTextRange));
  GArray *merged;

  g_return_val_if_fail (normalized != NULL, NULL);
  g_return_val_if_fail (offsets != NULL, NULL);
  g_return_val_if_fail (words != NULL, NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize start, end;

      for (gsize from = 0; spots_normalized_find (normalized, words[i], from, &start, &end);
           from = end)
        {
          SpotsTextRange range;

          spots_normalized_to_original (offsets, start, end, &range);
          g_array_append_val (found, range);
        }
    }

  g_array_sort (found, compare_ranges);

  merged = g_array_sized_new (FALSE, FALSE, sizeof (SpotsTextRange), found->len);
  for (guint i = 0; i < found->len; i++)
    {
      const SpotsTextRange *range = &g_array_index (found, SpotsTextRange, i);
      SpotsTextRange *last = merged->len > 0
                               ? &g_array_index (merged, SpotsTextRange, merged->len - 1)
                               : NULL;

      if (last != NULL && range->start <= last->end)
        last->end = MAX (last->end, range->end);
      else
        g_array_append_val (merged, *range);
    }

  return merged;
}

/**
 * spots_text_find_all:
 * @text: original UTF-8 text, such as a paragraph on screen
 * @query: what a reader typed
 *
 * Finds the words of @query in @text, ignoring case and accents, the way
 * the search does: each word on its own, anywhere, also inside longer
 * words. For highlighting in the page a search result opens.
 *
 * Returns: (transfer full) (element-type SpotsTextRange): byte ranges in
 *   @text, in order, without overlaps; empty when nothing matches.
 */
GArray *
spots_text_find_all (const char *text,
                     const char *query)
{
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *normalized = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  normalized = spots_normalize_text (text, &offsets);
  words = spots_normalize_query (query);

  return spots_normalized_find_words (normalized, offsets, (const char * const *) words);
}

/**
 * spots_text_find_phrase:
 * @text: text as a reader sees it
 * @query: what the reader typed into a find bar
 *
 * Finds @query in @text as one phrase, the way find in page works in any
 * reader: ignoring case and accents, and treating any run of white space
 * as one space, but not splitting the query into words.
 *
 * Returns: (transfer full) (element-type SpotsTextRange): the matches, in
 *   original byte offsets, in order; empty when @query is blank.
 */
GArray *
spots_text_find_phrase (const char *text,
                        const char *query)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (SpotsTextRange));
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *needle = NULL;
  gsize start, end;

  g_return_val_if_fail (text != NULL, found);
  g_return_val_if_fail (query != NULL, found);

  /* The loader folded the text on screen to single spaces between words;
   * the query is folded the same way, so that a phrase typed with two
   * spaces or a pasted line break still matches. */
  folded = spots_white_space_fold (query, SPOTS_WHITE_SPACE_XML);
  if (*folded == '\0')
    return found;
  needle = spots_normalize_text (folded, NULL);

  normalized = spots_normalize_text (text, &offsets);
  for (gsize from = 0; spots_normalized_find (normalized, needle, from, &start, &end); from = end)
    {
      SpotsTextRange range;

      spots_normalized_to_original (offsets, start, end, &range);
      g_array_append_val (found, range);
    }

  return found;
}
