/* spots-bench-core.h: figures for the GTK-free core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  gboolean quick;
  guint32 seed;
  const char *skin_spots;   /* the program under test */
  const char *self;         /* this program, for --empty-window */
  char *folder_1000;        /* synthetic content folders */
  char *folder_10000;
  GPtrArray *vocabulary;
} SpotsBenchContext;

gboolean spots_bench_prepare_content (SpotsBenchContext *context,
                                      GError           **error);
void     spots_bench_cleanup_content (SpotsBenchContext *context);
gboolean spots_bench_measure_loading (SpotsBenchContext *context,
                                      GHashTable        *figures,
                                      GError           **error);
gboolean spots_bench_measure_search  (SpotsBenchContext *context,
                                      GHashTable        *figures,
                                      GError           **error);
void     spots_bench_measure_checklist (SpotsBenchContext *context,
                                      GHashTable        *figures);
void     spots_bench_set_figure      (GHashTable        *figures,
                                      const char        *name,
                                      double             value);

G_END_DECLS
