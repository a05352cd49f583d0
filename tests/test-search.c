/* test-search.c: folding text for matching, and searching the articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a reader notices: the words they type find the page whatever the
 * case and accents, the page about the word comes first, and the line under
 * each result shows the word, highlighted, in one tidy line. The built-in
 * content checks the real rankings; a few made-up pages with words the
 * content never uses ("quokka", "wombat", "numbat") pin down each rule.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "spots-search.h"
#include "spots-test-util.h"

#define NS "xmlns=\"https://skinspots.github.io/ns/content/1\""

/* An article with @keywords (a <keywords> element or "") and @body (the
 * inside of a section). */
#define ARTICLE(id, title, keywords, body) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<article " NS " id=\"" id "\" category=\"skin-conditions\">\n" \
  "  <title>" title "</title>\n" \
  "  <summary>A made-up page for the search tests.</summary>\n" \
  keywords \
  "  <section><heading>Heading</heading>" body "</section>\n" \
  SPOTS_TEST_REVIEWED \
  "</article>\n"

#define LONG_TEXT \
  "This paragraph is long on purpose, so that its snippet has to be cut at both ends and " \
  "never in the middle of a word. It goes on about nothing in particular for a good while, " \
  "then mentions the numbat, a small striped animal, right here in the middle, and then it " \
  "carries on for a good while longer with more words that nobody will read, until it is " \
  "well past the length of one snippet and can finally stop."

static SpotsLibrary *builtin;
static SpotsSearchIndex *builtin_index;
static SpotsSearchIndex *made_up_index;
static char *made_up_dir;

static int
setup_indexes (void **state)
{
  g_autoptr(SpotsLibrary) made_up = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  const char *dirs[2] = { NULL, NULL };

  builtin = spots_library_new_default (NULL, NULL);
  builtin_index = spots_search_index_new (builtin);

  made_up_dir = spots_test_make_dir ();
  spots_test_write_file (made_up_dir, "title.xml",
                         ARTICLE ("in-title", "Quokka spots", "", "<p>Nothing here.</p>"), -1);
  spots_test_write_file (made_up_dir, "keyword.xml",
                         ARTICLE ("in-keyword", "Marsupial marks",
                                  "<keywords><keyword>quokka</keyword></keywords>",
                                  "<p>Nothing here.</p>"), -1);
  spots_test_write_file (made_up_dir, "body.xml",
                         ARTICLE ("in-body", "Body once", "", "<p>A quokka smiled.</p>"), -1);
  spots_test_write_file (made_up_dir, "body-often.xml",
                         ARTICLE ("in-body-often", "Body often", "",
                                  "<p>Quokka here.</p><list><item>A quokka there.</item>"
                                  "<item>Quokkas everywhere.</item></list>"), -1);
  spots_test_write_file (made_up_dir, "prefix.xml",
                         ARTICLE ("word-start", "A prefix only", "",
                                  "<p>Quokkas, quokkaland and more quokkas.</p>"), -1);
  spots_test_write_file (made_up_dir, "inside.xml",
                         ARTICLE ("inside-word", "A word inside", "",
                                  "<p>Two miniquokkas and a megaquokka.</p>"), -1);
  spots_test_write_file (made_up_dir, "markup.xml",
                         ARTICLE ("markup", "Markup", "",
                                  "<p>Salt &amp; pepper &lt;wombat&gt; &amp; more.</p>"), -1);
  spots_test_write_file (made_up_dir, "long.xml",
                         ARTICLE ("long", "Long", "", "<p>" LONG_TEXT "</p>"), -1);

  dirs[0] = made_up_dir;
  made_up = spots_library_new_default (dirs, &error);
  if (made_up == NULL)
    {
      print_error ("%s\n", error->message);
      return -1;
    }
  problems = spots_test_problems_text (made_up);
  if (*problems != '\0')
    {
      print_error ("%s", problems);
      return -1;
    }
  made_up_index = spots_search_index_new (made_up);

  return 0;
}

static int
teardown_indexes (void **state)
{
  g_clear_object (&made_up_index);
  g_clear_object (&builtin_index);
  g_clear_object (&builtin);
  spots_test_remove_dir (made_up_dir);
  g_clear_pointer (&made_up_dir, g_free);

  return 0;
}

/* The ids of the results, one per line, best first. */
static char *
result_ids (SpotsSearchIndex *index,
            const char       *query)
{
  g_autoptr(GListModel) results = spots_search_index_query (index, query);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(SpotsSearchResult) result = g_list_model_get_item (results, i);

      g_string_append_printf (ids, "%s\n",
                              spots_article_get_id (spots_search_result_get_article (result)));
    }

  return g_string_free (ids, FALSE);
}

