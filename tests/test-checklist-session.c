/* test-checklist-session.c: one walk through the checklist, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wizard's model: the order of questions, "Question N of M", Back,
 * the short-circuit on the first emergency, changing an answer from the
 * result, and Start over forgetting everything.
 */
#include "config.h"

#include <locale.h>

#include "spots-checklist-session.h"
#include "spots-core.h"
#include "spots-test-util.h"

static SpotsLibrary *library;
static SpotsChecklist *checklist;

static int
setup (void **state)
{
  library = spots_library_new_default (NULL, NULL);
  checklist = spots_library_get_checklist (library);
  return checklist != NULL ? 0 : -1;
}

static int
teardown (void **state)
{
  g_clear_object (&library);
  return 0;
}

static const char *
current_id (SpotsChecklistSession *session)
{
  SpotsChecklistQuestion *current = spots_checklist_session_get_current (session);

  return current != NULL ? spots_checklist_question_get_id (current) : "(result)";
}

static SpotsAnswer
answer_to (SpotsChecklistSession *session,
           const char            *question)
{
  return spots_checklist_answers_get (spots_checklist_session_get_answers (session), question);
}

static void
count_change (SpotsChecklistSession *session,
              guint                 *changes)
{
  (*changes)++;
}

static void
test_starts_with_the_glass_test (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  guint n_questions = g_list_model_get_n_items (spots_checklist_get_questions (checklist));

  assert_string_equal (current_id (session), "glass-test");
  assert_false (spots_checklist_session_is_finished (session));
  assert_int_equal (spots_checklist_session_get_position (session), 1);
  /* Nothing answered: every question may come. */
  assert_int_equal (spots_checklist_session_get_total (session), n_questions);
  assert_false (spots_checklist_session_go_back (session));
}

static void
test_emergency_ends_the_walk (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  g_autoptr(SpotsChecklistResult) result = NULL;
  guint changes = 0;

  g_signal_connect (session, "changed", G_CALLBACK (count_change), &changes);

  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);
  assert_string_equal (current_id (session), "fever");
  assert_int_equal (spots_checklist_session_get_position (session), 2);

  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);
  assert_true (spots_checklist_session_is_finished (session));
  assert_int_equal (spots_checklist_session_get_asked (session)->len, 2);
  assert_int_equal (changes, 2);

  result = spots_checklist_session_get_result (session);
  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_EMERGENCY);
  assert_false (spots_checklist_result_get_raised_by_not_sure (result));
}

static void
test_back_takes_the_answer_back (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);

  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);  /* glass test */
  spots_checklist_session_answer (session, SPOTS_ANSWER_NO);   /* fever */
  assert_string_equal (current_id (session), "very-unwell");
  assert_int_equal (spots_checklist_session_get_position (session), 3);

  assert_true (spots_checklist_session_go_back (session));
  assert_string_equal (current_id (session), "fever");
  assert_int_equal (answer_to (session, "fever"), SPOTS_ANSWER_NONE);
  assert_int_equal (answer_to (session, "glass-test"), SPOTS_ANSWER_YES);
  assert_int_equal (spots_checklist_session_get_position (session), 2);

  /* Back from the result page returns to the question that ended it. */
  spots_checklist_session_go_back (session);
  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);  /* glass test */
  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);  /* fever */
  assert_true (spots_checklist_session_is_finished (session));
  assert_true (spots_checklist_session_go_back (session));
  assert_string_equal (current_id (session), "fever");
}

