/* test-progress-page.c
 *
 * The Progress area as a runner meets it: nothing yet, then a month of
 * sessions against the weekly goal with a streak, self-tests taken and
 * taken again, pain that brings the advice to see a specialist (again
 * after it was dismissed, once there is new pain), easy sessions that
 * suggest a harder variation and the button that switches to it, the
 * range of the charts, and the charts exported as images. Screenshots at
 * a phone's width and a laptop's, light and dark, are left in the build
 * directory to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-application.h"
#include "stride-chart-card.h"
#include "stride-chart-export.h"
#include "stride-chart-private.h"
#include "stride-session-sets.h"
#include "stride-progress-advice.h"
#include "stride-history-page.h"
#include "stride-weekly-goal-text.h"
#include "stride-progress-page.h"
#include "stride-routine.h"
#include "stride-test-utils.h"
#include "stride-week.h"
#include "stride-window.h"

static GApplication *app;
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

/* A time @days and @hours before "now", as the store keeps it */
static char *
dup_time_before (double days)
{
  g_autoptr(GDateTime) time = g_date_time_add_seconds (now, -days * 24 * 3600);

  return g_date_time_format_iso8601 (time);
}

static void
add_set (JsonObject *session,
         const char *exercise_id,
         const char *side,
         guint       reps)
{
  StrideSessionSet set = {
    .exercise = exercise_id, .variation = "base", .side = side, .number = 1,
    .reps = reps, .reps_planned = -1, .hold_seconds = -1,
  };

  stride_session_add_set (session, &set);
}

/* A session @days ago of @routine, with @squats reps of squats (none if
 * 0) and @clamshells per side (none if 0), and pain in @pain_area */
static void
put_session (const char *id,
             double      days,
             const char *routine,
             guint       squats,
             guint       clamshells,
             int         effort,
             double      completion,
             const char *pain_area)
{
  g_autoptr(JsonObject) session = json_object_new ();
  g_autofree char *started = dup_time_before (days);

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "started", started);
  json_object_set_string_member (session, "routine", routine);
  json_object_set_int_member (session, "duration", 900);
  json_object_set_double_member (session, "completion", completion);
  json_object_set_int_member (session, "effort", effort);
  if (squats > 0)
    {
      JsonArray *worked = json_array_new ();
      JsonArray *entry = json_array_new ();

      add_set (session, "squat", NULL, squats);
      /* Four seconds a squat */
      json_array_add_string_element (entry, "squat");
      json_array_add_null_element (entry);
      json_array_add_int_element (entry, squats * 4);
      json_array_add_array_element (worked, entry);
      json_object_set_array_member (session, STRIDE_SESSION_WORKED, worked);
    }
  if (clamshells > 0)
    {
      add_set (session, "clamshell", "left", clamshells);
      add_set (session, "clamshell", "right", clamshells);
    }
  if (pain_area != NULL)
    {
      JsonArray *pain = json_array_new ();
      JsonObject *report = json_object_new ();

      json_object_set_string_member (report, "area", pain_area);
      json_object_set_string_member (report, "side", "left");
      json_array_add_object_element (pain, report);
      json_object_set_array_member (session, "pain", pain);
    }

  stride_store_put (get_store (), STRIDE_COLLECTION_SESSIONS, session);
}

static void
put_result (const char *id,
            double      days,
            const char *test,
            const char *outcome,
            gboolean    pain)
{
  g_autoptr(JsonObject) result = json_object_new ();
  g_autofree char *taken = dup_time_before (days);
  JsonObject *answers = json_object_new ();

  json_object_set_string_member (result, "id", id);
  json_object_set_string_member (result, "test", test);
  json_object_set_string_member (result, "taken", taken);
  json_object_set_string_member (result, "outcome", outcome);
  if (g_str_equal (test, "squat-test"))
    {
      json_object_set_boolean_member (answers, "depth", g_str_equal (outcome, "ok"));
      json_object_set_boolean_member (answers, "fell_backward", FALSE);
    }
  else
    {
      json_object_set_boolean_member (answers, "left_dropped", g_str_equal (outcome, "left-weaker"));
      json_object_set_boolean_member (answers, "right_dropped", FALSE);
    }
  json_object_set_boolean_member (answers, "pain", pain);
  json_object_set_object_member (result, "answers", answers);

  stride_store_put (get_store (), STRIDE_COLLECTION_RESULTS, result);
}

typedef struct
{
  StrideWindow *window;
  StrideProgressPage *page;
} Shown;

static Shown
show_page (int width)
{
  Shown shown;

  shown.page = stride_test_show_progress_page (app, width, now, (GtkWindow **) &shown.window);
  return shown;
}

static gboolean
page_shows (Shown      *shown,
            const char *text)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (shown->page));

  return stride_test_text_contains (texts, text);
}

static gboolean
page_shows_start (Shown      *shown,
                  const char *start)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (shown->page));

  for (guint i = 0; i < texts->len; i++)
    if (g_str_has_prefix (texts->pdata[i], start))
      return TRUE;

  return FALSE;
}

