/* spots-xml-schema.c: RELAX NG validation of content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema ships inside the program (data/skin-spots.rng, as a GResource)
 * and is compiled once. libxml2 phrases validity errors for schema experts
 * ("Expecting element title, got summary"); they are reworded here for content
 * authors, and the most specific one is reported.
 */
#define G_LOG_DOMAIN "spots-xml-schema"

#include "config.h"

#include <gio/gio.h>
#include <libxml/xmlerror.h>

#include "spots-core.h"
#include "spots-error.h"
#include "spots-xml-private.h"

#define SCHEMA_RESOURCE RESOURCE_BASE "/schema/skin-spots.rng"

typedef struct
{
  SpotsXmlDocument *document;
  GError *best;
  gboolean best_is_generic;
} ValidationState;

static xmlRelaxNG *
get_schema (void)
{
  static xmlRelaxNG *schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      xmlRelaxNGParserCtxt *parser;
      xmlRelaxNG *compiled;
      gsize len;
      const char *data;

      spots_core_init ();
      bytes = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_error ("The content schema is missing from the program: %s", error->message);

      data = g_bytes_get_data (bytes, &len);
      parser = xmlRelaxNGNewMemParserCtxt (data, (int) len);
      compiled = xmlRelaxNGParse (parser);
      xmlRelaxNGFreeParserCtxt (parser);

      if (compiled == NULL)
        g_error ("The built-in content schema does not compile");

      g_once_init_leave (&schema, compiled);
    }

  return schema;
}

typedef struct
{
  const char *pattern;
  const char *replacement;
} Rewording;

/* Ordered: the first pattern that matches wins. \1, \2 refer to groups. */
static const Rewording rewordings[] = {
  { "^Expecting element (\\S+), got (\\S+)$", "expected <\\1> here, but found <\\2>" },
  { "^Expecting an element (\\S+), got nothing$", "<\\1> is missing here" },
  { "^Expecting an element , got nothing$", "an element is missing here" },
  { "^Expecting an element got text$", "text is not allowed here, only elements" },
  { "^Did not expect element (\\S+) there$",
    "<\\1> is not allowed here, inside <{parent}>: check the order of the elements, and that "
    "nothing required is missing before it" },
  { "^Did not expect text in element (\\S+) content$", "<\\1> may not contain text directly" },
  { "^Element (\\S+) has extra content: (\\S+)$", "<\\1> has something that does not belong in it (\\2)" },
  { "^Invalid attribute (\\S+) for element (\\S+)$", "<\\2> does not take the attribute \"\\1\"" },
  { "^Element (\\S+) failed to validate attributes$",
    "<\\1> has a missing attribute or an attribute with a wrong value" },
  { "^Type (\\S+) doesn't allow value '(.*)'$", "\"\\2\" is not an allowed value here" },
  { "^Value '(.*)' is not (\\S+)$", "\"\\1\" is not an allowed value here" },
  { "^Expecting a namespace for element (\\S+)$",
    "<\\1> must be in the namespace " SPOTS_CONTENT_NS },
  { "^Element (\\S+) failed to validate content$", "the content of <\\1> is not as the schema expects" },
};

static gboolean
is_generic (const char *message)
{
  return g_str_has_suffix (message, "failed to validate content") ||
         g_str_has_prefix (message, "Error validating value") ||
         g_str_has_prefix (message, "Extra element") ||
         g_str_has_prefix (message, "Internal");
}

static char *
reword (const char *message)
{
  for (gsize i = 0; i < G_N_ELEMENTS (rewordings); i++)
    {
      /* Not G_REGEX_OPTIMIZE: a message is reworded once, and PCRE's
       * compiled code is what valgrind cannot follow. */
      g_autoptr(GRegex) regex = g_regex_new (rewordings[i].pattern, 0, 0, NULL);

      g_assert (regex != NULL);
      if (g_regex_match (regex, message, 0, NULL))
        return g_regex_replace (regex, message, -1, 0, rewordings[i].replacement, 0, NULL);
    }

  return g_strdup_printf ("does not follow the content schema: %s", message);
}

