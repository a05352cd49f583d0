/* spots-article-view.c: one article, as native widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rebuilt from the model each time an article is shown: title and summary,
 * every block, then the compare facts, related articles and references.
 * Links are not followed here; ::open-link hands them to the window, which
 * keeps the history.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-article-view.h"
#include "spots-block-widgets.h"
#include "spots-markup.h"

struct _SpotsArticleView
{
  GtkWidget parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox *page;
  GtkBox *header_box;
  GtkBox *blocks_box;
  GtkBox *extras_box;

  SpotsArticle *article;
  GHashTable *anchors;  /* section id -> heading widget (unowned) */
};

G_DEFINE_FINAL_TYPE (SpotsArticleView, spots_article_view, GTK_TYPE_WIDGET)

enum {
  OPEN_LINK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_open_link (const char *uri,
                gpointer    user_data)
{
  g_signal_emit (user_data, signals[OPEN_LINK], 0, uri);
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
new_value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "body-text");

  return label;
}

static void
add_compare (SpotsArticleView  *self,
             SpotsCompareFacts *facts)
{
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  gtk_box_append (self->extras_box, spots_heading_label_new (_("At a glance"), 2));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_add_css_class (grid, "compare-facts");

  for (SpotsFact fact = 0; fact < SPOTS_N_FACTS; fact++)
    {
      SpotsFactValue value = spots_compare_facts_get_value (facts, fact);
      const char *note = spots_compare_facts_get_text (facts, fact);
      g_autofree char *text = NULL;
      GtkWidget *name;

      if (fact == SPOTS_FACT_PLACES || fact == SPOTS_FACT_SIZE)
        text = g_strdup (note != NULL ? note : spots_fact_value_get_label (value));
      else if (fact == SPOTS_FACT_FEVER && value == SPOTS_FACT_VALUE_UNKNOWN)
        continue;
      else if (note != NULL)
        text = g_strdup_printf ("%s: %s", spots_fact_value_get_label (value), note);
      else
        text = g_strdup (spots_fact_value_get_label (value));

      name = gtk_label_new (spots_fact_get_label (fact));
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_yalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "fact-name");
      gtk_widget_add_css_class (name, "body-text");

      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), new_value_label (text), 1, row, 1, 1);
      row++;
    }

  gtk_box_append (self->extras_box, grid);
}

static void
add_related (SpotsArticleView *self,
             SpotsLibrary     *library)
{
  const char * const *related = spots_article_get_related (self->article);
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; related[i] != NULL; i++)
    {
      SpotsArticle *other = spots_library_lookup (library, related[i]);
      g_autofree char *uri = NULL;
      g_autofree char *title = NULL;

      if (other == NULL)
        continue;

      uri = spots_link_uri_new (related[i], NULL);
      title = g_markup_escape_text (spots_article_get_title (other), -1);
      g_string_append_printf (markup, "%s<a href=\"%s\">%s</a>",
                              markup->len > 0 ? "\n" : "", uri, title);
    }

  if (markup->len == 0)
    return;

  gtk_box_append (self->extras_box, spots_heading_label_new (_("Related articles"), 2));
  gtk_box_append (self->extras_box, spots_text_label_new (markup->str, emit_open_link, self));
}

static void
add_references (SpotsArticleView *self)
{
  GListModel *references = spots_article_get_references (self->article);
  guint n = g_list_model_get_n_items (references);

  if (n == 0)
    return;

  gtk_box_append (self->extras_box, spots_heading_label_new (_("References"), 2));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsReference) reference = g_list_model_get_item (references, i);
      g_autofree char *citation = spots_reference_format (reference);
      g_autofree char *link = spots_reference_dup_link (reference);
      g_autofree char *escaped = g_markup_escape_text (citation, -1);
      g_autoptr(GString) markup = g_string_new (NULL);
      GtkWidget *label;

      g_string_append_printf (markup, "%u. %s", i + 1, escaped);
      if (link != NULL)
        {
          g_autofree char *escaped_link = g_markup_escape_text (link, -1);

          g_string_append_printf (markup, " <a href=\"%s\">%s</a>", escaped_link, escaped_link);
        }

      label = spots_text_label_new (markup->str, emit_open_link, self);
      gtk_widget_add_css_class (label, "reference");
      gtk_box_append (self->extras_box, label);
    }
}

