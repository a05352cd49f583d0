/* test-button-row.c: buttons side by side, stacked when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SpotsButtonRowLayout with real buttons: a row where the buttons fit,
 * one per line each the full width where they do not, "stack-below" for
 * the home page's cards, "homogeneous" for the answer buttons, expanding
 * children taking what is left, the row mirrored right to left, and each
 * property notifying once per real change and never for an equal value.
 */
#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

#include "spots-button-row.h"
#include "spots-test-util.h"
#include "spots-ui-test-util.h"

typedef struct
{
  GtkWidget *row;
  GtkWidget *buttons[3];
  int row_minimum;              /* the three side by side, at their minimum */
  int row_natural;
} Fixture;

static const char *labels[] = { "Yes", "No, not at all", "Not sure" };

static SpotsButtonRowLayout *
layout_of (Fixture *fixture)
{
  return spots_button_row_get_layout (SPOTS_BUTTON_ROW (fixture->row));
}

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->row = g_object_ref_sink (spots_button_row_new (10));
  for (guint i = 0; i < G_N_ELEMENTS (fixture->buttons); i++)
    {
      int minimum, natural;

      fixture->buttons[i] = gtk_button_new_with_label (labels[i]);
      gtk_widget_set_parent (fixture->buttons[i], fixture->row);
      gtk_widget_measure (fixture->buttons[i], GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, &natural, NULL, NULL);
      fixture->row_minimum += minimum;
      fixture->row_natural += natural;
    }
  fixture->row_minimum += 2 * 10;
  fixture->row_natural += 2 * 10;

  *state = fixture;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  g_object_unref (fixture->row);
  g_free (fixture);
  return 0;
}

static graphene_rect_t
bounds_of (Fixture *fixture,
           guint    i)
{
  graphene_rect_t bounds;

  assert_true (gtk_widget_compute_bounds (fixture->buttons[i], fixture->row, &bounds));
  return bounds;
}

/* Measures the row for WIDTH as its parent would, and gives it that. */
static int
allocate (Fixture *fixture,
          int      width)
{
  int height;

  gtk_widget_measure (fixture->row, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  gtk_widget_allocate (fixture->row, width, height, -1, NULL);
  return height;
}

static void
assert_in_a_row (Fixture *fixture)
{
  for (guint i = 1; i < G_N_ELEMENTS (fixture->buttons); i++)
    {
      graphene_rect_t before = bounds_of (fixture, i - 1);
      graphene_rect_t bounds = bounds_of (fixture, i);

      assert_float_equal (bounds.origin.y, before.origin.y, 0.5);
      assert_float_equal (bounds.origin.x, before.origin.x + before.size.width + 10, 0.5);
    }
}

static void
assert_stacked (Fixture *fixture,
                int      width)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->buttons); i++)
    {
      graphene_rect_t bounds = bounds_of (fixture, i);

      assert_float_equal (bounds.origin.x, 0, 0.5);
      assert_float_equal (bounds.size.width, width, 0.5);
      if (i > 0)
        {
          graphene_rect_t before = bounds_of (fixture, i - 1);

          assert_float_equal (bounds.origin.y, before.origin.y + before.size.height + 10, 0.5);
        }
    }
}

static void
test_asks_only_for_its_widest_button (void **state)
{
  Fixture *fixture = *state;
  int minimum, natural, widest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fixture->buttons); i++)
    {
      int button_minimum;

      gtk_widget_measure (fixture->buttons[i], GTK_ORIENTATION_HORIZONTAL, -1,
                          &button_minimum, NULL, NULL, NULL);
      widest = MAX (widest, button_minimum);
    }
  gtk_widget_measure (fixture->row, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                      NULL, NULL);

  assert_int_equal (minimum, widest);
  assert_int_equal (natural, fixture->row_natural);
}

static void
test_a_row_where_they_fit (void **state)
{
  Fixture *fixture = *state;
  int height = allocate (fixture, fixture->row_natural + 100);

  assert_in_a_row (fixture);
  /* Natural widths from the start; the rest of the width stays empty. */
  assert_float_equal (bounds_of (fixture, 0).origin.x, 0, 0.5);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->buttons); i++)
    {
      int natural;

      gtk_widget_measure (fixture->buttons[i], GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural,
                          NULL, NULL);
      assert_float_equal (bounds_of (fixture, i).size.width, natural, 0.5);
      assert_float_equal (bounds_of (fixture, i).size.height, height, 0.5);
    }
}

static void
test_stacked_where_they_do_not (void **state)
{
  Fixture *fixture = *state;
  int row_height, stacked_height;

  row_height = allocate (fixture, fixture->row_natural);
  stacked_height = allocate (fixture, fixture->row_minimum - 1);

  assert_stacked (fixture, fixture->row_minimum - 1);
  assert_true (stacked_height > 2 * row_height);
}

