/* spots-bench-content.h: synthetic articles for the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-library.h"

G_BEGIN_DECLS

GPtrArray *spots_bench_vocabulary_new   (SpotsLibrary *library);
gboolean   spots_bench_generate         (const char   *folder,
                                         GPtrArray    *vocabulary,
                                         guint         n_articles,
                                         guint32       seed,
                                         GError      **error);
GPtrArray *spots_bench_queries_new      (GPtrArray    *vocabulary,
                                         guint         n_queries,
                                         guint32       seed);

G_END_DECLS
