/* fuzz-answers.c: the checklist answer parser under libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is the list --checklist-evaluate takes ("ID=VALUE,…"), parsed
 * against the shipped checklist. A list the parser accepts is evaluated
 * and printed exactly as the command prints it.
 */
#define G_LOG_DOMAIN "spots-fuzz"

#include "config.h"

#include <stdio.h>

#include "spots-checklist-commands.h"
#include "spots-command-line.h"
#include "spots-fuzz.h"
#include "spots-library.h"

static SpotsLibrary *builtin;
static FILE *discard;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  spots_fuzz_init ();
  builtin = spots_library_new_builtin ();
  g_assert (spots_library_get_checklist (builtin) != NULL);
  discard = fopen ("/dev/null", "w");
  g_assert (discard != NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The command line hands over a NUL-terminated argument: an input with a
   * NUL inside is cut there, as it would be. */
  g_autofree char *text = g_strndup ((const char *) data, size);
  int status;

  status = spots_checklist_print_evaluation (spots_library_get_checklist (builtin), text,
                                             discard, discard);
  g_assert (status == SPOTS_EXIT_OK || status == SPOTS_EXIT_USAGE);
  return 0;
}
