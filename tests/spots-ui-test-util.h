/* spots-ui-test-util.h: helpers for the tests that drive real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-application.h"

G_BEGIN_DECLS

void              spots_ui_test_init                 (void);
int               spots_ui_test_setup_application    (void **state);
int               spots_ui_test_teardown_application (void **state);
SpotsApplication *spots_ui_test_application          (void);

void      spots_ui_test_collect    (GtkWidget  *root,
                                    GType       type,
                                    GPtrArray  *found);
gpointer  spots_ui_test_find_one   (GtkWidget  *root,
                                    GType       type);
GtkLabel *spots_ui_test_find_label (GtkWidget  *root,
                                    const char *text);
GtkMenuButton *spots_ui_test_find_menu_button (GtkWidget *root,
                                               gboolean   primary);
void      spots_ui_test_settle     (GtkWidget  *widget);

G_END_DECLS
