/* spots-home-page.c: the first screen: the checklist and the topics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both ways in side by side: the red-flag checklist for someone who is
 * worried now, and every topic by category for someone who wants to read.
 * The two cards are a SpotsButtonRow, which stacks them by itself in a
 * narrow window (the width is in spots-home-page.ui).
 */
#define G_LOG_DOMAIN "spots-home-page"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-home-page.h"
#include "spots-article-button.h"
#include "spots-button-row.h"
#include "spots-labels.h"
#include "spots-tooltip.h"

/* A category on the home page shows this many of its topics; the topics
 * list, a list view, has room for thousands. */
#define MAX_PER_CATEGORY 12

struct _SpotsHomePage
{
  GtkWidget parent_instance;

  GtkWidget *scroller;          /* the only child: disposed with the template */
  GtkLabel *title;
  GtkLabel *checklist_heading;
  GtkLabel *topics_heading;
  GtkBox *categories_box;
};

G_DEFINE_FINAL_TYPE (SpotsHomePage, spots_home_page, GTK_TYPE_WIDGET)

static GtkWidget *
new_topic_button (SpotsArticle *article)
{
  GtkWidget *button = spots_article_button_new_for_article (SPOTS_ARTICLE_BUTTON_TOPIC, NULL,
                                                            article);

  spots_tooltip_set_text (button, spots_article_get_summary (article));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  spots_article_get_summary (article),
                                  -1);

  return button;
}

void
spots_home_page_set_library (SpotsHomePage *self,
                             SpotsLibrary  *library)
{
  GListModel *categories;
  GtkWidget *child;

  g_return_if_fail (SPOTS_IS_HOME_PAGE (self));
  g_return_if_fail (SPOTS_IS_LIBRARY (library));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->categories_box))) != NULL)
    gtk_box_remove (self->categories_box, child);

  categories = spots_library_get_categories (library);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(SpotsCategory) category = g_list_model_get_item (categories, i);
      GListModel *articles = spots_category_get_articles (category);
      GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *heading;
      guint n_articles;

      if (g_list_model_get_n_items (articles) == 0)
        continue;

      heading = spots_label_new_heading (spots_category_get_title (category), 3);
      gtk_widget_add_css_class (heading, "category-heading");
      gtk_box_append (GTK_BOX (group), heading);

      n_articles = g_list_model_get_n_items (articles);
      for (guint j = 0; j < MIN (n_articles, MAX_PER_CATEGORY); j++)
        {
          g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, j);

          gtk_box_append (GTK_BOX (group), new_topic_button (article));
        }
      if (n_articles > MAX_PER_CATEGORY)
        {
          guint more = n_articles - MAX_PER_CATEGORY;
          /* Translators: under the first topics of a category on the home page */
          g_autofree char *text = g_strdup_printf (ngettext ("And %u more in the topics list (F9)",
                                                             "And %u more in the topics list (F9)",
                                                             more), more);
          GtkWidget *label = gtk_label_new (text);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (group), label);
        }

      gtk_box_append (self->categories_box, group);
    }
}

static void
spots_home_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SPOTS_TYPE_HOME_PAGE);

  G_OBJECT_CLASS (spots_home_page_parent_class)->dispose (object);
}

static void
spots_home_page_class_init (SpotsHomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_home_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (SPOTS_TYPE_BUTTON_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/spots-home-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, title);
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, checklist_heading);
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, topics_heading);
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, categories_box);
}

static void
spots_home_page_init (SpotsHomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Heading levels cannot be set in GtkBuilder on GTK 4.8. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checklist_heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->topics_heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
}
