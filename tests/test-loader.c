/* test-loader.c: bad input never crashes, hangs or leaks; good input loads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file of the bad-input corpus must give its own clear error, with the
 * line where the parser knows one, and must not stop the other files in its
 * folder from loading. Small corpus files live in tests/content/bad/, each
 * NAME.xml with the problems it gives in NAME.expected beside it (found by
 * test_bad_inputs; see CONTRIBUTING.md); large, binary and file-system
 * cases are made here, in a temporary folder.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "spots-content-walk-private.h"
#include "spots-core.h"
#include "spots-error.h"
#include "spots-hostile-folder.h"
#include "spots-test-util.h"

#define NS "xmlns=\"https://skinspots.github.io/ns/content/1\""

/* What a test file must contain to be a valid article, wrapped around BODY. */
#define GOOD_ARTICLE(id, body) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<article " NS " id=\"" id "\" category=\"start-here\">\n" \
  "  <title>Title of " id "</title>\n" \
  "  <summary>Summary.</summary>\n" \
  "  <section>\n" \
  "    <heading>Heading</heading>\n" \
  "    " body "\n" \
  "  </section>\n" \
  SPOTS_TEST_REVIEWED \
  "</article>\n"

typedef SpotsTestFixture Fixture;

/* A broken file never costs a built-in article. */
static void
assert_builtin_still_there (SpotsLibrary *library)
{
  assert_non_null (spots_library_lookup (library, "petechiae"));
}

/* Asserts that loading PATH gives exactly one problem, with this code, at
 * this line, whose message contains DETAIL: for the files made here. */
static void
assert_single_problem (const char     *path,
                       SpotsErrorCode  code,
                       guint           line,
                       const char     *detail)
{
  g_autoptr(SpotsLibrary) library = spots_test_check_content (path);
  GPtrArray *problems = spots_library_get_problems (library);
  g_autofree char *all = spots_test_problems_text (library);
  const GError *problem;

  if (problems->len != 1)
    fail_msg ("%s: expected one problem, got %u:\n%s", path, problems->len, all);

  problem = g_ptr_array_index (problems, 0);
  spots_test_assert_placed (problem);
  assert_int_equal (problem->code, code);
  assert_string_equal (spots_error_get_file (problem), path);
  assert_int_equal (spots_error_get_line (problem), line);
  assert_contains (spots_error_get_detail (problem), detail);
  assert_builtin_still_there (library);
}

static char *
corpus (const char *name)
{
  return g_build_filename (spots_test_source_dir (), "tests", "content", "bad", name, NULL);
}

/* Every NAME.xml of tests/content/bad/ gives exactly the problems, codes
 * included, of NAME.expected beside it. */
static void
test_bad_inputs (void **state)
{
  g_autofree char *folder = g_build_filename (spots_test_source_dir (), "tests", "content", "bad",
                                             NULL);

  spots_test_check_bad_inputs (folder, assert_builtin_still_there);
}

/* The article of a file that is refused is not loaded. */
static void
test_doctype_article_not_loaded (void **state)
{
  g_autofree char *path = corpus ("doctype-internal-entity.xml");
  g_autoptr(SpotsLibrary) library = spots_test_check_content (path);

  assert_null (spots_library_lookup (library, "doctype"));
}

/* What the checklist gives is compared only on request (--check-content):
 * each disagreement is one problem at its own line. */
static void
test_callout_disagrees_with_checklist (void **state)
{
  g_autofree char *path = g_build_filename (spots_test_source_dir (), "tests", "content",
                                            "callouts", "disagrees.xml", NULL);
  g_autoptr(SpotsLibrary) library = spots_test_check_content (path);
  GPtrArray *problems = spots_library_get_problems (library);
  g_autoptr(GString) all = g_string_new (NULL);

  assert_int_equal (problems->len, 0);
  assert_non_null (spots_library_lookup (library, "disagrees"));

  spots_library_check_callouts (library);
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (spots_error_get_file (problem), path))
        g_string_append_printf (all, "%s\n", problem->message);
    }
  assert_contains (all->str, ":8:");
  assert_contains (all->str, "for the situation \"fever=yes\" at under-3-months the checklist "
                             "gives \"emergency\" (Get emergency help now), but the callout "
                             "says \"urgent\"");
  assert_contains (all->str, ":12:");
  assert_contains (all->str, "names the checklist's tier \"See a doctor today\"");
}

/* A link to nowhere is reported (tests/content/bad/unknown-link.expected),
 * but the article still loads, with the link turned into plain words. */
