/* spots-checklist-question.c: one question of the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question knows which of its answers is the concerning one: "yes" for a
 * warning sign, "no" for a reassuring question such as "did the spots
 * appear right after hard coughing?". The engine only ever looks for
 * concerning answers (or "not sure"), whichever word that is.
 */
#define G_LOG_DOMAIN "spots-checklist-question"

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
  SpotsQuestionKind kind;
  SpotsAnswer concerning;
  char *statement_no;
  char *label;
  char *reassurance;
  GPtrArray *choices;         /* SpotsChecklistChoice */
  char *only_if_question;
  GStrv only_if_choices;
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
  g_free (self->statement_no);
  g_free (self->label);
  g_free (self->reassurance);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_free (self->only_if_question);
  g_strfreev (self->only_if_choices);

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
choice_free (SpotsChecklistChoice *choice)
{
  g_free (choice->id);
  g_free (choice->label);
  g_free (choice->statement);
  g_free (choice);
}

static void
spots_checklist_question_init (SpotsChecklistQuestion *self)
{
  self->kind = SPOTS_QUESTION_YES_NO;
  self->concerning = SPOTS_ANSWER_YES;
  self->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
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

void
spots_checklist_question_set_kind (SpotsChecklistQuestion *self,
                                   SpotsQuestionKind       kind)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));
  self->kind = kind;
}

/**
 * spots_checklist_question_set_concerning:
 * @answer: %SPOTS_ANSWER_YES or %SPOTS_ANSWER_NO
 */
void
spots_checklist_question_set_concerning (SpotsChecklistQuestion *self,
                                         SpotsAnswer             answer)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));
  g_return_if_fail (answer == SPOTS_ANSWER_YES || answer == SPOTS_ANSWER_NO);
  self->concerning = answer;
}

/**
 * spots_checklist_question_set_statement_no:
 * @statement: what a "no" means, to finish "you said that …"
 */
void
spots_checklist_question_set_statement_no (SpotsChecklistQuestion *self,
                                           const char             *statement)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));
  g_free (self->statement_no);
  self->statement_no = g_strdup (statement);
}

/**
 * spots_checklist_question_set_label:
 * @label: a short name, for the list of who the check was for ("Age")
 */
void
spots_checklist_question_set_label (SpotsChecklistQuestion *self,
                                    const char             *label)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));
  g_free (self->label);
  self->label = g_strdup (label);
}

/**
 * spots_checklist_question_set_reassurance:
 * @text: why the reassuring answer matters, said when it keeps a result at
 *   home care
 */
void
spots_checklist_question_set_reassurance (SpotsChecklistQuestion *self,
                                          const char             *text)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));
  g_free (self->reassurance);
  self->reassurance = g_strdup (text);
}

void
spots_checklist_question_add_choice (SpotsChecklistQuestion *self,
                                     const char             *id,
                                     const char             *label,
                                     const char             *statement)
{
  SpotsChecklistChoice *choice;

  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));
  g_return_if_fail (id != NULL && label != NULL && statement != NULL);

  choice = g_new0 (SpotsChecklistChoice, 1);
  choice->id = g_strdup (id);
  choice->label = g_strdup (label);
  choice->statement = g_strdup (statement);
  g_ptr_array_add (self->choices, choice);
}

/**
 * spots_checklist_question_set_only_if:
 * @question: a choice question asked before this one
 * @choices: the choices for which this question applies
 *
 * Makes the question apply only to some people: "pregnant" only where the
 * age allows it.
 */
void
spots_checklist_question_set_only_if (SpotsChecklistQuestion *self,
                                      const char             *question,
                                      const char * const     *choices)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self));

  g_free (self->only_if_question);
  g_strfreev (self->only_if_choices);
  self->only_if_question = g_strdup (question);
  self->only_if_choices = g_strdupv ((char **) choices);
}

SpotsQuestionKind
spots_checklist_question_get_kind (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), SPOTS_QUESTION_YES_NO);
  return self->kind;
}

