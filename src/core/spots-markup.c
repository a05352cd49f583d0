/* spots-markup.c: inline text as Pango markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK labels and the print layout both take Pango markup. Everything from a
 * content file is escaped here, so that text can never inject markup.
 */
#define G_LOG_DOMAIN "spots-markup"

#include "config.h"

#include <string.h>

#include "spots-markup.h"

char *
spots_link_uri_new (const char *article_id,
                    const char *section)
{
  g_return_val_if_fail (article_id != NULL, NULL);

  if (section != NULL)
    return g_strconcat (SPOTS_LINK_SCHEME, article_id, "#", section, NULL);

  return g_strconcat (SPOTS_LINK_SCHEME, article_id, NULL);
}

/**
 * spots_link_uri_parse:
 * @section: (out) (optional) (nullable): the section, if the link has one
 *
 * Returns: %TRUE if @uri is a link to an article.
 */
gboolean
spots_link_uri_parse (const char  *uri,
                      char       **article_id,
                      char       **section)
{
  const char *rest;
  const char *hash;

  g_return_val_if_fail (uri != NULL, FALSE);

  if (!g_str_has_prefix (uri, SPOTS_LINK_SCHEME))
    return FALSE;

  rest = uri + strlen (SPOTS_LINK_SCHEME);
  if (*rest == '\0')
    return FALSE;

  hash = strchr (rest, '#');
  if (article_id != NULL)
    *article_id = hash != NULL ? g_strndup (rest, (gsize) (hash - rest)) : g_strdup (rest);
  if (section != NULL)
    *section = hash != NULL && hash[1] != '\0' ? g_strdup (hash + 1) : NULL;

  return TRUE;
}

/**
 * spots_markup_from_inline:
 * @with_links: %FALSE to show links as plain words (for print)
 *
 * Returns: (transfer full): Pango markup for @text.
 */
char *
spots_markup_from_inline (const SpotsInlineText *text,
                          gboolean               with_links)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (guint i = 0; i < spots_inline_text_get_n_runs (text); i++)
    {
      const SpotsTextRun *run = spots_inline_text_get_run (text, i);
      g_autofree char *escaped = g_markup_escape_text (run->text, -1);

      switch (run->kind)
        {
        case SPOTS_RUN_EMPHASIS:
          g_string_append_printf (out, "<i>%s</i>", escaped);
          break;

        case SPOTS_RUN_STRONG:
          g_string_append_printf (out, "<b>%s</b>", escaped);
          break;

        case SPOTS_RUN_LINK:
        case SPOTS_RUN_EXTERNAL:
          if (with_links && run->target != NULL)
            {
              g_autofree char *uri = run->kind == SPOTS_RUN_LINK
                                       ? spots_link_uri_new (run->target, run->section)
                                       : g_strdup (run->target);
              g_autofree char *escaped_uri = g_markup_escape_text (uri, -1);

              g_string_append_printf (out, "<a href=\"%s\">%s</a>", escaped_uri, escaped);
            }
          else
            {
              g_string_append (out, escaped);
            }
          break;

        case SPOTS_RUN_PLAIN:
          g_string_append (out, escaped);
          break;
        }
    }

  return g_string_free (out, FALSE);
}
