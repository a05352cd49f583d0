/* spots-sidebar.c: the topics, by category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tree of two levels: categories, which expand and collapse, and their
 * articles. Activating an article (click, Enter) activates win.show-article,
 * the one way every view asks the window to open an article. Rows are built in C because the two levels
 * hold different item types.
 */
#define G_LOG_DOMAIN "spots-sidebar"

#include "config.h"

#include "spots-sidebar.h"
#include "spots-tooltip.h"

struct _SpotsSidebar
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  GtkTreeListModel *tree;
};

G_DEFINE_FINAL_TYPE (SpotsSidebar, spots_sidebar, GTK_TYPE_WIDGET)

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  if (SPOTS_IS_CATEGORY (item))
    return g_object_ref (spots_category_get_articles (item));

  return NULL;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Narrow when it must be (the window folds below 600 px), about 30
   * characters wide when it can. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  gpointer item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);

  if (SPOTS_IS_CATEGORY (item))
    {
      gtk_label_set_text (GTK_LABEL (label), spots_category_get_title (item));
      gtk_widget_add_css_class (label, "heading");
      spots_tooltip_set_text (label, spots_category_get_summary (item));
      /* A category row only opens and closes. */
      gtk_list_item_set_activatable (list_item, FALSE);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (label), spots_article_get_title (item));
      gtk_widget_remove_css_class (label, "heading");
      spots_tooltip_set_text (label, spots_article_get_summary (item));
      gtk_list_item_set_activatable (list_item, TRUE);
    }

  g_object_unref (item);
}

static void
on_row_activated (SpotsSidebar *self,
                  guint         position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (SPOTS_IS_ARTICLE (item))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-article", "s",
                                spots_article_get_id (SPOTS_ARTICLE (item)));
  else if (row != NULL)
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

static void
spots_sidebar_dispose (GObject *object)
{
  SpotsSidebar *self = SPOTS_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);

  G_OBJECT_CLASS (spots_sidebar_parent_class)->dispose (object);
}

static void
spots_sidebar_class_init (SpotsSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_sidebar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/spots-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsSidebar, scroller);
  gtk_widget_class_bind_template_child (widget_class, SpotsSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_NAVIGATION);
}

static void
spots_sidebar_init (SpotsSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

void
spots_sidebar_set_library (SpotsSidebar *self,
                           SpotsLibrary *library)
{
  GListModel *categories;

  g_return_if_fail (SPOTS_IS_SIDEBAR (self));
  g_return_if_fail (SPOTS_IS_LIBRARY (library));

  categories = g_object_ref (spots_library_get_categories (library));
  g_clear_object (&self->tree);
  g_clear_object (&self->selection);

  /* Categories start open: a worried reader should see every topic. */
  self->tree = gtk_tree_list_model_new (categories, FALSE, TRUE, create_child_model, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

/**
 * spots_sidebar_select_article:
 * @id: (nullable): the article to highlight, or %NULL for none
 *
 * Highlights the row of the article being shown, without activating it.
 */
void
spots_sidebar_select_article (SpotsSidebar *self,
                              const char   *id)
{
  guint n;

  g_return_if_fail (SPOTS_IS_SIDEBAR (self));

  if (self->tree == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (SPOTS_IS_ARTICLE (item) &&
          g_strcmp0 (spots_article_get_id (SPOTS_ARTICLE (item)), id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}
