/* fuzz-checklist.c: the checklist loader under libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is one content file. A checklist the loader accepts must keep
 * the promise that makes it safe: no answer moved from its reassuring end
 * to "not sure" or to its concerning end, and no question left unanswered,
 * ever gives a less urgent tier. The fuzzer aborts on any file that breaks
 * it, so the loader must refuse every rule that could. Each accepted file
 * is also walked like the wizard walks it and reported like the result page
 * reports it.
 */
#define G_LOG_DOMAIN "spots-fuzz"

#include "config.h"

#include "spots-checklist-question.h"
#include "spots-checklist-report.h"
#include "spots-checklist-session.h"
#include "spots-fuzz.h"

/* Enough for any real checklist; a fuzzed one with thousands of questions
 * would only slow the fuzzer down. */
#define MAX_MOVES 64

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  spots_fuzz_init ();
  return 0;
}

/* Every question answered the reassuring way; a choice question takes its
 * first choice. */
static SpotsChecklistAnswers *
new_reassuring_answers (GListModel *questions)
{
  SpotsChecklistAnswers *answers = spots_checklist_answers_new ();

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);
      const char *id = spots_checklist_question_get_id (question);

      if (spots_checklist_question_get_kind (question) != SPOTS_QUESTION_CHOICE)
        spots_checklist_answers_set (answers, id,
                                     spots_checklist_question_get_reassuring (question));
      else if (spots_checklist_question_get_n_choices (question) > 0)
        spots_checklist_answers_set_choice (answers, id,
                                            spots_checklist_question_get_choice (question, 0)->id);
    }

  return answers;
}

static void
check_never_less_urgent (SpotsChecklist *checklist)
{
  GListModel *questions = spots_checklist_get_questions (checklist);
  g_autoptr(SpotsChecklistAnswers) reassuring = new_reassuring_answers (questions);
  g_autoptr(SpotsChecklistAnswers) nothing = spots_checklist_answers_new ();
  SpotsTier base = spots_checklist_evaluate_tier (checklist, reassuring);
  guint n = MIN (g_list_model_get_n_items (questions), MAX_MOVES);

  g_assert_cmpint (spots_checklist_evaluate_tier (checklist, nothing), >=, base);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);
      const char *id = spots_checklist_question_get_id (question);
      g_autoptr(SpotsChecklistAnswers) moved = NULL;

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE)
        continue;

      moved = spots_checklist_answers_copy (reassuring);
      spots_checklist_answers_set (moved, id, SPOTS_ANSWER_NOT_SURE);
      g_assert_cmpint (spots_checklist_evaluate_tier (checklist, moved), >=, base);
      spots_checklist_answers_set (moved, id, spots_checklist_question_get_concerning (question));
      g_assert_cmpint (spots_checklist_evaluate_tier (checklist, moved), >=, base);
    }
}

/* Through the wizard, answering "not sure" to everything it asks. */
static void
walk_like_the_wizard (SpotsChecklist *checklist)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  g_autoptr(SpotsChecklistReport) report = NULL;
  g_autoptr(GPtrArray) who = spots_checklist_session_get_who_questions (session);
  guint steps = 0;

  for (guint i = 0; i < who->len; i++)
    {
      SpotsChecklistQuestion *question = g_ptr_array_index (who, i);

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE &&
          spots_checklist_question_get_n_choices (question) > 0)
        spots_checklist_session_set_who_answer (session, spots_checklist_question_get_id (question),
                                                spots_checklist_question_get_choice (question, 0)->id);
    }
  if (!spots_checklist_session_confirm_who (session))
    return;

  while (spots_checklist_session_get_current (session) != NULL && steps++ < MAX_MOVES)
    {
      spots_checklist_session_answer (session, SPOTS_ANSWER_NOT_SURE);
      if (steps == 2)
        g_assert (spots_checklist_session_go_back (session));
    }

  report = spots_checklist_report_new (checklist, spots_checklist_session_get_answers (session));
  g_assert (spots_checklist_report_get_heading (report) != NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  SpotsContentFile file = { NULL };

  spots_fuzz_read_content (&file, data, size);

  if (file.checklist != NULL)
    {
      check_never_less_urgent (file.checklist);
      walk_like_the_wizard (file.checklist);
    }

  spots_content_file_clear (&file);
  return 0;
}
