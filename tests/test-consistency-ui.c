/* test-consistency-ui.c
 *
 * The coaching loop on screen: the Progress area's calendar of training
 * days walked with real key presses (each day said as the keyboard
 * reaches it), fewer weeks at a phone's width, the weekly score beside
 * the streak, the next self-test on the Progress and Self-tests areas
 * with its button once due, and the re-test notice sent by the coaching
 * service on a fake clock as it reaches the session bus, once, its action
 * opening the test. Screenshots of the
 * Progress area with a year of sessions and with none, light and dark, at
 * a phone's width and a laptop's, are left in the build directory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-consistency.h"
#include "stride-heatmap.h"
#include "stride-progress-page.h"
#include "stride-retest.h"
#include "stride-coaching-service.h"
#include "stride-retest-notice.h"
#include "stride-retest-row.h"
#include "stride-self-test-wizard.h"
#include "stride-self-tests-page.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;
/* Thursday 12 March 2026 at noon, local time */
static GDateTime *now;

static StrideStore *
get_store (void)
{
  return stride_application_get_store (STRIDE_APPLICATION (app));
}

static gboolean
store_loaded (gpointer user_data)
{
  return stride_store_get_loaded (user_data);
}

static void
clear_store (void)
{
  const StrideCollection collections[] = { STRIDE_COLLECTION_SESSIONS, STRIDE_COLLECTION_RESULTS };

  for (guint c = 0; c < G_N_ELEMENTS (collections); c++)
    {
      g_autoptr(GPtrArray) records = stride_store_list (get_store (), collections[c]);

      for (guint i = 0; i < records->len; i++)
        stride_store_remove (get_store (), collections[c],
                             json_object_get_string_member (records->pdata[i], "id"));
    }
}

/* A whole session on the day @days before today, at @hour local time */
static void
put_session (int    days,
             int    hour,
             double completion)
{
  g_autoptr(JsonObject) session = json_object_new ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days);
  g_autoptr(GDateTime) started = g_date_time_add_hours (day, hour - 12);
  g_autofree char *text = g_date_time_format_iso8601 (started);
  g_autofree char *id = stride_store_new_id ();

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "started", text);
  json_object_set_string_member (session, "routine", "full");
  json_object_set_int_member (session, "duration", 900);
  json_object_set_double_member (session, "completion", completion);
  stride_store_put (get_store (), STRIDE_COLLECTION_SESSIONS, session);
}

static void
put_result_before (GDateTime  *when,
                   const char *test,
                   const char *outcome,
                   int         days)
{
  g_autoptr(JsonObject) result = json_object_new ();
  g_autoptr(GDateTime) taken = g_date_time_add_days (when, -days);
  g_autofree char *text = g_date_time_format_iso8601 (taken);
  g_autofree char *id = stride_store_new_id ();
  JsonObject *answers = json_object_new ();

  json_object_set_string_member (result, "id", id);
  json_object_set_string_member (result, "test", test);
  json_object_set_string_member (result, "taken", text);
  json_object_set_string_member (result, "outcome", outcome);
  json_object_set_boolean_member (answers, "pain", FALSE);
  json_object_set_object_member (result, "answers", answers);
  stride_store_put (get_store (), STRIDE_COLLECTION_RESULTS, result);
}

static void
put_result (const char *test,
            const char *outcome,
            int         days)
{
  put_result_before (now, test, outcome, days);
}

/* A year of training as a runner does it: two or three evenings a week,
 * a missed week now and then, a stopped session here and there */
static void
put_year (void)
{
  for (int week = 0; week < 52; week++)
    {
      if (week % 9 == 4)
        continue;
      for (int d = 0; d < 2 + (week % 3 == 0); d++)
        put_session (week * 7 + d * 2 + 1, 18, week % 5 == 2 && d == 0 ? 0.6 : 1.0);
    }
  /* Two on one day */
  put_session (1, 8, 1.0);
}

typedef struct
{
  StrideWindow *window;
  StrideProgressPage *page;
  StrideHeatmap *heatmap;
} Shown;

