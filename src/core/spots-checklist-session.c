/* spots-checklist-session.c: one walk through the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wizard's model, without GTK: first the "who" page (age, pregnancy,
 * immunity: the same spots mean different things in a baby and in an
 * adult), then one question at a time, what was answered in which order
 * (for Back), and the result. Questions come from
 * spots_checklist_next_question(), so emergencies end the walk at once and
 * questions that cannot change the result are skipped.
 *
 * Answers exist only in memory, in this object; restart() forgets them.
 */
#define G_LOG_DOMAIN "spots-checklist-session"

#include "config.h"

#include "spots-checklist-private.h"
#include "spots-checklist-session.h"

struct _SpotsChecklistSession
{
  GObject parent_instance;

  SpotsChecklist *checklist;
  SpotsChecklistAnswers *answers;
  GPtrArray *asked;                 /* SpotsChecklistQuestion, in the order answered */
  SpotsChecklistQuestion *current;  /* NULL on the "who" page and when finished */
  gboolean who_done;                /* the "who" page was confirmed */
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
 * spots_checklist_session_get_who_questions:
 *
 * Returns: (transfer container) (element-type SpotsChecklistQuestion): the
 *   questions of the "who" page that apply to the person as described so
 *   far: no pregnancy question for a baby.
 */
GPtrArray *
spots_checklist_session_get_who_questions (SpotsChecklistSession *self)
{
  GListModel *questions;
  g_autofree SpotsState *states = NULL;
  GPtrArray *who = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), who);

  questions = spots_checklist_get_questions (self->checklist);
  states = spots_checklist_states_from_answers (self->checklist, self->answers);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);

      if (spots_checklist_question_is_about_who (question) &&
          spots_checklist_state_applies (self->checklist, states, i))
        g_ptr_array_add (who, g_steal_pointer (&question));
    }

  return who;
}

/* Answers to questions that no longer apply (pregnancy, once the age says
 * baby) go, so that nothing stale is counted or printed. */
static void
forget_what_no_longer_applies (SpotsChecklistSession *self)
{
  GListModel *questions = spots_checklist_get_questions (self->checklist);
  g_autofree SpotsState *states = spots_checklist_states_from_answers (self->checklist,
                                                                       self->answers);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    if (!spots_checklist_state_applies (self->checklist, states, i))
      {
        g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);

        spots_checklist_answers_set (self->answers, spots_checklist_question_get_id (question),
                                     SPOTS_ANSWER_NONE);
        g_ptr_array_remove (self->asked, question);
      }
}

/**
 * spots_checklist_session_set_who_answer:
 * @question: a question of the "who" page
 * @value: "yes", "no", "not-sure", a choice's id, or %NULL for none
 *
 * Answers a question on the "who" page; the page stays.
 */
void
spots_checklist_session_set_who_answer (SpotsChecklistSession *self,
                                        const char            *question,
                                        const char            *value)
{
  SpotsChecklistQuestion *found;
  SpotsAnswer answer = SPOTS_ANSWER_NONE;

  g_return_if_fail (SPOTS_IS_CHECKLIST_SESSION (self));
  found = spots_checklist_lookup_question (self->checklist, question);
  g_return_if_fail (found != NULL);

  if (spots_checklist_question_get_kind (found) == SPOTS_QUESTION_CHOICE)
    {
      g_return_if_fail (value == NULL || spots_checklist_question_find_choice (found, value) >= 0);
      spots_checklist_answers_set_choice (self->answers, question, value);
      forget_what_no_longer_applies (self);
    }
  else
    {
      g_return_if_fail (value == NULL || spots_answer_from_string (value, &answer));
      spots_checklist_answers_set (self->answers, question, answer);
    }
}

/**
 * spots_checklist_session_is_on_who_page:
 *
 * Returns: whether the "who" page is showing.
 */
gboolean
spots_checklist_session_is_on_who_page (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), FALSE);
  return !self->who_done;
}

/**
 * spots_checklist_session_confirm_who:
 *
 * Leaves the "who" page for the first question. Its yes/no questions may
 * stay unanswered (they count as not sure); every choice (the age) must
 * be made.
 *
 * Returns: %FALSE, staying on the page, if a choice is missing.
 */
