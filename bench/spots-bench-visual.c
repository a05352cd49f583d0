/* spots-bench-visual.c: when a program's window stops changing on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Visually complete" is measured from outside, as a person sees it: the
 * screen is read over and over (X11 shared-memory images, a few
 * milliseconds each) from just before the program is started, and the
 * figure is the time of the last change before the screen stays the same
 * for QUIET_MS. Skin Spots and an empty GTK window (this program with
 * --empty-window) take turns in the same run, on the same display, with the
 * same environment and renderer, so the ratio between them is fair.
 *
 * The programs get a private configuration folder whose GTK settings turn
 * the text cursor's blinking off: a blink is a change on screen that says
 * nothing about start-up, and would otherwise never let the screen settle.
 */
#define G_LOG_DOMAIN "skin-spots-bench"

#include "config.h"

#include <signal.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>

#include <glib/gstdio.h>

#include "spots-bench-stats.h"
#include "spots-bench-visual.h"

#define QUIET_MS   1500
#define TIMEOUT_MS 15000

typedef struct
{
  Display *display;
  Window root;
  int width, height;
  XImage *image;
  XShmSegmentInfo shm;
} ScreenCapture;

static gboolean
screen_open (ScreenCapture *screen,
             GError **error)
{
  XWindowAttributes attributes;

  screen->display = XOpenDisplay (NULL);
  if (screen->display == NULL || !XShmQueryExtension (screen->display))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "the visual figures need an X11 display with MIT-SHM (run under xvfb-run)");
      return FALSE;
    }

  screen->root = DefaultRootWindow (screen->display);
  XGetWindowAttributes (screen->display, screen->root, &attributes);
  screen->width = attributes.width;
  screen->height = attributes.height;
  screen->image = XShmCreateImage (screen->display, attributes.visual, attributes.depth, ZPixmap,
                                   NULL, &screen->shm, screen->width, screen->height);
  screen->shm.shmid = shmget (IPC_PRIVATE, screen->image->bytes_per_line * screen->height,
                              IPC_CREAT | 0600);
  screen->shm.shmaddr = screen->image->data = shmat (screen->shm.shmid, NULL, 0);
  screen->shm.readOnly = False;
  XShmAttach (screen->display, &screen->shm);
  XSync (screen->display, False);
  shmctl (screen->shm.shmid, IPC_RMID, NULL);

  return TRUE;
}

static void
screen_close (ScreenCapture *screen)
{
  if (screen->image != NULL)
    {
      XShmDetach (screen->display, &screen->shm);
      XDestroyImage (screen->image);
      shmdt (screen->shm.shmaddr);
    }
  if (screen->display != NULL)
    XCloseDisplay (screen->display);
}

/* A fingerprint of what the screen shows now. */
static guint64
screen_fingerprint (ScreenCapture *screen)
{
  const guint64 *words;
  gsize n;
  guint64 hash = 1469598103934665603ull;

  XShmGetImage (screen->display, screen->root, screen->image, 0, 0, AllPlanes);
  words = (const guint64 *) screen->image->data;
  n = (gsize) screen->image->bytes_per_line * screen->height / sizeof (guint64);
  for (gsize i = 0; i < n; i++)
    hash = (hash ^ words[i]) * 1099511628211ull;

  return hash;
}

/* Starts ARGV and returns how long after the start the screen last
 * changed, or a negative number if it never did. */
static double
time_to_visually_complete (ScreenCapture            *screen,
                           const char * const *argv,
                           GError            **error)
{
  guint64 before = screen_fingerprint (screen);
  guint64 last = before;
  double start = spots_bench_now_ms ();
  double last_change = -1;
  GPid pid;
  int status;

  if (!g_spawn_async (NULL, (char **) argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                      G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, &pid, error))
    return -1;

  for (;;)
    {
      double now = spots_bench_now_ms ();
      guint64 fingerprint = screen_fingerprint (screen);

      if (fingerprint != last)
        {
          last = fingerprint;
          last_change = now - start;
        }
      if (last_change >= 0 && now - start - last_change > QUIET_MS)
        break;
      if (now - start > TIMEOUT_MS)
        break;
    }

  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);

  /* Let the window go away before the next program starts. */
  for (double until = spots_bench_now_ms () + 300; spots_bench_now_ms () < until;)
    g_usleep (10000);

  if (last_change < 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "%s never appeared on screen", argv[0]);

  return last_change;
}

