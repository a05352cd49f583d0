/* spots-review.h: when an article was last checked against its guidance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SPOTS_TYPE_REVIEW (spots_review_get_type ())

G_DECLARE_FINAL_TYPE (SpotsReview, spots_review, SPOTS, REVIEW, GObject)

SpotsReview        *spots_review_new             (GDate       *date,
                                                  GDate       *next,
                                                  GStrv        against);
const GDate        *spots_review_get_date        (SpotsReview *self);
const GDate        *spots_review_get_next        (SpotsReview *self);
const char * const *spots_review_get_against     (SpotsReview *self);
char               *spots_review_format_date     (const GDate *date);
char               *spots_review_format          (SpotsReview *self);
char               *spots_review_format_against  (SpotsReview *self);
gboolean            spots_review_parse_date      (const char  *text,
                                                  GDate       *date);

G_END_DECLS
