/* spots-style-manager.c: light or dark, following the desktop or the user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 does not follow the desktop's dark preference by itself (that came
 * with libadwaita), so we ask the Settings portal, which works inside and
 * outside Flatpak: org.freedesktop.appearance color-scheme is 1 for "prefer
 * dark". The "style" setting can override it with "light" or "dark". The
 * result goes to gtk-application-prefer-dark-theme, or on GTK 4.20 and
 * later to gtk-interface-color-scheme, which replaces it.
 */
#define G_LOG_DOMAIN "spots-style-manager"

#include "config.h"

#include "spots-gtk-version.h"
#include "spots-style-manager.h"

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS_INTERFACE "org.freedesktop.portal.Settings"

enum {
  STYLE_SYSTEM,
  STYLE_LIGHT,
  STYLE_DARK,
};

struct _SpotsStyleManager
{
  GObject parent_instance;

  GSettings *settings;
  GDBusProxy *portal;
  gboolean system_prefers_dark;
  gboolean dark;
};

G_DEFINE_FINAL_TYPE (SpotsStyleManager, spots_style_manager, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * spots_style_manager_gtk_is_dark:
 *
 * Returns: whether GTK has been told to use the dark style. (On GTK 4.20
 *   and later, "follow the system" leaves GTK in its default scheme, which
 *   follows the desktop by itself and counts as not told.)
 */
gboolean
spots_style_manager_gtk_is_dark (void)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
#if SPOTS_GTK_4_20
  GtkInterfaceColorScheme scheme = GTK_INTERFACE_COLOR_SCHEME_DEFAULT;

  if (gtk_settings != NULL)
    g_object_get (gtk_settings, "gtk-interface-color-scheme", &scheme, NULL);
  return scheme == GTK_INTERFACE_COLOR_SCHEME_DARK;
#else
  gboolean dark = FALSE;

  if (gtk_settings != NULL)
    g_object_get (gtk_settings, "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
#endif
}

/* Setting either property reloads the whole theme even when the value
 * stays the same, which costs several milliseconds at start-up: each is set
 * only when it changes. */
static void
tell_gtk (int      style,
          gboolean dark)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
#if SPOTS_GTK_4_20
  /* GTK 4.20 follows the portal by itself in the default scheme. */
  GtkInterfaceColorScheme wanted = style == STYLE_SYSTEM ? GTK_INTERFACE_COLOR_SCHEME_DEFAULT
                                   : dark                ? GTK_INTERFACE_COLOR_SCHEME_DARK
                                                         : GTK_INTERFACE_COLOR_SCHEME_LIGHT;
  GtkInterfaceColorScheme current = GTK_INTERFACE_COLOR_SCHEME_DEFAULT;

  if (gtk_settings == NULL)
    return;
  g_object_get (gtk_settings, "gtk-interface-color-scheme", &current, NULL);
  if (current != wanted)
    g_object_set (gtk_settings, "gtk-interface-color-scheme", wanted, NULL);
#else
  if (gtk_settings != NULL && spots_style_manager_gtk_is_dark () != dark)
    g_object_set (gtk_settings, "gtk-application-prefer-dark-theme", dark, NULL);
#endif
}

static void
apply (SpotsStyleManager *self)
{
  int style = g_settings_get_enum (self->settings, "style");
  gboolean dark = style == STYLE_DARK || (style == STYLE_SYSTEM && self->system_prefers_dark);

  tell_gtk (style, dark);

  if (dark != self->dark)
    {
      self->dark = dark;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
    }
}

/* The portal wraps the value in one or two variants, depending on the
 * method and version: unwrap all of them. */
static void
read_color_scheme (SpotsStyleManager *self,
                   GVariant          *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);

  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *child = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = child;
    }

  if (g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    self->system_prefers_dark = g_variant_get_uint32 (inner) == 1;

  apply (self);
}

static void
on_portal_signal (GDBusProxy        *proxy,
                  const char        *sender,
                  const char        *signal,
                  GVariant          *parameters,
                  SpotsStyleManager *self)
{
  const char *namespace;
  const char *key;
  g_autoptr(GVariant) value = NULL;

  if (g_strcmp0 (signal, "SettingChanged") != 0)
    return;

  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_str_equal (namespace, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    read_color_scheme (self, value);
}

static void
on_read_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SpotsStyleManager) self = user_data;
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, NULL);

  if (reply != NULL)
    {
      g_autoptr(GVariant) value = g_variant_get_child_value (reply, 0);

      read_color_scheme (self, value);
    }
}

static void
on_portal_ready (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SpotsStyleManager) self = user_data;
  g_autoptr(GError) error = NULL;

  self->portal = g_dbus_proxy_new_for_bus_finish (result, &error);
  if (self->portal == NULL)
    {
      g_debug ("No settings portal, so the light style is the system's: %s", error->message);
      return;
    }

  g_signal_connect_object (self->portal, "g-signal", G_CALLBACK (on_portal_signal), self, 0);
  g_dbus_proxy_call (self->portal, "Read",
                     g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                     G_DBUS_CALL_FLAGS_NONE, 2000, NULL, on_read_done, g_object_ref (self));
}

static void
spots_style_manager_finalize (GObject *object)
{
  SpotsStyleManager *self = SPOTS_STYLE_MANAGER (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->portal);

  G_OBJECT_CLASS (spots_style_manager_parent_class)->finalize (object);
}

static void
spots_style_manager_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SpotsStyleManager *self = SPOTS_STYLE_MANAGER (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_style_manager_class_init (SpotsStyleManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = spots_style_manager_finalize;
  object_class->get_property = spots_style_manager_get_property;

  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_style_manager_init (SpotsStyleManager *self)
{
}

SpotsStyleManager *
spots_style_manager_new (GSettings *settings)
{
  SpotsStyleManager *self = g_object_new (SPOTS_TYPE_STYLE_MANAGER, NULL);

  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::style", G_CALLBACK (apply), self,
                           G_CONNECT_SWAPPED);
  apply (self);

  g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION,
                            G_DBUS_PROXY_FLAGS_DO_NOT_LOAD_PROPERTIES |
                            G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START_AT_CONSTRUCTION,
                            NULL, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH, PORTAL_SETTINGS_INTERFACE,
                            NULL, on_portal_ready, g_object_ref (self));

  return self;
}

gboolean
spots_style_manager_is_dark (SpotsStyleManager *self)
{
  g_return_val_if_fail (SPOTS_IS_STYLE_MANAGER (self), FALSE);

  return self->dark;
}
