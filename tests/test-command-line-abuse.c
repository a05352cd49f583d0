/* test-command-line-abuse.c: the command line survives anything typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every option with its value missing, empty, huge, not UTF-8 or unknown,
 * and paths that are devices, FIFOs, unreadable, or folders without
 * content: each gives one line that says what is wrong, and a non-zero exit
 * status; never a crash, a hang, or a page of output.
 *
 * Linux takes at most 128 KiB in one argument (MAX_ARG_STRLEN), so a huge
 * value is that long, and a megabyte is given as eight of them.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "spots-test-util.h"

#define HUGE_ARGUMENT (128 * 1024 - 1)

typedef SpotsTestFixture Fixture;

typedef struct
{
  const char *argv[12];  /* after the program; @PLACEHOLDERS@ are filled in */
  int status;
  const char *message;   /* in the one line of output */
  gboolean on_stdout;    /* --check-content reports problems on stdout */
  const char *needs;     /* a file the case is about, where there may be none */
} Case;

static const Case cases[] = {
  /* A value missing. */
  { { "--show" }, 2, "Missing argument for --show" },
  { { "--checklist-evaluate" }, 2, "Missing argument for --checklist-evaluate" },
  { { "--search" }, 2, "Missing argument for --search" },
  { { "--article" }, 2, "Missing argument for --article" },
  { { "--content-dir" }, 2, "Missing argument for --content-dir" },
  { { "--check-content" }, 2, "--check-content needs at least one file or folder" },

  /* Empty. */
  { { "--show", "" }, 1, "No article has the id “”" },
  { { "--checklist-evaluate", "" }, 2, "the list of answers is empty" },
  { { "--search", "" }, 2, "--search needs at least one word" },
  { { "--article", "" }, 2, "--article needs an article id" },
  { { "--list", "--content-dir", "" }, 2, "--content-dir was given an empty path" },
  { { "--check-content", "" }, 2, "--check-content was given an empty path" },

  /* Huge: the longest one argument can be, and a megabyte in all. */
  { { "--show", "@HUGE@" }, 1, "No article has the id “aaaa" },
  { { "--checklist-evaluate", "@HUGE@" }, 2, "is not ID=VALUE" },
  { { "--checklist-evaluate", "@HUGE_ANSWER@" }, 2, "is not an answer for fever" },
  { { "--article", "@HUGE@" }, 1, "there is no display to open a window on" },
  { { "--list", "--content-dir", "@HUGE@" }, 2, "File name too long" },
  { { "--check-content", "@HUGE@" }, 2, "aaaa…: no such file or folder" },
  { { "--check-content", "@HUGE@", "@HUGE@", "@HUGE@", "@HUGE@", "@HUGE@", "@HUGE@", "@HUGE@",
      "@HUGE@" }, 2, "aaaa…: no such file or folder" },
  { { "--list", "@HUGE@", "@HUGE@", "@HUGE@", "@HUGE@", "@HUGE@", "@HUGE@", "@HUGE@",
      "@HUGE@" }, 2, "Unexpected argument “aaaa" },

  /* Not UTF-8 (the tests run in C.UTF-8). */
  { { "--show", "\xff\xfe" }, 2, "Invalid byte sequence" },
  { { "--checklist-evaluate", "fever=\xff" }, 2, "Invalid byte sequence" },
  { { "--search", "caf\xe9" }, 2, "Invalid byte sequence" },
  { { "--article", "\xc3" }, 2, "Invalid byte sequence" },
  { { "--list", "--content-dir", "/no/such/caf\xe9" }, 2, "no such file or folder" },
  { { "--check-content", "/no/such/caf\xe9" }, 2, "no such file or folder" },

  /* Unknown. */
  { { "--no-such-option" }, 2, "Unknown option --no-such-option" },
  { { "--list", "stray" }, 2, "Unexpected argument “stray”" },
  { { "--show", "no-such-article" }, 1, "No article has the id “no-such-article”" },
  { { "--checklist-evaluate", "no-such-question=yes" }, 2, "unknown question “no-such-question”" },
  { { "--checklist-evaluate", "fever=perhaps" }, 2, "“perhaps” is not an answer for fever" },

  /* Paths that are not content. */
  { { "--check-content", "/dev/null" }, 1, "/dev/null:1:1: error: refused: not a regular file", TRUE,
    "/dev/null" },
  { { "--check-content", "/dev/zero" }, 1, "/dev/zero:1:1: error: refused: not a regular file", TRUE,
    "/dev/zero" },
  { { "--check-content", "@FIFO@" }, 1, "pipe.xml:1:1: error: refused: not a regular file", TRUE },
  /* A chroot (the newest-stack build) may have no /proc. */
  { { "--check-content", "/proc/self/mem" }, 1, "/proc/self/mem:1:1: error: cannot be read", TRUE,
    "/proc/self/mem" },
  { { "--check-content", "@EMPTY@" }, 2, "no content files (*.xml) in this folder or below" },
  { { "--check-content", "@LOCKED@" }, 2, "locked: no permission to read this folder" },
  { { "--check-content", "@LOCKED_FILE@" }, 1, "secret.xml:1:1: error: cannot be read: Permission denied",
      TRUE },
  { { "--list", "--content-dir", "/dev/null" }, 2, "/dev/null: the folder cannot be read", FALSE,
    "/dev/null" },
  { { "--list", "--content-dir", "@FIFO@" }, 2, "pipe.xml: the folder cannot be read" },
  { { "--list", "--content-dir", "@EMPTY@" }, 2, "no content files (*.xml) in this folder" },
  { { "--list", "--content-dir", "@LOCKED@" }, 2, "locked: no permission to read this folder" },
  { { "--list", "--content-dir", "/no/such/folder" }, 2, "/no/such/folder: no such file or folder" },

  /* A window asked for where there is no display (the tests unset it). */
  { { "--checklist" }, 1, "there is no display to open a window on" },
  { { "--article", "petechiae" }, 1, "there is no display to open a window on" },
};