static void
test_unknown_link_becomes_words (void **state)
{
  g_autofree char *path = corpus ("unknown-link.xml");
  g_autoptr(SpotsLibrary) library = spots_test_check_content (path);
  g_autoptr(SpotsBlock) paragraph = NULL;
  SpotsArticle *article;
  SpotsInlineText *text;

  article = spots_library_lookup (library, "bad-link");
  assert_non_null (article);
  paragraph = g_list_model_get_item (spots_article_get_blocks (article), 1);
  text = spots_block_get_text (paragraph);
  for (guint i = 0; i < spots_inline_text_get_n_runs (text); i++)
    assert_int_not_equal (spots_inline_text_get_run (text, i)->kind, SPOTS_RUN_LINK);
}

/* The entity names a file with a secret in it; nothing of the secret may
 * appear in any message or any article. */
static void
test_external_entity_local_file (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *secret_path = g_build_filename (fixture->dir, "secret.txt", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "xxe.xml", NULL);
  g_autoptr(SpotsLibrary) library = NULL;
  g_autofree char *problems = NULL;
  GListModel *articles;

  spots_test_write_file (fixture->dir, "secret.txt", "TOP-SECRET-7731", -1);
  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE a [<!ENTITY e SYSTEM \"file://%s\">]>\n"
                         "<article " NS " id=\"xxe\" category=\"start-here\">\n"
                         "  <title>&e;</title><summary>&e;</summary>\n"
                         "  <section><heading>&e;</heading><p>&e;</p></section>\n"
                         "</article>\n", secret_path);
  spots_test_write_file (fixture->dir, "xxe.xml", xml, -1);

  assert_single_problem (path, SPOTS_ERROR_FORBIDDEN, 2, "<!DOCTYPE> is not allowed");

  library = spots_test_check_content (path);
  problems = spots_test_problems_text (library);
  assert_not_contains (problems, "TOP-SECRET");
  assert_null (spots_library_lookup (library, "xxe"));

  articles = spots_library_get_articles (library);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *dump = spots_test_dump_article (article);

      assert_not_contains (dump, "TOP-SECRET");
    }
}

static void
test_quadratic_blowup (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"");
  g_autofree char *path = g_build_filename (fixture->dir, "quadratic.xml", NULL);

  for (int i = 0; i < 50000; i++)
    g_string_append_c (xml, 'x');
  g_string_append (xml, "\">]>\n<article " NS " id=\"q\" category=\"start-here\"><title>");
  for (int i = 0; i < 10000; i++)
    g_string_append (xml, "&x;");
  g_string_append (xml, "</title></article>\n");
  spots_test_write_file (fixture->dir, "quadratic.xml", xml->str, (gssize) xml->len);

  assert_single_problem (path, SPOTS_ERROR_FORBIDDEN, 2, "<!DOCTYPE> is not allowed");
}

static void
test_deep_nesting (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n");
  g_autofree char *path = g_build_filename (fixture->dir, "deep.xml", NULL);

  g_string_append (xml, "<article " NS " id=\"deep\" category=\"start-here\">\n");
  for (int i = 0; i < 10000; i++)
    g_string_append (xml, "<section>");
  for (int i = 0; i < 10000; i++)
    g_string_append (xml, "</section>");
  g_string_append (xml, "\n</article>\n");
  spots_test_write_file (fixture->dir, "deep.xml", xml->str, (gssize) xml->len);

  assert_single_problem (path, SPOTS_ERROR_PARSE, 3, "nested too deeply");
}

static void
test_invalid_utf8 (void **state)
{
  Fixture *fixture = *state;
  const char xml[] = GOOD_ARTICLE ("bad-utf8", "<p>Caf\xC3 \xFF\xFE text.</p>");
  g_autofree char *path = g_build_filename (fixture->dir, "utf8.xml", NULL);

  spots_test_write_file (fixture->dir, "utf8.xml", xml, sizeof xml - 1);

  assert_single_problem (path, SPOTS_ERROR_PARSE, 7, "not valid UTF-8");
}

