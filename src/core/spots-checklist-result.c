/* spots-checklist-result.c: what the checklist concluded, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The result page's transparency rests on this: the tier, every rule that
 * put it there with the answers that made it fire, whether a "not sure"
 * raised it, and which answers would change it.
 */
#define G_LOG_DOMAIN "spots-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "spots-checklist-private.h"

struct _SpotsChecklistResult
{
  gatomicrefcount ref_count;
  SpotsTier tier;
  SpotsTier tier_without_not_sure;
  GPtrArray *reasons;  /* SpotsChecklistReason */
  GArray *changes;     /* SpotsChecklistChange */
};

G_DEFINE_BOXED_TYPE (SpotsChecklistResult, spots_checklist_result,
                     spots_checklist_result_ref, spots_checklist_result_unref)

static void
reason_free (SpotsChecklistReason *reason)
{
  g_free (reason->rule_id);
  g_free (reason->text);
  g_strfreev (reason->sources);
  g_clear_pointer (&reason->questions, g_ptr_array_unref);
  g_clear_pointer (&reason->answers, g_array_unref);
  g_free (reason);
}

static void
clear_change (SpotsChecklistChange *change)
{
  g_clear_object (&change->question);
}

SpotsChecklistResult *
spots_checklist_result_new (SpotsTier tier)
{
  SpotsChecklistResult *self = g_new0 (SpotsChecklistResult, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->tier = tier;
  self->tier_without_not_sure = tier;
  self->reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) reason_free);
  self->changes = g_array_new (FALSE, TRUE, sizeof (SpotsChecklistChange));
  g_array_set_clear_func (self->changes, (GDestroyNotify) clear_change);

  return self;
}

SpotsChecklistResult *
spots_checklist_result_ref (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
spots_checklist_result_unref (SpotsChecklistResult *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->reasons);
      g_array_unref (self->changes);
      g_free (self);
    }
}

/* Takes ownership of @reason. */
void
spots_checklist_result_add_reason (SpotsChecklistResult *self,
                                   SpotsChecklistReason *reason)
{
  g_ptr_array_add (self->reasons, reason);
}

void
spots_checklist_result_add_change (SpotsChecklistResult   *self,
                                   SpotsChecklistQuestion *question,
                                   SpotsAnswer             answer,
                                   SpotsTier               tier)
{
  SpotsChecklistChange change = { g_object_ref (question), answer, tier };

  g_array_append_val (self->changes, change);
}

void
spots_checklist_result_set_tier_without_not_sure (SpotsChecklistResult *self,
                                                  SpotsTier             tier)
{
  self->tier_without_not_sure = tier;
}

SpotsTier
spots_checklist_result_get_tier (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, SPOTS_TIER_EMERGENCY);
  return self->tier;
}

guint
spots_checklist_result_get_n_reasons (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->reasons->len;
}

const SpotsChecklistReason *
spots_checklist_result_get_reason (SpotsChecklistResult *self,
                                   guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->reasons->len, NULL);
  return g_ptr_array_index (self->reasons, index);
}

/**
 * spots_checklist_result_get_raised_by_not_sure:
 *
 * Returns: %TRUE if the tier would be lower had every "not sure" been "no":
 *   the result page says so, so that the person can check and answer.
 */
gboolean
spots_checklist_result_get_raised_by_not_sure (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->tier_without_not_sure < self->tier;
}

SpotsTier
spots_checklist_result_get_tier_without_not_sure (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, SPOTS_TIER_EMERGENCY);
  return self->tier_without_not_sure;
}

guint
spots_checklist_result_get_n_changes (SpotsChecklistResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->changes->len;
}

/**
 * spots_checklist_result_get_change:
 *
 * Changes come in asking order: first the answers that would raise the
 * tier, then the "not sure" answers that would lower it if they were "no".
 */
const SpotsChecklistChange *
spots_checklist_result_get_change (SpotsChecklistResult *self,
                                   guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);
  return &g_array_index (self->changes, SpotsChecklistChange, index);
}

/**
 * spots_checklist_reason_describe_answers:
 *
 * Returns: (transfer full): the answers behind a reason in plain words:
 *   "you said that there is a fever, and you were not sure whether the
 *   spots stay visible when a glass is pressed on them".
 */
char *
spots_checklist_reason_describe_answers (const SpotsChecklistReason *reason)
{
  g_autoptr(GString) yes = g_string_new (NULL);
  g_autoptr(GString) unsure = g_string_new (NULL);
  guint n_yes = 0, n_unsure = 0;

  g_return_val_if_fail (reason != NULL, NULL);

  for (guint i = 0; i < reason->questions->len; i++)
    {
      const char *statement =
        spots_checklist_question_get_statement (g_ptr_array_index (reason->questions, i));
      gboolean is_yes = g_array_index (reason->answers, SpotsAnswer, i) == SPOTS_ANSWER_YES;
      GString *list = is_yes ? yes : unsure;
      guint *count = is_yes ? &n_yes : &n_unsure;

      /* Translators: joins statements: "there is a fever and the neck is stiff" */
      if (*count > 0)
        g_string_append (list, _(" and "));
      g_string_append (list, statement);
      (*count)++;
    }

  if (n_yes > 0 && n_unsure > 0)
    /* Translators: both parts are lists of statements */
    return g_strdup_printf (_("you said that %s, and you were not sure whether %s"),
                            yes->str, unsure->str);
  if (n_unsure > 0)
    return g_strdup_printf (_("you were not sure whether %s"), unsure->str);

  return g_strdup_printf (_("you said that %s"), yes->str);
}

/**
 * spots_checklist_reason_format:
 *
 * Returns: (transfer full): the reason with its answers, as one line:
 *   "REASON (you said that …)".
 */
char *
spots_checklist_reason_format (const SpotsChecklistReason *reason)
{
  g_autofree char *answers = NULL;

  g_return_val_if_fail (reason != NULL, NULL);

  if (reason->questions->len == 0)
    return g_strdup (reason->text);

  answers = spots_checklist_reason_describe_answers (reason);
  return g_strdup_printf ("%s (%s)", reason->text, answers);
}
