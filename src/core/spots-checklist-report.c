/* spots-checklist-report.c: the checklist's result in words, said once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every sentence a person reads about a result comes from here: the tier's
 * heading, time frame and advice, who the check was for, the reasons with
 * the answers behind them, how "not sure" and unanswered questions were
 * treated, what would change the result, the safety net and the pages to
 * read. The result page, the handover sheet and --checklist-evaluate all
 * take their words from one report, so they cannot drift apart.
 */
#define G_LOG_DOMAIN "spots-checklist-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "spots-checklist-private.h"
#include "spots-checklist-report.h"

struct _SpotsChecklistReport
{
  GObject parent_instance;

  SpotsChecklist *checklist;
  SpotsChecklistResult *result;
  GPtrArray *who;                 /* char *: "Age: 1 to 4 years" */
  GPtrArray *reasons;             /* char *: one sentence or two each */
  char *not_sure_note;
  GPtrArray *raise;               /* char *: "If there is a fever: Get emergency help now" */
  GPtrArray *lower;               /* char * */
  GPtrArray *articles;            /* char *: article ids, in asking order */
  GPtrArray *answered_questions;  /* SpotsChecklistQuestion that apply, in asking order */
  GPtrArray *answer_labels;       /* char *: "Yes", "Not sure", "1 to 4 years" */
};

G_DEFINE_FINAL_TYPE (SpotsChecklistReport, spots_checklist_report, G_TYPE_OBJECT)

/**
 * spots_answer_get_label:
 *
 * Returns: how an answer reads to a person: "Yes", "Not sure".
 */
const char *
spots_answer_get_label (SpotsAnswer answer)
{
  switch (answer)
    {
    case SPOTS_ANSWER_YES:
      return _("Yes");
    case SPOTS_ANSWER_NO:
      return _("No");
    case SPOTS_ANSWER_NOT_SURE:
      return _("Not sure");
    case SPOTS_ANSWER_NONE:
      /* Translators: a checklist question left without an answer */
      return _("Not answered");
    }

  g_return_val_if_reached (NULL);
}

static void
spots_checklist_report_dispose (GObject *object)
{
  SpotsChecklistReport *self = SPOTS_CHECKLIST_REPORT (object);

  g_clear_object (&self->checklist);
  g_clear_pointer (&self->result, spots_checklist_result_unref);
  g_clear_pointer (&self->who, g_ptr_array_unref);
  g_clear_pointer (&self->reasons, g_ptr_array_unref);
  g_clear_pointer (&self->not_sure_note, g_free);
  g_clear_pointer (&self->raise, g_ptr_array_unref);
  g_clear_pointer (&self->lower, g_ptr_array_unref);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->answered_questions, g_ptr_array_unref);
  g_clear_pointer (&self->answer_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (spots_checklist_report_parent_class)->dispose (object);
}

static void
spots_checklist_report_class_init (SpotsChecklistReportClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = spots_checklist_report_dispose;
}

static void
spots_checklist_report_init (SpotsChecklistReport *self)
{
  self->who = g_ptr_array_new_with_free_func (g_free);
  self->reasons = g_ptr_array_new_with_free_func (g_free);
  self->raise = g_ptr_array_new_with_free_func (g_free);
  self->lower = g_ptr_array_new_with_free_func (g_free);
  self->articles = g_ptr_array_new_with_free_func (g_free);
  self->answered_questions = g_ptr_array_new_with_free_func (g_object_unref);
  self->answer_labels = g_ptr_array_new_with_free_func (g_free);
}

static SpotsChecklistQuestion *
question_at (SpotsChecklist *checklist,
             guint           index)
{
  g_autoptr(SpotsChecklistQuestion) question =
    g_list_model_get_item (spots_checklist_get_questions (checklist), index);

  /* The checklist keeps its own reference. */
  return question;
}

