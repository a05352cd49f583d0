/* test-content.c: the built-in articles are complete, linked and cited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks the shipped content as a reader relies on it: every topic of the
 * source documents has its page, every page links onwards and cites its
 * sources, condition pages can be compared, and the figures the sources
 * give are on the right page, exactly.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "spots-core.h"
#include "spots-plain-text.h"
#include "spots-test-util.h"

/* Every topic the product brief and the source documents call for. */
static const char * const required_ids[] = {
  "red-spots-overview", "glass-test",
  "petechiae", "purpura",
  "physical-strain", "low-platelets", "infections", "medicines",
  "autoimmune-blood-disorders", "vitamin-c-deficiency",
  "leukaemia-cutis", "cherry-angioma", "heat-rash", "keratosis-pilaris",
  "contact-dermatitis", "atopic-dermatitis", "rosacea", "other-causes",
  "when-to-seek-care", "how-doctors-evaluate", "treatment", "prevention",
  "home-care", "oatmeal-bath", "cold-compress", "aloe-vera",
  "faq", "about",
  /* The pages people most need, from the clinical review. */
  "meningitis-and-sepsis", "babies-and-children", "pregnancy", "weak-immune-system",
  "after-travel",
  NULL
};

/* Pages written for one situation: each must link both ways with the pages
 * it relates to, and say when to get help in the checklist's tiers. */
static const char * const situation_ids[] = {
  "meningitis-and-sepsis", "babies-and-children", "pregnancy", "weak-immune-system",
  "after-travel",
  NULL
};

/* Facts from the sources, and the page each must be on. */
static const struct
{
  const char *id;
  const char *text;
} figures[] = {
  { "petechiae", "under 2 mm" },
  { "purpura", "2 mm" },
  { "cherry-angioma", "1 to 5 mm" },
  { "heat-rash", "1 to 2 mm" },
  { "heat-rash", "under 2 weeks old" },
  { "contact-dermatitis", "1 to 3 days after" },
  { "contact-dermatitis", "3 to 4 days later" },
  { "contact-dermatitis", "1% hydrocortisone" },
  { "atopic-dermatitis", "women: 8.9%" },
  { "atopic-dermatitis", "men: 5.7%" },
  { "atopic-dermatitis", "18–44: 8.4%" },
  { "atopic-dermatitis", "45–64: 6.5%" },
  { "atopic-dermatitis", "65–74: 6.8%" },
  { "atopic-dermatitis", "75 and older: 5.5%" },
  { "atopic-dermatitis", "National Health Interview Survey" },
  { "keratosis-pilaris", "salicylic acid (6%)" },
  { "keratosis-pilaris", "urea (20%)" },
  { "rosacea", "SPF 30" },
  { "oatmeal-bath", "one cup" },
  { "oatmeal-bath", "10 to 15 minutes" },
  { "oatmeal-bath", "lukewarm" },
  { "cold-compress", "15 to 20 minutes" },
  { "cold-compress", "20 minutes" },
  { "aloe-vera", "100% pure aloe vera" },
  { "glass-test", "palms" },
  { "glass-test", "soles" },
  { "glass-test", "eyelids" },
  { "infections", "meningococcal" },
  { "infections", "sepsis" },
  { "low-platelets", "immune thrombocytopenia" },
  { "low-platelets", "PMID: 24935400" },
  { "vitamin-c-deficiency", "scurvy" },
  { "medicines", "aspirin" },
  { "medicines", "steroids" },
};

static SpotsLibrary *library;

static int
load (void **state)
{
  library = spots_library_new_default (NULL, NULL);
  return library != NULL ? 0 : -1;
}

static int
unload (void **state)
{
  g_clear_object (&library);
  return 0;
}

/* The page as a reader sees it, with line breaks folded away. */
static char *
page_text (const char *id)
{
  SpotsArticle *article = spots_library_lookup (library, id);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s*\\n[\\s|]*", 0, 0, NULL);

  if (article == NULL)
    fail_msg ("no article %s", id);

  text = spots_plain_text_article (library, article);
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static gboolean
is_condition (SpotsArticle *article)
{
  const char *category = spots_article_get_category_id (article);

  return g_str_equal (category, "skin-conditions") || g_str_equal (category, "pinpoint-spots");
}

static gboolean
has_callout (GListModel       *blocks,
             SpotsCalloutKind  kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      if (spots_block_get_kind (block) == SPOTS_BLOCK_CALLOUT &&
          spots_block_get_callout_kind (block) == kind)
        return TRUE;
    }

  return FALSE;
}

static void
test_no_problems (void **state)
{
  g_autofree char *problems = spots_test_problems_text (library);

  assert_string_equal (problems, "");
}

