/* spots-reference.h: a source an article cites
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SPOTS_TYPE_REFERENCE (spots_reference_get_type ())

G_DECLARE_FINAL_TYPE (SpotsReference, spots_reference, SPOTS, REFERENCE, GObject)

SpotsReference *spots_reference_new             (const char     *title,
                                                 const char     *authors,
                                                 const char     *publication,
                                                 const char     *pmid,
                                                 const char     *doi,
                                                 const char     *url);
const char     *spots_reference_get_title       (SpotsReference *self);
const char     *spots_reference_get_authors     (SpotsReference *self);
const char     *spots_reference_get_publication (SpotsReference *self);
const char     *spots_reference_get_pmid        (SpotsReference *self);
const char     *spots_reference_get_doi         (SpotsReference *self);
const char     *spots_reference_get_url         (SpotsReference *self);
void            spots_reference_set_origin      (SpotsReference *self,
                                                 const char     *cited_by,
                                                 gboolean        source_document);
const char     *spots_reference_get_cited_by    (SpotsReference *self);
gboolean        spots_reference_is_source_document (SpotsReference *self);
char           *spots_reference_format          (SpotsReference *self);
char           *spots_reference_dup_link        (SpotsReference *self);

G_END_DECLS
