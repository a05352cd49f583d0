/* spots-search.c: full-text search over the articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index is built once from a library: each article's title, keywords
 * and every piece of readable text (summary, headings, paragraphs, list
 * items, callouts, figures, comparison notes; spots-search-pieces.c) are
 * folded with spots_normalize_text() and their words go into a word index
 * (spots-word-index.c), so a query only folds itself and reads the
 * postings of the words it begins. The box searches as the reader types,
 * over ten thousand articles too, so a keystroke must cost less than a
 * frame. A library that changes needs a new index.
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
 * summary stands in. Snippets are made only for the results that are read
 * (spots-search-results.c, spots-search-snippet.c).
 */
#define G_LOG_DOMAIN "spots-search"

#include "config.h"

#include <string.h>

#include "spots-search-pieces.h"
#include "spots-search-private.h"
#include "spots-search-snippet.h"

/* Weights of a match in one place: the word on its own ("itch" in "the
 * itch") or at the start of a longer word ("itchy"). They are spaced so
 * that the bonus for occurrences never lifts a match above a better kind or
 * a better place. */
typedef struct
{
  guint whole_word;
  guint word_start;
} Weights;

/* By SpotsWordPlace. */
static const Weights place_weights[] = {
  [SPOTS_WORD_PLACE_TITLE] = { 110, 100 },
  [SPOTS_WORD_PLACE_KEYWORDS] = { 48, 40 },
  [SPOTS_WORD_PLACE_BODY] = { 18, 12 },
};

#define SCORE_EACH_FOUND       1
#define SCORE_MAX_FOUND        5

G_STATIC_ASSERT (SCORE_MAX_FOUND <= SPOTS_WORD_MAX_COUNT);

/* No piece of the body holds a query word. */
#define NO_PIECE G_MAXUINT

struct _SpotsSearchIndex
{
  GObject parent_instance;

  GPtrArray *articles;  /* SpotsArticle, by document number */
  SpotsWordIndex *words;
};

G_DEFINE_FINAL_TYPE (SpotsSearchIndex, spots_search_index, G_TYPE_OBJECT)

static void
spots_search_index_finalize (GObject *object)
{
  SpotsSearchIndex *self = SPOTS_SEARCH_INDEX (object);

  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->words, spots_word_index_free);

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
  self->words = spots_word_index_new ();
}

typedef struct
{
  SpotsArticle *article;
  char *title_key;
} Sortable;

static int
compare_sortables (gconstpointer a,
                   gconstpointer b)
{
  const Sortable *x = a;
  const Sortable *y = b;
  int order = strcmp (x->title_key, y->title_key);

  if (order != 0)
    return order;

  return strcmp (spots_article_get_id (x->article), spots_article_get_id (y->article));
}

/* The articles in the order results with equal scores come: by title as
 * g_utf8_collate() orders them (its keys order the same way, and are made
 * once per article rather than once per comparison), then by id. */
static GPtrArray *
articles_in_title_order (GListModel *articles)
{
  guint n = g_list_model_get_n_items (articles);
  g_autoptr(GArray) sortables = g_array_sized_new (FALSE, FALSE, sizeof (Sortable), n);
  GPtrArray *sorted = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      Sortable sortable;

      sortable.article = g_list_model_get_item (articles, i);
      sortable.title_key = g_utf8_collate_key (spots_article_get_title (sortable.article), -1);
      g_array_append_val (sortables, sortable);
    }

  g_array_sort (sortables, compare_sortables);

  for (guint i = 0; i < n; i++)
    {
      Sortable *sortable = &g_array_index (sortables, Sortable, i);

      g_ptr_array_add (sorted, sortable->article);
      g_free (sortable->title_key);
    }

  return sorted;
}

static void
index_text (SpotsWordIndex *words,
            SpotsWordPlace  place,
            const char     *text)
{
  g_autofree char *normalized = spots_normalize_text (text, NULL);

  spots_word_index_add_text (words, place, normalized);
}

static gboolean
index_piece (const char *text,
             gpointer    user_data)
{
  index_text (user_data, SPOTS_WORD_PLACE_BODY, text);

  return TRUE;
}

