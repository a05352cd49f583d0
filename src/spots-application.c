/* spots-application.c: the Skin Spots application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns what every window shares: the content library, its search index,
 * and the settings. GApplication parses the command line: display-free
 * commands are answered in handle-local-options, before the bus is used;
 * anything else reaches ::command-line in the primary instance, so a second
 * "skin-spots --article ID" opens that article in the running window. The
 * GNOME Shell search provider is exported beside the application's own
 * D-Bus interfaces (spots-search-provider.c).
 *
 * Start-up shows the built-in content at once. Content from the data
 * folders and --content-dir (which may hold thousands of articles) is
 * loaded, with the built-in content and the search index, on a worker
 * thread; when it is ready the library is swapped in one step on the main
 * thread, ::library-changed tells the windows, and problems are printed on
 * stderr. The worker builds objects nobody else sees until it returns, so
 * nothing is shared between threads while it runs.
 */
#define G_LOG_DOMAIN "spots-application"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "spots-application.h"
#include "spots-gtk-version.h"
#include "spots-preferences-window.h"
#include "spots-search-provider.h"
#include "spots-settings-repair.h"
#include "spots-style-manager.h"
#include "spots-window.h"

struct _SpotsApplication
{
  GtkApplication parent_instance;

  SpotsLibrary *library;
  SpotsSearchIndex *search_index;
  GSettings *settings;
  SpotsStyleManager *style_manager;
  GtkCssProvider *zoom_provider;
  SpotsSearchProvider *search_provider;
  char **content_dirs;
  gboolean local_options_seen; /* handle-local-options ran */
  GThread *builtin_loading; /* the built-in content, while GTK starts */
  gboolean loading;         /* the full library is being loaded */
  char *pending_article;    /* to show once it is loaded */
  gboolean pending_is_asked; /* --article asked for it; else the last one read */
};

enum {
  LIBRARY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SpotsApplication, spots_application, GTK_TYPE_APPLICATION)

static SpotsWindow *
get_window (SpotsApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (spots_window_new (self));

  return SPOTS_WINDOW (window);
}

/* Opens (or raises) the window on @article, on the checklist, or where the
 * reader left off. @invocation, when not %NULL, is the command line that
 * asked: an unknown id is reported on its stderr. */
static void
open_window (SpotsApplication        *self,
             const char              *article,
             gboolean                 checklist,
             GApplicationCommandLine *invocation)
{
  gboolean is_new = gtk_application_get_active_window (GTK_APPLICATION (self)) == NULL;
  SpotsWindow *window = get_window (self);

  if (article != NULL)
    {
      if (!spots_window_show_article (window, article, NULL))
        {
          if (self->loading)
            {
              /* It may be in the content still loading. */
              g_free (self->pending_article);
              self->pending_article = g_strdup (article);
              self->pending_is_asked = TRUE;
            }
          else if (invocation != NULL)
            {
              g_application_command_line_printerr (invocation,
                _("No article has the id “%s”; skin-spots --list shows them all\n"), article);
            }
          if (is_new)
            spots_window_show_last_article (window);
        }
    }
  else if (checklist)
    {
      spots_window_show_checklist (window);
    }
  else if (is_new)
    {
      if (!spots_window_show_last_article (window) && self->loading)
        {
          /* It may be in the content still loading. */
          g_free (self->pending_article);
          self->pending_article = g_settings_get_string (self->settings, "last-article");
          self->pending_is_asked = FALSE;
        }
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
spots_application_activate (GApplication *app)
{
  open_window (SPOTS_APPLICATION (app), NULL, FALSE, NULL);
}

/* The built-in content and its index, made on a thread of their own, so
 * that they are ready, or nearly, when GTK has connected to the display and
 * startup needs them. */
static gpointer load_builtin (gpointer data);

static void
start_loading_builtin (SpotsApplication *self)
{
  if (self->builtin_loading == NULL && self->library == NULL)
    self->builtin_loading = g_thread_new ("skin-spots-builtin", load_builtin, NULL);
}

/* The options as GApplication parsed them, checked; a bad value is
 * reported to whoever typed it: this process, or the one that handed its
 * command line over (@invocation). */
static SpotsCommandLine *
read_options (GVariantDict            *options,
              GApplicationCommandLine *invocation)
{
  g_autoptr(GError) error = NULL;
  SpotsCommandLine *command_line = spots_command_line_new_from_options (options, &error);

  if (command_line == NULL && invocation != NULL)
    g_application_command_line_printerr (invocation, "skin-spots: %s\n", error->message);
  else if (command_line == NULL)
    g_printerr ("skin-spots: %s\n", error->message);

  return command_line;
}

/* Whether another process has this application's name on the session bus
 * (a window open on the desktop, asked from a terminal without a display). */
static gboolean
is_running_elsewhere (GApplication *app)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  if (bus == NULL || g_application_get_application_id (app) == NULL)
    return FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", g_application_get_application_id (app)),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 2000, NULL,
                                       NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);

  return has_owner;
}

