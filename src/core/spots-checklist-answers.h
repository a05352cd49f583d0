/* spots-checklist-answers.h: what the person said, so far
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* NONE is "not answered": the engine counts it as "not sure" wherever the
 * question applies, so an unanswered question is never reassuring. */
typedef enum
{
  SPOTS_ANSWER_NONE,
  SPOTS_ANSWER_NO,
  SPOTS_ANSWER_NOT_SURE,
  SPOTS_ANSWER_YES,
} SpotsAnswer;

#define SPOTS_TYPE_CHECKLIST_ANSWERS (spots_checklist_answers_get_type ())

G_DECLARE_FINAL_TYPE (SpotsChecklistAnswers, spots_checklist_answers, SPOTS, CHECKLIST_ANSWERS,
                      GObject)

SpotsChecklistAnswers *spots_checklist_answers_new    (void);
SpotsChecklistAnswers *spots_checklist_answers_copy   (SpotsChecklistAnswers *self);
void                   spots_checklist_answers_set    (SpotsChecklistAnswers *self,
                                                       const char            *question,
                                                       SpotsAnswer            answer);
SpotsAnswer            spots_checklist_answers_get    (SpotsChecklistAnswers *self,
                                                       const char            *question);
void                   spots_checklist_answers_clear  (SpotsChecklistAnswers *self);
guint                  spots_checklist_answers_count  (SpotsChecklistAnswers *self);
void                   spots_checklist_answers_set_choice (SpotsChecklistAnswers *self,
                                                       const char            *question,
                                                       const char            *choice);
const char            *spots_checklist_answers_get_choice (SpotsChecklistAnswers *self,
                                                       const char            *question);

const char            *spots_answer_to_string         (SpotsAnswer            answer);
gboolean               spots_answer_from_string       (const char            *text,
                                                       SpotsAnswer           *answer);

G_END_DECLS