static void
test_gzip_compressed (void **state)
{
  Fixture *fixture = *state;
  const char xml[] = GOOD_ARTICLE ("zipped", "<p>Compressed.</p>");
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "zipped.xml", NULL);
  char out[4096];
  gsize read, written;
  g_autoptr(SpotsLibrary) library = NULL;

  g_converter_convert (G_CONVERTER (compressor), xml, sizeof xml - 1, out, sizeof out,
                       G_CONVERTER_INPUT_AT_END, &read, &written, &error);
  g_assert_no_error (error);
  spots_test_write_file (fixture->dir, "zipped.xml", out, (gssize) written);

  /* libxml2 would silently unpack it; we never let it open files. */
  assert_single_problem (path, SPOTS_ERROR_PARSE, 1, "the file is compressed");
  library = spots_test_check_content (path);
  assert_null (spots_library_lookup (library, "zipped"));
}

static void
test_five_megabytes (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *path = g_build_filename (fixture->dir, "huge.xml", NULL);
  g_autoptr(GString) xml = g_string_new (NULL);

  g_string_append (xml, "<?xml version=\"1.0\"?>\n<article " NS " id=\"huge\" "
                        "category=\"start-here\"><title>Huge</title><summary>");
  while (xml->len < 5 * 1024 * 1024)
    g_string_append (xml, "padding padding padding padding padding padding padding ");
  g_string_append (xml, "</summary></article>\n");
  spots_test_write_file (fixture->dir, "huge.xml", xml->str, (gssize) xml->len);

  assert_single_problem (path, SPOTS_ERROR_TOO_LARGE, 1, "content files may be at most");
}

/* A link inside a content folder that leads out of it is refused; one that
 * stays inside is fine. */
static void
test_symlink_out_of_folder (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *content = g_build_filename (fixture->dir, "content", NULL);
  g_autofree char *outside = g_build_filename (fixture->dir, "outside.xml", NULL);
  g_autofree char *link = g_build_filename (content, "linked.xml", NULL);
  g_autofree char *inner_link = g_build_filename (content, "inner-link.xml", NULL);
  g_autoptr(SpotsLibrary) library = spots_library_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  const GError *problem;

  g_mkdir (content, 0700);
  spots_test_write_file (fixture->dir, "outside.xml", GOOD_ARTICLE ("outside", "<p>Out.</p>"), -1);
  spots_test_write_file (content, "inside.xml", GOOD_ARTICLE ("inside", "<p>In.</p>"), -1);
  assert_int_equal (symlink (outside, link), 0);
  assert_int_equal (symlink ("inside.xml", inner_link), 0);

  spots_library_load_resource (library, SPOTS_BUILTIN_CONTENT);
  spots_library_load_directory (library, content, &error);
  g_assert_no_error (error);
  spots_library_finish (library);

  problems = spots_library_get_problems (library);
  /* inner-link.xml is read first, so inside.xml repeats its id (first
   * problem); the link out of the folder is the second. */
  assert_int_equal (problems->len, 2);
  problem = g_ptr_array_index (problems, 1);
  assert_int_equal (problem->code, SPOTS_ERROR_REFUSED);
  assert_string_equal (spots_error_get_file (problem), link);
  assert_contains (spots_error_get_detail (problem), "outside the content folder");
  assert_null (spots_library_lookup (library, "outside"));
  assert_non_null (spots_library_lookup (library, "inside"));
}

static void
test_duplicate_ids_in_one_folder (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *second = g_build_filename (fixture->dir, "b.xml", NULL);
  g_autoptr(SpotsLibrary) library = NULL;
  const GError *problem;

  spots_test_write_file (fixture->dir, "a.xml", GOOD_ARTICLE ("twin", "<p>First.</p>"), -1);
  spots_test_write_file (fixture->dir, "b.xml", GOOD_ARTICLE ("twin", "<p>Second.</p>"), -1);

  library = spots_test_check_content (fixture->dir);
  assert_int_equal (spots_library_get_problems (library)->len, 1);
  problem = g_ptr_array_index (spots_library_get_problems (library), 0);
  assert_int_equal (problem->code, SPOTS_ERROR_DUPLICATE_ID);
  assert_string_equal (spots_error_get_file (problem), second);
  assert_int_equal (spots_error_get_line (problem), 2);
  assert_contains (spots_error_get_detail (problem), "the id \"twin\" is already used by");

  /* The first one is kept. */
  {
    g_autoptr(SpotsBlock) paragraph =
      g_list_model_get_item (spots_article_get_blocks (spots_library_lookup (library, "twin")), 1);
    g_autofree char *text = spots_inline_text_to_string (spots_block_get_text (paragraph));

    assert_string_equal (text, "First.");
  }
}

/* Every corpus file and a few good ones in one folder: each bad file is
 * reported once, every good file loads. */
