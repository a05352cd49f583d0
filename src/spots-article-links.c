/* spots-article-links.c: links and the keyboard, for SpotsArticleText
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A link in the text is a tag that carries its address ("uri"). A click
 * follows it unless the press selected text; Tab and Shift+Tab visit the
 * links and the anchored buttons in reading order, selecting a link in the
 * text so that Enter follows it and a screen reader reads it.
 */
#define G_LOG_DOMAIN "spots-article-links"

#include "config.h"

#include "spots-article-text-private.h"

static const char *
link_at (GtkTextIter *iter)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);

  for (GSList *l = tags; l != NULL; l = l->next)
    {
      const char *uri = g_object_get_data (l->data, "uri");

      if (uri != NULL)
        return uri;
    }

  return NULL;
}

static const char *
link_at_point (SpotsArticleText *self,
               double            x,
               double            y)
{
  GtkTextIter iter;
  int buffer_x, buffer_y;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &buffer_x, &buffer_y);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, buffer_x, buffer_y))
    return NULL;

  return link_at (&iter);
}

/* The window follows links (win.open-link), and keeps the history. */
static void
open_link (SpotsArticleText *self,
           const char       *uri)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-link", "s", uri);
}

static void
on_released (GtkGestureClick  *gesture,
             int               n_press,
             double            x,
             double            y,
             SpotsArticleText *self)
{
  const char *uri;

  /* A drag that selected text is not a click on a link. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (spots_article_text_buffer (self)))
    return;

  uri = link_at_point (self, x, y);
  if (uri != NULL)
    open_link (self, uri);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SpotsArticleText         *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   link_at_point (self, x, y) != NULL ? "pointer" : "text");
}

static gboolean
is_within (GtkWidget *focus,
           GtkWidget *widget)
{
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Where the keyboard is now, as a position in the reading order. */
static int
focus_position (SpotsArticleText *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkTextIter insert;

  for (guint i = 0; focus != GTK_WIDGET (self) && i < self->children->len; i++)
    {
      const Child *child = &g_array_index (self->children, Child, i);

      if (is_within (focus, child->widget))
        return child->offset;
    }

  gtk_text_buffer_get_iter_at_mark (spots_article_text_buffer (self), &insert,
                                    gtk_text_buffer_get_insert (spots_article_text_buffer (self)));
  return gtk_text_iter_get_offset (&insert);
}

static gboolean
is_stop_focused (SpotsArticleText *self,
                 const FocusStop  *stop)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkTextIter start, end;

  if (stop->widget != NULL)
    return is_within (focus, stop->widget);

  if (focus != GTK_WIDGET (self) ||
      !gtk_text_buffer_get_selection_bounds (spots_article_text_buffer (self), &start, &end))
    return FALSE;

  return gtk_text_iter_get_offset (&start) == stop->start &&
         gtk_text_iter_get_offset (&end) == stop->end;
}

/* The index of the stop the keyboard is on, or where it would be. */
static int
current_stop (SpotsArticleText *self,
              gboolean          forward)
{
  int position = focus_position (self);

  for (guint i = 0; i < self->stops->len; i++)
    if (is_stop_focused (self, &g_array_index (self->stops, FocusStop, i)))
      return (int) i;

  /* Not on a stop: the next one forward starts at or after the cursor. */
  for (guint i = 0; i < self->stops->len; i++)
    if (g_array_index (self->stops, FocusStop, i).start >= position)
      return forward ? (int) i - 1 : (int) i;

  return (int) self->stops->len - (forward ? 1 : 0);
}

static void
focus_stop (SpotsArticleText *self,
            const FocusStop  *stop)
{
  GtkTextBuffer *buffer = spots_article_text_buffer (self);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, stop->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, stop->end);

  if (stop->widget != NULL)
    {
      gtk_widget_grab_focus (stop->widget);
    }
  else
    {
      gtk_widget_grab_focus (GTK_WIDGET (self));
      gtk_text_buffer_select_range (buffer, &start, &end);
    }
  spots_article_text_scroll_to_offset (self, stop->start);
}

/**
 * spots_article_text_move_focus:
 * @forward: %TRUE for the next link or button, %FALSE for the previous one
 *
 * What Tab and Shift+Tab do: move through the links in the text and the
 * anchored buttons, in reading order. A link in the text is selected, so
 * that Enter follows it and a screen reader reads it.
 *
 * Returns: %FALSE past the last (or before the first): the focus may leave.
 */
gboolean
spots_article_text_move_focus (SpotsArticleText *self,
                               gboolean          forward)
{
  int index;

  g_return_val_if_fail (SPOTS_IS_ARTICLE_TEXT (self), FALSE);

  index = current_stop (self, forward) + (forward ? 1 : -1);
  if (index < 0 || index >= (int) self->stops->len)
    return FALSE;

  focus_stop (self, &g_array_index (self->stops, FocusStop, index));
  return TRUE;
}

/**
 * spots_article_text_follow_link_at_cursor:
 *
 * What Enter does: follows the link at the cursor (win.open-link).
 *
 * Returns: %FALSE if the cursor is not on a link.
 */
gboolean
spots_article_text_follow_link_at_cursor (SpotsArticleText *self)
{
  GtkTextIter insert;
  const char *uri;

  g_return_val_if_fail (SPOTS_IS_ARTICLE_TEXT (self), FALSE);

  gtk_text_buffer_get_iter_at_mark (spots_article_text_buffer (self), &insert,
                                    gtk_text_buffer_get_insert (spots_article_text_buffer (self)));
  uri = link_at (&insert);
  if (uri == NULL)
    return FALSE;

  open_link (self, uri);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SpotsArticleText      *self)
{
  gboolean tab = keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab ||
                 keyval == GDK_KEY_ISO_Left_Tab;
  gboolean handled = FALSE;

  state &= gtk_accelerator_get_default_mod_mask ();

  if (tab && (state & ~GDK_SHIFT_MASK) == 0)
    handled = spots_article_text_move_focus (self, keyval != GDK_KEY_ISO_Left_Tab &&
                                                   (state & GDK_SHIFT_MASK) == 0);
  else if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && state == 0 &&
           gtk_widget_has_focus (GTK_WIDGET (self)))
    handled = spots_article_text_follow_link_at_cursor (self);

  return handled ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

void
spots_article_text_add_link_controllers (SpotsArticleText *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  /* Capture: Tab must reach us before a focused anchored button moves the
   * focus by itself. */
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
