/* spots-problems-view.c: what was wrong with the user's content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A content author, or someone who copied in a friend's folder, needs to
 * see which files were not used and why, without a terminal: one row per
 * problem (the file, then where in it and what is wrong), and a button
 * that copies them all in the --check-content format, ready to paste into
 * an editor or a bug report. The list is a GtkListView, so a folder of
 * thousands of broken files costs only the rows on screen.
 */
#define G_LOG_DOMAIN "spots-problems-view"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-error.h"
#include "spots-problems-view.h"

struct _SpotsProblemsView
{
  GtkWidget parent_instance;

  GtkLabel *summary_label;
  GtkLabel *folder_label;
  GtkListView *list_view;
  GtkStack *stack;

  SpotsLibrary *library;
  GPtrArray *problems;    /* the library's GErrors, by file, then line */
  GtkStringList *lines;   /* one per problem, as --check-content prints it */
};

G_DEFINE_FINAL_TYPE (SpotsProblemsView, spots_problems_view, GTK_TYPE_WIDGET)

/* By file, then by place in the file, so that one file's problems are
 * together; problems found later (links, categories) join their file. */
static gint
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const GError *x = *(const GError * const *) a;
  const GError *y = *(const GError * const *) b;
  int by_file = g_strcmp0 (spots_error_get_file (x), spots_error_get_file (y));

  if (by_file != 0)
    return by_file;
  if (spots_error_get_line (x) != spots_error_get_line (y))
    return spots_error_get_line (x) < spots_error_get_line (y) ? -1 : 1;
  if (spots_error_get_column (x) != spots_error_get_column (y))
    return spots_error_get_column (x) < spots_error_get_column (y) ? -1 : 1;
  return 0;
}

static GtkWidget *
new_row_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* File names have no spaces to break at. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Selectable for the mouse; the keyboard has Copy All, and would
   * otherwise stop at two labels per row. */
  gtk_widget_set_focusable (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), new_row_label ("heading"));
  gtk_box_append (GTK_BOX (box), new_row_label (NULL));
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  SpotsProblemsView *self = user_data;
  GPtrArray *problems = self->problems;
  guint position = gtk_list_item_get_position (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *file_label = gtk_widget_get_first_child (box);
  GtkWidget *detail_label = gtk_widget_get_next_sibling (file_label);
  const GError *problem;
  const char *file;
  g_autofree char *detail = NULL;
  g_autofree char *description = NULL;

  if (problems == NULL || position >= problems->len)
    return;

  problem = g_ptr_array_index (problems, position);
  file = spots_error_get_file (problem);

  /* Translators: where in a content file a problem is, then what it is */
  detail = g_strdup_printf (_("Line %u, column %u: %s"), spots_error_get_line (problem),
                            spots_error_get_column (problem), spots_error_get_detail (problem));
  gtk_label_set_text (GTK_LABEL (file_label), file != NULL ? file : "");
  gtk_label_set_text (GTK_LABEL (detail_label), detail);

  /* A screen reader reads the row as one sentence. */
  description = g_strdup_printf ("%s, %s", file != NULL ? file : "", detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}

/**
 * spots_problems_view_dup_text:
 *
 * Returns: (transfer full): every problem, one "FILE:LINE:COLUMN: error:
 *   MESSAGE" line each: what Copy All puts on the clipboard.
 */
char *
spots_problems_view_dup_text (SpotsProblemsView *self)
{
  GString *text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (SPOTS_IS_PROBLEMS_VIEW (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  for (guint i = 0; i < n; i++)
    {
      g_string_append (text, gtk_string_list_get_string (self->lines, i));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SpotsProblemsView *self = SPOTS_PROBLEMS_VIEW (widget);
  g_autofree char *text = spots_problems_view_dup_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

guint
spots_problems_view_get_n_problems (SpotsProblemsView *self)
{
  g_return_val_if_fail (SPOTS_IS_PROBLEMS_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->lines));
}

void
spots_problems_view_set_library (SpotsProblemsView *self,
                                 SpotsLibrary      *library)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folder = NULL;
  g_autofree char *folder_text = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *problems;
  guint n_before;

  g_return_if_fail (SPOTS_IS_PROBLEMS_VIEW (self));
  g_return_if_fail (SPOTS_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = g_ptr_array_copy (spots_library_get_problems (library), NULL, NULL);
  g_ptr_array_sort (self->problems, compare_problems);
  problems = self->problems;

  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (lines, spots_error_format_problem (g_ptr_array_index (problems, i)));
  g_ptr_array_add (lines, NULL);

  n_before = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  gtk_string_list_splice (self->lines, 0, n_before, (const char * const *) lines->pdata);

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u problem was found in content files added to Skin Spots. "
                                          "A file that cannot be read is not used, and a "
                                          "built-in article it was meant to replace stays as "
                                          "it was.",
                                          "%u problems were found in content files added to Skin Spots. "
                                          "A file that cannot be read is not used, and a "
                                          "built-in article it was meant to replace stays as "
                                          "it was.",
                                          problems->len),
                             problems->len);
  gtk_label_set_text (self->summary_label, summary);

  folder = g_build_filename (g_get_user_data_dir (), "skin-spots", "content", NULL);
  /* Translators: %s is a folder */
  folder_text = g_strdup_printf (_("Your own articles go in %s."), folder);
  gtk_label_set_text (self->folder_label, folder_text);

  gtk_stack_set_visible_child_name (self->stack, problems->len > 0 ? "problems" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problems.copy", problems->len > 0);
}

static void
spots_problems_view_dispose (GObject *object)
{
  SpotsProblemsView *self = SPOTS_PROBLEMS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_PROBLEMS_VIEW);
  /* The template's outer box is not bound to a field, so it is not
   * removed with the template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->lines);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (spots_problems_view_parent_class)->dispose (object);
}

static void
spots_problems_view_class_init (SpotsProblemsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_problems_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/spots-problems-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsProblemsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsProblemsView, folder_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsProblemsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SpotsProblemsView, stack);
  gtk_widget_class_install_action (widget_class, "problems.copy", NULL, copy_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
spots_problems_view_init (SpotsProblemsView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->lines = gtk_string_list_new (NULL);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (
                             g_object_ref (G_LIST_MODEL (self->lines)))));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}
