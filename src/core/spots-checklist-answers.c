/* spots-checklist-answers.c: what the person said, so far
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Answers live in memory only. Nothing here knows how to save them: the
 * product promises that checklist answers are never written to disk unless
 * the person prints or saves the handover sheet.
 */
#define G_LOG_DOMAIN "spots-checklist-answers"

#include "config.h"

#include "spots-checklist-answers.h"

struct _SpotsChecklistAnswers
{
  GObject parent_instance;

  /* question id -> the answer's word: "yes", "no", "not-sure", or the id
   * of a choice ("under-3-months"). One table for both kinds of question. */
  GHashTable *answers;
};

G_DEFINE_FINAL_TYPE (SpotsChecklistAnswers, spots_checklist_answers, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
spots_checklist_answers_finalize (GObject *object)
{
  SpotsChecklistAnswers *self = SPOTS_CHECKLIST_ANSWERS (object);

  g_clear_pointer (&self->answers, g_hash_table_unref);

  G_OBJECT_CLASS (spots_checklist_answers_parent_class)->finalize (object);
}

static void
spots_checklist_answers_class_init (SpotsChecklistAnswersClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spots_checklist_answers_finalize;

  /**
   * SpotsChecklistAnswers::changed:
   *
   * An answer was given, changed or taken back.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
spots_checklist_answers_init (SpotsChecklistAnswers *self)
{
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

SpotsChecklistAnswers *
spots_checklist_answers_new (void)
{
  return g_object_new (SPOTS_TYPE_CHECKLIST_ANSWERS, NULL);
}

SpotsChecklistAnswers *
spots_checklist_answers_copy (SpotsChecklistAnswers *self)
{
  SpotsChecklistAnswers *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (self), NULL);

  copy = spots_checklist_answers_new ();
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->answers, g_strdup (key), g_strdup (value));

  return copy;
}

static void
store (SpotsChecklistAnswers *self,
       const char            *question,
       const char            *value)
{
  if (g_strcmp0 (g_hash_table_lookup (self->answers, question), value) == 0)
    return;

  if (value == NULL)
    g_hash_table_remove (self->answers, question);
  else
    g_hash_table_insert (self->answers, g_strdup (question), g_strdup (value));

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * spots_checklist_answers_set:
 * @answer: %SPOTS_ANSWER_NONE takes the answer back
 *
 * Answers a yes/no question.
 */
void
spots_checklist_answers_set (SpotsChecklistAnswers *self,
                             const char            *question,
                             SpotsAnswer            answer)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (self));
  g_return_if_fail (question != NULL);

  store (self, question, answer == SPOTS_ANSWER_NONE ? NULL : spots_answer_to_string (answer));
}

/**
 * spots_checklist_answers_get:
 *
 * Returns: the answer to a yes/no question; %SPOTS_ANSWER_NONE if it has
 *   none (or holds a choice).
 */
SpotsAnswer
spots_checklist_answers_get (SpotsChecklistAnswers *self,
                             const char            *question)
{
  SpotsAnswer answer;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (self), SPOTS_ANSWER_NONE);
  g_return_val_if_fail (question != NULL, SPOTS_ANSWER_NONE);

  if (!spots_answer_from_string (g_hash_table_lookup (self->answers, question), &answer))
    return SPOTS_ANSWER_NONE;
  return answer;
}

/**
 * spots_checklist_answers_set_choice:
 * @choice: (nullable): the id of the choice; %NULL takes the answer back
 *
 * Answers a choice question, such as the age band.
 */
void
spots_checklist_answers_set_choice (SpotsChecklistAnswers *self,
                                    const char            *question,
                                    const char            *choice)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (self));
  g_return_if_fail (question != NULL);

  store (self, question, choice);
}

/**
 * spots_checklist_answers_get_choice:
 *
 * Returns: (nullable): the id of the choice made, or %NULL.
 */
const char *
spots_checklist_answers_get_choice (SpotsChecklistAnswers *self,
                                    const char            *question)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (self), NULL);
  g_return_val_if_fail (question != NULL, NULL);

  return g_hash_table_lookup (self->answers, question);
}

void
spots_checklist_answers_clear (SpotsChecklistAnswers *self)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (self));

  if (g_hash_table_size (self->answers) == 0)
    return;

  g_hash_table_remove_all (self->answers);
  g_signal_emit (self, signals[CHANGED], 0);
}

guint
spots_checklist_answers_count (SpotsChecklistAnswers *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (self), 0);

  return g_hash_table_size (self->answers);
}

/* The words of the command line: yes, no, not-sure. */
const char *
spots_answer_to_string (SpotsAnswer answer)
{
  switch (answer)
    {
    case SPOTS_ANSWER_YES:
      return "yes";
    case SPOTS_ANSWER_NO:
      return "no";
    case SPOTS_ANSWER_NOT_SURE:
      return "not-sure";
    case SPOTS_ANSWER_NONE:
      return "none";
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached ("none");
}

gboolean
spots_answer_from_string (const char  *text,
                          SpotsAnswer *answer)
{
  if (g_strcmp0 (text, "yes") == 0)
    *answer = SPOTS_ANSWER_YES;
  else if (g_strcmp0 (text, "no") == 0)
    *answer = SPOTS_ANSWER_NO;
  else if (g_strcmp0 (text, "not-sure") == 0)
    *answer = SPOTS_ANSWER_NOT_SURE;
  else
    return FALSE;

  return TRUE;
}
