/* spots-word-index.c: which documents hold which words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An inverted index over folded text (spots_normalize_text()). A word is a
 * run of letters and digits (spots_normalized_next_word()), and a query
 * word matches where it begins a word, so what a query needs is every word
 * of the index that starts with it. The words are kept sorted, byte by
 * byte, which puts all the words with one beginning next to each other:
 * two binary searches find them, and "i" costs no more to look up than
 * "itch".
 *
 * Each word has a list of postings, one per document that holds it, in
 * document order, packed in 32 bits (so at most 16 million documents). Counts stop at SPOTS_WORD_MAX_COUNT,
 * more than a search ever adds up.
 *
 * A one-letter query word starts a good part of all the words, and the
 * search box sees one with every first keystroke. So for each first
 * character the postings of all its longer words are also merged into one
 * list, a posting per document, and such a query reads that.
 *
 * For the snippets, each document also keeps its body as the list of its
 * word numbers, piece by piece: which piece holds most of the query words
 * is then a walk over small integers, not a search through text.
 *
 * Words are numbered in the order they are first met while documents are
 * added; spots_word_index_finish() sorts them and renumbers everything.
 */
#define G_LOG_DOMAIN "spots-word-index"

#include "config.h"

#include <string.h>

#include "spots-text-normalize.h"
#include "spots-word-index.h"

#define MAX_DOCUMENTS (G_MAXUINT32 >> 8)

#define NO_MERGED G_MAXUINT

/* The merged postings of the words [first, last), in merged_postings. */
typedef struct
{
  guint32 first;
  guint32 last;
  guint32 start;
  guint32 end;
} Merged;

struct _SpotsWordIndex
{
  /* While building: an open-addressing table from a word (bytes and
   * length, straight from the folded text) to its number + 1, 0 for a
   * free slot; and each word's hash, length and postings by number. Every
   * word of every article goes through it, so it compares lengths and
   * hashes before bytes and never copies a word it already has. */
  guint32 *slots;
  guint32 n_slots;      /* a power of two, at least twice the words */
  GArray *hashes;       /* guint32 */
  GArray *lengths;      /* guint32 */
  GPtrArray *building;  /* GArray of SpotsWordPosting, by word number */

  GPtrArray *words;     /* char *, by word number: sorted once finished */
  guint32 *posting_starts;
  SpotsWordPosting *postings;
  GArray *body;         /* guint32 word numbers and SPOTS_WORD_PIECE_END */
  GArray *body_starts;  /* guint32, one per document, then the end */
  GArray *merged;       /* Merged, by first word */
  GArray *merged_postings;
  guint32 n_postings;
  gboolean finished;
};

SpotsWordIndex *
spots_word_index_new (void)
{
  SpotsWordIndex *self = g_new0 (SpotsWordIndex, 1);

  self->n_slots = 1024;
  self->slots = g_new0 (guint32, self->n_slots);
  self->hashes = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->lengths = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->building = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->words = g_ptr_array_new_with_free_func (g_free);
  self->body = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->body_starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->merged = g_array_new (FALSE, FALSE, sizeof (Merged));
  self->merged_postings = g_array_new (FALSE, FALSE, sizeof (SpotsWordPosting));

  return self;
}

void
spots_word_index_free (SpotsWordIndex *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->slots, g_free);
  g_clear_pointer (&self->hashes, g_array_unref);
  g_clear_pointer (&self->lengths, g_array_unref);
  g_clear_pointer (&self->building, g_ptr_array_unref);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_free (self->posting_starts);
  g_free (self->postings);
  g_clear_pointer (&self->body, g_array_unref);
  g_clear_pointer (&self->body_starts, g_array_unref);
  g_clear_pointer (&self->merged, g_array_unref);
  g_clear_pointer (&self->merged_postings, g_array_unref);
  g_free (self);
}

