/* spots-article-body.c: an article's blocks, packed into one buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A library holds thousands of articles, and most are never opened: only
 * their titles are listed. Keeping every paragraph as a GObject with its
 * runs as separate strings cost about 20 KB and hundreds of allocations per
 * article, several times the article's text. So the parser packs the blocks
 * into one byte buffer, and the SpotsBlock objects are built from it the
 * first time somebody asks for them.
 *
 * The layout, in reading order:
 *
 *   body     := block* END
 *   block    := HEADING level nullable-anchor inline
 *             | PARAGRAPH inline
 *             | LIST inline* END  |  STEPS inline* END
 *             | CALLOUT callout-kind nullable-title nullable-tier block* END
 *             | FIGURE nullable-uri nullable-alt inline    (no runs: no caption)
 *   inline   := run* END
 *   run      := kind|flags text [target] [section]
 *
 * Strings end with NUL; a nullable string starts with 0 (absent) or 1.
 * Block tags are the block kind plus one, so no byte that starts a block,
 * a run or a field is ever END.
 */
#define G_LOG_DOMAIN "spots-article-body"

#include "config.h"

#include <string.h>

#include "spots-article-body-private.h"

#define END 0xFF
#define RUN_KIND_MASK 0x0F
#define RUN_HAS_TARGET 0x10
#define RUN_HAS_SECTION 0x20

void
spots_body_add_byte (GByteArray *body,
                     guint8      value)
{
  g_byte_array_append (body, &value, 1);
}

static void
add_text (GByteArray *body,
          const char *text)
{
  g_byte_array_append (body, (const guint8 *) text, (guint) strlen (text) + 1);
}

void
spots_body_begin_block (GByteArray     *body,
                        SpotsBlockKind  kind)
{
  spots_body_add_byte (body, (guint8) (kind + 1));
}

/* Adds a string that may be %NULL. */
void
spots_body_add_string (GByteArray *body,
                       const char *text)
{
  spots_body_add_byte (body, text != NULL);
  if (text != NULL)
    add_text (body, text);
}

/* Returns: where the run starts, for spots_body_unlink_run(). */
guint
spots_body_add_run (GByteArray   *body,
                    SpotsRunKind  kind,
                    const char   *text,
                    gsize         len,
                    const char   *target,
                    const char   *section)
{
  guint start = body->len;

  spots_body_add_byte (body, (guint8) (kind |
                                       (target != NULL ? RUN_HAS_TARGET : 0) |
                                       (section != NULL ? RUN_HAS_SECTION : 0)));
  g_byte_array_append (body, (const guint8 *) text, (guint) len);
  spots_body_add_byte (body, '\0');
  if (target != NULL)
    add_text (body, target);
  if (section != NULL)
    add_text (body, section);

  return start;
}

void
spots_body_end (GByteArray *body)
{
  spots_body_add_byte (body, END);
}

/* The run becomes plain text; its target stays in the buffer, unread, so
 * that nothing after it moves. */
void
spots_body_unlink_run (guint8 *body,
                       guint   run)
{
  body[run] = (body[run] & ~RUN_KIND_MASK) | SPOTS_RUN_PLAIN;
}

typedef struct
{
  const guint8 *p;
} Reader;

static gboolean
read_end (Reader *reader)
{
  if (*reader->p != END)
    return FALSE;

  reader->p++;
  return TRUE;
}

static guint8
read_byte (Reader *reader)
{
  return *reader->p++;
}

static const char *
read_text (Reader *reader)
{
  const char *text = (const char *) reader->p;

  reader->p += strlen (text) + 1;
  return text;
}

static const char *
read_string (Reader *reader)
{
  return read_byte (reader) ? read_text (reader) : NULL;
}

/* Returns: (nullable): the text, or %NULL if it has no runs. */
static SpotsInlineText *
read_inline (Reader *reader)
{
  SpotsInlineText *text = NULL;

  while (!read_end (reader))
    {
      guint8 header = read_byte (reader);
      SpotsRunKind kind = header & RUN_KIND_MASK;
      const char *words = read_text (reader);
      const char *target = (header & RUN_HAS_TARGET) ? read_text (reader) : NULL;
      const char *section = (header & RUN_HAS_SECTION) ? read_text (reader) : NULL;

      if (text == NULL)
        text = spots_inline_text_new ();

      /* An unlinked run keeps its target in the buffer, but not in the model. */
      if (kind == SPOTS_RUN_PLAIN)
        target = section = NULL;

      spots_inline_text_append (text, kind, words, target, section);
    }

  return text;
}

static void read_blocks (Reader *reader, GListStore *blocks);

static SpotsBlock *
read_block (Reader         *reader,
            SpotsBlockKind  kind)
{
  switch (kind)
    {
    case SPOTS_BLOCK_HEADING:
      {
        guint level = read_byte (reader);
        const char *anchor = read_string (reader);
        g_autoptr(SpotsInlineText) text = read_inline (reader);

        return spots_block_new_heading (level, anchor, text);
      }

    case SPOTS_BLOCK_PARAGRAPH:
      {
        g_autoptr(SpotsInlineText) text = read_inline (reader);

        return spots_block_new_paragraph (text);
      }

    case SPOTS_BLOCK_LIST:
    case SPOTS_BLOCK_STEPS:
      {
        g_autoptr(GPtrArray) items =
          g_ptr_array_new_with_free_func ((GDestroyNotify) spots_inline_text_unref);

        while (!read_end (reader))
          g_ptr_array_add (items, read_inline (reader));

        return spots_block_new_list (kind, items);
      }

    case SPOTS_BLOCK_CALLOUT:
      {
        SpotsCalloutKind callout_kind = read_byte (reader);
        const char *title = read_string (reader);
        const char *tier = read_string (reader);
        g_autoptr(GListStore) children = g_list_store_new (SPOTS_TYPE_BLOCK);

        read_blocks (reader, children);
        return spots_block_new_callout (callout_kind, title, tier, G_LIST_MODEL (children));
      }

    case SPOTS_BLOCK_FIGURE:
      {
        const char *uri = read_string (reader);
        const char *alt = read_string (reader);
        g_autoptr(SpotsInlineText) caption = read_inline (reader);

        return spots_block_new_figure (uri, alt, caption);
      }

    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (NULL);
}

static void
read_blocks (Reader     *reader,
             GListStore *blocks)
{
  while (!read_end (reader))
    {
      g_autoptr(SpotsBlock) block = read_block (reader, read_byte (reader) - 1);

      g_list_store_append (blocks, block);
    }
}

/**
 * spots_body_read_blocks:
 * @body: a whole body, as written
 *
 * Returns: (transfer full): a #GListStore of #SpotsBlock.
 */
GListStore *
spots_body_read_blocks (const guint8 *body)
{
  GListStore *blocks = g_list_store_new (SPOTS_TYPE_BLOCK);
  Reader reader = { body };

  read_blocks (&reader, blocks);

  return blocks;
}
