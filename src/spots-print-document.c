/* spots-print-document.c: a simple document to print or save as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Articles and the doctor's handover sheet are both printed as a list of
 * paragraphs in a few styles. One GtkPrintOperation path serves printing
 * with the dialog and exporting a PDF without one (which is how the tests
 * read back what would be printed). Pagination works line by line, so long
 * paragraphs continue on the next page instead of being cut.
 */
#define G_LOG_DOMAIN "spots-print-document"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "spots-print-document.h"

typedef struct
{
  SpotsPrintStyle style;
  guint indent;
  char *marker;
  char *markup;
  guint n_lines;
} Paragraph;

/* Where one line of one paragraph lands. */
typedef struct
{
  guint paragraph;
  int line;      /* -1 for the marker-free ruled lines */
  int page;
  double y;      /* top of the line, in points from the top of the page */
} Placement;

struct _SpotsPrintDocument
{
  GObject parent_instance;

  char *title;
  GArray *paragraphs;   /* Paragraph */

  /* Valid while a print operation runs */
  GPtrArray *layouts;   /* PangoLayout per paragraph, or NULL for writing lines */
  GArray *placements;   /* Placement */
  int n_pages;
};

G_DEFINE_FINAL_TYPE (SpotsPrintDocument, spots_print_document, G_TYPE_OBJECT)

#define POINTS_PER_INDENT 18.0
#define WRITING_LINE_HEIGHT 24.0

static void
clear_paragraph (Paragraph *paragraph)
{
  g_clear_pointer (&paragraph->marker, g_free);
  g_clear_pointer (&paragraph->markup, g_free);
}

static void
spots_print_document_finalize (GObject *object)
{
  SpotsPrintDocument *self = SPOTS_PRINT_DOCUMENT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->paragraphs, g_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);

  G_OBJECT_CLASS (spots_print_document_parent_class)->finalize (object);
}

static void
spots_print_document_class_init (SpotsPrintDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spots_print_document_finalize;
}

static void
spots_print_document_init (SpotsPrintDocument *self)
{
  self->paragraphs = g_array_new (FALSE, TRUE, sizeof (Paragraph));
  g_array_set_clear_func (self->paragraphs, (GDestroyNotify) clear_paragraph);
}

/**
 * spots_print_document_new:
 * @title: the job name, and the default PDF name
 */
SpotsPrintDocument *
spots_print_document_new (const char *title)
{
  SpotsPrintDocument *self = g_object_new (SPOTS_TYPE_PRINT_DOCUMENT, NULL);

  self->title = g_strdup (title);

  return self;
}

/**
 * spots_print_document_add:
 * @indent: how many steps in from the margin
 * @marker: (nullable): a bullet or number, hanging to the left of the text
 * @markup: Pango markup
 */
void
spots_print_document_add (SpotsPrintDocument *self,
                          SpotsPrintStyle     style,
                          guint               indent,
                          const char         *marker,
                          const char         *markup)
{
  Paragraph paragraph = { style, indent, g_strdup (marker), g_strdup (markup), 0 };

  g_return_if_fail (SPOTS_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (markup != NULL);

  g_array_append_val (self->paragraphs, paragraph);
}

/**
 * spots_print_document_add_lines:
 *
 * Adds ruled lines to write on by hand.
 */
void
spots_print_document_add_lines (SpotsPrintDocument *self,
                                guint               n_lines)
{
  Paragraph paragraph = { SPOTS_PRINT_WRITING_LINES, 0, NULL, g_strdup (""), n_lines };

  g_return_if_fail (SPOTS_IS_PRINT_DOCUMENT (self));

  g_array_append_val (self->paragraphs, paragraph);
}

/**
 * spots_print_document_to_text:
 *
 * Returns: (transfer full): the words of the document, without markup: what
 *   a printout says.
 */
char *
spots_print_document_to_text (SpotsPrintDocument *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (SPOTS_IS_PRINT_DOCUMENT (self), NULL);

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      Paragraph *paragraph = &g_array_index (self->paragraphs, Paragraph, i);
      g_autofree char *text = NULL;

      if (paragraph->style == SPOTS_PRINT_WRITING_LINES)
        continue;
      pango_parse_markup (paragraph->markup, -1, 0, NULL, &text, NULL, NULL);
      g_string_append_printf (out, "%s%s%s\n", paragraph->marker ? paragraph->marker : "",
                              paragraph->marker ? " " : "", text ? text : "");
    }

  return g_string_free (out, FALSE);
}

