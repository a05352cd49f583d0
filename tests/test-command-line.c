/* test-command-line.c: the display-free command line, run as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real skin-spots binary with DISPLAY unset and checks its output
 * formats and exit statuses, which scripts and content authors rely on.
 * Content precedence is tested here too, because the XDG folders are read
 * from the environment of a fresh process.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "spots-test-util.h"

#define NS "xmlns=\"https://skinspots.github.io/ns/content/1\""

#define ARTICLE(id, category, title) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<article " NS " id=\"" id "\" category=\"" category "\">\n" \
  "  <title>" title "</title>\n" \
  "  <summary>Summary.</summary>\n" \
  "  <section><heading>Heading</heading><p>Text.</p></section>\n" \
  SPOTS_TEST_REVIEWED \
  "</article>\n"

typedef SpotsTestFixture Fixture;

/* Runs skin-spots with the arguments after FIXTURE (NULL-terminated). */
static int
run (Fixture *fixture,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  g_clear_pointer (&fixture->out, g_free);
  g_clear_pointer (&fixture->err, g_free);

  g_ptr_array_add (argv, (gpointer) g_getenv ("SKIN_SPOTS"));
  va_start (args, fixture);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  return spots_test_run_program ((const char * const *) argv->pdata, &fixture->out, &fixture->err);
}

/* Checks that every line of @out is an article id and @n_fields - 1 more
 * fields, none empty, separated by tabs. Returns: the number of lines. */
static guint
assert_id_lines (const char *out,
                 guint       n_fields)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++, n++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      assert_int_equal (g_strv_length (fields), n_fields);
      assert_true (g_regex_match_simple ("^[a-z0-9]+(-[a-z0-9]+)*$", fields[0], 0, 0));
      for (guint f = 1; f < n_fields; f++)
        assert_true (strlen (fields[f]) > 0);
    }

  return n;
}

static void
test_list_format (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--list", NULL), 0);
  assert_string_equal (fixture->err, "");
  assert_true (assert_id_lines (fixture->out, 2) >= 3);

  /* Category order: "Start here" before the petechiae pages, before the
   * skin conditions, before getting care. */
  assert_true (strstr (fixture->out, "red-spots-overview\t") < strstr (fixture->out, "petechiae\t"));
  assert_true (strstr (fixture->out, "petechiae\t") < strstr (fixture->out, "cherry-angioma\t"));
  assert_true (strstr (fixture->out, "cherry-angioma\t") <
               strstr (fixture->out, "when-to-seek-care\t"));
  assert_contains (fixture->out, "petechiae\tPetechiae\n");
}

