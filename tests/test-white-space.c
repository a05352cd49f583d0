/* test-white-space.c: runs of white space folded to one space
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a reader notices: however an author broke and indented the lines,
 * words stand one space apart, with none before the first or after the
 * last, also where a paragraph's text meets a link or an emphasis; a
 * no-break space the author put between two words stays; a search snippet
 * is always one line.
 */
#include "config.h"

#include <locale.h>

#include "spots-test-util.h"
#include "spots-white-space.h"

#define NS "xmlns=\"https://skinspots.github.io/ns/content/1\""
#define NBSP "\xc2\xa0"
#define LINE_SEPARATOR "\xe2\x80\xa8"

static void
assert_folds (const char      *text,
              SpotsWhiteSpace  kind,
              const char      *expected)
{
  g_autofree char *folded = spots_white_space_fold (text, kind);

  assert_string_equal (folded, expected);
}

static void
test_runs_become_one_space (void **state)
{
  for (SpotsWhiteSpace kind = SPOTS_WHITE_SPACE_XML; kind <= SPOTS_WHITE_SPACE_UNICODE; kind++)
    {
      assert_folds ("red  spots", kind, "red spots");
      assert_folds ("red\n      spots\tthat\r\ndo not\n\n\tfade", kind,
                    "red spots that do not fade");
      assert_folds ("\n    Call 999 now.\n  ", kind, "Call 999 now.");
      assert_folds ("one", kind, "one");
      assert_folds ("Éczéma  über", kind, "Éczéma über");
    }
}

static void
test_empty_and_blank (void **state)
{
  for (SpotsWhiteSpace kind = SPOTS_WHITE_SPACE_XML; kind <= SPOTS_WHITE_SPACE_UNICODE; kind++)
    {
      assert_folds ("", kind, "");
      assert_folds (" ", kind, "");
      assert_folds (" \t\r\n \n\n  ", kind, "");
    }
  assert_folds (NBSP LINE_SEPARATOR " \v\f", SPOTS_WHITE_SPACE_UNICODE, "");
}

/* XML's white space is its four characters: a no-break space keeps "999"
 * and "now" on one line, and is not a word break to fold away. */
static void
test_xml_keeps_other_characters (void **state)
{
  assert_folds ("Call" NBSP "999", SPOTS_WHITE_SPACE_XML, "Call" NBSP "999");
  assert_folds ("  " NBSP "  ", SPOTS_WHITE_SPACE_XML, NBSP);
  assert_folds ("a " NBSP " b", SPOTS_WHITE_SPACE_XML, "a " NBSP " b");
  assert_folds ("one" LINE_SEPARATOR "line", SPOTS_WHITE_SPACE_XML, "one" LINE_SEPARATOR "line");
  /* A find-bar query may hold characters a content file cannot. */
  assert_folds ("a\vb\fc", SPOTS_WHITE_SPACE_XML, "a\vb\fc");
}

/* A snippet must be one line, whatever the text holds. */
static void
test_unicode_folds_every_space (void **state)
{
  assert_folds ("Call" NBSP "999", SPOTS_WHITE_SPACE_UNICODE, "Call 999");
  assert_folds ("a " NBSP " b", SPOTS_WHITE_SPACE_UNICODE, "a b");
  assert_folds ("one" LINE_SEPARATOR "line\xe2\x80\xa9" "more", SPOTS_WHITE_SPACE_UNICODE,
                "one line more");
  assert_folds ("a\vb\fc\x01" "d\x7f" "e\xc2\x85" "f", SPOTS_WHITE_SPACE_UNICODE, "a b c d e f");
  /* Not white space: letters, punctuation, an en dash. */
  assert_folds ("a–b, c.", SPOTS_WHITE_SPACE_UNICODE, "a–b, c.");
}

/* Pieces appended one after the other fold as one text: at most one space
 * where they meet, none invented where they touch. Text in @out before
 * @start is not touched and does not count: the folded text starts without
 * a space even right after a word. */