/* The longest shipped article, by the size of its source. */
static char *
longest_article (void)
{
  g_autofree char *folder = g_build_filename (SPOTS_SOURCE_DIR, "data", "content", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  goffset longest = 0;
  char *id = NULL;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf info;

      if (!g_str_has_suffix (name, ".xml") || g_str_equal (name, "checklist.xml") ||
          g_str_equal (name, "categories.xml") || g_stat (path, &info) != 0)
        continue;
      if (info.st_size > longest)
        {
          longest = info.st_size;
          g_free (id);
          id = g_strndup (name, strlen (name) - strlen (".xml"));
        }
    }

  return id;
}

static char *
make_quiet_config (GError **error)
{
  g_autofree char *folder = g_dir_make_tmp ("skin-spots-bench-config-XXXXXX", error);
  g_autofree char *gtk_folder = NULL;
  g_autofree char *settings = NULL;

  if (folder == NULL)
    return NULL;
  gtk_folder = g_build_filename (folder, "gtk-4.0", NULL);
  settings = g_build_filename (gtk_folder, "settings.ini", NULL);
  g_mkdir (gtk_folder, 0700);
  if (!g_file_set_contents (settings, "[Settings]\ngtk-cursor-blink=false\n", -1, error))
    return NULL;

  return g_steal_pointer (&folder);
}

static void
remove_quiet_config (const char *folder)
{
  g_autofree char *gtk_folder = g_build_filename (folder, "gtk-4.0", NULL);
  g_autofree char *settings = g_build_filename (gtk_folder, "settings.ini", NULL);

  g_unlink (settings);
  g_rmdir (gtk_folder);
  g_rmdir (folder);
}

gboolean
spots_bench_measure_visual (SpotsBenchContext *context,
                            GHashTable        *figures,
                            GError           **error)
{
  g_autofree char *article = longest_article ();
  const char *empty_argv[] = { context->self, "--empty-window", NULL };
  const char *app_argv[] = { context->skin_spots, NULL };
  const char *article_argv[] = { context->skin_spots, "--article", article, NULL };
  const char *large_argv[] = { context->skin_spots, "--content-dir", context->folder_10000, NULL };
  struct { const char * const *argv; const char *figure; GArray *times; } runs[] = {
    { empty_argv, "visually_complete_ms_empty_window", NULL },
    { app_argv, "visually_complete_ms_app", NULL },
    { article_argv, "visually_complete_ms_article", NULL },
    { large_argv, "visually_complete_ms_app_10000", NULL },
  };
  guint rounds = context->quick ? 3 : 7;
  g_autofree char *config = make_quiet_config (error);
  ScreenCapture screen = { 0 };
  gboolean ok = FALSE;

  if (config == NULL || !screen_open (&screen, error))
    goto out;
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    runs[r].times = g_array_new (FALSE, FALSE, sizeof (double));

  /* Warm the file cache first, so that no program pays for the others. */
  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    if (time_to_visually_complete (&screen, runs[r].argv, error) < 0)
      goto out;

  /* Take turns, so that a slower moment of the machine hits each alike. */
  for (guint round = 0; round < rounds; round++)
    {
      for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
        {
          double ms = time_to_visually_complete (&screen, runs[r].argv, error);

          if (ms < 0)
            goto out;
          g_array_append_val (runs[r].times, ms);
        }
    }

  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    spots_bench_set_figure (figures, runs[r].figure, spots_bench_percentile (runs[r].times, 0.5));
  ok = TRUE;

out:
  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    g_clear_pointer (&runs[r].times, g_array_unref);
  screen_close (&screen);
  if (config != NULL)
    remove_quiet_config (config);
  return ok;
}