static void
test_show_article (void **state)
{
  Fixture *fixture = *state;
  g_auto(GStrv) lines = NULL;

  assert_int_equal (run (fixture, "--show", "petechiae", NULL), 0);
  assert_string_equal (fixture->err, "");

  assert_true (g_str_has_prefix (fixture->out, "Petechiae\n=========\n\n"));
  assert_contains (fixture->out, "\nWhat they are\n-------------\n\n");
  assert_contains (fixture->out, "\n  * the eyelids\n");
  assert_contains (fixture->out, "  Emergency: Get emergency help now if\n  | ");
  assert_contains (fixture->out, "\nReferences\n----------\n\n  1. ");
  assert_contains (fixture->out, "Al-Riyami AZ");
  assert_contains (fixture->out, "PMID: 31332958.");
  /* A journal article known only from a source document says so. */
  assert_contains (fixture->out, "As cited in: Sudden Red Spots?");
  /* An emergency callout ends with the numbers to call and the way into
   * the checklist; the page with when it was last reviewed. */
  assert_contains (fixture->out, "999 in the UK, 112 in\n");
  assert_contains (fixture->out, "  |   skin-spots --checklist\n");
  assert_contains (fixture->out, "\nLast reviewed: 2 December 2026. Next review due: 2 December 2027.\n");
  assert_contains (fixture->out, "\nChecked against: ");
  assert_contains (fixture->out, "  Fades when pressed? No");
  assert_true (g_str_has_suffix (fixture->out, "\n"));
  assert_false (g_str_has_suffix (fixture->out, "\n\n"));

  /* Wrapped for a terminal. */
  lines = g_strsplit (fixture->out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    assert_true (g_utf8_strlen (lines[i], -1) <= 76 || strchr (lines[i], ' ') == NULL ||
                 g_str_has_prefix (lines[i], "     http"));
}

static void
test_show_numbered_steps (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--show", "glass-test", NULL), 0);
  assert_contains (fixture->out, "\n  1. ");
  assert_contains (fixture->out, "\n  2. ");
  assert_contains (fixture->out, "[Picture: ");
}

static void
test_show_unknown_article (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--show", "no-such-page", NULL), 1);
  assert_string_equal (fixture->out, "");
  assert_contains (fixture->err, "no-such-page");
}

static void
test_search_format (void **state)
{
  Fixture *fixture = *state;

  /* ID, title and snippet; the snippet's own shape is tested in
   * test-search. */
  assert_int_equal (run (fixture, "--search", "itch", NULL), 0);
  assert_string_equal (fixture->err, "");
  assert_true (assert_id_lines (fixture->out, 3) >= 3);
  assert_contains (fixture->out, "contact-dermatitis\tContact dermatitis\t");
  assert_true (g_str_has_suffix (fixture->out, "\n"));
}

/* The words after --search join the query, so quoting is optional. */
static void
test_search_words (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *quoted = NULL;

  assert_int_equal (run (fixture, "--search", "pinpoint bleeding", NULL), 0);
  assert_true (g_str_has_prefix (fixture->out, "petechiae\tPetechiae\t"));
  quoted = g_steal_pointer (&fixture->out);

  assert_int_equal (run (fixture, "--search", "pinpoint", "bleeding", NULL), 0);
  assert_string_equal (fixture->out, quoted);

  /* Every word must match: adding one narrows the results. */
  assert_int_equal (run (fixture, "--search", "pinpoint", "bleeding", "scurvy", NULL), 0);
  assert_contains (fixture->out, "vitamin-c-deficiency\t");
  assert_true (strlen (fixture->out) < strlen (quoted));
}

static void
test_search_no_match (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--search", "xyzzyq", NULL), 0);
  assert_string_equal (fixture->out, "");
  assert_contains (fixture->err, "xyzzyq");
}

static void
test_search_bad_query (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--search", "", NULL), 2);
  assert_string_equal (fixture->out, "");
  assert_contains (fixture->err, "--search");

  assert_int_equal (run (fixture, "--search", " ?! ", NULL), 2);
  assert_string_equal (fixture->out, "");

  assert_int_equal (run (fixture, "--search", NULL), 2);
  assert_string_equal (fixture->out, "");
}

static void
test_search_content_dir (void **state)
{
  Fixture *fixture = *state;

  spots_test_write_file (fixture->dir, "extra.xml",
                         ARTICLE ("extra", "about", "Quokka rash"), -1);

  assert_int_equal (run (fixture, "--search", "quokka", "--content-dir", fixture->dir, NULL), 0);
  assert_string_equal (fixture->err, "");
  assert_string_equal (fixture->out, "extra\tQuokka rash\tSummary.\n");
}

static void
test_check_content_valid (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *data = g_build_filename (spots_test_source_dir (), "data", NULL);

  assert_int_equal (run (fixture, "--check-content", data, NULL), 0);
  assert_string_equal (fixture->out, "");
}

/* --check-content also says where a page disagrees with the checklist. */
static void
test_check_content_callouts (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *path = g_build_filename (spots_test_source_dir (), "tests", "content",
                                            "callouts", "disagrees.xml", NULL);
  g_autofree char *at_situation = g_strdup_printf ("%s:8:", path);
  g_autofree char *at_title = g_strdup_printf ("%s:12:", path);

  assert_int_equal (run (fixture, "--check-content", path, NULL), 1);
  assert_contains (fixture->out, at_situation);
  assert_contains (fixture->out, "error: for the situation \"fever=yes\" at under-3-months");
  assert_contains (fixture->out, at_title);
  assert_contains (fixture->out, "give the callout tier=\"urgent\"");
}

static void
test_check_content_problems (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *malformed = g_build_filename (spots_test_source_dir (), "tests", "content",
                                                 "bad", "malformed.xml", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *bad_link = g_build_filename (fixture->dir, "linker.xml", NULL);

  spots_test_write_file (fixture->dir, "good.xml", ARTICLE ("good", "start-here", "Good"), -1);
  spots_test_write_file (fixture->dir, "linker.xml",
                         "<?xml version=\"1.0\"?>\n"
                         "<article " NS " id=\"linker\" category=\"start-here\">\n"
                         "  <title>Linker</title><summary>S.</summary>\n"
                         "  <section><heading>H</heading>\n"
                         "    <p>To <link to=\"petechiae\">a built-in page</link> and\n"
                         "       to <link to=\"nowhere\">nowhere</link>.</p></section>\n"
                         SPOTS_TEST_REVIEWED
                         "</article>\n", -1);

  assert_int_equal (run (fixture, "--check-content", malformed, fixture->dir, NULL), 1);

  expected = g_strdup_printf ("%s:7:37: error: the closing tag </p> does not match <em> opened "
                              "on line 7\n"
                              "%s:6:11: error: link to \"nowhere\": there is no article with "
                              "this id\n", malformed, bad_link);
  assert_string_equal (fixture->out, expected);
}

static void
test_check_content_missing_path (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--check-content", "/no/such/folder", NULL), 2);
  assert_contains (fixture->err, "/no/such/folder: no such file or folder");
}

/* A --content-dir that is not there (as every host folder is inside the
 * Flatpak sandbox) is a bad value: said plainly, not in GIO's words. */
static void
test_missing_content_dir (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--list", "--content-dir", "/no/such/folder", NULL), 2);
  assert_contains (fixture->err, "/no/such/folder: no such file or folder");
  assert_null (strstr (fixture->err, "Error opening directory"));
}

static void
test_check_content_needs_paths (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--check-content", NULL), 2);
  assert_contains (fixture->err, "--check-content");
}

static void
test_version_and_help (void **state)
{
  Fixture *fixture = *state;
  const char *options[] = { "--check-content", "--list", "--show", "--search", "--article",
                            "--content-dir", "--version", NULL };

  assert_int_equal (run (fixture, "--version", NULL), 0);
  assert_string_equal (fixture->out, "skin-spots " PACKAGE_VERSION "\n");

  assert_int_equal (run (fixture, "--help", NULL), 0);
  for (guint i = 0; options[i] != NULL; i++)
    assert_contains (fixture->out, options[i]);
}

static void
test_bad_options (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run (fixture, "--no-such-option", NULL), 2);
  assert_contains (fixture->err, "--no-such-option");

  assert_int_equal (run (fixture, "--list", "stray-argument", NULL), 2);
  assert_contains (fixture->err, "stray-argument");

  assert_int_equal (run (fixture, "--show", NULL), 2);

  assert_int_equal (run (fixture, "--list", "--content-dir", "/no/such/dir", NULL), 2);
  assert_contains (fixture->err, "/no/such/dir");
}

/* Problems found at start-up go to stderr in the --check-content format;
 * the command still does its job with what loaded. */
static void
test_startup_problems_on_stderr (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *broken = g_build_filename (fixture->dir, "broken.xml", NULL);
  g_autofree char *expected = g_strdup_printf ("%s:1:1: error: the file is empty\n", broken);

  spots_test_write_file (fixture->dir, "broken.xml", "", 0);
  spots_test_write_file (fixture->dir, "extra.xml", ARTICLE ("extra", "about", "Extra page"), -1);

  assert_int_equal (run (fixture, "--list", "--content-dir", fixture->dir, NULL), 0);
  assert_string_equal (fixture->err, expected);
  assert_contains (fixture->out, "extra\tExtra page\n");
  assert_contains (fixture->out, "petechiae\tPetechiae\n");
}

/* Runs skin-spots with LANGUAGE=@language (the machine has no locale for
 * it: the program must still speak it). */
#define run_in(language, fixture, ...) \
  (g_setenv ("LANGUAGE", language, TRUE), run_and_forget_language (run (fixture, __VA_ARGS__)))

static int
run_and_forget_language (int status)
{
  g_unsetenv ("LANGUAGE");
  return status;
}

static void
test_spanish (void **state)
{
  Fixture *fixture = *state;

  /* Titles come from the translations merged into the built-in content. */
  assert_int_equal (run_in ("es", fixture, "--list", NULL), 0);
  assert_contains (fixture->out, "petechiae\tPetequias\n");
  assert_contains (fixture->out, "cherry-angioma\tAngioma rubí\n");
  assert_contains (fixture->out, "meningitis-and-sepsis\tMeningitis y sepsis\n");
  assert_true (assert_id_lines (fixture->out, 2) >= 30);

  /* The page, its inline markup and the program's own words; no markup
   * is left as text. */
  assert_int_equal (run_in ("es", fixture, "--show", "cherry-angioma", NULL), 0);
  assert_contains (fixture->out, "Angioma rubí\n============\n");
  assert_contains (fixture->out, "Referencias\n");
  assert_contains (fixture->out, "Vea cáncer de piel.");
  assert_contains (fixture->out, "Llame ahora al 112 o al número de emergencias de su zona");
  assert_contains (fixture->out, "Última revisión: 2 de diciembre de 2026.");
  assert_null (strstr (fixture->out, "<link"));
  assert_null (strstr (fixture->out, "<strong>"));

  /* The tier id is an interface and stays; the heading is Spanish. */
  assert_int_equal (run_in ("es", fixture, "--checklist-evaluate", "glass-test=yes", NULL), 0);
  assert_true (g_str_has_prefix (fixture->out, "emergency\tPida ayuda de emergencia ahora\n"));
  assert_contains (fixture->out, "because: ");

  assert_int_equal (run_in ("es", fixture, "--checklist-questions", NULL), 0);
  assert_contains (fixture->out, "glass-test\tSi presiona con firmeza un vaso transparente");
  assert_contains (fixture->out, "\tno,not-sure,yes\n");

  /* Search reads the shown language, with accents folded both ways. */
  assert_int_equal (run_in ("es", fixture, "--search", "erupcion", NULL), 0);
  assert_contains (fixture->out, "erupción");
  assert_int_equal (run_in ("es", fixture, "--search", "petequías", NULL), 0);
  assert_true (g_str_has_prefix (fixture->out, "petechiae\tPetequias\t"));

  /* Messages and --help too. */
  assert_int_equal (run_in ("es", fixture, "--show", "no-such-page", NULL), 1);
  assert_contains (fixture->err, "Ningún artículo tiene el id «no-such-page»");
  assert_int_equal (run_in ("es", fixture, "--help", NULL), 0);
  assert_contains (fixture->out, "Mostrar un artículo como texto sin formato");

  /* Also in the plain C locale, where gettext ignores LANGUAGE (and, on
   * newer glibc, in C.UTF-8 too). */
  {
    g_autofree char *lang = g_strdup (g_getenv ("LANG"));
    g_autofree char *all = g_strdup (g_getenv ("LC_ALL"));

    g_setenv ("LANG", "C", TRUE);
    g_unsetenv ("LC_ALL");
    assert_int_equal (run_in ("es", fixture, "--show", "cherry-angioma", NULL), 0);
    assert_contains (fixture->out, "Referencias\n");
    assert_contains (fixture->out, "Última revisión: 2 de diciembre de 2026.");
    /* A locale borrowed for the messages says nothing of the country. */
    assert_contains (fixture->out, "Llame ahora al 112 o al número de emergencias");
    if (lang != NULL)
      g_setenv ("LANG", lang, TRUE);
    else
      g_unsetenv ("LANG");
    if (all != NULL)
      g_setenv ("LC_ALL", all, TRUE);
  }
}

/* A language that is not shipped gives English; with a list, the first
 * one shipped wins. */
static void
test_language_not_shipped (void **state)
{
  Fixture *fixture = *state;

  assert_int_equal (run_in ("fr", fixture, "--list", NULL), 0);
  assert_contains (fixture->out, "petechiae\tPetechiae\n");
  assert_int_equal (run_in ("fr", fixture, "--show", "petechiae", NULL), 0);
  assert_contains (fixture->out, "References\n");

  assert_int_equal (run_in ("fr:es", fixture, "--list", NULL), 0);
  assert_contains (fixture->out, "petechiae\tPetequias\n");
  assert_int_equal (run_in ("es_MX", fixture, "--list", NULL), 0);
  assert_contains (fixture->out, "petechiae\tPetequias\n");
}

/* Each text falls back to English on its own: a page half translated
 * shows its translated half. A translation as msgfmt --xml writes it, with
 * its markup escaped, is read as markup; one that is not well-formed is
 * left out, and the English text stands in. */
static void
test_translation_falls_back_per_text (void **state)
{
  Fixture *fixture = *state;
  const char *article =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<article " NS " id=\"half\" category=\"about\">\n"
    "  <title>Half translated</title>\n"
    "  <title xml:lang=\"es\">Medio traducido</title>\n"
    "  <summary>Only the title is translated.</summary>\n"
    "  <section><heading>Heading</heading>\n"
    "    <p>See <link to=\"petechiae\">petechiae</link>.</p>\n"
    "    <p xml:lang=\"es\">Vea &lt;link to=\"petechiae\"&gt;las petequias&lt;/link&gt;.</p>\n"
    "    <p>Keep <strong>this</strong>.</p>\n"
    "    <p xml:lang=\"es\">Roto &lt;strong&gt;sin cerrar.</p>\n"
    "  </section>\n"
    SPOTS_TEST_REVIEWED
    "</article>\n";

  spots_test_write_file (fixture->dir, "half.xml", article, -1);

  assert_int_equal (run (fixture, "--check-content", fixture->dir, NULL), 0);
  assert_string_equal (fixture->out, "");

  assert_int_equal (run_in ("es", fixture, "--show", "half", "--content-dir", fixture->dir,
                            NULL), 0);
  assert_string_equal (fixture->err, "");
  assert_contains (fixture->out, "Medio traducido\n");
  assert_contains (fixture->out, "Only the title is translated.");
  assert_contains (fixture->out, "Vea las petequias.");
  assert_contains (fixture->out, "Keep this.");
  assert_null (strstr (fixture->out, "Roto"));

  assert_int_equal (run (fixture, "--show", "half", "--content-dir", fixture->dir, NULL), 0);
  assert_contains (fixture->out, "Half translated\n");
  assert_contains (fixture->out, "See petechiae.");
}

/* Built-in, then $XDG_DATA_DIRS (the first folder most important), then
 * $XDG_DATA_HOME, then each --content-dir in order: later wins. */
static void
test_precedence (void **state)
{
  Fixture *fixture = *state;
  const char *names[] = { "system-low", "system-high", "home", "dir-one", "dir-two" };
  g_autofree char *system_dirs = NULL;
  g_autofree char *home = NULL;
  g_autofree char *dir_one = NULL;
  g_autofree char *dir_two = NULL;
  g_autofree char *old_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  g_autofree char *old_home = g_strdup (g_getenv ("XDG_DATA_HOME"));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *content = NULL;

      if (i < 3)
        content = g_build_filename (fixture->dir, names[i], "skin-spots", "content", NULL);
      else
        content = g_build_filename (fixture->dir, names[i], NULL);
      g_mkdir_with_parents (content, 0700);

      /* Each source retitles petechiae; the first three also add a page
       * that only they have. */
      {
        g_autofree char *title = g_strdup_printf ("Petechiae from %s", names[i]);
        g_autofree char *xml = g_strdup_printf (ARTICLE ("petechiae", "pinpoint-spots", "%s"),
                                                title);

        spots_test_write_file (content, "petechiae.xml", xml, -1);
      }
      if (i < 3)
        {
          g_autofree char *id = g_strdup_printf ("only-%s", names[i]);
          g_autofree char *xml = g_strdup_printf (ARTICLE ("%s", "about", "Only %s"), id,
                                                  names[i]);

          spots_test_write_file (content, "only.xml", xml, -1);
        }
    }

  system_dirs = g_strdup_printf ("%s/system-high:%s/system-low", fixture->dir, fixture->dir);
  home = g_build_filename (fixture->dir, "home", NULL);
  dir_one = g_build_filename (fixture->dir, "dir-one", NULL);
  dir_two = g_build_filename (fixture->dir, "dir-two", NULL);

  g_setenv ("XDG_DATA_DIRS", system_dirs, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);

  assert_int_equal (run (fixture, "--list", NULL), 0);
  assert_contains (fixture->out, "petechiae\tPetechiae from home\n");
  assert_contains (fixture->out, "only-system-low\tOnly system-low\n");
  assert_contains (fixture->out, "only-system-high\tOnly system-high\n");
  assert_contains (fixture->out, "only-home\tOnly home\n");

  g_unsetenv ("XDG_DATA_HOME");
  assert_int_equal (run (fixture, "--list", NULL), 0);
  assert_contains (fixture->out, "petechiae\tPetechiae from system-high\n");

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  assert_int_equal (run (fixture, "--list", "--content-dir", dir_one, "--content-dir", dir_two,
                         NULL), 0);
  assert_contains (fixture->out, "petechiae\tPetechiae from dir-two\n");

  assert_int_equal (run (fixture, "--list", "--content-dir", dir_two, "--content-dir", dir_one,
                         NULL), 0);
  assert_contains (fixture->out, "petechiae\tPetechiae from dir-one\n");

  /* An override is what --show prints too. */
  assert_int_equal (run (fixture, "--show", "petechiae", "--content-dir", dir_one, NULL), 0);
  assert_true (g_str_has_prefix (fixture->out, "Petechiae from dir-one\n"));

  g_setenv ("XDG_DATA_DIRS", old_dirs, TRUE);
  g_setenv ("XDG_DATA_HOME", old_home, TRUE);
}