/* Where @id ranks for @query, from 1; 0 if it is not found. */
static guint
rank_of (const char *query,
         const char *id)
{
  g_autofree char *ids = result_ids (builtin_index, query);
  g_auto(GStrv) lines = g_strsplit (ids, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (lines[i], id))
      return i + 1;

  return 0;
}

static SpotsSearchResult *
find_result (GListModel *results,
             const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(SpotsSearchResult) result = g_list_model_get_item (results, i);

      if (g_str_equal (spots_article_get_id (spots_search_result_get_article (result)), id))
        return result;
    }

  fail_msg ("no result for %s", id);
  return NULL;
}

static char *
normalize (const char *text)
{
  return spots_normalize_text (text, NULL);
}

/* Folding ---------------------------------------------------------------- */

static void
test_normalize_case_and_accents (void **state)
{
  const struct
  {
    const char *text;
    const char *normalized;
  } cases[] = {
    { "Éczéma", "eczema" },
    { "LEUKAEMIA", "leukaemia" },
    { "Crème BRÛLÉE", "creme brulee" },
    { "e\xcc\x81t\xc3\xa9", "ete" },        /* decomposed and precomposed é */
    { "Straße", "strasse" },
    { "\xef\xac\x81ne", "fine" },             /* the "fi" ligature */
    { "ÅNGSTRÖM", "angstrom" },
    { "18–44: 8.4%", "18–44: 8.4%" },         /* no case, no accent: unchanged */
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = normalize (cases[i].text);

      assert_string_equal (normalized, cases[i].normalized);
    }
}

static void
assert_offsets (const char    *text,
                const char    *normalized,
                const guint32 *expected,
                guint          n_expected)
{
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *result = spots_normalize_text (text, &offsets);

  assert_string_equal (result, normalized);
  assert_int_equal (offsets->len, strlen (normalized) + 1);
  assert_int_equal (offsets->len, n_expected);
  for (guint i = 0; i < n_expected; i++)
    assert_int_equal (g_array_index (offsets, guint32, i), expected[i]);
}

/* One entry per folded byte, pointing at the start of the original
 * character, then the original's length. */
static void
test_normalize_offsets (void **state)
{
  /* "É" is 2 bytes and becomes 1; "–" is 3 bytes and stays 3. */
  const guint32 dash[] = { 0, 2, 3, 3, 3, 6, 7, 8 };
  /* "ß" is 2 bytes and becomes 2 characters. */
  const guint32 sharp_s[] = { 0, 1, 1, 3, 4 };
  /* A separate accent is dropped: nothing points at it. */
  const guint32 combining[] = { 0, 3, 4 };

  assert_offsets ("Éa–bc", "ea–bc", dash, G_N_ELEMENTS (dash));
  assert_offsets ("aßb", "assb", sharp_s, G_N_ELEMENTS (sharp_s));
  assert_offsets ("e\xcc\x81x", "ex", combining, G_N_ELEMENTS (combining));
}

static void
test_normalize_invalid_utf8 (void **state)
{
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *normalized = spots_normalize_text ("A\xff" "B", &offsets);

  assert_string_equal (normalized, "ab");
  assert_int_equal (g_array_index (offsets, guint32, 1), 2);
  assert_true (g_utf8_validate (normalized, -1, NULL));
}

