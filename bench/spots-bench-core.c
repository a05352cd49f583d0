/* spots-bench-core.c: figures for the GTK-free core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading is timed as users meet it: the whole `skin-spots --list`
 * process, from fork to exit, with its peak memory. Search is timed in
 * process, as the search box runs it: every query typed one key at a time,
 * each keystroke a query of its own, the results read to the end.
 */
#define G_LOG_DOMAIN "skin-spots-bench"

#include "config.h"

#include <malloc.h>
#include <string.h>

#include <glib/gstdio.h>

#include "spots-bench-content.h"
#include "spots-bench-core.h"
#include "spots-bench-stats.h"
#include "spots-library.h"
#include "spots-search.h"

void
spots_bench_set_figure (GHashTable *figures,
                        const char *name,
                        double      value)
{
  double *stored = g_new (double, 1);

  *stored = value;
  g_hash_table_insert (figures, g_strdup (name), stored);
}

static char *
generate_folder (SpotsBenchContext *context,
                 guint              n_articles,
                 GError           **error)
{
  g_autofree char *folder = g_dir_make_tmp ("skin-spots-bench-XXXXXX", error);

  if (folder == NULL ||
      !spots_bench_generate (folder, context->vocabulary, n_articles, context->seed, error))
    return NULL;

  return g_steal_pointer (&folder);
}

gboolean
spots_bench_prepare_content (SpotsBenchContext *context,
                             GError           **error)
{
  g_autoptr(SpotsLibrary) shipped = spots_library_new_default (NULL, error);

  if (shipped == NULL)
    return FALSE;

  context->vocabulary = spots_bench_vocabulary_new (shipped);
  context->folder_1000 = generate_folder (context, 1000, error);
  if (context->folder_1000 == NULL)
    return FALSE;
  context->folder_10000 = generate_folder (context, 10000, error);

  return context->folder_10000 != NULL;
}

