/* spots-xml-walk.c: small helpers for walking a validated content tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Translations live in the same file as the original text: gettext's
 * "msgfmt --xml" writes each translated element as a sibling with an xml:lang
 * attribute straight after the original. Walking code therefore treats an
 * element and its xml:lang siblings as one group and keeps the member that
 * best matches the user's languages.
 */
#define G_LOG_DOMAIN "spots-xml-walk"

#include "config.h"

#include <string.h>

#include "spots-white-space.h"
#include "spots-xml-private.h"

#define XML_NS "http://www.w3.org/XML/1998/namespace"

gboolean
spots_xml_is (xmlNode    *node,
              const char *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         strcmp ((const char *) node->ns->href, SPOTS_CONTENT_NS) == 0 &&
         strcmp ((const char *) node->name, name) == 0;
}

xmlNode *
spots_xml_next_element (xmlNode *node)
{
  for (node = node != NULL ? node->next : NULL; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

xmlNode *
spots_xml_first_element (xmlNode *parent)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

/**
 * spots_xml_get_attribute:
 *
 * Returns: (transfer full) (nullable): the attribute's value, trimmed and
 *   with runs of white space folded to one space. The schema compares
 *   values that way (id=" emergency" is the tier "emergency" to RELAX NG),
 *   so the model must read them that way too.
 */
char *
spots_xml_get_attribute (xmlNode    *node,
                         const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *folded;

  if (value == NULL)
    return NULL;

  folded = spots_white_space_fold ((const char *) value, SPOTS_WHITE_SPACE_XML);
  xmlFree (value);

  return folded;
}

static char *
get_lang (xmlNode *node)
{
  xmlChar *value;
  char *copy;

  /* Most elements have no attributes: skip the lookup for them. */
  if (node->properties == NULL)
    return NULL;

  value = xmlGetNsProp (node, (const xmlChar *) "lang", (const xmlChar *) XML_NS);
  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *) value);
  xmlFree (value);

  /* Our languages look like "pt_BR"; xml:lang like "pt-BR". */
  g_strdelimit (copy, "-", '_');

  return copy;
}

/* Lower is better; G_MAXUINT means "not wanted at all". The untranslated
 * original ranks like the "C" locale, which is always last in the list. */
static guint
language_rank (const char *lang)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (lang == NULL)
        {
          if (strcmp (languages[i], "C") == 0)
            return i;
        }
      else if (g_ascii_strcasecmp (languages[i], lang) == 0)
        {
          return i;
        }
    }

  return lang == NULL ? G_MAXUINT - 1 : G_MAXUINT;
}

/**
 * spots_xml_is_wanted_translation:
 *
 * Returns: %TRUE if @node is a translation (it has an xml:lang) that
 *   spots_xml_next_localized() could choose for this reader: its language
 *   ranks above the untranslated original.
 */
gboolean
spots_xml_is_wanted_translation (xmlNode *node)
{
  g_autofree char *lang = get_lang (node);

  return lang != NULL && language_rank (lang) < language_rank (NULL);
}

/**
 * spots_xml_next_localized:
 * @node: an element: an original, possibly followed by its translations
 * @chosen: (out): the member of the group to use
 *
 * Returns: the next element after the whole group, or %NULL.
 */
xmlNode *
spots_xml_next_localized (xmlNode  *node,
                          xmlNode **chosen)
{
  guint best_rank = 0;
  gboolean ranked = FALSE;
  xmlNode *next;

  *chosen = node;

  for (next = spots_xml_next_element (node); next != NULL; next = spots_xml_next_element (next))
    {
      g_autofree char *lang = NULL;
      guint rank;

      if (strcmp ((const char *) next->name, (const char *) node->name) != 0 ||
          (lang = get_lang (next)) == NULL)
        break;

      /* Ranking costs a look at the user's languages: only do it for
       * elements that have translations. */
      if (!ranked)
        {
          g_autofree char *original_lang = get_lang (node);

          best_rank = language_rank (original_lang);
          ranked = TRUE;
        }

      rank = language_rank (lang);
      if (rank < best_rank)
        {
          best_rank = rank;
          *chosen = next;
        }
    }

  return next;
}

/**
 * spots_xml_localized_child:
 *
 * Returns: (nullable): the best-matching child element named @name.
 */
xmlNode *
spots_xml_localized_child (xmlNode    *parent,
                           const char *name)
{
  for (xmlNode *child = spots_xml_first_element (parent); child != NULL;
       child = spots_xml_next_element (child))
    {
      if (spots_xml_is (child, name))
        {
          xmlNode *chosen;

          spots_xml_next_localized (child, &chosen);
          return chosen;
        }
    }

  return NULL;
}

static void
append_folded_text (GString *out,
                    gsize    start,
                    xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        spots_white_space_append_folded (out, start, (const char *) child->content,
                                         SPOTS_WHITE_SPACE_XML);
      else if (child->type == XML_ELEMENT_NODE)
        append_folded_text (out, start, child);
    }
}

/**
 * spots_xml_append_text:
 *
 * Appends the text inside @node to @out with runs of white space folded to
 * one space and trimmed, as a reader would see it. It folds as it goes:
 * copying every text node first was a good part of the loading time.
 */
void
spots_xml_append_text (GString *out,
                       xmlNode *node)
{
  gsize start = out->len;

  append_folded_text (out, start, node);
  spots_white_space_trim_end (out, start);
}

/**
 * spots_xml_collect_text:
 *
 * Returns: (transfer full): the text inside @node, as
 *   spots_xml_append_text() folds it.
 */
char *
spots_xml_collect_text (xmlNode *node)
{
  GString *out = g_string_sized_new (64);

  spots_xml_append_text (out, node);

  return g_string_free (out, FALSE);
}