/* "Yes", "Not answered", or the choice's label. */
static char *
dup_answer_label (SpotsChecklistQuestion *question,
                  SpotsChecklistAnswers  *answers)
{
  const char *id = spots_checklist_question_get_id (question);

  if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE)
    {
      int choice = spots_checklist_question_find_choice (
        question, spots_checklist_answers_get_choice (answers, id));

      if (choice < 0)
        return g_strdup (spots_answer_get_label (SPOTS_ANSWER_NONE));
      return g_strdup (spots_checklist_question_get_choice (question, (guint) choice)->label);
    }

  return g_strdup (spots_answer_get_label (spots_checklist_answers_get (answers, id)));
}

static void
add_answers_and_who (SpotsChecklistReport  *self,
                     SpotsChecklistAnswers *answers,
                     const SpotsState      *states)
{
  GListModel *questions = spots_checklist_get_questions (self->checklist);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      SpotsChecklistQuestion *question = question_at (self->checklist, i);
      g_autofree char *label = NULL;

      /* Nothing about questions that do not apply to this person. */
      if (!spots_checklist_state_applies (self->checklist, states, i) &&
          states[i] == SPOTS_STATE_UNANSWERED)
        continue;

      label = dup_answer_label (question, answers);
      if (spots_checklist_question_is_about_who (question))
        /* Translators: "Age: 1 to 4 years" */
        g_ptr_array_add (self->who, g_strdup_printf (_("%s: %s"),
                                                     spots_checklist_question_get_label (question),
                                                     label));

      g_ptr_array_add (self->answered_questions, g_object_ref (question));
      g_ptr_array_add (self->answer_labels, g_steal_pointer (&label));
    }
}

/* For a home-care result: the tier's own reason, and each reassuring
 * answer that kept it there (one that, answered the other way, would
 * raise the tier), with why it reassures. */
static void
add_self_care_reasons (SpotsChecklistReport *self,
                       const SpotsState     *states)
{
  const char *reason = spots_checklist_get_self_care_reason (self->checklist);

  g_ptr_array_add (self->reasons, g_strdup (reason != NULL ? reason
                                           : _("None of your answers, on its own or together "
                                               "with the others, is a sign that needs a doctor.")));

  for (guint i = 0; i < spots_checklist_result_get_n_changes (self->result); i++)
    {
      const SpotsChecklistChange *change = spots_checklist_result_get_change (self->result, i);
      guint index = spots_checklist_question_get_index (change->question);
      const char *reassurance = spots_checklist_question_get_reassurance (change->question);
      g_autoptr(GPtrArray) one = NULL;
      g_autofree char *clause = NULL;
      g_autofree char *sentence = NULL;

      if (reassurance == NULL || states[index] != SPOTS_LEVEL_REASSURING ||
          change->tier <= spots_checklist_result_get_tier (self->result))
        continue;

      one = g_ptr_array_new ();
      g_ptr_array_add (one, change->question);
      clause = spots_checklist_describe_answers (one, &states[index]);
      sentence = spots_checklist_sentence_from_clause (clause);
      g_ptr_array_add (self->reasons, g_strdup_printf ("%s %s", reassurance, sentence));
    }
}

static void
add_reasons (SpotsChecklistReport *self,
             const SpotsState     *states)
{
  if (spots_checklist_result_get_tier (self->result) == SPOTS_TIER_SELF_CARE)
    {
      add_self_care_reasons (self, states);
      return;
    }

  for (guint i = 0; i < spots_checklist_result_get_n_reasons (self->result); i++)
    g_ptr_array_add (self->reasons,
                     spots_checklist_reason_format (spots_checklist_result_get_reason (self->result,
                                                                                       i)));
}