static void
index_article (SpotsWordIndex *words,
               SpotsArticle   *article)
{
  const char * const *keywords = spots_article_get_keywords (article);
  g_autofree char *joined = g_strjoinv ("\n", (char **) keywords);

  spots_word_index_add_document (words);
  index_text (words, SPOTS_WORD_PLACE_TITLE, spots_article_get_title (article));
  index_text (words, SPOTS_WORD_PLACE_KEYWORDS, joined);
  spots_search_pieces_foreach (article, index_piece, words);
}

/**
 * spots_search_index_new:
 * @library: a finished library
 *
 * Indexes the words of every article in @library. The index keeps the
 * articles, not the library: build a new index when the library changes.
 * The order of equal results follows the locale's collation at this
 * moment. The index does not change once made, so it can be built on one
 * thread and searched on another.
 *
 * Returns: (transfer full): the index.
 */
SpotsSearchIndex *
spots_search_index_new (SpotsLibrary *library)
{
  SpotsSearchIndex *self;

  g_return_val_if_fail (SPOTS_IS_LIBRARY (library), NULL);

  self = g_object_new (SPOTS_TYPE_SEARCH_INDEX, NULL);
  self->articles = articles_in_title_order (spots_library_get_articles (library));

  for (guint i = 0; i < self->articles->len; i++)
    index_article (self->words, g_ptr_array_index (self->articles, i));
  spots_word_index_finish (self->words);

  return self;
}

/* How one document is doing in a query. Small, as a one-letter query
 * touches one for nearly every document. */
typedef struct
{
  guint score;
  guint n_words;        /* how many of the query words it holds so far */
  guint8 best;          /* for the current word: its best weight, */
  guint8 found;         /* how often it occurs, */
  guint8 in_keywords;   /* and how often in the keywords, at most SCORE_MAX_FOUND */
} Tally;

/* Adds the postings of every word that starts with the query word in
 * @range to the documents that hold all the query words before it, and
 * lists those that hold this one too in @reached, in no order. */
static void
tally_word (SpotsSearchIndex     *self,
            const SpotsWordRange *range,
            guint                 n_before,
            Tally                *tallies,
            GArray               *reached)
{
  SpotsWordList list;

  for (guint cursor = 0; spots_word_index_next_list (self->words, range, &cursor, &list);)
    {
      for (guint i = 0; i < list.n_postings; i++)
        {
          SpotsWordPosting posting = list.postings[i];
          guint32 document = SPOTS_WORD_POSTING_DOCUMENT (posting);
          const Weights *weights = &place_weights[SPOTS_WORD_POSTING_PLACE (posting)];
          Tally *tally = &tallies[document];

          if (tally->n_words != n_before)
            continue;

          if (tally->found == 0)
            g_array_append_val (reached, document);
          tally->best = MAX (tally->best, list.whole ? weights->whole_word : weights->word_start);
          tally->found = MIN (tally->found + SPOTS_WORD_POSTING_COUNT (posting), SCORE_MAX_FOUND);
          tally->in_keywords = MIN (tally->in_keywords + SPOTS_WORD_POSTING_KEYWORD_COUNT (posting),
                                    SCORE_MAX_FOUND);
        }
    }

  for (guint i = 0; i < reached->len; i++)
    {
      Tally *tally = &tallies[g_array_index (reached, guint32, i)];
      guint found = tally->found;

      /* Occurrences in the keywords count twice when the title does not
       * hold the word. The search always scored them so (a MAX() that
       * evaluated its argument twice), and the rankings are kept as they
       * were. */
      if (tally->best < place_weights[SPOTS_WORD_PLACE_TITLE].word_start)
        found += tally->in_keywords;

      tally->score += tally->best + MIN (found, SCORE_MAX_FOUND) * SCORE_EACH_FOUND;
      tally->n_words++;
      tally->best = 0;
      tally->found = 0;
      tally->in_keywords = 0;
    }
}

/* The documents that hold every word of @ranges, with their scores. */
static GArray *
find_hits (SpotsSearchIndex *self,
           GArray           *ranges)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (SpotsSearchHit));
  g_autofree Tally *tallies = NULL;
  g_autoptr(GArray) reached = NULL;

  if (ranges->len == 0)
    return hits;

  tallies = g_new0 (Tally, self->articles->len);
  reached = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint w = 0; w < ranges->len; w++)
    {
      g_array_set_size (reached, 0);
      tally_word (self, &g_array_index (ranges, SpotsWordRange, w), w, tallies, reached);
      if (reached->len == 0)
        return hits;
    }

  g_array_set_size (hits, reached->len);
  for (guint i = 0; i < reached->len; i++)
    {
      SpotsSearchHit *hit = &g_array_index (hits, SpotsSearchHit, i);

      hit->document = g_array_index (reached, guint32, i);
      hit->score = tallies[hit->document].score;
    }

  return hits;
}