/* The built-in content needs nothing installed: an empty environment of
 * data folders still lists every article. */
static void
test_builtin_needs_no_files (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *old_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));

  g_setenv ("XDG_DATA_DIRS", fixture->dir, TRUE);
  assert_int_equal (run (fixture, "--list", NULL), 0);
  g_setenv ("XDG_DATA_DIRS", old_dirs, TRUE);

  assert_contains (fixture->out, "petechiae\tPetechiae\n");
  assert_contains (fixture->out, "when-to-seek-care\t");
  assert_contains (fixture->out, "cherry-angioma\t");
}

static void
test_checklist_questions (void **state)
{
  Fixture *fixture = *state;
  g_auto(GStrv) lines = NULL;

  assert_int_equal (run (fixture, "--checklist-questions", NULL), 0);
  assert_string_equal (fixture->err, "");
  /* Who it is for comes first; the age bands in their order. */
  assert_true (g_str_has_prefix (fixture->out,
                                 "age\tHow old is the person with the spots?\tunder-3-months,"
                                 "3-to-11-months,1-to-4-years,5-to-15-years,16-to-24-years,"
                                 "25-to-74-years,75-years-or-over\n"));

  lines = g_strsplit (fixture->out, "\n", -1);
  assert_true (g_strv_length (lines) >= 25);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      assert_int_equal (g_strv_length (fields), 3);
      assert_true (g_str_has_suffix (fields[1], "?"));
      /* Least to most concerning. */
      if (!g_str_equal (fields[2], "no,not-sure,yes") && !g_str_equal (fields[2], "yes,not-sure,no"))
        fail_msg ("%s: answers \"%s\"", fields[0], fields[2]);
    }
  assert_contains (fixture->out, "\nglass-test\t");
  assert_contains (fixture->out, "\npregnant\t");
  assert_contains (fixture->out, "\nweak-immunity\t");
  assert_contains (fixture->out, "\nbruising\t");
  assert_contains (fixture->out, "\tyes,not-sure,no\n");
  assert_contains (fixture->out, "\nstrain\tDid the spots appear right after hard coughing, "
                                 "vomiting, crying or straining?\tyes,not-sure,no\n");
  assert_contains (fixture->out, "\nface-neck-chest-only\t");
}