static void
remove_folder (char **folder)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (*folder == NULL)
    return;

  dir = g_dir_open (*folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (*folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (*folder);
  g_clear_pointer (folder, g_free);
}

void
spots_bench_cleanup_content (SpotsBenchContext *context)
{
  remove_folder (&context->folder_1000);
  remove_folder (&context->folder_10000);
  g_clear_pointer (&context->vocabulary, g_ptr_array_unref);
}

/* The median wall time and the largest peak memory of RUNS `--list`
 * processes over FOLDER (NULL: the shipped content only). */
static gboolean
time_list (SpotsBenchContext *context,
           const char        *folder,
           guint              runs,
           double            *median_ms,
           double            *peak_rss_mb,
           GError           **error)
{
  const char *argv[] = { context->skin_spots, "--list", "--content-dir", folder, NULL };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  if (folder == NULL)
    argv[2] = NULL;

  *peak_rss_mb = 0;
  for (guint i = 0; i < runs; i++)
    {
      double ms, rss;

      if (!spots_bench_run_process (argv, &ms, &rss, error))
        return FALSE;
      g_array_append_val (times, ms);
      *peak_rss_mb = MAX (*peak_rss_mb, rss);
    }

  *median_ms = spots_bench_percentile (times, 0.5);
  return TRUE;
}

gboolean
spots_bench_measure_loading (SpotsBenchContext *context,
                             GHashTable        *figures,
                             GError           **error)
{
  guint runs = context->quick ? 3 : 7;
  double ms, rss;

  if (!time_list (context, NULL, runs, &ms, &rss, error))
    return FALSE;
  spots_bench_set_figure (figures, "load_ms_shipped", ms);
  spots_bench_set_figure (figures, "peak_rss_mb_shipped", rss);

  if (!time_list (context, context->folder_1000, runs, &ms, &rss, error))
    return FALSE;
  spots_bench_set_figure (figures, "load_ms_1000", ms);
  spots_bench_set_figure (figures, "peak_rss_mb_1000", rss);

  if (!time_list (context, context->folder_10000, runs, &ms, &rss, error))
    return FALSE;
  spots_bench_set_figure (figures, "load_ms_10000", ms);
  spots_bench_set_figure (figures, "peak_rss_mb_10000", rss);

  return TRUE;
}

/* Every prefix of every query, as typed: "i", "it", "itc", "itch". */
static void
time_keystrokes (SpotsSearchIndex *index,
                 GPtrArray        *queries,
                 GArray           *times)
{
  for (guint q = 0; q < queries->len; q++)
    {
      const char *query = g_ptr_array_index (queries, q);
      gsize length = strlen (query);

      for (gsize n = 1; n <= length; n++)
        {
          g_autofree char *typed = g_strndup (query, n);
          double start = spots_bench_now_ms ();
          g_autoptr(GListModel) results = spots_search_index_query (index, typed);
          guint n_results = g_list_model_get_n_items (results);
          double ms;

          /* Read the rows the results list shows first, as the view does. */
          for (guint i = 0; i < MIN (n_results, 20); i++)
            g_object_unref (g_list_model_get_item (results, i));
          ms = spots_bench_now_ms () - start;
          g_array_append_val (times, ms);
        }
    }
}

/* Bytes allocated, also the large blocks malloc maps on their own. */
static size_t
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static gboolean
measure_search_in (SpotsBenchContext *context,
                   const char        *folder,
                   const char        *suffix,
                   GHashTable        *figures,
                   GError           **error)
{
  const char *dirs[] = { folder, NULL };
  g_autoptr(SpotsLibrary) library = spots_library_new_default (folder != NULL ? dirs : NULL, error);
  g_autoptr(SpotsSearchIndex) index = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *p50 = g_strdup_printf ("search_p50_ms_%s", suffix);
  g_autofree char *p99 = g_strdup_printf ("search_p99_ms_%s", suffix);
  g_autofree char *keystrokes = g_strdup_printf ("search_keystrokes_%s", suffix);
  size_t heap_before;
  double start;

  if (library == NULL)
    return FALSE;

  /* What the index keeps is what the heap grows by while it is built:
   * the library is loaded already. */
  heap_before = heap_in_use ();
  start = spots_bench_now_ms ();
  index = spots_search_index_new (library);
  if (folder != NULL)
    {
      spots_bench_set_figure (figures, "search_index_ms_10000", spots_bench_now_ms () - start);
      spots_bench_set_figure (figures, "search_index_mb_10000",
                              ((double) heap_in_use () - (double) heap_before) / 1e6);
    }

  queries = spots_bench_queries_new (context->vocabulary, context->quick ? 200 : 500,
                                     context->seed + 1);
  time_keystrokes (index, queries, times);

  spots_bench_set_figure (figures, keystrokes, times->len);
  spots_bench_set_figure (figures, p50, spots_bench_percentile (times, 0.5));
  spots_bench_set_figure (figures, p99, spots_bench_percentile (times, 0.99));

  return TRUE;
}

gboolean
spots_bench_measure_search (SpotsBenchContext *context,
                            GHashTable        *figures,
                            GError           **error)
{
  return measure_search_in (context, NULL, "shipped", figures, error) &&
         measure_search_in (context, context->folder_10000, "10000", figures, error);
}

/* Random people and random answers, evaluated for a fixed time. */
void
spots_bench_measure_checklist (SpotsBenchContext *context,
                               GHashTable        *figures)
{
  g_autoptr(SpotsLibrary) library = spots_library_new_default (NULL, NULL);
  SpotsChecklist *checklist = spots_library_get_checklist (library);
  GListModel *questions = spots_checklist_get_questions (checklist);
  guint n_questions = g_list_model_get_n_items (questions);
  g_autoptr(GRand) rand = g_rand_new_with_seed (context->seed + 2);
  g_autoptr(SpotsChecklistAnswers) answers = spots_checklist_answers_new ();
  double budget_ms = context->quick ? 300 : 1000;
  double start = spots_bench_now_ms ();
  guint64 evaluations = 0;

  while (spots_bench_now_ms () - start < budget_ms)
    {
      for (guint k = 0; k < 64; k++)
        {
          g_autoptr(SpotsChecklistQuestion) question =
            g_list_model_get_item (questions, g_rand_int_range (rand, 0, (int) n_questions));
          const char *id = spots_checklist_question_get_id (question);

          if (spots_checklist_question_get_n_choices (question) > 0)
            {
              int choice = g_rand_int_range (rand, 0,
                                             (int) spots_checklist_question_get_n_choices (question));

              spots_checklist_answers_set_choice (answers, id,
                spots_checklist_question_get_choice (question, (guint) choice)->id);
            }
          else
            spots_checklist_answers_set (answers, id, g_rand_int_range (rand, 0, 4));

          spots_checklist_evaluate_tier (checklist, answers);
          evaluations++;
        }
    }

  spots_bench_set_figure (figures, "checklist_evaluations_per_s",
                          evaluations / ((spots_bench_now_ms () - start) / 1000.0));
}
