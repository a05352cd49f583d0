/* fuzz-article.c: the article loader under libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is one content file. What the loader accepts is then shown the
 * way --show and the reader would: as plain text, whose links are resolved
 * against the built-in library, and as the markup of every block.
 */
#define G_LOG_DOMAIN "spots-fuzz"

#include "config.h"

#include "spots-block.h"
#include "spots-fuzz.h"
#include "spots-library.h"
#include "spots-markup.h"
#include "spots-plain-text.h"
#include "spots-text-normalize.h"

static SpotsLibrary *builtin;

static void
check_markup (const SpotsInlineText *text)
{
  g_autofree char *markup = NULL;

  if (text == NULL)
    return;

  markup = spots_markup_from_inline (text, TRUE);
  g_assert (markup != NULL && g_utf8_validate (markup, -1, NULL));
}

/* The markup the reader gives GTK for each block, inside callouts too. */
static void
check_blocks (GListModel *blocks)
{
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);
      GListModel *children = spots_block_get_children (block);

      check_markup (spots_block_get_text (block));
      for (guint j = 0; j < spots_block_get_n_items (block); j++)
        check_markup (spots_block_get_item (block, j));
      if (children != NULL)
        check_blocks (children);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  spots_fuzz_init ();
  builtin = spots_library_new_builtin ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  SpotsContentFile file = { NULL };

  spots_fuzz_read_content (&file, data, size);

  if (file.article != NULL)
    {
      g_autofree char *text = spots_plain_text_article (builtin, file.article);
      g_autofree char *title = spots_normalize_text (spots_article_get_title (file.article), NULL);

      g_assert (text != NULL && g_utf8_validate (text, -1, NULL));
      g_assert (title != NULL);
      check_blocks (spots_article_get_blocks (file.article));
    }

  spots_content_file_clear (&file);
  return 0;
}