static Shown
show_progress (int width)
{
  Shown shown;

  shown.page = stride_test_show_progress_page (app, width, now, (GtkWindow **) &shown.window);
  shown.heatmap = STRIDE_HEATMAP (stride_test_find_widget (GTK_WIDGET (shown.page), STRIDE_TYPE_HEATMAP, NULL));
  g_assert_nonnull (shown.heatmap);
  stride_test_wait_until (stride_test_widget_is_mapped, shown.heatmap);
  stride_test_settle (GTK_WIDGET (shown.window));

  return shown;
}

static gboolean
shows (GtkWidget  *root,
       const char *text)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (root);

  return stride_test_text_contains (texts, text);
}

static guint32
day_before (int days)
{
  return stride_consistency_get_day (now, NULL) - days;
}

static void
press (Shown      *shown,
       const char *keys)
{
  g_auto(GStrv) each = g_strsplit (keys, " ", -1);

  for (guint i = 0; each[i] != NULL; i++)
    {
      stride_test_press_keys (GTK_WINDOW (shown->window), each[i]);
      stride_test_settle (GTK_WIDGET (shown->window));
    }
}

static void
assert_focus (Shown      *shown,
              guint32     day,
              const char *label)
{
  g_assert_cmpuint (stride_heatmap_get_focus_day (shown->heatmap), ==, day);
  g_assert_cmpstr (stride_heatmap_get_label (shown->heatmap), ==, label);
}

static gboolean
heatmap_has_focus (gpointer user_data)
{
  return stride_test_is_focus (user_data);
}

/* Whatever day it is, the month of today is named above its week: on
 * 5 December, the week of 30 November named no month before */
static void
test_month_names (void)
{
  GtkWidget *window = gtk_window_new ();
  StrideHeatmap *heatmap = STRIDE_HEATMAP (stride_heatmap_new ());
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (StrideDaySessions));
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2026);

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 300);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (heatmap));
  stride_heatmap_set_days (heatmap, days, g_date_get_julian (date));
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, heatmap);
  stride_test_settle (window);

  for (guint i = 0; i < 366; i++, g_date_add_days (date, 1))
    {
      g_auto(GStrv) names = NULL;
      char month[64];

      stride_heatmap_set_days (heatmap, days, g_date_get_julian (date));
      names = stride_heatmap_dup_month_names (heatmap);
      g_assert_cmpuint (g_date_strftime (month, sizeof month, "%b", date), >, 0);
      if (names[0] == NULL || !g_str_equal (names[g_strv_length (names) - 1], month))
        g_error ("On %d-%02d-%02d the last month named is %s, not %s", g_date_get_year (date), g_date_get_month (date),
                 g_date_get_day (date), names[0] != NULL ? names[g_strv_length (names) - 1] : "none", month);
      /* Six months or so at this width, each once */
      g_assert_cmpuint (g_strv_length (names), >=, 4);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard (void)
{
  Shown shown;
  guint32 today;

  clear_store ();
  /* Two sessions yesterday (Wednesday 11 March), one partly done the
   * Wednesday before; nothing on Tuesday 10 March */
  put_session (1, 8, 1.0);
  put_session (1, 19, 1.0);
  put_session (8, 18, 0.5);
  shown = show_progress (1280);
  today = day_before (0);

  g_assert_cmpuint (stride_heatmap_get_today (shown.heatmap), ==, today);
  g_assert_cmpuint (stride_heatmap_get_n_weeks_shown (shown.heatmap), ==, STRIDE_HEATMAP_WEEKS);
  g_assert_cmpuint (stride_heatmap_get_sessions (shown.heatmap, day_before (1)), ==, 2);
  g_assert_cmpuint (stride_heatmap_get_sessions (shown.heatmap, day_before (8)), ==, 1);
  g_assert_cmpuint (stride_heatmap_get_sessions (shown.heatmap, day_before (2)), ==, 0);

  /* It is in the Tab order, just before the charts' range, and starts on
   * today */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (shown.page), "4 Weeks"))));
  stride_test_settle (GTK_WIDGET (shown.window));
  press (&shown, "shift+Tab");
  stride_test_wait_until (heatmap_has_focus, shown.heatmap);
  assert_focus (&shown, today, "Today, Thursday 12 March 2026: no sessions");

  /* Up a day, along the column of the week */
  press (&shown, "Up");
  assert_focus (&shown, day_before (1), "Wednesday 11 March 2026: 2 sessions");
  press (&shown, "Up");
  assert_focus (&shown, day_before (2), "Tuesday 10 March 2026: no sessions");
  /* Down past today goes nowhere: the future is not drawn */
  press (&shown, "Down Down Down");
  assert_focus (&shown, today, "Today, Thursday 12 March 2026: no sessions");
  /* Left a week, to the partly done session; it counts as one */
  press (&shown, "Up Left");
  assert_focus (&shown, day_before (8), "Wednesday 4 March 2026: 1 session");
  press (&shown, "Right");
  assert_focus (&shown, day_before (1), "Wednesday 11 March 2026: 2 sessions");

  /* Home: the first day shown, a Monday 25 weeks before this week's */
  press (&shown, "Home");
  g_assert_cmpuint (stride_heatmap_get_focus_day (shown.heatmap), ==, stride_heatmap_get_first_shown (shown.heatmap));
  g_assert_cmpuint (stride_heatmap_get_first_shown (shown.heatmap), ==, today - 3 - 7 * 25);
  assert_focus (&shown, today - 3 - 7 * 25, "Monday 15 September 2025: no sessions");
  /* Left from there stays */
  press (&shown, "Left Up");
  assert_focus (&shown, today - 3 - 7 * 25, "Monday 15 September 2025: no sessions");
  press (&shown, "End");
  assert_focus (&shown, today, "Today, Thursday 12 March 2026: no sessions");

  /* A session saved now shows at once, and the focus stays on today */
  put_session (0, 9, 1.0);
  stride_test_settle (GTK_WIDGET (shown.window));
  assert_focus (&shown, today, "Today, Thursday 12 March 2026: 1 session");

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

