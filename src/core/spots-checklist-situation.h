/* spots-checklist-situation.h: what the checklist says for a situation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-checklist.h"

G_BEGIN_DECLS

SpotsChecklistAnswers *spots_checklist_fill_reassuring (SpotsChecklist        *checklist,
                                                        SpotsChecklistAnswers *given);
gboolean spots_checklist_check_situation (SpotsChecklist  *checklist,
                                          const char      *answers,
                                          SpotsTier        tier,
                                          GError         **error);

G_END_DECLS