static void
take_screenshots (Shown      *shown,
                  const char *what)
{
  static const int widths[] = { 360, 1280 };
  static const struct { AdwColorScheme scheme; const char *name; } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
    { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
      {
        g_autofree char *name = g_strdup_printf ("progress-%s-%d-%s", what, widths[w], schemes[s].name);
        g_autofree char *shot = NULL;
        GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown->window));

        adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[s].scheme);
        gtk_window_set_default_size (GTK_WINDOW (shown->window), widths[w], 1100);
        /* Long enough for the header's and the bottom bar's transitions */
        stride_test_wait_for_frames (GTK_WIDGET (shown->window), 40);
        /* The window's frame may take some of its default size: the
         * content gets the width looked at */
        if (gtk_widget_get_width (content) != widths[w])
          {
            gtk_window_set_default_size (GTK_WINDOW (shown->window),
                                         2 * widths[w] - gtk_widget_get_width (content), 1100);
            stride_test_wait_for_frames (GTK_WIDGET (shown->window), 4);
          }
        g_assert_cmpint (gtk_widget_get_width (content), ==, widths[w]);
        shot = stride_test_save_screenshot (content, name);
        g_test_message ("Screenshot: %s", shot);
      }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static gboolean
chart_is_empty (StrideChart *chart)
{
  g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (chart, 600, 300);

  return layout->empty;
}

/* The keyboard goes everywhere: Tab from the header bar walks into the
 * page and through its cards (some with nothing to focus) to the charts,
 * and Shift+Tab walks back out */
static void
test_tab_walks_the_page (void)
{
  Shown shown = show_page (1280);
  GtkWidget *menu_button = stride_test_find_widget (GTK_WIDGET (shown.window), GTK_TYPE_MENU_BUTTON, NULL);
  gboolean reached_chart = FALSE, back_in_header = FALSE;

  g_assert_nonnull (menu_button);
  gtk_widget_grab_focus (menu_button);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (shown.window)), menu_button));

  for (guint i = 0; i < 40 && !reached_chart; i++)
    {
      GtkWidget *focus;

      stride_test_press_keys (GTK_WINDOW (shown.window), "Tab");
      stride_test_wait_for_frames (GTK_WIDGET (shown.window), 1);
      focus = gtk_root_get_focus (GTK_ROOT (shown.window));
      g_test_message ("Tab %u: %s", i + 1, focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
      reached_chart = STRIDE_IS_CHART (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (shown.page));
    }
  g_assert_true (reached_chart);

  for (guint i = 0; i < 30 && !back_in_header; i++)
    {
      GtkWidget *focus;

      stride_test_press_keys (GTK_WINDOW (shown.window), "shift+Tab");
      stride_test_wait_for_frames (GTK_WIDGET (shown.window), 1);
      focus = gtk_root_get_focus (GTK_ROOT (shown.window));
      back_in_header = focus != NULL && gtk_widget_get_ancestor (focus, ADW_TYPE_HEADER_BAR) != NULL;
    }
  g_assert_true (back_in_header);

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static void
test_empty (void)
{
  Shown shown = show_page (1280);

  /* A new user sees the goal, and what each chart will show */
  g_assert_true (page_shows (&shown, "0 of 2–3 sessions this week"));
  g_assert_true (page_shows (&shown, "2 more sessions meet your goal"));
  g_assert_true (page_shows (&shown, "Meet your goal this week to start a streak."));
  g_assert_true (page_shows (&shown, "Not taken yet"));
  g_assert_true (page_shows (&shown, "None recorded yet"));
  for (guint i = 0; i < STRIDE_PROGRESS_N_CHARTS; i++)
    {
      StrideChart *chart = stride_progress_page_get_chart (shown.page, i);

      g_assert_true (chart_is_empty (chart));
      g_assert_true (g_str_has_suffix (stride_chart_get_empty_text (chart), "."));
      /* A screen reader hears the same */
      g_assert_cmpstr (stride_chart_get_description (chart), ==, stride_chart_get_empty_text (chart));
    }
  g_assert_false (gtk_widget_get_visible (stride_test_find_widget (GTK_WIDGET (shown.page), STRIDE_TYPE_PROGRESS_ADVICE, NULL)));

  take_screenshots (&shown, "empty");
  gtk_window_destroy (GTK_WINDOW (shown.window));
}

/* A month of two sessions a week, then one and a half this week; the
 * squat test taken and the bridge test taken again */
static void
put_month (void)
{
  for (guint week = 1; week <= 4; week++)
    {
      g_autofree char *first = g_strdup_printf ("month-%u-a", week);
      g_autofree char *second = g_strdup_printf ("month-%u-b", week);

      put_session (first, 7.0 * week, "full", 12, 12, 6, 1.0, NULL);
      put_session (second, 7.0 * week - 2, "full", 12, 12, 7, 1.0, NULL);
    }
  /* "Now" is a Thursday at noon: both are this week */
  put_session ("this-week-a", 2, "quick", 12, 0, 6, 1.0, NULL);
  put_session ("this-week-b", 1, "quick", 12, 0, 6, 0.5, NULL);

  put_result ("squat-1", 26, "squat-test", "tight-or-weak", FALSE);
  put_result ("bridge-1", 27, "bridge-test", "left-weaker", FALSE);
  put_result ("bridge-2", 3, "bridge-test", "balanced", FALSE);
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkButton *
find_button_by_tooltip (GtkWidget  *root,
                        const char *tooltip)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return GTK_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_button_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_week_and_streak (void)
{
  Shown shown = show_page (1280);

  put_month ();
  stride_test_settle (GTK_WIDGET (shown.window));

  /* Whole sessions, a partly done one among them */
  g_assert_true (page_shows (&shown, "2 of 2–3 sessions this week, 1 partly done"));
  g_assert_true (page_shows (&shown, "Goal met this week. Well done!"));
  g_assert_true (page_shows (&shown, "Streak: 5 weeks in a row met your goal"));
  g_assert_true (page_shows (&shown, "10 sessions recorded"));
  g_assert_true (page_shows_start (&shown, "You may have tight or weak hips, "));
  g_assert_true (page_shows_start (&shown, "Neither side looks weaker, "));

  /* Every chart has something to show */
  for (guint i = 0; i < STRIDE_PROGRESS_N_CHARTS - 1; i++)
    g_assert_false (chart_is_empty (stride_progress_page_get_chart (shown.page, i)));
  g_assert_true (chart_is_empty (stride_progress_page_get_chart (shown.page, STRIDE_PROGRESS_CHART_PAIN)));

  /* This week is under way: its reps so far are not drawn as a drop at
   * the end of the lines; the weeks before it are there */
  {
    StrideChart *reps = stride_progress_page_get_chart (shown.page, STRIDE_PROGRESS_CHART_REPS);
    StrideWeek this_week;

    g_assert_true (stride_week_init_for_time (&this_week, now, NULL));
    g_assert_cmpuint (stride_chart_get_n_series (reps), >, 0);
    for (guint s = 0; s < stride_chart_get_n_series (reps); s++)
      {
        StrideChartSeries *series = stride_chart_get_series (reps, s);
        guint n = stride_chart_series_get_n_points (series);

        g_assert_cmpuint (n, >=, 4);
        for (guint i = 0; i < n; i++)
          g_assert_cmpuint (stride_chart_series_get_point (series, i)->day, <, this_week.monday);
        g_assert_cmpuint (stride_chart_series_get_point (series, n - 1)->day, ==, this_week.monday - 7);
      }
  }

  /* Each week's bar tells the time its sessions worked: last week, two
   * sessions of 12 squats at four seconds each */
  {
    StrideChart *sessions = stride_progress_page_get_chart (shown.page, STRIDE_PROGRESS_CHART_SESSIONS);
    StrideChartSeries *series = stride_chart_get_series (sessions, 0);
    guint n = stride_chart_series_get_n_points (series);

    g_assert_cmpuint (n, >=, 2);
    g_assert_cmpstr (stride_chart_series_get_point (series, n - 2)->label, ==, "2 minutes of exercise");
  }

  /* The goal follows the preferences */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_int (settings, "weekly-goal-min", 3);
    stride_test_settle (GTK_WIDGET (shown.window));
    g_assert_true (page_shows (&shown, "2 of 3 sessions this week, 1 partly done"));
    g_assert_true (page_shows (&shown, "1 more session meets your goal"));
    g_assert_true (page_shows (&shown, "Meet your goal this week to start a streak."));
    g_settings_reset (settings, "weekly-goal-min");
    stride_test_settle (GTK_WIDGET (shown.window));
    g_assert_true (page_shows (&shown, "2 of 2–3 sessions this week, 1 partly done"));
  }

  /* The sessions are one step away, and Back returns */
  {
    AdwLeaflet *leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (shown.page)));

    gtk_widget_activate (find_row (GTK_WIDGET (shown.page), "All Sessions"));
    g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "history");
    g_signal_emit_by_name (find_button_by_tooltip (GTK_WIDGET (shown.page), "Back to Progress"), "clicked");
    g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "overview");
  }

  /* A self-test row leads to the Self-tests area */
  {
    GtkWidget *squat_row = find_row (GTK_WIDGET (shown.page), "Standing Deep Squat Test");

    g_assert_nonnull (squat_row);
    gtk_widget_activate (squat_row);
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stride_test_find_widget (GTK_WIDGET (shown.window),
                                                                                                      ADW_TYPE_VIEW_STACK, NULL))),
                     ==, "self-tests");
    stride_window_show_area (shown.window, "progress");
  }

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static gboolean
specialist_shown (Shown *shown)
{
  StrideProgressAdvice *advice =
    STRIDE_PROGRESS_ADVICE (stride_test_find_widget (GTK_WIDGET (shown->page), STRIDE_TYPE_PROGRESS_ADVICE, NULL));

  return stride_progress_advice_get_specialist_shown (advice) && gtk_widget_get_visible (GTK_WIDGET (advice));
}

