/* spots-xml-document.c: parse untrusted content XML safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Content files come from the user's own folders, so they are treated as
 * untrusted. The recipe (also in CONTRIBUTING.md, "Loading XML"):
 *
 *  - the caller reads the bytes itself with a size cap (no silent gunzip);
 *  - xmlCtxtReadMemory with NONET|NOCDATA only: never NOENT (which would
 *    substitute entities, including external ones), DTDLOAD or HUGE;
 *  - any DOCTYPE stops the parser the moment it is seen, before an entity
 *    declaration can be read, so billion-laughs and XXE never get started;
 *  - while we parse, the external entity loader refuses everything;
 *  - XInclude is never processed and is reported;
 *  - every element remembers where its start tag began, so that later
 *    checks can say FILE:LINE:COLUMN.
 */
#define G_LOG_DOMAIN "spots-xml-document"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "spots-error.h"
#include "spots-xml-private.h"

#define XINCLUDE_NS "http://www.w3.org/2001/XInclude"
#define XINCLUDE_OLD_NS "http://www.w3.org/2003/XInclude"

typedef struct
{
  guint line;
  guint column;
} Position;

struct _SpotsXmlDocument
{
  char *name;
  xmlDoc *doc;
  GArray *positions;
};

typedef struct
{
  SpotsXmlDocument *document;
  startElementNsSAX2Func chain_start_element;
  gboolean saw_doctype;
  Position doctype_at;
  int error_code;
  Position error_at;
  char *error_message;
} ParseState;

/* The parse running on this thread, if any. Read by the SAX hooks and by the
 * external entity loader, which libxml2 keeps process-wide. */
static _Thread_local ParseState *current_parse;

static xmlExternalEntityLoader default_entity_loader;

static xmlParserInput *
refuse_external_entities (const char   *url,
                          const char   *id,
                          xmlParserCtxt *ctxt)
{
  /* Only our own parses are locked down: librsvg and GTK share this hook. */
  if (current_parse == NULL && default_entity_loader != NULL)
    return default_entity_loader (url, id, ctxt);

  return NULL;
}

/* libxml2's unstructured messages: ours come through the structured
 * handlers, with positions. */
void
spots_xml_ignore_generic_error (void       *data,
                                const char *msg,
                                ...)
{
}

void
spots_xml_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      default_entity_loader = xmlGetExternalEntityLoader ();
      xmlSetExternalEntityLoader (refuse_external_entities);
      g_once_init_leave (&initialized, 1);
    }
}

/* Counts UTF-8 characters in [start, end): libxml2 counts columns in
 * characters, not bytes. */
static guint
count_chars (const xmlChar *start,
             const xmlChar *end)
{
  guint n = 0;

  for (const xmlChar *p = start; p < end; p++)
    if ((*p & 0xC0) != 0x80)
      n++;

  return n;
}

/* Where did the markup that the parser has just read start? When a SAX
 * callback runs, input->cur is inside or just after the construct, and
 * input->line/col describe cur; walk back to its '<'. */
static Position
locate_markup_start (xmlParserCtxt *ctxt)
{
  xmlParserInput *input = ctxt->input;
  const xmlChar *p = input->cur;
  guint newlines = 0;
  Position at = { (guint) MAX (input->line, 1), 1 };

  while (p > input->base)
    {
      p--;
      if (*p == '<')
        break;
      if (*p == '\n')
        newlines++;
    }

  if (*p != '<')
    return at;

  if (newlines == 0)
    {
      guint back = count_chars (p, input->cur);

      at.column = (guint) input->col > back ? (guint) input->col - back : 1;
    }
  else
    {
      const xmlChar *line_start = p;

      while (line_start > input->base && line_start[-1] != '\n')
        line_start--;
      at.line = at.line > newlines ? at.line - newlines : 1;
      at.column = count_chars (line_start, p) + 1;
    }

  return at;
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = current_parse;
  xmlNode *before = ctxt->node;

  state->chain_start_element (ctx, localname, prefix, uri, nb_namespaces, namespaces,
                              nb_attributes, nb_defaulted, attributes);

  if (ctxt->node != NULL && ctxt->node != before)
    {
      Position at = locate_markup_start (ctxt);

      g_array_append_val (state->document->positions, at);
      ctxt->node->_private = GUINT_TO_POINTER (state->document->positions->len);
    }
}

static void
on_doctype (void          *ctx,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = current_parse;

  /* Stop before the internal subset is read: no entity is ever declared. */
  state->saw_doctype = TRUE;
  state->doctype_at = locate_markup_start (ctxt);
  xmlStopParser (ctxt);
}