static void
test_stack_below (void **state)
{
  Fixture *fixture = *state;
  int natural;

  spots_button_row_layout_set_stack_below (layout_of (fixture), fixture->row_natural + 50);
  gtk_widget_measure (fixture->row, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  /* A parent that gives the natural width gets a row. */
  assert_int_equal (natural, fixture->row_natural + 50);

  allocate (fixture, fixture->row_natural + 49);
  assert_stacked (fixture, fixture->row_natural + 49);

  allocate (fixture, fixture->row_natural + 50);
  assert_in_a_row (fixture);
}

static void
test_homogeneous (void **state)
{
  Fixture *fixture = *state;
  int widest, width;

  gtk_widget_measure (fixture->buttons[1], GTK_ORIENTATION_HORIZONTAL, -1, NULL, &widest,
                      NULL, NULL);
  width = 3 * widest + 20 + 30;
  spots_button_row_layout_set_homogeneous (layout_of (fixture), TRUE);
  allocate (fixture, width);

  assert_in_a_row (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->buttons); i++)
    assert_float_equal (bounds_of (fixture, i).size.width, (width - 20) / 3, 0.5);

  /* Too narrow for three of the widest: stacked, though the buttons at
   * their own widths would fit. */
  allocate (fixture, 3 * widest + 20 - 1);
  assert_true (3 * widest + 20 - 1 >= fixture->row_minimum);
  assert_stacked (fixture, 3 * widest + 20 - 1);
}

static void
test_expanding_child_takes_the_rest (void **state)
{
  Fixture *fixture = *state;
  int natural;

  gtk_widget_set_hexpand (fixture->buttons[1], TRUE);
  gtk_widget_measure (fixture->buttons[1], GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural,
                      NULL, NULL);
  allocate (fixture, fixture->row_natural + 100);

  assert_in_a_row (fixture);
  assert_float_equal (bounds_of (fixture, 1).size.width, natural + 100, 0.5);
}

static void
test_right_to_left (void **state)
{
  Fixture *fixture = *state;
  int width = fixture->row_natural + 100;
  graphene_rect_t first;

  gtk_widget_set_direction (fixture->row, GTK_TEXT_DIR_RTL);
  allocate (fixture, width);
  first = bounds_of (fixture, 0);

  /* The first button at the right edge, the next to its left. */
  assert_float_equal (first.origin.x + first.size.width, width, 0.5);
  assert_true (bounds_of (fixture, 1).origin.x < first.origin.x);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(int *) user_data)++;
}

static void
assert_notifies_once_per_change (GObject    *object,
                                 const char *property,
                                 int         first,
                                 int         second)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);
  int notified = 0;
  gulong handler = g_signal_connect (object, signal, G_CALLBACK (count_notify), &notified);

  g_object_set (object, property, first, NULL);
  notified = 0;

  g_object_set (object, property, first, NULL);
  assert_int_equal (notified, 0);
  g_object_set (object, property, second, NULL);
  assert_int_equal (notified, 1);
  g_object_set (object, property, second, NULL);
  assert_int_equal (notified, 1);
  g_object_set (object, property, first, NULL);
  assert_int_equal (notified, 2);

  g_signal_handler_disconnect (object, handler);
}

static void
test_notify_once_per_real_change (void **state)
{
  Fixture *fixture = *state;
  GObject *layout = G_OBJECT (layout_of (fixture));
  int notified = 0;

  assert_notifies_once_per_change (layout, "spacing", 10, 4);
  assert_notifies_once_per_change (layout, "homogeneous", FALSE, TRUE);
  assert_notifies_once_per_change (layout, "stack-below", 0, 640);

  /* The C setters go the same way. */
  g_signal_connect (layout, "notify", G_CALLBACK (count_notify), &notified);
  spots_button_row_layout_set_spacing (layout_of (fixture), 10);
  spots_button_row_layout_set_homogeneous (layout_of (fixture), FALSE);
  spots_button_row_layout_set_stack_below (layout_of (fixture), 0);
  assert_int_equal (notified, 0);
  spots_button_row_layout_set_spacing (layout_of (fixture), 11);
  assert_int_equal (notified, 1);
}

int
main (int    argc,
      char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_asks_only_for_its_widest_button, setup, teardown),
    cmocka_unit_test_setup_teardown (test_a_row_where_they_fit, setup, teardown),
    cmocka_unit_test_setup_teardown (test_stacked_where_they_do_not, setup, teardown),
    cmocka_unit_test_setup_teardown (test_stack_below, setup, teardown),
    cmocka_unit_test_setup_teardown (test_homogeneous, setup, teardown),
    cmocka_unit_test_setup_teardown (test_expanding_child_takes_the_rest, setup, teardown),
    cmocka_unit_test_setup_teardown (test_right_to_left, setup, teardown),
    cmocka_unit_test_setup_teardown (test_notify_once_per_real_change, setup, teardown),
  };

  setlocale (LC_ALL, "C.UTF-8");
  spots_ui_test_init ();

  return cmocka_run_group_tests_name ("button row", tests, NULL, NULL);
}