/* Best first; documents are numbered in title order. */
static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const SpotsSearchHit *x = a;
  const SpotsSearchHit *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;

  return x->document < y->document ? -1 : x->document > y->document;
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
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) ranges = NULL;
  GArray *hits;

  g_return_val_if_fail (SPOTS_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  words = spots_normalize_query (query);
  ranges = g_array_new (FALSE, FALSE, sizeof (SpotsWordRange));
  for (guint w = 0; words[w] != NULL; w++)
    {
      SpotsWordRange range;

      /* A word no article has: nothing can match. */
      if (!spots_word_index_lookup (self->words, words[w], &range))
        {
          g_array_set_size (ranges, 0);
          break;
        }
      g_array_append_val (ranges, range);
    }

  hits = find_hits (self, ranges);
  g_array_sort (hits, compare_hits);

  return spots_search_results_new (self, g_steal_pointer (&words), g_steal_pointer (&ranges),
                                   hits);
}

/* Which piece of @document's body holds the most query words, counted
 * by the weights of the body (the earliest on a tie), or NO_PIECE. */
static guint
best_piece (SpotsSearchIndex *self,
            guint             document,
            GArray           *ranges)
{
  const SpotsWordRange *words = (const SpotsWordRange *) (gpointer) ranges->data;
  guint n_words = ranges->len;
  const Weights *weights = &place_weights[SPOTS_WORD_PLACE_BODY];
  g_autofree guint *word_scores = g_new0 (guint, n_words);
  guint best = NO_PIECE;
  guint best_score = 0;
  guint piece = 0;
  guint n;
  const guint32 *body = spots_word_index_get_body (self->words, document, &n);

  for (guint i = 0; i < n; i++)
    {
      guint32 word = body[i];
      guint score = 0;

      if (word != SPOTS_WORD_PIECE_END)
        {
          for (guint w = 0; w < n_words; w++)
            if (word >= words[w].first && word < words[w].last)
              word_scores[w] = MAX (word_scores[w],
                                    words[w].whole && word == words[w].first
                                      ? weights->whole_word : weights->word_start);
          continue;
        }

      for (guint w = 0; w < n_words; w++)
        {
          score += word_scores[w];
          word_scores[w] = 0;
        }
      if (score > best_score)
        {
          best = piece;
          best_score = score;
        }
      piece++;
    }

  return best;
}

typedef struct
{
  const char * const *words;
  guint wanted;         /* a piece number, or NO_PIECE for the first not blank */
  guint at;
  char *snippet;
  GArray *highlights;
} SnippetSearch;

static gboolean
snippet_from_piece (const char *text,
                    gpointer    user_data)
{
  SnippetSearch *search = user_data;

  if (search->wanted != NO_PIECE && search->at++ != search->wanted)
    return TRUE;

  search->snippet = spots_search_snippet_new (text, search->words, &search->highlights);

  return search->snippet == NULL;
}

/**
 * spots_search_index_make_result:
 * @words: the query's words
 * @ranges: (element-type SpotsWordRange): where each of them is in the
 *   index's words
 * @hit: a document that holds all of them
 *
 * Returns: (transfer full): the result for @hit, with its snippet.
 */
SpotsSearchResult *
spots_search_index_make_result (SpotsSearchIndex     *self,
                                const char * const   *words,
                                GArray               *ranges,
                                const SpotsSearchHit *hit)
{
  SpotsArticle *article;
  SnippetSearch search = { words, NO_PIECE, 0, NULL, NULL };

  g_return_val_if_fail (SPOTS_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (hit->document < self->articles->len, NULL);

  article = g_ptr_array_index (self->articles, hit->document);

  /* Found only in the title or keywords: the summary, or the first piece
   * that is not blank, says what the article is about. */
  search.wanted = best_piece (self, hit->document, ranges);
  spots_search_pieces_foreach (article, snippet_from_piece, &search);

  if (search.snippet == NULL)
    {
      search.snippet = g_strdup ("");
      search.highlights = g_array_new (FALSE, FALSE, sizeof (SpotsTextRange));
    }

  return spots_search_result_new (article, hit->score, search.snippet, search.highlights);
}
