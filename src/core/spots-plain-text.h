/* spots-plain-text.h: articles as text for a terminal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-library.h"

G_BEGIN_DECLS

#define SPOTS_PLAIN_TEXT_WIDTH 76
/* The most characters of a typed value that a message repeats. */
#define SPOTS_PLAIN_TEXT_QUOTE 60

void  spots_plain_text_wrap    (GString      *out,
                                const char   *text,
                                guint         width,
                                const char   *first_indent,
                                const char   *indent);
char *spots_plain_text_article (SpotsLibrary *library,
                                SpotsArticle *article);
char *spots_plain_text_shorten (const char   *text);

G_END_DECLS
