/* spots-checklist-report.h: the checklist's result in words, said once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-checklist.h"
#include "spots-checklist-result.h"

G_BEGIN_DECLS

#define SPOTS_TYPE_CHECKLIST_REPORT (spots_checklist_report_get_type ())

G_DECLARE_FINAL_TYPE (SpotsChecklistReport, spots_checklist_report, SPOTS, CHECKLIST_REPORT,
                      GObject)

SpotsChecklistReport *spots_checklist_report_new            (SpotsChecklist        *checklist,
                                                             SpotsChecklistAnswers *answers);
SpotsChecklistResult *spots_checklist_report_get_result     (SpotsChecklistReport  *self);
SpotsTier             spots_checklist_report_get_tier       (SpotsChecklistReport  *self);
const char           *spots_checklist_report_get_heading    (SpotsChecklistReport  *self);
const char           *spots_checklist_report_get_timeframe  (SpotsChecklistReport  *self);
const char           *spots_checklist_report_get_advice     (SpotsChecklistReport  *self);
const char           *spots_checklist_report_get_safety_net (SpotsChecklistReport  *self);
GPtrArray            *spots_checklist_report_get_who        (SpotsChecklistReport  *self);
GPtrArray            *spots_checklist_report_get_reasons    (SpotsChecklistReport  *self);
const char           *spots_checklist_report_get_not_sure_note (SpotsChecklistReport *self);
GPtrArray            *spots_checklist_report_get_raise      (SpotsChecklistReport  *self);
GPtrArray            *spots_checklist_report_get_lower      (SpotsChecklistReport  *self);
GPtrArray            *spots_checklist_report_get_articles   (SpotsChecklistReport  *self);
GPtrArray            *spots_checklist_report_get_answered_questions (SpotsChecklistReport *self);
GPtrArray            *spots_checklist_report_get_answer_labels (SpotsChecklistReport *self);

const char           *spots_answer_get_label                (SpotsAnswer            answer);

G_END_DECLS
