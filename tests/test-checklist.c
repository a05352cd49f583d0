/* test-checklist.c: the red-flag checklist never under-triages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Safety is proven, not sampled, where it can be: every combination of
 * answers to the glass test and the emergency signs is tried. Monotonicity
 * (one more yes never lowers urgency) is checked exhaustively over the
 * emergency signs and over a large seeded sample of whole answer sets, for
 * every rule file shipped. Unsafe rule files are refused with their line.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "spots-checklist-commands.h"
#include "spots-checklist-private.h"
#include "spots-checklist-result.h"
#include "spots-core.h"
#include "spots-error.h"
#include "spots-test-util.h"

#define N_RANDOM_SETS 100000
#define RANDOM_SEED 20261122

static SpotsLibrary *library;
static SpotsChecklist *shipped;
static SpotsChecklist *small;

static const char * const required_questions[] = {
  "glass-test", "fever", "very-unwell", "stiff-neck", "severe-headache", "confusion",
  "light-sensitivity", "breathing", "spreading-fast", "bleeding", "bruising", "severe-fatigue",
  "blisters", "joint-pain", "blood-thinners", "blood-condition", "new-medicine", "spreading",
  "no-clear-cause", "changing-spot", "strain", NULL
};

static char *
checklist_path (const char *name)
{
  return g_build_filename (spots_test_source_dir (), "tests", "checklist", name, NULL);
}

/* Loads one file the way --check-content does. */
static SpotsLibrary *
load_file (const char *path)
{
  const char *paths[] = { path, NULL };
  SpotsLibrary *loaded = spots_library_new ();

  spots_library_load_resource (loaded, SPOTS_BUILTIN_CONTENT);
  spots_library_load_paths (loaded, paths, NULL, NULL);
  spots_library_finish (loaded);

  return loaded;
}

static int
setup (void **state)
{
  g_autofree char *small_path = checklist_path ("good-small.xml");
  g_autoptr(SpotsLibrary) small_library = load_file (small_path);

  library = spots_library_new_default (NULL, NULL);
  shipped = spots_library_get_checklist (library);
  small = g_object_ref (spots_library_get_checklist (small_library));

  return shipped != NULL && small != NULL && small != shipped ? 0 : -1;
}

static int
teardown (void **state)
{
  g_clear_object (&small);
  g_clear_object (&library);
  return 0;
}

static guint
n_questions (SpotsChecklist *checklist)
{
  return g_list_model_get_n_items (spots_checklist_get_questions (checklist));
}

static SpotsChecklistQuestion *
question_at (SpotsChecklist *checklist,
             guint           index)
{
  g_autoptr(SpotsChecklistQuestion) question =
    g_list_model_get_item (spots_checklist_get_questions (checklist), index);

  return question;
}

static SpotsChecklistAnswers *
answers_from (SpotsChecklist *checklist,
              const char     *text)
{
  g_autoptr(GError) error = NULL;
  SpotsChecklistAnswers *answers = spots_checklist_parse_answers (checklist, text, &error);

  g_assert_no_error (error);
  return answers;
}

static SpotsTier
tier_of (SpotsChecklist *checklist,
         const char     *text)
{
  g_autoptr(SpotsChecklistAnswers) answers = answers_from (checklist, text);

  return spots_checklist_evaluate_tier (checklist, answers);
}