static const char *
font_for_style (SpotsPrintStyle style)
{
  switch (style)
    {
    case SPOTS_PRINT_TITLE:
      return "Sans Bold 20";
    case SPOTS_PRINT_HEADING:
      return "Sans Bold 13";
    case SPOTS_PRINT_SUBHEADING:
      return "Sans Bold 11";
    case SPOTS_PRINT_SMALL:
      return "Sans 8.5";
    case SPOTS_PRINT_BODY:
    case SPOTS_PRINT_WRITING_LINES:
      return "Sans 10.5";
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached ("Sans 10.5");
}

static double
space_before (SpotsPrintStyle style)
{
  switch (style)
    {
    case SPOTS_PRINT_TITLE:
      return 0;
    case SPOTS_PRINT_HEADING:
      return 16;
    case SPOTS_PRINT_SUBHEADING:
      return 10;
    case SPOTS_PRINT_WRITING_LINES:
      return 6;
    case SPOTS_PRINT_BODY:
    case SPOTS_PRINT_SMALL:
      return 6;
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (6);
}

static PangoLayout *
new_layout (GtkPrintContext *context,
            const char      *font,
            const char      *markup,
            double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

/* The footer's height, kept free at the bottom of every page. */
static double
footer_height (GtkPrintContext *context)
{
  g_autoptr(PangoLayout) layout = new_layout (context, font_for_style (SPOTS_PRINT_SMALL), "X",
                                              100);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return height + 12;
}

/* Writing lines have no layout: their slot holds NULL, which
 * g_object_unref() would complain about. */
static void
free_layout (gpointer layout)
{
  if (layout != NULL)
    g_object_unref (layout);
}

static void
on_begin_print (GtkPrintOperation  *operation,
                GtkPrintContext    *context,
                SpotsPrintDocument *self)
{
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context) - footer_height (context);
  double y = 0;
  int page = 0;

  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  self->layouts = g_ptr_array_new_with_free_func (free_layout);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      Paragraph *paragraph = &g_array_index (self->paragraphs, Paragraph, i);
      double indent = paragraph->indent * POINTS_PER_INDENT;
      PangoLayout *layout = NULL;

      if (y > 0)
        y += space_before (paragraph->style);

      if (paragraph->style == SPOTS_PRINT_WRITING_LINES)
        {
          g_ptr_array_add (self->layouts, NULL);
          for (guint line = 0; line < paragraph->n_lines; line++)
            {
              Placement placement = { i, -1, page, y };

              if (y + WRITING_LINE_HEIGHT > page_height)
                {
                  page++;
                  y = 0;
                  placement.page = page;
                  placement.y = 0;
                }
              g_array_append_val (self->placements, placement);
              y += WRITING_LINE_HEIGHT;
            }
          continue;
        }

      layout = new_layout (context, font_for_style (paragraph->style), paragraph->markup,
                           MAX (page_width - indent, 72));
      g_ptr_array_add (self->layouts, layout);

      for (int line = 0; line < pango_layout_get_line_count (layout); line++)
        {
          PangoRectangle logical;
          double height;
          Placement placement;

          pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, line),
                                         NULL, &logical);
          height = pango_units_to_double (logical.height);

          /* Keep a heading with the first line after it. */
          if (y + height > page_height ||
              (line == 0 && (paragraph->style == SPOTS_PRINT_HEADING ||
                             paragraph->style == SPOTS_PRINT_SUBHEADING) &&
               y + 3 * height > page_height))
            {
              page++;
              y = 0;
            }

          placement.paragraph = i;
          placement.line = line;
          placement.page = page;
          placement.y = y;
          g_array_append_val (self->placements, placement);
          y += height;
        }
    }

  self->n_pages = page + 1;
  gtk_print_operation_set_n_pages (operation, self->n_pages);
}

static void
draw_footer (SpotsPrintDocument *self,
             GtkPrintContext    *context,
             int                 page)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  /* Translators: the footer of every printed page */
  g_autofree char *text = g_strdup_printf (_("Skin Spots: information, not a diagnosis. "
                                             "Page %d of %d"), page + 1, self->n_pages);
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = new_layout (context, font_for_style (SPOTS_PRINT_SMALL),
                                              markup, gtk_print_context_get_width (context));
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  cairo_move_to (cr, 0, gtk_print_context_get_height (context) - height);
  pango_cairo_show_layout (cr, layout);
}