static void
test_checklist_evaluate (void **state)
{
  Fixture *fixture = *state;
  g_auto(GStrv) lines = NULL;

  assert_int_equal (run (fixture, "--checklist-evaluate",
                         "age=25-to-74-years,glass-test=yes,fever=yes", NULL), 0);
  assert_string_equal (fixture->err, "");
  lines = g_strsplit (fixture->out, "\n", -1);
  assert_string_equal (lines[0], "emergency\tGet emergency help now");
  assert_true (g_str_has_prefix (lines[1], "because: "));
  assert_contains (lines[1], "You said that the spots stay visible when a glass is pressed on "
                             "them and that there is or has been a fever");

  /* Unanswered questions count as not sure: the glass test alone is not
   * reassuring about the rest. */
  assert_int_equal (run (fixture, "--checklist-evaluate", "glass-test=yes", NULL), 0);
  assert_true (g_str_has_prefix (fixture->out, "emergency\tGet emergency help now\n"));
  assert_contains (fixture->out, "you did not say whether there is or has been a fever");

  assert_int_equal (run (fixture, "--checklist-evaluate", "age=25-to-74-years,stiff-neck=not-sure,"
                         "glass-test=no,fever=no,weak-immunity=no,very-unwell=no", NULL), 0);
  assert_true (g_str_has_prefix (fixture->out, "urgent\tSee a doctor today\n"));
  assert_contains (fixture->out, "You were not sure whether the neck is stiff");

  /* A well adult whose spots fade: home care, and the reason says so. */
  assert_int_equal (run (fixture, "--checklist-evaluate",
                         "age=25-to-74-years,pregnant=no,weak-immunity=no,glass-test=no,fever=no,"
                         "very-unwell=no,skin-colour=no,fit=no,confusion=no,breathing=no,"
                         "swelling=no,stiff-neck=no,severe-headache=no,spreading-fast=no,"
                         "bleeding=no,light-sensitivity=no,"
                         "bruising=no,blisters=no,blood-thinners=yes,blood-condition=no,"
                         "new-medicine=no,changing-spot=no,strain=no,face-neck-chest-only=no",
                         NULL), 0);
  assert_true (g_str_has_prefix (fixture->out, "self-care\tLook after it at home\nbecause: "));
}

