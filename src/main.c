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

/* "C" and "POSIX", which write ASCII. */
static gboolean
is_plain_c_locale (const char *name)
{
  return name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0;
}

/* Those and C.UTF-8: gettext may ignore LANGUAGE in any of them. */
static gboolean
is_c_locale (const char *name)
{
  return is_plain_c_locale (name) || g_str_has_prefix (name, "C.");
}

/* gettext ignores LANGUAGE in the C locale (and glibc 2.43 in C.UTF-8 as
 * well), so "LANGUAGE=es skin-spots --list" on a machine without a Spanish
 * locale would stay English. Messages then take any real locale there is:
 * one the LANGUAGE list names, else a common one; the catalogues are read
 * as UTF-8 whatever it is (bind_textdomain_codeset). */
static void
honour_language (const char *language)
{
  g_auto(GStrv) wanted = g_strsplit (language, ":", -1);
  const char *common[] = { "en_US.UTF-8", "en_GB.UTF-8", "C.UTF-8", NULL };

  /* The C locale writes ASCII: GLib would spell "ó" as "?". */
  if (is_plain_c_locale (setlocale (LC_CTYPE, NULL)))
    setlocale (LC_ALL, "C.UTF-8");

  for (guint i = 0; wanted[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (wanted[i], ".UTF-8", NULL);

      if (wanted[i][0] != '\0' && setlocale (LC_MESSAGES, name) != NULL)
        return;
    }
  for (guint i = 0; common[i] != NULL; i++)
    if (setlocale (LC_MESSAGES, common[i]) != NULL)
      return;
}

static void
set_up_locale (void)
{
  const char *language = g_getenv ("LANGUAGE");
  const char *locale_dir = g_getenv ("SKIN_SPOTS_LOCALE_DIR");

  setlocale (LC_ALL, "");
  if (language != NULL && language[0] != '\0' && is_c_locale (setlocale (LC_MESSAGES, NULL)))
    honour_language (language);

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

  /* The locale is ours (see honour_language()): GTK would set it again
   * from the environment and undo it. */
  gtk_disable_setlocale ();
  set_up_locale ();
  g_set_prgname ("skin-spots");
  spots_core_init ();

  app = spots_application_new (NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
