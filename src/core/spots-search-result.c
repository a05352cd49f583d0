/* spots-search-result.c: one article found by a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spots-search-result"

#include "config.h"

#include "spots-search-private.h"

struct _SpotsSearchResult
{
  GObject parent_instance;

  SpotsArticle *article;
  guint score;
  char *snippet;
  GArray *highlights;   /* SpotsTextRange, byte offsets into snippet */
  char *snippet_markup;
};

G_DEFINE_FINAL_TYPE (SpotsSearchResult, spots_search_result, G_TYPE_OBJECT)

enum {
  RESULT_PROP_0,
  RESULT_PROP_ARTICLE,
  RESULT_PROP_SCORE,
  RESULT_PROP_SNIPPET,
  RESULT_PROP_SNIPPET_MARKUP,
  RESULT_N_PROPS
};

static GParamSpec *result_properties[RESULT_N_PROPS];

static void
spots_search_result_finalize (GObject *object)
{
  SpotsSearchResult *self = SPOTS_SEARCH_RESULT (object);

  g_clear_object (&self->article);
  g_clear_pointer (&self->snippet, g_free);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_pointer (&self->snippet_markup, g_free);

  G_OBJECT_CLASS (spots_search_result_parent_class)->finalize (object);
}

static void
spots_search_result_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SpotsSearchResult *self = SPOTS_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case RESULT_PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case RESULT_PROP_SCORE:
      g_value_set_uint (value, self->score);
      break;
    case RESULT_PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;
    case RESULT_PROP_SNIPPET_MARKUP:
      g_value_set_string (value, self->snippet_markup);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_search_result_class_init (SpotsSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = spots_search_result_finalize;
  object_class->get_property = spots_search_result_get_property;

  result_properties[RESULT_PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, SPOTS_TYPE_ARTICLE, flags);
  result_properties[RESULT_PROP_SCORE] =
    g_param_spec_uint ("score", NULL, NULL, 0, G_MAXUINT, 0, flags);
  result_properties[RESULT_PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, flags);
  /* Read-only properties like every model object's (CONTRIBUTING.md); the
   * search view's rows, built in C, use the getter. */
  result_properties[RESULT_PROP_SNIPPET_MARKUP] =
    g_param_spec_string ("snippet-markup", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, RESULT_N_PROPS, result_properties);
}

static void
spots_search_result_init (SpotsSearchResult *self)
{
}

static char *
markup_with_highlights (const char *text,
                        GArray     *highlights)
{
  GString *out = g_string_new (NULL);
  gsize at = 0;

  for (guint i = 0; i < highlights->len; i++)
    {
      const SpotsTextRange *range = &g_array_index (highlights, SpotsTextRange, i);
      g_autofree char *before = g_markup_escape_text (text + at, (gssize) (range->start - at));
      g_autofree char *match = g_markup_escape_text (text + range->start,
                                                     (gssize) (range->end - range->start));

      g_string_append_printf (out, "%s<b>%s</b>", before, match);
      at = range->end;
    }

  {
    g_autofree char *rest = g_markup_escape_text (text + at, -1);

    g_string_append (out, rest);
  }

  return g_string_free (out, FALSE);
}

/* Takes @snippet and @highlights (sorted, not overlapping, inside it). */
SpotsSearchResult *
spots_search_result_new (SpotsArticle *article,
                         guint         score,
                         char         *snippet,
                         GArray       *highlights)
{
  SpotsSearchResult *self = g_object_new (SPOTS_TYPE_SEARCH_RESULT, NULL);

  self->article = g_object_ref (article);
  self->score = score;
  self->snippet = snippet;
  self->highlights = highlights;
  self->snippet_markup = markup_with_highlights (snippet, highlights);

  return self;
}

/**
 * spots_search_result_get_article:
 *
 * Returns: (transfer none): the article that matched.
 */
SpotsArticle *
spots_search_result_get_article (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), NULL);

  return self->article;
}

/**
 * spots_search_result_get_score:
 *
 * Returns: how well the article matched; higher is better. Only the order
 *   of scores means something.
 */
guint
spots_search_result_get_score (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), 0);

  return self->score;
}

/**
 * spots_search_result_get_snippet:
 *
 * Returns: (transfer none): a line of the article's text around the match,
 *   plain text without tabs or line breaks, with "…" where it was cut.
 */
const char *
spots_search_result_get_snippet (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

/**
 * spots_search_result_get_highlights:
 *
 * Returns: (transfer none) (element-type SpotsTextRange): where the query
 *   words are in the snippet, as byte ranges, in order, not overlapping.
 */
GArray *
spots_search_result_get_highlights (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), NULL);

  return self->highlights;
}

/**
 * spots_search_result_get_snippet_markup:
 *
 * Returns: (transfer none): the snippet as Pango markup, escaped, with the
 *   query words in <b></b>.
 */
const char *
spots_search_result_get_snippet_markup (SpotsSearchResult *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_RESULT (self), NULL);

  return self->snippet_markup;
}
