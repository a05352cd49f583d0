/* test-checklist.c: the red-flag checklist never under-triages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Safety is proven, not sampled, where it can be: for every age band, with
 * and without pregnancy and a weakened immune system, every combination of
 * answers to the emergency signs is tried. Monotonicity (a more worrying
 * answer never lowers urgency) is checked over a large seeded sample of
 * whole and partial answer sets in every age band, for every rule file
 * shipped. The floors that guidance sets (spots under a glass by age,
 * fever in young babies and with weak immunity, pregnancy) are checked
 * band by band, and unsafe rule files are refused with their line.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "spots-checklist-commands.h"
#include "spots-checklist-private.h"
#include "spots-checklist-result.h"
#include "spots-checklist-session.h"
#include "spots-checklist-situation.h"
#include "spots-core.h"
#include "spots-error.h"
#include "spots-test-util.h"

#define N_RANDOM_SETS 20000
#define RANDOM_SEED 20261201

static SpotsLibrary *library;
static SpotsChecklist *shipped;
static SpotsChecklist *small;

/* The ids and meanings other programs rely on (issue: "A checklist that is
 * safe for every person"). */
static const char * const required_questions[] = {
  "age", "pregnant", "weak-immunity", "glass-test", "fever", "very-unwell", "stiff-neck",
  "severe-headache", "confusion", "light-sensitivity", "breathing", "spreading-fast",
  "bleeding", "bruising", "blood-thinners", "blood-condition", "new-medicine", "changing-spot",
  "strain", "face-neck-chest-only", NULL
};

static const char * const age_bands[] = {
  "under-3-months", "3-to-11-months", "1-to-4-years", "5-to-15-years", "16-to-24-years",
  "25-to-74-years", "75-years-or-over", NULL
};

static char *
checklist_path (const char *name)
{
  return g_build_filename (spots_test_source_dir (), "tests", "checklist", name, NULL);
}

static int
setup (void **state)
{
  g_autofree char *small_path = checklist_path ("good-small.xml");
  g_autoptr(SpotsLibrary) small_library = spots_test_check_content (small_path);

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

static guint
index_of (SpotsChecklist *checklist,
          const char     *id)
{
  SpotsChecklistQuestion *question = spots_checklist_lookup_question (checklist, id);

  if (question == NULL)
    fail_msg ("the checklist has no question \"%s\"", id);
  return spots_checklist_question_get_index (question);
}

static gboolean
is_choice (SpotsChecklist *checklist,
           guint           index)
{
  return spots_checklist_question_get_kind (question_at (checklist, index)) ==
         SPOTS_QUESTION_CHOICE;
}

static gboolean
in_group (SpotsChecklist *checklist,
          guint           index,
          const char     *group)
{
  return g_str_equal (spots_checklist_question_get_group_id (question_at (checklist, index)),
                      group);
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

/* Every question answered the reassuring way, for the band: what a well
 * person with no sign at all would say. */
static void
reassure_all (SpotsChecklist *checklist,
              SpotsState     *states,
              int             band)
{
  for (guint i = 0; i < n_questions (checklist); i++)
    states[i] = is_choice (checklist, i) ? (SpotsState) band : SPOTS_LEVEL_REASSURING;
}

/* "age=BAND" followed by every other question answered reassuringly, then
 * the given answers: a whole walk in --checklist-evaluate form. */
static SpotsTier
tier_for (const char *band,
          const char *answers)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) given = g_strsplit (answers, ",", -1);
  GListModel *questions = spots_checklist_get_questions (shipped);

  g_string_append_printf (text, "age=%s", band);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      SpotsChecklistQuestion *question = question_at (shipped, i);
      const char *id = spots_checklist_question_get_id (question);
      g_autofree char *prefix = g_strdup_printf ("%s=", id);
      gboolean mentioned = FALSE;

      if (is_choice (shipped, i))
        continue;
      for (guint g = 0; given[g] != NULL; g++)
        mentioned |= g_str_has_prefix (given[g], prefix);
      if (!mentioned)
        g_string_append_printf (text, ",%s=%s", id,
                                spots_answer_to_string (
                                  spots_checklist_question_get_reassuring (question)));
    }
  if (answers[0] != '\0')
    g_string_append_printf (text, ",%s", answers);

  return tier_of (shipped, text->str);
}