/* In the process that was started. The commands that need no window are
 * done here, before the bus or the display is touched. */
static int
spots_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  SpotsApplication *self = SPOTS_APPLICATION (app);
  g_autoptr(SpotsCommandLine) command_line = NULL;

  self->local_options_seen = TRUE;
  command_line = read_options (options, NULL);
  if (command_line == NULL)
    return SPOTS_EXIT_USAGE;

  if (spots_command_line_is_headless (command_line))
    return spots_command_line_run (command_line, stdout, stderr);

  /* Without this, GTK would print its own warning over two lines and exit
   * when it finds no display. A window already open elsewhere on this
   * session needs none here: the command line is handed to it. */
  if (!gtk_init_check () && !is_running_elsewhere (app))
    {
      g_printerr ("%s\n", _("skin-spots: there is no display to open a window on; the commands "
                            "that need none are listed by skin-spots --help"));
      return SPOTS_EXIT_PROBLEM;
    }

  g_strfreev (self->content_dirs);
  self->content_dirs = g_strdupv (command_line->content_dirs);
  start_loading_builtin (self);

  return -1;
}

/* GApplication ends with status 1 for an option it cannot parse, before
 * handle-local-options; a bad command-line value is status 2 here. */
static gboolean
spots_application_local_command_line (GApplication   *app,
                                      char         ***arguments,
                                      int            *exit_status)
{
  SpotsApplication *self = SPOTS_APPLICATION (app);
  GApplicationClass *parent_class = G_APPLICATION_CLASS (spots_application_parent_class);

  self->local_options_seen = FALSE;
  if (!parent_class->local_command_line (app, arguments, exit_status))
    return FALSE;

  if (!self->local_options_seen && *exit_status == EXIT_FAILURE)
    *exit_status = SPOTS_EXIT_USAGE;

  return TRUE;
}

/* In the primary instance, for its own command line or a later one's. */
static int
spots_application_command_line (GApplication            *app,
                                GApplicationCommandLine *invocation)
{
  SpotsApplication *self = SPOTS_APPLICATION (app);
  g_autoptr(SpotsCommandLine) command_line = NULL;

  command_line = read_options (g_application_command_line_get_options_dict (invocation),
                               invocation);
  if (command_line == NULL)
    return SPOTS_EXIT_USAGE;

  open_window (self, command_line->article, command_line->checklist, invocation);

  return SPOTS_EXIT_OK;
}

static void
show_article_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SpotsApplication *self = user_data;
  SpotsWindow *window = get_window (self);

  spots_window_show_article (window, g_variant_get_string (parameter, NULL), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  SpotsWindow *window = get_window (user_data);

  spots_window_search (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
checklist_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  SpotsWindow *window = get_window (user_data);

  spots_window_show_checklist (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing the windows lets each save its state. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }

  g_application_quit (app);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  SpotsApplication *self = user_data;
  SpotsArticle *about = spots_library_lookup (self->library, "about");
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *dialog;
  const char *developers[] = { _("The Skin Spots developers"), NULL };

  /* The sources are those the About article cites: data, not code. */
  if (about != NULL)
    {
      GListModel *references = spots_article_get_references (about);

      for (guint i = 0; i < g_list_model_get_n_items (references); i++)
        {
          g_autoptr(SpotsReference) reference = g_list_model_get_item (references, i);
          const char *publication = spots_reference_get_publication (reference);

          g_ptr_array_add (sources, publication != NULL
                                      ? g_strdup_printf ("%s (%s)",
                                                         spots_reference_get_title (reference),
                                                         publication)
                                      : g_strdup (spots_reference_get_title (reference)));
        }
    }
  g_ptr_array_add (sources, NULL);

  dialog = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                         "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "modal", TRUE,
                         "program-name", _("Skin Spots"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("An offline reference about red spots on the skin.\n\n"
                                       "Skin Spots gives information, not a diagnosis. It does "
                                       "not replace a doctor. In an emergency, call your local "
                                       "emergency number."),
                         "website", "https://github.com/skinspots/SkinSpots",
                         "copyright", "© 2026 The Skin Spots developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         NULL);
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (dialog), _("Sources"),
                                       (const char **) sources->pdata);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SpotsApplication *self = user_data;
  GtkWidget *window = spots_preferences_window_new (
    gtk_application_get_active_window (GTK_APPLICATION (self)), self->settings);

  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "show-article", show_article_activated, "s" },
  { "checklist", checklist_activated },
  { "search", search_activated, "s" },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "quit", quit_activated },
};