static void
assert_words (const char         *query,
              const char * const *expected)
{
  g_auto(GStrv) words = spots_normalize_query (query);

  assert_int_equal (g_strv_length (words), g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    assert_string_equal (words[i], expected[i]);
}

static void
test_normalize_query (void **state)
{
  const char * const two[] = { "pinpoint", "bleeding", NULL };
  const char * const numbers[] = { "18", "44", NULL };
  const char * const accented[] = { "eczema", "creme", NULL };
  const char * const none[] = { NULL };

  assert_words ("pinpoint bleeding", two);
  assert_words ("  Pinpoint,\tBLEEDING!! pinpoint ", two);
  assert_words ("18–44", numbers);
  assert_words ("ÉCZÉMA (crème)", accented);
  assert_words ("", none);
  assert_words (" \t\n ", none);
  assert_words ("?! – …", none);
}

static void
test_word_boundaries (void **state)
{
  assert_true (spots_normalized_is_word_start ("itchy skin", 0));
  assert_true (spots_normalized_is_word_start ("itchy skin", 6));
  assert_false (spots_normalized_is_word_start ("itchy skin", 1));
  assert_false (spots_normalized_is_word_start ("switch", 2));
  assert_true (spots_normalized_is_word_start ("(itch)", 1));
  assert_true (spots_normalized_is_word_start ("18–44", 5));
  assert_false (spots_normalized_is_word_start ("é9", 2));

  assert_true (spots_normalized_is_word_end ("itch", 4));
  assert_true (spots_normalized_is_word_end ("the itch.", 8));
  assert_false (spots_normalized_is_word_end ("itchy", 4));
  assert_false (spots_normalized_is_word_end ("9é", 1));
  assert_true (spots_normalized_is_word_end ("18–44", 2));
}

static void
test_normalized_find (void **state)
{
  gsize start = 0, end = 0;

  assert_true (spots_normalized_find ("itch and itchy", "itch", 0, &start, &end));
  assert_int_equal (start, 0);
  assert_int_equal (end, 4);
  assert_true (spots_normalized_find ("itch and itchy", "itch", end, &start, &end));
  assert_int_equal (start, 9);
  assert_int_equal (end, 13);
  assert_false (spots_normalized_find ("itch and itchy", "itch", end, &start, &end));
  assert_false (spots_normalized_find ("itch", "", 0, &start, &end));
}

/* The text of @range in @text. */
static char *
range_text (const char     *text,
            SpotsTextRange  range)
{
  assert_true (range.start < range.end);
  assert_true (range.end <= strlen (text));
  return g_strndup (text + range.start, range.end - range.start);
}

static void
assert_found (const char         *text,
              const char         *query,
              const char * const *expected)
{
  g_autoptr(GArray) ranges = spots_text_find_all (text, query);

  assert_int_equal (ranges->len, g_strv_length ((char **) expected));
  for (guint i = 0; i < ranges->len; i++)
    {
      g_autofree char *found = range_text (text, g_array_index (ranges, SpotsTextRange, i));

      assert_string_equal (found, expected[i]);
    }
}

/* Matches are found in the folded text and shown in the original. */
static void
test_find_all (void **state)
{
  const char * const eczema[] = { "Éczéma", "ECZEMA", "eczéma", NULL };
  const char * const brulee[] = { "brûlée", NULL };
  const char * const combining[] = { "cafe\xcc\x81", NULL };
  const char * const sharp_s[] = { "S", "ß", NULL };
  const char * const dashes[] = { "18", "44", "pinpoint", NULL };
  const char * const two_words[] = { "Red", "dots", NULL };
  const char * const merged[] = { "petechiae", NULL };
  const char * const none[] = { NULL };

  assert_found ("Éczéma, or ECZEMA – “eczéma”.", "eczema", eczema);
  assert_found ("Crème brûlée.", "BRULEE", brulee);
  assert_found ("A cafe\xcc\x81 here.", "café", combining);
  assert_found ("Straße", "s", sharp_s);
  assert_found ("18–44 pinpoint", "pinpoint 44 18", dashes);
  assert_found ("Red spots and dots.", "dots red", two_words);
  /* Overlapping matches become one. */
  assert_found ("petechiae", "petech techiae", merged);
  assert_found ("Anything at all.", "", none);
  assert_found ("Anything at all.", "  ", none);
  assert_found ("Anything at all.", "nothing here", none);
  assert_found ("", "word", none);
}

/* Searching the built-in articles ---------------------------------------- */

static void
test_title_first (void **state)
{
  assert_int_equal (rank_of ("petechiae", "petechiae"), 1);
  assert_int_equal (rank_of ("Purpura", "purpura"), 1);
  assert_int_equal (rank_of ("rosacea", "rosacea"), 1);
  assert_int_equal (rank_of ("oatmeal bath", "oatmeal-bath"), 1);
}

static void
test_keyword_only (void **state)
{
  /* "pinpoint bleeding" is a keyword of petechiae, not in its title. */
  assert_int_equal (rank_of ("pinpoint bleeding", "petechiae"), 1);
  assert_int_equal (rank_of ("Campbell de Morgan", "cherry-angioma"), 1);
}

static void
test_spellings_and_accents (void **state)
{
  assert_int_equal (rank_of ("leukemia", "leukaemia-cutis"), 1);
  assert_int_equal (rank_of ("LEUKAEMIA", "leukaemia-cutis"), 1);
  assert_int_equal (rank_of ("ECZÉMA", "atopic-dermatitis"), 1);
  assert_int_equal (rank_of ("éczema", "atopic-dermatitis"), 1);
}

/* "itch" is a keyword of contact dermatitis and also finds "itchy". */
static void
test_itch (void **state)
{
  guint rank = rank_of ("itch", "contact-dermatitis");

  assert_true (rank >= 1 && rank <= 3);
  assert_int_not_equal (rank_of ("itch", "heat-rash"), 0);      /* "itchy" */
  assert_int_not_equal (rank_of ("itch", "cold-compress"), 0);  /* "itching" */
}

static void
test_all_words_must_match (void **state)
{
  g_autofree char *one = result_ids (builtin_index, "scurvy");
  g_autofree char *both = result_ids (builtin_index, "scurvy petechiae");
  g_autofree char *petechiae = result_ids (builtin_index, "petechiae");
  g_autofree char *with_nonsense = result_ids (builtin_index, "petechiae xyzzyq");
  g_auto(GStrv) lines = g_strsplit (both, "\n", -1);

  assert_contains (both, "vitamin-c-deficiency\n");
  assert_string_equal (with_nonsense, "");
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_autofree char *line = g_strconcat (lines[i], "\n", NULL);

      assert_contains (one, line);
      assert_contains (petechiae, line);
    }
  /* Fewer pages have both words than have either. */
  assert_true (strlen (both) < strlen (petechiae));
}

