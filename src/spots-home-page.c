/* spots-home-page.c: the first screen: the checklist and the topics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both ways in side by side (one above the other below STACK_WIDTH): the
 * red-flag checklist for someone who is worried now, and every topic by
 * category for someone who wants to read. Article buttons activate
 * win.show-article, so the window's history records the visit.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-home-page.h"
#include "spots-tooltip.h"

/* A category on the home page shows this many of its topics; the topics
 * list, a list view, has room for thousands. */
#define MAX_PER_CATEGORY 12

#define STACK_WIDTH 640

struct _SpotsHomePage
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkLabel *title;
  GtkLabel *checklist_heading;
  GtkLabel *topics_heading;
  GtkBox *ways_in;
  GtkBox *categories_box;
  guint layout_idle;
};

G_DEFINE_FINAL_TYPE (SpotsHomePage, spots_home_page, GTK_TYPE_WIDGET)

static GtkWidget *
new_article_button (SpotsArticle *article)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (spots_article_get_title (article));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* One line, like the topics list: a wrapping label is shaped again for
   * every width the page is measured at, and with dozens of them that was
   * a fifth of the time to the first frame. The longest shipped title
   * fits the card; a longer one ends in an ellipsis, and the button's
   * accessible name is always the whole title. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "topic-button");
  spots_tooltip_set_text (button, spots_article_get_summary (article));
  /* GTK 4.8 does not name a button after a child it did not make. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spots_article_get_title (article),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  spots_article_get_summary (article),
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-article");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", spots_article_get_id (article));

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

      heading = g_object_new (GTK_TYPE_LABEL,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                              "label", spots_category_get_title (category),
                              "xalign", 0.0f,
                              "wrap", TRUE,
                              "width-chars", 16, /* why: spots-home-page.ui */
                              NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                      GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
      gtk_widget_add_css_class (heading, "category-heading");
      gtk_box_append (GTK_BOX (group), heading);

      n_articles = g_list_model_get_n_items (articles);
      for (guint j = 0; j < MIN (n_articles, MAX_PER_CATEGORY); j++)
        {
          g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, j);

          gtk_box_append (GTK_BOX (group), new_article_button (article));
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

static gboolean
update_layout (gpointer user_data)
{
  SpotsHomePage *self = user_data;
  gboolean narrow = gtk_widget_get_width (GTK_WIDGET (self)) < STACK_WIDTH;

  self->layout_idle = 0;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->ways_in),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);

  return G_SOURCE_REMOVE;
}

static void
spots_home_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (SPOTS_HOME_PAGE (widget)->scroller, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* Not a GtkBinLayout: with a layout manager GTK never calls a widget's
 * size_allocate, and the page must see its width to stack the ways in. */
static void
spots_home_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SpotsHomePage *self = SPOTS_HOME_PAGE (widget);
  GtkOrientation wanted = width < STACK_WIDTH ? GTK_ORIENTATION_VERTICAL
                                              : GTK_ORIENTATION_HORIZONTAL;

  gtk_widget_allocate (self->scroller, width, height, baseline, NULL);

  /* The layout cannot change during allocation: do it right after. */
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->ways_in)) != wanted &&
      self->layout_idle == 0)
    self->layout_idle = g_idle_add (update_layout, self);
}

static void
spots_home_page_dispose (GObject *object)
{
  SpotsHomePage *self = SPOTS_HOME_PAGE (object);

  g_clear_handle_id (&self->layout_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), SPOTS_TYPE_HOME_PAGE);

  G_OBJECT_CLASS (spots_home_page_parent_class)->dispose (object);
}

static void
spots_home_page_class_init (SpotsHomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_home_page_dispose;
  widget_class->measure = spots_home_page_measure;
  widget_class->size_allocate = spots_home_page_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/spots-home-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, title);
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, checklist_heading);
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, topics_heading);
  gtk_widget_class_bind_template_child (widget_class, SpotsHomePage, ways_in);
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
