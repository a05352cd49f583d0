/* spots-checklist-question.h: one question of the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "spots-checklist-answers.h"

G_BEGIN_DECLS

/* The group of questions about who the check is for (age, pregnancy,
 * immunity): asked together on one page before the others. */
#define SPOTS_WHO_GROUP "who"

/* Most questions are answered yes, no or not sure; a choice question (the
 * age band) takes one of its choices. */
typedef enum
{
  SPOTS_QUESTION_YES_NO,
  SPOTS_QUESTION_CHOICE,
} SpotsQuestionKind;

/* One answer a choice question offers. */
typedef struct
{
  char *id;
  char *label;      /* "1 to 4 years" */
  char *statement;  /* finishes "you said that …": "the child is aged 1 to 4 years" */
} SpotsChecklistChoice;

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
void        spots_checklist_question_set_kind                (SpotsChecklistQuestion *self,
                                                              SpotsQuestionKind       kind);
void        spots_checklist_question_set_concerning          (SpotsChecklistQuestion *self,
                                                              SpotsAnswer             answer);
void        spots_checklist_question_set_statement_no        (SpotsChecklistQuestion *self,
                                                              const char             *statement);
void        spots_checklist_question_set_label               (SpotsChecklistQuestion *self,
                                                              const char             *label);
void        spots_checklist_question_set_reassurance         (SpotsChecklistQuestion *self,
                                                              const char             *text);
void        spots_checklist_question_add_choice              (SpotsChecklistQuestion *self,
                                                              const char             *id,
                                                              const char             *label,
                                                              const char             *statement);
void        spots_checklist_question_set_only_if             (SpotsChecklistQuestion *self,
                                                              const char             *question,
                                                              const char * const     *choices);
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
SpotsQuestionKind spots_checklist_question_get_kind          (SpotsChecklistQuestion *self);
SpotsAnswer spots_checklist_question_get_concerning          (SpotsChecklistQuestion *self);
SpotsAnswer spots_checklist_question_get_reassuring          (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_statement_no        (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_answer_statement    (SpotsChecklistQuestion *self,
                                                              SpotsAnswer             answer);
const char *spots_checklist_question_get_label               (SpotsChecklistQuestion *self);
const char *spots_checklist_question_get_reassurance         (SpotsChecklistQuestion *self);
guint       spots_checklist_question_get_n_choices           (SpotsChecklistQuestion *self);
const SpotsChecklistChoice *spots_checklist_question_get_choice (SpotsChecklistQuestion *self,
                                                              guint                   index);
int         spots_checklist_question_find_choice             (SpotsChecklistQuestion *self,
                                                              const char             *id);
const char *spots_checklist_question_get_only_if_question    (SpotsChecklistQuestion *self);
const char * const *spots_checklist_question_get_only_if_choices
                                                             (SpotsChecklistQuestion *self);
char       *spots_checklist_question_dup_answers             (SpotsChecklistQuestion *self);
gboolean    spots_checklist_question_is_about_who            (SpotsChecklistQuestion *self);

G_END_DECLS
