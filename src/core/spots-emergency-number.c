/* spots-emergency-number.c: which number to call, by region
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An emergency result must say what to dial. The reader chooses the number
 * once (preferences); until then we guess from the telephone and language
 * settings of the system. 112 works from any mobile phone in Europe and
 * in many other countries, so it is the fallback, and the result page
 * always adds "or your local emergency number".
 */
#define G_LOG_DOMAIN "spots-emergency-number"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "spots-emergency-number.h"

static const struct
{
  const char *region;
  const char *number;
} numbers[] = {
  { "US", "911" }, { "CA", "911" }, { "MX", "911" }, { "PR", "911" },
  { "GB", "999" }, { "IE", "112" }, { "HK", "999" }, { "MY", "999" },
  { "AU", "000" },
  { "NZ", "111" },
  { "IN", "112" },
};

/**
 * spots_emergency_number_for_region:
 * @region: (nullable): an ISO 3166 country code, such as "GB"
 *
 * Returns: the emergency number most people there know; "112" when the
 *   region is unknown.
 */
const char *
spots_emergency_number_for_region (const char *region)
{
  for (gsize i = 0; region != NULL && i < G_N_ELEMENTS (numbers); i++)
    if (g_ascii_strcasecmp (numbers[i].region, region) == 0)
      return numbers[i].number;

  return "112";
}

/**
 * spots_emergency_region_from_locale:
 * @locale: (nullable): a locale name such as "en_GB.UTF-8" or "de_AT@euro"
 *
 * Returns: (transfer full) (nullable): the upper-case region, "GB", or
 *   %NULL if the locale names none ("C", "en").
 */
char *
spots_emergency_region_from_locale (const char *locale)
{
  const char *underscore;
  gsize len = 0;

  if (locale == NULL || (underscore = strchr (locale, '_')) == NULL)
    return NULL;

  underscore++;
  while (g_ascii_isalpha (underscore[len]))
    len++;

  if (len != 2)
    return NULL;

  return g_ascii_strup (underscore, (gssize) len);
}

/**
 * spots_emergency_number_default:
 *
 * Returns: the number for the region of the telephone settings (or, if
 *   they name none, of the language settings).
 */
const char *
spots_emergency_number_default (void)
{
  const char *candidates[] = {
    setlocale (LC_TELEPHONE, NULL),
    g_getenv ("LC_ALL"),
    g_getenv ("LC_TELEPHONE"),
    /* The user's setting, not setlocale (LC_MESSAGES): main() may borrow a
     * locale such as en_US only to make gettext read LANGUAGE, and its
     * region is not the user's. */
    g_getenv ("LC_MESSAGES"),
    g_getenv ("LANG"),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *region = spots_emergency_region_from_locale (candidates[i]);

      if (region != NULL)
        return spots_emergency_number_for_region (region);
    }

  return spots_emergency_number_for_region (NULL);
}

/**
 * spots_emergency_number_is_valid:
 *
 * Returns: %TRUE if @number looks like something to dial: 2 to 15 digits,
 *   optionally with a leading "+" and spaces or hyphens between digits.
 */
gboolean
spots_emergency_number_is_valid (const char *number)
{
  guint digits = 0;

  if (number == NULL)
    return FALSE;

  for (const char *p = number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!(*p == '+' && p == number) && *p != ' ' && *p != '-')
        return FALSE;
    }

  return digits >= 2 && digits <= 15;
}

/**
 * spots_emergency_number_describe:
 * @number: the number to call first: the one chosen in Preferences, or
 *   spots_emergency_number_default()
 *
 * Returns: (transfer full): what to call, with the numbers of the places
 *   most readers are in written out, for someone who is travelling or has
 *   never changed the setting.
 */
char *
spots_emergency_number_describe (const char *number)
{
  g_return_val_if_fail (number != NULL, NULL);

  /* Translators: %s is the emergency number chosen in Preferences, such as
   * 112; keep the other numbers as they are. */
  return g_strdup_printf (_("Call %s now, or your local emergency number: 999 in the UK, 112 in "
                            "Europe, 911 in North America, 000 in Australia."), number);
}
