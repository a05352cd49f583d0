/* spots-handover-print.h: the checklist's answers, for the doctor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spots-checklist-session.h"
#include "spots-print-document.h"

G_BEGIN_DECLS

SpotsPrintDocument *spots_handover_print_new (SpotsChecklistSession *session,
                                              GDateTime             *now);

G_END_DECLS
