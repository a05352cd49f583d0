/* spots-command-line.c: everything skin-spots does without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GApplication parses the options declared here; the application hands the
 * result to spots_command_line_new_from_options() in handle-local-options,
 * before GTK is touched or the bus is used: the commands below must work
 * over SSH, in CI and in content authors' scripts, with DISPLAY unset. Their output formats are an interface (tests and
 * scripts read them), so they change only on purpose.
 */
#define G_LOG_DOMAIN "spots-command-line"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "spots-command-line.h"
#include "spots-error.h"
#include "spots-library.h"
#include "spots-plain-text.h"
#include "spots-checklist-commands.h"
#include "spots-search.h"

/* Registered with GApplication (see spots-application.c), which parses
 * them into a GVariantDict: no arg_data here. */
static const GOptionEntry entries[] = {
  { "check-content", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check content files and folders; print FILE:LINE:COLUMN: error: MESSAGE for each "
       "problem; exit 1 if any"), NULL },
  { "list", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List articles as ID<TAB>TITLE, in category order"), NULL },
  { "show", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print an article as plain text"), N_("ID") },
  { "checklist-questions", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the checklist's questions as ID<TAB>QUESTION<TAB>ANSWERS, in asking order; "
       "ANSWERS from least to most concerning"), NULL },
  { "checklist-evaluate", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Evaluate checklist answers (VALUE: yes, no, not-sure, or an age band); unanswered "
       "questions count as not sure; print TIER<TAB>HEADING, then one \"because: \" line per "
       "reason; exit 2 for an empty or malformed list"),
    N_("ID=VALUE,…") },
  { "checklist", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the window on the red-flag checklist"), NULL },
  { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Search the articles for all these words; print ID<TAB>TITLE<TAB>SNIPPET per match, "
       "best first"), N_("WORDS") },
  { "article", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the window on this article"), N_("ID") },
  { "content-dir", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Also load articles from this folder; later folders win (repeatable)"), N_("DIR") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[PATH…]") },
  { NULL }
};

/**
 * spots_command_line_get_entries:
 *
 * Returns: the options, for g_application_add_main_option_entries().
 */
const GOptionEntry *
spots_command_line_get_entries (void)
{
  return entries;
}

const char *
spots_command_line_get_summary (void)
{
  return _("Skin Spots: an offline reference about red spots on the skin.\n"
           "Without options, opens the window.");
}

const char *
spots_command_line_get_description (void)
{
  return _("Exit status: 0 on success, also when --search finds "
           "nothing; 1 when content is invalid or an article is "
           "unknown; 2 for a bad command-line value.\n"
           "Information, not a diagnosis: in an emergency call your "
           "local emergency number.");
}

/* `--search pinpoint bleeding` is easier to type than a quoted phrase, so
 * the words left after the options join the query. */
static gboolean
take_search_words (SpotsCommandLine  *self,
                   GError           **error)
{
  g_auto(GStrv) words = NULL;

  if (self->check_content)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--search and --check-content cannot be used together"));
      return FALSE;
    }

  if (self->arguments != NULL)
    {
      g_autofree char *rest = g_strjoinv (" ", self->arguments);
      g_autofree char *query = g_strconcat (self->search, " ", rest, NULL);

      g_free (self->search);
      self->search = g_steal_pointer (&query);
      g_clear_pointer (&self->arguments, g_strfreev);
    }

  /* The words after the options are not converted from the locale's
   * encoding the way option values are. */
  if (!g_utf8_validate (self->search, -1, NULL))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--search: the words are not valid UTF-8"));
      return FALSE;
    }

  words = spots_normalize_query (self->search);
  if (words[0] == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--search needs at least one word"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
lookup_flag (GVariantDict *options,
             const char   *name)
{
  gboolean value = FALSE;

  return g_variant_dict_lookup (options, name, "b", &value) && value;
}

static char *
lookup_string (GVariantDict *options,
               const char   *name)
{
  char *value = NULL;

  return g_variant_dict_lookup (options, name, "s", &value) ? value : NULL;
}

static char **
lookup_filenames (GVariantDict *options,
                  const char   *name)
{
  char **value = NULL;

  return g_variant_dict_lookup (options, name, "^aay", &value) ? value : NULL;
}

/* An empty path would be read as the current folder by some calls and as
 * nothing by others: it is never what was meant. */
static gboolean
check_paths (char       **paths,
             const char  *option,
             GError     **error)
{
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    if (paths[i][0] == '\0')
      {
        /* Translators: %s is an option, such as --content-dir */
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("%s was given an empty path"), option);
        return FALSE;
      }

  return TRUE;
}

