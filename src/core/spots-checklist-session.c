/* spots-checklist-session.c: one walk through the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wizard's model, without GTK: which question is showing, what was
 * answered in which order (for Back), and the result. Questions come from
 * spots_checklist_next_question(), so emergencies end the walk at once and
 * questions that cannot change the result are skipped.
 *
 * Answers exist only in memory, in this object; restart() forgets them.
 */
#define G_LOG_DOMAIN "spots-core"

#include "config.h"

#include "spots-checklist-session.h"

struct _SpotsChecklistSession
{
  GObject parent_instance;

  SpotsChecklist *checklist;
  SpotsChecklistAnswers *answers;
  GPtrArray *asked;                 /* SpotsChecklistQuestion, in the order answered */
  SpotsChecklistQuestion *current;  /* NULL when finished */
};

G_DEFINE_FINAL_TYPE (SpotsChecklistSession, spots_checklist_session, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
spots_checklist_session_dispose (GObject *object)
{
  SpotsChecklistSession *self = SPOTS_CHECKLIST_SESSION (object);

  g_clear_object (&self->checklist);
  g_clear_object (&self->answers);
  g_clear_pointer (&self->asked, g_ptr_array_unref);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (spots_checklist_session_parent_class)->dispose (object);
}

static void
spots_checklist_session_class_init (SpotsChecklistSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = spots_checklist_session_dispose;

  /**
   * SpotsChecklistSession::changed:
   *
   * The question showing, or the result, changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
spots_checklist_session_init (SpotsChecklistSession *self)
{
  self->answers = spots_checklist_answers_new ();
  self->asked = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
set_current (SpotsChecklistSession  *self,
             SpotsChecklistQuestion *question)
{
  g_set_object (&self->current, question);
  g_signal_emit (self, signals[CHANGED], 0);
}

SpotsChecklistSession *
spots_checklist_session_new (SpotsChecklist *checklist)
{
  SpotsChecklistSession *self;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (checklist), NULL);

  self = g_object_new (SPOTS_TYPE_CHECKLIST_SESSION, NULL);
  self->checklist = g_object_ref (checklist);
  self->current = spots_checklist_next_question (checklist, self->answers);
  if (self->current != NULL)
    g_object_ref (self->current);

  return self;
}

SpotsChecklist *
spots_checklist_session_get_checklist (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), NULL);
  return self->checklist;
}

SpotsChecklistAnswers *
spots_checklist_session_get_answers (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), NULL);
  return self->answers;
}

/**
 * spots_checklist_session_get_current:
 *
 * Returns: (nullable) (transfer none): the question to show, or %NULL when
 *   the walk is over and the result is due.
 */
SpotsChecklistQuestion *
spots_checklist_session_get_current (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), NULL);
  return self->current;
}

gboolean
spots_checklist_session_is_finished (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), TRUE);
  return self->current == NULL;
}

static void
forget_asked (SpotsChecklistSession  *self,
              SpotsChecklistQuestion *question)
{
  g_ptr_array_remove (self->asked, question);
}

/**
 * spots_checklist_session_answer:
 *
 * Answers the current question and moves on: to the next question that can
 * still change the result, or to the result.
 */
void
spots_checklist_session_answer (SpotsChecklistSession *self,
                                SpotsAnswer            answer)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_SESSION (self));
  g_return_if_fail (self->current != NULL);
  g_return_if_fail (answer != SPOTS_ANSWER_NONE);

  forget_asked (self, self->current);
  g_ptr_array_add (self->asked, g_object_ref (self->current));
  spots_checklist_answers_set (self->answers, spots_checklist_question_get_id (self->current),
                               answer);

  set_current (self, spots_checklist_next_question (self->checklist, self->answers));
}

/**
 * spots_checklist_session_go_back:
 *
 * Returns to the last question answered and takes its answer back.
 *
 * Returns: %FALSE if nothing has been answered yet.
 */
gboolean
spots_checklist_session_go_back (SpotsChecklistSession *self)
{
  g_autoptr(SpotsChecklistQuestion) last = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), FALSE);

  if (self->asked->len == 0)
    return FALSE;

  last = g_ptr_array_steal_index (self->asked, self->asked->len - 1);
  spots_checklist_answers_set (self->answers, spots_checklist_question_get_id (last),
                               SPOTS_ANSWER_NONE);
  set_current (self, last);

  return TRUE;
}