static void
test_mixed_folder_keeps_good_files (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *corpus_dir = g_build_filename (spots_test_source_dir (), "tests", "content",
                                                  "bad", NULL);
  g_autoptr(GPtrArray) bad = spots_test_list_files (corpus_dir, ".xml");
  g_autoptr(SpotsLibrary) library = NULL;

  for (guint i = 0; i < bad->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (bad, i));
      g_autofree char *contents = NULL;
      gsize length;

      assert_true (g_file_get_contents (g_ptr_array_index (bad, i), &contents, &length, NULL));
      spots_test_write_file (fixture->dir, name, contents, (gssize) length);
    }

  spots_test_write_file (fixture->dir, "good-one.xml", GOOD_ARTICLE ("good-one", "<p>1</p>"), -1);
  spots_test_write_file (fixture->dir, "good-two.xml", GOOD_ARTICLE ("good-two", "<p>2</p>"), -1);
  spots_test_write_file (fixture->dir, "zz-good.xml", GOOD_ARTICLE ("zz-good", "<p>3</p>"), -1);

  library = spots_test_check_content (fixture->dir);

  assert_int_equal (spots_library_get_problems (library)->len, bad->len);
  assert_non_null (spots_library_lookup (library, "good-one"));
  assert_non_null (spots_library_lookup (library, "good-two"));
  assert_non_null (spots_library_lookup (library, "zz-good"));
  /* Only the broken link's article loads of the bad ones. */
  assert_non_null (spots_library_lookup (library, "bad-link"));
  assert_null (spots_library_lookup (library, "empty-text"));
}

static void
test_fifo_is_refused_without_hanging (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *path = g_build_filename (fixture->dir, "pipe.xml", NULL);

  assert_int_equal (mkfifo (path, 0600), 0);
  assert_single_problem (path, SPOTS_ERROR_REFUSED, 1, "not a regular file");
}

/* A user folder of 1,000 files, half of them hostile (spots-hostile-
 * folder.c): every good article loads, with its own title; every bad file
 * is reported as FILE:LINE:COLUMN, and nothing else is; a broken copy of a
 * built-in article leaves the built-in one in place. */
static void
test_hostile_folder (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *folder = g_build_filename (fixture->dir, "content", NULL);
  g_autoptr(SpotsHostileFolder) hostile = NULL;
  g_autoptr(SpotsLibrary) builtin = spots_library_new_builtin ();
  g_autoptr(SpotsLibrary) library = spots_library_new ();
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  g_mkdir (folder, 0700);
  hostile = spots_hostile_folder_new (folder, 1000);
  assert_true (hostile->good_ids->len >= 450);
  assert_true (hostile->bad_files->len >= 450);

  spots_library_load_resource (library, SPOTS_BUILTIN_CONTENT);
  assert_true (spots_library_load_directory (library, folder, &error));
  g_assert_no_error (error);
  spots_library_finish (library);

  for (guint i = 0; i < hostile->good_ids->len; i++)
    {
      SpotsArticle *article = spots_library_lookup (library, g_ptr_array_index (hostile->good_ids, i));

      if (article == NULL)
        fail_msg ("%s did not load", (char *) g_ptr_array_index (hostile->good_ids, i));
      assert_string_equal (spots_article_get_title (article),
                           g_ptr_array_index (hostile->good_titles, i));
    }

  for (guint i = 0; i < hostile->broken_builtin->len; i++)
    {
      const char *id = g_ptr_array_index (hostile->broken_builtin, i);

      assert_non_null (spots_library_lookup (library, id));
      assert_string_equal (spots_article_get_title (spots_library_lookup (library, id)),
                           spots_article_get_title (spots_library_lookup (builtin, id)));
    }

  problems = spots_library_get_problems (library);
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);
      const char *file = spots_error_get_file (problem);

      spots_test_assert_placed (problem);
      if (!g_ptr_array_find_with_equal_func (hostile->bad_files, file, g_str_equal, NULL))
        fail_msg ("a problem with a file that is not bad: %s", problem->message);
      g_hash_table_add (reported, (gpointer) file);
    }

  for (guint i = 0; i < hostile->bad_files->len; i++)
    if (!g_hash_table_contains (reported, g_ptr_array_index (hostile->bad_files, i)))
      fail_msg ("%s is bad, and was not reported", (char *) g_ptr_array_index (hostile->bad_files, i));
}

/* Build a chain of N nested folders under @top with an article at the
 * bottom; returns the bottom folder. */
