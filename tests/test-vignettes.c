/* test-vignettes.c: cases from the sources, and the tier each needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/checklist/vignettes.tsv holds people as the sources and public
 * guidance describe them (babies, children, pregnancy, a weakened immune
 * system, healthy adults), the least urgent tier each may be given, and
 * where that comes from. A case answered less urgently than it needs
 * (under-triage) fails the suite; more urgently (over-triage) is counted
 * and reported, because it is allowed but has a cost. Every emergency
 * case is also tried with each of its worrying answers as "not sure".
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "spots-checklist-commands.h"
#include "spots-checklist-question.h"
#include "spots-core.h"
#include "spots-checklist-situation.h"
#include "spots-test-util.h"

typedef struct
{
  guint cases, emergencies, caught, under, over, over_unanswered;
  guint under_5, pregnant, weak_immunity, self_care, unsure_checked;
} Counts;

/* An emergency case with any one of its worrying answers turned into "not
 * sure" still needs a doctor today. */
static void
check_unsure_emergency (SpotsChecklist        *checklist,
                        SpotsChecklistAnswers *given,
                        const char            *name,
                        Counts                *counts)
{
  GListModel *questions = spots_checklist_get_questions (checklist);

  for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, q);
      const char *id = spots_checklist_question_get_id (question);
      g_autoptr(SpotsChecklistAnswers) unsure = NULL;
      g_autoptr(SpotsChecklistAnswers) filled = NULL;
      SpotsTier tier;

      if (spots_checklist_question_get_kind (question) != SPOTS_QUESTION_YES_NO ||
          spots_checklist_answers_get (given, id) !=
            spots_checklist_question_get_concerning (question))
        continue;

      unsure = spots_checklist_answers_copy (given);
      spots_checklist_answers_set (unsure, id, SPOTS_ANSWER_NOT_SURE);
      filled = spots_checklist_fill_reassuring (checklist, unsure);
      tier = spots_checklist_evaluate_tier (checklist, filled);
      counts->unsure_checked++;
      if (tier < SPOTS_TIER_URGENT)
        fail_msg ("%s with %s answered not sure gives %s", name, id, spots_tier_to_string (tier));
    }
}

static gboolean
has_answer (const char *answers,
            const char *item)
{
  g_autofree char *padded = g_strdup_printf (",%s,", answers);
  g_autofree char *needle = g_strdup_printf (",%s,", item);

  return strstr (padded, needle) != NULL;
}

static void
run_case (SpotsChecklist *checklist,
          char          **fields,
          guint           line,
          Counts         *counts)
{
  g_autoptr(SpotsChecklistAnswers) given = NULL;
  g_autoptr(SpotsChecklistAnswers) filled = NULL;
  g_autoptr(GError) error = NULL;
  SpotsTier expected, got, unanswered;
  const char *age;

  if (!spots_tier_from_string (fields[2], &expected))
    fail_msg ("vignettes.tsv:%u: unknown tier %s", line, fields[2]);
  assert_true (strlen (fields[3]) > 10); /* every case cites its source */

  given = spots_checklist_parse_answers (checklist, fields[1], &error);
  if (given == NULL)
    fail_msg ("vignettes.tsv:%u: %s", line, error->message);
  age = spots_checklist_answers_get_choice (given, "age");
  if (age == NULL)
    fail_msg ("vignettes.tsv:%u: every case says the age", line);

  filled = spots_checklist_fill_reassuring (checklist, given);
  got = spots_checklist_evaluate_tier (checklist, filled);
  /* Left unanswered, as the command line counts them: never less. */
  unanswered = spots_checklist_evaluate_tier (checklist, given);
  if (unanswered < got)
    fail_msg ("%s: unanswered questions gave %s, less than %s", fields[0],
              spots_tier_to_string (unanswered), spots_tier_to_string (got));

  counts->cases++;
  counts->under_5 += g_str_equal (age, "under-3-months") || g_str_equal (age, "3-to-11-months") ||
                     g_str_equal (age, "1-to-4-years");
  counts->pregnant += has_answer (fields[1], "pregnant=yes");
  counts->weak_immunity += has_answer (fields[1], "weak-immunity=yes");
  counts->self_care += expected == SPOTS_TIER_SELF_CARE;
  counts->over_unanswered += unanswered > expected;

  if (expected == SPOTS_TIER_EMERGENCY)
    {
      counts->emergencies++;
      counts->caught += got == SPOTS_TIER_EMERGENCY;
      check_unsure_emergency (checklist, given, fields[0], counts);
    }

  if (got < expected)
    {
      counts->under++;
      print_error ("UNDER-TRIAGE %s: expected %s, got %s (%s)\n", fields[0], fields[2],
                   spots_tier_to_string (got), fields[3]);
    }
  else if (got > expected)
    {
      counts->over++;
      print_message ("# over-triage %s: expected %s, got %s\n", fields[0], fields[2],
                     spots_tier_to_string (got));
    }
}

static void
test_vignettes (void **state)
{
  g_autoptr(SpotsLibrary) library = spots_library_new_default (NULL, NULL);
  SpotsChecklist *checklist = spots_library_get_checklist (library);
  g_autofree char *path = g_build_filename (spots_test_source_dir (), "tests", "checklist",
                                            "vignettes.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Counts counts = { 0, };

  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[l][0] == '#' || lines[l][0] == '\0')
        continue;

      fields = g_strsplit (lines[l], "\t", -1);
      if (g_strv_length (fields) != 4)
        fail_msg ("vignettes.tsv:%u: expected 4 tab-separated fields", l + 1);
      if (g_hash_table_contains (names, fields[0]))
        fail_msg ("vignettes.tsv:%u: two cases are called %s", l + 1, fields[0]);
      g_hash_table_add (names, g_strdup (fields[0]));
      run_case (checklist, fields, l + 1, &counts);
    }

  print_message ("# vignettes: %u cases (%u under 5, %u pregnant, %u with a weakened immune "
                 "system, %u self-care), %u emergencies, %u caught; under-triage %u; "
                 "over-triage %u of %u (%.1f%%); with the questions a case does not mention "
                 "left unanswered, over-triage %u (%.1f%%); %u emergency answers turned into "
                 "\"not sure\" all still urgent or more\n",
                 counts.cases, counts.under_5, counts.pregnant, counts.weak_immunity,
                 counts.self_care, counts.emergencies, counts.caught, counts.under, counts.over,
                 counts.cases, 100.0 * counts.over / MAX (counts.cases, 1),
                 counts.over_unanswered, 100.0 * counts.over_unanswered / MAX (counts.cases, 1),
                 counts.unsure_checked);

  assert_true (counts.cases >= 60);
  assert_true (counts.emergencies >= 20);
  assert_true (counts.under_5 >= 8);
  assert_true (counts.pregnant >= 4);
  assert_true (counts.weak_immunity >= 4);
  assert_true (counts.self_care >= 6);
  assert_int_equal (counts.caught, counts.emergencies);
  assert_int_equal (counts.under, 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_vignettes),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_core_init ();

  return cmocka_run_group_tests_name ("vignettes", tests, NULL, NULL);
}
