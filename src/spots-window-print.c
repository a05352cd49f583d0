/* spots-window-print.c: printing and saving as PDF from the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Ctrl+P prints and Ctrl+Shift+S saves: the article shown, or on the
 * checklist's result, the notes for the doctor. A print or a save that
 * fails says so above the page, with the reason (see
 * _spots_window_show_error), not only in a log nobody reads.
 */
#define G_LOG_DOMAIN "spots-window-print"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-article-print.h"
#include "spots-gtk-version.h"
#include "spots-window-private.h"

/**
 * _spots_window_show_error:
 * @message: (nullable): what went wrong and why, or %NULL to hide the last
 *
 * Says above the page what went wrong, until the reader dismisses it or
 * tries again.
 */
void
_spots_window_show_error (SpotsWindow *self,
                          const char  *message)
{
  if (message != NULL)
    gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static SpotsPrintDocument *
new_print_document (SpotsWindow *self)
{
  SpotsArticle *article = _spots_window_get_current_article (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (_spots_window_showing_checklist_result (self))
    return spots_checklist_view_new_handover (self->checklist_view);

  if (article == NULL)
    return NULL;

  return spots_article_print_new (self->library, article, now);
}

static void
on_printed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(SpotsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (spots_print_document_print_finish (SPOTS_PRINT_DOCUMENT (source), result, &error))
    return;

  /* Translators: %s is the reason, from the printing system */
  message = g_strdup_printf (_("Could not print: %s"), error->message);
  _spots_window_show_error (self, message);
}

void
_spots_window_print (SpotsWindow *self)
{
  g_autoptr(SpotsPrintDocument) document = new_print_document (self);

  if (document == NULL)
    return;

  _spots_window_show_error (self, NULL);
  spots_print_document_print_async (document, GTK_WINDOW (self), on_printed, g_object_ref (self));
}

/**
 * spots_window_export_pdf:
 *
 * Saves what Ctrl+P would print (the article shown, or the notes for the
 * doctor on the checklist's result) as a PDF at @path. A failure is also
 * said in the window.
 */
gboolean
spots_window_export_pdf (SpotsWindow  *self,
                         const char   *path,
                         GError      **error)
{
  g_autoptr(SpotsPrintDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (SPOTS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  _spots_window_show_error (self, NULL);
  document = new_print_document (self);
  if (document == NULL)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("There is nothing to print"));
  else if (spots_print_document_export_pdf (document, path, &local_error))
    return TRUE;

  name = g_filename_display_name (path);
  /* Translators: the first %s is a file, the second the reason */
  message = g_strdup_printf (_("Could not save “%s”: %s"), name, local_error->message);
  _spots_window_show_error (self, message);
  g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}

static void
export_pdf_to (SpotsWindow *self,
               GFile       *file)
{
  g_autofree char *path = NULL;

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      /* Translators: %s is the place chosen, which has no local path */
      g_autofree char *message = g_strdup_printf (_("Could not save to “%s”: choose a folder on "
                                                    "this computer"), uri);
      _spots_window_show_error (self, message);
      return;
    }

  spots_window_export_pdf (self, path, NULL);
}

/* The file chooser runs through the portal inside Flatpak, so the app
 * needs no file system permission. GTK 4.10 replaced GtkFileChooserNative
 * with GtkFileDialog; Debian 12 has 4.8. */
#if SPOTS_GTK_4_10
static void
on_export_file_chosen (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(SpotsWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  export_pdf_to (self, file);
}

static void
choose_file (SpotsWindow   *self,
             const char    *name,
             GtkFileFilter *filter)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Save as PDF"));
  gtk_file_dialog_set_accept_label (dialog, _("_Save"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, on_export_file_chosen,
                        g_object_ref (self));
}
#else
static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    SpotsWindow     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);

  export_pdf_to (self, file);
}

static void
choose_file (SpotsWindow   *self,
             const char    *name,
             GtkFileFilter *filter)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Save as PDF"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
#endif

void
_spots_window_choose_export_file (SpotsWindow *self)
{
  SpotsArticle *article = _spots_window_get_current_article (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (article == NULL && !_spots_window_showing_checklist_result (self))
    return;

  name = article != NULL ? g_strdup_printf ("%s.pdf", spots_article_get_title (article))
                         : g_strdup_printf ("%s.pdf", _("Notes for the doctor"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  choose_file (self, name, filter);
}