/**
 * spots_word_index_add_document:
 *
 * Starts a new document: what spots_word_index_add_text() adds next is in
 * it.
 *
 * Returns: the document's number, counting from 0.
 */
guint
spots_word_index_add_document (SpotsWordIndex *self)
{
  guint32 start;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (!self->finished, 0);
  g_return_val_if_fail (self->body_starts->len < MAX_DOCUMENTS, 0);

  start = self->body->len;
  g_array_append_val (self->body_starts, start);

  return self->body_starts->len - 1;
}

/* FNV-1a: words are short, and this needs no terminating NUL. */
static guint32
hash_word (const char *word,
           gsize       length)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guchar) word[i]) * 16777619u;

  return hash;
}

/* The slot that holds @word, or the free one where it would go. */
static guint32 *
find_slot (SpotsWordIndex *self,
           const char     *word,
           gsize           length,
           guint32         hash)
{
  guint32 mask = self->n_slots - 1;

  for (guint32 at = hash & mask;; at = (at + 1) & mask)
    {
      guint32 number = self->slots[at];

      if (number == 0)
        return &self->slots[at];

      number--;
      if (g_array_index (self->hashes, guint32, number) == hash &&
          g_array_index (self->lengths, guint32, number) == length &&
          memcmp (g_ptr_array_index (self->words, number), word, length) == 0)
        return &self->slots[at];
    }
}

static void
grow_slots (SpotsWordIndex *self)
{
  g_autofree guint32 *old = g_steal_pointer (&self->slots);
  guint32 n_old = self->n_slots;

  self->n_slots *= 2;
  self->slots = g_new0 (guint32, self->n_slots);
  for (guint32 i = 0; i < n_old; i++)
    {
      guint32 number;
      guint32 mask = self->n_slots - 1;
      guint32 at;

      if (old[i] == 0)
        continue;

      number = old[i] - 1;
      for (at = g_array_index (self->hashes, guint32, number) & mask; self->slots[at] != 0;
           at = (at + 1) & mask)
        ;
      self->slots[at] = old[i];
    }
}

static guint
word_number (SpotsWordIndex *self,
             const char     *word,
             gsize           length)
{
  guint32 hash = hash_word (word, length);
  guint32 *slot = find_slot (self, word, length, hash);
  guint32 length32 = (guint32) length;

  if (*slot != 0)
    return *slot - 1;

  g_ptr_array_add (self->words, g_strndup (word, length));
  g_array_append_val (self->hashes, hash);
  g_array_append_val (self->lengths, length32);
  g_ptr_array_add (self->building, g_array_new (FALSE, FALSE, sizeof (SpotsWordPosting)));
  *slot = self->words->len;

  if (self->words->len * 2 > self->n_slots)
    grow_slots (self);

  return self->words->len - 1;
}

static SpotsWordPosting
make_posting (guint          document,
              SpotsWordPlace place,
              guint          keyword_count,
              guint          count)
{
  return ((SpotsWordPosting) document << 8) | ((SpotsWordPosting) place << 6) |
         (MIN (keyword_count, SPOTS_WORD_MAX_COUNT) << 3) | MIN (count, SPOTS_WORD_MAX_COUNT);
}

/* The postings of a word are in document order, so the current
 * document's, if any, is the last one. */
static void
add_posting (GArray         *postings,
             guint           document,
             SpotsWordPlace  place)
{
  SpotsWordPosting *last = postings->len > 0
                             ? &g_array_index (postings, SpotsWordPosting, postings->len - 1)
                             : NULL;
  guint in_keywords = place == SPOTS_WORD_PLACE_KEYWORDS ? 1 : 0;
  SpotsWordPosting posting;

  if (last == NULL || SPOTS_WORD_POSTING_DOCUMENT (*last) != document)
    {
      posting = make_posting (document, place, in_keywords, 1);
      g_array_append_val (postings, posting);
      return;
    }

  *last = make_posting (document, MAX (place, SPOTS_WORD_POSTING_PLACE (*last)),
                        SPOTS_WORD_POSTING_KEYWORD_COUNT (*last) + in_keywords,
                        SPOTS_WORD_POSTING_COUNT (*last) + 1);
}