/* Root reads any file: as root, the program runs without that power
 * (setpriv, from util-linux), so the locked cases mean something. */
static char *setpriv;

static gboolean
can_lock (void)
{
  return geteuid () != 0 || setpriv != NULL;
}

static const char *
fill_in (const char *arg,
         Fixture    *fixture,
         GPtrArray  *made)
{
  char *value = NULL;

  if (strcmp (arg, "@HUGE@") == 0)
    {
      value = g_malloc (HUGE_ARGUMENT + 1);
      memset (value, 'a', HUGE_ARGUMENT);
      value[HUGE_ARGUMENT] = '\0';
    }
  else if (strcmp (arg, "@HUGE_ANSWER@") == 0)
    {
      g_autoptr(GString) answer = g_string_new ("fever=");

      while (answer->len < HUGE_ARGUMENT)
        g_string_append_c (answer, 'y');
      value = g_string_free (g_steal_pointer (&answer), FALSE);
    }
  else if (strcmp (arg, "@FIFO@") == 0)
    value = g_build_filename (fixture->dir, "pipe.xml", NULL);
  else if (strcmp (arg, "@EMPTY@") == 0)
    value = g_build_filename (fixture->dir, "empty", NULL);
  else if (strcmp (arg, "@LOCKED@") == 0)
    value = g_build_filename (fixture->dir, "locked", NULL);
  else if (strcmp (arg, "@LOCKED_FILE@") == 0)
    value = g_build_filename (fixture->dir, "secret.xml", NULL);
  else
    return arg;

  g_ptr_array_add (made, value);
  return value;
}