/* At a phone's width the latest weeks are shown, and Home goes to the
 * first of them */
static void
test_narrow (void)
{
  Shown shown;
  GtkWidget *content;
  guint weeks;

  clear_store ();
  put_session (1, 18, 1.0);
  shown = show_progress (360);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown.window));
  g_assert_cmpint (gtk_widget_get_width (content), <=, 360);

  weeks = stride_heatmap_get_n_weeks_shown (shown.heatmap);
  g_test_message ("Weeks shown at 360 px: %u", weeks);
  g_assert_cmpuint (weeks, >=, 8);
  g_assert_cmpuint (weeks, <, STRIDE_HEATMAP_WEEKS);
  /* The calendar fits inside its card */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (shown.heatmap)), <=, gtk_widget_get_width (content) - 24);

  gtk_widget_grab_focus (GTK_WIDGET (shown.heatmap));
  stride_test_settle (GTK_WIDGET (shown.window));
  press (&shown, "Home");
  g_assert_cmpuint (stride_heatmap_get_focus_day (shown.heatmap), ==,
                    day_before (0) - 3 - 7 * (weeks - 1));

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static void
test_score (void)
{
  Shown shown;

  clear_store ();
  shown = show_progress (1280);
  /* Nothing to score yet: no line */
  g_assert_false (shows (GTK_WIDGET (shown.page), "Goal met in 0 of the last 8 weeks"));

  /* Two a week for nine weeks but the fourth before this one; one
   * session so far this week (Monday): 7 of the last 8 */
  for (int week = 1; week <= 9; week++)
    if (week != 4)
      {
        put_session (7 * week - 1, 18, 1.0);
        put_session (7 * week + 1, 18, 1.0);
      }
  put_session (3, 18, 1.0);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (shows (GTK_WIDGET (shown.page), "Goal met in 7 of the last 8 weeks"));
  g_assert_true (shows (GTK_WIDGET (shown.page), "Streak: 3 weeks in a row met your goal"));

  /* A second session this week: this week counts, the oldest drops */
  put_session (2, 18, 1.0);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (shows (GTK_WIDGET (shown.page), "Goal met in 7 of the last 8 weeks"));
  g_assert_true (shows (GTK_WIDGET (shown.page), "Streak: 4 weeks in a row met your goal"));

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static GtkWidget *
find_row_with_title (GtkWidget  *root,
                     const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_with_title (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
wizard_shown (gpointer user_data)
{
  GtkWidget *wizard = stride_test_find_widget (user_data, STRIDE_TYPE_SELF_TEST_WIZARD, NULL);

  return wizard != NULL && gtk_widget_get_mapped (wizard);
}

static char *
dup_retest_title (int due_year,
                  int due_month,
                  int due_day)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) today = g_date_time_new (utc, 2026, 12, 20, 12, 0, 0);
  g_autoptr(GDateTime) due = g_date_time_new (utc, due_year, due_month, due_day, 12, 0, 0);
  GtkWidget *row = g_object_ref_sink (stride_retest_row_new (STRIDE_SELF_TEST_SQUAT, due, today, utc));
  char *title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  g_object_unref (row);
  return title;
}

/* A due day in another year says the year: "due since Sunday 3 August"
 * read as this year's */
static void
test_retest_year (void)
{
  g_autofree char *overdue = dup_retest_title (2025, 8, 3);
  g_autofree char *next_year = dup_retest_title (2027, 1, 7);
  g_autofree char *this_year = dup_retest_title (2026, 12, 10);

  g_assert_cmpstr (overdue, ==, "Squat self-test due since Sunday 3 August 2025");
  g_assert_cmpstr (next_year, ==, "Next squat self-test: Thursday 7 January 2027");
  g_assert_cmpstr (this_year, ==, "Squat self-test due since Thursday 10 December");
}

static void
test_retest_lines (void)
{
  Shown shown;
  GtkWidget *area, *row;

  clear_store ();
  shown = show_progress (1280);
  /* Never taken: no date to show */
  g_assert_null (find_row_with_title (GTK_WIDGET (shown.page), "Next squat self-test: Thursday 9 April"));

  /* Taken on Thursday 12 February and Thursday 5 March: the squat test is
   * due today, the bridge test on Thursday 2 April */
  put_result ("squat-test", "ok", 28);
  put_result ("bridge-test", "left-weaker", 30);
  put_result ("bridge-test", "balanced", 7);
  stride_test_settle (GTK_WIDGET (shown.window));
  row = find_row_with_title (GTK_WIDGET (shown.page), "Next bridge self-test: Thursday 2 April");
  g_assert_nonnull (row);
  g_assert_null (stride_test_find_button (row, "_Take Test"));
  row = find_row_with_title (GTK_WIDGET (shown.page), "Squat self-test due today");
  g_assert_nonnull (row);
  g_assert_nonnull (stride_test_find_button (row, "_Take Test"));

  /* The same lines on the Self-tests area, a week later: overdue */
  stride_window_show_area (shown.window, "self-tests");
  area = stride_test_find_widget (GTK_WIDGET (shown.window), STRIDE_TYPE_SELF_TESTS_PAGE, NULL);
  {
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 7);

    stride_self_tests_page_set_now (STRIDE_SELF_TESTS_PAGE (area), later);
  }
  stride_test_wait_until (stride_test_widget_is_mapped, area);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_nonnull (find_row_with_title (area, "Next bridge self-test: Thursday 2 April"));
  row = find_row_with_title (area, "Squat self-test due since Thursday 12 March");
  g_assert_nonnull (row);
  g_assert_true (shows (row, "Taken 5 weeks ago. Take it again to see how your hips have changed."));
  {
    g_autofree char *shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown.window)),
                                                         "consistency-self-tests-retest");

    g_test_message ("Screenshot: %s", shot);
  }
  /* At a phone's width the line wraps beside its button */
  {
    GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown.window));
    GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (stride_test_find_widget (area, GTK_TYPE_SCROLLED_WINDOW, NULL));
    g_autofree char *shot = NULL;

    gtk_window_set_default_size (GTK_WINDOW (shown.window), 360, 900);
    stride_test_wait_for_frames (GTK_WIDGET (shown.window), 40);
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller),
                              gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (scroller)));
    stride_test_wait_for_frames (GTK_WIDGET (shown.window), 4);
    g_assert_cmpint (gtk_widget_get_width (content), <=, 360);
    shot = stride_test_save_screenshot (content, "consistency-self-tests-retest-360");
    g_test_message ("Screenshot: %s", shot);
  }

  /* Its button opens the squat test's wizard */
  gtk_widget_activate (GTK_WIDGET (stride_test_find_button (row, "_Take Test")));
  stride_test_wait_until (wizard_shown, shown.window);
  g_assert_cmpint (stride_self_test_wizard_get_kind (STRIDE_SELF_TEST_WIZARD (stride_test_find_widget (GTK_WIDGET (shown.window), STRIDE_TYPE_SELF_TEST_WIZARD, NULL))),
                   ==, STRIDE_SELF_TEST_SQUAT);

  stride_self_tests_page_set_now (STRIDE_SELF_TESTS_PAGE (area), NULL);
  gtk_window_destroy (GTK_WINDOW (shown.window));
}