static char *
describe_parse_error (const xmlError *err)
{
  g_autofree char *raw = g_strstrip (g_strdup (err->message != NULL ? err->message : ""));

  /* A problem is one line, in a terminal and in the window's list; some
   * libxml2 messages have a second ("Bytes: 0xE9 …"). */
  g_strdelimit (raw, "\r\n", ' ');

  /* libxml2 2.9 reports this as an internal error, 2.12 and later as a
   * resource limit: the message is the same. */
  if (strstr (raw, "Excessive depth") != NULL)
    return g_strdup ("elements are nested too deeply (more than 256 levels)");

  switch ((int) err->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup ("the file has no XML in it");

    case XML_ERR_DOCUMENT_END:
      return g_strdup ("there is more text after the end of the root element");

    case XML_ERR_TAG_NAME_MISMATCH:
      return g_strdup_printf ("the closing tag </%s> does not match <%s> opened on line %d",
                              err->str2 != NULL ? err->str2 : "?",
                              err->str1 != NULL ? err->str1 : "?",
                              err->int1);

    case XML_ERR_TAG_NOT_FINISHED:
      return g_strdup_printf ("the file ends before <%s> is closed: is it cut short?",
                              err->str1 != NULL ? err->str1 : "?");

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
      return g_strdup_printf ("the file is not valid UTF-8 text (%s)", raw);

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      return g_strdup_printf ("unknown entity &%s;: entities are not allowed, type the character "
                              "itself or use &amp;amp; &amp;lt; &amp;gt;",
                              err->str1 != NULL ? err->str1 : "?");

    default:
      break;
    }

  if (raw[0] == '\0')
    return g_strdup ("the file is not well-formed XML");

  return g_strdup_printf ("not well-formed XML: %s", raw);
}

static void
on_parse_error (void          *data,
                SpotsXmlError *err)
{
  ParseState *state = current_parse;

  if (state == NULL || err->level < XML_ERR_ERROR || state->error_message != NULL)
    return;

  state->error_code = err->code;
  state->error_at.line = (guint) MAX (err->line, 1);
  state->error_at.column = (guint) MAX (err->int2, 1);
  state->error_message = describe_parse_error (err);
}

static gboolean
looks_compressed (const guint8 *data,
                  gsize         len)
{
  return (len >= 2 && data[0] == 0x1f && data[1] == 0x8b) ||      /* gzip */
         (len >= 6 && memcmp (data, "\xfd" "7zXZ", 5) == 0) ||   /* xz */
         (len >= 3 && memcmp (data, "BZh", 3) == 0);              /* bzip2 */
}

static gboolean
is_blank (const guint8 *data,
          gsize         len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;

  return TRUE;
}

static xmlNode *
find_xinclude (xmlNode *node)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (child->ns != NULL &&
          (g_strcmp0 ((const char *) child->ns->href, XINCLUDE_NS) == 0 ||
           g_strcmp0 ((const char *) child->ns->href, XINCLUDE_OLD_NS) == 0))
        return child;

      if ((found = find_xinclude (child->children)) != NULL)
        return found;
    }

  return NULL;
}

/**
 * spots_xml_document_parse:
 * @display_name: the file name to use in messages, as the user knows it
 * @bytes: the whole file, already read with a size cap
 *
 * Parses @bytes without touching the network or the file system, and refuses
 * documents with a DOCTYPE or XInclude. It does not validate.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set to "FILE:LINE:COLUMN: what is wrong".
 */