/**
 * spots_checklist_session_revisit:
 *
 * Shows an answered question again, to change its answer ("Change an
 * answer"). The other answers stay; after the new answer the walk goes on
 * to whatever still matters, which may be nothing.
 *
 * Returns: %FALSE if @question was not answered.
 */
gboolean
spots_checklist_session_revisit (SpotsChecklistSession *self,
                                 const char            *question)
{
  SpotsChecklistQuestion *found;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  found = spots_checklist_lookup_question (self->checklist, question);
  if (found == NULL || spots_checklist_answers_get (self->answers, question) == SPOTS_ANSWER_NONE)
    return FALSE;

  set_current (self, found);
  return TRUE;
}

/**
 * spots_checklist_session_restart:
 *
 * Forgets every answer and starts again ("Start over").
 */
void
spots_checklist_session_restart (SpotsChecklistSession *self)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_SESSION (self));

  spots_checklist_answers_clear (self->answers);
  g_ptr_array_set_size (self->asked, 0);
  set_current (self, spots_checklist_next_question (self->checklist, self->answers));
}

/**
 * spots_checklist_session_get_position:
 *
 * Returns: the number of the question showing, from 1.
 */
guint
spots_checklist_session_get_position (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), 0);

  if (self->current != NULL &&
      spots_checklist_answers_get (self->answers,
                                   spots_checklist_question_get_id (self->current)) !=
        SPOTS_ANSWER_NONE)
    {
      /* Revisiting an answered question: its place in the order. */
      for (guint i = 0; i < self->asked->len; i++)
        if (g_ptr_array_index (self->asked, i) == self->current)
          return i + 1;
    }

  return self->asked->len + 1;
}

/**
 * spots_checklist_session_get_total:
 *
 * Returns: how many questions this walk will have if every question still
 *   to come is answered no: "Question 3 of 14". The total can only shrink
 *   as answers come in, never jump up by surprise, except after a "yes".
 */
guint
spots_checklist_session_get_total (SpotsChecklistSession *self)
{
  g_autoptr(SpotsChecklistAnswers) what_if = NULL;
  SpotsChecklistQuestion *next;
  guint total;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), 0);

  total = self->asked->len;
  what_if = spots_checklist_answers_copy (self->answers);
  if (self->current != NULL &&
      spots_checklist_answers_get (what_if, spots_checklist_question_get_id (self->current)) ==
        SPOTS_ANSWER_NONE)
    {
      spots_checklist_answers_set (what_if, spots_checklist_question_get_id (self->current),
                                   SPOTS_ANSWER_NO);
      total++;
    }

  while ((next = spots_checklist_next_question (self->checklist, what_if)) != NULL)
    {
      spots_checklist_answers_set (what_if, spots_checklist_question_get_id (next),
                                   SPOTS_ANSWER_NO);
      total++;
    }

  return MAX (total, spots_checklist_session_get_position (self));
}

/**
 * spots_checklist_session_get_asked:
 *
 * Returns: (transfer none) (element-type SpotsChecklistQuestion): the
 *   questions answered, in the order they were answered.
 */
GPtrArray *
spots_checklist_session_get_asked (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), NULL);
  return self->asked;
}

/**
 * spots_checklist_session_get_result:
 *
 * Returns: (transfer full): the result for the answers so far.
 */
SpotsChecklistResult *
spots_checklist_session_get_result (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), NULL);
  return spots_checklist_evaluate (self->checklist, self->answers);
}

/**
 * spots_checklist_session_would_ask_more:
 *
 * Returns: whether answering @question with @answer, the other answers
 *   kept, would bring up questions not yet asked: after a walk that ended
 *   early, ruling a sign out brings back the questions that were skipped.
 */
gboolean
spots_checklist_session_would_ask_more (SpotsChecklistSession  *self,
                                        SpotsChecklistQuestion *question,
                                        SpotsAnswer             answer)
{
  g_autoptr(SpotsChecklistAnswers) what_if = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), FALSE);

  what_if = spots_checklist_answers_copy (self->answers);
  spots_checklist_answers_set (what_if, spots_checklist_question_get_id (question), answer);
  return spots_checklist_next_question (self->checklist, what_if) != NULL;
}
