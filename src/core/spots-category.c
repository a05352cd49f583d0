/* spots-category.c: a group of articles in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spots-category"

#include "config.h"

#include "spots-category.h"

struct _SpotsCategory
{
  GObject parent_instance;

  char *id;
  char *title;
  char *summary;
  GListStore *articles;
};

G_DEFINE_FINAL_TYPE (SpotsCategory, spots_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_ARTICLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
spots_category_finalize (GObject *object)
{
  SpotsCategory *self = SPOTS_CATEGORY (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_object (&self->articles);

  G_OBJECT_CLASS (spots_category_parent_class)->finalize (object);
}

static void
spots_category_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SpotsCategory *self = SPOTS_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_ARTICLES:
      g_value_set_object (value, self->articles);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_category_class_init (SpotsCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = spots_category_finalize;
  object_class->get_property = spots_category_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_ARTICLES] =
    g_param_spec_object ("articles", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_category_init (SpotsCategory *self)
{
  self->articles = g_list_store_new (SPOTS_TYPE_ARTICLE);
}

SpotsCategory *
spots_category_new (const char *id,
                    const char *title,
                    const char *summary)
{
  SpotsCategory *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (SPOTS_TYPE_CATEGORY, NULL);
  self->id = g_strdup (id);
  spots_category_set_text (self, title, summary);

  return self;
}

void
spots_category_set_text (SpotsCategory *self,
                         const char    *title,
                         const char    *summary)
{
  g_return_if_fail (SPOTS_IS_CATEGORY (self));

  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->summary);
  self->summary = g_strdup (summary);
}

const char *
spots_category_get_id (SpotsCategory *self)
{
  g_return_val_if_fail (SPOTS_IS_CATEGORY (self), NULL);
  return self->id;
}

const char *
spots_category_get_title (SpotsCategory *self)
{
  g_return_val_if_fail (SPOTS_IS_CATEGORY (self), NULL);
  return self->title;
}

const char *
spots_category_get_summary (SpotsCategory *self)
{
  g_return_val_if_fail (SPOTS_IS_CATEGORY (self), NULL);
  return self->summary;
}

/**
 * spots_category_get_articles:
 *
 * Returns: (transfer none): a #GListModel of #SpotsArticle in reading order.
 */
GListModel *
spots_category_get_articles (SpotsCategory *self)
{
  g_return_val_if_fail (SPOTS_IS_CATEGORY (self), NULL);
  return G_LIST_MODEL (self->articles);
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return spots_article_compare ((SpotsArticle *) a, (SpotsArticle *) b);
}

void
spots_category_add_article (SpotsCategory *self,
                            SpotsArticle  *article)
{
  g_return_if_fail (SPOTS_IS_CATEGORY (self));
  g_return_if_fail (SPOTS_IS_ARTICLE (article));

  g_list_store_insert_sorted (self->articles, article, compare_articles, NULL);
}