static void
test_pieces_fold_as_one (void **state)
{
  const struct
  {
    const char *before;
    gsize start;
    const char *pieces[4];
    const char *appended;
    const char *trimmed;
  } cases[] = {
    { "", 0, { "  Red ", NULL }, "Red ", "Red" },
    { "", 0, { "  Red ", "\n  spots", NULL }, "Red spots", "Red spots" },
    { "", 0, { "Red", "spots", NULL }, "Redspots", "Redspots" },
    { "", 0, { "Red", " \n ", "\t", NULL }, "Red ", "Red" },
    { "", 0, { " ", "\n", "", NULL }, "", "" },
    { "Call ", 5, { "  \n", NULL }, "Call ", "Call " },
    { "Call", 4, { " 999 ", NULL }, "Call999 ", "Call999" },
    { "Call", 0, { " 999 ", NULL }, "Call 999 ", "Call 999" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (cases[i].before);

      for (guint j = 0; cases[i].pieces[j] != NULL; j++)
        spots_white_space_append_folded (out, cases[i].start, cases[i].pieces[j],
                                         SPOTS_WHITE_SPACE_XML);
      assert_string_equal (out->str, cases[i].appended);

      /* Trimming twice takes off no more than once. */
      for (guint j = 0; j < 2; j++)
        {
          spots_white_space_trim_end (out, cases[i].start);
          assert_string_equal (out->str, cases[i].trimmed);
        }
    }
}

/* A start past the end is a programming error: refused, nothing written. */
static void
test_start_past_the_end (void **state)
{
  g_autoptr(GString) out = g_string_new ("ab");

  g_test_expect_message ("spots-white-space", G_LOG_LEVEL_CRITICAL, "*start <= out->len*");
  spots_white_space_append_folded (out, 3, "c d", SPOTS_WHITE_SPACE_XML);
  g_test_assert_expected_messages ();
  assert_string_equal (out->str, "ab");

  g_string_append_c (out, ' ');
  g_test_expect_message ("spots-white-space", G_LOG_LEVEL_CRITICAL, "*start <= out->len*");
  spots_white_space_trim_end (out, 4);
  g_test_assert_expected_messages ();
  assert_string_equal (out->str, "ab ");
}

/* The same folding, seen through the parser: @paragraphs (the inside of a
 * section) and @title, dumped. */
static char *
parse_and_dump (const char *title,
                const char *paragraphs)
{
  g_autofree char *dir = spots_test_make_dir ();
  const char *dirs[] = { dir, NULL };
  g_autofree char *xml = NULL;
  g_autoptr(SpotsLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  SpotsArticle *article;
  char *dump;

  xml = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<article " NS " id=\" spaced \t\" category=\"skin-conditions\">\n"
                         "  <title>%s</title>\n"
                         "  <summary>A page for the white space tests.</summary>\n"
                         "  <section><heading>Heading</heading>%s</section>\n"
                         SPOTS_TEST_REVIEWED
                         "</article>\n", title, paragraphs);
  spots_test_write_file (dir, "spaced.xml", xml, -1);
  /* With the built-in content, for its categories. */
  library = spots_library_new_default (dirs, &error);
  g_assert_no_error (error);
  spots_test_remove_dir (dir);

  problems = spots_test_problems_text (library);
  assert_string_equal (problems, "");
  /* Attributes are folded too: the id is "spaced". */
  article = spots_library_lookup (library, "spaced");
  assert_non_null (article);
  dump = spots_test_dump_article (article);

  return dump;
}

static void
test_parsed_text (void **state)
{
  g_autofree char *dump = NULL;

  dump = parse_and_dump ("\n    Red\n\t  spots  \n  ",
                         "<p>\n  Call\n  <strong>999</strong>\n  now, or\t<em>go</em><strong>"
                         "straight</strong> to <ext href=\"\n https://example.org/ae \">"
                         "A&amp;E</ext>.\n</p>\n"
                         "<p>Keep" NBSP "999" NBSP " <!-- a comment --> \n in mind.</p>\n"
                         "<p><em>Only\n emphasis</em>\n</p>\n");

  assert_contains (dump, "title: Red spots\n");
  /* One space wherever text meets an element, none where they touch, none
   * at either end of the paragraph. */
  assert_contains (dump, "paragraph: Call [strong:999] now, or [em:go][strong:straight] to "
                   "[ext https://example.org/ae:A&E].\n");
  /* The no-break spaces stay; the runs either side of the comment fold as
   * one. */
  assert_contains (dump, "paragraph: Keep" NBSP "999" NBSP " in mind.\n");
  assert_contains (dump, "paragraph: [em:Only emphasis]\n");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_runs_become_one_space),
    cmocka_unit_test (test_empty_and_blank),
    cmocka_unit_test (test_xml_keeps_other_characters),
    cmocka_unit_test (test_unicode_folds_every_space),
    cmocka_unit_test (test_pieces_fold_as_one),
    cmocka_unit_test (test_start_past_the_end),
    cmocka_unit_test (test_parsed_text),
  };

  setlocale (LC_ALL, "C.UTF-8");

  return cmocka_run_group_tests_name ("white-space", tests, NULL, NULL);
}
