/* test-emergency-number.c: the number an emergency result tells you to dial
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "spots-emergency-number.h"
#include "spots-test-util.h"

static void
test_numbers_by_region (void **state)
{
  assert_string_equal (spots_emergency_number_for_region ("US"), "911");
  assert_string_equal (spots_emergency_number_for_region ("ca"), "911");
  assert_string_equal (spots_emergency_number_for_region ("GB"), "999");
  assert_string_equal (spots_emergency_number_for_region ("AU"), "000");
  assert_string_equal (spots_emergency_number_for_region ("NZ"), "111");
  assert_string_equal (spots_emergency_number_for_region ("DE"), "112");
  assert_string_equal (spots_emergency_number_for_region ("FR"), "112");
  /* Unknown or none: 112, which most mobile phones connect anywhere. */
  assert_string_equal (spots_emergency_number_for_region ("ZZ"), "112");
  assert_string_equal (spots_emergency_number_for_region (NULL), "112");
}

static void
test_region_from_locale (void **state)
{
  const struct { const char *locale; const char *region; } cases[] = {
    { "en_GB.UTF-8", "GB" }, { "en_US", "US" }, { "de_AT@euro", "AT" },
    { "pt_br.utf8", "BR" }, { "C", NULL }, { "C.UTF-8", NULL }, { "en", NULL },
    { "", NULL }, { NULL, NULL }, { "x_ABC", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *region = spots_emergency_region_from_locale (cases[i].locale);

      if (cases[i].region == NULL)
        assert_null (region);
      else
        assert_string_equal (region, cases[i].region);
    }
}

static void
test_valid_numbers (void **state)
{
  assert_true (spots_emergency_number_is_valid ("112"));
  assert_true (spots_emergency_number_is_valid ("995"));
  assert_true (spots_emergency_number_is_valid ("+44 20 7946 0000"));
  assert_true (spots_emergency_number_is_valid ("1-1-2"));
  assert_false (spots_emergency_number_is_valid (""));
  assert_false (spots_emergency_number_is_valid ("1"));
  assert_false (spots_emergency_number_is_valid ("call me"));
  assert_false (spots_emergency_number_is_valid ("11+2"));
  assert_false (spots_emergency_number_is_valid ("1234567890123456"));
  assert_false (spots_emergency_number_is_valid (NULL));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_numbers_by_region),
    cmocka_unit_test (test_region_from_locale),
    cmocka_unit_test (test_valid_numbers),
  };

  setlocale (LC_ALL, "C.UTF-8");

  return cmocka_run_group_tests_name ("emergency-number", tests, NULL, NULL);
}