static void
test_required_articles (void **state)
{
  GString *missing = g_string_new (NULL);
  g_autofree char *list = NULL;

  for (guint i = 0; required_ids[i] != NULL; i++)
    if (spots_library_lookup (library, required_ids[i]) == NULL)
      g_string_append_printf (missing, " %s", required_ids[i]);

  list = g_string_free (missing, FALSE);
  if (list[0] != '\0')
    fail_msg ("required articles are missing:%s", list);

  assert_true (g_list_model_get_n_items (spots_library_get_articles (library)) >= 22);
}

static void
test_every_article_is_linked_and_cited (void **state)
{
  GListModel *articles = spots_library_get_articles (library);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      const char *id = spots_article_get_id (article);
      g_autofree char *dump = spots_test_dump_article (article);

      if (spots_article_get_summary (article)[0] == '\0')
        fail_msg ("%s has no summary", id);
      if (g_strv_length ((char **) spots_article_get_keywords (article)) < 3)
        fail_msg ("%s has fewer than 3 keywords", id);
      if (strstr (dump, "[link ") == NULL)
        fail_msg ("%s has no cross-link in its text", id);
      if (g_list_model_get_n_items (spots_article_get_references (article)) == 0)
        fail_msg ("%s cites no references", id);
    }
}

static void
test_condition_pages_can_be_compared (void **state)
{
  GListModel *articles = spots_library_get_articles (library);
  guint n_conditions = 0;

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      SpotsCompareFacts *facts = spots_article_get_compare (article);

      if (!is_condition (article))
        continue;
      n_conditions++;

      if (facts == NULL)
        fail_msg ("condition page %s has no compare facts", spots_article_get_id (article));
      assert_non_null (spots_compare_facts_get_text (facts, SPOTS_FACT_PLACES));
      assert_non_null (spots_compare_facts_get_text (facts, SPOTS_FACT_SIZE));
      assert_int_not_equal (spots_compare_facts_get_value (facts, SPOTS_FACT_FADES),
                            SPOTS_FACT_VALUE_UNKNOWN);
    }

  assert_true (n_conditions >= 10);
}

static void
test_condition_and_cause_pages_say_when_to_get_help (void **state)
{
  GListModel *articles = spots_library_get_articles (library);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);

      if (!is_condition (article) &&
          !g_str_equal (spots_article_get_category_id (article), "causes"))
        continue;

      if (!has_callout (spots_article_get_blocks (article), SPOTS_CALLOUT_GET_HELP))
        fail_msg ("%s has no \"when to get help\" callout", spots_article_get_id (article));
    }
}

static void
test_figures_on_their_pages (void **state)
{
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *text = page_text (figures[i].id);

      if (strstr (text, figures[i].text) == NULL)
        fail_msg ("%s should say \"%s\"", figures[i].id, figures[i].text);
    }
}

static void
test_aliases_find_their_pages (void **state)
{
  const char * const *leukaemia = spots_article_get_keywords (spots_library_lookup (library,
                                                                                  "leukaemia-cutis"));
  const char * const *petechiae = spots_article_get_keywords (spots_library_lookup (library,
                                                                                  "petechiae"));

  assert_true (g_strv_contains (petechiae, "pinpoint bleeding"));
  assert_true (g_strv_contains (petechiae, "blood spots"));
  assert_true (g_strv_contains (leukaemia, "leukemia"));
  assert_true (g_strv_contains (leukaemia, "leukaemia"));
}

/* The eight questions of the sources each have a heading on the FAQ page. */
static void
test_faq_answers_eight_questions (void **state)
{
  GListModel *blocks = spots_article_get_blocks (spots_library_lookup (library, "faq"));
  guint questions = 0;

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);
      g_autofree char *text = NULL;

      /* Questions are subsections, grouped under a few topic headings. */
      if (spots_block_get_kind (block) != SPOTS_BLOCK_HEADING || spots_block_get_level (block) != 3)
        continue;
      text = spots_inline_text_to_string (spots_block_get_text (block));
      if (g_str_has_suffix (text, "?"))
        questions++;
    }

  assert_int_equal (questions, 8);
}

static void
test_glass_test_illustration (void **state)
{
  GListModel *blocks = spots_article_get_blocks (spots_library_lookup (library, "glass-test"));
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      if (spots_block_get_kind (block) != SPOTS_BLOCK_FIGURE)
        continue;
      found = TRUE;
      assert_string_equal (spots_block_get_image_uri (block),
                           "resource://" RESOURCE_BASE "/content/images/glass-test.svg");
      assert_true (strlen (spots_block_get_alt_text (block)) > 40);
    }

  assert_true (found);
}

/* The one check that makes every page say what the checklist says; it is
 * also what --check-content runs. */
