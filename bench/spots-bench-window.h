/* spots-bench-window.h: figures from a running window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-bench-core.h"

G_BEGIN_DECLS

int      spots_bench_empty_window_main    (void);
gboolean spots_bench_measure_article_open (SpotsBenchContext *context,
                                           GHashTable        *figures,
                                           GHashTable        *texts,
                                           GError           **error);

G_END_DECLS
