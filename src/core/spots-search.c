/* spots-search.c: full-text search over the articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index is built once from a library: each article's title, keywords
 * and every piece of readable text (summary, headings, paragraphs, list
 * items, callouts, figures, comparison notes) are folded once with
 * spots_normalize_text(), so a query only folds itself. Thirty articles of
 * a few pages each make a linear scan faster than any cleverer structure
 * would be to build. A library that changes needs a new index.
 *
 * A query is a list of words (spots_normalize_query()); an article matches
 * when every word begins a word somewhere in it, so "itch" finds "itchy"
 * but not "switch" (find in page, which looks inside words too, is another
 * matter). Each word scores by the best place it occurs:
 *
 *             whole word  start of a word
 *   title:       110           100
 *   keyword:      48            40
 *   body:         18            12
 *
 * plus 1 for each occurrence anywhere, at most 5, so an article that
 * talks about the word more (or lists it in several keywords: "leukemia",
 * "leukemia cutis") comes first among equals without ever beating a better
 * kind of match or a better place. An article's score is the sum over the words. Results are
 * sorted by score, then title, then id, so the same query always gives the
 * same order.
 *
 * The snippet comes from the piece of text holding the most query words
 * (the earliest on a tie; the summary is the first piece), cut around the
 * first match. When the words are only in the title or keywords, the
 * summary stands in.
 */
#define G_LOG_DOMAIN "spots-core"

#include "config.h"

#include <string.h>

#include "spots-search.h"

/* Weights of a match in one place: the word on its own ("itch" in "the
 * itch") or at the start of a longer word ("itchy"). They are spaced so
 * that the bonus for occurrences never lifts a match above a better kind or
 * a better place. */
typedef struct
{
  guint whole_word;
  guint word_start;
} Weights;

static const Weights title_weights = { 110, 100 };
static const Weights keyword_weights = { 48, 40 };
static const Weights body_weights = { 18, 12 };

#define SCORE_EACH_FOUND       1
#define SCORE_MAX_FOUND        5

/* How much text to keep before the match, in characters, when the snippet
 * has to be cut. */
#define SNIPPET_CONTEXT 40

#define ELLIPSIS "…"

/* SpotsSearchResult ------------------------------------------------------ */

struct _SpotsSearchResult
{
  GObject parent_instance;

  SpotsArticle *article;
  guint score;
  char *snippet;
  GArray *highlights;   /* SpotsTextRange, byte offsets into snippet */
  char *snippet_markup;
};

G_DEFINE_FINAL_TYPE (SpotsSearchResult, spots_search_result, G_TYPE_OBJECT)

enum {
  RESULT_PROP_0,
  RESULT_PROP_ARTICLE,
  RESULT_PROP_SCORE,
  RESULT_PROP_SNIPPET,
  RESULT_PROP_SNIPPET_MARKUP,
  RESULT_N_PROPS
};

static GParamSpec *result_properties[RESULT_N_PROPS];

static void
spots_search_result_finalize (GObject *object)
{
  SpotsSearchResult *self = SPOTS_SEARCH_RESULT (object);

  g_clear_object (&self->article);
  g_clear_pointer (&self->snippet, g_free);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_pointer (&self->snippet_markup, g_free);

  G_OBJECT_CLASS (spots_search_result_parent_class)->finalize (object);
}

static void
spots_search_result_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SpotsSearchResult *self = SPOTS_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case RESULT_PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case RESULT_PROP_SCORE:
      g_value_set_uint (value, self->score);
      break;
    case RESULT_PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;
    case RESULT_PROP_SNIPPET_MARKUP:
      g_value_set_string (value, self->snippet_markup);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_search_result_class_init (SpotsSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = spots_search_result_finalize;
  object_class->get_property = spots_search_result_get_property;

  result_properties[RESULT_PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, SPOTS_TYPE_ARTICLE, flags);
  result_properties[RESULT_PROP_SCORE] =
    g_param_spec_uint ("score", NULL, NULL, 0, G_MAXUINT, 0, flags);
  result_properties[RESULT_PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, flags);
  /* A property, not only a getter, so a list row in a .ui file can bind
   * its label to it. */
  result_properties[RESULT_PROP_SNIPPET_MARKUP] =
    g_param_spec_string ("snippet-markup", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, RESULT_N_PROPS, result_properties);
}

