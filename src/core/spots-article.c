/* spots-article.c: one reference page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Articles are built once by the parser and never change afterwards, except
 * that the library turns links to missing articles into plain text.
 */
#define G_LOG_DOMAIN "spots-article"

#include "config.h"

#include <string.h>

#include "spots-article-body-private.h"
#include "spots-article-private.h"
#include "spots-error.h"

struct _SpotsArticle
{
  GObject parent_instance;

  char *id;
  char *title;
  char *summary;
  char *category_id;
  guint order;
  char *source_file;
  guint source_line;
  guint source_column;
  GStrv keywords;
  guint8 *body;         /* spots-article-body.c */
  char *section_ids;    /* each ends with NUL; the list with an empty one */
  GListStore *blocks;   /* built from body when first asked for */
  GListStore *references;
  SpotsCompareFacts *compare;
  GPtrArray *related;   /* ids, NULL-terminated for get_related */
  GArray *links;        /* SpotsArticleLink */
  GArray *callouts;     /* SpotsArticleCallout: only those with a title or tier */
  SpotsReview *review;
};

G_DEFINE_FINAL_TYPE (SpotsArticle, spots_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_CATEGORY_ID,
  PROP_ORDER,
  PROP_SOURCE_FILE,
  PROP_BLOCKS,
  PROP_REFERENCES,
  PROP_COMPARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_link (SpotsArticleLink *link)
{
  g_free (link->target);
  g_free (link->section);
}

static void
clear_callout (SpotsArticleCallout *callout)
{
  g_free (callout->title);
  g_free (callout->tier);
  g_clear_pointer (&callout->situations, g_array_unref);
}

static void
clear_situation (SpotsArticleSituation *situation)
{
  g_free (situation->answers);
}

static void
spots_article_finalize (GObject *object)
{
  SpotsArticle *self = SPOTS_ARTICLE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->category_id, g_free);
  g_clear_pointer (&self->source_file, g_free);
  g_clear_pointer (&self->keywords, g_strfreev);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->section_ids, g_free);
  g_clear_object (&self->blocks);
  g_clear_object (&self->references);
  g_clear_object (&self->compare);
  g_clear_pointer (&self->related, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->callouts, g_array_unref);
  g_clear_object (&self->review);

  G_OBJECT_CLASS (spots_article_parent_class)->finalize (object);
}

static void
spots_article_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SpotsArticle *self = SPOTS_ARTICLE (object);

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
    case PROP_CATEGORY_ID:
      g_value_set_string (value, self->category_id);
      break;
    case PROP_ORDER:
      g_value_set_uint (value, self->order);
      break;
    case PROP_SOURCE_FILE:
      g_value_set_string (value, self->source_file);
      break;
    case PROP_BLOCKS:
      g_value_set_object (value, spots_article_get_blocks (self));
      break;
    case PROP_REFERENCES:
      g_value_set_object (value, self->references);
      break;
    case PROP_COMPARE:
      g_value_set_object (value, self->compare);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_article_class_init (SpotsArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = spots_article_finalize;
  object_class->get_property = spots_article_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY_ID] = g_param_spec_string ("category-id", NULL, NULL, NULL, flags);
  properties[PROP_ORDER] = g_param_spec_uint ("order", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_SOURCE_FILE] = g_param_spec_string ("source-file", NULL, NULL, NULL, flags);
  properties[PROP_BLOCKS] = g_param_spec_object ("blocks", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_REFERENCES] =
    g_param_spec_object ("references", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_COMPARE] =
    g_param_spec_object ("compare", NULL, NULL, SPOTS_TYPE_COMPARE_FACTS, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_article_init (SpotsArticle *self)
{
  self->references = g_list_store_new (SPOTS_TYPE_REFERENCE);
  self->related = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->related, NULL);
  self->links = g_array_new (FALSE, FALSE, sizeof (SpotsArticleLink));
  g_array_set_clear_func (self->links, (GDestroyNotify) clear_link);
  self->callouts = g_array_new (FALSE, FALSE, sizeof (SpotsArticleCallout));
  g_array_set_clear_func (self->callouts, (GDestroyNotify) clear_callout);
  self->keywords = g_new0 (char *, 1);
}

SpotsArticle *
spots_article_new (const char *id,
                   const char *category_id,
                   guint       order,
                   const char *source_file)
{
  SpotsArticle *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (category_id != NULL, NULL);

  self = g_object_new (SPOTS_TYPE_ARTICLE, NULL);
  self->id = g_strdup (id);
  self->category_id = g_strdup (category_id);
  self->order = order;
  self->source_file = g_strdup (source_file);

  return self;
}

/* Where the <article> element stands, for problems found after parsing. */
void
spots_article_set_position (SpotsArticle *self,
                            guint         line,
                            guint         column)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));

  self->source_line = line;
  self->source_column = column;
}

