/* test-parser.c: golden-file tests of the content parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each article in tests/content/golden/ is parsed and dumped; the dump must
 * equal ID.expected beside it. To accept a deliberate change, run with
 * SPOTS_UPDATE_GOLDEN=1 and review the diff.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "spots-core.h"
#include "spots-test-util.h"

static SpotsLibrary *
load_golden (void)
{
  g_autofree char *dir = g_build_filename (spots_test_source_dir (), "tests", "content", "golden",
                                           NULL);
  g_autoptr(GError) error = NULL;
  SpotsLibrary *library = spots_library_new ();

  spots_library_load_directory (library, dir, &error);
  g_assert_no_error (error);
  spots_library_finish (library);

  return library;
}

static void
check_golden (const char *id)
{
  g_autoptr(SpotsLibrary) library = load_golden ();
  g_autofree char *problems = spots_test_problems_text (library);
  g_autofree char *expected_path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *dump = NULL;
  SpotsArticle *article;

  assert_string_equal (problems, "");

  article = spots_library_lookup (library, id);
  assert_non_null (article);
  dump = spots_test_dump_article (article);

  expected_path = g_strdup_printf ("%s/tests/content/golden/%s.expected",
                                   spots_test_source_dir (), id);

  if (g_getenv ("SPOTS_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (expected_path, dump, -1, NULL);
      return;
    }

  if (!g_file_get_contents (expected_path, &expected, NULL, NULL))
    fail_msg ("missing golden file %s", expected_path);

  assert_string_equal (dump, expected);
}

static void
test_every_block (void **state)
{
  check_golden ("every-block");
}

static void
test_minimal (void **state)
{
  check_golden ("minimal");
}

static void
test_untranslated (void **state)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  check_golden ("localized");
}

/* Translations sit beside the original as xml:lang siblings; the reader's
 * language wins, the original is the fallback for untranslated pieces. */
static void
test_german_reader (void **state)
{
  g_autoptr(SpotsLibrary) library = NULL;
  g_autofree char *dump = NULL;
  SpotsArticle *article;

  g_setenv ("LANGUAGE", "de", TRUE);
  library = load_golden ();
  article = spots_library_lookup (library, "localized");
  dump = spots_test_dump_article (article);
  g_setenv ("LANGUAGE", "C", TRUE);

  assert_string_equal (spots_article_get_title (article), "Farbe");
  assert_contains (dump, "summary: Übersetzte Geschwister.");
  assert_contains (dump, "heading level=2 anchor=one: Überschrift");
  assert_contains (dump, "paragraph: Deutscher Text.");
  assert_contains (dump, "paragraph: Untranslated paragraph.");
  assert_contains (dump, "1) Eintrag");
  assert_not_contains (dump, "English text");
}

static void
test_region_variant (void **state)
{
  g_autoptr(SpotsLibrary) library = NULL;

  g_setenv ("LANGUAGE", "pt_BR", TRUE);
  library = load_golden ();
  g_setenv ("LANGUAGE", "C", TRUE);

  assert_string_equal (spots_article_get_title (spots_library_lookup (library, "localized")),
                       "Cor");
  /* No Brazilian summary: the original, not the German one. */
  assert_string_equal (spots_article_get_summary (spots_library_lookup (library, "localized")),
                       "Translated siblings, as msgfmt writes them.");
}

static void
test_categories_in_order (void **state)
{
  g_autoptr(SpotsLibrary) library = load_golden ();
  GListModel *categories = spots_library_get_categories (library);
  g_autoptr(SpotsCategory) first = g_list_model_get_item (categories, 0);
  g_autoptr(SpotsCategory) second = g_list_model_get_item (categories, 1);
  g_autoptr(SpotsArticle) a = g_list_model_get_item (spots_category_get_articles (second), 0);
  g_autoptr(SpotsArticle) b = g_list_model_get_item (spots_category_get_articles (second), 1);

  assert_int_equal (g_list_model_get_n_items (categories), 2);
  assert_string_equal (spots_category_get_title (first), "First category");
  assert_string_equal (spots_category_get_summary (first), "Test pages");
  assert_null (spots_category_get_summary (second));
  /* order="1" comes before the default order. */
  assert_string_equal (spots_article_get_id (a), "localized");
  assert_string_equal (spots_article_get_id (b), "minimal");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_every_block),
    cmocka_unit_test (test_minimal),
    cmocka_unit_test (test_untranslated),
    cmocka_unit_test (test_german_reader),
    cmocka_unit_test (test_region_variant),
    cmocka_unit_test (test_categories_in_order),
  };

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  spots_core_init ();

  return cmocka_run_group_tests_name ("parser", tests, NULL, NULL);
}