static void
test_required_questions_in_order (void **state)
{
  GListModel *questions = spots_checklist_get_questions (shipped);
  guint last_emergency = 0, first_other = G_MAXUINT;

  for (guint i = 0; required_questions[i] != NULL; i++)
    if (spots_checklist_lookup_question (shipped, required_questions[i]) == NULL)
      fail_msg ("the checklist has no question \"%s\"", required_questions[i]);

  /* Emergency signs come before every other group except the glass test. */
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      SpotsChecklistQuestion *question = question_at (shipped, i);
      const char *group = spots_checklist_question_get_group_id (question);

      if (g_str_equal (group, SPOTS_EMERGENCY_GROUP))
        last_emergency = i;
      else if (!g_str_equal (spots_checklist_question_get_id (question), "glass-test"))
        first_other = MIN (first_other, i);

      assert_true (strlen (spots_checklist_question_get_help (question)) > 20);
      assert_non_null (spots_checklist_question_get_article (question));
    }
  assert_string_equal (spots_checklist_question_get_id (question_at (shipped, 0)), "glass-test");
  assert_true (last_emergency < first_other);

  /* The glass test shows the illustration. */
  assert_non_null (spots_checklist_question_get_illustration (
    spots_checklist_lookup_question (shipped, "glass-test")));
}

static void
test_tiers_have_words (void **state)
{
  for (SpotsTier tier = 0; tier < SPOTS_N_TIERS; tier++)
    {
      assert_non_null (spots_checklist_get_tier_heading (shipped, tier));
      assert_non_null (spots_checklist_get_tier_advice (shipped, tier));
      assert_non_null (spots_checklist_get_tier_timeframe (shipped, tier));
      assert_true (strlen (spots_checklist_get_tier_safety_net (shipped, tier)) > 40);
    }

  assert_string_equal (spots_checklist_get_tier_heading (shipped, SPOTS_TIER_EMERGENCY),
                       "Get emergency help now");
  assert_int_equal (g_strv_length ((char **) spots_checklist_get_doctor_questions (shipped)), 5);
}

static void
test_engine_basics (void **state)
{
  /* good-small.xml: r1 (emergency) = fever yes, or rash yes/not sure;
   * r2 (urgent) = rash yes/not sure. */
  assert_int_equal (tier_of (small, ""), SPOTS_TIER_SELF_CARE);
  assert_int_equal (tier_of (small, "fever=no,rash=no"), SPOTS_TIER_SELF_CARE);
  assert_int_equal (tier_of (small, "fever=not-sure"), SPOTS_TIER_SELF_CARE);
  assert_int_equal (tier_of (small, "fever=yes"), SPOTS_TIER_EMERGENCY);
  assert_int_equal (tier_of (small, "rash=not-sure"), SPOTS_TIER_EMERGENCY);

  /* The shipped rules. */
  assert_int_equal (tier_of (shipped, "glass-test=yes,fever=yes"), SPOTS_TIER_EMERGENCY);
  assert_int_equal (tier_of (shipped, "glass-test=yes"), SPOTS_TIER_SELF_CARE);
  assert_int_equal (tier_of (shipped, "glass-test=yes,no-clear-cause=yes"), SPOTS_TIER_SOON);
  assert_int_equal (tier_of (shipped, "bruising=yes"), SPOTS_TIER_URGENT);
  assert_int_equal (tier_of (shipped, "bruising=not-sure"), SPOTS_TIER_SOON);
  assert_int_equal (tier_of (shipped, "stiff-neck=not-sure"), SPOTS_TIER_URGENT);
  assert_int_equal (tier_of (shipped, "glass-test=not-sure,very-unwell=not-sure"),
                    SPOTS_TIER_EMERGENCY);
}

