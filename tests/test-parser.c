/* test-parser.c: golden-file tests of the content parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each article in tests/content/golden/, NAME.xml, is parsed and dumped;
 * the dump must equal NAME.expected beside it. To add a case, drop both
 * files there; to accept a deliberate change, run with SPOTS_UPDATE_GOLDEN=1
 * and review the diff. The dumps are made with LANGUAGE=C (main), so that
 * they hold the original text whatever the machine's language.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "spots-core.h"
#include "spots-test-util.h"

static char *
golden_dir (void)
{
  return g_build_filename (spots_test_source_dir (), "tests", "content", "golden", NULL);
}

static SpotsLibrary *
load_golden (void)
{
  g_autofree char *dir = golden_dir ();
  g_autoptr(GError) error = NULL;
  SpotsLibrary *library = spots_library_new ();

  spots_library_load_directory (library, dir, &error);
  g_assert_no_error (error);
  spots_library_finish (library);

  return library;
}

static SpotsArticle *
article_from_file (SpotsLibrary *library,
                   const char   *path)
{
  GListModel *articles = spots_library_get_articles (library);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);

      if (g_strcmp0 (spots_article_get_source_file (article), path) == 0)
        return article;
    }

  return NULL;
}

/* Every file of the folder is an article with its .expected, but the
 * category list, which test_categories_in_order checks. Every case is
 * compared before the test fails, so that one run names all that changed. */
static void
test_golden_files (void **state)
{
  g_autofree char *dir = golden_dir ();
  g_autofree char *categories = g_build_filename (dir, "categories.xml", NULL);
  g_autoptr(SpotsLibrary) library = load_golden ();
  g_autofree char *problems = spots_test_problems_text (library);
  g_autoptr(GPtrArray) cases = spots_test_list_cases (dir);
  guint n_articles = 0;
  guint n_wrong = 0;

  assert_string_equal (problems, "");

  for (guint i = 0; i < cases->len; i++)
    {
      const char *path = g_ptr_array_index (cases, i);
      SpotsArticle *article;
      g_autofree char *dump = NULL;

      if (g_str_equal (path, categories))
        continue;

      article = article_from_file (library, path);
      if (article == NULL)
        fail_msg ("%s holds no article", path);
      dump = spots_test_dump_article (article);
      if (!spots_test_matches_expected (path, dump))
        n_wrong++;
      n_articles++;
    }

  if (n_wrong > 0)
    fail_msg ("%u of the %u articles in %s are not what their .expected says", n_wrong,
              n_articles, dir);
  assert_int_equal (n_articles, g_list_model_get_n_items (spots_library_get_articles (library)));
  print_message ("# golden: %s: %u articles, each as its .expected says\n", dir, n_articles);
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
    cmocka_unit_test (test_golden_files),
    cmocka_unit_test (test_german_reader),
    cmocka_unit_test (test_region_variant),
    cmocka_unit_test (test_categories_in_order),
  };

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  spots_core_init ();

  return cmocka_run_group_tests_name ("parser", tests, NULL, NULL);
}