static void
add_not_sure_note (SpotsChecklistReport *self,
                   const SpotsState     *states)
{
  guint n_not_sure = 0, n_unanswered = 0;

  for (guint i = 0; i < self->answered_questions->len; i++)
    {
      guint index = spots_checklist_question_get_index (g_ptr_array_index (self->answered_questions,
                                                                           i));

      n_not_sure += states[index] == SPOTS_LEVEL_NOT_SURE;
      n_unanswered += states[index] == SPOTS_STATE_UNANSWERED;
    }

  if (spots_checklist_result_get_raised_by_not_sure (self->result))
    self->not_sure_note =
      g_strdup (_("Some questions were answered “not sure” or were not answered. To be safe, "
                  "each was treated as if the sign might be there, and that made the result "
                  "more urgent. If you can check, change those answers."));
  else if (n_not_sure + n_unanswered > 0)
    self->not_sure_note =
      g_strdup (_("Questions answered “not sure” or not answered were treated as if the sign "
                  "might be there; they did not change the result."));
}

/* Whether, with @question answered reassuringly, the walk would go on to
 * questions it skipped: then the new result is not known yet. */
static gboolean
would_ask_more (SpotsChecklistReport   *self,
                SpotsChecklistAnswers  *answers,
                SpotsChecklistQuestion *question,
                SpotsAnswer             answer)
{
  g_autoptr(SpotsChecklistAnswers) what_if = spots_checklist_answers_copy (answers);

  spots_checklist_answers_set (what_if, spots_checklist_question_get_id (question), answer);
  return spots_checklist_next_question (self->checklist, what_if) != NULL;
}

static void
add_changes (SpotsChecklistReport  *self,
             SpotsChecklistAnswers *answers)
{
  for (guint i = 0; i < spots_checklist_result_get_n_changes (self->result); i++)
    {
      const SpotsChecklistChange *change = spots_checklist_result_get_change (self->result, i);
      const char *heading = spots_checklist_get_tier_heading (self->checklist, change->tier);
      const char *statement = spots_checklist_question_get_statement (change->question);
      gboolean concerning_is_yes =
        spots_checklist_question_get_concerning (change->question) == SPOTS_ANSWER_YES;

      if (change->tier > spots_checklist_result_get_tier (self->result))
        {
          const char *meaning =
            spots_checklist_question_get_answer_statement (change->question, change->answer);

          /* Translators: "If there is a fever: Get emergency help now" */
          g_ptr_array_add (self->raise, g_strdup_printf (_("If %s: %s"),
                                                         meaning != NULL ? meaning : statement,
                                                         heading));
        }
      else if (would_ask_more (self, answers, change->question, change->answer))
        g_ptr_array_add (self->lower,
                         concerning_is_yes
                         ? g_strdup_printf (_("If you can rule out that %s, change that answer: "
                                              "the checklist will go on with the questions it "
                                              "skipped."), statement)
                         : g_strdup_printf (_("If you are sure that %s, change that answer: the "
                                              "checklist will go on with the questions it "
                                              "skipped."), statement));
      else
        g_ptr_array_add (self->lower,
                         concerning_is_yes
                         /* Translators: "If you can rule out that …: Book a doctor's appointment" */
                         ? g_strdup_printf (_("If you can rule out that %s: %s"), statement,
                                            heading)
                         : g_strdup_printf (_("If you are sure that %s: %s"), statement, heading));
    }
}

/* The pages behind the signs the person reported, in asking order; the
 * guide to getting care always. */
static void
add_articles (SpotsChecklistReport *self,
              const SpotsState     *states)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->answered_questions->len; i++)
    {
      SpotsChecklistQuestion *question = g_ptr_array_index (self->answered_questions, i);
      SpotsState state = states[spots_checklist_question_get_index (question)];
      const char *article = spots_checklist_question_get_article (question);

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE ||
          (state != SPOTS_LEVEL_CONCERNING && state != SPOTS_LEVEL_NOT_SURE) || article == NULL ||
          g_hash_table_contains (seen, article))
        continue;

      g_hash_table_add (seen, (gpointer) article);
      g_ptr_array_add (self->articles, g_strdup (article));
    }

  if (!g_hash_table_contains (seen, "when-to-seek-care"))
    g_ptr_array_add (self->articles, g_strdup ("when-to-seek-care"));
}

