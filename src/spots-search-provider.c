/* spots-search-provider.c: the articles in GNOME Shell's search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * org.gnome.Shell.SearchProvider2 over the application's own search index,
 * so the overview finds what the window's search finds, in the same order
 * and in the reader's language. The Shell may start the program just for a
 * search (D-Bus activation with --gapplication-service): each call holds
 * the application, which then exits after its inactivity timeout.
 */
#define G_LOG_DOMAIN "spots-search-provider"

#include "config.h"

#include "spots-application.h"
#include "spots-search-provider.h"
#include "spots-shell-search-provider-generated.h"
#include "spots-window.h"

/* The overview shows a handful; more is work nobody sees. */
#define MAX_RESULTS 10

struct _SpotsSearchProvider
{
  GObject parent_instance;

  SpotsApplication *application; /* owns us */
  SpotsShellSearchProvider2 *skeleton;
};

G_DEFINE_FINAL_TYPE (SpotsSearchProvider, spots_search_provider, G_TYPE_OBJECT)

/* Each call holds the application, so that one started for the Shell
 * stays for its inactivity timeout after the last call. */
static char **
find_articles (SpotsSearchProvider *self,
               const char * const  *terms)
{
  SpotsSearchIndex *index = spots_application_get_search_index (self->application);
  g_autofree char *query = g_strjoinv (" ", (char **) terms);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  guint n;

  if (index == NULL)
    return g_strv_builder_end (ids);

  g_application_hold (G_APPLICATION (self->application));
  results = spots_search_index_query (index, query);
  n = MIN (g_list_model_get_n_items (results), MAX_RESULTS);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsSearchResult) result = g_list_model_get_item (results, i);

      g_strv_builder_add (ids, spots_article_get_id (spots_search_result_get_article (result)));
    }
  g_application_release (G_APPLICATION (self->application));

  return g_strv_builder_end (ids);
}

static gboolean
on_get_initial_result_set (SpotsShellSearchProvider2 *skeleton,
                           GDBusMethodInvocation     *invocation,
                           const char * const        *terms,
                           SpotsSearchProvider       *self)
{
  g_auto(GStrv) ids = find_articles (self, terms);

  spots_shell_search_provider2_complete_get_initial_result_set (skeleton, invocation,
                                                                (const char * const *) ids);
  return TRUE;
}

/* The terms only grow while the user types, so searching afresh gives the
 * same answer as narrowing the previous one, and the same order. */
static gboolean
on_get_subsearch_result_set (SpotsShellSearchProvider2 *skeleton,
                             GDBusMethodInvocation     *invocation,
                             const char * const        *previous_results,
                             const char * const        *terms,
                             SpotsSearchProvider       *self)
{
  g_auto(GStrv) ids = find_articles (self, terms);

  spots_shell_search_provider2_complete_get_subsearch_result_set (skeleton, invocation,
                                                                  (const char * const *) ids);
  return TRUE;
}

static gboolean
on_get_result_metas (SpotsShellSearchProvider2 *skeleton,
                     GDBusMethodInvocation     *invocation,
                     const char * const        *identifiers,
                     SpotsSearchProvider       *self)
{
  SpotsLibrary *library = spots_application_get_library (self->application);
  g_autoptr(GIcon) icon = g_themed_icon_new (APPLICATION_ID);
  g_autoptr(GVariant) serialized_icon = g_icon_serialize (icon);
  GVariantBuilder metas;

  g_application_hold (G_APPLICATION (self->application));
  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; identifiers[i] != NULL; i++)
    {
      SpotsArticle *article = library != NULL ? spots_library_lookup (library, identifiers[i])
                                              : NULL;
      GVariantBuilder meta;

      /* An id from before the content changed: leave it out. */
      if (article == NULL)
        continue;

      g_variant_builder_init (&meta, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&meta, "{sv}", "id", g_variant_new_string (identifiers[i]));
      g_variant_builder_add (&meta, "{sv}", "name",
                             g_variant_new_string (spots_article_get_title (article)));
      g_variant_builder_add (&meta, "{sv}", "description",
                             g_variant_new_string (spots_article_get_summary (article)));
      g_variant_builder_add (&meta, "{sv}", "icon", serialized_icon);
      g_variant_builder_add_value (&metas, g_variant_builder_end (&meta));
    }
  spots_shell_search_provider2_complete_get_result_metas (skeleton, invocation,
                                                          g_variant_builder_end (&metas));
  g_application_release (G_APPLICATION (self->application));

  return TRUE;
}

static gboolean
on_activate_result (SpotsShellSearchProvider2 *skeleton,
                    GDBusMethodInvocation     *invocation,
                    const char                *identifier,
                    const char * const        *terms,
                    guint                      timestamp,
                    SpotsSearchProvider       *self)
{
  g_action_group_activate_action (G_ACTION_GROUP (self->application), "show-article",
                                  g_variant_new_string (identifier));
  spots_shell_search_provider2_complete_activate_result (skeleton, invocation);

  return TRUE;
}

static gboolean
on_launch_search (SpotsShellSearchProvider2 *skeleton,
                  GDBusMethodInvocation     *invocation,
                  const char * const        *terms,
                  guint                      timestamp,
                  SpotsSearchProvider       *self)
{
  g_autofree char *query = g_strjoinv (" ", (char **) terms);

  g_action_group_activate_action (G_ACTION_GROUP (self->application), "search",
                                  g_variant_new_string (query));
  spots_shell_search_provider2_complete_launch_search (skeleton, invocation);

  return TRUE;
}

static void
spots_search_provider_dispose (GObject *object)
{
  SpotsSearchProvider *self = SPOTS_SEARCH_PROVIDER (object);

  spots_search_provider_unexport (self);
  g_clear_object (&self->skeleton);

  G_OBJECT_CLASS (spots_search_provider_parent_class)->dispose (object);
}

static void
spots_search_provider_class_init (SpotsSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = spots_search_provider_dispose;
}

static void
spots_search_provider_init (SpotsSearchProvider *self)
{
  self->skeleton = spots_shell_search_provider2_skeleton_new ();
  g_signal_connect (self->skeleton, "handle-get-initial-result-set",
                    G_CALLBACK (on_get_initial_result_set), self);
  g_signal_connect (self->skeleton, "handle-get-subsearch-result-set",
                    G_CALLBACK (on_get_subsearch_result_set), self);
  g_signal_connect (self->skeleton, "handle-get-result-metas",
                    G_CALLBACK (on_get_result_metas), self);
  g_signal_connect (self->skeleton, "handle-activate-result",
                    G_CALLBACK (on_activate_result), self);
  g_signal_connect (self->skeleton, "handle-launch-search",
                    G_CALLBACK (on_launch_search), self);
}

SpotsSearchProvider *
spots_search_provider_new (SpotsApplication *application)
{
  SpotsSearchProvider *self = g_object_new (SPOTS_TYPE_SEARCH_PROVIDER, NULL);

  self->application = application;

  return self;
}

gboolean
spots_search_provider_export (SpotsSearchProvider  *self,
                              GDBusConnection      *connection,
                              const char           *object_path,
                              GError              **error)
{
  g_return_val_if_fail (SPOTS_IS_SEARCH_PROVIDER (self), FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

void
spots_search_provider_unexport (SpotsSearchProvider *self)
{
  g_return_if_fail (SPOTS_IS_SEARCH_PROVIDER (self));

  if (g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)))
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}