static void
test_empty_query (void **state)
{
  const char *queries[] = { "", " ", "\t\n", "?!", "– … –" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GListModel) results = spots_search_index_query (builtin_index, queries[i]);

      assert_int_equal (g_list_model_get_n_items (results), 0);
      assert_true (g_list_model_get_item_type (results) == SPOTS_TYPE_SEARCH_RESULT);
    }
}

static void
test_deterministic (void **state)
{
  const char *queries[] = { "itch", "spots", "skin red", "petechiae" };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *first = result_ids (builtin_index, queries[q]);
      g_autofree char *second = result_ids (builtin_index, queries[q]);
      g_autoptr(SpotsSearchIndex) rebuilt = spots_search_index_new (builtin);
      g_autofree char *third = result_ids (rebuilt, queries[q]);
      g_autoptr(GListModel) results = spots_search_index_query (builtin_index, queries[q]);

      assert_string_equal (first, second);
      assert_string_equal (first, third);

      /* Best first; equal scores in title order. */
      for (guint i = 1; i < g_list_model_get_n_items (results); i++)
        {
          g_autoptr(SpotsSearchResult) a = g_list_model_get_item (results, i - 1);
          g_autoptr(SpotsSearchResult) b = g_list_model_get_item (results, i);
          const char *title_a = spots_article_get_title (spots_search_result_get_article (a));
          const char *title_b = spots_article_get_title (spots_search_result_get_article (b));

          assert_true (spots_search_result_get_score (a) >= spots_search_result_get_score (b));
          if (spots_search_result_get_score (a) == spots_search_result_get_score (b))
            assert_true (g_utf8_collate (title_a, title_b) <= 0);
        }
    }
}

/* Every snippet is one short line; every highlight is a query word; a
 * snippet without highlights is the start of the summary. */
static void
test_snippets (void **state)
{
  const char *queries[] = { "itch", "petechiae", "pinpoint bleeding", "eczema", "glass",
                            "spots", "vitamin c" };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GListModel) results = spots_search_index_query (builtin_index, queries[q]);
      g_auto(GStrv) words = spots_normalize_query (queries[q]);

      assert_true (g_list_model_get_n_items (results) > 0);
      for (guint i = 0; i < g_list_model_get_n_items (results); i++)
        {
          g_autoptr(SpotsSearchResult) result = g_list_model_get_item (results, i);
          const char *snippet = spots_search_result_get_snippet (result);
          GArray *highlights = spots_search_result_get_highlights (result);
          SpotsArticle *article = spots_search_result_get_article (result);

          assert_true (g_utf8_validate (snippet, -1, NULL));
          assert_true (strlen (snippet) > 0);
          assert_null (strpbrk (snippet, "\t\n\r"));
          assert_true (g_utf8_strlen (snippet, -1) <= 160);
          assert_false (g_str_has_prefix (snippet, " "));
          assert_false (g_str_has_suffix (snippet, " "));

          for (guint h = 0; h < highlights->len; h++)
            {
              g_autofree char *word = range_text (snippet,
                                                  g_array_index (highlights, SpotsTextRange, h));
              g_autofree char *folded = normalize (word);
              gboolean is_query_word = FALSE;

              for (guint w = 0; words[w] != NULL; w++)
                is_query_word |= strstr (folded, words[w]) != NULL;
              assert_true (is_query_word);
            }

          if (highlights->len == 0)
            {
              g_autofree char *start = g_strndup (snippet, 20);

              assert_true (g_str_has_prefix (spots_article_get_summary (article), start));
            }
        }
    }

  /* The page that is about the word shows it. */
  {
    g_autoptr(GListModel) results = spots_search_index_query (builtin_index, "petechiae");
    g_autoptr(SpotsSearchResult) first = g_list_model_get_item (results, 0);

    assert_contains (spots_search_result_get_snippet (first), "Petechiae");
    assert_contains (spots_search_result_get_snippet_markup (first), "<b>Petechiae</b>");
  }
}