static void
test_specialist (void)
{
  Shown shown = show_page (1280);

  /* Pain in one session is not yet the advice */
  put_session ("pain-1", 0.9, "quick", 0, 0, 7, 1.0, "knee");
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (specialist_shown (&shown));

  /* Pain in two of the last three is */
  put_session ("pain-2", 0.5, "quick", 0, 0, 7, 1.0, "hip");
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (specialist_shown (&shown));
  g_assert_true (page_shows_start (&shown, "You reported pain in 2 of your last 3 sessions. If you’re experiencing persistent hip, knee, or lower back pain while running, consider seeing a physical therapist or orthopedic specialist."));
  g_assert_false (chart_is_empty (stride_progress_page_get_chart (shown.page, STRIDE_PROGRESS_CHART_PAIN)));
  stride_test_assert_buttons_named (GTK_WIDGET (shown.page));
  take_screenshots (&shown, "data");

  /* Dismissed, it stays away while nothing new hurts */
  g_signal_emit_by_name (find_button_by_tooltip (GTK_WIDGET (shown.page), "Dismiss Until New Pain"), "clicked");
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (specialist_shown (&shown));
  put_session ("no-pain", 0.4, "quick", 0, 0, 5, 1.0, NULL);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (specialist_shown (&shown));

  /* New pain brings it back */
  put_session ("pain-3", 0.3, "quick", 0, 0, 7, 1.0, "knee");
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (specialist_shown (&shown));

  /* Pain in a self-test too: both reasons, in the guide's words */
  put_result ("squat-pain", 0.2, "squat-test", "ok", TRUE);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (page_shows_start (&shown, "You reported pain in 2 of your last 3 sessions, and you felt pain during the "
                                           "Standing Deep Squat Test on 12 March 2026. If you’re experiencing"));
  g_signal_emit_by_name (find_button_by_tooltip (GTK_WIDGET (shown.page), "Dismiss Until New Pain"), "clicked");
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (specialist_shown (&shown));

  /* Painless sessions end it */
  put_session ("fine-1", 0.15, "quick", 0, 0, 5, 1.0, NULL);
  put_session ("fine-2", 0.1, "quick", 0, 0, 5, 1.0, NULL);
  put_result ("squat-fine", 0.05, "squat-test", "ok", FALSE);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (specialist_shown (&shown));

  /* A self-test that hurt, alone: which one, and when, not “the test”,
   * which the Progress page has none of */
  put_result ("bridge-pain", 0.01, "bridge-test", "balanced", TRUE);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (specialist_shown (&shown));
  g_assert_true (page_shows_start (&shown, "You felt pain during the Hip Bridge Test on 12 March 2026. If you’re experiencing "
                                           "persistent hip, knee, or lower back pain while running"));

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static gboolean
suggests (Shown      *shown,
          const char *exercise_id)
{
  StrideProgressAdvice *advice =
    STRIDE_PROGRESS_ADVICE (stride_test_find_widget (GTK_WIDGET (shown->page), STRIDE_TYPE_PROGRESS_ADVICE, NULL));
  g_auto(GStrv) suggested = stride_progress_advice_list_suggested (advice);

  return g_strv_contains ((const char * const *) suggested, exercise_id);
}

static StrideRoutine *
lookup_stored_routine (const char *id)
{
  JsonObject *object = stride_store_lookup (get_store (), STRIDE_COLLECTION_ROUTINES, id);

  return object != NULL ? stride_routine_new_from_json (object, NULL) : NULL;
}

static gboolean
is_harder (StrideRoutine *routine,
           const char    *exercise_id)
{
  gboolean found = FALSE;

  for (guint i = 0; i < stride_routine_get_n_items (routine); i++)
    {
      StrideRoutineItem *item = stride_routine_get_item (routine, i);

      if (g_strcmp0 (item->exercise_id, exercise_id) == 0)
        {
          if (!item->harder)
            return FALSE;
          found = TRUE;
        }
    }

  return found;
}

static gboolean toast_shown (gpointer user_data);

static gboolean
no_toast_shown (gpointer user_data)
{
  return !toast_shown (user_data);
}

static gboolean
copy_saved_toast_shown (gpointer user_data)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (user_data);

  for (guint i = 0; i < texts->len; i++)
    if (g_str_has_prefix (texts->pdata[i], "Saved “My Full hip routine”"))
      return TRUE;
  return FALSE;
}

