/* spots-checklist-session.h: one walk through the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-checklist.h"
#include "spots-checklist-report.h"
#include "spots-checklist-result.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_CHECKLIST_SESSION (spots_checklist_session_get_type ())

G_DECLARE_FINAL_TYPE (SpotsChecklistSession, spots_checklist_session, SPOTS, CHECKLIST_SESSION,
                      GObject)

SpotsChecklistSession  *spots_checklist_session_new            (SpotsChecklist        *checklist);
SpotsChecklist         *spots_checklist_session_get_checklist  (SpotsChecklistSession *self);
SpotsChecklistAnswers  *spots_checklist_session_get_answers    (SpotsChecklistSession *self);
GPtrArray              *spots_checklist_session_get_who_questions (SpotsChecklistSession *self);
void                    spots_checklist_session_set_who_answer (SpotsChecklistSession *self,
                                                                const char            *question,
                                                                const char            *value);
gboolean                spots_checklist_session_is_on_who_page (SpotsChecklistSession *self);
gboolean                spots_checklist_session_confirm_who    (SpotsChecklistSession *self);
SpotsChecklistQuestion *spots_checklist_session_get_current    (SpotsChecklistSession *self);
gboolean                spots_checklist_session_is_finished    (SpotsChecklistSession *self);
void                    spots_checklist_session_answer         (SpotsChecklistSession *self,
                                                                SpotsAnswer            answer);
gboolean                spots_checklist_session_go_back        (SpotsChecklistSession *self);
gboolean                spots_checklist_session_revisit        (SpotsChecklistSession *self,
                                                                const char            *question);
void                    spots_checklist_session_restart        (SpotsChecklistSession *self);
guint                   spots_checklist_session_get_position   (SpotsChecklistSession *self);
guint                   spots_checklist_session_get_total      (SpotsChecklistSession *self);
GPtrArray              *spots_checklist_session_get_asked      (SpotsChecklistSession *self);
SpotsChecklistResult   *spots_checklist_session_get_result     (SpotsChecklistSession *self);
SpotsChecklistReport   *spots_checklist_session_get_report     (SpotsChecklistSession *self);
void                    spots_checklist_session_load_answers   (SpotsChecklistSession *self,
                                                                SpotsChecklistAnswers *answers);

G_END_DECLS