/* Made-up pages: one rule each ------------------------------------------- */

/* Title, then keyword, then body; more occurrences first among equals;
 * the whole word before more matches at the start of longer words, and
 * those before more matches inside words (the titles sort the other way). */
static void
test_ranking_rules (void **state)
{
  g_autofree char *ids = result_ids (made_up_index, "quokka");

  /* "inside-word" holds the word only inside a longer one: not a match. */
  assert_string_equal (ids, "in-title\nin-keyword\nin-body-often\nin-body\nword-start\n");
}

/* Only the made-up pages of @ids, in order. */
static char *
made_up_ids (const char *ids)
{
  const char * const made_up[] = { "in-title", "in-keyword", "in-body", "in-body-often",
                                   "word-start", "inside-word", "markup", "long", NULL };
  g_auto(GStrv) lines = g_strsplit (ids, "\n", -1);
  GString *kept = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strv_contains (made_up, lines[i]))
      g_string_append_printf (kept, "%s\n", lines[i]);

  return g_string_free (kept, FALSE);
}

/* A word of one letter, the first keystroke, ranks like any other: every
 * word it begins counts, in the best place it is in. */
static void
test_one_letter (void **state)
{
  g_autofree char *alone = result_ids (made_up_index, "q");
  g_autofree char *alone_made_up = made_up_ids (alone);
  g_autofree char *with_word = result_ids (made_up_index, "quokka q");

  /* "Quokkas, quokkaland and more quokkas" ties with "Quokka here", "a
   * quokka there" and "quokkas everywhere": the titles decide. */
  assert_string_equal (alone_made_up,
                       "in-title\nin-keyword\nword-start\nin-body-often\nin-body\n");
  assert_string_equal (with_word,
                       "in-title\nin-keyword\nin-body-often\nin-body\nword-start\n");
}

/* A query that every article matches lists each of them once. */
static void
test_every_article (void **state)
{
  g_autoptr(GListModel) results = spots_search_index_query (builtin_index, "a");
  GListModel *articles = spots_library_get_articles (builtin);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  assert_int_equal (g_list_model_get_n_items (results), g_list_model_get_n_items (articles));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(SpotsSearchResult) result = g_list_model_get_item (results, i);

      assert_true (g_hash_table_add (seen, (gpointer) spots_article_get_id (
                                               spots_search_result_get_article (result))));
    }
}

/* Results are made when they are read; reading them in any order, or
 * twice, gives the same ones. */
static void
test_results_read_in_any_order (void **state)
{
  g_autoptr(GListModel) forward = spots_search_index_query (builtin_index, "s");
  g_autoptr(GListModel) backward = spots_search_index_query (builtin_index, "s");
  guint n = g_list_model_get_n_items (forward);

  assert_true (n > 20);
  assert_int_equal (g_list_model_get_n_items (backward), n);
  assert_null (g_list_model_get_item (forward, n));

  for (guint i = n; i-- > 0;)
    g_object_unref (g_list_model_get_item (backward, i));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsSearchResult) a = g_list_model_get_item (forward, i);
      g_autoptr(SpotsSearchResult) again = g_list_model_get_item (forward, i);
      g_autoptr(SpotsSearchResult) b = g_list_model_get_item (backward, i);

      assert_ptr_equal (a, again);
      assert_ptr_equal (spots_search_result_get_article (a), spots_search_result_get_article (b));
      assert_int_equal (spots_search_result_get_score (a), spots_search_result_get_score (b));
      assert_string_equal (spots_search_result_get_snippet_markup (a),
                           spots_search_result_get_snippet_markup (b));
    }
}

