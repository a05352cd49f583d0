/* test-history.c: Back and Forward, as the reader meets them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are those in the theory comment of src/core/spots-history.c
 * and in the README's keys table: Back undoes the last move whatever made
 * it, going somewhere new drops what lay ahead, typing a search is one
 * place, and a link to the page already at its top is no move.
 */
#include "config.h"

#include "spots-history.h"
#include "spots-test-util.h"

typedef struct
{
  guint current;
  guint can_go_back;
  guint can_go_forward;
} Notified;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              Notified   *notified)
{
  if (g_str_equal (pspec->name, "current"))
    notified->current++;
  else if (g_str_equal (pspec->name, "can-go-back"))
    notified->can_go_back++;
  else if (g_str_equal (pspec->name, "can-go-forward"))
    notified->can_go_forward++;
}

/* Takes the place: the history holds its own reference. */
static gboolean
go (SpotsHistory *history,
    SpotsPlace   *place)
{
  g_autoptr(SpotsPlace) owned = place;

  return spots_history_go (history, owned);
}

static void
assert_at_article (SpotsHistory *history,
                   const char   *id,
                   const char   *section)
{
  SpotsPlace *place = spots_history_get_current (history);

  assert_non_null (place);
  assert_int_equal (spots_place_get_kind (place), SPOTS_PLACE_ARTICLE);
  assert_string_equal (spots_place_get_article (place), id);
  if (section == NULL)
    assert_null (spots_place_get_section (place));
  else
    assert_string_equal (spots_place_get_section (place), section);
}

static void
assert_at_kind (SpotsHistory   *history,
                SpotsPlaceKind  kind)
{
  SpotsPlace *place = spots_history_get_current (history);

  assert_non_null (place);
  assert_int_equal (spots_place_get_kind (place), kind);
}

static void
test_empty (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();

  assert_null (spots_history_get_current (history));
  assert_false (spots_history_get_can_go_back (history));
  assert_false (spots_history_get_can_go_forward (history));
  assert_false (spots_history_back (history));
  assert_false (spots_history_forward (history));
  assert_int_equal (spots_history_get_length (history), 0);
}

static void
test_back_and_forward_move_the_cursor (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();

  assert_true (go (history, spots_place_new_home ()));
  assert_true (go (history, spots_place_new_article ("petechiae", NULL)));
  assert_true (go (history, spots_place_new_article ("purpura", NULL)));
  assert_int_equal (spots_history_get_length (history), 3);

  assert_true (spots_history_back (history));
  assert_at_article (history, "petechiae", NULL);
  assert_true (spots_history_get_can_go_forward (history));
  assert_true (spots_history_back (history));
  assert_at_kind (history, SPOTS_PLACE_HOME);
  assert_false (spots_history_get_can_go_back (history));
  assert_false (spots_history_back (history));
  assert_at_kind (history, SPOTS_PLACE_HOME);

  assert_true (spots_history_forward (history));
  assert_true (spots_history_forward (history));
  assert_at_article (history, "purpura", NULL);
  assert_false (spots_history_forward (history));
  /* Moving the cursor never adds or drops a place. */
  assert_int_equal (spots_history_get_length (history), 3);
}

static void
test_going_somewhere_new_drops_what_lay_ahead (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();

  go (history, spots_place_new_home ());
  go (history, spots_place_new_article ("petechiae", NULL));
  go (history, spots_place_new_article ("purpura", NULL));
  spots_history_back (history);
  spots_history_back (history);

  assert_true (go (history, spots_place_new_article ("rosacea", NULL)));
  assert_false (spots_history_get_can_go_forward (history));
  assert_int_equal (spots_history_get_length (history), 2);
  assert_true (spots_history_back (history));
  assert_at_kind (history, SPOTS_PLACE_HOME);
}

static void
test_link_to_the_page_at_its_top_is_no_move (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();

  go (history, spots_place_new_article ("petechiae", NULL));
  assert_false (go (history, spots_place_new_article ("petechiae", NULL)));
  assert_int_equal (spots_history_get_length (history), 1);
  assert_false (spots_history_get_can_go_back (history));
}

static void
test_section_of_the_same_page_is_a_move (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();

  go (history, spots_place_new_article ("petechiae", NULL));
  assert_true (go (history, spots_place_new_article ("petechiae", "causes")));
  assert_at_article (history, "petechiae", "causes");
  /* The same section again scrolls there again: a reader may have moved. */
  assert_true (go (history, spots_place_new_article ("petechiae", "causes")));
  /* The top of the page, from a section, is a move too. */
  assert_true (go (history, spots_place_new_article ("petechiae", NULL)));
  assert_int_equal (spots_history_get_length (history), 4);

  assert_true (spots_history_back (history));
  assert_at_article (history, "petechiae", "causes");
}

