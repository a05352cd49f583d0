/* spots-settings-repair.c: settings that no longer fit are put right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Settings outlive what they point at: an article's file is deleted, a
 * window was last closed on a larger screen, a keyfile was edited by hand.
 * None of that may cost the reader anything: each value that no longer
 * fits is put right, silently, and only that key is written.
 *
 * GSettings already ignores a value outside a key's range (text-zoom) and
 * reads the default instead; what it cannot know is which article ids
 * exist, how big the screen is, or what makes an emergency number.
 */
#define G_LOG_DOMAIN "spots-settings-repair"

#include "config.h"

#include <math.h>

#include "spots-emergency-number.h"
#include "spots-settings-repair.h"

/**
 * spots_settings_repair_content:
 * @library: the library once everything has loaded
 *
 * Forgets the last article if it is gone. Bookmarks lose duplicates and
 * empty ids; a bookmark of an article that is gone is dropped too, but
 * only when the content had no problems: while a file is broken, the
 * bookmark may be of the article it holds, and that file may be fixed.
 *
 * Returns: whether anything was written.
 */
gboolean
spots_settings_repair_content (GSettings    *settings,
                               SpotsLibrary *library)
{
  g_autofree char *last = NULL;
  g_auto(GStrv) bookmarks = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean can_drop_missing;
  gboolean changed = FALSE;
  guint n_kept = 0;
  guint n_bookmarks;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (SPOTS_IS_LIBRARY (library), FALSE);

  last = g_settings_get_string (settings, "last-article");
  if (last[0] != '\0' && spots_library_lookup (library, last) == NULL)
    {
      g_settings_reset (settings, "last-article");
      changed = TRUE;
    }

  can_drop_missing = spots_library_get_problems (library)->len == 0;
  bookmarks = g_settings_get_strv (settings, "bookmarks");
  n_bookmarks = g_strv_length (bookmarks);
  for (guint i = 0; i < n_bookmarks; i++)
    {
      const char *id = bookmarks[i];

      if (id[0] == '\0' || g_hash_table_contains (seen, id) ||
          (can_drop_missing && spots_library_lookup (library, id) == NULL))
        continue;

      g_hash_table_add (seen, (gpointer) id);
      g_strv_builder_add (kept, id);
      n_kept++;
    }

  if (n_kept != n_bookmarks)
    {
      g_auto(GStrv) repaired = g_strv_builder_end (kept);

      g_settings_set_strv (settings, "bookmarks", (const char * const *) repaired);
      changed = TRUE;
    }

  return changed;
}

/**
 * spots_settings_repair_values:
 *
 * Resets an emergency number that is not one (the default for the region
 * is used instead) and a text zoom that is not a number in range.
 *
 * Returns: whether anything was written.
 */
gboolean
spots_settings_repair_values (GSettings *settings)
{
  g_autofree char *number = NULL;
  double zoom;
  gboolean changed = FALSE;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);

  number = g_settings_get_string (settings, "emergency-number");
  if (number[0] != '\0' && !spots_emergency_number_is_valid (number))
    {
      g_settings_reset (settings, "emergency-number");
      changed = TRUE;
    }

  zoom = g_settings_get_double (settings, "text-zoom");
  if (!isfinite (zoom) || zoom < 0.5 || zoom > 3.0)
    {
      g_settings_reset (settings, "text-zoom");
      changed = TRUE;
    }

  return changed;
}

static int
fit (int size,
     int smallest,
     int largest,
     int otherwise)
{
  if (size <= 0)
    return MIN (otherwise, largest);

  return CLAMP (size, MIN (smallest, largest), largest);
}

/**
 * spots_settings_repair_window_size:
 * @screen_width: the largest monitor's width, or 0 if not known
 * @screen_height: its height, or 0 if not known
 *
 * A window size of zero or less, or larger than the screen, becomes one
 * that fits (the default where there is none).
 *
 * Returns: whether anything was written.
 */
gboolean
spots_settings_repair_window_size (GSettings *settings,
                                   int        screen_width,
                                   int        screen_height)
{
  g_autoptr(GVariant) default_width = NULL;
  g_autoptr(GVariant) default_height = NULL;
  int width, height, fitted_width, fitted_height;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);

  default_width = g_settings_get_default_value (settings, "window-width");
  default_height = g_settings_get_default_value (settings, "window-height");
  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  fitted_width = fit (width, SPOTS_WINDOW_MIN_WIDTH, screen_width > 0 ? screen_width : G_MAXINT,
                      g_variant_get_int32 (default_width));
  fitted_height = fit (height, SPOTS_WINDOW_MIN_HEIGHT,
                       screen_height > 0 ? screen_height : G_MAXINT,
                       g_variant_get_int32 (default_height));

  if (fitted_width == width && fitted_height == height)
    return FALSE;

  g_settings_set_int (settings, "window-width", fitted_width);
  g_settings_set_int (settings, "window-height", fitted_height);
  return TRUE;
}
