/* spots-compare-facts.h: what tells look-alike conditions apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The rows of the comparison table, in display order. */
typedef enum
{
  SPOTS_FACT_FADES,
  SPOTS_FACT_RAISED,
  SPOTS_FACT_ITCHY,
  SPOTS_FACT_PAINFUL,
  SPOTS_FACT_FEVER,
  SPOTS_FACT_PLACES,
  SPOTS_FACT_SIZE,
  SPOTS_FACT_CONTAGIOUS,
  SPOTS_N_FACTS
} SpotsFact;

/* A fact's value: the first group answers yes-or-no questions, the second
 * "raised or flat". PLACES and SIZE are free text and have no value. */
typedef enum
{
  SPOTS_FACT_VALUE_UNKNOWN,
  SPOTS_FACT_VALUE_YES,
  SPOTS_FACT_VALUE_NO,
  SPOTS_FACT_VALUE_SOMETIMES,
  SPOTS_FACT_VALUE_VARIES,
  SPOTS_FACT_VALUE_FLAT,
  SPOTS_FACT_VALUE_RAISED,
  SPOTS_FACT_VALUE_BOTH,
} SpotsFactValue;

#define SPOTS_TYPE_COMPARE_FACTS (spots_compare_facts_get_type ())

G_DECLARE_FINAL_TYPE (SpotsCompareFacts, spots_compare_facts, SPOTS, COMPARE_FACTS, GObject)

SpotsCompareFacts *spots_compare_facts_new        (void);
void               spots_compare_facts_set        (SpotsCompareFacts *self,
                                                   SpotsFact          fact,
                                                   SpotsFactValue     value,
                                                   const char        *text);
SpotsFactValue     spots_compare_facts_get_value  (SpotsCompareFacts *self,
                                                   SpotsFact          fact);
const char        *spots_compare_facts_get_text   (SpotsCompareFacts *self,
                                                   SpotsFact          fact);

const char        *spots_fact_to_string           (SpotsFact          fact);
SpotsFactValue     spots_fact_value_from_string   (const char        *value);
const char        *spots_fact_value_to_string     (SpotsFactValue     value);
const char        *spots_fact_get_label           (SpotsFact          fact);
char              *spots_fact_get_label_for_text  (SpotsFact          fact);
char              *spots_compare_facts_describe   (SpotsCompareFacts *self,
                                                   SpotsFact          fact);
const char        *spots_fact_value_get_label     (SpotsFactValue     value);

G_END_DECLS
