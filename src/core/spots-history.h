/* spots-history.h: the places a window has shown, with Back and Forward
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-place.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_HISTORY (spots_history_get_type ())

G_DECLARE_FINAL_TYPE (SpotsHistory, spots_history, SPOTS, HISTORY, GObject)

SpotsHistory *spots_history_new              (void);
gboolean      spots_history_go               (SpotsHistory *self,
                                              SpotsPlace   *place);
gboolean      spots_history_back             (SpotsHistory *self);
gboolean      spots_history_forward          (SpotsHistory *self);
void          spots_history_remember         (SpotsHistory *self,
                                              SpotsPlace   *place);
SpotsPlace   *spots_history_get_current      (SpotsHistory *self);
gboolean      spots_history_get_can_go_back  (SpotsHistory *self);
gboolean      spots_history_get_can_go_forward (SpotsHistory *self);
guint         spots_history_get_length       (SpotsHistory *self);

G_END_DECLS
