/* spots-labels.h: the labels every page builds in code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *spots_label_new_heading (const char        *text,
                                    guint              level);
GtkWidget *spots_label_new_text    (const char        *text,
                                    GtkAccessibleRole  role,
                                    int                max_width_chars);

G_END_DECLS
