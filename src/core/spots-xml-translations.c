/* spots-xml-translations.c: translations merged by msgfmt, made whole again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "msgfmt --xml" (gettext 0.21, Debian 12) writes a translated sibling's
 * text with xmlNodeAddContent, so a translation that keeps its inline
 * markup, <em> or <link to="...">, arrives as escaped text:
 * <p xml:lang="es">Son &lt;strong&gt;inofensivos&lt;/strong&gt;.</p>.
 * Here such text is parsed again, as content of its own element, so the
 * translation has the same structure as the original and is validated like
 * it. Only translations into the reader's languages are parsed: the others
 * are never shown, and an English reader's start-up would pay for all of
 * Spanish. A fragment cannot declare entities or load anything (there is
 * no DTD). A translation that is not well-formed is dropped: the reader
 * sees the original text instead, and the rest of the file still loads.
 */
#define G_LOG_DOMAIN "spots-xml-translations"

#include "config.h"

#include <string.h>

#include "spots-xml-private.h"

static void
ignore_structured_error (void          *data,
                         SpotsXmlError *error)
{
}

static gboolean
is_escaped_translation (xmlNode *node)
{
  xmlNode *text = node->children;

  return text != NULL && text->next == NULL && text->type == XML_TEXT_NODE &&
         text->content != NULL && strchr ((const char *) text->content, '<') != NULL &&
         spots_xml_is_wanted_translation (node);
}

/* The new nodes are located where their element is, for messages. */
static void
locate_like (xmlNode *nodes,
             xmlNode *element)
{
  for (xmlNode *node = nodes; node != NULL; node = node->next)
    {
      node->_private = element->_private;
      node->line = element->line;
      locate_like (node->children, element);
    }
}

static gboolean
parse_again (xmlNode *element)
{
  xmlNode *text = element->children;
  xmlNode *nodes = NULL;
  xmlParserErrors result;

  xmlSetStructuredErrorFunc (NULL, ignore_structured_error);
  xmlSetGenericErrorFunc (NULL, spots_xml_ignore_generic_error);
  result = xmlParseInNodeContext (element, (const char *) text->content,
                                  (int) strlen ((const char *) text->content),
                                  XML_PARSE_NONET | XML_PARSE_NOCDATA, &nodes);
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlSetGenericErrorFunc (NULL, NULL);

  if (result != XML_ERR_OK)
    {
      xmlFreeNodeList (nodes);
      return FALSE;
    }

  xmlUnlinkNode (text);
  xmlFreeNode (text);
  locate_like (nodes, element);
  if (nodes != NULL)
    xmlAddChildList (element, nodes);

  return TRUE;
}

/**
 * spots_xml_parse_translated_markup:
 * @parent: where to start; every element below it is looked at
 *
 * Turns escaped markup in xml:lang translations back into elements.
 */
void
spots_xml_parse_translated_markup (xmlNode *parent)
{
  xmlNode *next;

  for (xmlNode *child = parent->children; child != NULL; child = next)
    {
      next = child->next;
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_escaped_translation (child))
        {
          if (!parse_again (child))
            {
              xmlUnlinkNode (child);
              xmlFreeNode (child);
            }
          continue;
        }

      spots_xml_parse_translated_markup (child);
    }
}
