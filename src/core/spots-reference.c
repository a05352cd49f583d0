/* spots-reference.c: a source an article cites
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spots-reference"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "spots-reference.h"

struct _SpotsReference
{
  GObject parent_instance;

  char *title;
  char *authors;
  char *publication;
  char *pmid;
  char *doi;
  char *url;
  char *cited_by;
  gboolean source_document;
};

G_DEFINE_FINAL_TYPE (SpotsReference, spots_reference, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_AUTHORS,
  PROP_PUBLICATION,
  PROP_PMID,
  PROP_DOI,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
spots_reference_finalize (GObject *object)
{
  SpotsReference *self = SPOTS_REFERENCE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->authors, g_free);
  g_clear_pointer (&self->publication, g_free);
  g_clear_pointer (&self->pmid, g_free);
  g_clear_pointer (&self->doi, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->cited_by, g_free);

  G_OBJECT_CLASS (spots_reference_parent_class)->finalize (object);
}

static void
spots_reference_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SpotsReference *self = SPOTS_REFERENCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_AUTHORS:
      g_value_set_string (value, self->authors);
      break;
    case PROP_PUBLICATION:
      g_value_set_string (value, self->publication);
      break;
    case PROP_PMID:
      g_value_set_string (value, self->pmid);
      break;
    case PROP_DOI:
      g_value_set_string (value, self->doi);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_reference_class_init (SpotsReferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = spots_reference_finalize;
  object_class->get_property = spots_reference_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_AUTHORS] = g_param_spec_string ("authors", NULL, NULL, NULL, flags);
  properties[PROP_PUBLICATION] = g_param_spec_string ("publication", NULL, NULL, NULL, flags);
  properties[PROP_PMID] = g_param_spec_string ("pmid", NULL, NULL, NULL, flags);
  properties[PROP_DOI] = g_param_spec_string ("doi", NULL, NULL, NULL, flags);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_reference_init (SpotsReference *self)
{
}

SpotsReference *
spots_reference_new (const char *title,
                     const char *authors,
                     const char *publication,
                     const char *pmid,
                     const char *doi,
                     const char *url)
{
  SpotsReference *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (SPOTS_TYPE_REFERENCE, NULL);
  self->title = g_strdup (title);
  self->authors = g_strdup (authors);
  self->publication = g_strdup (publication);
  self->pmid = g_strdup (pmid);
  self->doi = g_strdup (doi);
  self->url = g_strdup (url);

  return self;
}

const char *
spots_reference_get_title (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);
  return self->title;
}

const char *
spots_reference_get_authors (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);
  return self->authors;
}

const char *
spots_reference_get_publication (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);
  return self->publication;
}

const char *
spots_reference_get_pmid (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);
  return self->pmid;
}

const char *
spots_reference_get_doi (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);
  return self->doi;
}

const char *
spots_reference_get_url (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);
  return self->url;
}

/**
 * spots_reference_set_origin:
 * @cited_by: (nullable): the source document that cites this work, for a
 *   reference known only from it and quoted as that document gives it
 * @source_document: whether this is one of the documents the articles were
 *   written from
 *
 * How a reader can weigh a reference without a link: some works could not
 * be checked, and the source documents have no public address.
 */
void
spots_reference_set_origin (SpotsReference *self,
                            const char     *cited_by,
                            gboolean        source_document)
{
  g_return_if_fail (SPOTS_IS_REFERENCE (self));

  g_free (self->cited_by);
  self->cited_by = g_strdup (cited_by);
  self->source_document = source_document;
}

const char *
spots_reference_get_cited_by (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);
  return self->cited_by;
}

gboolean
spots_reference_is_source_document (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), FALSE);
  return self->source_document;
}

static void
append_sentence (GString    *out,
                 const char *text)
{
  gsize len;

  if (text == NULL || *text == '\0')
    return;

  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, text);

  len = strlen (text);
  if (strchr (".?!", text[len - 1]) == NULL)
    g_string_append_c (out, '.');
}

/**
 * spots_reference_format:
 *
 * Returns: (transfer full): a citation in the usual medical style:
 *   "Authors. Title. Publication. PMID: n. doi: x."
 */
char *
spots_reference_format (SpotsReference *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);

  append_sentence (out, self->authors);
  append_sentence (out, self->title);
  append_sentence (out, self->publication);
  if (self->pmid != NULL)
    g_string_append_printf (out, " PMID: %s.", self->pmid);
  if (self->doi != NULL)
    g_string_append_printf (out, " doi: %s.", self->doi);
  if (self->cited_by != NULL)
    {
      /* Translators: %s is the title of the document that cites this one */
      g_autofree char *note = g_strdup_printf (_("As cited in: %s"), self->cited_by);

      append_sentence (out, note);
    }
  if (self->source_document)
    append_sentence (out, _("A source document of Skin Spots"));

  return g_string_free (out, FALSE);
}

/**
 * spots_reference_dup_link:
 *
 * Returns: (transfer full) (nullable): where a reader can look the source
 *   up: its own URL, else its DOI or PubMed page.
 */
char *
spots_reference_dup_link (SpotsReference *self)
{
  g_return_val_if_fail (SPOTS_IS_REFERENCE (self), NULL);

  if (self->url != NULL)
    return g_strdup (self->url);
  if (self->doi != NULL)
    return g_strdup_printf ("https://doi.org/%s", self->doi);
  if (self->pmid != NULL)
    return g_strdup_printf ("https://pubmed.ncbi.nlm.nih.gov/%s/", self->pmid);

  return NULL;
}