static void
test_required_questions_in_order (void **state)
{
  guint n = n_questions (shipped);
  const char *groups[] = { SPOTS_WHO_GROUP, "the-spots", "fever", SPOTS_EMERGENCY_GROUP, NULL };
  SpotsChecklistQuestion *age = spots_checklist_lookup_question (shipped, "age");
  guint group = 0;

  for (guint i = 0; required_questions[i] != NULL; i++)
    index_of (shipped, required_questions[i]);

  /* The age band is a choice with exactly these values, in this order. */
  assert_int_equal (spots_checklist_question_get_kind (age), SPOTS_QUESTION_CHOICE);
  assert_int_equal (spots_checklist_question_get_n_choices (age), g_strv_length ((char **) age_bands));
  for (guint i = 0; age_bands[i] != NULL; i++)
    assert_string_equal (spots_checklist_question_get_choice (age, i)->id, age_bands[i]);

  /* Reassuring questions say so. */
  assert_int_equal (spots_checklist_question_get_concerning (
                      spots_checklist_lookup_question (shipped, "strain")), SPOTS_ANSWER_NO);
  assert_int_equal (spots_checklist_question_get_concerning (
                      spots_checklist_lookup_question (shipped, "face-neck-chest-only")),
                    SPOTS_ANSWER_NO);
  assert_int_equal (spots_checklist_question_get_concerning (
                      spots_checklist_lookup_question (shipped, "glass-test")), SPOTS_ANSWER_YES);

  /* Who it is for, then the glass, the fever and the emergency signs, in
   * that order, before anything else. */
  for (guint i = 0; i < n; i++)
    {
      SpotsChecklistQuestion *question = question_at (shipped, i);
      const char *id = spots_checklist_question_get_group_id (question);

      while (groups[group] != NULL && !g_str_equal (id, groups[group]))
        {
          group++;
          if (groups[group] == NULL)
            break;
        }
      if (groups[group] == NULL)
        for (guint g = 0; groups[g] != NULL; g++)
          if (g_str_equal (id, groups[g]))
            fail_msg ("%s (group %s) comes after a later group",
                      spots_checklist_question_get_id (question), id);

      assert_true (strlen (spots_checklist_question_get_help (question)) > 20);
      if (!is_choice (shipped, i))
        assert_non_null (spots_checklist_question_get_article (question));
    }
  assert_string_equal (spots_checklist_question_get_id (question_at (shipped, 0)), "age");

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
  assert_contains (spots_checklist_get_tier_advice (shipped, SPOTS_TIER_EMERGENCY),
                   "say that you think it could be sepsis or meningitis");
  assert_string_equal (spots_checklist_get_tier_timeframe (shipped, SPOTS_TIER_SOON),
                       "Within two days");
  assert_non_null (spots_checklist_get_self_care_reason (shipped));
  assert_int_equal (g_strv_length ((char **) spots_checklist_get_doctor_questions (shipped)), 5);
}

static void
test_engine_basics (void **state)
{
  /* good-small.xml: r1 (emergency) = fever yes, or rash yes/not sure;
   * r2 (urgent) = rash yes/not sure; r3 (soon) = a baby whose spots did
   * not come after coughing; r4 (soon) = pregnant yes, adults only. */
  assert_int_equal (tier_of (small, "age=adult,fever=no,rash=no,strain=yes"),
                    SPOTS_TIER_SELF_CARE);
  assert_int_equal (tier_of (small, "age=adult,fever=not-sure,rash=no,strain=yes,pregnant=no"),
                    SPOTS_TIER_SELF_CARE);
  assert_int_equal (tier_of (small, "fever=yes"), SPOTS_TIER_EMERGENCY);

  /* Unanswered counts as not sure: rash left out fires r1. */
  assert_int_equal (tier_of (small, "age=adult,fever=no,strain=yes"), SPOTS_TIER_EMERGENCY);

  /* A reassuring question: "no" is the concerning answer. */
  assert_int_equal (tier_of (small, "age=baby,fever=no,rash=no,strain=yes"),
                    SPOTS_TIER_SELF_CARE);
  assert_int_equal (tier_of (small, "age=baby,fever=no,rash=no,strain=no"), SPOTS_TIER_SOON);
  assert_int_equal (tier_of (small, "age=baby,fever=no,rash=no,strain=not-sure"),
                    SPOTS_TIER_SOON);
  assert_int_equal (tier_of (small, "age=adult,fever=no,rash=no,strain=no,pregnant=no"),
                    SPOTS_TIER_SELF_CARE);

  /* A question that does not apply says nothing when unanswered: pregnancy
   * for a baby. Unknown age: every band's rules can fire. */
  assert_int_equal (tier_of (small, "age=adult,fever=no,rash=no,strain=yes,pregnant=yes"),
                    SPOTS_TIER_SOON);
  assert_int_equal (tier_of (small, "fever=no,rash=no,strain=no,pregnant=no"), SPOTS_TIER_SOON);
}

