/* test-settings.c: settings that no longer fit are put right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each setting is written to a keyfile as a hand edit, an old version or a
 * deleted article would leave it, then read back through the app's own
 * repair (spots-settings-repair.c).
 */
#define G_SETTINGS_ENABLE_BACKEND
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "spots-core.h"
#include "spots-settings-repair.h"
#include "spots-test-util.h"

#define GROUP "[io/github/skinspots/SkinSpots]\n"

typedef struct
{
  char *dir;
  char *keyfile;
  GSettings *settings;
} Fixture;

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->dir = spots_test_make_dir ();
  fixture->keyfile = g_build_filename (fixture->dir, "keyfile", NULL);
  *state = fixture;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  g_clear_object (&fixture->settings);
  spots_test_remove_dir (fixture->dir);
  g_free (fixture->keyfile);
  g_free (fixture->dir);
  g_free (fixture);
  return 0;
}

/* Settings as they were left in the keyfile: CONTENTS after the group. */
static GSettings *
settings_from (Fixture    *fixture,
               const char *contents)
{
  g_autofree char *text = g_strconcat (GROUP, contents, NULL);
  g_autoptr(GSettingsBackend) backend = NULL;

  g_assert (g_file_set_contents (fixture->keyfile, text, -1, NULL));
  backend = g_keyfile_settings_backend_new (fixture->keyfile, "/", "");
  g_clear_object (&fixture->settings);
  fixture->settings = g_settings_new_with_backend (SCHEMA_ID, backend);

  return fixture->settings;
}

/* What the keyfile holds once every write has reached it. */
static char *
stored (Fixture *fixture)
{
  char *text = NULL;

  g_settings_sync ();
  g_assert (g_file_get_contents (fixture->keyfile, &text, NULL, NULL));
  return text;
}

static void
test_last_article_gone (void **state)
{
  g_autoptr(SpotsLibrary) library = spots_library_new_builtin ();
  GSettings *settings = settings_from (*state, "last-article='deleted-page'\n");
  g_autofree char *last = NULL;
  g_autofree char *keyfile = NULL;

  assert_true (spots_settings_repair_content (settings, library));
  last = g_settings_get_string (settings, "last-article");
  assert_string_equal (last, "");
  keyfile = stored (*state);
  assert_not_contains (keyfile, "deleted-page");

  /* One that exists stays, and nothing is written. */
  settings = settings_from (*state, "last-article='petechiae'\n");
  assert_false (spots_settings_repair_content (settings, library));
  g_free (last);
  last = g_settings_get_string (settings, "last-article");
  assert_string_equal (last, "petechiae");
}

static void
test_bookmarks_to_deleted_articles (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SpotsLibrary) library = spots_library_new_builtin ();
  GSettings *settings =
    settings_from (fixture, "bookmarks=['heat-rash', 'deleted-page', 'heat-rash', '', 'rosacea']\n");
  g_auto(GStrv) bookmarks = NULL;

  assert_true (spots_settings_repair_content (settings, library));
  bookmarks = g_settings_get_strv (settings, "bookmarks");
  assert_int_equal (g_strv_length (bookmarks), 2);
  assert_string_equal (bookmarks[0], "heat-rash");
  assert_string_equal (bookmarks[1], "rosacea");
  assert_false (spots_settings_repair_content (settings, library));
}

/* While a content file is broken, a bookmark that may be its article's is
 * kept for when the file is fixed; duplicates still go. */
static void
test_bookmarks_kept_while_content_is_broken (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SpotsLibrary) library = spots_library_new ();
  g_autofree char *folder = g_build_filename (fixture->dir, "content", NULL);
  GSettings *settings =
    settings_from (fixture, "bookmarks=['my-own-page', 'heat-rash', 'my-own-page']\n");
  g_auto(GStrv) bookmarks = NULL;

  g_mkdir (folder, 0700);
  spots_test_write_file (folder, "my-own-page.xml", "<article>cut short", -1);
  spots_library_load_resource (library, SPOTS_BUILTIN_CONTENT);
  assert_true (spots_library_load_directory (library, folder, NULL));
  spots_library_finish (library);
  assert_int_equal (spots_library_get_problems (library)->len, 1);

  assert_true (spots_settings_repair_content (settings, library));
  bookmarks = g_settings_get_strv (settings, "bookmarks");
  assert_int_equal (g_strv_length (bookmarks), 2);
  assert_string_equal (bookmarks[0], "my-own-page");
  assert_string_equal (bookmarks[1], "heat-rash");
}