/* A stand-in for GNOME Shell's notification service, on the test's own
 * session bus: what Stride sends is what it receives */
static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct
{
  gboolean owned;
  char *id;
  GVariant *notification;
} Received;

static void
on_notification_call (GDBusConnection       *connection,
                      const char            *sender,
                      const char            *object_path,
                      const char            *interface_name,
                      const char            *method_name,
                      GVariant              *parameters,
                      GDBusMethodInvocation *invocation,
                      gpointer               user_data)
{
  Received *received = user_data;

  if (g_str_equal (method_name, "AddNotification"))
    {
      g_clear_pointer (&received->id, g_free);
      g_clear_pointer (&received->notification, g_variant_unref);
      g_variant_get (parameters, "(s&s@a{sv})", NULL, NULL, NULL);
      g_variant_get_child (parameters, 1, "s", &received->id);
      received->notification = g_variant_get_child_value (parameters, 2);
    }
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((Received *) user_data)->owned = TRUE;
}

static gboolean
is_owned (gpointer user_data)
{
  return ((Received *) user_data)->owned;
}


static gboolean
has_retest_notification (gpointer user_data)
{
  Received *received = user_data;

  return received->notification != NULL && g_str_has_prefix (received->id, "retest-");
}

/* Four weeks after a squat self-test, the coaching service (on a fake
 * clock, starting now) sends "Time to re-test", once; its action opens
 * the squat test's wizard */