void
spots_article_get_position (SpotsArticle *self,
                            guint        *line,
                            guint        *column)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));

  *line = self->source_line;
  *column = self->source_column;
}

void
spots_article_set_text (SpotsArticle *self,
                        const char   *title,
                        const char   *summary)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));

  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->summary);
  self->summary = g_strdup (summary);
}

void
spots_article_take_keywords (SpotsArticle *self,
                             GStrv         keywords)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));
  g_return_if_fail (keywords != NULL);

  g_strfreev (self->keywords);
  self->keywords = keywords;
}

/**
 * spots_article_set_body:
 * @body: the blocks, as written by spots-article-body.c
 * @section_ids: every section id, each ending with NUL, then one more NUL
 *
 * Both are copied at their exact size: the parser writes into buffers it
 * reuses for every article.
 */
void
spots_article_set_body (SpotsArticle     *self,
                        const GByteArray *body,
                        const GByteArray *section_ids)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));
  g_return_if_fail (self->body == NULL);

  self->body = g_memdup2 (body->data, body->len);
  self->section_ids = g_memdup2 (section_ids->data, section_ids->len);
}

/* Whether a link to @section_id inside this article leads somewhere,
 * without building its blocks. */
gboolean
spots_article_has_section (SpotsArticle *self,
                           const char   *section_id)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), FALSE);
  g_return_val_if_fail (section_id != NULL, FALSE);

  for (const char *id = self->section_ids; id != NULL && *id != '\0'; id += strlen (id) + 1)
    if (strcmp (id, section_id) == 0)
      return TRUE;

  return FALSE;
}

void
spots_article_append_reference (SpotsArticle   *self,
                                SpotsReference *reference)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));
  g_return_if_fail (SPOTS_IS_REFERENCE (reference));

  g_list_store_append (self->references, reference);
}

void
spots_article_set_compare (SpotsArticle      *self,
                           SpotsCompareFacts *compare)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));

  g_set_object (&self->compare, compare);
}

void
spots_article_set_review (SpotsArticle *self,
                          SpotsReview  *review)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));
  g_return_if_fail (SPOTS_IS_REVIEW (review));

  g_set_object (&self->review, review);
}

/**
 * spots_article_situations_append:
 * @situations: (inout) (nullable): the list, made on the first situation,
 *   so that the many callouts without one cost nothing
 *
 * Adds a <situation> to the list that spots_article_add_callout() takes.
 */
void
spots_article_situations_append (GArray     **situations,
                                 const char  *answers,
                                 guint        line,
                                 guint        column)
{
  SpotsArticleSituation situation = { g_strdup (answers), line, column };

  g_return_if_fail (situations != NULL);
  g_return_if_fail (answers != NULL);

  if (*situations == NULL)
    {
      *situations = g_array_new (FALSE, FALSE, sizeof (SpotsArticleSituation));
      g_array_set_clear_func (*situations, (GDestroyNotify) clear_situation);
    }
  g_array_append_val (*situations, situation);
}

/**
 * spots_article_add_callout:
 * @title: (nullable): the callout's title
 * @tier: (nullable): the tier it gives
 * @situations: (transfer full) (nullable): its situations, from
 *   spots_article_situations_append()
 *
 * Notes a callout that may say how urgently to get help, so that the
 * library can compare it with the checklist (spots_library_check_callouts()).
 */
void
spots_article_add_callout (SpotsArticle     *self,
                           SpotsCalloutKind  kind,
                           const char       *title,
                           const char       *tier,
                           guint             line,
                           guint             column,
                           GArray           *situations)
{
  SpotsArticleCallout callout = { kind, g_strdup (title), g_strdup (tier), line, column,
                                  situations };

  g_return_if_fail (SPOTS_IS_ARTICLE (self));

  g_array_append_val (self->callouts, callout);
}

/**
 * spots_article_get_callouts: (skip)
 *
 * Returns: (transfer none) (element-type SpotsArticleCallout): the callouts
 *   that have a title or give a tier, in reading order.
 */
GArray *
spots_article_get_callouts (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);

  return self->callouts;
}

/**
 * spots_article_add_link:
 * @section: (nullable): the section inside @target an inline link leads to
 * @run: where the inline link's run is in the body, or
 *   %SPOTS_ARTICLE_LINK_RELATED for a related-article entry
 * @line: where the link stands in the source file
 */
void
spots_article_add_link (SpotsArticle *self,
                        const char   *target,
                        const char   *section,
                        guint         run,
                        guint         line,
                        guint         column)
{
  SpotsArticleLink link = { g_strdup (target), g_strdup (section), run, line, column, FALSE };

  g_return_if_fail (SPOTS_IS_ARTICLE (self));
  g_return_if_fail (target != NULL);

  g_array_append_val (self->links, link);

  if (run == SPOTS_ARTICLE_LINK_RELATED)
    {
      /* Keep the related list NULL-terminated. */
      g_ptr_array_index (self->related, self->related->len - 1) = g_strdup (target);
      g_ptr_array_add (self->related, NULL);
    }
}

