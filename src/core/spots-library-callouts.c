/* spots-library-callouts.c: every page says what the checklist says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A "when to get help" callout that gives a tier lists the situations it
 * is for; each must give exactly that tier in the checklist in use. A
 * callout whose title starts with a tier's heading ("See a doctor today")
 * must give that tier. So two pages about the same situation cannot
 * disagree, with each other or with the checklist: each agrees with the
 * one checklist.
 *
 * This runs for --check-content and in the tests, not at start-up: the
 * shipped content is checked before it ships, and evaluating every
 * situation at every age is work a reader should not wait for.
 */
#define G_LOG_DOMAIN "spots-library-callouts"

#include "config.h"

#include <string.h>

#include "spots-article-private.h"
#include "spots-checklist-situation.h"
#include "spots-error.h"
#include "spots-library.h"

static GError *
new_problem_at (SpotsArticle *article,
                guint         line,
                guint         column,
                const char   *message)
{
  return spots_error_new_at (SPOTS_ERROR_INVALID, spots_article_get_source_file (article),
                             line, column, "%s", message);
}

/* The tier whose heading @title starts with, if any. */
static gboolean
tier_named_by_title (SpotsChecklist *checklist,
                     const char     *title,
                     SpotsTier      *tier)
{
  for (SpotsTier t = SPOTS_TIER_SELF_CARE; t < SPOTS_N_TIERS; t++)
    {
      const char *heading = spots_checklist_get_tier_heading (checklist, t);

      if (heading != NULL && *heading != '\0' &&
          g_ascii_strncasecmp (title, heading, strlen (heading)) == 0)
        {
          *tier = t;
          return TRUE;
        }
    }

  return FALSE;
}

static void
check_callout (SpotsChecklist            *checklist,
               SpotsArticle              *article,
               const SpotsArticleCallout *callout,
               GPtrArray                 *problems)
{
  SpotsTier tier = SPOTS_TIER_SELF_CARE;
  SpotsTier named;
  gboolean has_tier = callout->tier != NULL && spots_tier_from_string (callout->tier, &tier);

  if (callout->title != NULL && tier_named_by_title (checklist, callout->title, &named) &&
      (!has_tier || named != tier))
    {
      g_autofree char *message =
        g_strdup_printf ("the title \"%s\" names the checklist's tier \"%s\": give the callout "
                         "tier=\"%s\" and the situations it is for", callout->title,
                         spots_checklist_get_tier_heading (checklist, named),
                         spots_tier_to_string (named));

      g_ptr_array_add (problems, new_problem_at (article, callout->line, callout->column, message));
    }

  if (!has_tier || callout->situations == NULL)
    return;

  for (guint i = 0; i < callout->situations->len; i++)
    {
      const SpotsArticleSituation *situation =
        &g_array_index (callout->situations, SpotsArticleSituation, i);
      g_autoptr(GError) error = NULL;

      if (!spots_checklist_check_situation (checklist, situation->answers, tier, &error))
        g_ptr_array_add (problems, new_problem_at (article, situation->line, situation->column,
                                                   error->message));
    }
}

/**
 * spots_library_check_callouts:
 *
 * Compares every callout that gives a tier, or whose title names one, with
 * the library's checklist, and adds a problem for each disagreement. Does
 * nothing without a checklist. Call it after spots_library_finish().
 *
 * Returns: how many problems it added.
 */
guint
spots_library_check_callouts (SpotsLibrary *self)
{
  SpotsChecklist *checklist;
  GListModel *articles;
  GPtrArray *problems;
  guint before;

  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), 0);

  checklist = spots_library_get_checklist (self);
  problems = spots_library_get_problems (self);
  before = problems->len;
  if (checklist == NULL)
    return 0;

  articles = spots_library_get_articles (self);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      GArray *callouts = spots_article_get_callouts (article);

      for (guint j = 0; j < callouts->len; j++)
        check_callout (checklist, article, &g_array_index (callouts, SpotsArticleCallout, j),
                       problems);
    }

  return problems->len - before;
}