/**
 * spots_word_index_add_text:
 * @normalized: text from spots_normalize_text()
 *
 * Adds the words of @normalized to the current document, in @place. Each
 * text added to the body is one piece of it.
 */
void
spots_word_index_add_text (SpotsWordIndex *self,
                           SpotsWordPlace  place,
                           const char     *normalized)
{
  guint document;
  gsize start, end;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->finished);
  g_return_if_fail (self->body_starts->len > 0);
  g_return_if_fail (normalized != NULL);

  document = self->body_starts->len - 1;

  for (gsize from = 0; spots_normalized_next_word (normalized, from, &start, &end); from = end)
    {
      guint32 number = word_number (self, normalized + start, end - start);

      add_posting (g_ptr_array_index (self->building, number), document, place);
      if (place == SPOTS_WORD_PLACE_BODY)
        g_array_append_val (self->body, number);
    }

  if (place == SPOTS_WORD_PLACE_BODY)
    {
      guint32 piece_end = SPOTS_WORD_PIECE_END;

      g_array_append_val (self->body, piece_end);
    }
}

static int
compare_documents (gconstpointer a,
                   gconstpointer b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Merges the postings of the sorted words [first, last) into one list,
 * with @by_document (zeroed, one per document) to add them up in. */
static void
merge_postings (SpotsWordIndex   *self,
                guint32           first,
                guint32           last,
                SpotsWordPosting *by_document,
                GArray           *documents)
{
  Merged merged = { first, last, self->merged_postings->len, 0 };

  g_array_set_size (documents, 0);
  for (guint32 word = first; word < last; word++)
    {
      for (guint32 i = self->posting_starts[word]; i < self->posting_starts[word + 1]; i++)
        {
          SpotsWordPosting posting = self->postings[i];
          guint32 document = SPOTS_WORD_POSTING_DOCUMENT (posting);
          SpotsWordPosting sum = by_document[document];

          if (sum == 0)
            {
              g_array_append_val (documents, document);
              by_document[document] = posting;
              continue;
            }

          by_document[document] =
            make_posting (document,
                          MAX (SPOTS_WORD_POSTING_PLACE (sum), SPOTS_WORD_POSTING_PLACE (posting)),
                          SPOTS_WORD_POSTING_KEYWORD_COUNT (sum) +
                            SPOTS_WORD_POSTING_KEYWORD_COUNT (posting),
                          SPOTS_WORD_POSTING_COUNT (sum) + SPOTS_WORD_POSTING_COUNT (posting));
        }
    }

  g_array_sort (documents, compare_documents);
  for (guint i = 0; i < documents->len; i++)
    {
      guint32 document = g_array_index (documents, guint32, i);

      g_array_append_val (self->merged_postings, by_document[document]);
      by_document[document] = 0;
    }

  merged.end = self->merged_postings->len;
  g_array_append_val (self->merged, merged);
}

/* For each first character, the words longer than it, merged. */
static void
merge_by_first_character (SpotsWordIndex *self)
{
  guint n_documents = self->body_starts->len - 1;
  g_autofree SpotsWordPosting *by_document = g_new0 (SpotsWordPosting, MAX (n_documents, 1));
  g_autoptr(GArray) documents = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 first = 0;

  while (first < self->words->len)
    {
      const char *word = g_ptr_array_index (self->words, first);
      gsize length = (gsize) (g_utf8_next_char (word) - word);
      guint32 last = first + 1;

      while (last < self->words->len &&
             strncmp (g_ptr_array_index (self->words, last), word, length) == 0)
        last++;

      /* The character itself, as a word, sorts first and is whole. */
      if (last - first > 1)
        merge_postings (self, word[length] == '\0' ? first + 1 : first, last, by_document,
                        documents);
      first = last;
    }
}

/* Orders word numbers by their words, in @words. */
static int
compare_words (gconstpointer a,
               gconstpointer b,
               gpointer      words)
{
  char **strings = words;

  return strcmp (strings[*(const guint32 *) a], strings[*(const guint32 *) b]);
}

/**
 * spots_word_index_finish:
 *
 * Sorts the words, after the last document: the index can be searched
 * from now on, and no more documents can be added.
 */
void
spots_word_index_finish (SpotsWordIndex *self)
{
  guint n_words;
  g_autofree guint32 *renumbered = NULL;
  g_autofree guint32 *by_first_sight = NULL;
  guint32 end;
  guint32 at = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->finished);

  n_words = self->words->len;

  by_first_sight = g_new (guint32, n_words);
  for (guint i = 0; i < n_words; i++)
    by_first_sight[i] = i;
  /* g_qsort_with_data() is deprecated since GLib 2.82, which Debian 12
   * lacks; the version caps (meson.build) decide which one is allowed. */
#if defined (GLIB_VERSION_2_82) && GLIB_VERSION_MAX_ALLOWED >= GLIB_VERSION_2_82
  g_sort_array (by_first_sight, n_words, sizeof (guint32), compare_words, self->words->pdata);
#else
  g_qsort_with_data (by_first_sight, (gint) n_words, sizeof (guint32), compare_words,
                     self->words->pdata);
#endif
  renumbered = g_new (guint32, n_words);
  for (guint i = 0; i < n_words; i++)
    renumbered[by_first_sight[i]] = i;

  for (guint i = 0; i < n_words; i++)
    self->n_postings += ((GArray *) g_ptr_array_index (self->building, i))->len;

  self->posting_starts = g_new (guint32, n_words + 1);
  self->postings = g_new (SpotsWordPosting, MAX (self->n_postings, 1));
  for (guint i = 0; i < n_words; i++)
    {
      GArray *postings = g_ptr_array_index (self->building, by_first_sight[i]);

      self->posting_starts[i] = at;
      memcpy (self->postings + at, postings->data, postings->len * sizeof (SpotsWordPosting));
      at += postings->len;
    }
  self->posting_starts[n_words] = at;

  for (guint i = 0; i < self->body->len; i++)
    {
      guint32 *number = &g_array_index (self->body, guint32, i);

      if (*number != SPOTS_WORD_PIECE_END)
        *number = renumbered[*number];
    }
  end = self->body->len;
  g_array_append_val (self->body_starts, end);

  /* The slots hold the strings in first-sight order; put them in order. */
  {
    g_autoptr(GPtrArray) words = g_ptr_array_new_full (n_words, g_free);

    for (guint i = 0; i < n_words; i++)
      g_ptr_array_add (words, g_steal_pointer (&self->words->pdata[by_first_sight[i]]));
    g_ptr_array_unref (self->words);
    self->words = g_steal_pointer (&words);
  }

  g_clear_pointer (&self->slots, g_free);
  g_clear_pointer (&self->hashes, g_array_unref);
  g_clear_pointer (&self->lengths, g_array_unref);
  g_clear_pointer (&self->building, g_ptr_array_unref);
  merge_by_first_character (self);
  self->finished = TRUE;
}