gboolean
spots_checklist_session_confirm_who (SpotsChecklistSession *self)
{
  g_autoptr(GPtrArray) who = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), FALSE);

  who = spots_checklist_session_get_who_questions (self);
  for (guint i = 0; i < who->len; i++)
    {
      SpotsChecklistQuestion *question = g_ptr_array_index (who, i);

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE &&
          spots_checklist_answers_get_choice (self->answers,
                                              spots_checklist_question_get_id (question)) == NULL)
        return FALSE;
    }

  self->who_done = TRUE;
  set_current (self, spots_checklist_next_question (self->checklist, self->answers));
  return TRUE;
}

/**
 * spots_checklist_session_get_current:
 *
 * Returns: (nullable) (transfer none): the question to show, or %NULL on
 *   the "who" page and when the walk is over and the result is due.
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
  return self->who_done && self->current == NULL;
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
 * Returns to the last question answered and takes its answer back; from
 * the first question, back to the "who" page, whose answers stay.
 *
 * Returns: %FALSE on the "who" page, where there is nothing before.
 */
gboolean
spots_checklist_session_go_back (SpotsChecklistSession *self)
{
  g_autoptr(SpotsChecklistQuestion) last = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), FALSE);

  if (!self->who_done)
    return FALSE;

  if (self->asked->len == 0)
    {
      self->who_done = FALSE;
      set_current (self, NULL);
      return TRUE;
    }

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
  if (found == NULL)
    return FALSE;

  /* Who the check is for is changed on its own page. */
  if (spots_checklist_question_is_about_who (found))
    {
      self->who_done = FALSE;
      set_current (self, NULL);
      return TRUE;
    }

  if (spots_checklist_answers_get (self->answers, question) == SPOTS_ANSWER_NONE)
    return FALSE;

  set_current (self, found);
  return TRUE;
}

/**
 * spots_checklist_session_restart:
 *
 * Forgets every answer and starts again on the "who" page ("Start over").
 */
void
spots_checklist_session_restart (SpotsChecklistSession *self)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_SESSION (self));

  spots_checklist_answers_clear (self->answers);
  g_ptr_array_set_size (self->asked, 0);
  self->who_done = FALSE;
  set_current (self, NULL);
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
                                   spots_checklist_question_get_reassuring (self->current));
      total++;
    }

  while ((next = spots_checklist_next_question (self->checklist, what_if)) != NULL)
    {
      spots_checklist_answers_set (what_if, spots_checklist_question_get_id (next),
                                   spots_checklist_question_get_reassuring (next));
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
 * spots_checklist_session_get_report:
 *
 * Returns: (transfer full): the result in words, for the page and the
 *   handover sheet.
 */
SpotsChecklistReport *
spots_checklist_session_get_report (SpotsChecklistSession *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_SESSION (self), NULL);
  return spots_checklist_report_new (self->checklist, self->answers);
}

/**
 * spots_checklist_session_load_answers:
 * @answers: a whole set of answers, such as a test case
 *
 * Replaces every answer with @answers, as if they had been given in asking
 * order, and goes on from there: to the first question still to ask, or
 * to the result.
 */
void
spots_checklist_session_load_answers (SpotsChecklistSession *self,
                                      SpotsChecklistAnswers *answers)
{
  GListModel *questions;

  g_return_if_fail (SPOTS_IS_CHECKLIST_SESSION (self));
  g_return_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (answers));

  g_clear_object (&self->answers);
  self->answers = spots_checklist_answers_copy (answers);
  g_ptr_array_set_size (self->asked, 0);

  questions = spots_checklist_get_questions (self->checklist);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);

      if (!spots_checklist_question_is_about_who (question) &&
          spots_checklist_answers_get (self->answers,
                                       spots_checklist_question_get_id (question)) !=
            SPOTS_ANSWER_NONE)
        g_ptr_array_add (self->asked, g_steal_pointer (&question));
    }

  self->who_done = TRUE;
  set_current (self, spots_checklist_next_question (self->checklist, self->answers));
}
