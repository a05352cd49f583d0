/* spots-print-document.h: a simple document to print or save as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  SPOTS_PRINT_TITLE,
  SPOTS_PRINT_HEADING,
  SPOTS_PRINT_SUBHEADING,
  SPOTS_PRINT_BODY,
  SPOTS_PRINT_SMALL,
  SPOTS_PRINT_WRITING_LINES,  /* ruled lines to write on; the markup is unused */
} SpotsPrintStyle;

#define SPOTS_TYPE_PRINT_DOCUMENT (spots_print_document_get_type ())

G_DECLARE_FINAL_TYPE (SpotsPrintDocument, spots_print_document, SPOTS, PRINT_DOCUMENT, GObject)

SpotsPrintDocument *spots_print_document_new        (const char          *title);
void                spots_print_document_add        (SpotsPrintDocument  *self,
                                                     SpotsPrintStyle      style,
                                                     guint                indent,
                                                     const char          *marker,
                                                     const char          *markup);
void                spots_print_document_add_lines  (SpotsPrintDocument  *self,
                                                     guint                n_lines);
char               *spots_print_document_to_text    (SpotsPrintDocument  *self);
gboolean            spots_print_document_export_pdf (SpotsPrintDocument  *self,
                                                     const char          *path,
                                                     GError             **error);
void                spots_print_document_print_async (SpotsPrintDocument *self,
                                                      GtkWindow          *parent,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
gboolean            spots_print_document_print_finish (SpotsPrintDocument *self,
                                                       GAsyncResult       *result,
                                                       GError            **error);

G_END_DECLS
