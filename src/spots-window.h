/* spots-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-application.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_WINDOW (spots_window_get_type ())

G_DECLARE_FINAL_TYPE (SpotsWindow, spots_window, SPOTS, WINDOW, GtkApplicationWindow)

SpotsWindow *spots_window_new            (SpotsApplication *application);
gboolean     spots_window_show_article   (SpotsWindow      *self,
                                          const char       *id,
                                          const char       *section);
void         spots_window_show_home      (SpotsWindow      *self);
gboolean     spots_window_show_last_article (SpotsWindow   *self);
void         spots_window_show_checklist (SpotsWindow      *self);
void         spots_window_search         (SpotsWindow      *self,
                                          const char       *query);
void         spots_window_compare        (SpotsWindow      *self,
                                          const char * const *ids);
void         spots_window_toggle_bookmark (SpotsWindow     *self);
gboolean     spots_window_export_pdf     (SpotsWindow      *self,
                                          const char       *path,
                                          GError          **error);
gboolean     spots_window_get_folded     (SpotsWindow      *self);
gboolean     spots_window_go_back        (SpotsWindow      *self);
gboolean     spots_window_go_forward     (SpotsWindow      *self);

G_END_DECLS
