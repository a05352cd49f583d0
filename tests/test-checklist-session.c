/* test-checklist-session.c: one walk through the checklist, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wizard's model: who it is for first, the order of questions,
 * "Question N of M", Back,
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

/* The "who" page, answered for a healthy adult. */
static void
start_adult (SpotsChecklistSession *session)
{
  spots_checklist_session_set_who_answer (session, "age", "25-to-74-years");
  spots_checklist_session_set_who_answer (session, "pregnant", "no");
  spots_checklist_session_set_who_answer (session, "weak-immunity", "no");
  assert_true (spots_checklist_session_confirm_who (session));
}

static char *
who_ids (SpotsChecklistSession *session)
{
  g_autoptr(GPtrArray) who = spots_checklist_session_get_who_questions (session);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < who->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            spots_checklist_question_get_id (g_ptr_array_index (who, i)));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_starts_with_who_it_is_for (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  g_autofree char *unknown = who_ids (session);
  g_autofree char *baby = NULL;
  g_autofree char *older_baby = NULL;
  g_autofree char *adult = NULL;
  g_autofree char *old = NULL;

  assert_true (spots_checklist_session_is_on_who_page (session));
  assert_null (spots_checklist_session_get_current (session));
  assert_false (spots_checklist_session_is_finished (session));
  assert_false (spots_checklist_session_go_back (session));

  /* Before the age is known every question of the page may apply. */
  assert_string_equal (unknown, "age pregnant weak-immunity can-crawl");
  /* No going on without an age. */
  assert_false (spots_checklist_session_confirm_who (session));
  assert_true (spots_checklist_session_is_on_who_page (session));

  spots_checklist_session_set_who_answer (session, "age", "under-3-months");
  baby = who_ids (session);
  assert_string_equal (baby, "age weak-immunity");
  spots_checklist_session_set_who_answer (session, "age", "3-to-11-months");
  older_baby = who_ids (session);
  assert_string_equal (older_baby, "age weak-immunity can-crawl");
  spots_checklist_session_set_who_answer (session, "age", "75-years-or-over");
  old = who_ids (session);
  assert_string_equal (old, "age weak-immunity");
  spots_checklist_session_set_who_answer (session, "age", "25-to-74-years");
  adult = who_ids (session);
  assert_string_equal (adult, "age pregnant weak-immunity");

  /* A pregnancy answer goes when the age says baby. */
  spots_checklist_session_set_who_answer (session, "pregnant", "yes");
  spots_checklist_session_set_who_answer (session, "age", "1-to-4-years");
  assert_int_equal (answer_to (session, "pregnant"), SPOTS_ANSWER_NONE);

  /* The rest may stay unanswered: they count as not sure. */
  assert_true (spots_checklist_session_confirm_who (session));
  assert_string_equal (current_id (session), "glass-test");
  assert_int_equal (spots_checklist_session_get_position (session), 1);
}

static void
test_emergency_ends_the_walk (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  g_autoptr(SpotsChecklistResult) result = NULL;
  guint changes = 0;

  start_adult (session);
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

  start_adult (session);
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
  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);  /* fever */
  assert_true (spots_checklist_session_is_finished (session));
  assert_true (spots_checklist_session_go_back (session));
  assert_string_equal (current_id (session), "fever");

  /* From the first question, back to who it is for, answers kept. */
  assert_true (spots_checklist_session_go_back (session));
  assert_true (spots_checklist_session_go_back (session));
  assert_true (spots_checklist_session_is_on_who_page (session));
  assert_string_equal (spots_checklist_answers_get_choice (
                         spots_checklist_session_get_answers (session), "age"), "25-to-74-years");
  assert_false (spots_checklist_session_go_back (session));
}

