/* spots-place.h: one place the window can show, as history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SPOTS_PLACE_HOME,
  SPOTS_PLACE_ARTICLE,
  SPOTS_PLACE_SEARCH,
  SPOTS_PLACE_COMPARE,
  SPOTS_PLACE_CHECKLIST,
  SPOTS_PLACE_PROBLEMS,
} SpotsPlaceKind;

#define SPOTS_TYPE_PLACE (spots_place_get_type ())

G_DECLARE_FINAL_TYPE (SpotsPlace, spots_place, SPOTS, PLACE, GObject)

SpotsPlace         *spots_place_new_home      (void);
SpotsPlace         *spots_place_new_article   (const char         *id,
                                               const char         *section);
SpotsPlace         *spots_place_new_search    (const char         *query);
SpotsPlace         *spots_place_new_compare   (const char * const *ids);
SpotsPlace         *spots_place_new_checklist (void);
SpotsPlace         *spots_place_new_problems  (void);

SpotsPlaceKind      spots_place_get_kind      (SpotsPlace         *self);
const char         *spots_place_get_article   (SpotsPlace         *self);
const char         *spots_place_get_section   (SpotsPlace         *self);
const char         *spots_place_get_query     (SpotsPlace         *self);
const char * const *spots_place_get_compared  (SpotsPlace         *self);
gboolean            spots_place_equal         (SpotsPlace         *self,
                                               SpotsPlace         *other);

G_END_DECLS
