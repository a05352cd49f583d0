/* spots-text-normalize.h: text folded for matching, mapped back to the original
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A match in the original text: byte offsets, @end exclusive. Pango
 * attributes and GtkTextIter byte offsets use the same units. */
typedef struct
{
  guint start;
  guint end;
} SpotsTextRange;

char     *spots_normalize_text             (const char         *text,
                                            GArray            **offsets);
char    **spots_normalize_query            (const char         *query);
gboolean  spots_normalized_next_word       (const char         *normalized,
                                            gsize               from,
                                            gsize              *word_start,
                                            gsize              *word_end);
gboolean  spots_normalized_find            (const char         *normalized_haystack,
                                            const char         *normalized_needle,
                                            gsize               from,
                                            gsize              *match_start,
                                            gsize              *match_end);
gboolean  spots_normalized_is_word_start   (const char         *normalized,
                                            gsize               position);
gboolean  spots_normalized_is_word_end     (const char         *normalized,
                                            gsize               position);
void      spots_normalized_to_original     (GArray             *offsets,
                                            gsize               start,
                                            gsize               end,
                                            SpotsTextRange     *original);
GArray   *spots_normalized_find_words      (const char         *normalized,
                                            GArray             *offsets,
                                            const char * const *words);
GArray   *spots_text_find_all              (const char         *text,
                                            const char         *query);
GArray   *spots_text_find_phrase           (const char         *text,
                                            const char         *query);

G_END_DECLS