/* GSettings reads a zoom outside the schema's range as the default; the
 * repair leaves that alone. */
static void
test_zoom_out_of_range (void **state)
{
  static const char * const stored_zooms[] = { "7.0", "0.01", "-1.0", "nan", "inf", "'big'" };

  for (gsize i = 0; i < G_N_ELEMENTS (stored_zooms); i++)
    {
      g_autofree char *line = g_strdup_printf ("text-zoom=%s\n", stored_zooms[i]);
      GSettings *settings = settings_from (*state, line);

      spots_settings_repair_values (settings);
      assert_true (fabs (g_settings_get_double (settings, "text-zoom") - 1.0) < 1e-9);
    }

  /* In range, but between the zoom steps: kept. */
  assert_false (spots_settings_repair_values (settings_from (*state, "text-zoom=1.33\n")));
  assert_true (fabs (g_settings_get_double ((*(Fixture **) state)->settings, "text-zoom") - 1.33)
               < 1e-9);
}

static void
test_unknown_emergency_number (void **state)
{
  static const char * const numbers[] = { "'call-me'", "'1'", "'12345678901234567'", "'11 2 a'" };
  GSettings *settings;
  g_autofree char *number = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *line = g_strdup_printf ("emergency-number=%s\n", numbers[i]);
      g_autofree char *value = NULL;

      settings = settings_from (*state, line);
      assert_true (spots_settings_repair_values (settings));
      value = g_settings_get_string (settings, "emergency-number");
      /* Empty: the region's own number is used. */
      assert_string_equal (value, "");
    }

  /* A real number stays. */
  settings = settings_from (*state, "emergency-number='+44 999'\n");
  assert_false (spots_settings_repair_values (settings));
  number = g_settings_get_string (settings, "emergency-number");
  assert_string_equal (number, "+44 999");
}

static void
assert_window_size (GSettings *settings,
                    int        width,
                    int        height)
{
  assert_int_equal (g_settings_get_int (settings, "window-width"), width);
  assert_int_equal (g_settings_get_int (settings, "window-height"), height);
}

static void
test_window_larger_than_screen (void **state)
{
  GSettings *settings;

  settings = settings_from (*state, "window-width=100000\nwindow-height=50000\n");
  assert_true (spots_settings_repair_window_size (settings, 1280, 800));
  assert_window_size (settings, 1280, 800);

  /* No size at all, or a negative one: the default, if the screen has room. */
  settings = settings_from (*state, "window-width=0\nwindow-height=-20\n");
  assert_true (spots_settings_repair_window_size (settings, 1280, 800));
  assert_window_size (settings, 1000, 720);
  settings = settings_from (*state, "window-width=-1\nwindow-height=-1\n");
  assert_true (spots_settings_repair_window_size (settings, 800, 600));
  assert_window_size (settings, 800, 600);

  /* Too small to read: the smallest layout. */
  settings = settings_from (*state, "window-width=12\nwindow-height=5\n");
  assert_true (spots_settings_repair_window_size (settings, 1280, 800));
  assert_window_size (settings, SPOTS_WINDOW_MIN_WIDTH, SPOTS_WINDOW_MIN_HEIGHT);

  /* A size that fits is left, and nothing is written. */
  settings = settings_from (*state, "window-width=900\nwindow-height=640\n");
  assert_false (spots_settings_repair_window_size (settings, 1280, 800));
  assert_window_size (settings, 900, 640);

  /* An unknown screen only keeps the size from being absurdly small. */
  assert_false (spots_settings_repair_window_size (settings, 0, 0));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_last_article_gone, setup, teardown),
    cmocka_unit_test_setup_teardown (test_bookmarks_to_deleted_articles, setup, teardown),
    cmocka_unit_test_setup_teardown (test_bookmarks_kept_while_content_is_broken, setup, teardown),
    cmocka_unit_test_setup_teardown (test_zoom_out_of_range, setup, teardown),
    cmocka_unit_test_setup_teardown (test_unknown_emergency_number, setup, teardown),
    cmocka_unit_test_setup_teardown (test_window_larger_than_screen, setup, teardown),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_core_init ();

  return cmocka_run_group_tests_name ("settings", tests, NULL, NULL);
}
