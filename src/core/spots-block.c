/* spots-block.c: one block of an article (heading, paragraph, list, ...)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An article is a flat list of blocks: section headings become heading
 * blocks (level 2, subsections level 3), so a reader, the table of contents
 * and the printer all walk the same list. Callouts are the one block with
 * children.
 */
#define G_LOG_DOMAIN "spots-block"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "spots-block.h"
#include "spots-enums.h"

struct _SpotsBlock
{
  GObject parent_instance;

  SpotsBlockKind kind;
  guint level;
  char *anchor;
  SpotsInlineText *text;
  GPtrArray *items;
  SpotsCalloutKind callout_kind;
  char *title;
  char *tier;
  GListModel *children;
  char *image_uri;
  char *alt_text;
};

G_DEFINE_FINAL_TYPE (SpotsBlock, spots_block, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LEVEL,
  PROP_ANCHOR,
  PROP_TEXT,
  PROP_CALLOUT_KIND,
  PROP_TITLE,
  PROP_CHILDREN,
  PROP_IMAGE_URI,
  PROP_ALT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
spots_block_finalize (GObject *object)
{
  SpotsBlock *self = SPOTS_BLOCK (object);

  g_clear_pointer (&self->anchor, g_free);
  g_clear_pointer (&self->tier, g_free);
  g_clear_pointer (&self->text, spots_inline_text_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->children);
  g_clear_pointer (&self->image_uri, g_free);
  g_clear_pointer (&self->alt_text, g_free);

  G_OBJECT_CLASS (spots_block_parent_class)->finalize (object);
}

static void
spots_block_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SpotsBlock *self = SPOTS_BLOCK (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    case PROP_ANCHOR:
      g_value_set_string (value, self->anchor);
      break;
    case PROP_TEXT:
      g_value_set_boxed (value, self->text);
      break;
    case PROP_CALLOUT_KIND:
      g_value_set_enum (value, self->callout_kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_CHILDREN:
      g_value_set_object (value, self->children);
      break;
    case PROP_IMAGE_URI:
      g_value_set_string (value, self->image_uri);
      break;
    case PROP_ALT_TEXT:
      g_value_set_string (value, self->alt_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_block_class_init (SpotsBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = spots_block_finalize;
  object_class->get_property = spots_block_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SPOTS_TYPE_BLOCK_KIND, SPOTS_BLOCK_PARAGRAPH, flags);
  properties[PROP_LEVEL] = g_param_spec_uint ("level", NULL, NULL, 0, 6, 0, flags);
  properties[PROP_ANCHOR] = g_param_spec_string ("anchor", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] =
    g_param_spec_boxed ("text", NULL, NULL, SPOTS_TYPE_INLINE_TEXT, flags);
  properties[PROP_CALLOUT_KIND] =
    g_param_spec_enum ("callout-kind", NULL, NULL, SPOTS_TYPE_CALLOUT_KIND,
                       SPOTS_CALLOUT_NOTE, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_CHILDREN] =
    g_param_spec_object ("children", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_IMAGE_URI] = g_param_spec_string ("image-uri", NULL, NULL, NULL, flags);
  properties[PROP_ALT_TEXT] = g_param_spec_string ("alt-text", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_block_init (SpotsBlock *self)
{
}

static SpotsBlock *
block_new (SpotsBlockKind kind)
{
  SpotsBlock *self = g_object_new (SPOTS_TYPE_BLOCK, NULL);

  self->kind = kind;

  return self;
}

SpotsBlock *
spots_block_new_heading (guint            level,
                         const char      *anchor,
                         SpotsInlineText *text)
{
  SpotsBlock *self;

  g_return_val_if_fail (level >= 1 && level <= 6, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = block_new (SPOTS_BLOCK_HEADING);
  self->level = level;
  self->anchor = g_strdup (anchor);
  self->text = spots_inline_text_ref (text);

  return self;
}

SpotsBlock *
spots_block_new_paragraph (SpotsInlineText *text)
{
  SpotsBlock *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = block_new (SPOTS_BLOCK_PARAGRAPH);
  self->text = spots_inline_text_ref (text);

  return self;
}

/**
 * spots_block_new_list:
 * @kind: %SPOTS_BLOCK_LIST (bullets) or %SPOTS_BLOCK_STEPS (numbered)
 * @items: (element-type SpotsInlineText): the items; a reference is taken
 */
SpotsBlock *
spots_block_new_list (SpotsBlockKind  kind,
                      GPtrArray      *items)
{
  SpotsBlock *self;

  g_return_val_if_fail (kind == SPOTS_BLOCK_LIST || kind == SPOTS_BLOCK_STEPS, NULL);
  g_return_val_if_fail (items != NULL, NULL);

  self = block_new (kind);
  self->items = g_ptr_array_ref (items);

  return self;
}

/**
 * spots_block_new_callout:
 * @title: (nullable): the callout's title
 * @tier: (nullable): the checklist tier the callout gives ("urgent"), for a
 *   callout that says how urgently to get help
 */
SpotsBlock *
spots_block_new_callout (SpotsCalloutKind  callout_kind,
                         const char       *title,
                         const char       *tier,
                         GListModel       *children)
{
  SpotsBlock *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (children), NULL);

  self = block_new (SPOTS_BLOCK_CALLOUT);
  self->callout_kind = callout_kind;
  self->title = g_strdup (title);
  self->tier = g_strdup (tier);
  self->children = g_object_ref (children);

  return self;
}

SpotsBlock *
spots_block_new_figure (const char      *image_uri,
                        const char      *alt_text,
                        SpotsInlineText *caption)
{
  SpotsBlock *self;

  g_return_val_if_fail (image_uri != NULL, NULL);
  g_return_val_if_fail (alt_text != NULL, NULL);

  self = block_new (SPOTS_BLOCK_FIGURE);
  self->image_uri = g_strdup (image_uri);
  self->alt_text = g_strdup (alt_text);
  self->text = caption != NULL ? spots_inline_text_ref (caption) : NULL;

  return self;
}

SpotsBlockKind
spots_block_get_kind (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), SPOTS_BLOCK_PARAGRAPH);

  return self->kind;
}

guint
spots_block_get_level (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), 0);

  return self->level;
}

const char *
spots_block_get_anchor (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), NULL);

  return self->anchor;
}

