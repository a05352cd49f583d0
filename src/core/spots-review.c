/* spots-review.c: when an article was last checked against its guidance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * NHS pages end with "Page last reviewed" and "Next review due": a reader
 * can judge how fresh the advice is, and an editor knows what is due. Every
 * article carries the same, with the guidance it was checked against.
 */
#define G_LOG_DOMAIN "spots-review"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "spots-review.h"

struct _SpotsReview
{
  GObject parent_instance;

  GDate date;
  GDate next;
  GStrv against;
};

G_DEFINE_FINAL_TYPE (SpotsReview, spots_review, G_TYPE_OBJECT)

static void
spots_review_finalize (GObject *object)
{
  SpotsReview *self = SPOTS_REVIEW (object);

  g_clear_pointer (&self->against, g_strfreev);

  G_OBJECT_CLASS (spots_review_parent_class)->finalize (object);
}

static void
spots_review_class_init (SpotsReviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spots_review_finalize;
}

static void
spots_review_init (SpotsReview *self)
{
  g_date_clear (&self->date, 1);
  g_date_clear (&self->next, 1);
}

/**
 * spots_review_new:
 * @against: (transfer full): the guidance the article was checked against
 */
SpotsReview *
spots_review_new (GDate *date,
                  GDate *next,
                  GStrv  against)
{
  SpotsReview *self;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (next != NULL && g_date_valid (next), NULL);
  g_return_val_if_fail (against != NULL, NULL);

  self = g_object_new (SPOTS_TYPE_REVIEW, NULL);
  self->date = *date;
  self->next = *next;
  self->against = against;

  return self;
}

const GDate *
spots_review_get_date (SpotsReview *self)
{
  g_return_val_if_fail (SPOTS_IS_REVIEW (self), NULL);

  return &self->date;
}

const GDate *
spots_review_get_next (SpotsReview *self)
{
  g_return_val_if_fail (SPOTS_IS_REVIEW (self), NULL);

  return &self->next;
}

const char * const *
spots_review_get_against (SpotsReview *self)
{
  g_return_val_if_fail (SPOTS_IS_REVIEW (self), NULL);

  return (const char * const *) self->against;
}

/**
 * spots_review_parse_date:
 * @text: a date as the schema writes it, "2026-12-02"
 *
 * Returns: %TRUE if @text is a real calendar date in that form.
 */
gboolean
spots_review_parse_date (const char *text,
                         GDate      *date)
{
  unsigned int year, month, day;
  char end;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* Month names come from our translations, not from the C library: with
 * only LANGUAGE set (no installed locale for it) strftime() would write
 * "2 de December de 2026". */
static const char *month_names[] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};

/**
 * spots_review_format_date:
 *
 * Returns: (transfer full): the date as a reader writes it: "2 December 2026".
 */
char *
spots_review_format_date (const GDate *date)
{
  /* Translators: a date as in "Last reviewed: 2 December 2026"; the codes
   * are strftime()'s. xgettext:no-c-format */
  g_autoptr(GString) format = g_string_new (_("%-d %B %Y"));
  char buffer[128];

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  g_string_replace (format, "%B",
                    g_dpgettext2 (GETTEXT_PACKAGE, "month name",
                                  month_names[g_date_get_month (date) - 1]), 0);
  if (g_date_strftime (buffer, sizeof buffer, format->str, date) == 0)
    return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                            (unsigned int) g_date_get_month (date), g_date_get_day (date));

  return g_strdup (buffer);
}

/**
 * spots_review_format:
 *
 * Returns: (transfer full): the review in one sentence, for the foot of
 *   the page: "Last reviewed: 2 December 2026. Next review due: 2 December 2027."
 */
char *
spots_review_format (SpotsReview *self)
{
  g_autofree char *date = NULL;
  g_autofree char *next = NULL;

  g_return_val_if_fail (SPOTS_IS_REVIEW (self), NULL);

  date = spots_review_format_date (&self->date);
  next = spots_review_format_date (&self->next);

  /* Translators: both are dates, such as "2 December 2026" */
  return g_strdup_printf (_("Last reviewed: %s. Next review due: %s."), date, next);
}

/**
 * spots_review_format_against:
 *
 * Returns: (transfer full): the guidance the article was checked against,
 *   in one sentence: "Checked against: NICE guideline NG143; NHS: Sepsis."
 */
char *
spots_review_format_against (SpotsReview *self)
{
  g_autofree char *against = NULL;

  g_return_val_if_fail (SPOTS_IS_REVIEW (self), NULL);

  against = g_strjoinv ("; ", self->against);
  /* Translators: %s lists guidance, such as "NICE guideline NG143; NHS: Sepsis" */
  return g_strdup_printf (_("Checked against: %s."), against);
}
