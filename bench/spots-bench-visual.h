/* spots-bench-visual.h: when a program's window stops changing on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-bench-core.h"

G_BEGIN_DECLS

gboolean spots_bench_measure_visual (SpotsBenchContext *context,
                                     GHashTable        *figures,
                                     GError           **error);

G_END_DECLS