static gboolean
toast_shown (gpointer user_data)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (user_data);

  for (guint i = 0; i < texts->len; i++)
    if (g_str_has_prefix (texts->pdata[i], "Saved “My Full hip routine”")
        || g_str_has_prefix (texts->pdata[i], "“Squats at home” now has"))
      return TRUE;

  return FALSE;
}

static void
test_progression (void)
{
  g_autoptr(StrideRoutine) mine = stride_routine_new ("squats-at-home", "Squats at home");
  g_autoptr(JsonObject) mine_json = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  Shown shown = show_page (1280);

  stride_routine_add_item (mine, "squat");
  mine_json = stride_routine_to_json (mine);
  stride_store_put (get_store (), STRIDE_COLLECTION_ROUTINES, mine_json);

  /* The top of the squats' 10–15 at effort 5, once: not yet */
  put_session ("easy-1", 0.04, "squats-at-home", 15, 0, 5, 1.0, NULL);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests (&shown, "squat"));

  /* Twice running: the guide's harder variation */
  put_session ("easy-2", 0.03, "squats-at-home", 15, 0, 5, 1.0, NULL);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (suggests (&shown, "squat"));
  g_assert_true (page_shows (&shown, "You did 15 reps at effort 5 twice running. Make it harder: Try single-leg squats to intensify glute activation and improve balance."));
  g_assert_true (page_shows (&shown, "The button switches “Squats at home” to the harder variation."));

  /* The button switches the user's routine to it */
  g_signal_emit_by_name (stride_test_find_button (GTK_WIDGET (shown.page), "_Make It Harder"), "clicked");
  {
    g_autoptr(StrideRoutine) stored = lookup_stored_routine ("squats-at-home");

    g_assert_true (is_harder (stored, "squat"));
  }
  stride_test_wait_until (toast_shown, shown.window);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests (&shown, "squat"));

  /* In a built-in routine, a copy of it does */
  put_session ("easy-3", 0.02, "full", 0, 15, 4, 1.0, NULL);
  put_session ("easy-4", 0.01, "full", 0, 15, 6, 1.0, NULL);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (suggests (&shown, "clamshell"));
  g_assert_true (page_shows (&shown, "You did 15 reps per side at effort 6 twice running. Make it harder: Add a resistance band just above the knees for more challenge."));
  g_assert_true (page_shows (&shown, "The button saves a copy of “Full hip routine” that does the harder variation."));
  {
    g_autofree char *shot = NULL;

    stride_test_wait_for_frames (GTK_WIDGET (shown.window), 3);
    shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown.window)),
                                        "progress-suggestion-1280-light");
    g_test_message ("Screenshot: %s", shot);
  }

  /* The earlier toast gone, so that the next shows at once */
  stride_test_wait_until (no_toast_shown, shown.window);
  before = stride_store_list (get_store (), STRIDE_COLLECTION_ROUTINES);
  g_signal_emit_by_name (stride_test_find_button (GTK_WIDGET (shown.page), "_Make It Harder"), "clicked");
  after = stride_store_list (get_store (), STRIDE_COLLECTION_ROUTINES);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i < after->len; i++)
    {
      g_autoptr(StrideRoutine) routine = stride_routine_new_from_json (after->pdata[i], NULL);

      if (g_strcmp0 (stride_routine_get_name (routine), "My Full hip routine") == 0)
        {
          g_assert_true (is_harder (routine, "clamshell"));
          g_assert_false (is_harder (routine, "squat"));
        }
    }
  stride_test_wait_until (copy_saved_toast_shown, shown.window);
  /* Said saved once it is on disk */
  g_assert_false (stride_store_get_unsaved (get_store ()));
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests (&shown, "clamshell"));

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static void
test_dismiss_suggestion (void)
{
  Shown shown = show_page (1280);

  /* Bridges at the top twice, dismissed: back after another easy one */
  put_session ("bridge-1", 0.009, "full", 0, 0, 5, 1.0, NULL);
  {
    g_autoptr(JsonObject) session = json_object_ref (stride_store_lookup (get_store (), STRIDE_COLLECTION_SESSIONS, "bridge-1"));

    add_set (session, "glute-bridge", NULL, 15);
    stride_store_put (get_store (), STRIDE_COLLECTION_SESSIONS, session);
  }
  {
    g_autoptr(JsonObject) session = json_object_new ();
    g_autofree char *started = dup_time_before (0.008);

    json_object_set_string_member (session, "id", "bridge-2");
    json_object_set_string_member (session, "started", started);
    json_object_set_string_member (session, "routine", "full");
    json_object_set_int_member (session, "effort", 5);
    add_set (session, "glute-bridge", NULL, 15);
    stride_store_put (get_store (), STRIDE_COLLECTION_SESSIONS, session);
  }
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (suggests (&shown, "glute-bridge"));

  g_signal_emit_by_name (find_button_by_tooltip (GTK_WIDGET (shown.page), "Dismiss"), "clicked");
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests (&shown, "glute-bridge"));

  {
    g_autoptr(JsonObject) session = json_object_new ();
    g_autofree char *started = dup_time_before (0.007);

    json_object_set_string_member (session, "id", "bridge-3");
    json_object_set_string_member (session, "started", started);
    json_object_set_string_member (session, "routine", "full");
    json_object_set_int_member (session, "effort", 5);
    add_set (session, "glute-bridge", NULL, 15);
    stride_store_put (get_store (), STRIDE_COLLECTION_SESSIONS, session);
  }
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (suggests (&shown, "glute-bridge"));

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static guint
count_points (StrideChart *chart)
{
  return stride_chart_series_get_n_points (stride_chart_get_series (chart, 0));
}

