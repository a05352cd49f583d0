/* spots-window-views.c: the main window's pages, and the library they show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spots-window-views"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-window-private.h"

static void
set_checklist_library (SpotsWindow *self)
{
  spots_checklist_view_set_library (self->checklist_view, self->library, self->settings);
  if (spots_checklist_view_get_session (self->checklist_view) != NULL)
    g_signal_connect_object (spots_checklist_view_get_session (self->checklist_view), "changed",
                             G_CALLBACK (_spots_window_actions_update), self, G_CONNECT_SWAPPED);
}

/* The checklist, the comparison and the problems are made the first time
 * they are shown: the first frame, on the home page or an article, does
 * not need them. */
static gpointer
add_page (SpotsWindow *self,
          GType        type,
          const char  *name,
          const char  *title)
{
  GtkWidget *view = g_object_new (type, NULL);

  gtk_stack_page_set_title (gtk_stack_add_named (self->stack, view, name), title);
  return view;
}

/**
 * _spots_window_views_ensure:
 *
 * Makes the page for a place of @kind, if it is one made when first shown.
 */
void
_spots_window_views_ensure (SpotsWindow    *self,
                            SpotsPlaceKind  kind)
{
  switch (kind)
    {
    case SPOTS_PLACE_HOME:
    case SPOTS_PLACE_ARTICLE:
    case SPOTS_PLACE_SEARCH:
      /* In the window's template from the start. */
      break;

    case SPOTS_PLACE_CHECKLIST:
      if (self->checklist_view != NULL)
        break;
      self->checklist_view = add_page (self, SPOTS_TYPE_CHECKLIST_VIEW, "checklist",
                                       _("Check Warning Signs"));
      set_checklist_library (self);
      break;

    case SPOTS_PLACE_COMPARE:
      if (self->compare_view != NULL)
        break;
      self->compare_view = add_page (self, SPOTS_TYPE_COMPARE_VIEW, "compare",
                                     _("Compare Look-Alikes"));
      spots_compare_view_set_library (self->compare_view, self->library);
      break;

    case SPOTS_PLACE_PROBLEMS:
      if (self->problems_view != NULL)
        break;
      self->problems_view = add_page (self, SPOTS_TYPE_PROBLEMS_VIEW, "problems",
                                      _("Content Problems"));
      spots_problems_view_set_library (self->problems_view, self->library);
      break;
    }
}

/* Every view takes the application's library and search index: at first,
 * and again when the rest of the content has loaded (see
 * spots-application.c). A checklist already being answered keeps its
 * checklist. */
void
_spots_window_views_take_library (SpotsWindow *self)
{
  SpotsApplication *application = self->application;
  SpotsChecklistSession *session =
    self->checklist_view != NULL ? spots_checklist_view_get_session (self->checklist_view) : NULL;

  g_set_object (&self->library, spots_application_get_library (application));
  g_set_object (&self->search_index, spots_application_get_search_index (application));

  spots_sidebar_set_library (self->sidebar, self->library);
  spots_home_page_set_library (self->home_page, self->library);
  if (self->compare_view != NULL)
    spots_compare_view_set_library (self->compare_view, self->library);
  if (self->problems_view != NULL)
    spots_problems_view_set_library (self->problems_view, self->library);
  if (self->checklist_view != NULL &&
      (session == NULL ||
       spots_checklist_answers_count (spots_checklist_session_get_answers (session)) == 0))
    set_checklist_library (self);
  _spots_window_bookmarks_rebuild (self);
}