SpotsAnswer
spots_checklist_question_get_concerning (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), SPOTS_ANSWER_YES);
  return self->concerning;
}

SpotsAnswer
spots_checklist_question_get_reassuring (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), SPOTS_ANSWER_NO);
  return self->concerning == SPOTS_ANSWER_YES ? SPOTS_ANSWER_NO : SPOTS_ANSWER_YES;
}

/**
 * spots_checklist_question_get_statement_no:
 *
 * Returns: (nullable): what a "no" means, if the file says.
 */
const char *
spots_checklist_question_get_statement_no (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->statement_no;
}

/**
 * spots_checklist_question_get_answer_statement:
 * @answer: yes or no
 *
 * Returns: (nullable): what that answer means, to finish "you said that …".
 */
const char *
spots_checklist_question_get_answer_statement (SpotsChecklistQuestion *self,
                                               SpotsAnswer             answer)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return answer == SPOTS_ANSWER_NO ? self->statement_no : self->statement;
}

/**
 * spots_checklist_question_get_label:
 *
 * Returns: a short name for the question: its label, or else its text.
 */
const char *
spots_checklist_question_get_label (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->label != NULL ? self->label : self->text;
}

/**
 * spots_checklist_question_get_reassurance:
 *
 * Returns: (nullable): why the reassuring answer matters.
 */
const char *
spots_checklist_question_get_reassurance (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->reassurance;
}

guint
spots_checklist_question_get_n_choices (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), 0);
  return self->choices->len;
}

const SpotsChecklistChoice *
spots_checklist_question_get_choice (SpotsChecklistQuestion *self,
                                     guint                   index)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  g_return_val_if_fail (index < self->choices->len, NULL);
  return g_ptr_array_index (self->choices, index);
}

/**
 * spots_checklist_question_find_choice:
 *
 * Returns: the index of the choice with this id, or -1.
 */
int
spots_checklist_question_find_choice (SpotsChecklistQuestion *self,
                                      const char             *id)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), -1);

  for (guint i = 0; i < self->choices->len; i++)
    if (g_strcmp0 (((SpotsChecklistChoice *) g_ptr_array_index (self->choices, i))->id, id) == 0)
      return (int) i;

  return -1;
}

/**
 * spots_checklist_question_get_only_if_question:
 *
 * Returns: (nullable): the choice question that decides whether this one
 *   applies, or %NULL if it always does.
 */
const char *
spots_checklist_question_get_only_if_question (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return self->only_if_question;
}

const char * const *
spots_checklist_question_get_only_if_choices (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);
  return (const char * const *) self->only_if_choices;
}

/**
 * spots_checklist_question_dup_answers:
 *
 * Returns: (transfer full): the answers the command line accepts, from
 *   least to most concerning, separated by commas ("no,not-sure,yes"); for
 *   a choice question, its choices in the file's order.
 */
char *
spots_checklist_question_dup_answers (SpotsChecklistQuestion *self)
{
  g_autoptr(GString) answers = g_string_new (NULL);

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), NULL);

  if (self->kind == SPOTS_QUESTION_CHOICE)
    {
      for (guint i = 0; i < self->choices->len; i++)
        g_string_append_printf (answers, "%s%s", i > 0 ? "," : "",
                                ((SpotsChecklistChoice *) g_ptr_array_index (self->choices, i))->id);
      return g_string_free (g_steal_pointer (&answers), FALSE);
    }

  return g_strdup_printf ("%s,%s,%s",
                          spots_answer_to_string (spots_checklist_question_get_reassuring (self)),
                          spots_answer_to_string (SPOTS_ANSWER_NOT_SURE),
                          spots_answer_to_string (self->concerning));
}

/**
 * spots_checklist_question_is_about_who:
 *
 * Returns: whether the question is about who the check is for: asked on
 *   the first page, all together, never one by one.
 */
gboolean
spots_checklist_question_is_about_who (SpotsChecklistQuestion *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_QUESTION (self), FALSE);
  return g_strcmp0 (self->group_id, SPOTS_WHO_GROUP) == 0;
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
