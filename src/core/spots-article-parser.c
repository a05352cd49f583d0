/* spots-article-parser.c: turn a validated <article> tree into a SpotsArticle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema has already checked the structure, so this walker only has to
 * check what RELAX NG cannot: text that is empty once white space is folded,
 * duplicate section ids, images that do not exist, unsafe link schemes.
 */
#define G_LOG_DOMAIN "spots-article-parser"

#include "config.h"

#include <string.h>

#include "spots-article-body-private.h"
#include "spots-article-private.h"
#include "spots-content-parser-private.h"
#include "spots-error.h"
#include "spots-white-space.h"

typedef struct
{
  SpotsRunKind kind;
  gsize start;    /* in ArticleParser.words */
  gsize len;
  char *target;
  char *section;
  xmlNode *node;
} PendingRun;

typedef struct
{
  SpotsXmlDocument *document;
  SpotsArticle *article;
  const char *images_uri;
  GHashTable *anchors;
  GByteArray *body;         /* spots-article-body.c */
  GByteArray *section_ids;
  /* One text's runs, until its last run is known: scratch, reused. */
  GString *words;
  GArray *runs;             /* PendingRun */
} ArticleParser;

static void
clear_pending_run (PendingRun *run)
{
  g_free (run->target);
  g_free (run->section);
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

/* Writes the pending runs of one text to the body, noting its links. */
static void
write_runs (ArticleParser *parser)
{
  for (guint i = 0; i < parser->runs->len; i++)
    {
      PendingRun *run = &g_array_index (parser->runs, PendingRun, i);
      guint offset = spots_body_add_run (parser->body, run->kind,
                                         parser->words->str + run->start, run->len,
                                         run->target, run->section);

      if (run->kind == SPOTS_RUN_LINK)
        {
          guint line, column;

          spots_xml_document_locate (parser->document, run->node, &line, &column);
          spots_article_add_link (parser->article, run->target, run->section, offset,
                                  line, column);
        }
    }

  spots_body_end (parser->body);
}

static gboolean
read_inline (ArticleParser  *parser,
             xmlNode        *node,
             GError        **error)
{
  GString *words = parser->words;
  GArray *runs = parser->runs;
  gboolean any_words = FALSE;

  g_string_truncate (words, 0);
  g_array_set_size (runs, 0);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      PendingRun run = { SPOTS_RUN_PLAIN, words->len, 0, NULL, NULL, child };
      g_autofree char *target = NULL;
      g_autofree char *section = NULL;

      /* The text between elements is folded with all the runs before it,
       * so that one space at most stands between two runs and none before
       * the first. A space at either end stays in this run: it is what
       * separates the run from its neighbours (the last run's goes below). */
      if (child->type == XML_TEXT_NODE)
        {
          spots_white_space_append_folded (words, 0, (const char *) child->content,
                                           SPOTS_WHITE_SPACE_XML);
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          spots_xml_append_text (words, child);
          if (words->len == run.start)
            {
              spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, child,
                                            "<%s> is empty; write its text or remove it",
                                            (const char *) child->name);
              return FALSE;
            }

          if (spots_xml_is (child, "em"))
            run.kind = SPOTS_RUN_EMPHASIS;
          else if (spots_xml_is (child, "strong"))
            run.kind = SPOTS_RUN_STRONG;
          else if (spots_xml_is (child, "link"))
            {
              run.kind = SPOTS_RUN_LINK;
              target = spots_xml_get_attribute (child, "to");
              section = spots_xml_get_attribute (child, "section");
            }
          else
            {
              run.kind = SPOTS_RUN_EXTERNAL;
              target = spots_xml_get_attribute (child, "href");
              if (!is_safe_web_address (target))
                {
                  spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_BAD_LINK,
                                                child, "the address \"%s\" must start with "
                                                "https:// or http://", target);
                  return FALSE;
                }
            }
        }
      else
        {
          continue;
        }

      if (words->len == run.start)
        continue;

      run.len = words->len - run.start;
      run.target = g_steal_pointer (&target);
      run.section = g_steal_pointer (&section);
      /* Folded, a run without words can only be one space. */
      any_words = any_words || run.len > 1 || words->str[run.start] != ' ';
      g_array_append_val (runs, run);
    }

  /* Content files end paragraphs with a line break that no reader should
   * see; folded, it is one space. */
  if (runs->len > 0)
    {
      PendingRun *last = &g_array_index (runs, PendingRun, runs->len - 1);

      if (words->str[last->start + last->len - 1] == ' ')
        last->len--;
    }

  if (!any_words)
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                    "<%s> is empty; write its text or remove it",
                                    (const char *) node->name);
      return FALSE;
    }

  write_runs (parser);
  return TRUE;
}