static void
spots_search_result_init (SpotsSearchResult *self)
{
}

static char *
markup_with_highlights (const char *text,
                        GArray     *highlights)
{
  GString *out = g_string_new (NULL);
  gsize at = 0;

  for (guint i = 0; i < highlights->len; i++)
    {
      const SpotsTextRange *range = &g_array_index (highlights, SpotsTextRange, i);
      g_autofree char *before = g_markup_escape_text (text + at, (gssize) (range->start - at));
      g_autofree char *match = g_markup_escape_text (text + range->start,
                                                     (gssize) (range->end - range->start));

      g_string_append_printf (out, "%s<b>%s</b>", before, match);
      at = range->end;
    }

  {
    g_autofree char *rest = g_markup_escape_text (text + at, -1);

    g_string_append (out, rest);
  }

  return g_string_free (out, FALSE);
}

/* Takes @snippet and @highlights (sorted, not overlapping, inside it). */
static SpotsSearchResult *
search_result_new (SpotsArticle *article,
                   guint         score,
                   char         *snippet,
                   GArray       *highlights)
{
  SpotsSearchResult *self = g_object_new (SPOTS_TYPE_SEARCH_RESULT, NULL);

  self->article = g_object_ref (article);
  self->score = score;
  self->snippet = snippet;
  self->highlights = highlights;
  self->snippet_markup = markup_with_highlights (snippet, highlights);

  return self;
}

/**
 * spots_search_result_get_article:
 *
 * Returns: (transfer none): the article that matched.
 */
SpotsArticle *
spots_search_result_get_article (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), NULL);

  return self->article;
}

/**
 * spots_search_result_get_score:
 *
 * Returns: how well the article matched; higher is better. Only the order
 *   of scores means something.
 */
guint
spots_search_result_get_score (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), 0);

  return self->score;
}

/**
 * spots_search_result_get_snippet:
 *
 * Returns: (transfer none): a line of the article's text around the match,
 *   plain text without tabs or line breaks, with "…" where it was cut.
 */
const char *
spots_search_result_get_snippet (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

/**
 * spots_search_result_get_highlights:
 *
 * Returns: (transfer none) (element-type SpotsTextRange): where the query
 *   words are in the snippet, as byte ranges, in order, not overlapping.
 */
GArray *
spots_search_result_get_highlights (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), NULL);

  return self->highlights;
}

/**
 * spots_search_result_get_snippet_markup:
 *
 * Returns: (transfer none): the snippet as Pango markup, escaped, with the
 *   query words in <b></b>.
 */
const char *
spots_search_result_get_snippet_markup (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), NULL);

  return self->snippet_markup;
}

/* SpotsSearchIndex ------------------------------------------------------- */

/* One piece of readable text: a paragraph, a list item, a heading... */
typedef struct
{
  char *text;           /* white space folded to single spaces: one line */
  char *normalized;
  GArray *offsets;      /* from normalized back to text */
} Piece;

typedef struct
{
  SpotsArticle *article;
  char *title;          /* normalized */
  char *keywords;       /* normalized, one per line */
  GPtrArray *pieces;    /* Piece: the summary first, then in reading order */
} Entry;

struct _SpotsSearchIndex
{
  GObject parent_instance;

  GPtrArray *entries;   /* Entry */
};

G_DEFINE_FINAL_TYPE (SpotsSearchIndex, spots_search_index, G_TYPE_OBJECT)

static void
piece_free (Piece *piece)
{
  g_free (piece->text);
  g_free (piece->normalized);
  g_clear_pointer (&piece->offsets, g_array_unref);
  g_free (piece);
}

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->article);
  g_free (entry->title);
  g_free (entry->keywords);
  g_clear_pointer (&entry->pieces, g_ptr_array_unref);
  g_free (entry);
}