guint
spots_word_index_get_n_documents (SpotsWordIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->finished, 0);

  return self->body_starts->len - 1;
}

/* The first word at or after @low that is not before @word, or that
 * does not start with it. */
static guint
search_words (SpotsWordIndex *self,
              const char     *word,
              gsize           prefix_length,
              guint           low)
{
  guint high = self->words->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const char *at = g_ptr_array_index (self->words, middle);
      int order = prefix_length > 0 ? strncmp (at, word, prefix_length) : strcmp (at, word);

      if (prefix_length > 0 ? order == 0 : order < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* The merged list that ends at @last, in word order like the lists. */
static guint
find_merged (SpotsWordIndex *self,
             guint           last)
{
  guint low = 0;
  guint high = self->merged->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      guint32 at = g_array_index (self->merged, Merged, middle).last;

      if (at == last)
        return middle;
      if (at < last)
        low = middle + 1;
      else
        high = middle;
    }

  return NO_MERGED;
}

/**
 * spots_word_index_lookup:
 * @word: a word from spots_normalize_query()
 * @range: (out): the words of the index that start with @word
 *
 * Returns: %TRUE if any word of the index starts with @word.
 */
gboolean
spots_word_index_lookup (SpotsWordIndex *self,
                         const char     *word,
                         SpotsWordRange *range)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->finished, FALSE);
  g_return_val_if_fail (word != NULL && *word != '\0', FALSE);
  g_return_val_if_fail (range != NULL, FALSE);

  /* Words starting with @word sort right from @word itself on. */
  range->first = search_words (self, word, 0, 0);
  range->last = search_words (self, word, strlen (word), range->first);
  range->whole = range->first < range->last &&
                 g_str_equal (g_ptr_array_index (self->words, range->first), word);
  range->merged = NO_MERGED;

  if (range->first < range->last && *g_utf8_next_char (word) == '\0')
    range->merged = find_merged (self, range->last);

  return range->first < range->last;
}