static void
test_typing_a_search_is_one_place (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();
  const char *typed[] = { "r", "ra", "ras", "rash" };

  go (history, spots_place_new_article ("petechiae", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    assert_true (go (history, spots_place_new_search (typed[i])));

  assert_int_equal (spots_history_get_length (history), 2);
  assert_at_kind (history, SPOTS_PLACE_SEARCH);
  assert_string_equal (spots_place_get_query (spots_history_get_current (history)), "rash");

  /* One Back leaves the search, and Forward returns to the last words. */
  assert_true (spots_history_back (history));
  assert_at_article (history, "petechiae", NULL);
  assert_true (spots_history_forward (history));
  assert_string_equal (spots_place_get_query (spots_history_get_current (history)), "rash");
}

static void
test_search_after_an_article_is_a_new_place (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();

  go (history, spots_place_new_search ("rash"));
  go (history, spots_place_new_article ("heat-rash", NULL));
  assert_true (go (history, spots_place_new_search ("spots")));
  assert_int_equal (spots_history_get_length (history), 3);

  spots_history_back (history);
  spots_history_back (history);
  assert_string_equal (spots_place_get_query (spots_history_get_current (history)), "rash");
}

static void
test_pages_asked_for_while_shown_stay (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();
  SpotsPlace *checklist;

  go (history, spots_place_new_home ());
  assert_false (go (history, spots_place_new_home ()));
  assert_true (go (history, spots_place_new_checklist ()));
  checklist = spots_history_get_current (history);
  /* The checklist keeps its walk: the same place, not a fresh one. */
  assert_false (go (history, spots_place_new_checklist ()));
  assert_ptr_equal (spots_history_get_current (history), checklist);
  assert_true (go (history, spots_place_new_problems ()));
  assert_false (go (history, spots_place_new_problems ()));
  assert_int_equal (spots_history_get_length (history), 3);
}

static void
test_comparison_is_remembered (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();
  const char *first[] = { "petechiae", NULL };
  const char *later[] = { "petechiae", "cherry-angioma", "heat-rash", NULL };
  const char * const *compared;

  go (history, spots_place_new_article ("petechiae", NULL));
  go (history, spots_place_new_compare (first));
  {
    g_autoptr(SpotsPlace) now = spots_place_new_compare (later);

    spots_history_remember (history, now);
  }
  assert_int_equal (spots_history_get_length (history), 2);

  go (history, spots_place_new_article ("rosacea", NULL));
  spots_history_back (history);
  compared = spots_place_get_compared (spots_history_get_current (history));
  assert_true (g_strv_equal (compared, later));

  /* A comparison from the menu starts empty, and is a new place. */
  assert_true (go (history, spots_place_new_compare (NULL)));
  assert_int_equal (g_strv_length ((GStrv) spots_place_get_compared (
                      spots_history_get_current (history))), 0);
}

static void
test_notify_once_per_real_change (void **state)
{
  g_autoptr(SpotsHistory) history = spots_history_new ();
  Notified notified = { 0 };

  g_signal_connect (history, "notify", G_CALLBACK (count_notify), &notified);

  go (history, spots_place_new_home ());
  assert_int_equal (notified.current, 1);
  assert_int_equal (notified.can_go_back, 0);

  go (history, spots_place_new_article ("petechiae", NULL));
  assert_int_equal (notified.current, 2);
  assert_int_equal (notified.can_go_back, 1);

  /* Still able to go back: no second notification. */
  go (history, spots_place_new_article ("purpura", NULL));
  assert_int_equal (notified.current, 3);
  assert_int_equal (notified.can_go_back, 1);
  assert_int_equal (notified.can_go_forward, 0);

  /* A move that is no move notifies nothing. */
  go (history, spots_place_new_article ("purpura", NULL));
  assert_int_equal (notified.current, 3);

  spots_history_back (history);
  assert_int_equal (notified.current, 4);
  assert_int_equal (notified.can_go_forward, 1);
  assert_int_equal (notified.can_go_back, 1);

  spots_history_back (history);
  assert_int_equal (notified.can_go_back, 2);

  /* At the start, Back does nothing and says nothing. */
  spots_history_back (history);
  assert_int_equal (notified.current, 5);
  assert_int_equal (notified.can_go_back, 2);

  /* Going somewhere new from the start drops Forward. */
  go (history, spots_place_new_search ("rash"));
  assert_int_equal (notified.can_go_forward, 2);
  assert_int_equal (notified.can_go_back, 3);
  /* Typing: a new current place, the same ways out. */
  go (history, spots_place_new_search ("rashes"));
  assert_int_equal (notified.current, 7);
  assert_int_equal (notified.can_go_back, 3);
  assert_int_equal (notified.can_go_forward, 2);
}

static void
test_place_equal (void **state)
{
  const char *ids[] = { "a", "b", NULL };
  g_autoptr(SpotsPlace) article = spots_place_new_article ("a", "s");
  g_autoptr(SpotsPlace) same = spots_place_new_article ("a", "s");
  g_autoptr(SpotsPlace) top = spots_place_new_article ("a", NULL);
  g_autoptr(SpotsPlace) compare = spots_place_new_compare (ids);
  g_autoptr(SpotsPlace) compare_same = spots_place_new_compare (ids);
  g_autoptr(SpotsPlace) compare_none = spots_place_new_compare (NULL);

  assert_true (spots_place_equal (article, same));
  assert_false (spots_place_equal (article, top));
  assert_true (spots_place_equal (compare, compare_same));
  assert_false (spots_place_equal (compare, compare_none));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_empty),
    cmocka_unit_test (test_back_and_forward_move_the_cursor),
    cmocka_unit_test (test_going_somewhere_new_drops_what_lay_ahead),
    cmocka_unit_test (test_link_to_the_page_at_its_top_is_no_move),
    cmocka_unit_test (test_section_of_the_same_page_is_a_move),
    cmocka_unit_test (test_typing_a_search_is_one_place),
    cmocka_unit_test (test_search_after_an_article_is_a_new_place),
    cmocka_unit_test (test_pages_asked_for_while_shown_stay),
    cmocka_unit_test (test_comparison_is_remembered),
    cmocka_unit_test (test_notify_once_per_real_change),
    cmocka_unit_test (test_place_equal),
  };

  return cmocka_run_group_tests_name ("history", tests, NULL, NULL);
}