static gboolean read_block (ArticleParser *parser, xmlNode *node, GError **error);

static gboolean
read_list (ArticleParser  *parser,
           xmlNode        *node,
           SpotsBlockKind  kind,
           GError        **error)
{
  xmlNode *child = spots_xml_first_element (node);

  spots_body_begin_block (parser->body, kind);
  while (child != NULL)
    {
      xmlNode *chosen;

      child = spots_xml_next_localized (child, &chosen);
      if (!read_inline (parser, chosen, error))
        return FALSE;
    }
  spots_body_end (parser->body);

  return TRUE;
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

/* What the schema cannot say about a callout's tier: an emergency callout
 * gives the emergency tier, and a tier comes with the situations it is
 * for, so that the library can check it against the checklist. */
static gboolean
check_callout_tier (ArticleParser     *parser,
                    xmlNode           *node,
                    SpotsCalloutKind   kind,
                    const char        *tier,
                    guint              n_situations,
                    GError           **error)
{
  if (kind == SPOTS_CALLOUT_EMERGENCY && !spots_tier_id_is_emergency (tier))
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                    "an emergency callout gives the checklist's emergency "
                                    "tier: write tier=\"emergency\" and its <situation>s");
      return FALSE;
    }

  if (tier != NULL && n_situations == 0)
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                    "a callout with tier=\"%s\" lists the situations it is "
                                    "for, each in a <situation answers=\"...\"/>", tier);
      return FALSE;
    }

  if (tier == NULL && n_situations > 0)
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                    "<situation> needs a tier=\"...\" on its callout");
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_callout (ArticleParser  *parser,
              xmlNode        *node,
              GError        **error)
{
  g_autofree char *type = spots_xml_get_attribute (node, "type");
  g_autofree char *tier = spots_xml_get_attribute (node, "tier");
  g_autofree char *title = NULL;
  SpotsCalloutKind kind = callout_kind_from_string (type);
  g_autoptr(GArray) situations = NULL;
  gboolean began = FALSE;
  xmlNode *child = spots_xml_first_element (node);

  while (child != NULL)
    {
      xmlNode *chosen;

      child = spots_xml_next_localized (child, &chosen);

      /* The schema puts the situations first. */
      if (spots_xml_is (chosen, "situation"))
        {
          g_autofree char *answers = spots_xml_get_attribute (chosen, "answers");
          guint line, column;

          spots_xml_document_locate (parser->document, chosen, &line, &column);
          spots_article_situations_append (&situations, answers, line, column);
          continue;
        }

      /* The schema puts the titles first; the last one counts. */
      if (spots_xml_is (chosen, "title"))
        {
          g_free (title);
          if ((title = read_plain (parser, chosen, error)) == NULL)
            return FALSE;
          continue;
        }

      if (!began)
        {
          if (!check_callout_tier (parser, node, kind, tier,
                                   situations != NULL ? situations->len : 0, error))
            return FALSE;

          /* Titles are compared with the checklist's tier headings too. */
          if (title != NULL || tier != NULL)
            {
              guint line, column;

              spots_xml_document_locate (parser->document, node, &line, &column);
              spots_article_add_callout (parser->article, kind, title, tier, line, column,
                                         g_steal_pointer (&situations));
            }

          spots_body_begin_block (parser->body, SPOTS_BLOCK_CALLOUT);
          spots_body_add_byte (parser->body, kind);
          spots_body_add_string (parser->body, title);
          spots_body_add_string (parser->body, tier);
          began = TRUE;
        }

      if (!read_block (parser, chosen, error))
        return FALSE;
    }

  /* The schema requires at least one block. */
  g_assert (began);
  spots_body_end (parser->body);

  return TRUE;
}

static gboolean
read_figure (ArticleParser  *parser,
             xmlNode        *node,
             GError        **error)
{
  g_autofree char *src = spots_xml_get_attribute (node, "src");
  g_autofree char *uri = spots_content_resolve_image (parser->images_uri, src);
  g_autofree char *alt = NULL;
  xmlNode *caption_node;

  if (uri == NULL)
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_BAD_LINK, node,
                                    "the image \"%s\" is not in the images folder next to "
                                    "this file", src);
      return FALSE;
    }

  if ((alt = read_localized_plain (parser, node, "alt", error)) == NULL)
    return FALSE;

  spots_body_begin_block (parser->body, SPOTS_BLOCK_FIGURE);
  spots_body_add_string (parser->body, uri);
  spots_body_add_string (parser->body, alt);

  /* A figure without a caption has a text without runs. */
  caption_node = spots_xml_localized_child (node, "caption");
  if (caption_node == NULL)
    spots_body_end (parser->body);
  else if (!read_inline (parser, caption_node, error))
    return FALSE;

  return TRUE;
}