/**
 * spots_command_line_new_from_options:
 * @options: what GApplication parsed from the entries of
 *   spots_command_line_get_entries()
 *
 * Returns: (transfer full) (nullable): the command line, or %NULL with
 *   @error set for a malformed one.
 */
SpotsCommandLine *
spots_command_line_new_from_options (GVariantDict  *options,
                                     GError       **error)
{
  g_autoptr(SpotsCommandLine) self = g_new0 (SpotsCommandLine, 1);

  self->check_content = lookup_flag (options, "check-content");
  self->list = lookup_flag (options, "list");
  self->show = lookup_string (options, "show");
  self->checklist_questions = lookup_flag (options, "checklist-questions");
  self->checklist_evaluate = lookup_string (options, "checklist-evaluate");
  self->checklist = lookup_flag (options, "checklist");
  self->search = lookup_string (options, "search");
  self->article = lookup_string (options, "article");
  self->content_dirs = lookup_filenames (options, "content-dir");
  self->version = lookup_flag (options, "version");
  self->arguments = lookup_filenames (options, G_OPTION_REMAINING);

  if (self->search != NULL && !take_search_words (self, error))
    return NULL;

  if (self->arguments != NULL && !self->check_content)
    {
      g_autofree char *shown = spots_plain_text_shorten (self->arguments[0]);

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Unexpected argument “%s”; see --help"), shown);
      return NULL;
    }

  if (self->article != NULL && self->article[0] == '\0')
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--article needs an article id; skin-spots --list shows them"));
      return NULL;
    }

  if (!check_paths (self->arguments, "--check-content", error) ||
      !check_paths (self->content_dirs, "--content-dir", error))
    return NULL;

  /* A --content-dir that cannot be used is said at once, before a window
   * opens or a command reads anything. */
  for (guint i = 0; self->content_dirs != NULL && self->content_dirs[i] != NULL; i++)
    if (!spots_library_check_folder (self->content_dirs[i], error))
      return NULL;

  if (self->check_content && self->arguments == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--check-content needs at least one file or folder"));
      return NULL;
    }

  return g_steal_pointer (&self);
}

void
spots_command_line_free (SpotsCommandLine *self)
{
  if (self == NULL)
    return;

  g_free (self->show);
  g_free (self->checklist_evaluate);
  g_free (self->search);
  g_free (self->article);
  g_strfreev (self->content_dirs);
  g_strfreev (self->arguments);
  g_free (self);
}

/**
 * spots_command_line_is_headless:
 *
 * Returns: %TRUE if the command line asks for something that is done
 *   without opening a window.
 */
gboolean
spots_command_line_is_headless (SpotsCommandLine *self)
{
  return self->check_content || self->list || self->show != NULL || self->search != NULL ||
         self->checklist_questions || self->checklist_evaluate != NULL || self->version;
}

void
spots_command_line_print_problems (GPtrArray *problems,
                                   FILE      *err)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = spots_error_format_problem (g_ptr_array_index (problems, i));

      fprintf (err, "%s\n", line);
    }
}

static int
check_content (SpotsCommandLine *self,
               FILE             *out,
               FILE             *err)
{
  g_autoptr(SpotsLibrary) library = spots_library_new ();
  g_autoptr(GPtrArray) checked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) checked_set = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  guint n_reported = 0;

  /* The built-in content is the background the checked files are read
   * against: a new article may link to built-in ones. Only problems in the
   * checked files are reported. */
  spots_library_load_resource (library, SPOTS_BUILTIN_CONTENT);
  for (guint i = 0; self->content_dirs != NULL && self->content_dirs[i] != NULL; i++)
    {
      if (!spots_library_load_directory (library, self->content_dirs[i], &error))
        {
          fprintf (err, "%s\n", error->message);
          return SPOTS_EXIT_USAGE;
        }
    }
  g_ptr_array_set_size (spots_library_get_problems (library), 0);

  if (!spots_library_load_paths (library, (const char * const *) self->arguments, checked,
                                 &error))
    {
      fprintf (err, "%s\n", error->message);
      return SPOTS_EXIT_USAGE;
    }
  spots_library_finish (library);
  spots_library_check_callouts (library);

  for (guint i = 0; i < checked->len; i++)
    g_hash_table_add (checked_set, g_ptr_array_index (checked, i));

  problems = spots_library_get_problems (library);
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = NULL;

      if (!g_hash_table_contains (checked_set, spots_error_get_file (problem)))
        continue;

      line = spots_error_format_problem (problem);
      fprintf (out, "%s\n", line);
      n_reported++;
    }

  return n_reported == 0 ? SPOTS_EXIT_OK : SPOTS_EXIT_PROBLEM;
}

