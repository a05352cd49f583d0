/* spots-test-util.c: helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "spots-enums.h"
#include "spots-error.h"
#include "spots-test-util.h"

static void
dump_inline (GString               *out,
             const SpotsInlineText *text)
{
  for (guint i = 0; i < spots_inline_text_get_n_runs (text); i++)
    {
      const SpotsTextRun *run = spots_inline_text_get_run (text, i);

      switch (run->kind)
        {
        case SPOTS_RUN_PLAIN:
          g_string_append (out, run->text);
          break;
        case SPOTS_RUN_EMPHASIS:
          g_string_append_printf (out, "[em:%s]", run->text);
          break;
        case SPOTS_RUN_STRONG:
          g_string_append_printf (out, "[strong:%s]", run->text);
          break;
        case SPOTS_RUN_LINK:
          g_string_append_printf (out, "[link %s%s%s:%s]", run->target,
                                  run->section != NULL ? "#" : "",
                                  run->section != NULL ? run->section : "", run->text);
          break;
        case SPOTS_RUN_EXTERNAL:
          g_string_append_printf (out, "[ext %s:%s]", run->target, run->text);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
dump_blocks (GString    *out,
             GListModel *blocks,
             const char *indent)
{
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);
      SpotsBlockKind kind = spots_block_get_kind (block);

      g_string_append_printf (out, "%s%s", indent, spots_block_kind_to_string (kind));

      switch (kind)
        {
        case SPOTS_BLOCK_HEADING:
          g_string_append_printf (out, " level=%u anchor=%s: ", spots_block_get_level (block),
                                  spots_block_get_anchor (block) ? spots_block_get_anchor (block)
                                                                 : "-");
          dump_inline (out, spots_block_get_text (block));
          g_string_append_c (out, '\n');
          break;

        case SPOTS_BLOCK_PARAGRAPH:
          g_string_append (out, ": ");
          dump_inline (out, spots_block_get_text (block));
          g_string_append_c (out, '\n');
          break;

        case SPOTS_BLOCK_LIST:
        case SPOTS_BLOCK_STEPS:
          g_string_append_c (out, '\n');
          for (guint j = 0; j < spots_block_get_n_items (block); j++)
            {
              g_string_append_printf (out, "%s  %u) ", indent, j + 1);
              dump_inline (out, spots_block_get_item (block, j));
              g_string_append_c (out, '\n');
            }
          break;

        case SPOTS_BLOCK_CALLOUT:
          {
            g_autofree char *inner = g_strconcat (indent, "  ", NULL);

            g_string_append_printf (out, " %s title=%s tier=%s\n",
                                    spots_callout_kind_to_string (
                                      spots_block_get_callout_kind (block)),
                                    spots_block_get_title (block) ? spots_block_get_title (block)
                                                                  : "-",
                                    spots_block_get_tier (block) ? spots_block_get_tier (block)
                                                                 : "-");
            dump_blocks (out, spots_block_get_children (block), inner);
          }
          break;

        case SPOTS_BLOCK_FIGURE:
          {
            g_autofree char *base = g_path_get_basename (spots_block_get_image_uri (block));

            g_string_append_printf (out, " image=%s alt=%s\n", base,
                                    spots_block_get_alt_text (block));
            if (spots_block_get_text (block) != NULL)
              {
                g_string_append_printf (out, "%s  caption: ", indent);
                dump_inline (out, spots_block_get_text (block));
                g_string_append_c (out, '\n');
              }
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * spots_test_dump_article:
 *
 * Returns: every part of @article, one line each, for golden files.
 */