SpotsXmlDocument *
spots_xml_document_parse (const char  *display_name,
                          GBytes      *bytes,
                          GError     **error)
{
  g_autoptr(SpotsXmlDocument) self = NULL;
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  ParseState state = { 0 };
  const guint8 *data;
  gsize len;
  xmlNode *root;
  xmlNode *xinclude;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  spots_xml_init ();

  data = g_bytes_get_data (bytes, &len);

  if (len == 0 || is_blank (data, len))
    {
      spots_set_error_at (error, SPOTS_ERROR_PARSE, display_name, 1, 1, "the file is empty");
      return NULL;
    }

  if (looks_compressed (data, len))
    {
      spots_set_error_at (error, SPOTS_ERROR_PARSE, display_name, 1, 1,
                          "the file is compressed; content files must be plain XML text");
      return NULL;
    }

  if (len > SPOTS_CONTENT_MAX_BYTES)
    {
      spots_set_error_at (error, SPOTS_ERROR_TOO_LARGE, display_name, 1, 1,
                          "the file is %" G_GSIZE_FORMAT " bytes; content files may be at most %d",
                          len, SPOTS_CONTENT_MAX_BYTES);
      return NULL;
    }

  self = g_new0 (SpotsXmlDocument, 1);
  self->name = g_strdup (display_name);
  self->positions = g_array_new (FALSE, FALSE, sizeof (Position));

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("libxml2 could not create a parser context: out of memory");

  state.document = self;
  state.chain_start_element = ctxt->sax->startElementNs;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->internalSubset = on_doctype;
  ctxt->sax->serror = on_parse_error;

  g_assert (current_parse == NULL);
  current_parse = &state;
  xmlSetGenericErrorFunc (NULL, spots_xml_ignore_generic_error);

  self->doc = xmlCtxtReadMemory (ctxt, (const char *) data, (int) len, display_name, NULL,
                                 XML_PARSE_NONET | XML_PARSE_NOCDATA);

  xmlSetGenericErrorFunc (NULL, NULL);
  current_parse = NULL;

  if (state.saw_doctype)
    {
      g_free (state.error_message);
      spots_set_error_at (error, SPOTS_ERROR_FORBIDDEN, display_name,
                          state.doctype_at.line, state.doctype_at.column,
                          "<!DOCTYPE> is not allowed in content files (it can declare entities "
                          "that read other files or expand without limit); remove it");
      return NULL;
    }

  if (self->doc == NULL || state.error_message != NULL || !ctxt->wellFormed)
    {
      if (state.error_message == NULL)
        state.error_message = g_strdup ("the file is not well-formed XML");

      spots_set_error_at (error, SPOTS_ERROR_PARSE, display_name,
                          state.error_at.line ? state.error_at.line : 1,
                          state.error_at.column ? state.error_at.column : 1,
                          "%s", state.error_message);
      g_free (state.error_message);
      return NULL;
    }

  root = xmlDocGetRootElement (self->doc);
  if (root == NULL)
    {
      spots_set_error_at (error, SPOTS_ERROR_PARSE, display_name, 1, 1, "the file has no root element");
      return NULL;
    }

  /* Only files with translations can hold escaped ones. */
  if (g_strstr_len ((const char *) data, (gssize) len, "xml:lang") != NULL)
    spots_xml_parse_translated_markup (root);

  if ((xinclude = find_xinclude (root)) != NULL)
    {
      spots_xml_document_set_error (self, error, SPOTS_ERROR_FORBIDDEN, xinclude,
                                    "XInclude is not supported; put the text in this file");
      return NULL;
    }

  return g_steal_pointer (&self);
}

void
spots_xml_document_free (SpotsXmlDocument *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->doc, xmlFreeDoc);
  g_clear_pointer (&self->positions, g_array_unref);
  g_clear_pointer (&self->name, g_free);
  g_free (self);
}

xmlNode *
spots_xml_document_get_root (SpotsXmlDocument *self)
{
  return xmlDocGetRootElement (self->doc);
}

const char *
spots_xml_document_get_name (SpotsXmlDocument *self)
{
  return self->name;
}

void
spots_xml_document_locate (SpotsXmlDocument *self,
                           xmlNode          *node,
                           guint            *line,
                           guint            *column)
{
  guint index = 0;

  /* Attributes and text belong to the element that holds them. */
  while (node != NULL && node->type != XML_ELEMENT_NODE)
    node = node->parent;

  if (node != NULL)
    index = GPOINTER_TO_UINT (node->_private);

  if (index > 0 && index <= self->positions->len)
    {
      Position *at = &g_array_index (self->positions, Position, index - 1);

      *line = at->line;
      *column = at->column;
    }
  else
    {
      *line = node != NULL ? (guint) MAX (xmlGetLineNo (node), 1) : 1;
      *column = 1;
    }
}

GError *
spots_xml_document_new_error (SpotsXmlDocument *self,
                              int               code,
                              xmlNode          *node,
                              const char       *format,
                              ...)
{
  g_autofree char *detail = NULL;
  va_list args;
  guint line, column;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  spots_xml_document_locate (self, node, &line, &column);

  return spots_error_new_at (code, self->name, line, column, "%s", detail);
}

void
spots_xml_document_set_error (SpotsXmlDocument  *self,
                              GError           **error,
                              int                code,
                              xmlNode           *node,
                              const char        *format,
                              ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_propagate_error (error, spots_xml_document_new_error (self, code, node, "%s", detail));
}

/**
 * spots_xml_document_read_text:
 *
 * Returns: (transfer full) (nullable): the words in @node, white space
 *   folded; %NULL with @error set if there are none, because an empty
 *   title or paragraph is always a mistake.
 */
char *
spots_xml_document_read_text (SpotsXmlDocument  *self,
                              xmlNode           *node,
                              GError           **error)
{
  g_autofree char *text = spots_xml_collect_text (node);

  if (*text == '\0')
    {
      spots_xml_document_set_error (self, error, SPOTS_ERROR_INVALID, node,
                                    "<%s> is empty; write its text or remove it",
                                    (const char *) node->name);
      return NULL;
    }

  return g_steal_pointer (&text);
}

/**
 * spots_xml_document_read_child_text:
 *
 * Like spots_xml_document_read_text() on the child element @name that best
 * matches the reader's language.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL: with @error set
 *   if the child is empty, without if there is no such child.
 */
char *
spots_xml_document_read_child_text (SpotsXmlDocument  *self,
                                    xmlNode           *parent,
                                    const char        *name,
                                    GError           **error)
{
  xmlNode *node = spots_xml_localized_child (parent, name);

  if (node == NULL)
    return NULL;

  return spots_xml_document_read_text (self, node, error);
}