/**
 * spots_article_get_links: (skip)
 *
 * Returns: (transfer none) (element-type SpotsArticleLink): every place this
 *   article names another article.
 */
GArray *
spots_article_get_links (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);

  return self->links;
}

/**
 * spots_article_new_link_error:
 *
 * Returns: (transfer full): the problem to report when @link leads nowhere.
 */
GError *
spots_article_new_link_error (SpotsArticle           *self,
                              const SpotsArticleLink *link)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (link != NULL, NULL);

  if (link->run == SPOTS_ARTICLE_LINK_RELATED)
    return spots_error_new_at (SPOTS_ERROR_BAD_LINK, self->source_file, link->line, link->column,
                               "related article \"%s\" does not exist", link->target);

  if (link->section != NULL)
    return spots_error_new_at (SPOTS_ERROR_BAD_LINK, self->source_file, link->line, link->column,
                               "link to \"%s\", section \"%s\": there is no such article or "
                               "section", link->target, link->section);

  return spots_error_new_at (SPOTS_ERROR_BAD_LINK, self->source_file, link->line, link->column,
                             "link to \"%s\": there is no article with this id", link->target);
}

/**
 * spots_article_drop_link:
 *
 * Makes a link whose target does not exist harmless: an inline link becomes
 * plain text and a related entry disappears. The library does this before
 * anyone has read the blocks, so only the packed body needs changing.
 */
void
spots_article_drop_link (SpotsArticle     *self,
                         SpotsArticleLink *link)
{
  g_return_if_fail (SPOTS_IS_ARTICLE (self));
  g_return_if_fail (link != NULL);
  g_assert (self->blocks == NULL);

  if (link->run != SPOTS_ARTICLE_LINK_RELATED)
    {
      spots_body_unlink_run (self->body, link->run);
      return;
    }

  for (guint i = 0; i + 1 < self->related->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->related, i), link->target) == 0)
        {
          g_ptr_array_remove_index (self->related, i);
          return;
        }
    }
}

const char *
spots_article_get_id (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return self->id;
}

const char *
spots_article_get_title (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return self->title;
}

const char *
spots_article_get_summary (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return self->summary;
}

const char *
spots_article_get_category_id (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return self->category_id;
}

guint
spots_article_get_order (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), 0);
  return self->order;
}

const char *
spots_article_get_source_file (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return self->source_file;
}

const char * const *
spots_article_get_keywords (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return (const char * const *) self->keywords;
}

/**
 * spots_article_get_blocks:
 *
 * Returns: (transfer none): a #GListModel of #SpotsBlock, in reading order.
 */
GListModel *
spots_article_get_blocks (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);

  if (self->blocks == NULL)
    self->blocks = self->body != NULL ? spots_body_read_blocks (self->body)
                                      : g_list_store_new (SPOTS_TYPE_BLOCK);

  return G_LIST_MODEL (self->blocks);
}

/**
 * spots_article_get_references:
 *
 * Returns: (transfer none): a #GListModel of #SpotsReference.
 */
GListModel *
spots_article_get_references (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return G_LIST_MODEL (self->references);
}

/**
 * spots_article_get_compare:
 *
 * Returns: (nullable) (transfer none): the compare facts, for condition pages.
 */
/**
 * spots_article_get_review:
 *
 * Returns: (nullable) (transfer none): when the article was last reviewed;
 *   the schema requires it, so only an article built by hand lacks one.
 */
SpotsReview *
spots_article_get_review (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);

  return self->review;
}

SpotsCompareFacts *
spots_article_get_compare (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return self->compare;
}

const char * const *
spots_article_get_related (SpotsArticle *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  return (const char * const *) self->related->pdata;
}

/**
 * spots_article_find_heading:
 *
 * Returns: (nullable) (transfer none): the heading block of the section
 *   with this id.
 */
SpotsBlock *
spots_article_find_heading (SpotsArticle *self,
                            const char   *anchor)
{
  guint n;

  g_return_val_if_fail (SPOTS_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (anchor != NULL, NULL);

  n = g_list_model_get_n_items (spots_article_get_blocks (self));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (G_LIST_MODEL (self->blocks), i);

      if (spots_block_get_kind (block) == SPOTS_BLOCK_HEADING &&
          g_strcmp0 (spots_block_get_anchor (block), anchor) == 0)
        return block;
    }

  return NULL;
}

/* Reading order inside a category: the author's order, then the title. */
int
spots_article_compare (SpotsArticle *a,
                       SpotsArticle *b)
{
  if (a->order != b->order)
    return a->order < b->order ? -1 : 1;

  return g_utf8_collate (a->title, b->title);
}