/**
 * spots_block_get_text:
 *
 * Returns: (nullable) (transfer none): the words of a heading or paragraph,
 *   or a figure's caption.
 */
SpotsInlineText *
spots_block_get_text (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), NULL);

  return self->text;
}

guint
spots_block_get_n_items (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), 0);

  return self->items != NULL ? self->items->len : 0;
}

SpotsInlineText *
spots_block_get_item (SpotsBlock *self,
                      guint       index)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), NULL);
  g_return_val_if_fail (self->items != NULL && index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * spots_block_get_tier:
 *
 * Returns: (nullable): the checklist tier id a callout gives, or %NULL for
 *   a callout that gives none (and for every other block).
 */
const char *
spots_block_get_tier (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), NULL);

  return self->tier;
}

/**
 * spots_tier_id_is_emergency:
 * @tier: (nullable): a tier id, as spots_block_get_tier() gives it
 *
 * Returns: whether a callout with @tier is one that ends with the numbers
 *   to call.
 */
gboolean
spots_tier_id_is_emergency (const char *tier)
{
  return g_strcmp0 (tier, "emergency") == 0;
}

SpotsCalloutKind
spots_block_get_callout_kind (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), SPOTS_CALLOUT_NOTE);

  return self->callout_kind;
}

const char *
spots_block_get_title (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), NULL);

  return self->title;
}

/**
 * spots_block_get_children:
 *
 * Returns: (nullable) (transfer none): a callout's blocks.
 */
GListModel *
spots_block_get_children (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), NULL);

  return self->children;
}

const char *
spots_block_get_image_uri (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), NULL);

  return self->image_uri;
}

const char *
spots_block_get_alt_text (SpotsBlock *self)
{
  g_return_val_if_fail (SPOTS_IS_BLOCK (self), NULL);

  return self->alt_text;
}

/* The names used in content files and in golden dumps. */
const char *
spots_callout_kind_to_string (SpotsCalloutKind kind)
{
  switch (kind)
    {
    case SPOTS_CALLOUT_NOTE:
      return "note";
    case SPOTS_CALLOUT_WARNING:
      return "warning";
    case SPOTS_CALLOUT_GET_HELP:
      return "get-help";
    case SPOTS_CALLOUT_EMERGENCY:
      return "emergency";
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (NULL);
}

/* What a callout is, in words: said before its title everywhere, so that
 * its kind never rests on colour alone. */
const char *
spots_callout_kind_get_label (SpotsCalloutKind kind)
{
  switch (kind)
    {
    case SPOTS_CALLOUT_EMERGENCY:
      return _("Emergency");
    case SPOTS_CALLOUT_GET_HELP:
      return _("When to get help");
    case SPOTS_CALLOUT_WARNING:
      return _("Warning");
    case SPOTS_CALLOUT_NOTE:
      return _("Note");
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (NULL);
}

const char *
spots_block_kind_to_string (SpotsBlockKind kind)
{
  switch (kind)
    {
    case SPOTS_BLOCK_HEADING:
      return "heading";
    case SPOTS_BLOCK_PARAGRAPH:
      return "paragraph";
    case SPOTS_BLOCK_LIST:
      return "list";
    case SPOTS_BLOCK_STEPS:
      return "steps";
    case SPOTS_BLOCK_CALLOUT:
      return "callout";
    case SPOTS_BLOCK_FIGURE:
      return "figure";
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (NULL);
}
