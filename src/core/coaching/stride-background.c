/* stride-background.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "stride-background.h"

#define PORTAL_BUS_NAME   "org.freedesktop.portal.Desktop"
#define PORTAL_PATH       "/org/freedesktop/portal/desktop"
#define PORTAL_BACKGROUND "org.freedesktop.portal.Background"
#define PORTAL_REQUEST    "org.freedesktop.portal.Request"

G_DEFINE_QUARK (stride-background-error-quark, stride_background_error)

/**
 * stride_background_is_sandboxed:
 *
 * Returns: whether Stride runs in a Flatpak sandbox, where only the
 *   Background portal can make it start at login
 */
gboolean
stride_background_is_sandboxed (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/**
 * stride_background_get_autostart_path:
 *
 * Returns: (transfer full): where the autostart entry is on the host,
 *   $XDG_CONFIG_HOME/autostart/APP_ID.desktop
 */
char *
stride_background_get_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

/**
 * stride_background_set_autostart:
 *
 * Writes the autostart entry that starts the reminder service at login,
 * or removes it. Removing an entry that is not there succeeds.
 */
gboolean
stride_background_set_autostart (gboolean   enable,
                                 GError   **error)
{
  g_autofree char *path = stride_background_get_autostart_path ();
  g_autofree char *folder = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GKeyFile) entry = NULL;
  g_autofree char *exec = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!enable)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved = errno;

          g_set_error (error, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_FAILED,
                       /* Translators: %s is a file's path, the second %s why it failed */
                       _("Could not remove %s: %s"), path, g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_FAILED,
                   /* Translators: %s is a folder's path, the second %s why it failed */
                   _("Could not make the folder %s: %s"), folder, g_strerror (saved));
      return FALSE;
    }

  /* The program where it is installed, as the desktop file starts it */
  exec = g_strdup_printf ("%s/stride " STRIDE_BACKGROUND_OPTION, BINDIR);
  entry = g_key_file_new ();
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, "Application");
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, "Stride");
  /* Shown where the desktop lists what starts at login, in the language
   * reminders were turned on in */
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Workout reminders on the days you chose"));
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, exec);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TERMINAL, FALSE);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-UsesNotifications", TRUE);
  contents = g_key_file_to_data (entry, NULL, NULL);

  if (!g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_set_error (error, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_FAILED,
                   /* Translators: %s is why it failed */
                   _("Could not write the entry that starts Stride at login: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  GDBusConnection *connection;
  guint subscription;
  gboolean enable;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  if (request->subscription != 0)
    g_dbus_connection_signal_unsubscribe (request->connection, request->subscription);
  g_clear_object (&request->connection);
  g_free (request);
}

static void
on_portal_response (GDBusConnection *connection,
                    const char      *sender_name,
                    const char      *object_path,
                    const char      *interface_name,
                    const char      *signal_name,
                    GVariant        *parameters,
                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GVariant) results = NULL;
  gboolean background = FALSE;
  gboolean autostart = FALSE;
  guint32 response;

  g_dbus_connection_signal_unsubscribe (connection, request->subscription);
  request->subscription = 0;

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "background", "b", &background);
  g_variant_lookup (results, "autostart", "b", &autostart);

  if (response == 0 && (!request->enable || (background && autostart)))
    g_task_return_boolean (task, TRUE);
  else if (response == 2)
    g_task_return_new_error (task, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_FAILED, "%s",
                             _("The system could not let Stride start in the background. Reminders come only while Stride is open."));
  else
    g_task_return_new_error (task, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_REFUSED, "%s",
                             _("Stride may not run in the background, so reminders come only while it is open. Allow it in Settings, under Apps, Stride."));
}

static void
on_portal_called (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      Request *request = g_task_get_task_data (task);

      g_dbus_connection_signal_unsubscribe (request->connection, request->subscription);
      request->subscription = 0;
      g_task_return_new_error (task, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_FAILED,
                               /* Translators: %s is the reason from the system */
                               _("Could not ask to run in the background: %s"), error->message);
      /* The reference the response would have dropped */
      g_object_unref (task);
    }
}

static void
on_bus (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *token = NULL;
  g_autofree char *handle = NULL;
  GVariantBuilder options;
  const char *commandline[] = { "stride", STRIDE_BACKGROUND_OPTION, NULL };

  request->connection = g_bus_get_finish (result, &error);
  if (request->connection == NULL)
    {
      g_task_return_new_error (task, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_FAILED,
                               _("Could not ask to run in the background: %s"), error->message);
      return;
    }

  /* The portal answers on a request object whose path it makes from
   * our bus name and a token of ours; listening before asking means no
   * answer is missed */
  sender = g_strdup (g_dbus_connection_get_unique_name (request->connection) + 1);
  g_strdelimit (sender, ".", '_');
  token = g_strdup_printf ("stride%u", g_random_int ());
  handle = g_strdup_printf (PORTAL_PATH "/request/%s/%s", sender, token);
  request->subscription =
    g_dbus_connection_signal_subscribe (request->connection, PORTAL_BUS_NAME, PORTAL_REQUEST, "Response", handle,
                                        NULL, G_DBUS_SIGNAL_FLAGS_NO_MATCH_RULE, on_portal_response,
                                        g_object_ref (task), NULL);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (_("Stride reminds you of your workouts on the days you chose, also when it is closed.")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (request->enable));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (request->connection, PORTAL_BUS_NAME, PORTAL_PATH, PORTAL_BACKGROUND,
                          "RequestBackground", g_variant_new ("(sa{sv})", "", &options),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1, g_task_get_cancellable (task),
                          on_portal_called, g_object_ref (task));
}

/**
 * stride_background_request_async:
 * @enable: whether reminders are on
 * @sandboxed: whether Stride runs in a sandbox, as
 *   stride_background_is_sandboxed() tells
 *
 * In the sandbox, asks the Background portal to let Stride run in the
 * background and start at login (or not to start it any more); on the
 * host, writes or removes the autostart entry.
 */
void
stride_background_request_async (gboolean             enable,
                                 gboolean             sandboxed,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Request *request;
  GError *error = NULL;

  g_task_set_source_tag (task, stride_background_request_async);

  if (!sandboxed)
    {
      if (stride_background_set_autostart (enable, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }

  request = g_new0 (Request, 1);
  request->enable = enable;
  g_task_set_task_data (task, request, request_free);
  g_bus_get (G_BUS_TYPE_SESSION, cancellable, on_bus, g_steal_pointer (&task));
}

gboolean
stride_background_request_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
