/* spots-article-parser.c: turn a validated <article> tree into a SpotsArticle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema has already checked the structure, so this walker only has to
 * check what RELAX NG cannot: text that is empty once white space is folded,
 * duplicate section ids, images that do not exist, unsafe link schemes.
 */
#define G_LOG_DOMAIN "spots-core"

#include "config.h"

#include <string.h>

#include "spots-article-private.h"
#include "spots-content-parser-private.h"
#include "spots-error.h"

typedef struct
{
  SpotsXmlDocument *document;
  SpotsArticle *article;
  const char *images_uri;
  GHashTable *anchors;
} ArticleParser;

static char *
fold_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean in_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (!in_space)
            g_string_append_c (out, ' ');
          in_space = TRUE;
        }
      else
        {
          g_string_append_c (out, *p);
          in_space = FALSE;
        }
    }

  return g_string_free (out, FALSE);
}

/* Reading text that has no markup inside: titles, headings, notes. */
static char *
read_plain (ArticleParser  *parser,
            xmlNode        *node,
            GError        **error)
{
  return spots_xml_document_read_text (parser->document, node, error);
}

static char *
read_localized_plain (ArticleParser  *parser,
                      xmlNode        *parent,
                      const char     *name,
                      GError        **error)
{
  /* The schema requires the child. */
  return spots_xml_document_read_child_text (parser->document, parent, name, error);
}

static gboolean
is_safe_web_address (const char *href)
{
  return g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://");
}

static SpotsInlineText *
read_inline (ArticleParser  *parser,
             xmlNode        *node,
             GError        **error)
{
  g_autoptr(SpotsInlineText) text = spots_inline_text_new ();
  gboolean space_before = FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      SpotsRunKind kind;
      g_autofree char *raw = NULL;
      g_autofree char *folded = NULL;
      g_autofree char *target = NULL;
      g_autofree char *section = NULL;
      const char *words;

      if (child->type == XML_TEXT_NODE)
        {
          kind = SPOTS_RUN_PLAIN;
          raw = g_strdup ((const char *) child->content);
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          raw = spots_xml_collect_text (child);
          if (*raw == '\0')
            {
              spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, child,
                                            "<%s> is empty; write its text or remove it",
                                            (const char *) child->name);
              return NULL;
            }

          if (spots_xml_is (child, "em"))
            kind = SPOTS_RUN_EMPHASIS;
          else if (spots_xml_is (child, "strong"))
            kind = SPOTS_RUN_STRONG;
          else if (spots_xml_is (child, "link"))
            {
              kind = SPOTS_RUN_LINK;
              target = spots_xml_get_attribute (child, "to");
              section = spots_xml_get_attribute (child, "section");
            }
          else
            {
              kind = SPOTS_RUN_EXTERNAL;
              target = spots_xml_get_attribute (child, "href");
              if (!is_safe_web_address (target))
                {
                  spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_BAD_LINK,
                                                child, "the address \"%s\" must start with "
                                                "https:// or http://", target);
                  return NULL;
                }
            }
        }
      else
        {
          continue;
        }

      /* Fold white space, and keep at most one space between runs. */
      folded = fold_spaces (raw);
      words = folded;
      if (*words == ' ' && (space_before || spots_inline_text_get_n_runs (text) == 0))
        words++;
      if (*words == '\0')
        continue;

      spots_inline_text_append (text, kind, words, target, section);
      space_before = g_str_has_suffix (words, " ");

      if (kind == SPOTS_RUN_LINK)
        {
          guint run = spots_inline_text_get_n_runs (text) - 1;
          GError *if_missing =
            section != NULL
              ? spots_xml_document_new_error (parser->document, SPOTS_ERROR_BAD_LINK, child,
                                              "link to \"%s\", section \"%s\": there is no such "
                                              "article or section", target, section)
              : spots_xml_document_new_error (parser->document, SPOTS_ERROR_BAD_LINK, child,
                                              "link to \"%s\": there is no article with this id",
                                              target);

          spots_article_add_link (parser->article, target, text, run, if_missing);
        }
    }

  spots_inline_text_trim_end (text);

  if (spots_inline_text_is_empty (text))
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                    "<%s> is empty; write its text or remove it",
                                    (const char *) node->name);
      return NULL;
    }

  return g_steal_pointer (&text);
}

static SpotsBlock *read_block (ArticleParser *parser, xmlNode *node, GError **error);