static void
test_notification (void)
{
  static const GDBusInterfaceVTable vtable = { on_notification_call, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (notifications_xml, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  /* Results relative to the real time, so that the app's own service,
   * on the real clock, has nothing due while this one is tested */
  g_autoptr(GDateTime) real_now = g_date_time_new_now_local ();
  g_autoptr(StrideClock) clock = stride_fake_clock_new (g_date_time_to_unix (real_now) * G_USEC_PER_SEC);
  g_autoptr(StrideCoachingService) service = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GVariant) buttons = NULL;
  g_autoptr(GVariant) button = NULL;
  Received received = { FALSE, NULL, NULL };
  const char *title = NULL, *body = NULL, *label = NULL, *button_action = NULL;
  guint registration, owner;

  g_assert_no_error (error);
  registration = g_dbus_connection_register_object (bus, "/org/gtk/Notifications", node->interfaces[0], &vtable,
                                                    &received, NULL, &error);
  g_assert_no_error (error);
  owner = g_bus_own_name_on_connection (bus, "org.gtk.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                        on_name_acquired, NULL, &received, NULL);
  stride_test_wait_until (is_owned, &received);

  clear_store ();
  put_result_before (real_now, "squat-test", "ok", 20);
  due = stride_retest_dup_due (get_store (), STRIDE_SELF_TEST_SQUAT, NULL);
  g_assert_nonnull (due);
  g_settings_reset (settings, "squat-retest-last-sent");
  g_settings_reset (settings, "reminder-days");
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  service = stride_coaching_service_new (app, settings, get_store (), clock);

  /* A second before it is due, nothing; then the notice */
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), (g_date_time_to_unix (due) - 1) * G_USEC_PER_SEC);
  g_assert_false (has_retest_notification (&received));
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), g_date_time_to_unix (due) * G_USEC_PER_SEC);
  stride_test_wait_until (has_retest_notification, &received);

  g_assert_cmpstr (received.id, ==, "retest-squat-test");
  g_assert_true (g_variant_lookup (received.notification, "title", "&s", &title));
  g_assert_cmpstr (title, ==, "Time to re-test: squat self-test");
  g_assert_true (g_variant_lookup (received.notification, "body", "&s", &body));
  g_assert_true (g_str_has_prefix (body, "Four weeks have passed since your last squat self-test."));
  g_assert_true (g_variant_lookup (received.notification, "default-action", "s", &action));
  g_assert_cmpstr (action, ==, "app.start-self-test");
  target = g_variant_lookup_value (received.notification, "default-action-target", G_VARIANT_TYPE_STRING);
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "squat-test");
  buttons = g_variant_lookup_value (received.notification, "buttons", G_VARIANT_TYPE ("aa{sv}"));
  g_assert_nonnull (buttons);
  g_assert_cmpuint (g_variant_n_children (buttons), ==, 1);
  button = g_variant_get_child_value (buttons, 0);
  g_assert_true (g_variant_lookup (button, "label", "&s", &label));
  g_assert_cmpstr (label, ==, "Take Test");
  g_assert_true (g_variant_lookup (button, "action", "&s", &button_action));
  g_assert_cmpstr (button_action, ==, "app.start-self-test");

  /* Once for this result: a day later nothing more is planned for it */
  g_assert_cmpint (g_settings_get_int64 (settings, "squat-retest-last-sent"), >=, g_date_time_to_unix (due));
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), (g_date_time_to_unix (due) + 86400) * G_USEC_PER_SEC);
  {
    GDateTime *next = stride_coaching_service_get_next_due (service);

    g_assert_true (next == NULL || g_date_time_compare (next, due) != 0);
  }

  /* Clicking it activates that action with that target, as the shell
   * does: the squat test's wizard opens */
  g_action_group_activate_action (G_ACTION_GROUP (app), action + strlen ("app."), target);
  {
    GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

    g_assert_nonnull (window);
    stride_test_wait_until (wizard_shown, window);
    g_assert_cmpint (stride_self_test_wizard_get_kind (STRIDE_SELF_TEST_WIZARD (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_SELF_TEST_WIZARD, NULL))),
                     ==, STRIDE_SELF_TEST_SQUAT);
    gtk_window_destroy (window);
  }

  g_clear_object (&service);
  g_settings_reset (settings, "reminders-enabled");
  g_settings_reset (settings, "squat-retest-last-sent");
  g_application_withdraw_notification (app, "retest-squat-test");
  g_bus_unown_name (owner);
  g_dbus_connection_unregister_object (bus, registration);
  g_clear_pointer (&received.id, g_free);
  g_clear_pointer (&received.notification, g_variant_unref);
}