static void
test_reasons_and_changes (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers =
    answers_from (shipped, "glass-test=not-sure,fever=yes,stiff-neck=no");
  g_autoptr(SpotsChecklistResult) result = spots_checklist_evaluate (shipped, answers);
  const SpotsChecklistReason *first;
  g_autofree char *line = NULL;
  gboolean found_non_blanching = FALSE;

  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_EMERGENCY);
  assert_int_equal (spots_checklist_result_get_n_reasons (result), 2);

  for (guint i = 0; i < spots_checklist_result_get_n_reasons (result); i++)
    {
      const SpotsChecklistReason *reason = spots_checklist_result_get_reason (result, i);

      if (g_str_equal (reason->rule_id, "non-blanching-with-fever-or-unwell"))
        {
          found_non_blanching = TRUE;
          assert_int_equal (reason->questions->len, 2);
          /* It fires only because of the "not sure" about the glass (the
           * fever alone fires the other rule, so the tier stands). */
          assert_true (reason->needs_not_sure);
        }
      assert_true (g_strv_length (reason->sources) >= 1);
    }
  assert_true (found_non_blanching);

  first = spots_checklist_result_get_reason (result, 0);
  line = spots_checklist_reason_format (first);
  assert_contains (line, "you said that there is a fever, and you were not sure whether the "
                         "spots stay visible when a glass is pressed on them");

  /* Already an emergency: nothing could raise it; fever is a yes, so
   * nothing "not sure" could lower it either. */
  assert_false (spots_checklist_result_get_raised_by_not_sure (result));
  assert_int_equal (spots_checklist_result_get_n_changes (result), 0);
}

static void
test_not_sure_raises_and_what_would_change (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers =
    answers_from (shipped, "glass-test=no,fever=not-sure,blood-thinners=yes");
  g_autoptr(SpotsChecklistResult) result = spots_checklist_evaluate (shipped, answers);
  gboolean fever_raises = FALSE, fever_lowers = FALSE;

  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_URGENT);
  assert_true (spots_checklist_result_get_raised_by_not_sure (result));
  assert_int_equal (spots_checklist_result_get_tier_without_not_sure (result), SPOTS_TIER_SOON);
  assert_true (spots_checklist_result_get_reason (result, 0)->needs_not_sure);

  for (guint i = 0; i < spots_checklist_result_get_n_changes (result); i++)
    {
      const SpotsChecklistChange *change = spots_checklist_result_get_change (result, i);
      const char *id = spots_checklist_question_get_id (change->question);

      if (g_str_equal (id, "fever") && change->answer == SPOTS_ANSWER_YES)
        fever_raises = change->tier == SPOTS_TIER_EMERGENCY;
      if (g_str_equal (id, "fever") && change->answer == SPOTS_ANSWER_NO)
        fever_lowers = change->tier == SPOTS_TIER_SOON;
      if (change->answer == SPOTS_ANSWER_YES)
        assert_true (change->tier > SPOTS_TIER_URGENT);
    }

  assert_true (fever_raises);
  assert_true (fever_lowers);
}

static void
test_deterministic (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers =
    answers_from (shipped, "fever=yes,bruising=yes,glass-test=yes,strain=yes");
  g_autoptr(GString) first = g_string_new (NULL);

  for (int round = 0; round < 3; round++)
    {
      g_autoptr(SpotsChecklistResult) result = spots_checklist_evaluate (shipped, answers);
      g_autoptr(GString) text = g_string_new (spots_tier_to_string (
        spots_checklist_result_get_tier (result)));

      for (guint i = 0; i < spots_checklist_result_get_n_reasons (result); i++)
        {
          g_autofree char *line =
            spots_checklist_reason_format (spots_checklist_result_get_reason (result, i));

          g_string_append_printf (text, "\n%s", line);
        }

      if (round == 0)
        g_string_assign (first, text->str);
      else
        assert_string_equal (text->str, first->str);
    }
}

/* Safety, exhaustively: every combination of no / not sure / yes over the
 * glass test and the emergency signs. */