static void
test_callouts_agree_with_checklist (void **state)
{
  /* A library of its own: the check adds its problems to the library's
   * list, which test_no_problems reads from the shared one. */
  g_autoptr(SpotsLibrary) checked = spots_library_new_default (NULL, NULL);
  GListModel *articles = spots_library_get_articles (checked);
  guint n_tiered = 0;
  guint n_added;
  g_autofree char *problems = NULL;

  n_added = spots_library_check_callouts (checked);
  problems = spots_test_problems_text (checked);
  if (n_added != 0)
    fail_msg ("pages disagree with the checklist:\n%s", problems);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      GListModel *blocks = spots_article_get_blocks (article);

      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, j);

          if (spots_block_get_kind (block) == SPOTS_BLOCK_CALLOUT &&
              spots_block_get_tier (block) != NULL)
            n_tiered++;
        }
    }

  /* The pages say when to get help in many places; if the count falls this
   * far, tiers have been dropped rather than checked. */
  assert_true (n_tiered >= 40);
}

static gboolean
has_tiered_callout (SpotsArticle *article)
{
  GListModel *blocks = spots_article_get_blocks (article);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      if (spots_block_get_kind (block) == SPOTS_BLOCK_CALLOUT &&
          spots_block_get_tier (block) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_situation_pages_link_both_ways (void **state)
{
  for (guint i = 0; situation_ids[i] != NULL; i++)
    {
      SpotsArticle *article = spots_library_lookup (library, situation_ids[i]);
      const char * const *related;

      assert_non_null (article);
      if (!has_tiered_callout (article))
        fail_msg ("%s does not say when to get help in the checklist's tiers", situation_ids[i]);

      related = spots_article_get_related (article);
      assert_true (g_strv_length ((char **) related) >= 3);
      for (guint j = 0; related[j] != NULL; j++)
        {
          SpotsArticle *other = spots_library_lookup (library, related[j]);

          assert_non_null (other);
          if (!g_strv_contains (spots_article_get_related (other), situation_ids[i]))
            fail_msg ("%s lists %s as related, but %s does not list %s", situation_ids[i],
                      related[j], related[j], situation_ids[i]);
        }
    }
}

/* A reader can find every source: by a link, a PubMed id or a DOI, or it is
 * said to be known only from a named source document, or to be one. */
static void
test_references_can_be_traced (void **state)
{
  GListModel *articles = spots_library_get_articles (library);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      GListModel *references = spots_article_get_references (article);

      for (guint j = 0; j < g_list_model_get_n_items (references); j++)
        {
          g_autoptr(SpotsReference) reference = g_list_model_get_item (references, j);
          const char *title = spots_reference_get_title (reference);

          if (title == NULL || title[0] == '\0' || title[0] == '[')
            fail_msg ("%s: reference %u has no real title", spots_article_get_id (article), j + 1);
          if (spots_reference_get_url (reference) == NULL &&
              spots_reference_get_pmid (reference) == NULL &&
              spots_reference_get_doi (reference) == NULL &&
              spots_reference_get_cited_by (reference) == NULL &&
              !spots_reference_is_source_document (reference))
            fail_msg ("%s: \"%s\" has no link, PMID or DOI and names no source document",
                      spots_article_get_id (article), title);
        }
    }
}

static void
test_every_article_is_reviewed (void **state)
{
  GListModel *articles = spots_library_get_articles (library);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      SpotsReview *review = spots_article_get_review (article);
      g_autofree char *text = NULL;

      if (review == NULL)
        fail_msg ("%s has no review date", spots_article_get_id (article));
      assert_true (g_date_compare (spots_review_get_next (review),
                                   spots_review_get_date (review)) > 0);
      assert_true (g_strv_length ((char **) spots_review_get_against (review)) >= 1);

      /* The foot of the page says it, as NHS pages do. */
      text = page_text (spots_article_get_id (article));
      assert_contains (text, "Last reviewed: ");
      assert_contains (text, "Next review due: ");
    }
}

static void
test_every_article_renders_as_text (void **state)
{
  GListModel *articles = spots_library_get_articles (library);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *text = spots_plain_text_article (library, article);

      assert_true (g_str_has_prefix (text, spots_article_get_title (article)));
      assert_true (strlen (text) > 500);
      assert_true (g_utf8_validate (text, -1, NULL));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_no_problems),
    cmocka_unit_test (test_required_articles),
    cmocka_unit_test (test_every_article_is_linked_and_cited),
    cmocka_unit_test (test_condition_pages_can_be_compared),
    cmocka_unit_test (test_condition_and_cause_pages_say_when_to_get_help),
    cmocka_unit_test (test_figures_on_their_pages),
    cmocka_unit_test (test_aliases_find_their_pages),
    cmocka_unit_test (test_faq_answers_eight_questions),
    cmocka_unit_test (test_glass_test_illustration),
    cmocka_unit_test (test_every_article_renders_as_text),
    cmocka_unit_test (test_callouts_agree_with_checklist),
    cmocka_unit_test (test_situation_pages_link_both_ways),
    cmocka_unit_test (test_references_can_be_traced),
    cmocka_unit_test (test_every_article_is_reviewed),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_core_init ();

  return cmocka_run_group_tests_name ("content", tests, load, unload);
}