/* The floors the guidance sets, band by band, on the shipped rules. */
static void
test_floors_by_age (void **state)
{
  for (guint b = 0; age_bands[b] != NULL; b++)
    {
      const char *band = age_bands[b];
      gboolean baby = b <= 1, under_25 = b <= 4, child = b <= 3, under_5 = b <= 2;

      /* Spots that stay under a glass with nothing else: at least soon for
       * 25 and over, at least urgent under 25 (NICE NG12), an emergency
       * for a child (NHS rashes in babies and children). */
      assert_true (tier_for (band, "glass-test=yes,strain=no,face-neck-chest-only=no") >=
                   (child ? SPOTS_TIER_EMERGENCY : under_25 ? SPOTS_TIER_URGENT : SPOTS_TIER_SOON));
      assert_true (tier_for (band, "glass-test=not-sure,strain=no") >=
                   (child ? SPOTS_TIER_EMERGENCY : under_25 ? SPOTS_TIER_URGENT : SPOTS_TIER_SOON));

      /* The strain exception: self-care only for a well person aged 16 or
       * over; a doctor within two days for a child; never for a baby,
       * whom crying or vomiting does not explain (CG89). */
      assert_int_equal (tier_for (band, "glass-test=yes"),
                        baby ? SPOTS_TIER_EMERGENCY : child ? SPOTS_TIER_SOON
                                                            : SPOTS_TIER_SELF_CARE);

      /* Fever under 3 months, or with a weakened immune system: emergency. */
      if (b == 0)
        assert_int_equal (tier_for (band, "fever=yes"), SPOTS_TIER_EMERGENCY);
      else
        /* A fever with spots that fade in a well person: today. */
        assert_int_equal (tier_for (band, "fever=yes"), SPOTS_TIER_URGENT);
      assert_int_equal (tier_for (band, "fever=yes,weak-immunity=yes"), SPOTS_TIER_EMERGENCY);
      assert_int_equal (tier_for (band, "fever=not-sure,weak-immunity=yes"),
                        SPOTS_TIER_EMERGENCY);

      /* Signs of sepsis or meningitis, and a swelling airway, at any age
       * (NHS Sepsis, NHS Meningitis, NHS Anaphylaxis). */
      assert_int_equal (tier_for (band, "skin-colour=yes"), SPOTS_TIER_EMERGENCY);
      assert_int_equal (tier_for (band, "fit=yes"), SPOTS_TIER_EMERGENCY);
      assert_int_equal (tier_for (band, "swelling=yes"), SPOTS_TIER_EMERGENCY);

      /* New spots with a weakened immune system: today. */
      assert_true (tier_for (band, "weak-immunity=yes") >= SPOTS_TIER_URGENT);

      /* Light sensitivity alone: an emergency in a child (NHS rashes in
       * children), today in an adult; with a fever, an emergency. */
      assert_int_equal (tier_for (band, "light-sensitivity=yes"),
                        child ? SPOTS_TIER_EMERGENCY : SPOTS_TIER_URGENT);
      assert_int_equal (tier_for (band, "light-sensitivity=yes,fever=yes"), SPOTS_TIER_EMERGENCY);

      /* Tiny blisters alone in a well child are not a same-day visit; in
       * an adult they can be chickenpox or shingles, for which the NHS
       * asks for an urgent GP appointment. */
      if (b >= 1 && b <= 3)
        assert_int_equal (tier_for (band, "blisters=yes"), SPOTS_TIER_SELF_CARE);
      if (b >= 4)
        assert_int_equal (tier_for (band, "blisters=yes"), SPOTS_TIER_URGENT);

      /* Pregnancy (where the age allows it). */
      if (b >= 3 && b <= 5)
        {
          assert_true (tier_for (band, "pregnant=yes,glass-test=yes") >= SPOTS_TIER_URGENT);
          /* Unless they clearly came from straining, such as pushing during
           * the birth: an emergency (NHS Healthier Together, pregnancy). */
          assert_int_equal (tier_for (band, "pregnant=yes,glass-test=yes,strain=no"),
                            SPOTS_TIER_EMERGENCY);
          assert_int_equal (tier_for (band, "pregnant=yes,glass-test=yes,strain=yes,"
                                            "face-neck-chest-only=no"), SPOTS_TIER_EMERGENCY);
          assert_true (tier_for (band, "pregnant=yes") >= SPOTS_TIER_URGENT);
          assert_true (tier_for (band, "pregnant=yes,blisters=yes") >= SPOTS_TIER_URGENT);
        }

      /* The red features a parent can see in a baby or small child. */
      if (under_5)
        {
          const char *signs[] = { "skin-colour", "weak-cry", "floppy", "not-feeding",
                                  "bulging-fontanelle", "fit", NULL };

          for (guint s = 0; signs[s] != NULL; s++)
            {
              g_autofree char *yes = g_strdup_printf ("%s=yes", signs[s]);

              assert_int_equal (tier_for (band, yes), SPOTS_TIER_EMERGENCY);
            }

          /* A child who cannot yet crawl: strain never reassures. */
          if (b >= 1)
            assert_true (tier_for (band, "can-crawl=no,glass-test=yes") >= SPOTS_TIER_URGENT);
          assert_true (tier_for (band, "can-crawl=no,bruising=not-sure") >= SPOTS_TIER_URGENT);
        }
    }

  /* Every baby under 3 months is not yet mobile. */
  assert_true (tier_for ("under-3-months", "bruising=not-sure") >= SPOTS_TIER_URGENT);
}

/* From the strain exception (glass yes, after strain, upper body only,
 * everything else reassuring), any other answer that is a sign on its own
 * ends the exception: a "well person with no other concerning answer". */
static void
test_strain_exception_needs_everything_else_well (void **state)
{
  guint n = n_questions (shipped);
  guint glass = index_of (shipped, "glass-test");
  guint strain = index_of (shipped, "strain");
  guint upper = index_of (shipped, "face-neck-chest-only");
  g_autofree SpotsState *states = g_new0 (SpotsState, n);
  guint checked = 0;

  for (int band = 4; age_bands[band] != NULL; band++)
    for (guint i = 0; i < n; i++)
      for (SpotsState level = SPOTS_LEVEL_NOT_SURE; level <= SPOTS_LEVEL_CONCERNING; level++)
        {
          SpotsTier alone, with_exception;

          if (is_choice (shipped, i) || i == glass || i == strain || i == upper)
            continue;

          reassure_all (shipped, states, band);
          states[i] = level;
          alone = spots_checklist_tier_of (shipped, states);
          states[glass] = SPOTS_LEVEL_CONCERNING;
          with_exception = spots_checklist_tier_of (shipped, states);
          checked++;

          if (alone > SPOTS_TIER_SELF_CARE && with_exception < SPOTS_TIER_SOON)
            fail_msg ("%s: %s answered %s keeps the strain exception at %s",
                      age_bands[band],
                      spots_checklist_question_get_id (question_at (shipped, i)),
                      level == SPOTS_LEVEL_NOT_SURE ? "not sure" : "the concerning way",
                      spots_tier_to_string (with_exception));
        }

  print_message ("# strain exception: %u single answers checked\n", checked);
}

