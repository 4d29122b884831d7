/* test-reminders.c
 *
 * Reminders as the runner meets them: a notification sent on the
 * session bus to a stand-in notification server, its Start button
 * opening the player on the routine, Snooze and Skip; no reminder while
 * a workout runs; the autostart entry written when reminders are turned
 * on and removed when off, and a failure to write it shown in the
 * preferences; the Reminders group of the preferences.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "stride-application.h"
#include "stride-background.h"
#include "stride-coaching-service.h"
#include "stride-engine.h"
#include "stride-player-page.h"
#include "stride-plan.h"
#include "stride-preferences-window.h"
#include "stride-reminder-notice.h"
#include "stride-reminders-group.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;

/* The stand-in notification server: what Stride sent it */
typedef struct
{
  GDBusConnection *connection;
  guint n_notify;
  guint32 last_id;
  char *app_name;
  char *summary;
  char *body;
  GStrv actions;
} Server;

static Server server;

static const char server_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' name='app_name' direction='in'/>"
  "      <arg type='u' name='replaces_id' direction='in'/>"
  "      <arg type='s' name='app_icon' direction='in'/>"
  "      <arg type='s' name='summary' direction='in'/>"
  "      <arg type='s' name='body' direction='in'/>"
  "      <arg type='as' name='actions' direction='in'/>"
  "      <arg type='a{sv}' name='hints' direction='in'/>"
  "      <arg type='i' name='expire_timeout' direction='in'/>"
  "      <arg type='u' name='id' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'>"
  "      <arg type='u' name='id' direction='in'/>"
  "    </method>"
  "    <method name='GetCapabilities'>"
  "      <arg type='as' name='capabilities' direction='out'/>"
  "    </method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "  </interface>"
  "</node>";