static void
test_range (void)
{
  Shown shown = show_page (1280);
  StrideChart *sessions = stride_progress_page_get_chart (shown.page, STRIDE_PROGRESS_CHART_SESSIONS);
  StrideChart *self_tests = stride_progress_page_get_chart (shown.page, STRIDE_PROGRESS_CHART_SELF_TESTS);
  StrideChart *reps = stride_progress_page_get_chart (shown.page, STRIDE_PROGRESS_CHART_REPS);
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                                           g_date_time_get_year (now));
  guint32 this_monday = g_date_get_julian (today) - (g_date_get_weekday (today) - 1);

  /* Three months by default: 13 or 14 weeks. The bars begin with the
   * first session, four weeks ago: the weeks before it are not weeks
   * without a session */
  {
    g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (sessions, 600, 300);

    g_assert_cmpuint (layout->first_day, <=, this_monday - 12 * 7);
    g_assert_cmpuint (layout->first_day, >=, this_monday - 13 * 7);
  }
  g_assert_cmpuint (count_points (sessions), ==, 5);

  gtk_widget_activate_action (GTK_WIDGET (shown.page), "progress.range", "s", "4-weeks");
  g_assert_cmpuint (count_points (sessions), ==, 4);
  /* The reps of the three weeks that are over; this one is under way */
  g_assert_cmpuint (count_points (reps), ==, 3);
  {
    g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (self_tests, 600, 300);

    g_assert_cmpuint (layout->first_day, ==, this_monday - 21);
  }

  gtk_widget_activate_action (GTK_WIDGET (shown.page), "progress.range", "s", "year");
  g_assert_cmpuint (count_points (sessions), ==, 5);
  {
    g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (self_tests, 600, 300);
    g_autoptr(StrideChartLayout) bars = stride_chart_build_layout (sessions, 600, 300);

    g_assert_cmpuint (layout->first_day, <=, this_monday - 51 * 7);
    g_assert_cmpuint (bars->first_day, <=, this_monday - 51 * 7);
  }

  /* All of it: from the first session, four weeks ago */
  gtk_widget_activate_action (GTK_WIDGET (shown.page), "progress.range", "s", "all");
  g_assert_cmpuint (count_points (sessions), ==, 5);

  /* The buttons show which is chosen */
  {
    GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (shown.page), "All")));

    for (GtkWidget *button = gtk_widget_get_first_child (box); button != NULL; button = gtk_widget_get_next_sibling (button))
      g_assert_cmpint (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)), ==,
                       g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "All") == 0);
  }

  gtk_widget_activate_action (GTK_WIDGET (shown.page), "progress.range", "s", "3-months");
  gtk_window_destroy (GTK_WINDOW (shown.window));
}

