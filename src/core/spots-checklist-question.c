/* spots-checklist-question.c: one yes/no question of the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spots-core"

#include "config.h"

#include "spots-checklist-question.h"

struct _SpotsChecklistQuestion
{
  GObject parent_instance;

  char *id;
  guint index;
  char *group_id;
  char *group_title;
  char *text;
  char *help;
  char *statement;
  char *article;
  char *illustration;
  char *illustration_alt;
};

G_DEFINE_FINAL_TYPE (SpotsChecklistQuestion, spots_checklist_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INDEX,
  PROP_GROUP_TITLE,
  PROP_TEXT,
  PROP_HELP,
  PROP_STATEMENT,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
spots_checklist_question_finalize (GObject *object)
{
  SpotsChecklistQuestion *self = SPOTS_CHECKLIST_QUESTION (object);

  g_free (self->id);
  g_free (self->group_id);
  g_free (self->group_title);
  g_free (self->text);
  g_free (self->help);
  g_free (self->statement);
  g_free (self->article);
  g_free (self->illustration);
  g_free (self->illustration_alt);

  G_OBJECT_CLASS (spots_checklist_question_parent_class)->finalize (object);
}

static void
spots_checklist_question_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SpotsChecklistQuestion *self = SPOTS_CHECKLIST_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_GROUP_TITLE:
      g_value_set_string (value, self->group_title);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_HELP:
      g_value_set_string (value, self->help);
      break;
    case PROP_STATEMENT:
      g_value_set_string (value, self->statement);
      break;
    case PROP_ARTICLE:
      g_value_set_string (value, self->article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_checklist_question_class_init (SpotsChecklistQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = spots_checklist_question_finalize;
  object_class->get_property = spots_checklist_question_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_INDEX] = g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_GROUP_TITLE] = g_param_spec_string ("group-title", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_HELP] = g_param_spec_string ("help", NULL, NULL, NULL, flags);
  properties[PROP_STATEMENT] = g_param_spec_string ("statement", NULL, NULL, NULL, flags);
  properties[PROP_ARTICLE] = g_param_spec_string ("article", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_checklist_question_init (SpotsChecklistQuestion *self)
{
}

/**
 * spots_checklist_question_new:
 * @index: the position in asking order
 * @statement: what a yes means, to finish "you said that …"
 */
SpotsChecklistQuestion *
spots_checklist_question_new (const char *id,
                              guint       index,
                              const char *group_id,
                              const char *group_title,
                              const char *text,
                              const char *help,
                              const char *statement)
{
  SpotsChecklistQuestion *self = g_object_new (SPOTS_TYPE_CHECKLIST_QUESTION, NULL);

  self->id = g_strdup (id);
  self->index = index;
  self->group_id = g_strdup (group_id);
  self->group_title = g_strdup (group_title);
  self->text = g_strdup (text);
  self->help = g_strdup (help);
  self->statement = g_strdup (statement);

  return self;
}

/**
 * spots_checklist_question_set_article:
 * @article_id: (nullable): the article that explains the question
 */
void
spots_checklist_question_set_article (SpotsChecklistQuestion *self,
                                      const char             *article_id)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));

  g_free (self->article);
  self->article = g_strdup (article_id);
}

/**
 * spots_checklist_question_set_illustration:
 * @alt_text: what the picture shows, in words
 */
void
spots_checklist_question_set_illustration (SpotsChecklistQuestion *self,
                                           const char             *uri,
                                           const char             *alt_text)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));

  g_free (self->illustration);
  self->illustration = g_strdup (uri);
  g_free (self->illustration_alt);
  self->illustration_alt = g_strdup (alt_text);
}

const char *
spots_checklist_question_get_id (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->id;
}

guint
spots_checklist_question_get_index (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), 0);
  return self->index;
}

const char *
spots_checklist_question_get_group_id (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->group_id;
}

const char *
spots_checklist_question_get_group_title (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->group_title;
}

const char *
spots_checklist_question_get_text (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->text;
}

const char *
spots_checklist_question_get_help (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->help;
}

const char *
spots_checklist_question_get_statement (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->statement;
}

/**
 * spots_checklist_question_get_article:
 *
 * Returns: (nullable): the id of the article that explains the question.
 */
const char *
spots_checklist_question_get_article (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->article;
}

/**
 * spots_checklist_question_get_illustration:
 *
 * Returns: (nullable): the URI of a picture that helps answer.
 */
const char *
spots_checklist_question_get_illustration (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->illustration;
}

const char *
spots_checklist_question_get_illustration_alt (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->illustration_alt;
}