static void
test_checklist_evaluate_errors (void **state)
{
  Fixture *fixture = *state;
  const char *bad[] = { "", " ", "fever=maybe", "headache=yes", "fever", "fever=yes,,strain=no",
                        "fever=yes,fever=no", "age=adult", "age=not-sure", "=yes", NULL };

  for (guint i = 0; bad[i] != NULL; i++)
    {
      assert_int_equal (run (fixture, "--checklist-evaluate", bad[i], NULL), 2);
      assert_string_equal (fixture->out, "");
      assert_contains (fixture->err, "--checklist-evaluate");
    }

  assert_int_equal (run (fixture, "--checklist-evaluate", "", NULL), 2);
  assert_contains (fixture->err, "empty");
  assert_int_equal (run (fixture, "--checklist-evaluate", "age=adult", NULL), 2);
  assert_contains (fixture->err, "under-3-months,3-to-11-months");
  assert_int_equal (run (fixture, "--checklist-evaluate", NULL), 2);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    spots_test_with_fixture (test_list_format),
    spots_test_with_fixture (test_spanish),
    spots_test_with_fixture (test_language_not_shipped),
    spots_test_with_fixture (test_translation_falls_back_per_text),
    spots_test_with_fixture (test_show_article),
    spots_test_with_fixture (test_show_numbered_steps),
    spots_test_with_fixture (test_show_unknown_article),
    spots_test_with_fixture (test_search_format),
    spots_test_with_fixture (test_search_words),
    spots_test_with_fixture (test_search_no_match),
    spots_test_with_fixture (test_search_bad_query),
    spots_test_with_fixture (test_search_content_dir),
    spots_test_with_fixture (test_check_content_valid),
    spots_test_with_fixture (test_check_content_callouts),
    spots_test_with_fixture (test_check_content_problems),
    spots_test_with_fixture (test_check_content_missing_path),
    spots_test_with_fixture (test_missing_content_dir),
    spots_test_with_fixture (test_check_content_needs_paths),
    spots_test_with_fixture (test_version_and_help),
    spots_test_with_fixture (test_bad_options),
    spots_test_with_fixture (test_startup_problems_on_stderr),
    spots_test_with_fixture (test_precedence),
    spots_test_with_fixture (test_builtin_needs_no_files),
    spots_test_with_fixture (test_checklist_questions),
    spots_test_with_fixture (test_checklist_evaluate),
    spots_test_with_fixture (test_checklist_evaluate_errors),
  };

  setlocale (LC_ALL, "C.UTF-8");

  return cmocka_run_group_tests_name ("command-line", tests, NULL, NULL);
}