/* Text zoom scales every reading page; sizes inside are in em. */
static void
apply_zoom (SpotsApplication *self)
{
  double zoom = g_settings_get_double (self->settings, "text-zoom");
  g_autofree char *css = g_strdup_printf (".article-page, .home-page, .search-results "
                                          "{ font-size: %d%%; }", (int) (zoom * 100 + 0.5));

#if SPOTS_GTK_4_12
  gtk_css_provider_load_from_string (self->zoom_provider, css);
#else
  gtk_css_provider_load_from_data (self->zoom_provider, css, -1);
#endif
}

static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Loading off the main thread ------------------------------------------- */

typedef struct
{
  SpotsLibrary *library;
  SpotsSearchIndex *search_index;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->library);
  g_clear_object (&loaded->search_index);
  g_free (loaded);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char * const *content_dirs = task_data;
  g_autoptr(GError) error = NULL;
  SpotsLibrary *library = spots_library_new_default (content_dirs, &error);
  Loaded *loaded;

  if (library == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  loaded = g_new0 (Loaded, 1);
  loaded->library = library;
  loaded->search_index = spots_search_index_new (library);
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

static gpointer
load_builtin (gpointer data)
{
  Loaded *loaded = g_new0 (Loaded, 1);

  loaded->library = spots_library_new_builtin ();
  loaded->search_index = spots_search_index_new (loaded->library);

  return loaded;
}

static Loaded *
join_builtin (SpotsApplication *self)
{
  Loaded *loaded = g_thread_join (self->builtin_loading);

  self->builtin_loading = NULL;
  return loaded;
}

static void
show_pending_article (SpotsApplication *self)
{
  g_autofree char *id = g_steal_pointer (&self->pending_article);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (id == NULL || window == NULL)
    return;

  if (!spots_window_show_article (SPOTS_WINDOW (window), id, NULL) && self->pending_is_asked)
    g_printerr (_("No article has the id “%s”; skin-spots --list shows them all\n"), id);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  SpotsApplication *self = SPOTS_APPLICATION (source);
  g_autoptr(GError) error = NULL;
  Loaded *loaded = g_task_propagate_pointer (G_TASK (result), &error);
  gboolean complete = loaded != NULL;

  self->loading = FALSE;
  if (loaded == NULL)
    {
      /* A --content-dir that cannot be read: say so, keep the rest. */
      g_printerr ("skin-spots: %s\n", error->message);
      spots_command_line_print_problems (spots_library_get_problems (self->library), stderr);
    }
  else
    {
      g_set_object (&self->library, loaded->library);
      g_set_object (&self->search_index, loaded->search_index);
      loaded_free (loaded);
      spots_command_line_print_problems (spots_library_get_problems (self->library), stderr);
      g_signal_emit (self, signals[LIBRARY_CHANGED], 0);
    }

  show_pending_article (self);
  /* Only now is it known which articles exist. */
  if (complete)
    spots_settings_repair_content (self->settings, self->library);
}

static void
start_loading (SpotsApplication *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_loaded, NULL);

  self->loading = TRUE;
  g_task_set_source_tag (task, start_loading);
  g_task_set_task_data (task, g_strdupv (self->content_dirs), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, load_in_thread);
}

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL && (schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE)))
    return g_settings_new_full (schema, NULL, NULL);

  g_printerr ("skin-spots: the settings schema %s is not installed; install the program "
              "or run it with build-aux/dev.sh run\n", SCHEMA_ID);
  exit (1);
}

