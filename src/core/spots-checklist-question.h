/* spots-checklist-question.h: one yes/no question of the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SPOTS_TYPE_CHECKLIST_QUESTION (spots_checklist_question_get_type ())

G_DECLARE_FINAL_TYPE (SpotsChecklistQuestion, spots_checklist_question, SPOTS,
                      CHECKLIST_QUESTION, GObject)

SpotsChecklistQuestion *spots_checklist_question_new         (const char *id,
                                                              guint       index,
                                                              const char *group_id,
                                                              const char *group_title,
                                                              const char *text,
                                                              const char *help,
                                                              const char *statement);
void        spots_checklist_question_set_article             (SpotsChecklistQuestion *self,
                                                              const char             *article_id);
void        spots_checklist_question_set_illustration        (SpotsChecklistQuestion *self,
                                                              const char             *uri,
                                                              const char             *alt_text);
const char *spots_checklist_question_get_id                  (SpotsChecklistQuestion *self);
guint       spots_checklist_question_get_index               (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_group_id            (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_group_title         (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_text                (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_help                (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_statement           (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_article             (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_illustration        (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_illustration_alt    (SpotsChecklistQuestion *self);

G_END_DECLS
