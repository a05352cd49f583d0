/* skin-spots-bench.c: how fast Skin Spots is, in figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: it asserts nothing and is not installed. It generates
 * synthetic content from a seed, times loading, search, the checklist,
 * opening articles in a running window and the start-up of the real
 * program against an empty GTK window on the same display, and prints the
 * figures (one JSON object with --json).
 */
#define G_LOG_DOMAIN "skin-spots-bench"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "spots-bench-content.h"
#include "spots-bench-core.h"
#include "spots-bench-visual.h"
#include "spots-bench-window.h"
#include "spots-core.h"

/* The order the figures are printed in. */
static const char * const figure_names[] = {
  "load_ms_shipped", "load_ms_1000", "load_ms_10000",
  "peak_rss_mb_shipped", "peak_rss_mb_1000", "peak_rss_mb_10000",
  "search_index_ms_10000", "search_index_mb_10000",
  "search_keystrokes_shipped", "search_p50_ms_shipped", "search_p99_ms_shipped",
  "search_keystrokes_10000", "search_p50_ms_10000", "search_p99_ms_10000",
  "checklist_evaluations_per_s",
  "article_open_ms_p50", "article_open_ms_max", "article_open_slowest",
  "article_open_latency_ms_p50", "article_open_latency_ms_max",
  "visually_complete_ms_empty_window", "visually_complete_ms_app",
  "visually_complete_ms_article", "visually_complete_ms_app_10000",
};

static void
print_figures (GHashTable *figures,
               GHashTable *texts,
               gboolean    json)
{
  gboolean first = TRUE;

  if (json)
    printf ("{");

  for (guint i = 0; i < G_N_ELEMENTS (figure_names); i++)
    {
      const double *value = g_hash_table_lookup (figures, figure_names[i]);
      const char *text = g_hash_table_lookup (texts, figure_names[i]);
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      if (value == NULL && text == NULL)
        continue;
      if (value != NULL)
        g_ascii_formatd (number, sizeof number, "%.2f", *value);

      if (json && text != NULL)
        {
          g_autofree char *escaped = g_strescape (text, NULL);

          printf ("%s\n  \"%s\": \"%s\"", first ? "" : ",", figure_names[i], escaped);
        }
      else if (json)
        printf ("%s\n  \"%s\": %s", first ? "" : ",", figure_names[i], number);
      else
        printf ("%-36s %s\n", figure_names[i], text != NULL ? text : number);
      first = FALSE;
    }

  if (json)
    printf ("\n}\n");
}

static gboolean
under_a_display (void)
{
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

/* Without a display, run again under a virtual one, with a private session
 * bus (so that the accessibility bus is there, as on a desktop) and GTK's
 * software renderer, the set-up the README's figures were measured in. */
static int
rerun_headless (char **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, (char *) "xvfb-run");
  g_ptr_array_add (args, (char *) "-a");
  g_ptr_array_add (args, (char *) "-s");
  g_ptr_array_add (args, (char *) "-screen 0 1280x800x24");
  g_ptr_array_add (args, (char *) "dbus-run-session");
  g_ptr_array_add (args, (char *) "--");
  for (int i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, argv[i]);
  g_ptr_array_add (args, NULL);

  if (g_getenv ("GSK_RENDERER") == NULL)
    g_setenv ("GSK_RENDERER", "cairo", TRUE);
  if (g_getenv ("GDK_DEBUG") == NULL)
    g_setenv ("GDK_DEBUG", "gl-disable", TRUE);  /* GTK 4.8 */
  if (g_getenv ("GDK_DISABLE") == NULL)
    g_setenv ("GDK_DISABLE", "gl", TRUE);        /* GTK 4.16 and later */

  execvp ("xvfb-run", (char **) args->pdata);
  g_printerr ("skin-spots-bench: no display, and xvfb-run could not start: %s\n",
              g_strerror (errno));
  return 1;
}

static gboolean
wanted (const char *only,
        const char *what)
{
  return only == NULL || g_str_equal (only, what);
}

static int
generate_only (const char *folder,
               int         count,
               guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpotsLibrary) shipped = NULL;
  g_autoptr(GPtrArray) vocabulary = NULL;

  spots_core_init ();
  shipped = spots_library_new_default (NULL, &error);
  if (shipped != NULL)
    {
      vocabulary = spots_bench_vocabulary_new (shipped);
      if (spots_bench_generate (folder, vocabulary, (guint) MAX (count, 0), seed, &error))
        return 0;
    }

  g_printerr ("skin-spots-bench: %s\n", error->message);
  return 1;
}

int
main (int    argc,
      char **argv)
{
  gboolean json = FALSE, quick = FALSE, empty_window = FALSE;
  g_autofree char *generate = NULL;
  g_autofree char *only = NULL;
  int count = 10000;
  int seed = 20261201;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print one JSON object", NULL },
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Fewer rounds: under a minute", NULL },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed for the synthetic content", "N" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate,
      "Only write synthetic articles into an existing folder", "FOLDER" },
    { "count", 0, 0, G_OPTION_ARG_INT, &count, "How many articles --generate writes", "N" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only,
      "Measure one thing: loading, search, checklist, article or visual", "WHAT" },
    { "empty-window", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &empty_window,
      "Show an empty GTK window (the baseline)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("- measure Skin Spots");
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  SpotsBenchContext context = { 0 };

  /* Parsing takes the options out of argv; a rerun under a virtual
   * display needs them all. */
  g_auto(GStrv) original_argv = g_strdupv (argv);

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("skin-spots-bench: %s\n", error->message);
      return 2;
    }

  if (empty_window)
    return spots_bench_empty_window_main ();

  if (generate != NULL)
    return generate_only (generate, count, (guint32) seed);

  if (!under_a_display ())
    return rerun_headless (original_argv);

  /* Fresh, in-memory settings for every window this run opens, so that
   * no saved size or last article changes what is measured. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", BUILD_SCHEMA_DIR, TRUE);

  spots_core_init ();
  context.quick = quick;
  context.seed = (guint32) seed;
  context.skin_spots = SKIN_SPOTS_PROGRAM;
  context.self = argv[0];

  /* Only loading, search and start-up with a large folder need the
   * synthetic articles. */
  if ((wanted (only, "loading") || wanted (only, "search") || wanted (only, "visual")) &&
      !spots_bench_prepare_content (&context, &error))
    goto failed;
  if (wanted (only, "loading") && !spots_bench_measure_loading (&context, figures, &error))
    goto failed;
  if (wanted (only, "search") && !spots_bench_measure_search (&context, figures, &error))
    goto failed;
  if (wanted (only, "checklist"))
    spots_bench_measure_checklist (&context, figures);
  if (wanted (only, "article") &&
      !spots_bench_measure_article_open (&context, figures, texts, &error))
    goto failed;
  if (wanted (only, "visual") && !spots_bench_measure_visual (&context, figures, &error))
    goto failed;

  spots_bench_cleanup_content (&context);
  print_figures (figures, texts, json);
  return 0;

failed:
  spots_bench_cleanup_content (&context);
  g_printerr ("skin-spots-bench: %s\n", error->message);
  return 1;
}
