/* spots-block.h: one block of an article (heading, paragraph, list, ...)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spots-inline-text.h"

G_BEGIN_DECLS

typedef enum
{
  SPOTS_BLOCK_HEADING,
  SPOTS_BLOCK_PARAGRAPH,
  SPOTS_BLOCK_LIST,
  SPOTS_BLOCK_STEPS,
  SPOTS_BLOCK_CALLOUT,
  SPOTS_BLOCK_FIGURE,
} SpotsBlockKind;

typedef enum
{
  SPOTS_CALLOUT_NOTE,
  SPOTS_CALLOUT_WARNING,
  SPOTS_CALLOUT_GET_HELP,
  SPOTS_CALLOUT_EMERGENCY,
} SpotsCalloutKind;

#define SPOTS_TYPE_BLOCK (spots_block_get_type ())

G_DECLARE_FINAL_TYPE (SpotsBlock, spots_block, SPOTS, BLOCK, GObject)

SpotsBlock       *spots_block_new_heading      (guint             level,
                                                const char       *anchor,
                                                SpotsInlineText  *text);
SpotsBlock       *spots_block_new_paragraph    (SpotsInlineText  *text);
SpotsBlock       *spots_block_new_list         (SpotsBlockKind    kind,
                                                GPtrArray        *items);
SpotsBlock       *spots_block_new_callout      (SpotsCalloutKind  callout_kind,
                                                const char       *title,
                                                const char       *tier,
                                                GListModel       *children);
SpotsBlock       *spots_block_new_figure       (const char       *image_uri,
                                                const char       *alt_text,
                                                SpotsInlineText  *caption);

SpotsBlockKind    spots_block_get_kind         (SpotsBlock       *self);
guint             spots_block_get_level        (SpotsBlock       *self);
const char       *spots_block_get_anchor       (SpotsBlock       *self);
SpotsInlineText  *spots_block_get_text         (SpotsBlock       *self);
guint             spots_block_get_n_items      (SpotsBlock       *self);
SpotsInlineText  *spots_block_get_item         (SpotsBlock       *self,
                                                guint             index);
SpotsCalloutKind  spots_block_get_callout_kind (SpotsBlock       *self);
const char       *spots_block_get_title        (SpotsBlock       *self);
const char       *spots_block_get_tier         (SpotsBlock       *self);
gboolean          spots_tier_id_is_emergency   (const char       *tier);
GListModel       *spots_block_get_children     (SpotsBlock       *self);
const char       *spots_block_get_image_uri    (SpotsBlock       *self);
const char       *spots_block_get_alt_text     (SpotsBlock       *self);

const char       *spots_callout_kind_to_string (SpotsCalloutKind  kind);
const char       *spots_callout_kind_get_label (SpotsCalloutKind  kind);
const char       *spots_block_kind_to_string   (SpotsBlockKind    kind);

G_END_DECLS
