/* stride-search-provider.c
 *
 * GNOME Shell's search, answered: the desktop sends the words typed in
 * its overview and gets Stride's exercises and routines that match
 * (stride-search.c finds them), their names and a line about each; a
 * click opens one. The Shell may start Stride over D-Bus just to ask;
 * the app then stays up while it answers and for a while after, opens
 * no window unless a result is clicked, and quits when no longer asked.
 *
 * Stride's own routines are in the progress file, read in the
 * background at start: a question that comes before it is read is
 * answered once it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "stride-search.h"
#include "stride-search-provider.h"

/* How long a Stride started only to answer searches waits for the next
 * one before it quits, in milliseconds: the Shell asks again with each
 * key typed */
#define SERVICE_INACTIVITY_TIMEOUT 10000

static const char interface_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

struct _StrideSearchProvider
{
  GObject parent_instance;

  /* Weak: the application owns the provider */
  GApplication *application;
  StrideStore *store;
  GDBusConnection *connection;
  guint registration_id;
  /* Questions waiting for the progress to be read */
  GQueue pending;
};

G_DEFINE_FINAL_TYPE (StrideSearchProvider, stride_search_provider, G_TYPE_OBJECT)

static GDBusInterfaceInfo *
get_interface_info (void)
{
  static gsize initialized;
  static GDBusNodeInfo *node_info;

  if (g_once_init_enter (&initialized))
    {
      node_info = g_dbus_node_info_new_for_xml (interface_xml, NULL);
      g_once_init_leave (&initialized, 1);
    }

  return node_info->interfaces[0];
}

static gboolean
is_ready (StrideSearchProvider *self)
{
  return self->store != NULL && stride_store_get_loaded (self->store);
}

static GVariant *
get_result_metas (StrideSearchProvider *self,
                  const char * const   *ids)
{
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) serialized_icon = g_icon_serialize (icon);
  GVariantBuilder metas;

  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *description = NULL;
      GVariantBuilder meta;

      /* Gone since it was found, e.g. a routine deleted meanwhile */
      if (!stride_search_describe_result (self->store, ids[i], &name, &description))
        continue;

      g_variant_builder_init (&meta, G_VARIANT_TYPE_VARDICT);
      g_variant_builder_add (&meta, "{sv}", "id", g_variant_new_string (ids[i]));
      g_variant_builder_add (&meta, "{sv}", "name", g_variant_new_string (name));
      g_variant_builder_add (&meta, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_add (&meta, "{sv}", "icon", serialized_icon);
      g_variant_builder_add_value (&metas, g_variant_builder_end (&meta));
    }

  return g_variant_builder_end (&metas);
}

/* The window the app just showed comes to the front with the time of
 * the click, which lets it take the focus */
static void
present_with_time (StrideSearchProvider *self,
                   guint32               timestamp)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self->application));

  if (window != NULL)
    gtk_window_present_with_time (window, timestamp);
}

static void
activate_result (StrideSearchProvider *self,
                 const char           *result_id,
                 guint32               timestamp)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  const char *id = NULL;

  /* Gone since it was found, e.g. a routine deleted meanwhile, or never
   * Stride's: nothing opens */
  if (!stride_search_describe_result (self->store, result_id, &name, &description))
    {
      g_message ("Search result “%s” is not Stride’s", result_id);
      return;
    }

  switch (stride_search_parse_result (result_id, &id))
    {
    case STRIDE_SEARCH_RESULT_EXERCISE:
      g_action_group_activate_action (G_ACTION_GROUP (self->application), "show-search-result",
                                      g_variant_new ("(ss)", "exercise", id));
      break;

    case STRIDE_SEARCH_RESULT_ROUTINE:
      /* The player on it, as `stride --start` and the desktop file's
       * action open a routine */
      g_action_group_activate_action (G_ACTION_GROUP (self->application), "show-search-result",
                                      g_variant_new ("(ss)", "routine", id));
      break;

    case STRIDE_SEARCH_RESULT_NONE:
    default:
      g_message ("Search result “%s” is not Stride’s", result_id);
      return;
    }

  present_with_time (self, timestamp);
}

static void
launch_search (StrideSearchProvider *self,
               const char * const   *terms,
               guint32               timestamp)
{
  g_autofree char *text = g_strjoinv (" ", (char **) terms);

  g_action_group_activate_action (G_ACTION_GROUP (self->application), "show-search-result",
                                  g_variant_new ("(ss)", "search", text));
  present_with_time (self, timestamp);
}

