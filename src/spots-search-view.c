/* spots-search-view.c: search results, ranked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what the core search index found, best first, each with its title
 * and a snippet with the matched words in bold. Nothing found: say so, and
 * offer the checklist, because a person who cannot find their words may
 * still be worried. Opening a result activates win.show-article, as every
 * view does.
 */
#define G_LOG_DOMAIN "spots-search-view"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-search-view.h"

struct _SpotsSearchView
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkListView *list_view;
  GtkLabel *empty_title;

  GListModel *results;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (SpotsSearchView, spots_search_view, GTK_TYPE_WIDGET)

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (snippet), 90);
  gtk_widget_add_css_class (snippet, "dim-label");
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  SpotsSearchResult *result = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *snippet = gtk_widget_get_next_sibling (title);
  SpotsArticle *article = spots_search_result_get_article (result);
  const char *markup = spots_search_result_get_snippet_markup (result);
  const char *plain = spots_search_result_get_snippet (result);
  g_autofree char *description = NULL;

  gtk_label_set_text (GTK_LABEL (title), spots_article_get_title (article));
  gtk_label_set_markup (GTK_LABEL (snippet), markup);

  /* The row reads as "Title: snippet" to a screen reader. */
  description = g_strdup_printf ("%s: %s", spots_article_get_title (article),
                                 plain != NULL ? plain : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
on_result_activated (SpotsSearchView *self,
                     guint            position)
{
  g_autoptr(SpotsSearchResult) result = g_list_model_get_item (self->results, position);

  if (result != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-article", "s",
                                spots_article_get_id (spots_search_result_get_article (result)));
}

/**
 * spots_search_view_set_results:
 * @results: a #GListModel of #SpotsSearchResult, ranked, best first
 */
void
spots_search_view_set_results (SpotsSearchView *self,
                               const char      *query,
                               GListModel      *results)
{
  g_return_if_fail (SPOTS_IS_SEARCH_VIEW (self));
  g_return_if_fail (G_IS_LIST_MODEL (results));

  g_set_object (&self->results, results);
  gtk_single_selection_set_model (self->selection, results);

  if (g_list_model_get_n_items (results) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
    }
  else
    {
      /* Translators: %s is what the reader searched for */
      g_autofree char *title = g_strdup_printf (_("No topics match “%s”"), query);

      gtk_label_set_text (self->empty_title, title);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

guint
spots_search_view_get_n_results (SpotsSearchView *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_VIEW (self), 0);

  return g_list_model_get_n_items (self->results);
}

/**
 * spots_search_view_focus_first:
 *
 * Moves the keyboard focus to the first result, so that Down in the search
 * entry leads into the results.
 */
gboolean
spots_search_view_focus_first (SpotsSearchView *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_VIEW (self), FALSE);

  if (spots_search_view_get_n_results (self) == 0)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, 0);
  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

gboolean
spots_search_view_activate_first (SpotsSearchView *self)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_VIEW (self), FALSE);

  if (spots_search_view_get_n_results (self) == 0)
    return FALSE;

  on_result_activated (self, 0);
  return TRUE;
}

static void
spots_search_view_dispose (GObject *object)
{
  SpotsSearchView *self = SPOTS_SEARCH_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_SEARCH_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (spots_search_view_parent_class)->dispose (object);
}

static void
spots_search_view_class_init (SpotsSearchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_search_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/spots-search-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsSearchView, stack);
  gtk_widget_class_bind_template_child (widget_class, SpotsSearchView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SpotsSearchView, empty_title);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
spots_search_view_init (SpotsSearchView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = G_LIST_MODEL (g_list_store_new (SPOTS_TYPE_SEARCH_RESULT));
  self->selection = gtk_single_selection_new (g_object_ref (self->results));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}
