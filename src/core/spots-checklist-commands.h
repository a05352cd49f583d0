/* spots-checklist-commands.h: the checklist on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include "spots-checklist.h"

G_BEGIN_DECLS

SpotsChecklistAnswers *spots_checklist_parse_answers    (SpotsChecklist  *checklist,
                                                         const char      *text,
                                                         GError         **error);
void                   spots_checklist_print_questions  (SpotsChecklist  *checklist,
                                                         FILE            *out);
int                    spots_checklist_print_evaluation (SpotsChecklist  *checklist,
                                                         const char      *answers,
                                                         FILE            *out,
                                                         FILE            *err);

G_END_DECLS
