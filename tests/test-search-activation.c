/* test-search-activation.c
 *
 * GNOME Shell searching while Stride is not running: on a bus of its
 * own, whose D-Bus service file starts the built Stride as the
 * installed one does (`stride --gapplication-service`), a search
 * starts it, is answered, opens no window, and Stride quits by itself
 * once no more questions come.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#define STRIDE_BINARY TEST_BUILD_DIR "/../src/stride"
#define OBJECT_PATH   "/io/github/stridehips/Stride"
#define INTERFACE     "org.gnome.Shell.SearchProvider2"

/* Longer than the time Stride waits for another question */
#define QUIT_TIMEOUT_SECONDS 40

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;

  return G_SOURCE_REMOVE;
}

static void
on_name_vanished (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
write_service_file (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, APP_ID ".service", NULL);
  /* The bus that starts a service tells it its address as the starter
   * address; the session bus the test runs in must not be used */
  g_autofree char *contents = g_strdup_printf ("[D-BUS Service]\nName=%s\n"
                                               "Exec=/bin/sh -c 'DBUS_SESSION_BUS_ADDRESS=\"$DBUS_STARTER_ADDRESS\" "
                                               "exec \"$0\" --gapplication-service' %s\n",
                                               APP_ID, STRIDE_BINARY);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_activation_search (void)
{
  g_autofree char *home = g_dir_make_tmp ("stride-search-XXXXXX", NULL);
  g_autofree char *services = g_build_filename (home, "services", NULL);
  g_autofree char *data_home = g_build_filename (home, "data", NULL);
  g_autoptr(GTestDBus) bus = NULL;
  g_autoptr(GDBusConnection) shell = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) windows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **results = NULL;
  const char *introspection = NULL;
  gboolean vanished = FALSE, timed_out = FALSE;
  guint watch, timeout;

  if (!g_file_test (STRIDE_BINARY, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("Stride is not built");
      return;
    }

  g_assert_cmpint (g_mkdir_with_parents (services, 0700), ==, 0);
  write_service_file (services);
  /* Stride reads no progress of another test */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_add_service_dir (bus, services);
  g_test_dbus_up (bus);

  shell = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                  G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                                  | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                  NULL, NULL, &error);
  g_assert_no_error (error);

  /* Not running: the bus starts it to answer */
  reply = g_dbus_connection_call_sync (shell, APP_ID, OBJECT_PATH "/SearchProvider", INTERFACE,
                                       "GetInitialResultSet", g_variant_new_parsed ("(['clam'],)"),
                                       G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, 30000, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(^a&s)", &results);
  g_assert_nonnull (results[0]);
  g_assert_cmpstr (results[0], ==, "exercise:clamshell");

  metas = g_dbus_connection_call_sync (shell, APP_ID, OBJECT_PATH "/SearchProvider", INTERFACE,
                                       "GetResultMetas", g_variant_new_parsed ("(['exercise:clamshell'],)"),
                                       G_VARIANT_TYPE ("(aa{sv})"), G_DBUS_CALL_FLAGS_NONE, 30000, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_variant_n_children (g_variant_get_child_value (metas, 0)), ==, 1);

  /* A window of the app would be on the bus below the app's path */
  windows = g_dbus_connection_call_sync (shell, APP_ID, OBJECT_PATH, "org.freedesktop.DBus.Introspectable",
                                         "Introspect", NULL, G_VARIANT_TYPE ("(s)"), G_DBUS_CALL_FLAGS_NONE,
                                         30000, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (windows, "(&s)", &introspection);
  g_assert_nonnull (strstr (introspection, "SearchProvider"));
  g_assert_null (strstr (introspection, "<node name=\"window\""));

  /* Asked nothing more, it goes */
  watch = g_bus_watch_name_on_connection (shell, APP_ID, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                          NULL, on_name_vanished, &vanished, NULL);
  timeout = g_timeout_add_seconds (QUIT_TIMEOUT_SECONDS, on_timeout, &timed_out);
  while (!vanished && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_bus_unwatch_name (watch);

  g_dbus_connection_close_sync (shell, NULL, NULL);
  g_test_dbus_down (bus);

  {
    g_autofree char *service = g_build_filename (services, APP_ID ".service", NULL);

    g_unlink (service);
    g_rmdir (services);
    g_rmdir (data_home);
    g_rmdir (home);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/search-activation/search", test_activation_search);

  return g_test_run ();
}