static void
spots_search_index_finalize (GObject *object)
{
  SpotsSearchIndex *self = SPOTS_SEARCH_INDEX (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (spots_search_index_parent_class)->finalize (object);
}

static void
spots_search_index_class_init (SpotsSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = spots_search_index_finalize;
}

static void
spots_search_index_init (SpotsSearchIndex *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
}

/* The parser already folds ASCII white space; this also catches the
 * Unicode line and paragraph separators, so a snippet is always one line. */
static char *
fold_white_space (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
add_piece (GPtrArray  *pieces,
           const char *text)
{
  Piece *piece;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return;

  folded = fold_white_space (text);
  if (*folded == '\0')
    return;

  piece = g_new0 (Piece, 1);
  piece->normalized = spots_normalize_text (folded, &piece->offsets);
  piece->text = g_steal_pointer (&folded);
  g_ptr_array_add (pieces, piece);
}

static void
add_inline_text (GPtrArray       *pieces,
                 SpotsInlineText *text)
{
  g_autofree char *string = NULL;

  if (text == NULL)
    return;

  string = spots_inline_text_to_string (text);
  add_piece (pieces, string);
}

static void
add_blocks (GPtrArray  *pieces,
            GListModel *blocks)
{
  guint n = g_list_model_get_n_items (blocks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      switch (spots_block_get_kind (block))
        {
        case SPOTS_BLOCK_HEADING:
        case SPOTS_BLOCK_PARAGRAPH:
          add_inline_text (pieces, spots_block_get_text (block));
          break;

        case SPOTS_BLOCK_LIST:
        case SPOTS_BLOCK_STEPS:
          for (guint j = 0; j < spots_block_get_n_items (block); j++)
            add_inline_text (pieces, spots_block_get_item (block, j));
          break;

        case SPOTS_BLOCK_CALLOUT:
          add_piece (pieces, spots_block_get_title (block));
          add_blocks (pieces, spots_block_get_children (block));
          break;

        case SPOTS_BLOCK_FIGURE:
          add_piece (pieces, spots_block_get_alt_text (block));
          add_inline_text (pieces, spots_block_get_text (block));
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static Entry *
entry_new (SpotsArticle *article)
{
  Entry *entry = g_new0 (Entry, 1);
  const char * const *keywords = spots_article_get_keywords (article);
  g_autofree char *joined = g_strjoinv ("\n", (char **) keywords);
  SpotsCompareFacts *compare = spots_article_get_compare (article);

  entry->article = g_object_ref (article);
  entry->title = spots_normalize_text (spots_article_get_title (article), NULL);
  entry->keywords = spots_normalize_text (joined, NULL);
  entry->pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);

  add_piece (entry->pieces, spots_article_get_summary (article));
  add_blocks (entry->pieces, spots_article_get_blocks (article));
  for (SpotsFact fact = 0; compare != NULL && fact < SPOTS_N_FACTS; fact++)
    add_piece (entry->pieces, spots_compare_facts_get_text (compare, fact));

  return entry;
}

/**
 * spots_search_index_new:
 * @library: a finished library
 *
 * Folds the text of every article in @library for searching. The index
 * keeps the articles, not the library: build a new index when the library
 * changes.
 *
 * Returns: (transfer full): the index.
 */
SpotsSearchIndex *
spots_search_index_new (SpotsLibrary *library)
{
  SpotsSearchIndex *self;
  GListModel *articles;
  guint n;

  g_return_val_if_fail (SPOTS_IS_LIBRARY (library), NULL);

  self = g_object_new (SPOTS_TYPE_SEARCH_INDEX, NULL);
  articles = spots_library_get_articles (library);
  n = g_list_model_get_n_items (articles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);

      g_ptr_array_add (self->entries, entry_new (article));
    }

  return self;
}

/* How well @word matches a title, the keywords or a piece of text: the
 * weight of its best occurrence, 0 if there is none. Adds the number of
 * occurrences to @n_found. */
static guint
field_score (const char    *normalized,
             const char    *word,
             const Weights *weights,
             guint         *n_found)
{
  guint score = 0;
  gsize start, end;

  for (gsize from = 0; spots_normalized_find (normalized, word, from, &start, &end);
       from = end)
    {
      /* Inside a word is noise: "itch" in "switch". */
      if (!spots_normalized_is_word_start (normalized, start))
        continue;

      score = MAX (score, spots_normalized_is_word_end (normalized, end) ? weights->whole_word
                                                                         : weights->word_start);
      (*n_found)++;
    }

  return score;
}

/* Cuts the snippet out of @piece around the first of @ranges (its matches,
 * in its text), at word boundaries, and moves @ranges into the snippet. */
static char *
cut_snippet (const Piece *piece,
             GArray      *ranges)
{
  const char *text = piece->text;
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

/* Returns: (nullable): the result for @entry, or %NULL unless every word
 * occurs in it. */
static SpotsSearchResult *
match_entry (Entry              *entry,
             const char * const *words)
{
  g_autofree guint *piece_scores = g_new0 (guint, entry->pieces->len);
  const Piece *best_piece = NULL;
  guint best_piece_score = 0;
  g_autoptr(GArray) ranges = NULL;
  guint score = 0;
  char *snippet;

  for (guint w = 0; words[w] != NULL; w++)
    {
      const char *word = words[w];
      guint n_found = 0;
      guint best = field_score (entry->title, word, &title_weights, &n_found);

      best = MAX (best, field_score (entry->keywords, word, &keyword_weights, &n_found));

      for (guint i = 0; i < entry->pieces->len; i++)
        {
          const Piece *piece = g_ptr_array_index (entry->pieces, i);
          guint in_piece = field_score (piece->normalized, word, &body_weights, &n_found);

          piece_scores[i] += in_piece;
          best = MAX (best, in_piece);
        }

      if (best == 0)
        return NULL;

      score += best + MIN (n_found, SCORE_MAX_FOUND) * SCORE_EACH_FOUND;
    }

  for (guint i = 0; i < entry->pieces->len; i++)
    {
      if (piece_scores[i] > best_piece_score)
        {
          best_piece = g_ptr_array_index (entry->pieces, i);
          best_piece_score = piece_scores[i];
        }
    }

  /* Found only in the title or keywords: the summary says what the
   * article is about. */
  if (best_piece == NULL && entry->pieces->len > 0)
    best_piece = g_ptr_array_index (entry->pieces, 0);

  if (best_piece != NULL)
    {
      ranges = spots_normalized_find_words (best_piece->normalized, best_piece->offsets, words);
      snippet = cut_snippet (best_piece, ranges);
    }
  else
    {
      ranges = g_array_new (FALSE, FALSE, sizeof (SpotsTextRange));
      snippet = g_strdup ("");
    }

  return search_result_new (entry->article, score, snippet, g_steal_pointer (&ranges));
}

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  SpotsSearchResult *x = *(SpotsSearchResult * const *) a;
  SpotsSearchResult *y = *(SpotsSearchResult * const *) b;
  int order;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;

  order = g_utf8_collate (spots_article_get_title (x->article),
                          spots_article_get_title (y->article));
  if (order != 0)
    return order;

  return strcmp (spots_article_get_id (x->article), spots_article_get_id (y->article));
}

/**
 * spots_search_index_query:
 * @query: what a reader typed; words separated by spaces or punctuation
 *
 * Finds the articles that contain every word of @query, ignoring case and
 * accents, best match first (see the top of spots-search.c).
 *
 * Returns: (transfer full): a new #GListModel of #SpotsSearchResult, empty
 *   when @query has no words or nothing matches.
 */
GListModel *
spots_search_index_query (SpotsSearchIndex *self,
                          const char       *query)
{
  g_autoptr(GListStore) store = g_list_store_new (SPOTS_TYPE_SEARCH_RESULT);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (SPOTS_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  words = spots_normalize_query (query);
  if (words[0] == NULL)
    return G_LIST_MODEL (g_steal_pointer (&store));

  for (guint i = 0; i < self->entries->len; i++)
    {
      SpotsSearchResult *result = match_entry (g_ptr_array_index (self->entries, i),
                                               (const char * const *) words);

      if (result != NULL)
        g_ptr_array_add (results, result);
    }

  g_ptr_array_sort (results, compare_results);
  g_list_store_splice (store, 0, 0, results->pdata, results->len);

  return G_LIST_MODEL (g_steal_pointer (&store));
}