static void
run_case (Fixture    *fixture,
          const Case *c)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_free);
  const char *line;
  const char *other;
  gboolean locked = FALSE;
  int status;

  for (guint i = 0; c->argv[i] != NULL; i++)
    locked |= g_str_has_prefix (c->argv[i], "@LOCKED");
  if ((locked && !can_lock ()) || (c->needs != NULL && !g_file_test (c->needs, G_FILE_TEST_EXISTS)))
    return;

  /* Only where it matters: under `meson test --setup valgrind`, the
   * program started through setpriv is not traced. */
  if (locked && geteuid () == 0)
    {
      g_ptr_array_add (argv, setpriv);
      g_ptr_array_add (argv, "--bounding-set");
      g_ptr_array_add (argv, "-dac_override,-dac_read_search");
      g_ptr_array_add (argv, "--");
    }
  g_ptr_array_add (argv, (gpointer) g_getenv ("SKIN_SPOTS"));
  for (guint i = 0; c->argv[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) fill_in (c->argv[i], fixture, made));
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&fixture->out, g_free);
  g_clear_pointer (&fixture->err, g_free);
  status = spots_test_run_program ((const char * const *) argv->pdata, &fixture->out,
                                   &fixture->err);

  line = c->on_stdout ? fixture->out : fixture->err;
  other = c->on_stdout ? fixture->err : fixture->out;
  if (status != c->status || strstr (line, c->message) == NULL || other[0] != '\0' ||
      strchr (line, '\n') != strrchr (line, '\n') || !g_str_has_suffix (line, "\n") ||
      strlen (line) > 400)
    fail_msg ("%s %s: exit %d (expected %d)\nstdout (%zu bytes): %.400s\nstderr (%zu bytes): %.400s\n"
              "expected one line with: %s",
              c->argv[0], c->argv[1] != NULL ? c->argv[1] : "", status, c->status,
              strlen (fixture->out), fixture->out, strlen (fixture->err), fixture->err, c->message);
}

static void
test_abuse (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe.xml", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *secret = g_build_filename (fixture->dir, "secret.xml", NULL);

  assert_int_equal (mkfifo (fifo, 0600), 0);
  assert_int_equal (g_mkdir (empty, 0700), 0);
  spots_test_write_file (empty, "notes.txt", "not content", -1);
  assert_int_equal (g_mkdir (locked, 0700), 0);
  spots_test_write_file (locked, "page.xml", "<article/>", -1);
  spots_test_write_file (fixture->dir, "secret.xml", "<article/>", -1);
  assert_int_equal (chmod (locked, 0), 0);
  assert_int_equal (chmod (secret, 0), 0);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    run_case (fixture, &cases[i]);

  /* So the fixture can remove them. */
  chmod (locked, 0700);
  chmod (secret, 0600);
}

/* A megabyte of search words is searched, not refused: nothing found is an
 * answer (exit 0, nothing on stdout) with a one-line note. */
static void
test_megabyte_of_search_words (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) words = g_string_new (NULL);
  int status;

  while (words->len < HUGE_ARGUMENT - 16)
    g_string_append (words, "zzyzx ");

  g_ptr_array_add (argv, g_strdup (g_getenv ("SKIN_SPOTS")));
  g_ptr_array_add (argv, g_strdup ("--search"));
  for (guint i = 0; i < 8; i++)
    g_ptr_array_add (argv, g_strdup (words->str));
  g_ptr_array_add (argv, NULL);

  status = spots_test_run_program ((const char * const *) argv->pdata, &fixture->out, &fixture->err);
  assert_int_equal (status, 0);
  assert_string_equal (fixture->out, "");
  assert_true (g_str_has_prefix (fixture->err, "No articles match “zzyzx zzyzx"));
  assert_true (strchr (fixture->err, '\n') == fixture->err + strlen (fixture->err) - 1);
  assert_true (strlen (fixture->err) < 200);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    spots_test_with_fixture (test_abuse),
    spots_test_with_fixture (test_megabyte_of_search_words),
  };

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setpriv = g_find_program_in_path ("setpriv");

  return cmocka_run_group_tests_name ("command-line-abuse", tests, NULL, NULL);
}