static void
test_not_sure_is_kept_and_reported (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  g_autoptr(SpotsChecklistResult) result = NULL;

  /* Not sure about the glass, and very unwell: an emergency, at once. */
  start_adult (session);
  spots_checklist_session_answer (session, SPOTS_ANSWER_NOT_SURE);  /* glass test */
  spots_checklist_session_answer (session, SPOTS_ANSWER_NO);        /* fever */
  spots_checklist_session_answer (session, SPOTS_ANSWER_YES);       /* very unwell */
  assert_true (spots_checklist_session_is_finished (session));
  result = spots_checklist_session_get_result (session);
  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_EMERGENCY);

  /* Not sure about a fever, and nothing else: a same-day visit, not
   * self-care, and the walk goes on to the signs that could raise it. */
  spots_checklist_session_restart (session);
  start_adult (session);
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

  start_adult (session);
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

  /* Who it was for is changed on its own page. */
  assert_true (spots_checklist_session_revisit (session, "weak-immunity"));
  assert_true (spots_checklist_session_is_on_who_page (session));
}

static void
test_start_over_forgets_everything (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  GListModel *questions = spots_checklist_get_questions (checklist);

  start_adult (session);
  while (!spots_checklist_session_is_finished (session))
    spots_checklist_session_answer (session, SPOTS_ANSWER_NO);
  assert_true (spots_checklist_session_get_asked (session)->len > 10);

  spots_checklist_session_restart (session);
  assert_true (spots_checklist_session_is_on_who_page (session));
  assert_int_equal (spots_checklist_session_get_asked (session)->len, 0);
  assert_int_equal (spots_checklist_answers_count (spots_checklist_session_get_answers (session)),
                    0);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);

      assert_int_equal (answer_to (session, spots_checklist_question_get_id (question)),
                        SPOTS_ANSWER_NONE);
    }
}

static void
test_total_never_grows_after_a_reassuring_answer (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  guint total;

  spots_checklist_session_set_who_answer (session, "age", "3-to-11-months");
  spots_checklist_session_set_who_answer (session, "weak-immunity", "no");
  spots_checklist_session_set_who_answer (session, "can-crawl", "yes");
  assert_true (spots_checklist_session_confirm_who (session));
  total = spots_checklist_session_get_total (session);

  while (!spots_checklist_session_is_finished (session))
    {
      SpotsChecklistQuestion *current = spots_checklist_session_get_current (session);

      assert_true (spots_checklist_session_get_position (session) <= total);
      spots_checklist_session_answer (session,
                                      spots_checklist_question_get_reassuring (current));
      if (!spots_checklist_session_is_finished (session))
        {
          assert_true (spots_checklist_session_get_total (session) <= total);
          total = spots_checklist_session_get_total (session);
        }
    }
  assert_int_equal (spots_checklist_session_get_asked (session)->len, total);
}

static void
test_load_answers (void **state)
{
  g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (checklist);
  g_autoptr(SpotsChecklistAnswers) answers = spots_checklist_answers_new ();
  g_autoptr(SpotsChecklistReport) report = NULL;

  spots_checklist_answers_set_choice (answers, "age", "16-to-24-years");
  spots_checklist_answers_set (answers, "glass-test", SPOTS_ANSWER_YES);
  spots_checklist_answers_set (answers, "fever", SPOTS_ANSWER_YES);
  spots_checklist_session_load_answers (session, answers);

  assert_true (spots_checklist_session_is_finished (session));
  assert_int_equal (spots_checklist_session_get_asked (session)->len, 2);
  report = spots_checklist_session_get_report (session);
  assert_int_equal (spots_checklist_report_get_tier (report), SPOTS_TIER_EMERGENCY);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_starts_with_who_it_is_for),
    cmocka_unit_test (test_emergency_ends_the_walk),
    cmocka_unit_test (test_back_takes_the_answer_back),
    cmocka_unit_test (test_not_sure_is_kept_and_reported),
    cmocka_unit_test (test_change_an_answer_from_the_result),
    cmocka_unit_test (test_start_over_forgets_everything),
    cmocka_unit_test (test_total_never_grows_after_a_reassuring_answer),
    cmocka_unit_test (test_load_answers),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_core_init ();
  return cmocka_run_group_tests_name ("checklist session", tests, setup, teardown);
}