char *
spots_test_dump_article (SpotsArticle *article)
{
  GString *out = g_string_new (NULL);
  g_autofree char *keywords =
    g_strjoinv (" | ", (char **) spots_article_get_keywords (article));
  g_autofree char *related =
    g_strjoinv (", ", (char **) spots_article_get_related (article));
  SpotsCompareFacts *facts = spots_article_get_compare (article);
  GListModel *references = spots_article_get_references (article);

  g_string_append_printf (out, "article id=%s category=%s order=%u\n",
                          spots_article_get_id (article),
                          spots_article_get_category_id (article),
                          spots_article_get_order (article));
  g_string_append_printf (out, "title: %s\n", spots_article_get_title (article));
  g_string_append_printf (out, "summary: %s\n", spots_article_get_summary (article));
  g_string_append_printf (out, "keywords: %s\n", keywords);
  dump_blocks (out, spots_article_get_blocks (article), "");

  if (facts != NULL)
    {
      g_string_append (out, "compare\n");
      for (SpotsFact fact = 0; fact < SPOTS_N_FACTS; fact++)
        g_string_append_printf (out, "  %s=%s note=%s\n", spots_fact_to_string (fact),
                                spots_fact_value_to_string (spots_compare_facts_get_value (facts,
                                                                                           fact)),
                                spots_compare_facts_get_text (facts, fact)
                                  ? spots_compare_facts_get_text (facts, fact) : "-");
    }

  g_string_append_printf (out, "related: %s\n", related);

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(SpotsReference) reference = g_list_model_get_item (references, i);
      g_autofree char *citation = spots_reference_format (reference);
      g_autofree char *link = spots_reference_dup_link (reference);

      g_string_append_printf (out, "reference: %s <%s>\n", citation, link ? link : "-");
    }

  if (spots_article_get_review (article) != NULL)
    {
      SpotsReview *review = spots_article_get_review (article);
      g_autofree char *when = spots_review_format (review);
      g_autofree char *against = g_strjoinv (" | ", (GStrv) spots_review_get_against (review));

      g_string_append_printf (out, "review: %s against: %s\n", when, against);
    }

  return g_string_free (out, FALSE);
}

int
spots_test_fixture_setup (void **state)
{
  SpotsTestFixture *fixture = g_new0 (SpotsTestFixture, 1);

  fixture->dir = spots_test_make_dir ();
  *state = fixture;

  return 0;
}

int
spots_test_fixture_teardown (void **state)
{
  SpotsTestFixture *fixture = *state;

  spots_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->out);
  g_free (fixture->err);
  g_free (fixture);

  return 0;
}

char *
spots_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("skin-spots-test-XXXXXX", &error);

  g_assert_no_error (error);

  return path;
}

static void
remove_recursive (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  if (children != NULL)
    {
      GFileInfo *info;

      while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
        {
          g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

          remove_recursive (child);
          g_object_unref (info);
        }
    }

  g_file_delete (file, NULL, NULL);
}

void
spots_test_remove_dir (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  remove_recursive (file);
}

void
spots_test_write_file (const char *dir,
                       const char *name,
                       const char *contents,
                       gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

const char *
spots_test_source_dir (void)
{
  const char *dir = g_getenv ("SPOTS_SOURCE_DIR");

  g_assert (dir != NULL);
  return dir;
}

const char *
spots_test_build_dir (void)
{
  const char *dir = g_getenv ("SPOTS_BUILD_DIR");

  g_assert (dir != NULL);
  return dir;
}

/* All problems of a library, one per line, in the command-line format. */
char *
spots_test_problems_text (SpotsLibrary *library)
{
  GPtrArray *problems = spots_library_get_problems (library);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = spots_error_format_problem (g_ptr_array_index (problems, i));

      g_string_append_printf (out, "%s\n", line);
    }

  return g_string_free (out, FALSE);
}

/**
 * spots_test_run_program:
 *
 * Runs a program with DISPLAY and WAYLAND_DISPLAY unset, as a content author
 * over SSH would.
 *
 * Returns: its exit status.
 */
int
spots_test_run_program (const char * const  *argv,
                        char               **out,
                        char               **err)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int status = 0;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status,
                &error);
  g_assert_no_error (error);

  if (WIFEXITED (status))
    return WEXITSTATUS (status);

  /* Killed by a signal: never an acceptable way to exit. */
  fail_msg ("%s was killed by signal %d", argv[0], WTERMSIG (status));
  return -1;
}

void
spots_test_assert_contains (const char *haystack,
                            const char *needle,
                            const char *file,
                            int         line)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    {
      print_error ("%s:%d: expected to find \"%s\" in:\n%s\n", file, line, needle,
                      haystack != NULL ? haystack : "(null)");
      _fail (file, line);
    }
}