static gboolean
read_block (ArticleParser  *parser,
            xmlNode        *node,
            GError        **error)
{
  if (spots_xml_is (node, "p"))
    {
      spots_body_begin_block (parser->body, SPOTS_BLOCK_PARAGRAPH);
      return read_inline (parser, node, error);
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
      g_byte_array_append (parser->section_ids, (const guint8 *) anchor,
                           (guint) strlen (anchor) + 1);
    }

  if ((heading = read_localized_plain (parser, node, "heading", error)) == NULL)
    return FALSE;

  spots_body_begin_block (parser->body, SPOTS_BLOCK_HEADING);
  spots_body_add_byte (parser->body, (guint8) level);
  spots_body_add_string (parser->body, anchor);
  spots_body_add_run (parser->body, SPOTS_RUN_PLAIN, heading, strlen (heading), NULL, NULL);
  spots_body_end (parser->body);

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
      else if (!read_block (parser, chosen, error))
        {
          return FALSE;
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
      guint line, column;

      spots_xml_document_locate (parser->document, see, &line, &column);
      spots_article_add_link (parser->article, target, NULL, SPOTS_ARTICLE_LINK_RELATED,
                              line, column);
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
      g_autofree char *cited_by = spots_xml_get_attribute (ref, "cited-by");
      g_autofree char *kind = spots_xml_get_attribute (ref, "kind");
      g_autoptr(SpotsReference) reference =
        spots_reference_new (title, authors, publication, pmid, doi, url);

      spots_reference_set_origin (reference, cited_by, g_strcmp0 (kind, "source-document") == 0);
      spots_article_append_reference (parser->article, reference);
    }
}

static gboolean
read_review_date (ArticleParser  *parser,
                  xmlNode        *node,
                  const char     *name,
                  GDate          *date,
                  GError        **error)
{
  g_autofree char *text = spots_xml_get_attribute (node, name);

  if (text != NULL && spots_review_parse_date (text, date))
    return TRUE;

  spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                "%s=\"%s\" is not a date written as YYYY-MM-DD", name,
                                text != NULL ? text : "");
  return FALSE;
}

static gboolean
read_reviewed (ArticleParser  *parser,
               xmlNode        *node,
               GError        **error)
{
  g_autoptr(GStrvBuilder) against = g_strv_builder_new ();
  g_autoptr(SpotsReview) review = NULL;
  GDate date, next;

  if (!read_review_date (parser, node, "date", &date, error) ||
      !read_review_date (parser, node, "next", &next, error))
    return FALSE;

  if (g_date_compare (&next, &date) <= 0)
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                    "the next review (next=) must come after the last one "
                                    "(date=)");
      return FALSE;
    }

  for (xmlNode *child = spots_xml_first_element (node); child != NULL;
       child = spots_xml_next_element (child))
    {
      g_autofree char *citation = spots_xml_get_attribute (child, "citation");

      if (citation == NULL || *g_strstrip (citation) == '\0')
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, child,
                                        "<against> needs the citation of the guidance");
          return FALSE;
        }
      g_strv_builder_add (against, citation);
    }

  review = spots_review_new (&date, &next, g_strv_builder_end (against));
  spots_article_set_review (parser->article, review);
  return TRUE;
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
  g_autoptr(GByteArray) body = g_byte_array_sized_new (8192);
  g_autoptr(GByteArray) section_ids = g_byte_array_new ();
  g_autoptr(GString) words = g_string_sized_new (1024);
  g_autoptr(GArray) runs = g_array_sized_new (FALSE, FALSE, sizeof (PendingRun), 16);
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
  parser.body = body;
  parser.section_ids = section_ids;
  parser.words = words;
  parser.runs = runs;
  g_array_set_clear_func (runs, (GDestroyNotify) clear_pending_run);

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
      else if (spots_xml_is (chosen, "reviewed"))
        ok = read_reviewed (&parser, chosen, error);

      if (!ok)
        return NULL;
    }

  spots_body_end (body);
  g_byte_array_append (section_ids, (const guint8 *) "", 1);
  spots_article_set_body (article, body, section_ids);

  return g_steal_pointer (&article);
}