/* Whether @path is an SVG document: XML whose root is <svg> */
static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  char **root = user_data;

  if (*root == NULL)
    *root = g_strdup (element_name);
}

static void
assert_svg (const char *path)
{
  static const GMarkupParser parser = { on_start_element, NULL, NULL, NULL, NULL };
  g_autofree char *contents = NULL;
  g_autofree char *root = NULL;
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &root, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (root, ==, "svg");
}

static void
test_export (void)
{
  Shown shown = show_page (1280);
  g_autofree char *dir = g_dir_make_tmp ("stride-charts-XXXXXX", NULL);

  for (guint i = 0; i < STRIDE_PROGRESS_N_CHARTS; i++)
    {
      StrideChart *chart = stride_progress_page_get_chart (shown.page, i);
      g_autofree char *png_name = g_strdup_printf ("chart-%u.png", i);
      g_autofree char *svg_name = g_strdup_printf ("chart-%u.svg", i);
      g_autofree char *png_path = g_build_filename (dir, png_name, NULL);
      g_autofree char *svg_path = g_build_filename (dir, svg_name, NULL);
      g_autoptr(GFile) png = g_file_new_for_path (png_path);
      g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
      g_autoptr(GdkTexture) texture = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (stride_chart_export (chart, png, STRIDE_IMAGE_FORMAT_PNG, 800, 400, &error));
      g_assert_no_error (error);
      texture = gdk_texture_new_from_file (png, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_texture_get_width (texture), >=, 800);

      g_assert_true (stride_chart_export (chart, svg, STRIDE_IMAGE_FORMAT_SVG, 800, 400, &error));
      g_assert_no_error (error);
      assert_svg (svg_path);

      g_remove (png_path);
      g_remove (svg_path);
    }

  /* Each card's menu exports its own chart */
  {
    GtkWidget *card = gtk_widget_get_ancestor (GTK_WIDGET (stride_progress_page_get_chart (shown.page, 0)),
                                               STRIDE_TYPE_CHART_CARD);

    g_assert_true (gtk_widget_activate_action (card, "card.export", NULL));
    stride_test_wait_until (stride_test_file_chooser_shown, NULL);
    g_assert_cmpstr (gtk_window_get_title (stride_test_find_file_chooser ()), ==, "Export Chart");
    gtk_dialog_response (GTK_DIALOG (stride_test_find_file_chooser ()), GTK_RESPONSE_CANCEL);
  }

  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static void
clear_store (void)
{
  for (StrideCollection c = STRIDE_COLLECTION_SESSIONS; c <= STRIDE_COLLECTION_RESULTS; c++)
    {
      g_autoptr(GPtrArray) records = stride_store_list (get_store (), c);

      for (guint i = 0; i < records->len; i++)
        stride_store_remove (get_store (), c, json_object_get_string_member (records->pdata[i], "id"));
    }
}

/* Two months as a runner keeps to the guide: two or three sessions a
 * week with the reps growing, a bridge test that found the left side
 * weaker and a re-test that found it caught up. The picture for the
 * README and the AppStream metainfo (data/screenshots/progress.png). */
static void
test_showcase (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *shot = NULL;
  Shown shown;

  clear_store ();
  g_settings_reset (settings, "progressions-dismissed");
  for (guint week = 0; week < 8; week++)
    for (guint day = 0; day < 3; day++)
      {
        /* Monday, Thursday, and every other week a Saturday; this week
         * only Monday so far */
        double days = 3 + (7 - week) * 7.0 - (day == 1 ? 3 : day == 2 ? 5 : 0);
        g_autofree char *id = g_strdup_printf ("showcase-%u-%u", week, day);
        guint squats = MIN (10 + week / 2 + day % 2, 14);

        if ((day == 2 && week % 2 == 1) || days < 0 || (week == 7 && day > 0))
          continue;
        put_session (id, days, "full", squats, MIN (12 + week / 3, 14), 7 - (int) (week / 4), 1.0, NULL);
      }
  put_result ("showcase-squat-1", 45, "squat-test", "tight-or-weak", FALSE);
  put_result ("showcase-bridge-1", 44, "bridge-test", "left-weaker", FALSE);
  put_result ("showcase-squat-2", 4, "squat-test", "ok", FALSE);
  put_result ("showcase-bridge-2", 3, "bridge-test", "balanced", FALSE);

  shown = show_page (1280);
  gtk_window_set_default_size (GTK_WINDOW (shown.window), 1280, 800);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (page_shows (&shown, "1 of 2–3 sessions this week"));
  stride_test_wait_for_frames (GTK_WIDGET (shown.window), 40);
  shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown.window)),
                                      "progress-showcase");
  g_test_message ("Screenshot: %s", shot);

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

/* "2–3" is one number to the reader: a narrow German page broke this
 * week's count after its dash, "2–" on one line and "3 Trainings" on
 * the next */
static void
test_goal_range_unbroken (void)
{
  StrideWeeklyGoal goal = { .sessions = 2, .partial = 1, .goal_min = 2, .goal_max = 3 };
  g_autofree char *text = stride_weekly_goal_dup_count (&goal);
  const char *dash = strstr (text, "–");
  int n_attrs = g_utf8_strlen (text, -1) + 1;
  g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, n_attrs);
  glong after_dash;

  g_assert_nonnull (dash);
  after_dash = g_utf8_pointer_to_offset (text, dash) + 1;
  pango_get_log_attrs (text, -1, -1, pango_language_from_string ("de"), attrs, n_attrs);
  /* No break before any character from the dash's next to the number */
  for (glong i = after_dash; i < n_attrs - 1; i++)
    {
      g_assert_false (attrs[i].is_line_break);
      if (g_unichar_isdigit (g_utf8_get_char (g_utf8_offset_to_pointer (text, i))))
        break;
    }
}

