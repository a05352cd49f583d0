/* main.c: skin-spots starts here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line is parsed before GTK is touched: display-free commands
 * (--list, --show, --check-content, ...) run and exit without a display.
 * Everything else opens the window.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "spots-application.h"
#include "spots-command-line.h"
#include "spots-core.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpotsCommandLine) command_line = NULL;
  g_autoptr(SpotsApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("skin-spots");

  spots_core_init ();

  command_line = spots_command_line_parse (&argc, &argv, &error);
  if (command_line == NULL)
    {
      g_printerr ("skin-spots: %s\n", error->message);
      return SPOTS_EXIT_USAGE;
    }

  if (spots_command_line_is_headless (command_line))
    return spots_command_line_run (command_line, stdout, stderr);

  app = spots_application_new (command_line);

  return spots_application_run (app, argv[0]);
}