/**
 * spots_article_view_set_article:
 * @article: (nullable): the article to show
 */
void
spots_article_view_set_article (SpotsArticleView *self,
                                SpotsLibrary     *library,
                                SpotsArticle     *article)
{
  GListModel *blocks;
  GtkWidget *summary;
  g_autofree char *summary_markup = NULL;

  g_return_if_fail (SPOTS_IS_ARTICLE_VIEW (self));
  g_return_if_fail (article == NULL || SPOTS_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  g_hash_table_remove_all (self->anchors);
  remove_children (self->header_box);
  remove_children (self->blocks_box);
  remove_children (self->extras_box);

  if (article == NULL)
    return;

  gtk_box_append (self->header_box, spots_heading_label_new (spots_article_get_title (article), 1));
  summary_markup = g_markup_escape_text (spots_article_get_summary (article), -1);
  summary = spots_text_label_new (summary_markup, NULL, NULL);
  gtk_widget_add_css_class (summary, "summary");
  gtk_box_append (self->header_box, summary);

  blocks = spots_article_get_blocks (article);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);
      GtkWidget *widget = spots_block_widget_new (block, emit_open_link, self);

      if (spots_block_get_kind (block) == SPOTS_BLOCK_HEADING &&
          spots_block_get_anchor (block) != NULL)
        g_hash_table_insert (self->anchors, g_strdup (spots_block_get_anchor (block)), widget);

      gtk_box_append (self->blocks_box, widget);
    }

  if (spots_article_get_compare (article) != NULL)
    add_compare (self, spots_article_get_compare (article));
  add_related (self, library);
  add_references (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/**
 * spots_article_view_get_article:
 *
 * Returns: (nullable) (transfer none): the article shown.
 */
SpotsArticle *
spots_article_view_get_article (SpotsArticleView *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE_VIEW (self), NULL);

  return self->article;
}

/**
 * spots_article_view_scroll_to:
 *
 * Scrolls so that the heading of @section is at the top, and moves the
 * keyboard focus there, so that a screen reader continues from it.
 *
 * Returns: %FALSE if the article has no such section.
 */
gboolean
spots_article_view_scroll_to (SpotsArticleView *self,
                              const char       *section)
{
  GtkWidget *heading;
  graphene_point_t point;

  g_return_val_if_fail (SPOTS_IS_ARTICLE_VIEW (self), FALSE);

  heading = g_hash_table_lookup (self->anchors, section);
  if (heading == NULL)
    return FALSE;

  if (gtk_widget_compute_point (heading, GTK_WIDGET (self->page),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller),
                              MAX (point.y - 12, 0));
  gtk_widget_grab_focus (heading);

  return TRUE;
}

static void
spots_article_view_dispose (GObject *object)
{
  SpotsArticleView *self = SPOTS_ARTICLE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_ARTICLE_VIEW);
  g_clear_object (&self->article);
  g_clear_pointer (&self->anchors, g_hash_table_unref);

  G_OBJECT_CLASS (spots_article_view_parent_class)->dispose (object);
}

static void
spots_article_view_class_init (SpotsArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_article_view_dispose;

  /**
   * SpotsArticleView::open-link:
   * @uri: a spots: link to an article, or a web address
   */
  signals[OPEN_LINK] =
    g_signal_new ("open-link", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/spots-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, page);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, header_box);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, blocks_box);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, extras_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articleview");
}

static void
spots_article_view_init (SpotsArticleView *self)
{
  self->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
spots_article_view_new (void)
{
  return g_object_new (SPOTS_TYPE_ARTICLE_VIEW, NULL);
}