static GtkWidget *
find_by_css_class (GtkWidget  *widget,
                   const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_css_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Beside the taller column of self-tests and sessions on a wide window,
 * the week's card is as tall as what it says, not stretched into an
 * empty box */
static void
test_week_card_fits (void)
{
  Shown shown;
  GtkWidget *card;
  int natural;

  clear_store ();
  put_month ();
  shown = show_page (1280);
  stride_test_settle (GTK_WIDGET (shown.window));

  card = find_by_css_class (GTK_WIDGET (shown.page), "goal-card");
  g_assert_nonnull (card);
  gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (card), NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (card), <=, natural);

  gtk_window_destroy (GTK_WINDOW (shown.window));
  stride_test_forget_window_size ();
}

static gboolean
history_shown (gpointer user_data)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (user_data), "history") == 0
         && !adw_leaflet_get_child_transition_running (user_data);
}

static gboolean
overview_shown_with_focus_on_sessions (gpointer user_data)
{
  Shown *shown = user_data;
  AdwLeaflet *leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (shown->page)));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (shown->window));

  return g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "overview") == 0
         && !adw_leaflet_get_child_transition_running (leaflet)
         && focus == find_row (GTK_WIDGET (shown->page), "All Sessions");
}

/* The list of sessions is left as an exercise's page is, with Escape or
 * Alt+Left as well as its Back button, and the keyboard comes back to
 * All Sessions, where it was */
static void
test_history_back_keys (void)
{
  const char *keys[] = { "Escape", "alt+Left", NULL };
  Shown shown;

  clear_store ();
  put_month ();
  shown = show_page (1280);
  stride_test_settle (GTK_WIDGET (shown.window));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      AdwLeaflet *leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (shown.page)));

      g_test_message ("%s", keys[i] != NULL ? keys[i] : "the Back button");
      gtk_widget_activate (find_row (GTK_WIDGET (shown.page), "All Sessions"));
      g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "history");
      stride_test_wait_until (history_shown, leaflet);
      if (keys[i] != NULL)
        stride_test_press_keys (GTK_WINDOW (shown.window), keys[i]);
      else
        g_signal_emit_by_name (find_button_by_tooltip (GTK_WIDGET (shown.page), "Back to Progress"), "clicked");
      stride_test_wait_until (overview_shown_with_focus_on_sessions, &shown);
    }

  gtk_window_destroy (GTK_WINDOW (shown.window));
  stride_test_forget_window_size ();
}

static GtkAdjustment *
get_history_scroll (Shown *shown)
{
  GtkWidget *history = stride_test_find_widget (GTK_WIDGET (shown->page), STRIDE_TYPE_HISTORY_PAGE, NULL);
  /* Not the empty state's own scroller, before it */
  GtkWidget *list = stride_test_find_widget (history, GTK_TYPE_LIST_BOX, NULL);
  GtkWidget *scroller = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static gboolean
history_scrolls (gpointer user_data)
{
  GtkAdjustment *scroll = user_data;

  return gtk_adjustment_get_upper (scroll) > gtk_adjustment_get_page_size (scroll) + 100;
}

/* All Sessions opens on the newest, where a session just saved is, not
 * where the list was scrolled to when it was last left */
static void
test_history_opens_at_newest (void)
{
  AdwLeaflet *leaflet;
  GtkAdjustment *scroll;
  Shown shown;

  clear_store ();
  put_month ();
  shown = show_page (360);
  stride_test_remap_at_size (GTK_WINDOW (shown.window), 360, 500);
  stride_test_wait_until (stride_test_widget_is_mapped, shown.window);
  stride_test_settle (GTK_WIDGET (shown.window));
  leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (shown.page)));
  scroll = get_history_scroll (&shown);

  stride_progress_page_show_history (shown.page);
  stride_test_wait_until (history_shown, leaflet);
  stride_test_wait_until (history_scrolls, scroll);
  gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, 0);

  stride_test_press_keys (GTK_WINDOW (shown.window), "Escape");
  stride_test_wait_until (overview_shown_with_focus_on_sessions, &shown);
  gtk_widget_activate (find_row (GTK_WIDGET (shown.page), "All Sessions"));
  stride_test_wait_until (history_shown, leaflet);
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, 0);

  gtk_window_destroy (GTK_WINDOW (shown.window));
  stride_test_forget_window_size ();
}

/* Arriving in the Progress area, after a session is saved or from a
 * shortcut, the keyboard is on All Sessions, where the session is, and
 * the page shows this week's count at its top; it was on the first
 * self-test row, with the week scrolled half away */
static void
test_focus_on_arrival (void)
{
  static const int sizes[][2] = { { 360, 700 }, { 1280, 800 } };

  clear_store ();
  put_month ();
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));
      GtkWidget *page, *focus, *scroller;

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      gtk_window_present (GTK_WINDOW (window));
      stride_window_show_area (window, "workout");
      stride_test_wait_for_frames (GTK_WIDGET (window), 3);
      stride_window_show_area (window, "progress");
      page = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PROGRESS_PAGE, NULL);
      stride_test_wait_until (stride_test_widget_is_mapped, page);
      stride_test_wait_for_frames (GTK_WIDGET (window), 5);

      focus = gtk_window_get_focus (GTK_WINDOW (window));
      g_assert_nonnull (focus);
      g_assert_true (ADW_IS_ACTION_ROW (focus));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (focus)), ==, "All Sessions");
      scroller = gtk_widget_get_ancestor (focus, GTK_TYPE_SCROLLED_WINDOW);
      g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))), ==, 0);
      gtk_window_destroy (GTK_WINDOW (window));
      stride_test_forget_window_size ();
    }
}