static void
on_server_call (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  if (g_str_equal (method_name, "Notify"))
    {
      g_clear_pointer (&server.app_name, g_free);
      g_clear_pointer (&server.summary, g_free);
      g_clear_pointer (&server.body, g_free);
      g_clear_pointer (&server.actions, g_strfreev);
      g_variant_get (parameters, "(su&sss^asa{sv}i)", &server.app_name, NULL, NULL, &server.summary, &server.body,
                     &server.actions, NULL, NULL);
      server.n_notify++;
      server.last_id = 40 + server.n_notify;
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", server.last_id));
    }
  else if (g_str_equal (method_name, "GetCapabilities"))
    {
      const char *capabilities[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", capabilities));
    }
  else if (g_str_equal (method_name, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "stand-in", "Stride", "1", "1.2"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable server_vtable = { .method_call = on_server_call };

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_set (gpointer user_data)
{
  return *(gboolean *) user_data;
}

/* On a connection of its own to the test's session bus, as a real
 * notification server is another process */
static void
start_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (server_xml, &error);
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  static gboolean acquired;

  g_assert_no_error (error);
  server.connection =
    g_dbus_connection_new_for_address_sync (address,
                                            G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                              | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                            NULL, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (server.connection, "/org/freedesktop/Notifications", info->interfaces[0],
                                     &server_vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (server.connection, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                on_name_acquired, NULL, &acquired, NULL);
  stride_test_wait_until (flag_set, &acquired);
}

/* The key the server was given for a button, by its label */
static const char *
action_key (const char *label)
{
  for (guint i = 0; server.actions != NULL && server.actions[i] != NULL && server.actions[i + 1] != NULL; i += 2)
    if (g_str_equal (server.actions[i + 1], label))
      return server.actions[i];

  return NULL;
}

static void
invoke_action (const char *key)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (key);
  g_dbus_connection_emit_signal (server.connection, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", server.last_id, key), &error);
  g_assert_no_error (error);
}

static gint64
berlin_usec (int month,
             int day,
             int hour,
             int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) time = g_date_time_new (zone, 2026, month, day, hour, minute, 0);

  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

static gboolean
n_notify_is (gpointer user_data)
{
  return server.n_notify == GPOINTER_TO_UINT (user_data);
}

static gboolean
store_loaded (gpointer user_data)
{
  return stride_store_get_loaded (user_data);
}

static StridePlayerPage *
find_player (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    return NULL;

  return (StridePlayerPage *) stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL);
}

static const char *
player_routine (void)
{
  StridePlayerPage *player = find_player ();
  StrideEngine *engine;

  if (player == NULL || !gtk_widget_get_mapped (GTK_WIDGET (player)))
    return NULL;
  engine = stride_player_page_get_engine (player);

  return engine != NULL ? stride_routine_get_id (stride_plan_get_routine (stride_engine_get_plan (engine))) : NULL;
}

static gboolean
player_shows (gpointer user_data)
{
  return g_strcmp0 (player_routine (), user_data) == 0;
}

static gboolean
setting_is_int64 (gpointer user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_int64 (settings, "reminder-snoozed-until") == *(gint64 *) user_data;
}

static gboolean
skipped_is (gpointer user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *skipped = g_settings_get_string (settings, "reminder-skipped-date");

  return g_strcmp0 (skipped, user_data) == 0;
}

static gboolean
workout_running_is (gpointer user_data)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (app), "workout-running");

  return state != NULL && g_variant_get_boolean (state) == GPOINTER_TO_INT (user_data);
}

static void
reset_settings (GSettings *settings)
{
  const char *keys[] = {
    "reminders-enabled", "reminder-days", "reminder-time", "reminder-snoozed-until", "reminder-skipped-date",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

/* Thursday's reminder is sent at 18:00 on the fake clock; Start opens
 * the player on the routine it names, Snooze brings it back in an hour,
 * Skip moves it to next week */
static void
test_reminders_notification (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(StrideClock) clock = stride_fake_clock_new (berlin_usec (12, 1, 10, 0));
  g_autoptr(StrideCoachingService) service = NULL;
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  const char *thursday[] = { "thursday", NULL };
  g_autofree char *routine = NULL;
  g_autofree char *name = NULL;
  gint64 snoozed;
  GtkWindow *window;

  stride_test_wait_until (store_loaded, store);
  reset_settings (settings);
  g_settings_set_strv (settings, "reminder-days", thursday);
  g_settings_set_int (settings, "reminder-time", 18 * 60);
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);

  service = stride_coaching_service_new (app, settings, store, clock);
  stride_coaching_service_set_time_zone (service, berlin);
  g_assert_nonnull (stride_coaching_service_get_next_due (service));
  g_assert_cmpint (g_date_time_to_unix (stride_coaching_service_get_next_due (service)), ==,
                   berlin_usec (12, 3, 18, 0) / G_USEC_PER_SEC);

  /* Nothing is sent before the time */
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), berlin_usec (12, 3, 17, 59));
  g_assert_cmpuint (server.n_notify, ==, 0);

  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), berlin_usec (12, 3, 18, 0));
  stride_test_wait_until (n_notify_is, GUINT_TO_POINTER (1));

  routine = stride_reminder_notice_dup_routine (store, &name);
  g_assert_cmpstr (server.summary, ==, "Time for Your Hip Workout");
  g_assert_true (g_str_has_prefix (server.body, name));
  g_assert_nonnull (action_key ("Start"));
  g_assert_nonnull (action_key ("Snooze 1 Hour"));
  g_assert_nonnull (action_key ("Skip Today"));
  g_assert_true (g_strv_contains ((const char * const *) server.actions, "default"));
  /* Sent once, and the next is a week later */
  g_assert_cmpint (g_date_time_to_unix (stride_coaching_service_get_next_due (service)), ==,
                   berlin_usec (12, 10, 18, 0) / G_USEC_PER_SEC);

  /* Start, over the bus: the player opens on that routine */
  invoke_action (action_key ("Start"));
  stride_test_wait_until (player_shows, routine);
  g_assert_cmpstr (routine, ==, "full");
  window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* A notification takes one click: next week's, snoozed, comes back
   * in an hour */
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), berlin_usec (12, 10, 18, 0));
  stride_test_wait_until (n_notify_is, GUINT_TO_POINTER (2));
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), berlin_usec (12, 10, 18, 2));
  invoke_action (action_key ("Snooze 1 Hour"));
  snoozed = berlin_usec (12, 10, 19, 2) / G_USEC_PER_SEC;
  stride_test_wait_until (setting_is_int64, &snoozed);
  g_assert_cmpint (g_date_time_to_unix (stride_coaching_service_get_next_due (service)), ==, snoozed);
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), berlin_usec (12, 10, 19, 2));
  stride_test_wait_until (n_notify_is, GUINT_TO_POINTER (3));

  /* Skip: not again that day, even if snoozed before */
  g_settings_set_int64 (settings, "reminder-snoozed-until", berlin_usec (12, 10, 20, 0) / G_USEC_PER_SEC);
  g_assert_cmpint (g_date_time_to_unix (stride_coaching_service_get_next_due (service)), ==,
                   berlin_usec (12, 10, 20, 0) / G_USEC_PER_SEC);
  invoke_action (action_key ("Skip Today"));
  stride_test_wait_until (skipped_is, (gpointer) "2026-12-10");
  g_assert_cmpint (g_date_time_to_unix (stride_coaching_service_get_next_due (service)), ==,
                   berlin_usec (12, 17, 18, 0) / G_USEC_PER_SEC);

  /* While a workout runs, none is planned; after it, again */
  gtk_widget_activate (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (find_player ()), "_Start")));
  stride_test_wait_until (workout_running_is, GINT_TO_POINTER (TRUE));
  g_assert_true (stride_coaching_service_get_workout_running (service));
  g_assert_null (stride_coaching_service_get_next_due (service));
  gtk_window_destroy (window);
  stride_test_wait_until (workout_running_is, GINT_TO_POINTER (FALSE));
  g_assert_nonnull (stride_coaching_service_get_next_due (service));

  /* A bad target from the bus changes nothing */
  invoke_action ("app.reminder-skip::not-a-date");
  g_action_group_activate_action (G_ACTION_GROUP (app), "reminder-skip", g_variant_new_string ("2026-13-45"));
  g_assert_true (skipped_is ((gpointer) "2026-12-10"));

  g_clear_object (&service);
  reset_settings (settings);
}

