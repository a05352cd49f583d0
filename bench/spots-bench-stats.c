/* spots-bench-stats.c: figures from samples, and timed child processes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "skin-spots-bench"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "spots-bench-stats.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * spots_bench_percentile:
 * @samples: (element-type double): sorted in place
 * @fraction: 0.5 for the median, 0.99 for p99
 *
 * The nearest-rank percentile: the smallest sample with at least @fraction
 * of the samples at or below it.
 */
double
spots_bench_percentile (GArray *samples,
                        double  fraction)
{
  guint rank;

  g_return_val_if_fail (samples->len > 0, 0);

  g_array_sort (samples, compare_doubles);
  rank = (guint) (fraction * samples->len + 0.999999);
  rank = CLAMP (rank, 1, samples->len);

  return g_array_index (samples, double, rank - 1);
}

double
spots_bench_max (GArray *samples)
{
  return spots_bench_percentile (samples, 1.0);
}

double
spots_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/**
 * spots_bench_run_process:
 *
 * Runs @argv with its output thrown away and measures the whole process:
 * the time from fork to exit, and its peak resident memory (ru_maxrss).
 *
 * Returns: %FALSE if it could not start or did not exit with 0.
 */
gboolean
spots_bench_run_process (const char * const *argv,
                         double             *wall_ms,
                         double             *peak_rss_mb,
                         GError            **error)
{
  double start = spots_bench_now_ms ();
  struct rusage usage;
  int status;
  pid_t pid = fork ();

  if (pid < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "fork: %s", g_strerror (errno));
      return FALSE;
    }

  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      dup2 (null, STDERR_FILENO);
      execv (argv[0], (char * const *) argv);
      _exit (127);
    }

  if (wait4 (pid, &status, 0, &usage) < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "wait: %s", g_strerror (errno));
      return FALSE;
    }

  *wall_ms = spots_bench_now_ms () - start;
  if (peak_rss_mb != NULL)
    *peak_rss_mb = usage.ru_maxrss / 1024.0;

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s exited with status %d", argv[0], status);
      return FALSE;
    }

  return TRUE;
}