void
spots_test_assert_not_contains (const char *haystack,
                                const char *needle,
                                const char *file,
                                int         line)
{
  if (haystack != NULL && strstr (haystack, needle) != NULL)
    {
      print_error ("%s:%d: did not expect \"%s\" in:\n%s\n", file, line, needle, haystack);
      _fail (file, line);
    }
}

/**
 * spots_test_use_private_home:
 *
 * Points HOME and the XDG folders at a new empty tree, before GTK starts,
 * so that nothing the program opens can use the real home.
 *
 * Returns: (transfer full): the tree, to remove at the end.
 */
char *
spots_test_use_private_home (void)
{
  const char *folders[] = { "XDG_CONFIG_HOME", "config", "XDG_DATA_HOME", "data",
                            "XDG_CACHE_HOME", "cache", "XDG_STATE_HOME", "state", NULL };
  char *home = spots_test_make_dir ();

  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; folders[i] != NULL; i += 2)
    {
      g_autofree char *path = g_build_filename (home, folders[i + 1], NULL);

      g_setenv (folders[i], path, TRUE);
    }

  return home;
}

/**
 * spots_test_check_content:
 *
 * Loads @path the way --check-content does: the built-in content as the
 * background, then the path.
 *
 * Returns: (transfer full): the library, with the problems of @path.
 */
SpotsLibrary *
spots_test_check_content (const char *path)
{
  const char *paths[] = { path, NULL };
  g_autoptr(GError) error = NULL;
  SpotsLibrary *library = spots_library_new ();

  spots_library_load_resource (library, SPOTS_BUILTIN_CONTENT);
  spots_library_load_paths (library, paths, NULL, &error);
  g_assert_no_error (error);
  spots_library_finish (library);

  return library;
}

/**
 * spots_test_assert_placed:
 *
 * Asserts that @problem is one of ours and says where it is: a file, a
 * line and a column, and a message that reads FILE:LINE:COLUMN: first, as
 * the GError contract promises. (The printed form is made from the parts,
 * so it could be right while the message is not.)
 */
void
spots_test_assert_placed (const GError *problem)
{
  g_autofree char *prefix = NULL;

  if (problem->domain != SPOTS_ERROR)
    fail_msg ("not a SPOTS_ERROR: %s", problem->message);
  if (spots_error_get_file (problem) == NULL || spots_error_get_line (problem) < 1 ||
      spots_error_get_column (problem) < 1)
    fail_msg ("a problem that does not say where it is: %s", problem->message);

  prefix = g_strdup_printf ("%s:%u:%u: ", spots_error_get_file (problem),
                            spots_error_get_line (problem), spots_error_get_column (problem));
  if (!g_str_has_prefix (problem->message, prefix))
    fail_msg ("the message does not start with \"%s\": %s", prefix, problem->message);
}

static gint
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * spots_test_list_files:
 *
 * Returns: (transfer full) (element-type filename): the path of every file
 *   of @folder whose name ends in @suffix, hidden ones left out, sorted so
 *   that the order never depends on the file system.
 */
GPtrArray *
spots_test_list_files (const char *folder,
                       const char *suffix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, suffix))
      g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (paths, compare_paths);

  return paths;
}

/* PATH with its suffix FROM replaced by TO: NAME.expected for NAME.xml. */
static char *
with_suffix (const char *path,
             const char *from,
             const char *to)
{
  g_assert (g_str_has_suffix (path, from));

  return g_strdup_printf ("%.*s%s", (int) (strlen (path) - strlen (from)), path, to);
}

/**
 * spots_test_list_cases:
 *
 * The cases of a folder are its NAME.xml files. A NAME.expected without
 * its NAME.xml fails the test: it is a case that was renamed or removed
 * by half, and would otherwise be silently never checked.
 *
 * Returns: (transfer full) (element-type filename): the NAME.xml files,
 *   sorted.
 */
GPtrArray *
spots_test_list_cases (const char *folder)
{
  g_autoptr(GPtrArray) expected = spots_test_list_files (folder, ".expected");
  GPtrArray *cases = spots_test_list_files (folder, ".xml");

  for (guint i = 0; i < expected->len; i++)
    {
      const char *path = g_ptr_array_index (expected, i);
      g_autofree char *input = with_suffix (path, ".expected", ".xml");

      if (!g_file_test (input, G_FILE_TEST_EXISTS))
        fail_msg ("%s has no %s beside it", path, input);
    }

  return cases;
}