static void
test_every_emergency_sign_yes_is_an_emergency (void **state)
{
  guint n = n_questions (shipped);
  g_autofree SpotsAnswer *values = g_new0 (SpotsAnswer, n);
  g_autoptr(GArray) group = g_array_new (FALSE, FALSE, sizeof (guint));
  guint glass = spots_checklist_question_get_index (spots_checklist_lookup_question (shipped,
                                                                                    "glass-test"));
  guint fever = spots_checklist_question_get_index (spots_checklist_lookup_question (shipped,
                                                                                    "fever"));
  guint unwell = spots_checklist_question_get_index (
    spots_checklist_lookup_question (shipped, "very-unwell"));
  guint64 combinations = 1, checked = 0;

  g_array_append_val (group, glass);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (spots_checklist_question_get_group_id (question_at (shipped, i)),
                     SPOTS_EMERGENCY_GROUP))
      g_array_append_val (group, i);

  assert_true (group->len >= 10);
  for (guint i = 0; i < group->len; i++)
    combinations *= 3;

  for (guint64 combination = 0; combination < combinations; combination++)
    {
      guint64 rest = combination;
      gboolean any_yes = FALSE, any_not_sure = FALSE;
      SpotsTier tier;

      for (guint i = 0; i < group->len; i++)
        {
          guint index = g_array_index (group, guint, i);
          static const SpotsAnswer choices[] = { SPOTS_ANSWER_NO, SPOTS_ANSWER_NOT_SURE,
                                                 SPOTS_ANSWER_YES };

          values[index] = choices[rest % 3];
          rest /= 3;
          if (index != glass)
            {
              any_yes |= values[index] == SPOTS_ANSWER_YES;
              any_not_sure |= values[index] == SPOTS_ANSWER_NOT_SURE;
            }
        }

      tier = spots_checklist_tier_of (shipped, values);
      checked++;

      if (any_yes && tier != SPOTS_TIER_EMERGENCY)
        fail_msg ("combination %" G_GUINT64_FORMAT ": an emergency sign is yes, but the tier "
                  "is %s", combination, spots_tier_to_string (tier));
      if (any_not_sure && tier < SPOTS_TIER_URGENT)
        fail_msg ("combination %" G_GUINT64_FORMAT ": an emergency sign is not sure, but the "
                  "tier is %s", combination, spots_tier_to_string (tier));
      if (values[glass] != SPOTS_ANSWER_NO &&
          (values[fever] != SPOTS_ANSWER_NO || values[unwell] != SPOTS_ANSWER_NO) &&
          tier != SPOTS_TIER_EMERGENCY)
        fail_msg ("combination %" G_GUINT64_FORMAT ": spots that may not fade with a fever or "
                  "feeling unwell, but the tier is %s", combination, spots_tier_to_string (tier));
    }

  print_message ("# safety: %" G_GUINT64_FORMAT " combinations of %u questions checked\n",
                 checked, group->len);
}

static SpotsAnswer
random_answer (GRand *rand)
{
  static const SpotsAnswer all[] = { SPOTS_ANSWER_NONE, SPOTS_ANSWER_NO, SPOTS_ANSWER_NOT_SURE,
                                     SPOTS_ANSWER_YES };

  return all[g_rand_int_range (rand, 0, 4)];
}

/* Each change that says "more of a sign": from not answered or no to not
 * sure or yes, and from not sure to yes. */
static void
check_flips (SpotsChecklist *checklist,
             SpotsAnswer    *values,
             guint64        *checked)
{
  guint n = n_questions (checklist);
  SpotsTier before = spots_checklist_tier_of (checklist, values);

  for (guint i = 0; i < n; i++)
    {
      SpotsAnswer saved = values[i];

      for (SpotsAnswer higher = SPOTS_ANSWER_NOT_SURE; higher <= SPOTS_ANSWER_YES; higher++)
        {
          SpotsTier after;

          if (higher <= saved)
            continue;

          values[i] = higher;
          after = spots_checklist_tier_of (checklist, values);
          (*checked)++;

          if (after < before)
            fail_msg ("%s: answering %s to %s lowered the tier from %s to %s",
                      spots_checklist_get_source_file (checklist), spots_answer_to_string (higher),
                      spots_checklist_question_get_id (question_at (checklist, i)),
                      spots_tier_to_string (before), spots_tier_to_string (after));
        }

      values[i] = saved;
    }
}

