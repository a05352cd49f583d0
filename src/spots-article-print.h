/* spots-article-print.h: an article, laid out for paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-library.h"
#include "spots-print-document.h"

G_BEGIN_DECLS

SpotsPrintDocument *spots_article_print_new (SpotsLibrary *library,
                                             SpotsArticle *article,
                                             GDateTime    *printed_at);

G_END_DECLS