/**
 * spots_test_matches_expected:
 * @path: a case, NAME.xml
 * @actual: what it gives
 *
 * Compares @actual with the whole of NAME.expected beside @path, and says
 * what differs; with SPOTS_UPDATE_GOLDEN set, writes @actual there instead,
 * for a deliberate change (review the diff).
 *
 * Returns: whether they are the same, so that the caller can check every
 *   case before it fails.
 */
gboolean
spots_test_matches_expected (const char *path,
                             const char *actual)
{
  g_autofree char *expected_path = with_suffix (path, ".xml", ".expected");
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("SPOTS_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (expected_path, actual, -1, &error);
      g_assert_no_error (error);
      return TRUE;
    }

  if (!g_file_get_contents (expected_path, &expected, NULL, NULL))
    {
      print_error ("%s has no %s beside it; write what it must give there "
                   "(SPOTS_UPDATE_GOLDEN=1 writes what it gives now: read it before you keep it)\n",
                   path, expected_path);
      return FALSE;
    }

  if (!g_str_equal (expected, actual))
    {
      print_error ("%s does not give what %s says.\n--- expected:\n%s--- got:\n%s---\n", path,
                   expected_path, expected, actual);
      return FALSE;
    }

  return TRUE;
}

/**
 * spots_test_problems_report:
 *
 * The problems of @library as the command line prints them,
 * FILE:LINE:COLUMN: error: DETAIL, one a line, each followed by a line
 * "  code: NICK" with its SpotsErrorCode, which the printed form does not
 * carry. Every "@folder/" is cut, so that files are named as they are in
 * @folder wherever the source tree is.
 *
 * Returns: (transfer full): the text, as NAME.expected holds it.
 */
char *
spots_test_problems_report (SpotsLibrary *library,
                            const char   *folder)
{
  GPtrArray *problems = spots_library_get_problems (library);
  g_autoptr(GEnumClass) codes = g_type_class_ref (SPOTS_TYPE_ERROR_CODE);
  g_autofree char *prefix = g_strconcat (folder, G_DIR_SEPARATOR_S, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = spots_error_format_problem (problem);
      GEnumValue *code = g_enum_get_value (codes, problem->code);

      g_string_append_printf (out, "%s\n  code: %s\n", line,
                              problem->domain == SPOTS_ERROR && code != NULL ? code->value_nick
                                                                              : "(not ours)");
    }
  g_string_replace (out, prefix, "", 0);

  return g_string_free (out, FALSE);
}

/**
 * spots_test_check_bad_inputs:
 * @folder: a folder of bad inputs, NAME.xml each with NAME.expected
 * @still_there: checks what a bad file must leave in place
 *
 * Loads each NAME.xml of @folder on its own, as --check-content does: it
 * must give at least one problem, every problem must say where it is
 * (spots_test_assert_placed()), @still_there must pass, and the problems
 * must be exactly NAME.expected (spots_test_problems_report()). Every case
 * is compared before the test fails, so that one run names all that
 * changed.
 */
void
spots_test_check_bad_inputs (const char          *folder,
                             SpotsTestStillThere  still_there)
{
  g_autoptr(GPtrArray) cases = spots_test_list_cases (folder);
  guint n_wrong = 0;

  if (cases->len == 0)
    fail_msg ("no NAME.xml in %s", folder);

  for (guint i = 0; i < cases->len; i++)
    {
      const char *path = g_ptr_array_index (cases, i);
      g_autoptr(SpotsLibrary) library = spots_test_check_content (path);
      GPtrArray *problems = spots_library_get_problems (library);
      g_autofree char *report = spots_test_problems_report (library, folder);

      if (problems->len == 0)
        fail_msg ("%s is a bad input, and it loads without a problem", path);
      for (guint j = 0; j < problems->len; j++)
        spots_test_assert_placed (g_ptr_array_index (problems, j));
      still_there (library);

      if (!spots_test_matches_expected (path, report))
        n_wrong++;
    }

  if (n_wrong > 0)
    fail_msg ("%u of the %u cases in %s are not what their .expected says", n_wrong, cases->len,
              folder);
  print_message ("# bad inputs: %s: %u cases, each as its .expected says\n", folder, cases->len);
}
