/* spots-bench-window.c: figures from a running window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening an article is timed from the call that shows it to the end of
 * the next frame the window paints (the frame clock's after-paint): that
 * frame holds the new article's layout, drawing and rendering. Every
 * shipped article is opened, in turn, several rounds over.
 */
#define G_LOG_DOMAIN "skin-spots-bench"

#include "config.h"

#include <gtk/gtk.h>

#include "spots-application.h"
#include "spots-bench-stats.h"
#include "spots-bench-window.h"
#include "spots-window.h"

/* The baseline: a GTK window with nothing in it, the size Skin Spots opens
 * at, shown by the same toolkit, display and renderer. */
int
spots_bench_empty_window_main (void)
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Empty");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_window_present (GTK_WINDOW (window));

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until WIDGET's window has painted a frame. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);

  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

/* Lets idle work that follows a frame finish, so that one article's
 * leftovers are not billed to the next. */
static void
settle (void)
{
  double until = spots_bench_now_ms () + 30;

  while (spots_bench_now_ms () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

static void
on_before_paint (GdkFrameClock *clock,
                 double        *when)
{
  if (*when == 0)
    *when = spots_bench_now_ms ();
}

/* Shows article ID and runs the main loop until the window has painted
 * the frame that holds it. WORK is the time spent on it: showing the
 * article, then laying out, drawing and rendering the frame. LATENCY also
 * counts the wait between the two, while the frame clock holds the frame
 * for its next tick (the display's refresh, 60 times a second): that wait
 * is the same for any program, and no work of ours can shorten it. */
static gboolean
time_open (SpotsWindow *window,
           const char  *id,
           double      *work,
           double      *latency)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gboolean painted = FALSE;
  double frame_start = 0;
  gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gulong before = g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint),
                                    &frame_start);
  double start = spots_bench_now_ms ();
  gboolean shown = spots_window_show_article (window, id, NULL);
  double shown_at = spots_bench_now_ms ();

  while (shown && !painted)
    g_main_context_iteration (NULL, TRUE);
  *latency = spots_bench_now_ms () - start;
  *work = (shown_at - start) + (spots_bench_now_ms () - frame_start);
  g_signal_handler_disconnect (clock, after);
  g_signal_handler_disconnect (clock, before);

  return shown;
}

gboolean
spots_bench_measure_article_open (SpotsBenchContext *context,
                                  GHashTable        *figures,
                                  GHashTable        *texts,
                                  GError           **error)
{
  SpotsCommandLine command_line = { 0 };
  g_autoptr(SpotsApplication) app = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (double));
  SpotsWindow *window;
  GListModel *articles;
  guint rounds = context->quick ? 3 : 10;
  double slowest = 0;
  g_autofree char *slowest_id = NULL;

  gtk_init ();
  app = spots_application_new (&command_line);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, error))
    return FALSE;

  window = spots_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  spots_window_show_home (window);
  wait_for_frame (GTK_WIDGET (window));
  settle ();

  articles = spots_library_get_articles (spots_application_get_library (app));
  for (guint round = 0; round < rounds; round++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
        {
          g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
          const char *id = spots_article_get_id (article);
          double ms, latency;

          if (!time_open (window, id, &ms, &latency))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "cannot open article %s", id);
              return FALSE;
            }
          g_array_append_val (times, ms);
          g_array_append_val (latencies, latency);
          if (ms > slowest)
            {
              slowest = ms;
              g_free (slowest_id);
              slowest_id = g_strdup (id);
            }
          settle ();
        }
    }

  spots_bench_set_figure (figures, "article_open_ms_max", spots_bench_max (times));
  spots_bench_set_figure (figures, "article_open_ms_p50", spots_bench_percentile (times, 0.5));
  spots_bench_set_figure (figures, "article_open_latency_ms_p50",
                          spots_bench_percentile (latencies, 0.5));
  spots_bench_set_figure (figures, "article_open_latency_ms_max", spots_bench_max (latencies));
  g_hash_table_insert (texts, g_strdup ("article_open_slowest"), g_steal_pointer (&slowest_id));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return TRUE;
}