static void
check_monotonic (SpotsChecklist *checklist)
{
  guint n = n_questions (checklist);
  g_autofree SpotsAnswer *values = g_new0 (SpotsAnswer, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (RANDOM_SEED);
  guint64 checked = 0;

  /* Every single-question answer set. */
  for (guint i = 0; i < n; i++)
    for (SpotsAnswer answer = SPOTS_ANSWER_NONE; answer <= SPOTS_ANSWER_YES; answer++)
      {
        memset (values, 0, sizeof (SpotsAnswer) * n);
        values[i] = answer;
        check_flips (checklist, values, &checked);
      }

  /* A large seeded sample of whole and partial answer sets. */
  for (guint s = 0; s < N_RANDOM_SETS; s++)
    {
      for (guint i = 0; i < n; i++)
        values[i] = random_answer (rand);
      check_flips (checklist, values, &checked);
    }

  print_message ("# monotonic: %s: %" G_GUINT64_FORMAT " single flips checked\n",
                 spots_checklist_get_source_file (checklist), checked);
}

static void
test_monotonic_shipped (void **state)
{
  check_monotonic (shipped);
}

static void
test_monotonic_test_rules (void **state)
{
  check_monotonic (small);
}

/* Whether some completion of the unanswered questions makes the tier
 * differ between QUESTION answered no and answered yes: the brute-force
 * meaning of "this question could change the result". */
static gboolean
could_change (SpotsChecklist *checklist,
              SpotsAnswer    *values,
              guint           question,
              GArray         *unanswered,
              guint           from)
{
  if (from == unanswered->len)
    {
      SpotsTier if_no, if_yes;

      values[question] = SPOTS_ANSWER_NO;
      if_no = spots_checklist_tier_of (checklist, values);
      values[question] = SPOTS_ANSWER_YES;
      if_yes = spots_checklist_tier_of (checklist, values);
      values[question] = SPOTS_ANSWER_NONE;

      return if_yes != if_no;
    }

  {
    guint index = g_array_index (unanswered, guint, from);
    gboolean found = FALSE;

    if (index == question)
      return could_change (checklist, values, question, unanswered, from + 1);

    for (SpotsAnswer answer = SPOTS_ANSWER_NO; answer <= SPOTS_ANSWER_YES && !found; answer++)
      {
        values[index] = answer;
        found = could_change (checklist, values, question, unanswered, from + 1);
      }
    values[index] = SPOTS_ANSWER_NONE;

    return found;
  }
}

static void
test_next_question_never_skips_what_matters (void **state)
{
  guint n = n_questions (shipped);
  g_autoptr(GRand) rand = g_rand_new_with_seed (RANDOM_SEED);
  g_autofree SpotsAnswer *values = g_new0 (SpotsAnswer, n);
  guint cases = 0;

  for (guint round = 0; round < 1000; round++)
    {
      g_autoptr(SpotsChecklistAnswers) answers = spots_checklist_answers_new ();
      g_autoptr(GArray) unanswered = g_array_new (FALSE, FALSE, sizeof (guint));
      SpotsChecklistQuestion *next;
      guint next_index;

      /* About seven questions left open, the rest answered at random;
       * emergency signs mostly no, or nearly every case would be over
       * before it starts. */
      for (guint i = 0; i < n; i++)
        {
          gboolean emergency_sign =
            g_str_equal (spots_checklist_question_get_group_id (question_at (shipped, i)),
                         SPOTS_EMERGENCY_GROUP);

          if (g_rand_int_range (rand, 0, n) < 7)
            values[i] = SPOTS_ANSWER_NONE;
          else if (emergency_sign && g_rand_int_range (rand, 0, 10) < 9)
            values[i] = SPOTS_ANSWER_NO;
          else
            values[i] = random_answer (rand);
          if (values[i] == SPOTS_ANSWER_NONE)
            g_array_append_val (unanswered, i);
          else
            spots_checklist_answers_set (answers,
                                         spots_checklist_question_get_id (question_at (shipped, i)),
                                         values[i]);
        }

      if (spots_checklist_tier_of (shipped, values) == SPOTS_TIER_EMERGENCY)
        {
          assert_null (spots_checklist_next_question (shipped, answers));
          continue;
        }

      next = spots_checklist_next_question (shipped, answers);
      next_index = next != NULL ? spots_checklist_question_get_index (next) : n;

      /* Every unanswered question before the one asked was skipped: none
       * of them may be able to change the tier. */
      for (guint u = 0; u < unanswered->len; u++)
        {
          guint q = g_array_index (unanswered, guint, u);

          if (q >= next_index)
            break;
          if (could_change (shipped, values, q, unanswered, 0))
            fail_msg ("round %u: question %s was skipped but could change the result", round,
                      spots_checklist_question_get_id (question_at (shipped, q)));
        }
      cases++;
    }

  print_message ("# next question: %u partial answer sets checked by brute force\n", cases);
}

static void
test_wizard_short_circuits (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers = spots_checklist_answers_new ();
  SpotsChecklistQuestion *next;

  next = spots_checklist_next_question (shipped, answers);
  assert_string_equal (spots_checklist_question_get_id (next), "glass-test");

  spots_checklist_answers_set (answers, "glass-test", SPOTS_ANSWER_YES);
  next = spots_checklist_next_question (shipped, answers);
  assert_string_equal (spots_checklist_question_get_id (next), "fever");

  /* The first yes to an emergency sign ends the questions. */
  spots_checklist_answers_set (answers, "fever", SPOTS_ANSWER_YES);
  assert_null (spots_checklist_next_question (shipped, answers));
}

static void
test_wizard_skips_what_cannot_matter (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers = spots_checklist_answers_new ();
  GListModel *questions = spots_checklist_get_questions (shipped);
  SpotsChecklistQuestion *next;
  guint asked = 0;

  /* Urgent already (bruising): the "book an appointment" signs cannot
   * change that, so they are not asked. */
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      const char *id = spots_checklist_question_get_id (question_at (shipped, i));

      if (g_str_equal (spots_checklist_question_get_group_id (question_at (shipped, i)),
                       SPOTS_EMERGENCY_GROUP) || g_str_equal (id, "glass-test"))
        spots_checklist_answers_set (answers, id, SPOTS_ANSWER_NO);
    }
  spots_checklist_answers_set (answers, "bruising", SPOTS_ANSWER_YES);

  while ((next = spots_checklist_next_question (shipped, answers)) != NULL)
    {
      const char *group = spots_checklist_question_get_group_id (next);

      assert_false (g_str_equal (group, "soon"));
      assert_false (g_str_equal (spots_checklist_question_get_id (next), "strain"));
      spots_checklist_answers_set (answers, spots_checklist_question_get_id (next),
                                   SPOTS_ANSWER_NO);
      asked++;
    }

  /* The other same-day signs were asked: they cannot raise "urgent"
   * either, so none remain. */
  assert_int_equal (asked, 0);

  /* All no: everything is asked, the strain question last. */
  spots_checklist_answers_clear (answers);
  asked = 0;
  while ((next = spots_checklist_next_question (shipped, answers)) != NULL)
    {
      spots_checklist_answers_set (answers, spots_checklist_question_get_id (next),
                                   SPOTS_ANSWER_NO);
      asked++;
    }
  assert_int_equal (asked, n_questions (shipped));
}