/**
 * spots_checklist_report_new:
 * @answers: any answers; unanswered questions count as not sure
 *
 * Returns: (transfer full): the result in words.
 */
SpotsChecklistReport *
spots_checklist_report_new (SpotsChecklist        *checklist,
                            SpotsChecklistAnswers *answers)
{
  SpotsChecklistReport *self;
  g_autofree SpotsState *states = NULL;

  g_return_val_if_fail (SPOTS_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_ANSWERS (answers), NULL);

  self = g_object_new (SPOTS_TYPE_CHECKLIST_REPORT, NULL);
  self->checklist = g_object_ref (checklist);
  self->result = spots_checklist_evaluate (checklist, answers);
  states = spots_checklist_states_from_answers (checklist, answers);

  add_answers_and_who (self, answers, states);
  add_reasons (self, states);
  add_not_sure_note (self, states);
  add_changes (self, answers);
  add_articles (self, states);

  return self;
}

SpotsChecklistResult *
spots_checklist_report_get_result (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->result;
}

SpotsTier
spots_checklist_report_get_tier (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), SPOTS_TIER_EMERGENCY);
  return spots_checklist_result_get_tier (self->result);
}

const char *
spots_checklist_report_get_heading (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return spots_checklist_get_tier_heading (self->checklist, spots_checklist_report_get_tier (self));
}

const char *
spots_checklist_report_get_timeframe (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return spots_checklist_get_tier_timeframe (self->checklist,
                                             spots_checklist_report_get_tier (self));
}

const char *
spots_checklist_report_get_advice (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return spots_checklist_get_tier_advice (self->checklist, spots_checklist_report_get_tier (self));
}

const char *
spots_checklist_report_get_safety_net (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return spots_checklist_get_tier_safety_net (self->checklist,
                                              spots_checklist_report_get_tier (self));
}

/**
 * spots_checklist_report_get_who:
 *
 * Returns: (transfer none) (element-type utf8): who the check was for, one
 *   "Age: 1 to 4 years" line per question about the person.
 */
GPtrArray *
spots_checklist_report_get_who (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->who;
}

/**
 * spots_checklist_report_get_reasons:
 *
 * Returns: (transfer none) (element-type utf8): why the result is what it
 *   is, each with the answers behind it.
 */
GPtrArray *
spots_checklist_report_get_reasons (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->reasons;
}

/**
 * spots_checklist_report_get_not_sure_note:
 *
 * Returns: (nullable): how "not sure" and unanswered questions were
 *   treated, if there were any.
 */
const char *
spots_checklist_report_get_not_sure_note (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->not_sure_note;
}

/**
 * spots_checklist_report_get_raise:
 *
 * Returns: (transfer none) (element-type utf8): the answers that would make
 *   the result more urgent, with the tier each would give.
 */
GPtrArray *
spots_checklist_report_get_raise (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->raise;
}

/**
 * spots_checklist_report_get_lower:
 *
 * Returns: (transfer none) (element-type utf8): the "not sure" answers that,
 *   ruled out, would make it less urgent.
 */
GPtrArray *
spots_checklist_report_get_lower (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->lower;
}

/**
 * spots_checklist_report_get_articles:
 *
 * Returns: (transfer none) (element-type utf8): ids of the articles to read.
 */
GPtrArray *
spots_checklist_report_get_articles (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->articles;
}

/**
 * spots_checklist_report_get_answered_questions:
 *
 * Returns: (transfer none) (element-type SpotsChecklistQuestion): every
 *   question that applies to this person, in asking order; their answers
 *   are in spots_checklist_report_get_answer_labels().
 */
GPtrArray *
spots_checklist_report_get_answered_questions (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->answered_questions;
}

GPtrArray *
spots_checklist_report_get_answer_labels (SpotsChecklistReport *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_REPORT (self), NULL);
  return self->answer_labels;
}
