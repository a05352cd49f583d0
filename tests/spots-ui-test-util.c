/* spots-ui-test-util.c: helpers for the tests that drive real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "spots-ui-test-util.h"

/* Every warning and critical fails the test, except one that GTK 4.24
 * itself prints on X11 when a popover opens without a compositor, which
 * says nothing about this program. Warnings are written with the standard
 * streams writer, not g_log_writer_default(): under G_DEBUG=fatal-warnings
 * (every suite's) the default writer aborts on any warning by itself,
 * before this one can let the exception through. */
static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  if ((level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR)) == 0)
    return g_log_writer_default (level, fields, n_fields, user_data);

  g_log_writer_standard_streams (level, fields, n_fields, user_data);
  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

  if (g_strcmp0 (domain, "Gdk") == 0 && message != NULL &&
      strstr (message, "gdk_frame_timings_submitted() called on submitted frame") != NULL)
    return G_LOG_WRITER_HANDLED;

  abort ();
}

/* Not gtk_test_init(): its g_test_init() prints a TAP header of GLib's own
 * on newer GLib (2.90), which breaks the TAP stream that cmocka writes, and
 * GTK 4.24 switches the locale to en_US.UTF-8, which a minimal system may
 * not have. What the tests need from it is GTK itself and warnings and
 * criticals that abort. */
void
spots_ui_test_init (void)
{
  g_log_set_writer_func (write_log, NULL, NULL);
  gtk_init ();
}

/* One application for a whole test program, as in real life: registered
 * but not run, without the single-instance check. Group setup and teardown
 * for cmocka_run_group_tests(). */
static SpotsApplication *application;

int
spots_ui_test_setup_application (void **state)
{
  SpotsCommandLine command_line = { 0 };
  g_autoptr(GError) error = NULL;

  application = spots_application_new (&command_line);
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

  return 0;
}

int
spots_ui_test_teardown_application (void **state)
{
  g_clear_object (&application);
  return 0;
}

SpotsApplication *
spots_ui_test_application (void)
{
  g_assert_nonnull (application);
  return application;
}

/* Depth-first: every widget under ROOT of TYPE, in reading order. */
void
spots_ui_test_collect (GtkWidget *root,
                       GType      type,
                       GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      spots_ui_test_collect (child, type, found);
    }
}

/* The first widget of TYPE under ROOT; aborts the test if there is none. */
gpointer
spots_ui_test_find_one (GtkWidget *root,
                        GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  spots_ui_test_collect (root, type, found);
  g_assert_cmpuint (found->len, >=, 1);

  return g_ptr_array_index (found, 0);
}

/* The window's main menu button (PRIMARY), or its other menu button. */
GtkMenuButton *
spots_ui_test_find_menu_button (GtkWidget *root,
                                gboolean   primary)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  spots_ui_test_collect (root, GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_primary (g_ptr_array_index (buttons, i)) == primary)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* The first label on screen (mapped) whose text contains TEXT. */
GtkLabel *
spots_ui_test_find_label (GtkWidget  *root,
                          const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  spots_ui_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i)) &&
        strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* Lets GTK catch up: idles, the search entry's short typing delay, a
 * frame drawn. */
void
spots_ui_test_settle (GtkWidget *widget)
{
  gint64 until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (5000);
  gtk_test_widget_wait_for_draw (widget);
}
