/* spots-xml-private.h: safe XML loading, for the content parsers only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing from libxml2 leaves the core: parsers turn an SpotsXmlDocument into
 * model objects and free it at once.
 */
#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/relaxng.h>
#include <libxml/xmlversion.h>

G_BEGIN_DECLS

/* libxml2 2.12 made the structured error callback take a const error;
 * Debian 12 has 2.9. Our callbacks are declared with this type. */
#if LIBXML_VERSION >= 21200
typedef const xmlError SpotsXmlError;
#else
typedef xmlError SpotsXmlError;
#endif

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

#define SPOTS_CONTENT_NS "https://skinspots.github.io/ns/content/1"

/* Content files are small; anything larger is a mistake or an attack. */
#define SPOTS_CONTENT_MAX_BYTES (1024 * 1024)

typedef struct _SpotsXmlDocument SpotsXmlDocument;

void               spots_xml_init                 (void);

SpotsXmlDocument  *spots_xml_document_parse       (const char        *display_name,
                                                   GBytes            *bytes,
                                                   GError           **error);
void               spots_xml_document_free        (SpotsXmlDocument  *self);
xmlNode           *spots_xml_document_get_root    (SpotsXmlDocument  *self);
const char        *spots_xml_document_get_name    (SpotsXmlDocument  *self);
gboolean           spots_xml_document_validate    (SpotsXmlDocument  *self,
                                                   GError           **error);
void               spots_xml_schema_prepare       (void);
void               spots_xml_parse_translated_markup (xmlNode        *parent);
void               spots_xml_ignore_generic_error (void              *data,
                                                   const char        *msg,
                                                   ...);

void               spots_xml_document_locate      (SpotsXmlDocument  *self,
                                                   xmlNode           *node,
                                                   guint             *line,
                                                   guint             *column);
void               spots_xml_document_set_error   (SpotsXmlDocument  *self,
                                                   GError           **error,
                                                   int                code,
                                                   xmlNode           *node,
                                                   const char        *format,
                                                   ...) G_GNUC_PRINTF (5, 6);
GError            *spots_xml_document_new_error   (SpotsXmlDocument  *self,
                                                   int                code,
                                                   xmlNode           *node,
                                                   const char        *format,
                                                   ...) G_GNUC_PRINTF (4, 5);

char              *spots_xml_document_read_text   (SpotsXmlDocument  *self,
                                                   xmlNode           *node,
                                                   GError           **error);
char              *spots_xml_document_read_child_text (SpotsXmlDocument *self,
                                                   xmlNode           *parent,
                                                   const char        *name,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpotsXmlDocument, spots_xml_document_free)

/* Walking the tree (spots-xml-walk.c) */
gboolean           spots_xml_is                   (xmlNode           *node,
                                                   const char        *name);
xmlNode           *spots_xml_first_element        (xmlNode           *parent);
xmlNode           *spots_xml_next_element         (xmlNode           *node);
gboolean           spots_xml_is_wanted_translation (xmlNode          *node);
xmlNode           *spots_xml_next_localized       (xmlNode           *node,
                                                   xmlNode          **chosen);
xmlNode           *spots_xml_localized_child      (xmlNode           *parent,
                                                   const char        *name);
char              *spots_xml_get_attribute        (xmlNode           *node,
                                                   const char        *name);
void               spots_xml_append_text          (GString           *out,
                                                   xmlNode           *node);
char              *spots_xml_collect_text         (xmlNode           *node);

G_END_DECLS