static gboolean
file_exists (gpointer user_data)
{
  return g_file_test (user_data, G_FILE_TEST_EXISTS);
}

static gboolean
file_missing (gpointer user_data)
{
  return !g_file_test (user_data, G_FILE_TEST_EXISTS);
}

static gboolean
background_failed (gpointer user_data)
{
  return stride_coaching_service_get_background_error (user_data) != NULL;
}

/* Turning reminders on writes the autostart entry that starts the
 * hidden service at login; turning them off, or unticking every day,
 * removes it */
static void
test_reminders_autostart (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = stride_background_get_autostart_path ();
  g_autofree char *expected_exec = g_strdup_printf ("%s/stride --reminders", BINDIR);
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *validator = g_find_program_in_path ("desktop-file-validate");
  g_auto(GStrv) days = NULL;

  g_assert_false (stride_background_is_sandboxed ());
  g_assert_true (g_str_has_prefix (path, g_get_user_config_dir ()));
  reset_settings (settings);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  stride_test_wait_until (file_exists, path);
  g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, expected_exec);
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", NULL));
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, NULL));
  if (validator != NULL)
    {
      const char *argv[] = { validator, path, NULL };
      int status;
      g_autofree char *output = NULL;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &output, NULL, &status,
                    &error);
      g_assert_no_error (error);
      g_assert_cmpstr (output, ==, "");
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

  /* Days spread by the weekly goal of two were chosen */
  days = g_settings_get_strv (settings, "reminder-days");
  g_assert_cmpuint (g_strv_length (days), ==, 2);
  g_assert_cmpstr (days[0], ==, "monday");
  g_assert_cmpstr (days[1], ==, "thursday");

  /* Every day unticked: nothing to start at login for; one ticked again,
   * the entry is back */
  g_settings_set_strv (settings, "reminder-days", (const char * const[]) { NULL });
  stride_test_wait_until (file_missing, path);
  g_settings_set_strv (settings, "reminder-days", (const char * const[]) { "tuesday", NULL });
  stride_test_wait_until (file_exists, path);

  g_settings_set_boolean (settings, "reminders-enabled", FALSE);
  stride_test_wait_until (file_missing, path);

  reset_settings (settings);
}

/* The stand-in Background portal: what it was asked, and its answer */
typedef struct
{
  guint n_requests;
  gboolean autostart;
  char *reason;
  GStrv commandline;
  guint32 response;
  gboolean background;
} Portal;

