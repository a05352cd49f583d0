/* spots-gtk-version.h: which GTK API the code may use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A newer call may be used when the headers have it and the version caps
 * allow it (meson.build pins the API to GTK 4.8 unless -Dapi_caps=false).
 * GTK_CHECK_VERSION() alone is not enough: with the caps on and newer
 * headers, as in the Flatpak, it would pick calls that the caps forbid.
 */
#pragma once

#include <gtk/gtk.h>

/* GtkFileDialog, GtkUriLauncher, gtk_widget_get_color() */
#if defined (GDK_VERSION_4_10) && GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_10
#define SPOTS_GTK_4_10 1
#else
#define SPOTS_GTK_4_10 0
#endif

/* GtkSettings:gtk-interface-color-scheme, which replaces
 * gtk-application-prefer-dark-theme */
#if defined (GDK_VERSION_4_20) && GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_20
#define SPOTS_GTK_4_20 1
#else
#define SPOTS_GTK_4_20 0
#endif

/* gtk_css_provider_load_from_string() */
#if defined (GDK_VERSION_4_12) && GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_12
#define SPOTS_GTK_4_12 1
#else
#define SPOTS_GTK_4_12 0
#endif
