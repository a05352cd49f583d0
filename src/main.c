/* main.c: skin-spots starts here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GApplication parses the command line (spots-application.c): the
 * display-free commands (--list, --show, --check-content, ...) run in
 * handle-local-options and exit without a display or the session bus.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "spots-application.h"
#include "spots-core.h"

/* gettext ignores LANGUAGE in the C locale, so "LANGUAGE=es skin-spots
 * --list" on a machine without LANG would stay English; C.UTF-8 behaves
 * like C but honours it (and writes UTF-8). */
static void
set_up_locale (void)
{
  const char *messages;
  const char *language = g_getenv ("LANGUAGE");
  const char *locale_dir = g_getenv ("SKIN_SPOTS_LOCALE_DIR");

  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  if (language != NULL && language[0] != '\0' && messages != NULL &&
      (strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0))
    setlocale (LC_ALL, "C.UTF-8");

  /* The translations of an uninstalled build, for its tests. */
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL && locale_dir[0] != '\0'
                                     ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpotsApplication) app = NULL;

  set_up_locale ();
  g_set_prgname ("skin-spots");
  spots_core_init ();

  app = spots_application_new (NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