static Portal portal;

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
on_portal_call (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  g_autoptr(GVariant) options = NULL;
  g_autofree char *sender_part = g_strdup (sender + 1);
  g_autofree char *handle = NULL;
  const char *token = NULL;
  GVariantBuilder results;

  g_variant_get (parameters, "(&s@a{sv})", NULL, &options);
  g_assert_true (g_variant_lookup (options, "handle_token", "&s", &token));
  g_clear_pointer (&portal.reason, g_free);
  g_clear_pointer (&portal.commandline, g_strfreev);
  g_variant_lookup (options, "reason", "s", &portal.reason);
  g_variant_lookup (options, "autostart", "b", &portal.autostart);
  g_variant_lookup (options, "commandline", "^as", &portal.commandline);
  portal.n_requests++;

  /* The request object's path, as the portal documents it */
  g_strdelimit (sender_part, ".", '_');
  handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender_part, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", handle));

  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (portal.background));
  g_variant_builder_add (&results, "{sv}", "autostart", g_variant_new_boolean (portal.background && portal.autostart));
  g_dbus_connection_emit_signal (connection, sender, handle, "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(ua{sv})", portal.response, &results), NULL);
}

static const GDBusInterfaceVTable portal_vtable = { .method_call = on_portal_call };

static void
on_requested (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  if (stride_background_request_finish (result, error))
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "no error");
}

static GError *
request_in_sandbox (gboolean enable)
{
  GError *error = NULL;

  stride_background_request_async (enable, TRUE, NULL, on_requested, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_clear_error (&error);
  return error;
}

/* In the Flatpak sandbox: the Background portal is asked, with a reason
 * and the service's command line, and a refusal is told in words */
static void
test_reminders_portal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_autofree char *autostart = stride_background_get_autostart_path ();
  static gboolean acquired;
  guint registration;

  g_assert_no_error (error);
  registration = g_dbus_connection_register_object (server.connection, "/org/freedesktop/portal/desktop",
                                                    info->interfaces[0], &portal_vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (server.connection, "org.freedesktop.portal.Desktop", G_BUS_NAME_OWNER_FLAGS_NONE,
                                on_name_acquired, NULL, &acquired, NULL);
  stride_test_wait_until (flag_set, &acquired);

  /* Allowed */
  portal.response = 0;
  portal.background = TRUE;
  error = request_in_sandbox (TRUE);
  g_assert_no_error (error);
  g_assert_cmpuint (portal.n_requests, ==, 1);
  g_assert_true (portal.autostart);
  g_assert_nonnull (portal.reason);
  g_assert_true (g_str_has_prefix (portal.reason, "Stride reminds you"));
  g_assert_nonnull (portal.commandline);
  g_assert_cmpstr (portal.commandline[0], ==, "stride");
  g_assert_cmpstr (portal.commandline[1], ==, "--reminders");
  g_assert_null (portal.commandline[2]);
  /* The sandbox writes no entry of its own */
  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));

  /* Refused in the portal's dialog */
  portal.background = FALSE;
  error = request_in_sandbox (TRUE);
  g_assert_error (error, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_REFUSED);
  g_assert_true (g_str_has_prefix (error->message, "Stride may not run in the background"));
  g_clear_error (&error);
  portal.response = 1;
  error = request_in_sandbox (TRUE);
  g_assert_error (error, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_REFUSED);
  g_clear_error (&error);

  /* The portal failed */
  portal.response = 2;
  error = request_in_sandbox (TRUE);
  g_assert_error (error, STRIDE_BACKGROUND_ERROR, STRIDE_BACKGROUND_ERROR_FAILED);
  g_clear_error (&error);

  /* Turned off: asked not to start at login any more */
  portal.response = 0;
  portal.background = TRUE;
  error = request_in_sandbox (FALSE);
  g_assert_no_error (error);
  g_assert_false (portal.autostart);
  g_assert_cmpuint (portal.n_requests, ==, 5);

  g_dbus_connection_unregister_object (server.connection, registration);
}

static GtkWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (STRIDE_IS_PREFERENCES_WINDOW (window))
        return window;
    }
  return NULL;
}

static gboolean
subtitle_starts_with (AdwActionRow *row,
                      const char   *prefix)
{
  return g_str_has_prefix (adw_action_row_get_subtitle (row), prefix);
}

static gboolean
next_row_says_no_day (gpointer user_data)
{
  return subtitle_starts_with (user_data, "No day is chosen");
}

static gboolean
background_row_shown (gpointer user_data)
{
  return gtk_widget_get_visible (user_data);
}

static gboolean
reminders_enabled (gpointer user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_boolean (settings, "reminders-enabled");
}

