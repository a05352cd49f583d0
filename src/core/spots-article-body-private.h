/* spots-article-body-private.h: an article's blocks, packed into one buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-block.h"

G_BEGIN_DECLS

/* Writing, in reading order: a block is begun, its fields and texts are
 * added, and blocks with a variable number of parts (lists, callouts) are
 * ended. The whole body ends like a callout, with spots_body_end(). */
void        spots_body_begin_block     (GByteArray       *body,
                                        SpotsBlockKind    kind);
void        spots_body_add_byte        (GByteArray       *body,
                                        guint8            value);
void        spots_body_add_string      (GByteArray       *body,
                                        const char       *text);
guint       spots_body_add_run         (GByteArray       *body,
                                        SpotsRunKind      kind,
                                        const char       *text,
                                        gsize             len,
                                        const char       *target,
                                        const char       *section);
void        spots_body_end             (GByteArray       *body);

GListStore *spots_body_read_blocks     (const guint8     *body);
void        spots_body_unlink_run      (guint8           *body,
                                        guint             run);

G_END_DECLS
