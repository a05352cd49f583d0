/* test-vignettes.c: cases from the sources, and the tier each needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/checklist/vignettes.tsv holds people as the sources and public
 * guidance describe them, the least urgent tier each may be given, and
 * where that comes from. A case answered less urgently than it needs
 * (under-triage) fails the suite; more urgently (over-triage) is counted
 * and reported, because it is allowed but has a cost.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "spots-checklist-commands.h"
#include "spots-core.h"
#include "spots-test-util.h"

static void
test_vignettes (void **state)
{
  g_autoptr(SpotsLibrary) library = spots_library_new_default (NULL, NULL);
  SpotsChecklist *checklist = spots_library_get_checklist (library);
  GListModel *questions = spots_checklist_get_questions (checklist);
  g_autofree char *path = g_build_filename (spots_test_source_dir (), "tests", "checklist",
                                            "vignettes.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_cases = 0, n_emergencies = 0, n_caught = 0, n_over = 0, n_under = 0;

  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(SpotsChecklistAnswers) answers = NULL;
      g_autoptr(GError) error = NULL;
      SpotsTier expected, got;

      if (lines[l][0] == '#' || lines[l][0] == '\0')
        continue;

      fields = g_strsplit (lines[l], "\t", -1);
      if (g_strv_length (fields) != 4)
        fail_msg ("vignettes.tsv:%u: expected 4 tab-separated fields", l + 1);
      if (!spots_tier_from_string (fields[2], &expected))
        fail_msg ("vignettes.tsv:%u: unknown tier %s", l + 1, fields[2]);
      assert_true (strlen (fields[3]) > 10); /* every case cites its source */

      answers = spots_checklist_parse_answers (checklist, fields[1], &error);
      if (answers == NULL)
        fail_msg ("vignettes.tsv:%u: %s", l + 1, error->message);

      /* Everything the case does not mention was answered no. */
      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, q);
          const char *id = spots_checklist_question_get_id (question);

          if (spots_checklist_answers_get (answers, id) == SPOTS_ANSWER_NONE)
            spots_checklist_answers_set (answers, id, SPOTS_ANSWER_NO);
        }

      got = spots_checklist_evaluate_tier (checklist, answers);
      n_cases++;

      if (expected == SPOTS_TIER_EMERGENCY)
        {
          n_emergencies++;
          n_caught += got == SPOTS_TIER_EMERGENCY;
        }

      if (got < expected)
        {
          n_under++;
          print_error ("UNDER-TRIAGE %s: expected %s, got %s (%s)\n", fields[0], fields[2],
                       spots_tier_to_string (got), fields[3]);
        }
      else if (got > expected)
        {
          n_over++;
          print_message ("# over-triage %s: expected %s, got %s\n", fields[0], fields[2],
                         spots_tier_to_string (got));
        }
    }

  print_message ("# vignettes: %u cases, %u emergencies, %u caught; under-triage %u; "
                 "over-triage %u of %u (%.1f%%)\n", n_cases, n_emergencies, n_caught, n_under,
                 n_over, n_cases, n_cases > 0 ? 100.0 * n_over / n_cases : 0.0);

  assert_true (n_cases >= 30);
  assert_true (n_emergencies >= 10);
  assert_int_equal (n_caught, n_emergencies);
  assert_int_equal (n_under, 0);
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
