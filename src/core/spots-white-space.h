/* spots-white-space.h: runs of white space folded to one space
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which characters count as white space. */
typedef enum
{
  /* XML's four: space, tab, line feed, carriage return. A no-break space
   * is text: an author writes one so that two words stay together. */
  SPOTS_WHITE_SPACE_XML,
  /* Those, every other ASCII control character and DEL, and every Unicode
   * space, separator and control character, the no-break space among
   * them: for text that must stay on one line. */
  SPOTS_WHITE_SPACE_UNICODE,
} SpotsWhiteSpace;

void  spots_white_space_append_folded (GString         *out,
                                       gsize            start,
                                       const char      *text,
                                       SpotsWhiteSpace  kind);
void  spots_white_space_trim_end      (GString         *out,
                                       gsize            start);
char *spots_white_space_fold          (const char      *text,
                                       SpotsWhiteSpace  kind);

G_END_DECLS
