/* spots-compare-facts.c: what tells look-alike conditions apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spots-compare-facts"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "spots-compare-facts.h"

typedef struct
{
  SpotsFactValue value;
  char *text;
} Fact;

struct _SpotsCompareFacts
{
  GObject parent_instance;

  Fact facts[SPOTS_N_FACTS];
};

G_DEFINE_FINAL_TYPE (SpotsCompareFacts, spots_compare_facts, G_TYPE_OBJECT)

/* Element names in content files, indexed by SpotsFact. */
static const char * const fact_names[SPOTS_N_FACTS] = {
  "fades", "raised", "itchy", "painful", "fever", "places", "size", "contagious",
};

static const char * const value_names[] = {
  [SPOTS_FACT_VALUE_UNKNOWN] = "unknown",
  [SPOTS_FACT_VALUE_YES] = "yes",
  [SPOTS_FACT_VALUE_NO] = "no",
  [SPOTS_FACT_VALUE_SOMETIMES] = "sometimes",
  [SPOTS_FACT_VALUE_VARIES] = "varies",
  [SPOTS_FACT_VALUE_FLAT] = "flat",
  [SPOTS_FACT_VALUE_RAISED] = "raised",
  [SPOTS_FACT_VALUE_BOTH] = "both",
};

static void
spots_compare_facts_finalize (GObject *object)
{
  SpotsCompareFacts *self = SPOTS_COMPARE_FACTS (object);

  for (guint i = 0; i < SPOTS_N_FACTS; i++)
    g_clear_pointer (&self->facts[i].text, g_free);

  G_OBJECT_CLASS (spots_compare_facts_parent_class)->finalize (object);
}

static void
spots_compare_facts_class_init (SpotsCompareFactsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spots_compare_facts_finalize;
}

static void
spots_compare_facts_init (SpotsCompareFacts *self)
{
}

SpotsCompareFacts *
spots_compare_facts_new (void)
{
  return g_object_new (SPOTS_TYPE_COMPARE_FACTS, NULL);
}

void
spots_compare_facts_set (SpotsCompareFacts *self,
                         SpotsFact          fact,
                         SpotsFactValue     value,
                         const char        *text)
{
  g_return_if_fail (SPOTS_IS_COMPARE_FACTS (self));
  g_return_if_fail (fact < SPOTS_N_FACTS);

  self->facts[fact].value = value;
  g_free (self->facts[fact].text);
  self->facts[fact].text = g_strdup (text);
}

SpotsFactValue
spots_compare_facts_get_value (SpotsCompareFacts *self,
                               SpotsFact          fact)
{
  g_return_val_if_fail (SPOTS_IS_COMPARE_FACTS (self), SPOTS_FACT_VALUE_UNKNOWN);
  g_return_val_if_fail (fact < SPOTS_N_FACTS, SPOTS_FACT_VALUE_UNKNOWN);

  return self->facts[fact].value;
}

/**
 * spots_compare_facts_get_text:
 *
 * Returns: (nullable): the note that goes with a value ("stays visible under
 *   a glass"), or the whole fact for places and size.
 */
const char *
spots_compare_facts_get_text (SpotsCompareFacts *self,
                              SpotsFact          fact)
{
  g_return_val_if_fail (SPOTS_IS_COMPARE_FACTS (self), NULL);
  g_return_val_if_fail (fact < SPOTS_N_FACTS, NULL);

  return self->facts[fact].text;
}

const char *
spots_fact_to_string (SpotsFact fact)
{
  g_return_val_if_fail (fact < SPOTS_N_FACTS, NULL);

  return fact_names[fact];
}

SpotsFactValue
spots_fact_value_from_string (const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (value_names); i++)
    if (g_strcmp0 (value, value_names[i]) == 0)
      return (SpotsFactValue) i;

  return SPOTS_FACT_VALUE_UNKNOWN;
}

const char *
spots_fact_value_to_string (SpotsFactValue value)
{
  g_return_val_if_fail (value < G_N_ELEMENTS (value_names), NULL);

  return value_names[value];
}

/**
 * spots_fact_get_label:
 *
 * Returns: the row heading a reader sees ("Fades when pressed?").
 */
const char *
spots_fact_get_label (SpotsFact fact)
{
  switch (fact)
    {
    case SPOTS_FACT_FADES:
      return _("Fades when pressed?");
    case SPOTS_FACT_RAISED:
      return _("Raised or flat?");
    case SPOTS_FACT_ITCHY:
      return _("Itchy?");
    case SPOTS_FACT_PAINFUL:
      return _("Painful?");
    case SPOTS_FACT_FEVER:
      return _("Comes with fever?");
    case SPOTS_FACT_PLACES:
      return _("Where on the body");
    case SPOTS_FACT_SIZE:
      return _("Typical size");
    case SPOTS_FACT_CONTAGIOUS:
      return _("Contagious?");
    case SPOTS_N_FACTS:
      break;
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (NULL);
}

/**
 * spots_fact_get_label_for_text:
 *
 * Returns: (transfer full): the label to put before a value in running
 *   text: "Itchy? " or "Typical size: ".
 */
char *
spots_fact_get_label_for_text (SpotsFact fact)
{
  const char *label = spots_fact_get_label (fact);

  return g_str_has_suffix (label, "?") ? g_strdup_printf ("%s ", label)
                                       : g_strdup_printf ("%s: ", label);
}

/**
 * spots_compare_facts_describe:
 *
 * Returns: (transfer full) (nullable): the fact in words, "No (stays
 *   visible under a glass)" or "1 to 5 mm"; %NULL for the optional fever
 *   fact when the article does not give it.
 */
char *
spots_compare_facts_describe (SpotsCompareFacts *self,
                              SpotsFact          fact)
{
  SpotsFactValue value;
  const char *text;

  g_return_val_if_fail (SPOTS_IS_COMPARE_FACTS (self), NULL);
  g_return_val_if_fail (fact < SPOTS_N_FACTS, NULL);

  value = self->facts[fact].value;
  text = self->facts[fact].text;

  if (fact == SPOTS_FACT_PLACES || fact == SPOTS_FACT_SIZE)
    return g_strdup (text != NULL ? text : spots_fact_value_get_label (SPOTS_FACT_VALUE_UNKNOWN));
  if (fact == SPOTS_FACT_FEVER && value == SPOTS_FACT_VALUE_UNKNOWN)
    return NULL;
  if (text != NULL)
    return g_strdup_printf ("%s (%s)", spots_fact_value_get_label (value), text);

  return g_strdup (spots_fact_value_get_label (value));
}

const char *
spots_fact_value_get_label (SpotsFactValue value)
{
  switch (value)
    {
    case SPOTS_FACT_VALUE_UNKNOWN:
      /* Translators: a compare fact the article does not give */
      return _("Not stated");
    case SPOTS_FACT_VALUE_YES:
      return _("Yes");
    case SPOTS_FACT_VALUE_NO:
      return _("No");
    case SPOTS_FACT_VALUE_SOMETIMES:
      return _("Sometimes");
    case SPOTS_FACT_VALUE_VARIES:
      return _("Varies");
    case SPOTS_FACT_VALUE_FLAT:
      return _("Flat");
    case SPOTS_FACT_VALUE_RAISED:
      return _("Raised");
    case SPOTS_FACT_VALUE_BOTH:
      return _("Flat or raised");
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (NULL);
}