static char *
make_nested (const char *top,
             guint       n)
{
  g_autofree char *path = g_strdup (top);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("level-%u", i + 1);
      char *next = g_build_filename (path, name, NULL);

      g_free (path);
      path = next;
      g_mkdir (path, 0700);
    }

  return g_steal_pointer (&path);
}

/* --check-content in depth: deep folders and links to folders are
 * reported as skipped, not followed; what is within reach is read. */
static void
test_walk_limits (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *top = g_build_filename (fixture->dir, "top", NULL);
  g_autofree char *shallow = NULL;
  g_autofree char *deep = NULL;
  g_autofree char *too_deep = NULL;
  g_autofree char *link = g_build_filename (top, "link-to-folder", NULL);
  g_autoptr(SpotsLibrary) library = NULL;
  g_autofree char *all = NULL;
  g_autofree char *expected = NULL;

  g_mkdir (top, 0700);
  shallow = make_nested (top, 3);
  spots_test_write_file (shallow, "shallow.xml", GOOD_ARTICLE ("shallow", "<p>S.</p>"), -1);
  deep = make_nested (top, 8);
  spots_test_write_file (deep, "deep.xml", GOOD_ARTICLE ("deep", "<p>D.</p>"), -1);
  too_deep = make_nested (deep, 1);
  spots_test_write_file (too_deep, "too-deep.xml", GOOD_ARTICLE ("too-deep", "<p>T.</p>"), -1);
  assert_int_equal (symlink (shallow, link), 0);

  library = spots_test_check_content (top);
  all = spots_test_problems_text (library);

  assert_non_null (spots_library_lookup (library, "shallow"));
  assert_non_null (spots_library_lookup (library, "deep"));
  assert_null (spots_library_lookup (library, "too-deep"));
  expected = g_strdup_printf ("%s:1:1: error: skipped: folders more than 8 levels down are not read",
                              too_deep);
  assert_contains (all, expected);
  g_free (expected);
  expected = g_strdup_printf ("%s:1:1: error: skipped: links to folders are not followed", link);
  assert_contains (all, expected);
  assert_int_equal (spots_library_get_problems (library)->len, 2);
}

/* A folder of more content files than the limit: the first ones are read,
 * and the rest are reported, once. */
static void
test_walk_file_limit (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SpotsLibrary) library = NULL;
  g_autofree char *all = NULL;
  g_autofree char *first_skipped = NULL;

  for (guint i = 0; i < 5001; i++)
    {
      g_autofree char *name = g_strdup_printf ("empty-%05u.xml", i);

      spots_test_write_file (fixture->dir, name, "", 0);
    }

  library = spots_test_check_content (fixture->dir);
  all = spots_test_problems_text (library);
  first_skipped = g_strdup_printf ("%s/empty-05000.xml:1:1: error: skipped: more than 5000 content "
                                   "files; this one and those after it were not read",
                                   fixture->dir);
  /* 5000 empty files, each a problem, then the one skipped. */
  assert_int_equal (spots_library_get_problems (library)->len, 5001);
  assert_contains (all, first_skipped);
}

/* `--check-content /` must not walk into /proc (whose files never end) nor
 * any other file system. */
static void
test_walk_stays_on_one_file_system (void **state)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GError) error = NULL;
  struct stat root, proc;
  gboolean proc_skipped = FALSE;

  if (stat ("/", &root) != 0 || stat ("/proc", &proc) != 0 || root.st_dev == proc.st_dev)
    {
      g_ptr_array_unref (files);
      skip ();
    }

  assert_true (spots_content_walk ("/", TRUE, files, skipped, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < files->len; i++)
    assert_false (g_str_has_prefix (g_ptr_array_index (files, i), "/proc/"));
  for (guint i = 0; i < skipped->len; i++)
    {
      const GError *problem = g_ptr_array_index (skipped, i);

      if (g_strcmp0 (spots_error_get_file (problem), "/proc") == 0)
        {
          assert_string_equal (spots_error_get_detail (problem),
                               "skipped: this folder is on another file system");
          proc_skipped = TRUE;
        }
    }
  assert_true (proc_skipped);
  assert_true (files->len <= 5000);
  g_ptr_array_unref (files);
}

/* The schema compares attribute values with white space folded (RELAX NG's
 * token type), so the model must read them that way: a tier id full of
 * carriage returns once passed the schema and then stopped the program
 * (found by tests/fuzz/fuzz-checklist; kept in its corpus). */