/* Unsafe rule files: the message and the line of the offending element. */
static void
assert_refused (const char *name,
                const char *marker,
                int         code,
                const char *detail)
{
  g_autofree char *path = checklist_path (name);
  g_autoptr(SpotsLibrary) loaded = load_file (path);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *problems = spots_library_get_problems (loaded);
  const GError *problem;
  guint expected_line = 0;

  g_file_get_contents (path, &contents, NULL, NULL);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL && expected_line == 0; i++)
    if (strstr (lines[i], marker) != NULL)
      expected_line = i + 1;

  if (problems->len != 1)
    fail_msg ("%s: expected one problem, got %u", name, problems->len);
  problem = g_ptr_array_index (problems, 0);
  assert_int_equal (problem->code, code);
  assert_string_equal (spots_error_get_file (problem), path);
  assert_int_equal (spots_error_get_line (problem), expected_line);
  assert_contains (spots_error_get_detail (problem), detail);

  /* The built-in checklist stays. */
  assert_string_equal (spots_checklist_get_version (spots_library_get_checklist (loaded)), "1");
}

static void
test_unsafe_rules_refused (void **state)
{
  assert_refused ("unsafe-not.xml", "<not>", SPOTS_ERROR_UNSAFE_RULE,
                  "<not> is not allowed in a rule");
  assert_refused ("unsafe-unless.xml", "<unless>", SPOTS_ERROR_UNSAFE_RULE,
                  "<unless> is not allowed in a rule");
  assert_refused ("unsafe-is-no.xml", "is=\"no\"", SPOTS_ERROR_UNSAFE_RULE,
                  "is=\"no\": an answer test must include \"yes\"");
  assert_refused ("unsafe-is-not-sure.xml", "is=\"not-sure\"", SPOTS_ERROR_UNSAFE_RULE,
                  "is=\"not-sure\": an answer test must include \"yes\"");
  assert_refused ("unknown-question.xml", "headache", SPOTS_ERROR_UNSAFE_RULE,
                  "unknown question \"headache\"");
  assert_refused ("unknown-tier.xml", "critical", SPOTS_ERROR_UNSAFE_RULE,
                  "unknown tier \"critical\"");
  assert_refused ("duplicate-question.xml", "<question id=\"fever\"><text>Rash",
                  SPOTS_ERROR_DUPLICATE_ID, "two questions have the id \"fever\"");
  assert_refused ("duplicate-rule.xml", "<rule tier=\"emergency\" id=\"r1\">", SPOTS_ERROR_DUPLICATE_ID,
                  "two rules have the id \"r1\"");
}

