/* spots-compare-view.c: look-alike conditions side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every article with compare facts can be chosen; two to four of them are
 * shown as columns of one table, a row per fact. Each column heading leads
 * to its article. Every cell also carries an accessible label that names
 * its condition and its fact, so a screen reader never reads a bare "No".
 */
#define G_LOG_DOMAIN "spots-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-compare-view.h"
#include "spots-article-button.h"
#include "spots-labels.h"

struct _SpotsCompareView
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkLabel *title;
  GtkFlowBox *choices;
  GtkLabel *status;
  GtkGrid *table;

  SpotsLibrary *library;
  GPtrArray *selected;      /* article ids, in the order chosen */
  GHashTable *buttons;      /* id -> GtkCheckButton (unowned) */
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (SpotsCompareView, spots_compare_view, GTK_TYPE_WIDGET)

static void
remove_all (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_GRID (parent))
        gtk_grid_remove (GTK_GRID (parent), child);
      else if (GTK_IS_FLOW_BOX (parent))
        gtk_flow_box_remove (GTK_FLOW_BOX (parent), child);
      else
        gtk_widget_unparent (child);
    }
}

static GtkWidget *
new_cell (const char *text,
          const char *accessible_label)
{
  GtkWidget *label = spots_label_new_text (text, GTK_ACCESSIBLE_ROLE_CELL, 22);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);

  return label;
}

/* The article's title, which opens it. */
static GtkWidget *
new_column_header (SpotsArticle *article)
{
  /* Translators: %s is a condition, such as "Heat rash" */
  g_autofree char *tooltip = g_strdup_printf (_("Read about %s"), spots_article_get_title (article));
  GtkWidget *header = spots_article_button_new_for_article (SPOTS_ARTICLE_BUTTON_COLUMN_HEADER,
                                                            NULL, article);

  gtk_widget_set_tooltip_text (header, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  return header;
}

static void
rebuild_table (SpotsCompareView *self)
{
  guint n = self->selected->len;

  remove_all (GTK_WIDGET (self->table));
  gtk_widget_set_visible (GTK_WIDGET (self->table), n >= 2);

  if (n < 2)
    {
      gtk_label_set_text (self->status, _("Choose at least two conditions."));
      return;
    }

  {
    /* Translators: shown above the comparison table */
    g_autofree char *status = g_strdup_printf (ngettext ("Comparing %u condition.",
                                                         "Comparing %u conditions.", n), n);

    if (n == SPOTS_COMPARE_MAX)
      {
        g_autofree char *full = g_strdup_printf ("%s %s", status,
                                                 _("That is the most that fit side by side."));

        gtk_label_set_text (self->status, full);
      }
    else
      {
        gtk_label_set_text (self->status, status);
      }
  }

  for (guint column = 0; column < n; column++)
    {
      SpotsArticle *article = spots_library_lookup (self->library,
                                                    g_ptr_array_index (self->selected, column));
      SpotsCompareFacts *facts = spots_article_get_compare (article);
      int row = 1;

      gtk_grid_attach (self->table, new_column_header (article), (int) column + 1, 0, 1, 1);

      for (SpotsFact fact = 0; fact < SPOTS_N_FACTS; fact++)
        {
          g_autofree char *described = spots_compare_facts_describe (facts, fact);
          const char *text = described != NULL ? described
                                                : spots_fact_value_get_label (SPOTS_FACT_VALUE_UNKNOWN);
          g_autofree char *accessible = g_strdup_printf ("%s, %s %s",
                                                         spots_article_get_title (article),
                                                         spots_fact_get_label (fact), text);

          if (column == 0)
            {
              GtkWidget *name = g_object_new (GTK_TYPE_LABEL,
                                              "accessible-role", GTK_ACCESSIBLE_ROLE_ROW_HEADER,
                                              "label", spots_fact_get_label (fact),
                                              "xalign", 0.0f,
                                              "yalign", 0.0f,
                                              "wrap", TRUE,
                                              NULL);

              gtk_widget_add_css_class (name, "fact-name");
              gtk_widget_add_css_class (name, "body-text");
              gtk_grid_attach (self->table, name, 0, row, 1, 1);
            }

          gtk_grid_attach (self->table, new_cell (text, accessible), (int) column + 1, row, 1, 1);
          row++;
        }
    }
}

/* At most SPOTS_COMPARE_MAX may be ticked: the others rest insensitive. */
static void
update_choices (SpotsCompareView *self)
{
  GHashTableIter iter;
  gpointer key, value;
  gboolean full = self->selected->len >= SPOTS_COMPARE_MAX;

  self->updating = TRUE;
  g_hash_table_iter_init (&iter, self->buttons);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean chosen = g_ptr_array_find_with_equal_func (self->selected, key, g_str_equal, NULL);

      gtk_check_button_set_active (value, chosen);
      gtk_widget_set_sensitive (value, chosen || !full);
    }
  self->updating = FALSE;

  rebuild_table (self);
}