static SpotsBlock *
read_list (ArticleParser  *parser,
           xmlNode        *node,
           SpotsBlockKind  kind,
           GError        **error)
{
  g_autoptr(GPtrArray) items =
    g_ptr_array_new_with_free_func ((GDestroyNotify) spots_inline_text_unref);
  xmlNode *child = spots_xml_first_element (node);

  while (child != NULL)
    {
      xmlNode *chosen;
      SpotsInlineText *item;

      child = spots_xml_next_localized (child, &chosen);
      if ((item = read_inline (parser, chosen, error)) == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  return spots_block_new_list (kind, items);
}

static SpotsCalloutKind
callout_kind_from_string (const char *type)
{
  if (g_strcmp0 (type, "emergency") == 0)
    return SPOTS_CALLOUT_EMERGENCY;
  if (g_strcmp0 (type, "get-help") == 0)
    return SPOTS_CALLOUT_GET_HELP;
  if (g_strcmp0 (type, "warning") == 0)
    return SPOTS_CALLOUT_WARNING;

  return SPOTS_CALLOUT_NOTE;
}

static SpotsBlock *
read_callout (ArticleParser  *parser,
              xmlNode        *node,
              GError        **error)
{
  g_autoptr(GListStore) children = g_list_store_new (SPOTS_TYPE_BLOCK);
  g_autofree char *type = spots_xml_get_attribute (node, "type");
  g_autofree char *title = NULL;
  xmlNode *child = spots_xml_first_element (node);

  while (child != NULL)
    {
      xmlNode *chosen;

      child = spots_xml_next_localized (child, &chosen);

      if (spots_xml_is (chosen, "title"))
        {
          if ((title = read_plain (parser, chosen, error)) == NULL)
            return NULL;
        }
      else
        {
          g_autoptr(SpotsBlock) block = read_block (parser, chosen, error);

          if (block == NULL)
            return NULL;
          g_list_store_append (children, block);
        }
    }

  return spots_block_new_callout (callout_kind_from_string (type), title, G_LIST_MODEL (children));
}

static SpotsBlock *
read_figure (ArticleParser  *parser,
             xmlNode        *node,
             GError        **error)
{
  g_autofree char *src = spots_xml_get_attribute (node, "src");
  g_autofree char *uri = spots_content_resolve_image (parser->images_uri, src);
  g_autofree char *alt = NULL;
  g_autoptr(SpotsInlineText) caption = NULL;
  xmlNode *caption_node;

  if (uri == NULL)
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_BAD_LINK, node,
                                    "the image \"%s\" is not in the images folder next to "
                                    "this file", src);
      return NULL;
    }

  if ((alt = read_localized_plain (parser, node, "alt", error)) == NULL)
    return NULL;

  caption_node = spots_xml_localized_child (node, "caption");
  if (caption_node != NULL && (caption = read_inline (parser, caption_node, error)) == NULL)
    return NULL;

  return spots_block_new_figure (uri, alt, caption);
}

static SpotsBlock *
read_block (ArticleParser  *parser,
            xmlNode        *node,
            GError        **error)
{
  if (spots_xml_is (node, "p"))
    {
      g_autoptr(SpotsInlineText) text = read_inline (parser, node, error);

      return text != NULL ? spots_block_new_paragraph (text) : NULL;
    }
  if (spots_xml_is (node, "list"))
    return read_list (parser, node, SPOTS_BLOCK_LIST, error);
  if (spots_xml_is (node, "steps"))
    return read_list (parser, node, SPOTS_BLOCK_STEPS, error);
  if (spots_xml_is (node, "callout"))
    return read_callout (parser, node, error);
  if (spots_xml_is (node, "figure"))
    return read_figure (parser, node, error);

  g_assert_not_reached ();
}

static gboolean
read_section (ArticleParser  *parser,
              xmlNode        *node,
              guint           level,
              GError        **error)
{
  g_autofree char *anchor = spots_xml_get_attribute (node, "id");
  g_autofree char *heading = NULL;
  g_autoptr(SpotsInlineText) heading_text = NULL;
  g_autoptr(SpotsBlock) heading_block = NULL;
  xmlNode *child;

  if (anchor != NULL)
    {
      if (g_hash_table_contains (parser->anchors, anchor))
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_DUPLICATE_ID, node,
                                        "two sections have the id \"%s\"", anchor);
          return FALSE;
        }
      g_hash_table_add (parser->anchors, g_strdup (anchor));
    }

  if ((heading = read_localized_plain (parser, node, "heading", error)) == NULL)
    return FALSE;

  heading_text = spots_inline_text_new_plain (heading);
  heading_block = spots_block_new_heading (level, anchor, heading_text);
  spots_article_append_block (parser->article, heading_block);

  child = spots_xml_first_element (node);
  while (child != NULL)
    {
      xmlNode *chosen;

      child = spots_xml_next_localized (child, &chosen);

      if (spots_xml_is (chosen, "heading"))
        continue;

      if (spots_xml_is (chosen, "section"))
        {
          if (!read_section (parser, chosen, level + 1, error))
            return FALSE;
        }
      else
        {
          g_autoptr(SpotsBlock) block = read_block (parser, chosen, error);

          if (block == NULL)
            return FALSE;
          spots_article_append_block (parser->article, block);
        }
    }

  return TRUE;
}

static gboolean
read_keywords (ArticleParser  *parser,
               xmlNode        *node,
               GError        **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  xmlNode *child = spots_xml_first_element (node);

  while (child != NULL)
    {
      xmlNode *chosen;
      g_autofree char *keyword = NULL;

      child = spots_xml_next_localized (child, &chosen);
      if ((keyword = read_plain (parser, chosen, error)) == NULL)
        return FALSE;
      g_strv_builder_add (builder, keyword);
    }

  spots_article_take_keywords (parser->article, g_strv_builder_end (builder));
  return TRUE;
}