static void
test_not_sure_is_kept_and_reported (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  g_autoptr(SpotsChecklistResult) result = NULL;

  /* Not sure about the glass, and a fever: an emergency, at once, and the
   * result says the "not sure" raised it. */
  spots_checklist_session_answer (session, SPOTS_ANSWER_NOT_SURE);  /* glass test */
  spots_checklist_session_answer (session, SPOTS_ANSWER_NO);        /* fever */
  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);       /* very unwell */
  assert_true (spots_checklist_session_is_finished (session));
  result = spots_checklist_session_get_result (session);
  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_EMERGENCY);

  /* Not sure about a fever, and nothing else: a same-day visit, not
   * self-care, and the walk goes on to the signs that could raise it. */
  spots_checklist_session_restart (session);
  spots_checklist_session_answer (session, SPOTS_ANSWER_NO);        /* glass test */
  spots_checklist_session_answer (session, SPOTS_ANSWER_NOT_SURE);  /* fever */
  assert_string_equal (current_id (session), "very-unwell");
  while (!spots_checklist_session_is_finished (session))
    spots_checklist_session_answer (session, SPOTS_ANSWER_NO);
  g_clear_pointer (&result, spots_checklist_result_unref);
  result = spots_checklist_session_get_result (session);
  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_URGENT);
  assert_true (spots_checklist_result_get_raised_by_not_sure (result));
}

static void
test_change_an_answer_from_the_result (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  g_autoptr(SpotsChecklistResult) result = NULL;

  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);
  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);
  assert_true (spots_checklist_session_is_finished (session));

  /* An unanswered question cannot be revisited. */
  assert_false (spots_checklist_session_revisit (session, "strain"));
  assert_false (spots_checklist_session_revisit (session, "no-such-question"));

  assert_true (spots_checklist_session_revisit (session, "fever"));
  assert_string_equal (current_id (session), "fever");
  assert_int_equal (spots_checklist_session_get_position (session), 2);

  /* No fever after all: the walk goes on through the other signs. */
  spots_checklist_session_answer (session, SPOTS_ANSWER_NO);
  assert_false (spots_checklist_session_is_finished (session));
  assert_string_equal (current_id (session), "very-unwell");
  assert_int_equal (answer_to (session, "glass-test"), SPOTS_ANSWER_YES);

  spots_checklist_session_answer (session, SPOTS_ANSWER_NOT_SURE);  /* very unwell */
  while (!spots_checklist_session_is_finished (session))
    spots_checklist_session_answer (session, SPOTS_ANSWER_NO);
  /* Spots that stay under a glass in someone who may be very unwell: still
   * an emergency, and the changed fever answer is kept. */
  result = spots_checklist_session_get_result (session);
  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_EMERGENCY);
  assert_int_equal (answer_to (session, "fever"), SPOTS_ANSWER_NO);
}

static void
test_start_over_forgets_everything (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  GListModel *questions = spots_checklist_get_questions (checklist);

  while (!spots_checklist_session_is_finished (session))
    spots_checklist_session_answer (session, SPOTS_ANSWER_NO);
  assert_int_equal (spots_checklist_session_get_asked (session)->len,
                    g_list_model_get_n_items (questions));

  spots_checklist_session_restart (session);
  assert_string_equal (current_id (session), "glass-test");
  assert_int_equal (spots_checklist_session_get_asked (session)->len, 0);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);

      assert_int_equal (answer_to (session, spots_checklist_question_get_id (question)),
                        SPOTS_ANSWER_NONE);
    }
}

static void
test_total_never_grows_after_a_no (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  guint total = spots_checklist_session_get_total (session);

  while (!spots_checklist_session_is_finished (session))
    {
      guint position = spots_checklist_session_get_position (session);

      assert_true (position <= total);
      spots_checklist_session_answer (session, SPOTS_ANSWER_NO);
      if (!spots_checklist_session_is_finished (session))
        {
          assert_true (spots_checklist_session_get_total (session) <= total);
          total = spots_checklist_session_get_total (session);
        }
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_starts_with_the_glass_test),
    cmocka_unit_test (test_emergency_ends_the_walk),
    cmocka_unit_test (test_back_takes_the_answer_back),
    cmocka_unit_test (test_not_sure_is_kept_and_reported),
    cmocka_unit_test (test_change_an_answer_from_the_result),
    cmocka_unit_test (test_start_over_forgets_everything),
    cmocka_unit_test (test_total_never_grows_after_a_no),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_core_init ();
  return cmocka_run_group_tests_name ("checklist session", tests, setup, teardown);
}
