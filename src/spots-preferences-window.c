/* spots-preferences-window.c: the local emergency number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one preference the checklist needs. Choices apply at once (as in
 * GNOME's settings); an empty setting means "guess from the region".
 */
#define G_LOG_DOMAIN "spots-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-application.h"
#include "spots-emergency-number.h"
#include "spots-preferences-window.h"

/* The numbers of the drop-down's items, in order; the last is "another". */
static const char * const choices[] = { "112", "911", "999", "000", "111" };
#define ANOTHER G_N_ELEMENTS (choices)

struct _SpotsPreferencesWindow
{
  GtkWindow parent_instance;

  GtkDropDown *choice;
  GtkEntry *other_entry;
  GtkLabel *other_error;
  GtkLabel *default_note;

  GSettings *settings;
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (SpotsPreferencesWindow, spots_preferences_window, GTK_TYPE_WINDOW)

/**
 * spots_preferences_dup_emergency_number:
 *
 * Returns: (transfer full): the number chosen, or the default for the
 *   region.
 */
char *
spots_preferences_dup_emergency_number (GSettings *settings)
{
  g_autofree char *number = g_settings_get_string (settings, "emergency-number");

  if (!spots_emergency_number_is_valid (number))
    return g_strdup (spots_emergency_number_default ());

  return g_steal_pointer (&number);
}

/**
 * spots_preferences_dup_chosen_emergency_number:
 *
 * Returns: (transfer full): the number chosen in the running application's
 *   settings, or the default for the region when there is no application
 *   (as in the widget tests).
 */
char *
spots_preferences_dup_chosen_emergency_number (void)
{
  GApplication *application = g_application_get_default ();

  if (SPOTS_IS_APPLICATION (application))
    return spots_preferences_dup_emergency_number (
      spots_application_get_settings (SPOTS_APPLICATION (application)));

  return g_strdup (spots_emergency_number_default ());
}

static void
on_choice_changed (SpotsPreferencesWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->choice);
  gboolean other = selected == ANOTHER;

  gtk_widget_set_visible (GTK_WIDGET (self->other_entry), other);

  if (self->loading)
    return;

  if (other)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->other_entry));
      return;
    }

  if (selected < ANOTHER)
    g_settings_set_string (self->settings, "emergency-number", choices[selected]);
}

static void
on_other_changed (SpotsPreferencesWindow *self)
{
  const char *number = gtk_editable_get_text (GTK_EDITABLE (self->other_entry));
  gboolean valid = spots_emergency_number_is_valid (number);

  gtk_widget_set_visible (GTK_WIDGET (self->other_error), number[0] != '\0' && !valid);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->other_entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               valid || number[0] == '\0' ? GTK_ACCESSIBLE_INVALID_FALSE
                                                          : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);

  if (!self->loading && valid)
    g_settings_set_string (self->settings, "emergency-number", number);
}

static void
load (SpotsPreferencesWindow *self)
{
  g_autofree char *number = spots_preferences_dup_emergency_number (self->settings);
  guint selected = ANOTHER;
  g_autofree char *note = NULL;

  self->loading = TRUE;
  for (guint i = 0; i < ANOTHER; i++)
    if (g_str_equal (choices[i], number))
      selected = i;

  gtk_drop_down_set_selected (self->choice, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->other_entry), selected == ANOTHER);
  if (selected == ANOTHER)
    gtk_editable_set_text (GTK_EDITABLE (self->other_entry), number);
  self->loading = FALSE;

  /* Translators: %s is an emergency number such as 112 */
  note = g_strdup_printf (_("The usual number for your region settings is %s."),
                          spots_emergency_number_default ());
  gtk_label_set_text (self->default_note, note);
}

static void
spots_preferences_window_dispose (GObject *object)
{
  SpotsPreferencesWindow *self = SPOTS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (spots_preferences_window_parent_class)->dispose (object);
}

static void
spots_preferences_window_class_init (SpotsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/spots-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsPreferencesWindow, choice);
  gtk_widget_class_bind_template_child (widget_class, SpotsPreferencesWindow, other_entry);
  gtk_widget_class_bind_template_child (widget_class, SpotsPreferencesWindow, other_error);
  gtk_widget_class_bind_template_child (widget_class, SpotsPreferencesWindow, default_note);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_other_changed);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_close);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
spots_preferences_window_init (SpotsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
spots_preferences_window_new (GtkWindow *parent,
                              GSettings *settings)
{
  SpotsPreferencesWindow *self = g_object_new (SPOTS_TYPE_PREFERENCES_WINDOW,
                                               "transient-for", parent,
                                               NULL);

  self->settings = g_object_ref (settings);
  load (self);

  return GTK_WIDGET (self);
}