static void
on_draw_page (GtkPrintOperation  *operation,
              GtkPrintContext    *context,
              int                 page,
              SpotsPrintDocument *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < self->placements->len; i++)
    {
      Placement *placement = &g_array_index (self->placements, Placement, i);
      Paragraph *paragraph = &g_array_index (self->paragraphs, Paragraph, placement->paragraph);
      double x = paragraph->indent * POINTS_PER_INDENT;

      if (placement->page != page)
        continue;

      if (placement->line < 0)
        {
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, 0, placement->y + WRITING_LINE_HEIGHT - 4);
          cairo_line_to (cr, gtk_print_context_get_width (context),
                         placement->y + WRITING_LINE_HEIGHT - 4);
          cairo_stroke (cr);
          continue;
        }

      {
        PangoLayout *layout = g_ptr_array_index (self->layouts, placement->paragraph);
        PangoLayoutLine *line = pango_layout_get_line_readonly (layout, placement->line);
        PangoRectangle logical;
        double baseline;

        pango_layout_line_get_extents (line, NULL, &logical);
        baseline = placement->y + pango_units_to_double (-logical.y);

        if (placement->line == 0 && paragraph->marker != NULL)
          {
            g_autofree char *escaped = g_markup_escape_text (paragraph->marker, -1);
            g_autoptr(PangoLayout) marker =
              new_layout (context, font_for_style (paragraph->style), escaped, POINTS_PER_INDENT);

            cairo_move_to (cr, x - POINTS_PER_INDENT, baseline);
            pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (marker, 0));
          }

        cairo_move_to (cr, x, baseline);
        pango_cairo_show_layout_line (cr, line);
      }
    }

  draw_footer (self, context, page);
}

static void
on_end_print (GtkPrintOperation  *operation,
              GtkPrintContext    *context,
              SpotsPrintDocument *self)
{
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
}

static GtkPrintOperation *
new_operation (SpotsPrintDocument *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();

  gtk_print_operation_set_job_name (operation, self->title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), self, 0);
  g_signal_connect_object (operation, "end-print", G_CALLBACK (on_end_print), self, 0);

  return operation;
}

static gboolean
can_write (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
  int saved_errno = errno;

  if (fd < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/**
 * spots_print_document_export_pdf:
 *
 * Writes the document to @path as PDF, without any dialog.
 */
gboolean
spots_print_document_export_pdf (SpotsPrintDocument  *self,
                                 const char          *path,
                                 GError             **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (SPOTS_IS_PRINT_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Cairo says only "error while writing to output stream" for a folder
   * that is missing or read-only: open the file first, for the real reason. */
  if (!can_write (path, error))
    return FALSE;

  operation = new_operation (self);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Answers the task once: GTK may both fail at once and emit ::done. */
static void
finish_print (GtkPrintOperation       *operation,
              GtkPrintOperationResult  result,
              GError                  *error)
{
  g_autoptr(GTask) task = g_object_steal_data (G_OBJECT (operation), "spots-print-task");

  if (task == NULL)
    {
      g_clear_error (&error);
      return;
    }

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_clear_error (&error);
      g_task_return_boolean (task, TRUE);
    }
  else if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_new_error (task, GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL, "%s",
                             _("The printing system gave no reason"));
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  GError *error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  finish_print (operation, result, error);
}

/**
 * spots_print_document_print_async:
 *
 * Shows the print dialog (which can also print to a PDF file) and prints.
 * A cancelled dialog is not an error; a failed print is, with the reason
 * the printing system gave.
 */
void
spots_print_document_print_async (SpotsPrintDocument  *self,
                                  GtkWindow           *parent,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GError *error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (SPOTS_IS_PRINT_DOCUMENT (self));

  operation = new_operation (self);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "spots-print-task",
                          g_task_new (self, NULL, callback, user_data), g_object_unref);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), NULL);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    &error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    finish_print (operation, result, error);
  else
    g_clear_error (&error);
}

gboolean
spots_print_document_print_finish (SpotsPrintDocument  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