static gboolean
reminder_time_is (gpointer user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_int (settings, "reminder-time") == GPOINTER_TO_INT (user_data);
}

static gboolean
toggle_off (gpointer user_data)
{
  return !gtk_toggle_button_get_active (user_data);
}

static gboolean
on_scroll_seen (GtkEventControllerScroll *controller,
                double                    dx,
                double                    dy,
                gpointer                  user_data)
{
  (*(guint *) user_data)++;
  return GDK_EVENT_PROPAGATE;
}

static gboolean
scrolls_seen (gpointer user_data)
{
  return *(guint *) user_data > 0;
}

static gboolean
background_row_hidden (gpointer user_data)
{
  return !gtk_widget_get_visible (user_data);
}

static void
save_shots (GtkWidget  *group,
            const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (group));
  g_autofree char *light_name = g_strconcat (name, "-light", NULL);
  g_autofree char *dark_name = g_strconcat (name, "-dark", NULL);
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;
  GtkWidget *scrolled = gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  /* The group is the last of the page: all of it in view */
  stride_test_wait_for_frames (root, 3);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  stride_test_wait_for_frames (root, 3);
  light = stride_test_save_screenshot (group, light_name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  stride_test_wait_for_frames (root, 3);
  dark = stride_test_save_screenshot (group, dark_name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_test_message ("Screenshots: %s %s", light, dark);
}

/* The Reminders group, from the keyboard: the switch turns reminders on
 * with suggested days, each day is a named toggle, the time is set with
 * the arrow keys, and the next reminder is said in a line */
static void
test_reminders_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StrideCoachingService *coaching = stride_application_get_coaching (STRIDE_APPLICATION (app));
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));
  g_autofree char *autostart = stride_background_get_autostart_path ();
  g_autofree char *autostart_dir = g_path_get_dirname (autostart);
  GtkWindow *preferences;
  GtkEventController *probe;
  guint scrolls = 0;
  GtkWidget *group, *enabled, *monday, *thursday, *hour, *next_row = NULL, *background_row = NULL;

  reset_settings (settings);
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  probe = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (probe, GTK_PHASE_CAPTURE);
  g_signal_connect (probe, "scroll", G_CALLBACK (on_scroll_seen), &scrolls);
  gtk_widget_add_controller (GTK_WIDGET (preferences), probe);
  gtk_window_set_default_size (preferences, 360, 800);
  stride_test_wait_until (stride_test_widget_is_mapped, preferences);

  group = stride_test_find_widget (GTK_WIDGET (preferences), STRIDE_TYPE_REMINDERS_GROUP, NULL);
  g_assert_nonnull (group);
  enabled = stride_test_find_widget (group, GTK_TYPE_SWITCH, NULL);
  monday = stride_test_find_widget (group, GTK_TYPE_TOGGLE_BUTTON, "monday");
  thursday = stride_test_find_widget (group, GTK_TYPE_TOGGLE_BUTTON, "thursday");
  hour = stride_test_find_widget (group, GTK_TYPE_SPIN_BUTTON, NULL);
  for (GtkWidget *w = stride_test_find_widget (group, ADW_TYPE_ACTION_ROW, NULL); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      const char *title = ADW_IS_ACTION_ROW (w) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)) : NULL;

      if (g_strcmp0 (title, "Next Reminder") == 0)
        next_row = w;
      else if (g_strcmp0 (title, "Reminders Cannot Start at Login") == 0)
        background_row = w;
    }
  g_assert_nonnull (next_row);
  g_assert_nonnull (background_row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (next_row)), ==, "Reminders are off");
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (monday, ADW_TYPE_PREFERENCES_ROW)));

  /* Days are named for a screen reader by their full names */
  {
    g_assert_cmpstr (gtk_widget_get_tooltip_text (monday), ==, "Monday");
  }

  /* Space on the focused switch turns reminders on */
  gtk_widget_grab_focus (enabled);
  stride_test_press_keys (preferences, "space");
  stride_test_wait_until (reminders_enabled, NULL);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (monday)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (thursday)));
  g_assert_true (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (next_row)), " at 18:00") != NULL);
  g_assert_true (gtk_widget_get_sensitive (gtk_widget_get_ancestor (monday, ADW_TYPE_PREFERENCES_ROW)));

  /* The hour, one up with the arrow key */
  gtk_widget_grab_focus (hour);
  stride_test_press_keys (preferences, "Up");
  stride_test_wait_until (reminder_time_is, GINT_TO_POINTER (19 * 60));
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 19 * 60);
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (next_row)), "19:00"));

  /* A wheel turned over the time scrolls the page and leaves it */
  stride_test_wait_for_frames (GTK_WIDGET (preferences), 3);
  scrolls = 0;
  stride_test_scroll_over_until (hour, -2, scrolls_seen, &scrolls);
  stride_test_wait_for_frames (GTK_WIDGET (preferences), 2);
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 19 * 60);

  gtk_widget_grab_focus (enabled);
  save_shots (group, "reminders-group-360");

  /* No day at all: the line says what to do, nothing else changes */
  gtk_widget_grab_focus (monday);
  stride_test_press_keys (preferences, "space");
  stride_test_wait_until (toggle_off, monday);
  gtk_widget_grab_focus (thursday);
  stride_test_press_keys (preferences, "space");
  stride_test_wait_until (toggle_off, thursday);
  stride_test_wait_until (next_row_says_no_day, next_row);
  g_assert_true (g_settings_get_boolean (settings, "reminders-enabled"));
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 19 * 60);
  g_assert_null (stride_coaching_service_get_next_due (coaching));

  /* Stride cannot start at login: said in the group */
  g_settings_set_boolean (settings, "reminders-enabled", FALSE);
  stride_test_wait_until (file_missing, autostart);
  g_rmdir (autostart_dir);
  g_assert_true (g_file_set_contents (autostart_dir, "", 0, NULL));
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  stride_test_wait_until (background_failed, coaching);
  stride_test_wait_until (background_row_shown, background_row);
  g_assert_true (subtitle_starts_with (ADW_ACTION_ROW (background_row), "Could not make the folder"));
  gtk_widget_grab_focus (enabled);
  save_shots (group, "reminders-group-refused-360");

  /* Fixed, and turned on again: the warning goes */
  g_assert_cmpint (g_unlink (autostart_dir), ==, 0);
  g_settings_set_boolean (settings, "reminders-enabled", FALSE);
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  stride_test_wait_until (file_exists, autostart);
  stride_test_wait_until (background_row_hidden, background_row);
  g_assert_null (stride_coaching_service_get_background_error (coaching));

  reset_settings (settings);
  stride_test_wait_until (file_missing, autostart);
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The group in German at 360 px, where words are longest */
static void
test_reminders_preferences_de (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StrideWindow *window;
  GtkWindow *preferences;
  GtkWidget *group, *enabled;
  const char *days[] = { "monday", "thursday", NULL };

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  window = stride_window_new (STRIDE_APPLICATION (app));
  reset_settings (settings);
  g_settings_set_strv (settings, "reminder-days", days);
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  gtk_window_set_default_size (preferences, 360, 800);
  stride_test_wait_until (stride_test_widget_is_mapped, preferences);

  group = stride_test_find_widget (GTK_WIDGET (preferences), STRIDE_TYPE_REMINDERS_GROUP, NULL);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, "Erinnerungen");
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                   "Eine Benachrichtigung"));
  enabled = stride_test_find_widget (group, GTK_TYPE_SWITCH, NULL);
  gtk_widget_grab_focus (enabled);
  save_shots (group, "reminders-group-360-de");

  reset_settings (settings);
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config_home = g_build_filename (TEST_BUILD_DIR, "home", "reminders-config-XXXXXX", NULL);

  /* Notifications go to org.freedesktop.Notifications, where the test
   * stands in for the notification server */
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  /* An autostart folder of this run's own */
  g_assert_cmpint (g_mkdir_with_parents (TEST_BUILD_DIR "/home", 0700), ==, 0);
  g_assert_nonnull (g_mkdtemp (config_home));
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);

  app = stride_test_init_app (&argc, &argv);
  /* Once, in the first process: a German run of a test is another */
  if (!g_test_subprocess ())
    start_server ();

  g_test_add_func ("/stride/reminders/notification", test_reminders_notification);
  g_test_add_func ("/stride/reminders/autostart", test_reminders_autostart);
  g_test_add_func ("/stride/reminders/portal", test_reminders_portal);
  g_test_add_func ("/stride/reminders/preferences", test_reminders_preferences);
  g_test_add_func ("/stride/reminders/preferences/de", test_reminders_preferences_de);

  return g_test_run ();
}