static void
test_keyword_match_shows_summary (void **state)
{
  g_autoptr(GListModel) results = spots_search_index_query (made_up_index, "quokka");
  SpotsSearchResult *result = find_result (results, "in-keyword");

  assert_string_equal (spots_search_result_get_snippet (result),
                       "A made-up page for the search tests.");
  assert_int_equal (spots_search_result_get_highlights (result)->len, 0);
}

static void
test_snippet_cut_at_words (void **state)
{
  g_autoptr(GListModel) results = spots_search_index_query (made_up_index, "NUMBAT");
  SpotsSearchResult *result = find_result (results, "long");
  const char *snippet = spots_search_result_get_snippet (result);
  GArray *highlights = spots_search_result_get_highlights (result);
  g_autofree char *inner = NULL;
  const char *in_text;

  assert_true (g_str_has_prefix (snippet, "…"));
  assert_true (g_str_has_suffix (snippet, "…"));
  assert_true (g_utf8_strlen (snippet, -1) <= SPOTS_SNIPPET_LENGTH + 2);
  assert_true (g_utf8_strlen (snippet, -1) >= SPOTS_SNIPPET_LENGTH / 2);

  /* Whole words: what is between the "…" starts and ends at a space in
   * the paragraph. */
  inner = g_strndup (snippet + strlen ("…"), strlen (snippet) - 2 * strlen ("…"));
  in_text = strstr (LONG_TEXT, inner);
  assert_non_null (in_text);
  assert_true (in_text[-1] == ' ');
  assert_true (in_text[strlen (inner)] == ' ');

  assert_int_equal (highlights->len, 1);
  {
    g_autofree char *word = range_text (snippet, g_array_index (highlights, SpotsTextRange, 0));

    assert_string_equal (word, "numbat");
  }
}

static void
check_markup_element (GMarkupParseContext  *context,
                      const char           *element,
                      const char          **names,
                      const char          **values,
                      gpointer              data,
                      GError              **error)
{
  if (!g_str_equal (element, "markup") && !g_str_equal (element, "b"))
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT, "<%s>", element);
}

static void
test_snippet_markup_escaped (void **state)
{
  g_autoptr(GListModel) results = spots_search_index_query (made_up_index, "wombat salt");
  SpotsSearchResult *result = find_result (results, "markup");
  const char *markup = spots_search_result_get_snippet_markup (result);
  g_autofree char *document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  const GMarkupParser parser = { check_markup_element, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *string = NULL;
  g_autofree char *property = NULL;

  assert_string_equal (spots_search_result_get_snippet (result),
                       "Salt & pepper <wombat> & more.");
  assert_string_equal (markup, "<b>Salt</b> &amp; pepper &lt;<b>wombat</b>&gt; &amp; more.");

  /* Well-formed, with only <b> in it, as Pango needs. */
  assert_true (g_markup_parse_context_parse (context, document, -1, &error));
  assert_true (g_markup_parse_context_end_parse (context, &error));
  assert_null (error);

  /* The same, through the property a list row binds to. */
  g_object_get (result, "snippet-markup", &property, "snippet", &string, NULL);
  assert_string_equal (property, markup);
  assert_string_equal (string, spots_search_result_get_snippet (result));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_normalize_case_and_accents),
    cmocka_unit_test (test_normalize_offsets),
    cmocka_unit_test (test_normalize_invalid_utf8),
    cmocka_unit_test (test_normalize_query),
    cmocka_unit_test (test_word_boundaries),
    cmocka_unit_test (test_normalized_find),
    cmocka_unit_test (test_find_all),
    cmocka_unit_test (test_title_first),
    cmocka_unit_test (test_keyword_only),
    cmocka_unit_test (test_spellings_and_accents),
    cmocka_unit_test (test_itch),
    cmocka_unit_test (test_all_words_must_match),
    cmocka_unit_test (test_empty_query),
    cmocka_unit_test (test_deterministic),
    cmocka_unit_test (test_snippets),
    cmocka_unit_test (test_ranking_rules),
    cmocka_unit_test (test_one_letter),
    cmocka_unit_test (test_every_article),
    cmocka_unit_test (test_results_read_in_any_order),
    cmocka_unit_test (test_keyword_match_shows_summary),
    cmocka_unit_test (test_snippet_cut_at_words),
    cmocka_unit_test (test_snippet_markup_escaped),
  };

  setlocale (LC_ALL, "C.UTF-8");

  return cmocka_run_group_tests_name ("search", tests, setup_indexes, teardown_indexes);
}
