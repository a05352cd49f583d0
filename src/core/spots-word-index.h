/* spots-word-index.h: which documents hold which words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a word is in a document; a better place is greater. */
typedef enum
{
  SPOTS_WORD_PLACE_BODY,
  SPOTS_WORD_PLACE_KEYWORDS,
  SPOTS_WORD_PLACE_TITLE,
} SpotsWordPlace;

/* One word in one document: the document's number, the best place the
 * word has in it, how often it occurs in the keywords and how often in
 * all, each at most SPOTS_WORD_MAX_COUNT. */
typedef guint32 SpotsWordPosting;

#define SPOTS_WORD_MAX_COUNT 7
#define SPOTS_WORD_POSTING_DOCUMENT(posting)       ((guint) ((posting) >> 8))
#define SPOTS_WORD_POSTING_PLACE(posting)          ((SpotsWordPlace) (((posting) >> 6) & 0x3))
#define SPOTS_WORD_POSTING_KEYWORD_COUNT(posting)  ((guint) (((posting) >> 3) & 0x7))
#define SPOTS_WORD_POSTING_COUNT(posting)          ((guint) ((posting) & 0x7))

/* Ends each piece in spots_word_index_get_body(). */
#define SPOTS_WORD_PIECE_END G_MAXUINT32

/* The words of the index that start with a query word, as numbers in
 * [first, last); when @whole, the first of them is the query word itself.
 * @merged is for spots_word_index_next_list(). */
typedef struct
{
  guint first;
  guint last;
  gboolean whole;
  guint merged;
} SpotsWordRange;

/* Postings of the words of a range, all of them the query word itself
 * (@whole) or all longer. */
typedef struct
{
  const SpotsWordPosting *postings;
  guint n_postings;
  gboolean whole;
} SpotsWordList;

typedef struct _SpotsWordIndex SpotsWordIndex;

SpotsWordIndex         *spots_word_index_new           (void);
void                    spots_word_index_free          (SpotsWordIndex *self);
guint                   spots_word_index_add_document  (SpotsWordIndex *self);
void                    spots_word_index_add_text      (SpotsWordIndex *self,
                                                        SpotsWordPlace  place,
                                                        const char     *normalized);
void                    spots_word_index_finish        (SpotsWordIndex *self);
guint                   spots_word_index_get_n_documents (SpotsWordIndex *self);
gboolean                spots_word_index_lookup        (SpotsWordIndex *self,
                                                        const char     *word,
                                                        SpotsWordRange *range);
gboolean                spots_word_index_next_list     (SpotsWordIndex       *self,
                                                        const SpotsWordRange *range,
                                                        guint                *cursor,
                                                        SpotsWordList        *list);
const guint32          *spots_word_index_get_body      (SpotsWordIndex *self,
                                                        guint           document,
                                                        guint          *n_words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpotsWordIndex, spots_word_index_free)

G_END_DECLS