static void
take_screenshots (const char *what)
{
  static const int widths[] = { 360, 1280 };
  static const struct { AdwColorScheme scheme; const char *name; } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
    { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
      {
        g_autofree char *name = g_strdup_printf ("consistency-%s-%d-%s", what, widths[w], schemes[s].name);
        g_autofree char *shot = NULL;
        Shown shown;
        GtkWidget *content;
        GtkWidget *card;

        adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[s].scheme);
        shown = show_progress (widths[w]);
        content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown.window));
        stride_test_wait_for_frames (GTK_WIDGET (shown.window), 40);
        if (gtk_widget_get_width (content) != widths[w])
          {
            gtk_window_set_default_size (GTK_WINDOW (shown.window), 2 * widths[w] - gtk_widget_get_width (content), 1100);
            stride_test_wait_for_frames (GTK_WIDGET (shown.window), 4);
          }
        g_assert_cmpint (gtk_widget_get_width (content), ==, widths[w]);
        /* The focused day is ringed as the keyboard leaves it */
        gtk_widget_grab_focus (GTK_WIDGET (shown.heatmap));
        gtk_window_set_focus_visible (GTK_WINDOW (shown.window), TRUE);
        stride_test_settle (GTK_WIDGET (shown.window));
        stride_test_press_keys (GTK_WINDOW (shown.window), "Up");
        stride_test_settle (GTK_WIDGET (shown.window));
        shot = stride_test_save_screenshot (content, name);
        g_test_message ("Screenshot: %s", shot);

        /* The calendar's card alone, scrolled into view */
        card = gtk_widget_get_parent (GTK_WIDGET (shown.heatmap));
        g_free (shot);
        g_free (name);
        name = g_strdup_printf ("consistency-%s-card-%d-%s", what, widths[w], schemes[s].name);
        shot = stride_test_save_screenshot (card, name);
        g_test_message ("Screenshot: %s", shot);
        gtk_window_destroy (GTK_WINDOW (shown.window));
      }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static gboolean
is_high_contrast (gpointer user_data)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ()) == GPOINTER_TO_INT (user_data);
}

