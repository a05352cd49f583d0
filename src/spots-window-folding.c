/* spots-window-folding.c: the sidebar, and folding when the window is narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Below SPOTS_WINDOW_FOLD_WIDTH the sidebar and the page no longer fit side
 * by side: the window folds and shows one or the other, and the sidebar
 * button (win.toggle-sidebar, over the sidebar-shown property) switches.
 * Folding hides the sidebar; unfolding restores the reader's choice, kept
 * in sidebar-wanted (the sidebar-visible setting).
 */
#define G_LOG_DOMAIN "spots-window-folding"

#include "config.h"

#include "spots-window-private.h"

static void
apply_sidebar (SpotsWindow *self)
{
  gboolean shown = self->sidebar_shown;

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar), shown);
  gtk_widget_set_visible (self->sidebar_separator, shown && !self->folded);
  /* Folded: the sidebar takes the whole width, instead of the page. */
  gtk_widget_set_visible (GTK_WIDGET (self->stack), !(self->folded && shown));
  gtk_widget_set_hexpand (GTK_WIDGET (self->sidebar), self->folded);

  /* A narrow header bar keeps what matters; bookmarks stay in the menu. */
  gtk_widget_set_visible (self->title_label, !self->folded);
  gtk_widget_set_visible (GTK_WIDGET (self->bookmark_button), !self->folded);
  gtk_widget_set_visible (GTK_WIDGET (self->bookmarks_button), !self->folded);
  /* At 360 px (a phone) the header bar has room for three buttons a side;
   * the main menu has Home Page, as it has the bookmarks. */
  gtk_widget_set_visible (GTK_WIDGET (self->home_button), !self->folded);
}

static void
show_sidebar (SpotsWindow *self,
              gboolean     shown)
{
  if (self->sidebar_shown == shown)
    return;

  self->sidebar_shown = shown;
  apply_sidebar (self);
  _spots_window_notify (self, "sidebar-shown");
}

void
_spots_window_set_sidebar_wanted (SpotsWindow *self,
                                  gboolean     wanted)
{
  if (self->sidebar_wanted == wanted)
    return;

  self->sidebar_wanted = wanted;
  _spots_window_notify (self, "sidebar-wanted");
  if (!self->folded)
    show_sidebar (self, wanted);
}

/* From the button, F9 or a test: when not folded, it is the reader's
 * choice too. */
void
_spots_window_set_sidebar_shown (SpotsWindow *self,
                                 gboolean     shown)
{
  if (!self->folded)
    _spots_window_set_sidebar_wanted (self, shown);
  show_sidebar (self, shown);
}

/* In folded mode, going to a page means leaving the sidebar. */
void
_spots_window_leave_sidebar (SpotsWindow *self)
{
  if (self->folded)
    show_sidebar (self, FALSE);
}

void
_spots_window_set_folded (SpotsWindow *self,
                          gboolean     folded)
{
  if (folded == self->folded)
    return;

  self->folded = folded;
  show_sidebar (self, folded ? FALSE : self->sidebar_wanted);
  apply_sidebar (self);
  _spots_window_notify (self, "folded");
}

static gboolean
update_folding_idle (gpointer user_data)
{
  SpotsWindow *self = user_data;

  self->fold_idle = 0;
  _spots_window_set_folded (self,
                            gtk_widget_get_width (GTK_WIDGET (self)) < SPOTS_WINDOW_FOLD_WIDTH);

  return G_SOURCE_REMOVE;
}

static void
spots_window_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  SpotsWindow *self = SPOTS_WINDOW (widget);
  GtkWidgetClass *parent_class = g_type_class_peek (GTK_TYPE_APPLICATION_WINDOW);

  parent_class->size_allocate (widget, width, height, baseline);

  /* The window is the one widget that learns its width only here, and
   * widgets cannot be shown or hidden during allocation: do it next. */
  if ((width < SPOTS_WINDOW_FOLD_WIDTH) != self->folded && self->fold_idle == 0)
    self->fold_idle = g_idle_add (update_folding_idle, self);
}

void
_spots_window_class_folding_init (GtkWidgetClass *widget_class)
{
  widget_class->size_allocate = spots_window_size_allocate;
}