static void
test_reasons_and_changes (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers =
    answers_from (shipped, "age=25-to-74-years,glass-test=not-sure,fever=yes,stiff-neck=no");
  g_autoptr(SpotsChecklistResult) result = spots_checklist_evaluate (shipped, answers);
  gboolean found_non_blanching = FALSE;

  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_EMERGENCY);

  for (guint i = 0; i < spots_checklist_result_get_n_reasons (result); i++)
    {
      const SpotsChecklistReason *reason = spots_checklist_result_get_reason (result, i);
      g_autofree char *line = spots_checklist_reason_format (reason);

      if (g_str_equal (reason->rule_id, "non-blanching-with-fever-or-unwell"))
        {
          found_non_blanching = TRUE;
          assert_true (reason->needs_not_sure);
          /* The answers behind it: one yes and one not sure; "very
           * unwell", left out, is not what made it fire. */
          assert_contains (line, "You said that there is or has been a fever, and you were not "
                                 "sure whether the spots stay visible when a glass is pressed "
                                 "on them.");
          assert_not_contains (line, "seriously ill");
        }
      assert_true (g_strv_length (reason->sources) >= 1);
    }
  assert_true (found_non_blanching);

  /* Already an emergency: nothing could raise it. */
  for (guint i = 0; i < spots_checklist_result_get_n_changes (result); i++)
    assert_true (spots_checklist_result_get_change (result, i)->tier < SPOTS_TIER_EMERGENCY);
}

static void
test_not_sure_raises_and_what_would_change (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers =
    answers_from (shipped, "age=25-to-74-years,pregnant=no,weak-immunity=no,glass-test=no,"
                           "fever=no,very-unwell=no,skin-colour=no,fit=no,confusion=no,"
                           "breathing=no,swelling=no,stiff-neck=no,"
                           "severe-headache=no,spreading-fast=no,bleeding=no,"
                           "light-sensitivity=no,bruising=not-sure,blisters=no,blood-thinners=no,"
                           "blood-condition=no,new-medicine=yes,changing-spot=no");
  g_autoptr(SpotsChecklistResult) result = spots_checklist_evaluate (shipped, answers);
  gboolean bruising_raises = FALSE, fever_raises = FALSE;

  assert_int_equal (spots_checklist_result_get_tier (result), SPOTS_TIER_SOON);
  assert_false (spots_checklist_result_get_raised_by_not_sure (result));

  for (guint i = 0; i < spots_checklist_result_get_n_changes (result); i++)
    {
      const SpotsChecklistChange *change = spots_checklist_result_get_change (result, i);
      const char *id = spots_checklist_question_get_id (change->question);

      bruising_raises |= g_str_equal (id, "bruising") && change->answer == SPOTS_ANSWER_YES &&
                         change->tier == SPOTS_TIER_URGENT;
      fever_raises |= g_str_equal (id, "fever") && change->tier == SPOTS_TIER_URGENT;
      /* Nothing about questions that do not apply to an adult. */
      assert_false (g_str_equal (id, "floppy") || g_str_equal (id, "can-crawl"));
    }
  assert_true (bruising_raises);
  assert_true (fever_raises);
}