static void
answer (StrideSearchProvider  *self,
        GDBusMethodInvocation *invocation)
{
  const char *method = g_dbus_method_invocation_get_method_name (invocation);
  GVariant *parameters = g_dbus_method_invocation_get_parameters (invocation);

  if (g_str_equal (method, "GetInitialResultSet"))
    {
      g_autofree const char **terms = NULL;
      g_auto(GStrv) results = NULL;

      g_variant_get (parameters, "(^a&s)", &terms);
      results = stride_search_find (self->store, terms);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", results));
    }
  else if (g_str_equal (method, "GetSubsearchResultSet"))
    {
      g_autofree const char **previous = NULL;
      g_autofree const char **terms = NULL;
      g_auto(GStrv) results = NULL;

      g_variant_get (parameters, "(^a&s^a&s)", &previous, &terms);
      results = stride_search_refine (self->store, previous, terms);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", results));
    }
  else if (g_str_equal (method, "GetResultMetas"))
    {
      g_autofree const char **ids = NULL;

      g_variant_get (parameters, "(^a&s)", &ids);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new_tuple ((GVariant *[]) { get_result_metas (self, ids) }, 1));
    }
  else if (g_str_equal (method, "ActivateResult"))
    {
      const char *result_id;
      guint32 timestamp;

      g_variant_get (parameters, "(&sasu)", &result_id, NULL, &timestamp);
      activate_result (self, result_id, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method, "LaunchSearch"))
    {
      g_autofree const char **terms = NULL;
      guint32 timestamp;

      g_variant_get (parameters, "(^a&su)", &terms, &timestamp);
      launch_search (self, terms, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "No method %s", method);

  g_object_unref (invocation);
  g_application_release (self->application);
}

static void
answer_pending (StrideSearchProvider *self)
{
  GDBusMethodInvocation *invocation;

  while (is_ready (self) && (invocation = g_queue_pop_head (&self->pending)) != NULL)
    answer (self, invocation);
}

static void
on_method_call (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  StrideSearchProvider *self = user_data;

  /* Kept up until the answer is sent; a Stride started only to answer
   * then waits for the next question, then quits */
  g_application_hold (self->application);
  g_object_ref (invocation);

  if (is_ready (self) && g_queue_is_empty (&self->pending))
    answer (self, invocation);
  else
    g_queue_push_tail (&self->pending, invocation);
}

static const GDBusInterfaceVTable interface_vtable = {
  .method_call = on_method_call,
};

static void
stride_search_provider_dispose (GObject *object)
{
  StrideSearchProvider *self = STRIDE_SEARCH_PROVIDER (object);

  stride_search_provider_unexport (self);
  stride_search_provider_set_store (self, NULL);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (stride_search_provider_parent_class)->dispose (object);
}

static void
stride_search_provider_class_init (StrideSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_search_provider_dispose;
}

static void
stride_search_provider_init (StrideSearchProvider *self)
{
  g_queue_init (&self->pending);
}

/**
 * stride_search_provider_new:
 * @application: the app the results open in
 */
StrideSearchProvider *
stride_search_provider_new (GApplication *application)
{
  StrideSearchProvider *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  self = g_object_new (STRIDE_TYPE_SEARCH_PROVIDER, NULL);
  g_set_weak_pointer (&self->application, application);

  /* Started by D-Bus to answer a search: not gone before the next key */
  if (g_application_get_flags (application) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (application, SERVICE_INACTIVITY_TIMEOUT);

  return self;
}

/**
 * stride_search_provider_export:
 * @app_object_path: the application's object path; the provider's is
 *   below it, as the search provider file says
 *
 * Answers org.gnome.Shell.SearchProvider2 on @connection.
 */
gboolean
stride_search_provider_export (StrideSearchProvider  *self,
                               GDBusConnection       *connection,
                               const char            *app_object_path,
                               GError               **error)
{
  g_autofree char *object_path = NULL;

  g_return_val_if_fail (STRIDE_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  object_path = g_strconcat (app_object_path, "/SearchProvider", NULL);
  self->registration_id = g_dbus_connection_register_object (connection, object_path, get_interface_info (),
                                                             &interface_vtable, self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);

  return TRUE;
}

/**
 * stride_search_provider_unexport:
 *
 * Stops answering; questions still waiting get an error.
 */
void
stride_search_provider_unexport (StrideSearchProvider *self)
{
  GDBusMethodInvocation *invocation;

  g_return_if_fail (STRIDE_IS_SEARCH_PROVIDER (self));

  while ((invocation = g_queue_pop_head (&self->pending)) != NULL)
    {
      g_dbus_method_invocation_return_error_literal (invocation, G_DBUS_ERROR, G_DBUS_ERROR_FAILED,
                                                     "Stride is quitting");
      g_object_unref (invocation);
      if (self->application != NULL)
        g_application_release (self->application);
    }

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}

/**
 * stride_search_provider_set_store:
 * @store: (nullable): the user's progress, for their own routines
 */
void
stride_search_provider_set_store (StrideSearchProvider *self,
                                  StrideStore          *store)
{
  g_return_if_fail (STRIDE_IS_SEARCH_PROVIDER (self));
  g_return_if_fail (store == NULL || STRIDE_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store == NULL)
    return;

  g_signal_connect_swapped (store, "notify::loaded", G_CALLBACK (answer_pending), self);
  answer_pending (self);
}