static void
spots_application_startup (GApplication *app)
{
  SpotsApplication *self = SPOTS_APPLICATION (app);

  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (spots_application_parent_class)->startup (app);

  /* Only the primary instance needs them: not the display-free commands,
   * nor a second instance that hands its command line over. */
  self->settings = create_settings ();
  spots_settings_repair_values (self->settings);

  load_style ();
  gtk_window_set_default_icon_name (APPLICATION_ID);
  /* Text on every page is selectable for copying. By default a selectable
   * label that takes the keyboard focus selects all of itself, so a page
   * would open with its first heading highlighted. */
  g_object_set (gtk_settings_get_default (), "gtk-label-select-on-focus", FALSE, NULL);

  self->zoom_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->zoom_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_object (self->settings, "changed::text-zoom", G_CALLBACK (apply_zoom), self,
                           G_CONNECT_SWAPPED);
  apply_zoom (self);

  self->style_manager = spots_style_manager_new (self->settings);
  {
    g_autoptr(GAction) style = g_settings_create_action (self->settings, "style");

    g_action_map_add_action (G_ACTION_MAP (app), style);
  }

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  /* The shortcuts window is not where GTK would load it with every new
   * window (gtk/help-overlay.ui): each window builds it after its first
   * frame instead (see spots-window.c), so its keys are set here. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);

  start_loading_builtin (self);
  {
    Loaded *builtin = join_builtin (self);

    self->library = g_steal_pointer (&builtin->library);
    self->search_index = g_steal_pointer (&builtin->search_index);
    loaded_free (builtin);
  }
  if (spots_library_has_more ((const char * const *) self->content_dirs))
    {
      start_loading (self);
    }
  else
    {
      spots_command_line_print_problems (spots_library_get_problems (self->library), stderr);
      spots_settings_repair_content (self->settings, self->library);
    }
}

static void
spots_application_finalize (GObject *object)
{
  SpotsApplication *self = SPOTS_APPLICATION (object);

  if (self->builtin_loading != NULL)
    loaded_free (join_builtin (self));
  g_clear_object (&self->library);
  g_clear_object (&self->search_index);
  g_clear_object (&self->settings);
  g_clear_object (&self->style_manager);
  g_clear_object (&self->zoom_provider);
  g_clear_object (&self->search_provider);
  g_clear_pointer (&self->content_dirs, g_strfreev);
  g_clear_pointer (&self->pending_article, g_free);

  G_OBJECT_CLASS (spots_application_parent_class)->finalize (object);
}

static gboolean
spots_application_dbus_register (GApplication     *app,
                                 GDBusConnection  *connection,
                                 const char       *object_path,
                                 GError          **error)
{
  SpotsApplication *self = SPOTS_APPLICATION (app);
  g_autofree char *provider_path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (spots_application_parent_class)->dbus_register (app, connection,
                                                                            object_path, error))
    return FALSE;

  self->search_provider = spots_search_provider_new (self);

  return spots_search_provider_export (self->search_provider, connection, provider_path, error);
}

static void
spots_application_dbus_unregister (GApplication    *app,
                                   GDBusConnection *connection,
                                   const char      *object_path)
{
  SpotsApplication *self = SPOTS_APPLICATION (app);

  if (self->search_provider != NULL)
    spots_search_provider_unexport (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (spots_application_parent_class)->dbus_unregister (app, connection,
                                                                         object_path);
}

static void
spots_application_class_init (SpotsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = spots_application_finalize;
  app_class->startup = spots_application_startup;
  app_class->activate = spots_application_activate;
  app_class->local_command_line = spots_application_local_command_line;
  app_class->handle_local_options = spots_application_handle_local_options;
  app_class->command_line = spots_application_command_line;
  app_class->dbus_register = spots_application_dbus_register;
  app_class->dbus_unregister = spots_application_dbus_unregister;

  /**
   * SpotsApplication::library-changed:
   *
   * The content from the data folders and --content-dir has loaded: the
   * library and the search index are new.
   */
  signals[LIBRARY_CHANGED] =
    g_signal_new ("library-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
spots_application_init (SpotsApplication *self)
{
  GApplication *app = G_APPLICATION (self);

  g_application_add_main_option_entries (app, spots_command_line_get_entries ());
  g_application_set_option_context_summary (app, spots_command_line_get_summary ());
  g_application_set_option_context_description (app, spots_command_line_get_description ());
  /* A D-Bus activated instance (the search provider) stays this long after
   * its last call. */
  g_application_set_inactivity_timeout (app, 10000);
}

/**
 * spots_application_new:
 * @command_line: (nullable): options to start with, for tests; the program
 *   itself passes %NULL and lets GApplication parse its command line
 */
SpotsApplication *
spots_application_new (const SpotsCommandLine *command_line)
{
  SpotsApplication *self = g_object_new (SPOTS_TYPE_APPLICATION,
                                         "application-id", APPLICATION_ID,
                                         "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                                         "resource-base-path", RESOURCE_BASE,
                                         NULL);

  if (command_line != NULL)
    self->content_dirs = g_strdupv (command_line->content_dirs);

  return self;
}

SpotsLibrary *
spots_application_get_library (SpotsApplication *self)
{
  g_return_val_if_fail (SPOTS_IS_APPLICATION (self), NULL);

  return self->library;
}

GSettings *
spots_application_get_settings (SpotsApplication *self)
{
  g_return_val_if_fail (SPOTS_IS_APPLICATION (self), NULL);

  return self->settings;
}

SpotsSearchIndex *
spots_application_get_search_index (SpotsApplication *self)
{
  g_return_val_if_fail (SPOTS_IS_APPLICATION (self), NULL);

  return self->search_index;
}