static gboolean
read_compare (ArticleParser  *parser,
              xmlNode        *node,
              GError        **error)
{
  g_autoptr(SpotsCompareFacts) facts = spots_compare_facts_new ();
  xmlNode *child = spots_xml_first_element (node);

  while (child != NULL)
    {
      xmlNode *chosen;
      g_autofree char *value = NULL;
      g_autofree char *text = NULL;
      SpotsFact fact;

      child = spots_xml_next_localized (child, &chosen);

      for (fact = 0; fact < SPOTS_N_FACTS; fact++)
        if (spots_xml_is (chosen, spots_fact_to_string (fact)))
          break;
      g_assert (fact < SPOTS_N_FACTS);

      if (fact == SPOTS_FACT_PLACES || fact == SPOTS_FACT_SIZE)
        {
          if ((text = read_plain (parser, chosen, error)) == NULL)
            return FALSE;
        }
      else
        {
          xmlNode *note = spots_xml_localized_child (chosen, "note");

          value = spots_xml_get_attribute (chosen, "value");
          if (note != NULL && (text = read_plain (parser, note, error)) == NULL)
            return FALSE;
        }

      spots_compare_facts_set (facts, fact, spots_fact_value_from_string (value), text);
    }

  spots_article_set_compare (parser->article, facts);
  return TRUE;
}

static void
read_related (ArticleParser *parser,
              xmlNode       *node)
{
  for (xmlNode *see = spots_xml_first_element (node); see != NULL;
       see = spots_xml_next_element (see))
    {
      g_autofree char *target = spots_xml_get_attribute (see, "to");

      spots_article_add_link (parser->article, target, NULL, 0,
                              spots_xml_document_new_error (parser->document,
                                                            SPOTS_ERROR_BAD_LINK, see,
                                                            "related article \"%s\" does not "
                                                            "exist", target));
    }
}

static void
read_references (ArticleParser *parser,
                 xmlNode       *node)
{
  for (xmlNode *ref = spots_xml_first_element (node); ref != NULL;
       ref = spots_xml_next_element (ref))
    {
      g_autofree char *title = spots_xml_get_attribute (ref, "title");
      g_autofree char *authors = spots_xml_get_attribute (ref, "authors");
      g_autofree char *publication = spots_xml_get_attribute (ref, "publication");
      g_autofree char *pmid = spots_xml_get_attribute (ref, "pmid");
      g_autofree char *doi = spots_xml_get_attribute (ref, "doi");
      g_autofree char *url = spots_xml_get_attribute (ref, "url");
      g_autoptr(SpotsReference) reference =
        spots_reference_new (title, authors, publication, pmid, doi, url);

      spots_article_append_reference (parser->article, reference);
    }
}

/**
 * spots_article_parse:
 * @images_uri: the folder (as a URI) where this file's <figure> images live
 *
 * Returns: (transfer full) (nullable): the article, or %NULL with @error set.
 */
SpotsArticle *
spots_article_parse (SpotsXmlDocument  *document,
                     const char        *images_uri,
                     GError           **error)
{
  g_autoptr(SpotsArticle) article = NULL;
  g_autoptr(GHashTable) anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *id = NULL;
  g_autofree char *category = NULL;
  g_autofree char *order = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  ArticleParser parser;
  xmlNode *root = spots_xml_document_get_root (document);
  xmlNode *child;

  g_return_val_if_fail (spots_xml_is (root, "article"), NULL);

  id = spots_xml_get_attribute (root, "id");
  category = spots_xml_get_attribute (root, "category");
  order = spots_xml_get_attribute (root, "order");

  article = spots_article_new (id, category,
                               order != NULL ? (guint) g_ascii_strtoull (order, NULL, 10) : 1000,
                               spots_xml_document_get_name (document));

  {
    guint line, column;

    spots_xml_document_locate (document, root, &line, &column);
    spots_article_set_position (article, line, column);
  }

  parser.document = document;
  parser.article = article;
  parser.images_uri = images_uri;
  parser.anchors = anchors;

  if ((title = read_localized_plain (&parser, root, "title", error)) == NULL ||
      (summary = read_localized_plain (&parser, root, "summary", error)) == NULL)
    return NULL;
  spots_article_set_text (article, title, summary);

  child = spots_xml_first_element (root);
  while (child != NULL)
    {
      xmlNode *chosen;
      gboolean ok = TRUE;

      child = spots_xml_next_localized (child, &chosen);

      if (spots_xml_is (chosen, "keywords"))
        ok = read_keywords (&parser, chosen, error);
      else if (spots_xml_is (chosen, "section"))
        ok = read_section (&parser, chosen, 2, error);
      else if (spots_xml_is (chosen, "compare"))
        ok = read_compare (&parser, chosen, error);
      else if (spots_xml_is (chosen, "related"))
        read_related (&parser, chosen);
      else if (spots_xml_is (chosen, "references"))
        read_references (&parser, chosen);

      if (!ok)
        return NULL;
    }

  return g_steal_pointer (&article);
}