static void
test_parse_answers (void **state)
{
  const char *bad[] = { "fever", "fever=maybe", "nosuch=yes", "fever=yes,fever=no",
                        "fever=yes,,rash=no", "=yes", NULL };
  g_autoptr(SpotsChecklistAnswers) spaced = answers_from (shipped, " fever = yes , glass-test=no ");

  assert_int_equal (spots_checklist_answers_get (spaced, "fever"), SPOTS_ANSWER_YES);
  assert_int_equal (spots_checklist_answers_get (spaced, "glass-test"), SPOTS_ANSWER_NO);
  assert_int_equal (spots_checklist_answers_count (spaced), 2);

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SpotsChecklistAnswers) answers =
        spots_checklist_parse_answers (shipped, bad[i], &error);

      if (answers != NULL)
        fail_msg ("\"%s\" was accepted", bad[i]);
      assert_true (g_error_matches (error, SPOTS_ERROR, SPOTS_ERROR_BAD_ARGUMENT));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_required_questions_in_order),
    cmocka_unit_test (test_tiers_have_words),
    cmocka_unit_test (test_engine_basics),
    cmocka_unit_test (test_reasons_and_changes),
    cmocka_unit_test (test_not_sure_raises_and_what_would_change),
    cmocka_unit_test (test_deterministic),
    cmocka_unit_test (test_every_emergency_sign_yes_is_an_emergency),
    cmocka_unit_test (test_monotonic_shipped),
    cmocka_unit_test (test_monotonic_test_rules),
    cmocka_unit_test (test_next_question_never_skips_what_matters),
    cmocka_unit_test (test_wizard_short_circuits),
    cmocka_unit_test (test_wizard_skips_what_cannot_matter),
    cmocka_unit_test (test_unsafe_rules_refused),
    cmocka_unit_test (test_parse_answers),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_core_init ();

  return cmocka_run_group_tests_name ("checklist", tests, setup, teardown);
}
