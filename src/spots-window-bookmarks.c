/* spots-window-bookmarks.c: the bookmarks menu and the star
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bookmarks are article ids in the "bookmarks" setting, newest first. The
 * window's bookmarked property says whether the article shown is one; the
 * win.bookmark property action toggles it, so Ctrl+D, the star and the
 * menu all go through the same setter.
 */
#define G_LOG_DOMAIN "spots-window-bookmarks"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-tooltip.h"
#include "spots-window-private.h"

static gboolean
is_bookmarked (SpotsWindow  *self,
               SpotsArticle *article)
{
  g_auto(GStrv) bookmarks = NULL;

  if (article == NULL)
    return FALSE;

  bookmarks = g_settings_get_strv (self->settings, "bookmarks");
  return g_strv_contains ((const char * const *) bookmarks, spots_article_get_id (article));
}

static void
rebuild_menu (SpotsWindow *self)
{
  g_auto(GStrv) bookmarks = g_settings_get_strv (self->settings, "bookmarks");
  guint shown = 0;

  g_menu_remove_all (self->bookmarks_menu);

  for (guint i = 0; bookmarks[i] != NULL; i++)
    {
      SpotsArticle *article = spots_library_lookup (self->library, bookmarks[i]);
      g_autoptr(GMenuItem) item = NULL;

      /* A bookmark of an article that is gone (its folder removed) stays
       * in the settings, in case it comes back, but is not offered. */
      if (article == NULL)
        continue;

      item = g_menu_item_new (spots_article_get_title (article), NULL);
      g_menu_item_set_action_and_target (item, "win.show-article", "s", bookmarks[i]);
      g_menu_append_item (self->bookmarks_menu, item);
      shown++;
    }

  if (shown == 0)
    {
      /* Without an action the item is shown insensitive: a note. */
      g_menu_append (self->bookmarks_menu, _("No bookmarks yet: press Ctrl+D on an article"),
                     "win.no-bookmarks");
    }
}

/* The star shows, in its icon and its name, whether this page is kept;
 * whether it is pressed follows win.bookmark's state. */
static void
show_star (SpotsWindow *self)
{
  gtk_button_set_icon_name (GTK_BUTTON (self->bookmark_button),
                            self->bookmarked ? "starred-symbolic" : "non-starred-symbolic");
  spots_tooltip_set_text (GTK_WIDGET (self->bookmark_button),
                          self->bookmarked ? _("Remove Bookmark (Ctrl+D)")
                                           : _("Bookmark This Article (Ctrl+D)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bookmark_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->bookmarked ? _("Remove bookmark")
                                                   : _("Bookmark this article"),
                                  -1);
}

static void
set_bookmarked_state (SpotsWindow *self,
                      gboolean     bookmarked)
{
  if (self->bookmarked == bookmarked)
    return;

  self->bookmarked = bookmarked;
  show_star (self);
  _spots_window_notify (self, "bookmarked");
}

/* After a move or a change of the setting. */
void
_spots_window_bookmarks_update (SpotsWindow *self)
{
  set_bookmarked_state (self, is_bookmarked (self, _spots_window_get_current_article (self)));
}

/**
 * _spots_window_set_bookmarked:
 *
 * Adds the article shown to the bookmarks (newest first), or removes it.
 */
void
_spots_window_set_bookmarked (SpotsWindow *self,
                              gboolean     bookmarked)
{
  SpotsArticle *article = _spots_window_get_current_article (self);
  g_auto(GStrv) bookmarks = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;
  const char *id;

  if (article == NULL || bookmarked == is_bookmarked (self, article))
    return;

  id = spots_article_get_id (article);
  bookmarks = g_settings_get_strv (self->settings, "bookmarks");
  builder = g_strv_builder_new ();
  if (bookmarked)
    g_strv_builder_add (builder, id);
  for (guint i = 0; bookmarks[i] != NULL; i++)
    if (!g_str_equal (bookmarks[i], id))
      g_strv_builder_add (builder, bookmarks[i]);

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "bookmarks", (const char * const *) updated);
}

/* After a change of the setting or of the library. */
void
_spots_window_bookmarks_rebuild (SpotsWindow *self)
{
  rebuild_menu (self);
  _spots_window_bookmarks_update (self);
}

/* A menu's popover is made the first time it opens (by click, F10 or
 * Ctrl+B): building both cost more than a millisecond each before the
 * first frame, for menus that many readers never open. */
static void
add_menu_on_first_popup (GtkMenuButton *button,
                         gpointer       menu)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

void
_spots_window_bookmarks_init (SpotsWindow *self)
{
  gtk_menu_button_set_create_popup_func (self->menu_button, add_menu_on_first_popup,
                                         self->main_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->bookmarks_button, add_menu_on_first_popup,
                                         self->bookmarks_menu, NULL);
  g_signal_connect_object (self->settings, "changed::bookmarks",
                           G_CALLBACK (_spots_window_bookmarks_rebuild), self, G_CONNECT_SWAPPED);
  show_star (self);
}
