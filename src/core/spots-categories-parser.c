/* spots-categories-parser.c: read categories.xml
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spots-categories-parser"

#include "config.h"

#include "spots-content-parser-private.h"
#include "spots-error.h"

/**
 * spots_categories_parse:
 *
 * Returns: (transfer full) (element-type SpotsCategory) (nullable): the
 *   categories in display order, or %NULL with @error set.
 */
GPtrArray *
spots_categories_parse (SpotsXmlDocument  *document,
                        GError           **error)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlNode *root = spots_xml_document_get_root (document);

  g_return_val_if_fail (spots_xml_is (root, "categories"), NULL);

  for (xmlNode *node = spots_xml_first_element (root); node != NULL;
       node = spots_xml_next_element (node))
    {
      g_autofree char *id = spots_xml_get_attribute (node, "id");
      g_autofree char *title = NULL;
      g_autofree char *summary = NULL;
      GError *local_error = NULL;

      if (g_hash_table_contains (seen, id))
        {
          spots_xml_document_set_error (document, error, SPOTS_ERROR_DUPLICATE_ID, node,
                                        "two categories have the id \"%s\"", id);
          return NULL;
        }
      g_hash_table_add (seen, g_strdup (id));

      if ((title = spots_xml_document_read_child_text (document, node, "title", error)) == NULL)
        return NULL;

      summary = spots_xml_document_read_child_text (document, node, "summary", &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }

      g_ptr_array_add (categories, spots_category_new (id, title, summary));
    }

  return g_steal_pointer (&categories);
}
