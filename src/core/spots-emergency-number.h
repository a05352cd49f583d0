/* spots-emergency-number.h: which number to call, by region
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *spots_emergency_number_for_region (const char *region);
char       *spots_emergency_region_from_locale (const char *locale);
const char *spots_emergency_number_default    (void);
gboolean    spots_emergency_number_is_valid   (const char *number);
char       *spots_emergency_number_describe   (const char *number);

G_END_DECLS