static void
test_deterministic (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers =
    answers_from (shipped, "age=1-to-4-years,fever=yes,bruising=yes,glass-test=yes,strain=yes");
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

/* Safety, exhaustively: for every age band, with and without pregnancy
 * (where the age allows it) and a weakened immune system, every
 * combination of no / not sure / yes over the emergency signs that apply,
 * everything else reassuring. Any yes is an emergency; any not sure is at
 * least "see a doctor today". */
static void
test_every_emergency_sign_yes_is_an_emergency (void **state)
{
  guint n = n_questions (shipped);
  g_autofree SpotsState *states = g_new0 (SpotsState, n);
  guint pregnant = index_of (shipped, "pregnant");
  guint weak = index_of (shipped, "weak-immunity");
  guint64 checked = 0;

  for (int band = 0; age_bands[band] != NULL; band++)
    for (SpotsState preg = SPOTS_LEVEL_REASSURING; preg <= SPOTS_LEVEL_CONCERNING; preg += 2)
      for (SpotsState immune = SPOTS_LEVEL_REASSURING; immune <= SPOTS_LEVEL_CONCERNING;
           immune += 2)
        {
          g_autoptr(GArray) group = g_array_new (FALSE, FALSE, sizeof (guint));
          guint64 combinations = 1;

          reassure_all (shipped, states, band);
          if (preg != SPOTS_LEVEL_REASSURING &&
              !spots_checklist_state_applies (shipped, states, pregnant))
            continue;
          states[pregnant] = preg;
          states[weak] = immune;

          for (guint i = 0; i < n; i++)
            if (in_group (shipped, i, SPOTS_EMERGENCY_GROUP) &&
                spots_checklist_state_applies (shipped, states, i))
              g_array_append_val (group, i);
          assert_true (group->len >= 7);
          for (guint i = 0; i < group->len; i++)
            combinations *= 3;

          for (guint64 combination = 0; combination < combinations; combination++)
            {
              guint64 rest = combination;
              gboolean any_yes = FALSE, any_not_sure = FALSE;
              SpotsTier tier;

              for (guint i = 0; i < group->len; i++)
                {
                  SpotsState level = (SpotsState) (rest % 3);

                  states[g_array_index (group, guint, i)] = level;
                  rest /= 3;
                  any_yes |= level == SPOTS_LEVEL_CONCERNING;
                  any_not_sure |= level == SPOTS_LEVEL_NOT_SURE;
                }

              tier = spots_checklist_tier_of (shipped, states);
              checked++;

              if (any_yes && tier != SPOTS_TIER_EMERGENCY)
                fail_msg ("%s: combination %" G_GUINT64_FORMAT ": an emergency sign is yes, but "
                          "the tier is %s", age_bands[band], combination,
                          spots_tier_to_string (tier));
              if (any_not_sure && tier < SPOTS_TIER_URGENT)
                fail_msg ("%s: combination %" G_GUINT64_FORMAT ": an emergency sign is not sure, "
                          "but the tier is %s", age_bands[band], combination,
                          spots_tier_to_string (tier));
            }
        }

  print_message ("# safety: %" G_GUINT64_FORMAT " combinations checked over 7 age bands\n",
                 checked);
}

static SpotsState
random_state (GRand *rand)
{
  return (SpotsState) g_rand_int_range (rand, SPOTS_STATE_UNANSWERED, SPOTS_LEVEL_CONCERNING + 1);
}

/* Each move toward the concerning end: from reassuring to not sure or
 * concerning, from not sure to concerning, and from unanswered to
 * concerning (unanswered counts as not sure). */
static void
check_moves (SpotsChecklist *checklist,
             SpotsState     *states,
             guint64        *checked)
{
  guint n = n_questions (checklist);
  SpotsTier before = spots_checklist_tier_of (checklist, states);

  for (guint i = 0; i < n; i++)
    {
      SpotsState saved = states[i];

      if (is_choice (checklist, i))
        continue;

      for (SpotsState higher = SPOTS_LEVEL_NOT_SURE; higher <= SPOTS_LEVEL_CONCERNING; higher++)
        {
          SpotsTier after;

          if (higher <= saved || (saved == SPOTS_STATE_UNANSWERED &&
                                  higher == SPOTS_LEVEL_NOT_SURE &&
                                  !spots_checklist_state_applies (checklist, states, i)))
            continue;

          states[i] = higher;
          after = spots_checklist_tier_of (checklist, states);
          (*checked)++;

          if (after < before)
            fail_msg ("%s: answering %s the %s way lowered the tier from %s to %s",
                      spots_checklist_get_source_file (checklist),
                      spots_checklist_question_get_id (question_at (checklist, i)),
                      higher == SPOTS_LEVEL_CONCERNING ? "concerning" : "not sure",
                      spots_tier_to_string (before), spots_tier_to_string (after));
        }

      states[i] = saved;
    }
}

/* For each age band (and the age unknown), a large seeded sample. */
static void
check_monotonic (SpotsChecklist *checklist)
{
  guint n = n_questions (checklist);
  g_autofree SpotsState *states = g_new0 (SpotsState, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (RANDOM_SEED);
  guint64 checked = 0;
  guint n_bands = 1;

  for (guint i = 0; i < n; i++)
    if (is_choice (checklist, i))
      n_bands = MAX (n_bands, spots_checklist_question_get_n_choices (question_at (checklist, i)));

  for (int band = -1; band < (int) n_bands; band++)
    {
      for (guint i = 0; i < n; i++)
        {
          memset (states, SPOTS_STATE_UNANSWERED, n);
          for (guint q = 0; q < n; q++)
            if (is_choice (checklist, q))
              states[q] = (SpotsState) MIN (band, (int) spots_checklist_question_get_n_choices (
                                                     question_at (checklist, q)) - 1);
          for (SpotsState level = SPOTS_LEVEL_REASSURING; level <= SPOTS_LEVEL_CONCERNING; level++)
            if (!is_choice (checklist, i))
              {
                states[i] = level;
                check_moves (checklist, states, &checked);
              }
        }

      for (guint s = 0; s < N_RANDOM_SETS; s++)
        {
          for (guint i = 0; i < n; i++)
            states[i] = is_choice (checklist, i)
                        ? (SpotsState) MIN (band, (int) spots_checklist_question_get_n_choices (
                                                       question_at (checklist, i)) - 1)
                        : random_state (rand);
          check_moves (checklist, states, &checked);
        }
    }

  print_message ("# monotonic: %s: %" G_GUINT64_FORMAT " single moves checked over %u age "
                 "bands and the age unknown\n", spots_checklist_get_source_file (checklist),
                 checked, n_bands);
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

/* Not knowing the age is never more reassuring than any age, and an
 * unanswered question never more reassuring than "not sure". */
static void
test_unknown_is_never_more_reassuring (void **state)
{
  guint n = n_questions (shipped);
  guint age = index_of (shipped, "age");
  g_autofree SpotsState *states = g_new0 (SpotsState, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (RANDOM_SEED + 1);

  for (guint s = 0; s < N_RANDOM_SETS; s++)
    {
      SpotsTier unknown;

      for (guint i = 0; i < n; i++)
        states[i] = is_choice (shipped, i) ? SPOTS_STATE_UNANSWERED : random_state (rand);
      unknown = spots_checklist_tier_of (shipped, states);

      for (int band = 0; age_bands[band] != NULL; band++)
        {
          states[age] = (SpotsState) band;
          if (spots_checklist_tier_of (shipped, states) > unknown)
            fail_msg ("set %u: the age %s gives more than the age unknown", s, age_bands[band]);
        }

      /* Unanswered and "not sure" give the same, where the question applies. */
      states[age] = (SpotsState) g_rand_int_range (rand, 0, 7);
      unknown = spots_checklist_tier_of (shipped, states);
      for (guint i = 0; i < n; i++)
        if (states[i] == SPOTS_STATE_UNANSWERED && !is_choice (shipped, i) &&
            spots_checklist_state_applies (shipped, states, i))
          states[i] = SPOTS_LEVEL_NOT_SURE;
      assert_int_equal (spots_checklist_tier_of (shipped, states), unknown);
    }
}

/* Whether some completion of the unanswered questions makes the tier
 * differ between QUESTION answered reassuringly and the concerning way:
 * the brute-force meaning of "this question could change the result". */
static gboolean
could_change (SpotsChecklist *checklist,
              SpotsState     *states,
              guint           question,
              GArray         *unanswered,
              guint           from)
{
  if (from == unanswered->len)
    {
      SpotsTier if_reassuring, if_concerning;

      states[question] = SPOTS_LEVEL_REASSURING;
      if_reassuring = spots_checklist_tier_of (checklist, states);
      states[question] = SPOTS_LEVEL_CONCERNING;
      if_concerning = spots_checklist_tier_of (checklist, states);
      states[question] = SPOTS_STATE_UNANSWERED;

      return if_reassuring != if_concerning;
    }

  {
    guint index = g_array_index (unanswered, guint, from);
    gboolean found = FALSE;

    if (index == question)
      return could_change (checklist, states, question, unanswered, from + 1);

    for (SpotsState level = SPOTS_LEVEL_REASSURING; level <= SPOTS_LEVEL_CONCERNING && !found;
         level++)
      {
        states[index] = level;
        found = could_change (checklist, states, question, unanswered, from + 1);
      }
    states[index] = SPOTS_STATE_UNANSWERED;

    return found;
  }
}

static void
set_states (SpotsChecklist        *checklist,
            SpotsChecklistAnswers *answers,
            const SpotsState      *states)
{
  for (guint i = 0; i < n_questions (checklist); i++)
    {
      SpotsChecklistQuestion *question = question_at (checklist, i);
      const char *id = spots_checklist_question_get_id (question);

      if (is_choice (checklist, i))
        spots_checklist_answers_set_choice (answers, id,
                                            states[i] < 0 ? NULL
                                            : spots_checklist_question_get_choice (question,
                                                                                  (guint) states[i])->id);
      else if (states[i] == SPOTS_STATE_UNANSWERED)
        spots_checklist_answers_set (answers, id, SPOTS_ANSWER_NONE);
      else if (states[i] == SPOTS_LEVEL_NOT_SURE)
        spots_checklist_answers_set (answers, id, SPOTS_ANSWER_NOT_SURE);
      else
        spots_checklist_answers_set (answers, id, states[i] == SPOTS_LEVEL_CONCERNING
                                     ? spots_checklist_question_get_concerning (question)
                                     : spots_checklist_question_get_reassuring (question));
    }
}

static void
test_next_question_never_skips_what_matters (void **state)
{
  guint n = n_questions (shipped);
  g_autoptr(GRand) rand = g_rand_new_with_seed (RANDOM_SEED);
  g_autofree SpotsState *states = g_new0 (SpotsState, n);
  guint cases = 0;

  for (guint round = 0; round < 1000; round++)
    {
      g_autoptr(SpotsChecklistAnswers) answers = spots_checklist_answers_new ();
      g_autoptr(GArray) unanswered = g_array_new (FALSE, FALSE, sizeof (guint));
      SpotsChecklistQuestion *next;
      guint next_index;

      /* The "who" page answered; about seven questions left open, the rest
       * answered at random; emergency signs mostly reassuring, or nearly
       * every case would be over before it starts. */
      for (guint i = 0; i < n; i++)
        {
          if (is_choice (shipped, i))
            states[i] = (SpotsState) g_rand_int_range (rand, 0, 7);
          else if (in_group (shipped, i, SPOTS_WHO_GROUP))
            states[i] = (SpotsState) g_rand_int_range (rand, 0, 3);
          else if (g_rand_int_range (rand, 0, n) < 7)
            states[i] = SPOTS_STATE_UNANSWERED;
          else if (in_group (shipped, i, SPOTS_EMERGENCY_GROUP) && g_rand_int_range (rand, 0, 10) < 9)
            states[i] = SPOTS_LEVEL_REASSURING;
          else
            states[i] = (SpotsState) g_rand_int_range (rand, 0, 3);
        }
      for (guint i = 0; i < n; i++)
        if (states[i] == SPOTS_STATE_UNANSWERED &&
            spots_checklist_state_applies (shipped, states, i))
          g_array_append_val (unanswered, i);
      set_states (shipped, answers, states);

      next = spots_checklist_next_question (shipped, answers);
      next_index = next != NULL ? spots_checklist_question_get_index (next) : n;

      /* Every unanswered question before the one asked was skipped: none
       * of them may be able to change the tier. */
      for (guint u = 0; u < unanswered->len; u++)
        {
          guint q = g_array_index (unanswered, guint, u);

          if (q >= next_index)
            break;
          if (could_change (shipped, states, q, unanswered, 0))
            fail_msg ("round %u: question %s was skipped but could change the result", round,
                      spots_checklist_question_get_id (question_at (shipped, q)));
        }
      cases++;
    }

  print_message ("# next question: %u partial answer sets checked by brute force\n", cases);
}

/* A whole walk, as the wizard takes it: whatever the questions it skipped
 * would have been answered, the result is the same. */
static void
test_skipped_questions_cannot_change_the_result (void **state)
{
  guint n = n_questions (shipped);
  g_autoptr(GRand) rand = g_rand_new_with_seed (RANDOM_SEED + 2);
  guint walks = 0, skipped = 0;

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(SpotsChecklistSession) session = spots_checklist_session_new (shipped);
      SpotsChecklistAnswers *answers = spots_checklist_session_get_answers (session);
      g_autofree SpotsState *states = NULL;
      SpotsTier tier;

      spots_checklist_session_set_who_answer (session, "age",
                                              age_bands[g_rand_int_range (rand, 0, 7)]);
      spots_checklist_session_set_who_answer (session, "weak-immunity",
                                              g_rand_int_range (rand, 0, 4) == 0 ? "yes" : "no");
      assert_true (spots_checklist_session_confirm_who (session));

      while (!spots_checklist_session_is_finished (session))
        {
          int roll = g_rand_int_range (rand, 0, 20);

          spots_checklist_session_answer (session, roll == 0 ? SPOTS_ANSWER_YES
                                                   : roll == 1 ? SPOTS_ANSWER_NOT_SURE
                                                   : roll < 4 ? SPOTS_ANSWER_YES
                                                   : SPOTS_ANSWER_NO);
        }

      states = spots_checklist_states_from_answers (shipped, answers);
      tier = spots_checklist_tier_of (shipped, states);
      for (SpotsState level = SPOTS_LEVEL_REASSURING; level <= SPOTS_LEVEL_CONCERNING; level++)
        {
          g_autofree SpotsState *filled = g_memdup2 (states, n);

          for (guint i = 0; i < n; i++)
            if (filled[i] == SPOTS_STATE_UNANSWERED && !in_group (shipped, i, SPOTS_WHO_GROUP) &&
                spots_checklist_state_applies (shipped, states, i))
              {
                filled[i] = level;
                skipped += level == SPOTS_LEVEL_REASSURING;
              }
          if (spots_checklist_tier_of (shipped, filled) != tier)
            fail_msg ("walk %u: the skipped questions answered %d change %s", round, level,
                      spots_tier_to_string (tier));
        }
      walks++;
    }

  print_message ("# walks: %u walks, %u skipped questions, none could change a result\n",
                 walks, skipped);
}

static void
test_wizard_short_circuits (void **state)
{
  g_autoptr(SpotsChecklistAnswers) answers =
    answers_from (shipped, "age=25-to-74-years,pregnant=no,weak-immunity=no");
  SpotsChecklistQuestion *next;

  next = spots_checklist_next_question (shipped, answers);
  assert_string_equal (spots_checklist_question_get_id (next), "glass-test");

  spots_checklist_answers_set (answers, "glass-test", SPOTS_ANSWER_YES);
  next = spots_checklist_next_question (shipped, answers);
  assert_string_equal (spots_checklist_question_get_id (next), "fever");

  /* The first emergency ends the questions. */
  spots_checklist_answers_set (answers, "fever", SPOTS_ANSWER_YES);
  assert_null (spots_checklist_next_question (shipped, answers));
}

static void
test_wizard_asks_what_applies (void **state)
{
  for (guint b = 0; age_bands[b] != NULL; b++)
    {
      g_autofree char *text = g_strdup_printf ("age=%s,weak-immunity=no", age_bands[b]);
      g_autoptr(SpotsChecklistAnswers) answers = answers_from (shipped, text);
      g_autoptr(GHashTable) asked = g_hash_table_new (g_str_hash, g_str_equal);
      SpotsChecklistQuestion *next;

      if (b >= 3 && b <= 5)
        spots_checklist_answers_set (answers, "pregnant", SPOTS_ANSWER_NO);
      if (b == 1 || b == 2)
        spots_checklist_answers_set (answers, "can-crawl", SPOTS_ANSWER_YES);

      /* Every answer reassuring: every sign is asked, nothing twice. */
      while ((next = spots_checklist_next_question (shipped, answers)) != NULL)
        {
          const char *id = spots_checklist_question_get_id (next);

          assert_false (g_hash_table_contains (asked, id));
          assert_false (in_group (shipped, spots_checklist_question_get_index (next),
                                  SPOTS_WHO_GROUP));
          g_hash_table_add (asked, (gpointer) id);
          spots_checklist_answers_set (answers, id,
                                       spots_checklist_question_get_reassuring (next));
        }

      assert_true (g_hash_table_contains (asked, "glass-test"));
      assert_true (g_hash_table_contains (asked, "very-unwell"));
      /* The baby signs only for under 5s. */
      assert_true (g_hash_table_contains (asked, "floppy") == (b <= 2));
      /* Strain only matters once the spots stay under a glass. */
      assert_false (g_hash_table_contains (asked, "strain"));
      assert_int_equal (spots_checklist_evaluate_tier (shipped, answers), SPOTS_TIER_SELF_CARE);
    }
}

/* A refused rule file leaves the built-in checklist in place. */
static void
assert_builtin_checklist (SpotsLibrary *loaded)
{
  assert_string_equal (spots_checklist_get_version (spots_library_get_checklist (loaded)), "3");
}

/* Every unsafe or broken rule file, NAME.xml in tests/checklist/bad/, is
 * refused with exactly the problem of NAME.expected beside it: the line
 * and column of the offending element, and the code. */
static void
test_unsafe_rules_refused (void **state)
{
  g_autofree char *folder = checklist_path ("bad");

  spots_test_check_bad_inputs (folder, assert_builtin_checklist);
}

static void
test_parse_answers (void **state)
{
  const char *bad[] = { "", "  ", "fever", "fever=maybe", "nosuch=yes", "fever=yes,fever=no",
                        "fever=yes,,glass-test=no", "=yes", "age=teenager", "age=yes",
                        "fever=under-3-months", "fever=yes,", NULL };
  g_autoptr(SpotsChecklistAnswers) spaced =
    answers_from (shipped, " fever = yes , glass-test=no , age = 1-to-4-years ");

  assert_int_equal (spots_checklist_answers_get (spaced, "fever"), SPOTS_ANSWER_YES);
  assert_int_equal (spots_checklist_answers_get (spaced, "glass-test"), SPOTS_ANSWER_NO);
  assert_string_equal (spots_checklist_answers_get_choice (spaced, "age"), "1-to-4-years");
  assert_int_equal (spots_checklist_answers_count (spaced), 3);

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

/* What a page's callout is checked with: the situation's other questions
 * answered reassuringly, at every age it can happen at. */
static void
test_situation_gives_one_tier (void **state)
{
  g_autoptr(GError) error = NULL;

  /* The same at every age. */
  assert_true (spots_checklist_check_situation (shipped, "glass-test=yes,fever=yes",
                                                SPOTS_TIER_EMERGENCY, &error));
  g_assert_no_error (error);
  assert_true (spots_checklist_check_situation (shipped,
                                                "age=25-to-74-years,glass-test=yes,strain=no",
                                                SPOTS_TIER_SOON, &error));
  g_assert_no_error (error);

  /* A fever with spots that fade is "today", except in a young baby: a page
   * that says "today" for every age is caught, and told which age. */
  assert_false (spots_checklist_check_situation (shipped, "fever=yes", SPOTS_TIER_URGENT, &error));
  assert_non_null (error);
  assert_contains (error->message, "at under-3-months");
  assert_contains (error->message, "\"emergency\"");
  g_clear_error (&error);
  assert_true (spots_checklist_check_situation (shipped, "age=1-to-4-years,fever=yes",
                                                SPOTS_TIER_URGENT, &error));

  /* Pregnancy is asked only from age 5: a situation about it is not
   * checked at ages it cannot happen at. */
  assert_true (spots_checklist_check_situation (shipped, "pregnant=yes", SPOTS_TIER_URGENT,
                                                &error));
  g_assert_no_error (error);

  /* Saying the less urgent tier for a more urgent situation fails too. */
  assert_false (spots_checklist_check_situation (shipped, "age=3-to-11-months,glass-test=yes",
                                                 SPOTS_TIER_URGENT, &error));
  assert_contains (error->message, "gives \"emergency\"");
  g_clear_error (&error);

  assert_false (spots_checklist_check_situation (shipped, "glass-test=maybe", SPOTS_TIER_URGENT,
                                                 &error));
  assert_contains (error->message, "the situation \"glass-test=maybe\"");
  g_clear_error (&error);
  assert_false (spots_checklist_check_situation (shipped, "no-such-question=yes",
                                                 SPOTS_TIER_URGENT, &error));
  assert_contains (error->message, "unknown question");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_required_questions_in_order),
    cmocka_unit_test (test_tiers_have_words),
    cmocka_unit_test (test_engine_basics),
    cmocka_unit_test (test_floors_by_age),
    cmocka_unit_test (test_strain_exception_needs_everything_else_well),
    cmocka_unit_test (test_reasons_and_changes),
    cmocka_unit_test (test_not_sure_raises_and_what_would_change),
    cmocka_unit_test (test_deterministic),
    cmocka_unit_test (test_every_emergency_sign_yes_is_an_emergency),
    cmocka_unit_test (test_monotonic_shipped),
    cmocka_unit_test (test_monotonic_test_rules),
    cmocka_unit_test (test_unknown_is_never_more_reassuring),
    cmocka_unit_test (test_next_question_never_skips_what_matters),
    cmocka_unit_test (test_skipped_questions_cannot_change_the_result),
    cmocka_unit_test (test_wizard_short_circuits),
    cmocka_unit_test (test_wizard_asks_what_applies),
    cmocka_unit_test (test_unsafe_rules_refused),
    cmocka_unit_test (test_parse_answers),
    cmocka_unit_test (test_situation_gives_one_tier),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_core_init ();

  return cmocka_run_group_tests_name ("checklist", tests, setup, teardown);
}
