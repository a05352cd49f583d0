/* spots-white-space.c: runs of white space folded to one space
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Content files break their lines and indent wherever the author likes, so
 * every text a reader sees is read the way a browser reads HTML, and the
 * way RELAX NG compares an attribute's value: each run of white space is
 * one space, and none is left at either end. Here is the only place that
 * does that.
 *
 * Which characters are white space depends on where the text goes
 * (SpotsWhiteSpace). The content is XML, whose white space is its four
 * characters: XML does not allow the other ASCII control characters in a
 * document at all (libxml2 refuses even "&#12;"), and a no-break space is
 * there on purpose. A find-bar query is folded the same way, to match the
 * text on screen. A search snippet, cut from that text, must stay one line
 * whatever the author wrote, so it also folds the Unicode line and
 * paragraph separators, the other Unicode spaces (the no-break space too)
 * and control characters.
 *
 * The loader folds text node by text node as it walks the tree (copying
 * the text out first was a good part of the loading time), so folding is
 * written in two steps: spots_white_space_append_folded() for each piece,
 * which never starts a space where one would separate nothing, then
 * spots_white_space_trim_end() once the last piece is in.
 */
#define G_LOG_DOMAIN "spots-white-space"

#include "config.h"

#include <string.h>

#include "spots-white-space.h"

/* Whether the character at @p is white space of @kind; @length receives its
 * length in bytes. */
static inline gboolean
is_white_space (const char      *p,
                SpotsWhiteSpace  kind,
                gsize           *length)
{
  guchar byte = (guchar) *p;
  gunichar c;

  *length = 1;
  if (kind == SPOTS_WHITE_SPACE_XML)
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';

  /* In ASCII, the white space and control characters are those up to the
   * space, and DEL; most text is ASCII, and needs no decoding. */
  if (byte < 0x80)
    return byte <= ' ' || byte == 0x7f;

  c = g_utf8_get_char (p);
  *length = (gsize) (g_utf8_next_char (p) - p);
  return g_unichar_isspace (c) || g_unichar_iscntrl (c);
}

/**
 * spots_white_space_append_folded:
 * @out: where the text goes
 * @start: where the folded text begins in @out, at most its length
 * @text: UTF-8 text; with %SPOTS_WHITE_SPACE_XML any bytes
 * @kind: which characters are white space
 *
 * Appends @text to @out with each run of white space made one space. No
 * space is written where it would separate nothing: when @out holds nothing
 * after @start, or already ends with a space. So pieces appended one after
 * another (the text nodes either side of an element) are folded as one
 * text: a run of white space that spans two pieces is one space. A run at
 * the end of @text is written, because the next piece may bring a word;
 * spots_white_space_trim_end() takes it off after the last piece.
 */
void
spots_white_space_append_folded (GString         *out,
                                 gsize            start,
                                 const char      *text,
                                 SpotsWhiteSpace  kind)
{
  gboolean after_space;

  g_return_if_fail (out != NULL);
  g_return_if_fail (start <= out->len);
  g_return_if_fail (text != NULL);

  after_space = out->len == start || out->str[out->len - 1] == ' ';

  for (const char *p = text; *p != '\0';)
    {
      gsize length;

      if (is_white_space (p, kind, &length))
        {
          if (!after_space)
            g_string_append_c (out, ' ');
          after_space = TRUE;
        }
      else
        {
          if (length == 1)
            g_string_append_c (out, *p);
          else
            g_string_append_len (out, p, (gssize) length);
          after_space = FALSE;
        }
      p += length;
    }
}

/**
 * spots_white_space_trim_end:
 * @out: text folded with spots_white_space_append_folded()
 * @start: the same start
 *
 * Takes off the space that ends @out after @start, if there is one: folded
 * text ends with one space at the most.
 */
void
spots_white_space_trim_end (GString *out,
                            gsize    start)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (start <= out->len);

  if (out->len > start && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
}

/**
 * spots_white_space_fold:
 * @text: UTF-8 text; with %SPOTS_WHITE_SPACE_XML any bytes
 * @kind: which characters are white space
 *
 * Returns: (transfer full): @text with each run of white space made one
 *   space and none at either end; "" if @text is all white space.
 */
char *
spots_white_space_fold (const char      *text,
                        SpotsWhiteSpace  kind)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  spots_white_space_append_folded (out, 0, text, kind);
  spots_white_space_trim_end (out, 0);

  return g_string_free (out, FALSE);
}
