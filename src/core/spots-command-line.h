/* spots-command-line.h: everything skin-spots does without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses, documented in --help. */
#define SPOTS_EXIT_OK        0
#define SPOTS_EXIT_PROBLEM   1  /* invalid content, unknown article */
#define SPOTS_EXIT_USAGE     2  /* a bad command-line value */

typedef struct
{
  /* Display-free commands */
  gboolean check_content;
  gboolean list;
  char *show;
  char *search;       /* with the words left after it, joined by spaces */
  gboolean checklist_questions;
  char *checklist_evaluate;
  gboolean version;

  /* Options for the window */
  char *article;
  gboolean checklist;

  /* Both */
  char **content_dirs;
  char **arguments;   /* what is left: paths for --check-content (the words
                       * after --search are moved into search) */
} SpotsCommandLine;

const GOptionEntry *spots_command_line_get_entries (void);
const char       *spots_command_line_get_summary  (void);
const char       *spots_command_line_get_description (void);
SpotsCommandLine *spots_command_line_new_from_options (GVariantDict  *options,
                                                   GError          **error);
void              spots_command_line_free         (SpotsCommandLine  *self);
gboolean          spots_command_line_is_headless  (SpotsCommandLine  *self);
int               spots_command_line_run          (SpotsCommandLine  *self,
                                                   FILE              *out,
                                                   FILE              *err);
void              spots_command_line_print_problems (GPtrArray       *problems,
                                                   FILE              *err);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpotsCommandLine, spots_command_line_free)

G_END_DECLS