static void
test_attribute_white_space_is_folded (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *checklist_path = g_build_filename (spots_test_source_dir (), "data", "content",
                                                      "checklist.xml", NULL);
  g_autofree char *checklist = NULL;
  g_autoptr(GString) spaced = NULL;
  g_autoptr(SpotsLibrary) library = NULL;
  g_autoptr(SpotsLibrary) builtin = spots_library_new_builtin ();
  SpotsChecklist *loaded;

  g_autofree char *image_path = g_build_filename (spots_test_source_dir (), "data", "content",
                                                  "images", "glass-test.svg", NULL);
  g_autofree char *images = g_build_filename (fixture->dir, "images", NULL);
  g_autofree char *image = NULL;
  gsize image_length;

  /* The checklist shows the glass test's picture. */
  g_assert (g_file_get_contents (image_path, &image, &image_length, NULL));
  g_mkdir (images, 0700);
  spots_test_write_file (images, "glass-test.svg", image, (gssize) image_length);

  g_assert (g_file_get_contents (checklist_path, &checklist, NULL, NULL));
  spaced = g_string_new (checklist);
  assert_true (g_string_replace (spaced, "<tier id=\"emergency\">",
                                 "<tier id=\"\r\r\r emergency\n\t\">", 1) == 1);
  spots_test_write_file (fixture->dir, "checklist.xml", spaced->str, (gssize) spaced->len);
  spots_test_write_file (fixture->dir, "spaced.xml",
                         GOOD_ARTICLE ("  spaced-id\t", "<p>See <link to=\" petechiae \">it</link>.</p>"),
                         -1);

  library = spots_test_check_content (fixture->dir);
  assert_int_equal (spots_library_get_problems (library)->len, 0);
  loaded = spots_library_get_checklist (library);
  assert_non_null (loaded);
  assert_string_equal (spots_checklist_get_tier_heading (loaded, SPOTS_TIER_EMERGENCY),
                       spots_checklist_get_tier_heading (spots_library_get_checklist (builtin),
                                                         SPOTS_TIER_EMERGENCY));
  assert_non_null (spots_library_lookup (library, "spaced-id"));
}

/* What start-up shows first is exactly the built-in content, and it knows
 * when there is more to load: with the test's empty data folders, only a
 * --content-dir adds any. */
static void
test_builtin_first (void **state)
{
  g_autoptr(SpotsLibrary) builtin = spots_library_new_builtin ();
  g_autoptr(SpotsLibrary) full = spots_library_new_default (NULL, NULL);
  GListModel *first = spots_library_get_articles (builtin);
  GListModel *all = spots_library_get_articles (full);
  const char *folder[] = { "/nowhere", NULL };

  assert_int_equal (g_list_model_get_n_items (first), g_list_model_get_n_items (all));
  assert_true (g_list_model_get_n_items (first) >= 28);
  for (guint i = 0; i < g_list_model_get_n_items (first); i++)
    {
      g_autoptr(SpotsArticle) a = g_list_model_get_item (first, i);
      g_autoptr(SpotsArticle) b = g_list_model_get_item (all, i);

      assert_string_equal (spots_article_get_id (a), spots_article_get_id (b));
    }
  assert_non_null (spots_library_get_checklist (builtin));

  assert_false (spots_library_has_more (NULL));
  assert_true (spots_library_has_more (folder));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_builtin_first),
    cmocka_unit_test (test_bad_inputs),
    cmocka_unit_test (test_doctype_article_not_loaded),
    cmocka_unit_test (test_callout_disagrees_with_checklist),
    cmocka_unit_test (test_unknown_link_becomes_words),
    spots_test_with_fixture (test_external_entity_local_file),
    spots_test_with_fixture (test_quadratic_blowup),
    spots_test_with_fixture (test_deep_nesting),
    spots_test_with_fixture (test_invalid_utf8),
    spots_test_with_fixture (test_gzip_compressed),
    spots_test_with_fixture (test_five_megabytes),
    spots_test_with_fixture (test_symlink_out_of_folder),
    spots_test_with_fixture (test_duplicate_ids_in_one_folder),
    spots_test_with_fixture (test_mixed_folder_keeps_good_files),
    spots_test_with_fixture (test_fifo_is_refused_without_hanging),
    spots_test_with_fixture (test_hostile_folder),
    spots_test_with_fixture (test_walk_limits),
    spots_test_with_fixture (test_walk_file_limit),
    cmocka_unit_test (test_walk_stays_on_one_file_system),
    spots_test_with_fixture (test_attribute_white_space_is_folded),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_core_init ();

  return cmocka_run_group_tests_name ("loader", tests, NULL, NULL);
}