/* The sessions, one step into the Progress area, at a phone's width and
 * full width, light and dark, in English and, in a process of its own,
 * German: dates written "Thursday, 5 November 2026", never padded */
static void
test_history_screens (gconstpointer data)
{
  Shown shown;

  if (data != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (data);
      return;
    }

  clear_store ();
  put_month ();
  shown = show_page (1280);
  stride_test_settle (GTK_WIDGET (shown.window));
  stride_progress_page_show_history (shown.page);

  /* The keyboard lands on Back: a screen reader says where it is, not
   * only “Progress” */
  if (data == NULL)
    {
      GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (shown.window));

      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (shown.page)));
      gtk_test_accessible_assert_property (focus, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "All Sessions. 10 sessions recorded. Back to Progress");
    }

  {
    GtkWidget *history = stride_test_find_widget (GTK_WIDGET (shown.page), STRIDE_TYPE_HISTORY_PAGE, NULL);
    g_autoptr(GPtrArray) texts = stride_test_collect_text (history);
    guint dates = 0;

    for (guint i = 0; i < texts->len; i++)
      {
        g_assert_null (strstr (texts->pdata[i], "  "));
        dates += g_regex_match_simple ("^[[:alpha:]]+, [1-9][0-9]?\\.? [[:alpha:]]+ 20[0-9][0-9], [0-9][0-9]:[0-9][0-9]$",
                                       texts->pdata[i], 0, 0);
      }
    g_assert_cmpuint (dates, ==, 10);
  }
  take_screenshots (&shown, data != NULL ? "history-de" : "history");
  gtk_window_destroy (GTK_WINDOW (shown.window));
}

/* German words are longer: the page with data at a phone's width, in
 * German, in a process of its own */
static void
test_german (void)
{
  Shown shown;
  g_autofree char *shot = NULL;
  int minimum;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  clear_store ();
  put_session ("german-1", 1, "full", 12, 12, 6, 1.0, "knee");
  put_session ("german-2", 4, "full", 12, 12, 6, 0.5, "knee");
  put_result ("german-squat", 2, "squat-test", "tight-or-weak", FALSE);
  put_result ("german-bridge", 2, "bridge-test", "left-weaker", FALSE);

  shown = show_page (360);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (page_shows (&shown, "1 von 2–3 Trainings diese Woche"));
  /* The charts write dates as the rest of the app does, in German:
   * "3. Dezember 2026", not "12/03/26" nor "3 Dezember 2026" */
  {
    const char *description = stride_chart_get_description (stride_progress_page_get_chart (shown.page,
                                                                                              STRIDE_PROGRESS_CHART_SELF_TESTS));

    g_test_message ("%s", description);
    g_assert_null (strchr (description, '/'));
    /* The month's name follows the system's time locale */
    g_assert_true (g_regex_match_simple ("[1-9][0-9]?\\. [[:upper:]][[:alpha:]]+ 20[0-9][0-9]", description, 0, 0));
  }
  stride_test_wait_for_frames (GTK_WIDGET (shown.window), 40);
  shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown.window)),
                                      "progress-data-360-light-de");
  g_test_message ("Screenshot: %s", shot);
  gtk_widget_measure (GTK_WIDGET (shown.page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("stride-progress-page-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  /* A private data folder: the store starts empty */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  /* GTK's test backend keeps what a screen reader would be told, in
   * process and without a bus */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = stride_test_init_app (&argc, &argv);
  stride_test_wait_until (store_loaded, get_store ());
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* A Thursday at noon, in the middle of a week */
  now = g_date_time_new_local (2026, 3, 12, 12, 0, 0);

  g_test_add_func ("/stride/progress-page/empty", test_empty);
  g_test_add_func ("/stride/progress-page/tab", test_tab_walks_the_page);
  g_test_add_func ("/stride/progress-page/week-and-streak", test_week_and_streak);
  /* Before the export test: after it, keys typed into a new window of
   * this process do not reach it (Stride's window, its file chooser
   * cancelled, keeps its keys: tried by hand) */
  g_test_add_func ("/stride/progress-page/history-back-keys", test_history_back_keys);
  g_test_add_func ("/stride/progress-page/history-opens-at-newest", test_history_opens_at_newest);
  g_test_add_func ("/stride/progress-page/range", test_range);
  g_test_add_func ("/stride/progress-page/specialist", test_specialist);
  g_test_add_func ("/stride/progress-page/progression", test_progression);
  g_test_add_func ("/stride/progress-page/dismiss-suggestion", test_dismiss_suggestion);
  g_test_add_func ("/stride/progress-page/export", test_export);
  g_test_add_func ("/stride/progress-page/showcase", test_showcase);
  g_test_add_func ("/stride/progress-page/german", test_german);
  g_test_add_func ("/stride/progress-page/focus-on-arrival", test_focus_on_arrival);
  g_test_add_func ("/stride/progress-page/week-card-fits", test_week_card_fits);
  g_test_add_func ("/stride/progress-page/goal-range-unbroken", test_goal_range_unbroken);
  g_test_add_data_func ("/stride/progress-page/history-screens", NULL, test_history_screens);
  g_test_add_data_func ("/stride/progress-page/history-screens/de", "de", test_history_screens);

  status = g_test_run ();
  g_date_time_unref (now);
  g_object_unref (app);

  return status;
}
