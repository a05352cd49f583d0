/* spots-inline-text.h: a run of text with emphasis and links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SPOTS_RUN_PLAIN,
  SPOTS_RUN_EMPHASIS,
  SPOTS_RUN_STRONG,
  SPOTS_RUN_LINK,     /* to another article: target (and maybe section) */
  SPOTS_RUN_EXTERNAL, /* to a web page: target is the URL */
} SpotsRunKind;

typedef struct
{
  SpotsRunKind kind;
  char *text;
  char *target;       /* article id or URL; NULL when a link target is unknown */
  char *section;      /* optional section id inside the target article */
} SpotsTextRun;

#define SPOTS_TYPE_INLINE_TEXT (spots_inline_text_get_type ())

typedef struct _SpotsInlineText SpotsInlineText;

GType               spots_inline_text_get_type   (void) G_GNUC_CONST;
SpotsInlineText    *spots_inline_text_new        (void);
SpotsInlineText    *spots_inline_text_new_plain  (const char            *text);
SpotsInlineText    *spots_inline_text_ref        (SpotsInlineText       *self);
void                spots_inline_text_unref      (SpotsInlineText       *self);
void                spots_inline_text_append     (SpotsInlineText       *self,
                                                  SpotsRunKind           kind,
                                                  const char            *text,
                                                  const char            *target,
                                                  const char            *section);
guint               spots_inline_text_get_n_runs (const SpotsInlineText *self);
const SpotsTextRun *spots_inline_text_get_run    (const SpotsInlineText *self,
                                                  guint                  index);
void                spots_inline_text_unlink     (SpotsInlineText       *self,
                                                  guint                  index);
char               *spots_inline_text_to_string  (const SpotsInlineText *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpotsInlineText, spots_inline_text_unref)

G_END_DECLS