static void
list_articles (SpotsLibrary *library,
               FILE         *out)
{
  GListModel *articles = spots_library_get_articles (library);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);

      fprintf (out, "%s\t%s\n", spots_article_get_id (article), spots_article_get_title (article));
    }
}

static int
show_article (SpotsLibrary *library,
              const char   *id,
              FILE         *out,
              FILE         *err)
{
  SpotsArticle *article = spots_library_lookup (library, id);
  g_autofree char *text = NULL;

  if (article == NULL)
    {
      g_autofree char *shown = spots_plain_text_shorten (id);

      fprintf (err, _("No article has the id “%s”; skin-spots --list shows them all\n"), shown);
      return SPOTS_EXIT_PROBLEM;
    }

  text = spots_plain_text_article (library, article);
  fputs (text, out);

  return SPOTS_EXIT_OK;
}

/* Nothing found is an answer, not an error: exit 0 with nothing on
 * stdout, so a script can test for empty output; the note on stderr is for
 * a person. */
static void
search_articles (SpotsLibrary *library,
                 const char   *query,
                 FILE         *out,
                 FILE         *err)
{
  g_autoptr(SpotsSearchIndex) index = spots_search_index_new (library);
  g_autoptr(GListModel) results = spots_search_index_query (index, query);
  guint n = g_list_model_get_n_items (results);

  if (n == 0)
    {
      g_autofree char *shown = spots_plain_text_shorten (query);

      /* Translators: %s is what was searched for. */
      fprintf (err, _("No articles match “%s”\n"), shown);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsSearchResult) result = g_list_model_get_item (results, i);
      SpotsArticle *article = spots_search_result_get_article (result);

      fprintf (out, "%s\t%s\t%s\n", spots_article_get_id (article),
               spots_article_get_title (article), spots_search_result_get_snippet (result));
    }
}

/**
 * spots_command_line_run:
 *
 * Runs a display-free command (see spots_command_line_is_headless()).
 *
 * Returns: the exit status.
 */
int
spots_command_line_run (SpotsCommandLine *self,
                        FILE             *out,
                        FILE             *err)
{
  g_autoptr(SpotsLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  int status = SPOTS_EXIT_OK;

  g_return_val_if_fail (self != NULL, SPOTS_EXIT_USAGE);

  if (self->version)
    {
      fprintf (out, "skin-spots %s\n", PACKAGE_VERSION);
      return SPOTS_EXIT_OK;
    }

  if (self->check_content)
    return check_content (self, out, err);

  library = spots_library_new_default ((const char * const *) self->content_dirs, &error);
  if (library == NULL)
    {
      fprintf (err, "%s\n", error->message);
      return SPOTS_EXIT_USAGE;
    }
  spots_command_line_print_problems (spots_library_get_problems (library), err);

  if (self->list)
    list_articles (library, out);
  else if (self->show != NULL)
    status = show_article (library, self->show, out, err);
  else if (self->search != NULL)
    search_articles (library, self->search, out, err);
  else if (self->checklist_questions || self->checklist_evaluate != NULL)
    {
      SpotsChecklist *checklist = spots_library_get_checklist (library);

      if (checklist == NULL)
        {
          fprintf (err, "%s\n", _("No valid checklist was found in the content"));
          return SPOTS_EXIT_PROBLEM;
        }

      if (self->checklist_questions)
        spots_checklist_print_questions (checklist, out);
      else
        status = spots_checklist_print_evaluation (checklist, self->checklist_evaluate, out, err);
    }

  fflush (out);
  return status;
}
