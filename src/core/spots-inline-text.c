/* spots-inline-text.c: a run of text with emphasis and links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paragraphs, list items and captions are sequences of runs. The model keeps
 * them as data; each front end (plain text, GTK labels, print) decides how a
 * run looks.
 */
#define G_LOG_DOMAIN "spots-inline-text"

#include "config.h"

#include "spots-inline-text.h"

struct _SpotsInlineText
{
  gatomicrefcount ref_count;
  GArray *runs;
};

G_DEFINE_BOXED_TYPE (SpotsInlineText, spots_inline_text,
                     spots_inline_text_ref, spots_inline_text_unref)

static void
clear_run (SpotsTextRun *run)
{
  g_clear_pointer (&run->text, g_free);
  g_clear_pointer (&run->target, g_free);
  g_clear_pointer (&run->section, g_free);
}

SpotsInlineText *
spots_inline_text_new (void)
{
  SpotsInlineText *self = g_new0 (SpotsInlineText, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->runs = g_array_new (FALSE, TRUE, sizeof (SpotsTextRun));
  g_array_set_clear_func (self->runs, (GDestroyNotify) clear_run);

  return self;
}

SpotsInlineText *
spots_inline_text_new_plain (const char *text)
{
  SpotsInlineText *self = spots_inline_text_new ();

  spots_inline_text_append (self, SPOTS_RUN_PLAIN, text, NULL, NULL);

  return self;
}

SpotsInlineText *
spots_inline_text_ref (SpotsInlineText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
spots_inline_text_unref (SpotsInlineText *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->runs);
      g_free (self);
    }
}

void
spots_inline_text_append (SpotsInlineText *self,
                          SpotsRunKind     kind,
                          const char      *text,
                          const char      *target,
                          const char      *section)
{
  SpotsTextRun run = { kind, g_strdup (text), g_strdup (target), g_strdup (section) };

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  g_array_append_val (self->runs, run);
}

guint
spots_inline_text_get_n_runs (const SpotsInlineText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->runs->len;
}

const SpotsTextRun *
spots_inline_text_get_run (const SpotsInlineText *self,
                           guint                  index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->runs->len, NULL);

  return &g_array_index (self->runs, SpotsTextRun, index);
}

/**
 * spots_inline_text_unlink:
 *
 * Turns a link whose target does not exist into plain text, so that a reader
 * never follows a link to nowhere.
 */
void
spots_inline_text_unlink (SpotsInlineText *self,
                          guint            index)
{
  SpotsTextRun *run;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->runs->len);

  run = &g_array_index (self->runs, SpotsTextRun, index);
  run->kind = SPOTS_RUN_PLAIN;
  g_clear_pointer (&run->target, g_free);
  g_clear_pointer (&run->section, g_free);
}

char *
spots_inline_text_to_string (const SpotsInlineText *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->runs->len; i++)
    g_string_append (out, g_array_index (self->runs, SpotsTextRun, i).text);

  return g_string_free (out, FALSE);
}
