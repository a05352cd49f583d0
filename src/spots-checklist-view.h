/* spots-checklist-view.h: the red-flag checklist, one question at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-checklist-session.h"
#include "spots-library.h"
#include "spots-print-document.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_CHECKLIST_VIEW (spots_checklist_view_get_type ())

G_DECLARE_FINAL_TYPE (SpotsChecklistView, spots_checklist_view, SPOTS, CHECKLIST_VIEW, GtkWidget)

void                   spots_checklist_view_set_library  (SpotsChecklistView *self,
                                                          SpotsLibrary       *library,
                                                          GSettings          *settings);
void                   spots_checklist_view_restart      (SpotsChecklistView *self);
void                   spots_checklist_view_answer       (SpotsChecklistView *self,
                                                          SpotsAnswer         value);
void                   spots_checklist_view_load_answers (SpotsChecklistView    *self,
                                                          SpotsChecklistAnswers *answers);
SpotsChecklistSession *spots_checklist_view_get_session  (SpotsChecklistView *self);
gboolean               spots_checklist_view_has_result   (SpotsChecklistView *self);
SpotsPrintDocument    *spots_checklist_view_new_handover (SpotsChecklistView *self);
const char            *spots_checklist_view_get_page     (SpotsChecklistView *self);

G_END_DECLS