/* In high contrast every day is outlined, an empty one too */
static void
take_high_contrast_screenshot (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *shot = NULL;
  Shown shown;

  if (schema == NULL || !g_settings_schema_has_key (schema, "high-contrast"))
    {
      g_test_message ("No high-contrast setting to turn on here");
      return;
    }

  settings = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (settings, "high-contrast", TRUE);
  stride_test_wait_until (is_high_contrast, GINT_TO_POINTER (TRUE));
  shown = show_progress (1280);
  stride_test_wait_for_frames (GTK_WIDGET (shown.window), 10);
  shot = stride_test_save_screenshot (gtk_widget_get_parent (GTK_WIDGET (shown.heatmap)), "consistency-year-card-high-contrast");
  g_test_message ("Screenshot: %s", shot);
  gtk_window_destroy (GTK_WINDOW (shown.window));
  g_settings_set_boolean (settings, "high-contrast", FALSE);
  stride_test_wait_until (is_high_contrast, GINT_TO_POINTER (FALSE));
}

static void
test_screenshots (void)
{
  clear_store ();
  take_screenshots ("empty");

  put_year ();
  put_result ("squat-test", "ok", 20);
  put_result ("bridge-test", "left-weaker", 40);
  take_screenshots ("year");
  take_high_contrast_screenshot ();
}

/* In German: the score, the re-test lines and each day of the calendar;
 * week- and month-names follow the system's time locale */
static void
test_german (void)
{
  Shown shown;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  clear_store ();
  for (int week = 1; week <= 3; week++)
    {
      put_session (7 * week - 1, 18, 1.0);
      put_session (7 * week + 1, 18, 1.0);
    }
  put_session (1, 18, 1.0);
  put_result ("squat-test", "ok", 30);
  put_result ("bridge-test", "balanced", 7);
  shown = show_progress (360);

  g_assert_true (shows (GTK_WIDGET (shown.page), "Ziel in 3 der letzten 3 Wochen erreicht"));
  g_assert_true (g_str_has_prefix (stride_heatmap_get_label (shown.heatmap), "Heute, "));
  g_assert_true (g_str_has_suffix (stride_heatmap_get_label (shown.heatmap), ": kein Training"));
  gtk_widget_grab_focus (GTK_WIDGET (shown.heatmap));
  stride_test_settle (GTK_WIDGET (shown.window));
  press (&shown, "Up");
  g_assert_true (g_str_has_suffix (stride_heatmap_get_label (shown.heatmap), ": 1 Training"));
  {
    g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (shown.page));
    gboolean next = FALSE, overdue = FALSE;

    for (guint i = 0; i < texts->len; i++)
      {
        next |= g_str_has_prefix (texts->pdata[i], "Nächster Hüftbrückentest: ");
        overdue |= g_str_has_prefix (texts->pdata[i], "Kniebeugentest fällig seit ");
      }
    g_assert_true (next);
    g_assert_true (overdue);
  }
  g_assert_nonnull (stride_test_find_button (GTK_WIDGET (shown.page), "Test _machen"));
  {
    g_autofree char *shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown.window)),
                                                         "consistency-progress-360-de");

    g_test_message ("Screenshot: %s", shot);
  }

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("stride-consistency-ui-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  /* A private data folder: the store starts empty */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  app = stride_test_init_app (&argc, &argv);
  stride_test_wait_until (store_loaded, get_store ());
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  now = g_date_time_new_local (2026, 3, 12, 12, 0, 0);

  g_test_add_func ("/stride/consistency-ui/month-names", test_month_names);
  g_test_add_func ("/stride/consistency-ui/keyboard", test_keyboard);
  g_test_add_func ("/stride/consistency-ui/narrow", test_narrow);
  g_test_add_func ("/stride/consistency-ui/score", test_score);
  g_test_add_func ("/stride/consistency-ui/retest-lines", test_retest_lines);
  g_test_add_func ("/stride/consistency-ui/retest-year", test_retest_year);
  g_test_add_func ("/stride/consistency-ui/notification", test_notification);
  g_test_add_func ("/stride/consistency-ui/screenshots", test_screenshots);
  g_test_add_func ("/stride/consistency-ui/german", test_german);

  status = g_test_run ();
  g_date_time_unref (now);
  g_object_unref (app);

  return status;
}
