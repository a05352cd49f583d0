/* spots-place.c: one place the window can show, as history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A place is immutable: what it restores (the article and section, the
 * query, the conditions compared) is fixed when it is made. History
 * replaces a place rather than changing one that a window may hold.
 */
#define G_LOG_DOMAIN "spots-place"

#include "config.h"

#include "spots-enums.h"
#include "spots-place.h"

struct _SpotsPlace
{
  GObject parent_instance;

  SpotsPlaceKind kind;
  char *article;   /* SPOTS_PLACE_ARTICLE */
  char *section;   /* SPOTS_PLACE_ARTICLE, or NULL for the top */
  char *query;     /* SPOTS_PLACE_SEARCH */
  GStrv compared;  /* SPOTS_PLACE_COMPARE, never NULL there */
};

enum
{
  PROP_0,
  PROP_KIND,
  PROP_ARTICLE,
  PROP_SECTION,
  PROP_QUERY,
  PROP_COMPARED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SpotsPlace, spots_place, G_TYPE_OBJECT)

static void
spots_place_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SpotsPlace *self = SPOTS_PLACE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ARTICLE:
      g_value_set_string (value, self->article);
      break;
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_COMPARED:
      g_value_set_boxed (value, self->compared);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_place_finalize (GObject *object)
{
  SpotsPlace *self = SPOTS_PLACE (object);

  g_free (self->article);
  g_free (self->section);
  g_free (self->query);
  g_strfreev (self->compared);

  G_OBJECT_CLASS (spots_place_parent_class)->finalize (object);
}

static void
spots_place_class_init (SpotsPlaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = spots_place_get_property;
  object_class->finalize = spots_place_finalize;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SPOTS_TYPE_PLACE_KIND,
                                             SPOTS_PLACE_HOME, flags);
  properties[PROP_ARTICLE] = g_param_spec_string ("article", NULL, NULL, NULL, flags);
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, NULL, flags);
  properties[PROP_QUERY] = g_param_spec_string ("query", NULL, NULL, NULL, flags);
  properties[PROP_COMPARED] = g_param_spec_boxed ("compared", NULL, NULL, G_TYPE_STRV, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_place_init (SpotsPlace *self)
{
}

static SpotsPlace *
place_new (SpotsPlaceKind kind)
{
  SpotsPlace *self = g_object_new (SPOTS_TYPE_PLACE, NULL);

  self->kind = kind;
  return self;
}

SpotsPlace *
spots_place_new_home (void)
{
  return place_new (SPOTS_PLACE_HOME);
}

/**
 * spots_place_new_article:
 * @section: (nullable): a section of the article, or %NULL for its top
 */
SpotsPlace *
spots_place_new_article (const char *id,
                         const char *section)
{
  SpotsPlace *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = place_new (SPOTS_PLACE_ARTICLE);
  self->article = g_strdup (id);
  self->section = g_strdup (section);
  return self;
}

SpotsPlace *
spots_place_new_search (const char *query)
{
  SpotsPlace *self;

  g_return_val_if_fail (query != NULL, NULL);

  self = place_new (SPOTS_PLACE_SEARCH);
  self->query = g_strdup (query);
  return self;
}

/**
 * spots_place_new_compare:
 * @ids: (nullable): the ids of the articles compared
 */
SpotsPlace *
spots_place_new_compare (const char * const *ids)
{
  SpotsPlace *self = place_new (SPOTS_PLACE_COMPARE);
  const char *none[] = { NULL };

  self->compared = g_strdupv ((GStrv) (ids != NULL ? ids : none));
  return self;
}

SpotsPlace *
spots_place_new_checklist (void)
{
  return place_new (SPOTS_PLACE_CHECKLIST);
}

SpotsPlace *
spots_place_new_problems (void)
{
  return place_new (SPOTS_PLACE_PROBLEMS);
}

SpotsPlaceKind
spots_place_get_kind (SpotsPlace *self)
{
  g_return_val_if_fail (SPOTS_IS_PLACE (self), SPOTS_PLACE_HOME);

  return self->kind;
}

/**
 * spots_place_get_article:
 *
 * Returns: (nullable): the article's id, for an article place
 */
const char *
spots_place_get_article (SpotsPlace *self)
{
  g_return_val_if_fail (SPOTS_IS_PLACE (self), NULL);

  return self->article;
}

/**
 * spots_place_get_section:
 *
 * Returns: (nullable): the section, or %NULL for the article's top
 */
const char *
spots_place_get_section (SpotsPlace *self)
{
  g_return_val_if_fail (SPOTS_IS_PLACE (self), NULL);

  return self->section;
}

/**
 * spots_place_get_query:
 *
 * Returns: (nullable): the words searched for, for a search place
 */
const char *
spots_place_get_query (SpotsPlace *self)
{
  g_return_val_if_fail (SPOTS_IS_PLACE (self), NULL);

  return self->query;
}

/**
 * spots_place_get_compared:
 *
 * Returns: (nullable): the ids compared, for a comparison
 */
const char * const *
spots_place_get_compared (SpotsPlace *self)
{
  g_return_val_if_fail (SPOTS_IS_PLACE (self), NULL);

  return (const char * const *) self->compared;
}

static gboolean
strv_equal (GStrv a,
            GStrv b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

/**
 * spots_place_equal:
 *
 * Returns: whether the two places show the same thing the same way
 */
gboolean
spots_place_equal (SpotsPlace *self,
                   SpotsPlace *other)
{
  g_return_val_if_fail (SPOTS_IS_PLACE (self), FALSE);
  g_return_val_if_fail (SPOTS_IS_PLACE (other), FALSE);

  return self->kind == other->kind && g_strcmp0 (self->article, other->article) == 0 &&
         g_strcmp0 (self->section, other->section) == 0 &&
         g_strcmp0 (self->query, other->query) == 0 && strv_equal (self->compared, other->compared);
}
