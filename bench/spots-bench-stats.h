/* spots-bench-stats.h: figures from samples, and timed child processes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

double   spots_bench_percentile  (GArray             *samples,
                                  double              fraction);
double   spots_bench_max         (GArray             *samples);
gboolean spots_bench_run_process (const char * const *argv,
                                  double             *wall_ms,
                                  double             *peak_rss_mb,
                                  GError            **error);
double   spots_bench_now_ms      (void);

G_END_DECLS