/* Some rewordings name the parent element, which only the node knows. */
static char *
fill_in_parent (const char *reworded,
                xmlNode    *node)
{
  GString *out = g_string_new (reworded);
  const char *parent = "?";

  if (node != NULL && node->parent != NULL && node->parent->type == XML_ELEMENT_NODE)
    parent = (const char *) node->parent->name;

  g_string_replace (out, "{parent}", parent, 0);

  return g_string_free (out, FALSE);
}

static void
on_validity_error (void          *data,
                   SpotsXmlError *err)
{
  ValidationState *state = data;
  g_autofree char *message = NULL;
  gboolean generic;

  if (err->level < XML_ERR_ERROR)
    return;

  message = g_strstrip (g_strdup (err->message != NULL ? err->message : "invalid"));
  generic = is_generic (message);

  /* libxml2 reports the innermost problem first and then each enclosing
   * element that "failed to validate content": keep the first specific one. */
  if (state->best != NULL && (generic || !state->best_is_generic))
    return;

  g_clear_error (&state->best);
  {
    g_autofree char *pattern = reword (message);
    g_autofree char *reworded = fill_in_parent (pattern, err->node);

    if (err->node != NULL)
      state->best = spots_xml_document_new_error (state->document, SPOTS_ERROR_INVALID,
                                                  err->node, "%s", reworded);
    else
      state->best = spots_error_new_at (SPOTS_ERROR_INVALID,
                                        spots_xml_document_get_name (state->document),
                                        (guint) MAX (err->line, 1), 1, "%s", reworded);
  }
  state->best_is_generic = generic;
}

/**
 * spots_xml_schema_prepare:
 *
 * Compiles the schema now, on this thread: compiling it sets up libxml2's
 * datatype tables, which are not guarded for threads.
 */
void
spots_xml_schema_prepare (void)
{
  get_schema ();
}

/**
 * spots_xml_document_validate:
 *
 * Checks the document against the built-in RELAX NG schema.
 *
 * Returns: %TRUE if valid; otherwise %FALSE with @error set to the most
 *   specific problem found.
 */
gboolean
spots_xml_document_validate (SpotsXmlDocument  *self,
                             GError           **error)
{
  xmlRelaxNGValidCtxt *ctxt;
  ValidationState state = { self, NULL, FALSE };
  xmlNode *root;
  xmlDoc *doc;
  int result;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = spots_xml_document_get_root (self);
  if (root->ns == NULL || g_strcmp0 ((const char *) root->ns->href, SPOTS_CONTENT_NS) != 0 ||
      !(spots_xml_is (root, "article") || spots_xml_is (root, "categories") ||
        spots_xml_is (root, "checklist")))
    {
      spots_xml_document_set_error (self, error, SPOTS_ERROR_INVALID, root,
                                    "the root element is <%s>%s%s%s; a Skin Spots content file "
                                    "starts with <article>, <categories> or <checklist> in "
                                    "the namespace " SPOTS_CONTENT_NS,
                                    (const char *) root->name,
                                    root->ns != NULL ? " in the namespace \"" : " with no namespace",
                                    root->ns != NULL ? (const char *) root->ns->href : "",
                                    root->ns != NULL ? "\"" : "");
      return FALSE;
    }

  doc = root->doc;
  ctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  xmlRelaxNGSetValidStructuredErrors (ctxt, on_validity_error, &state);
  result = xmlRelaxNGValidateDoc (ctxt, doc);
  xmlRelaxNGFreeValidCtxt (ctxt);

  if (result == 0)
    {
      g_clear_error (&state.best);
      return TRUE;
    }

  if (state.best == NULL)
    state.best = spots_xml_document_new_error (self, SPOTS_ERROR_INVALID, root,
                                               "does not follow the content schema");

  g_propagate_error (error, g_steal_pointer (&state.best));
  return FALSE;
}