static void
on_choice_toggled (GtkCheckButton   *button,
                   SpotsCompareView *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "article-id");
  guint index;

  if (self->updating)
    return;

  if (g_ptr_array_find_with_equal_func (self->selected, id, g_str_equal, &index))
    g_ptr_array_remove_index (self->selected, index);
  else if (self->selected->len < SPOTS_COMPARE_MAX)
    g_ptr_array_add (self->selected, g_strdup (id));

  update_choices (self);
}

void
spots_compare_view_set_library (SpotsCompareView *self,
                                SpotsLibrary     *library)
{
  GListModel *articles;

  g_return_if_fail (SPOTS_IS_COMPARE_VIEW (self));
  g_return_if_fail (SPOTS_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  g_ptr_array_set_size (self->selected, 0);
  g_hash_table_remove_all (self->buttons);
  remove_all (GTK_WIDGET (self->choices));

  articles = spots_library_get_articles (library);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      GtkWidget *button;

      if (spots_article_get_compare (article) == NULL)
        continue;

      button = gtk_check_button_new_with_label (spots_article_get_title (article));
      g_object_set_data_full (G_OBJECT (button), "article-id",
                              g_strdup (spots_article_get_id (article)), g_free);
      g_signal_connect (button, "toggled", G_CALLBACK (on_choice_toggled), self);
      g_hash_table_insert (self->buttons, g_strdup (spots_article_get_id (article)), button);
      gtk_flow_box_append (self->choices, button);
    }

  update_choices (self);
}

/**
 * spots_compare_view_set_selected:
 * @ids: the articles to compare; unknown ones, and any beyond the fourth,
 *   are left out
 */
void
spots_compare_view_set_selected (SpotsCompareView   *self,
                                 const char * const *ids)
{
  g_return_if_fail (SPOTS_IS_COMPARE_VIEW (self));

  g_ptr_array_set_size (self->selected, 0);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    spots_compare_view_add (self, ids[i]);

  update_choices (self);
}

/**
 * spots_compare_view_add:
 *
 * Adds a condition to the comparison, if it can be compared and there is
 * room.
 */
void
spots_compare_view_add (SpotsCompareView *self,
                        const char       *id)
{
  g_return_if_fail (SPOTS_IS_COMPARE_VIEW (self));
  g_return_if_fail (id != NULL);

  if (!g_hash_table_contains (self->buttons, id) ||
      g_ptr_array_find_with_equal_func (self->selected, id, g_str_equal, NULL) ||
      self->selected->len >= SPOTS_COMPARE_MAX)
    return;

  g_ptr_array_add (self->selected, g_strdup (id));
  update_choices (self);
}

GStrv
spots_compare_view_get_selected (SpotsCompareView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SPOTS_IS_COMPARE_VIEW (self), NULL);

  for (guint i = 0; i < self->selected->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->selected, i));

  return g_strv_builder_end (builder);
}

static void
spots_compare_view_dispose (GObject *object)
{
  SpotsCompareView *self = SPOTS_COMPARE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_COMPARE_VIEW);
  g_clear_object (&self->library);
  g_clear_pointer (&self->selected, g_ptr_array_unref);
  g_clear_pointer (&self->buttons, g_hash_table_unref);

  G_OBJECT_CLASS (spots_compare_view_parent_class)->dispose (object);
}

static void
spots_compare_view_class_init (SpotsCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_compare_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/spots-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsCompareView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SpotsCompareView, title);
  gtk_widget_class_bind_template_child (widget_class, SpotsCompareView, choices);
  gtk_widget_class_bind_template_child (widget_class, SpotsCompareView, status);
  gtk_widget_class_bind_template_child (widget_class, SpotsCompareView, table);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
spots_compare_view_init (SpotsCompareView *self)
{
  self->selected = g_ptr_array_new_with_free_func (g_free);
  self->buttons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
}
