/* make-hostile-folder.c: fill a folder for the end-to-end tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: make-hostile-folder FOLDER N
 *
 * Makes FOLDER (and its parents) and fills it as spots-hostile-folder.c
 * does, with N entries; then prints the good article ids, one per line.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "spots-hostile-folder.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpotsHostileFolder) hostile = NULL;
  guint64 n;

  if (argc != 3 || !g_ascii_string_to_unsigned (argv[2], 10, 1, 100000, &n, NULL))
    {
      fprintf (stderr, "usage: %s FOLDER N\n", argv[0]);
      return 2;
    }

  if (g_mkdir_with_parents (argv[1], 0700) != 0)
    {
      perror (argv[1]);
      return 1;
    }

  hostile = spots_hostile_folder_new (argv[1], (guint) n);
  for (guint i = 0; i < hostile->good_ids->len; i++)
    printf ("%s\n", (char *) g_ptr_array_index (hostile->good_ids, i));

  return 0;
}