/**
 * spots_word_index_next_list:
 * @range: from spots_word_index_lookup()
 * @cursor: (inout): 0 for the first list, then left as it is
 * @list: (out): the next list of postings
 *
 * Walks the postings of the words in @range, list by list. A document may
 * be in more than one list.
 *
 * Returns: %FALSE when there are no more lists.
 */
gboolean
spots_word_index_next_list (SpotsWordIndex       *self,
                            const SpotsWordRange *range,
                            guint                *cursor,
                            SpotsWordList        *list)
{
  guint word;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->finished, FALSE);
  g_return_val_if_fail (range != NULL && range->last <= self->words->len, FALSE);
  g_return_val_if_fail (cursor != NULL && list != NULL, FALSE);

  if (range->merged != NO_MERGED)
    {
      const Merged *merged = &g_array_index (self->merged, Merged, range->merged);

      /* The word itself, if it is one, then the merged longer ones. */
      if (*cursor == 0 && merged->first == range->first)
        *cursor = 1;
      if (*cursor > 1)
        return FALSE;

      if (*cursor == 0)
        {
          list->postings = self->postings + self->posting_starts[range->first];
          list->n_postings = self->posting_starts[range->first + 1] -
                             self->posting_starts[range->first];
          list->whole = TRUE;
        }
      else
        {
          list->postings = &g_array_index (self->merged_postings, SpotsWordPosting,
                                           merged->start);
          list->n_postings = merged->end - merged->start;
          list->whole = FALSE;
        }
      (*cursor)++;
      return TRUE;
    }

  word = range->first + *cursor;
  if (word >= range->last)
    return FALSE;

  list->postings = self->postings + self->posting_starts[word];
  list->n_postings = self->posting_starts[word + 1] - self->posting_starts[word];
  list->whole = range->whole && word == range->first;
  (*cursor)++;

  return TRUE;
}

/**
 * spots_word_index_get_body:
 *
 * Returns: (transfer none) (array length=n_words) (nullable): the word
 *   numbers of @document's body, in order, each piece followed by
 *   %SPOTS_WORD_PIECE_END.
 */
const guint32 *
spots_word_index_get_body (SpotsWordIndex *self,
                           guint           document,
                           guint          *n_words)
{
  const guint32 *starts;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->finished, NULL);
  g_return_val_if_fail (document + 1 < self->body_starts->len, NULL);

  starts = (const guint32 *) (gpointer) self->body_starts->data;
  *n_words = starts[document + 1] - starts[document];
  if (*n_words == 0)
    return NULL;

  return &g_array_index (self->body, guint32, starts[document]);
}
