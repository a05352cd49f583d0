/* spots-test-util.h: helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <glib.h>

#include "spots-checklist.h"
#include "spots-library.h"

G_BEGIN_DECLS

/* The <reviewed> element every article ends with (the schema requires it). */
#define SPOTS_TEST_REVIEWED \
  "  <reviewed date=\"2026-12-02\" next=\"2027-12-02\">" \
  "<against citation=\"Test guidance\"/></reviewed>\n"

/* The fixture of tests that need a scratch folder (and room for a
 * program's output): use with cmocka_unit_test_setup_teardown. */
typedef struct
{
  char *dir;
  char *out;
  char *err;
} SpotsTestFixture;

#define spots_test_with_fixture(test) \
  cmocka_unit_test_setup_teardown (test, spots_test_fixture_setup, spots_test_fixture_teardown)

int          spots_test_fixture_setup    (void        **state);
int          spots_test_fixture_teardown (void        **state);

char        *spots_test_dump_article   (SpotsArticle *article);
char        *spots_test_make_dir       (void);
void         spots_test_remove_dir     (const char   *path);
void         spots_test_write_file     (const char   *dir,
                                        const char   *name,
                                        const char   *contents,
                                        gssize        length);
const char  *spots_test_source_dir    (void);
const char  *spots_test_build_dir     (void);
char        *spots_test_problems_text  (SpotsLibrary *library);
int          spots_test_run_program    (const char * const *argv,
                                        char              **out,
                                        char              **err);

char        *spots_test_use_private_home (void);

SpotsLibrary *spots_test_check_content (const char *path);
void          spots_test_assert_placed (const GError *problem);

/* Cases found by their files: NAME.xml, with what it must give in
 * NAME.expected beside it. */
typedef void (*SpotsTestStillThere) (SpotsLibrary *library);

GPtrArray   *spots_test_list_files       (const char          *folder,
                                          const char          *suffix);
GPtrArray   *spots_test_list_cases       (const char          *folder);
gboolean     spots_test_matches_expected (const char          *path,
                                          const char          *actual);
char        *spots_test_problems_report  (SpotsLibrary        *library,
                                          const char          *folder);
void         spots_test_check_bad_inputs (const char          *folder,
                                          SpotsTestStillThere  still_there);

/* cmocka's assertions, with messages that say what was expected. */
#define assert_contains(haystack, needle) \
  spots_test_assert_contains ((haystack), (needle), __FILE__, __LINE__)
#define assert_not_contains(haystack, needle) \
  spots_test_assert_not_contains ((haystack), (needle), __FILE__, __LINE__)

void spots_test_assert_contains     (const char *haystack,
                                     const char *needle,
                                     const char *file,
                                     int         line);
void spots_test_assert_not_contains (const char *haystack,
                                     const char *needle,
                                     const char *file,
                                     int         line);

G_END_DECLS
