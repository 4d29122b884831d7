/* test-player.c
 *
 * The workout player as a runner uses it: the quick routine run on a fast
 * fake clock from get ready to done and into the session log; Space,
 * Right and Escape from the keyboard; stopping early keeps what was done;
 * mat mode's digits a quarter of the screen high; screenshots at 360 px
 * and in mat mode, light and dark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-player-page.h"
#include "stride-preferences-window.h"
#include "stride-session-log-page.h"
#include "stride-session-sets.h"
#include "stride-test-utils.h"
#include "stride-window.h"

#define SECOND G_GINT64_CONSTANT (1000000)

static GApplication *app;

typedef struct
{
  StrideWindow *window;
  StrideClock *clock;
  StridePlayerPage *player;
} Fixture;

static gboolean
window_is_mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (user_data);
}

static StrideRoutine *
lookup (const char *id)
{
  g_autoptr(GPtrArray) routines = stride_routine_get_builtins ();

  for (guint i = 0; i < routines->len; i++)
    if (g_strcmp0 (stride_routine_get_id (routines->pdata[i]), id) == 0)
      return stride_routine_ref (routines->pdata[i]);
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(StrideRoutine) quick = lookup ("quick");

  fixture->window = stride_window_new (STRIDE_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
  stride_test_wait_until (window_is_mapped, fixture->window);

  fixture->clock = stride_fake_clock_new (5000 * SECOND);
  g_assert_true (stride_window_start_workout (fixture->window, quick, fixture->clock));
  fixture->player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                 STRIDE_TYPE_PLAYER_PAGE, NULL));
  g_assert_nonnull (fixture->player);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->clock);
}

static void
advance (Fixture *fixture,
         gint64   delta)
{
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (fixture->clock), stride_clock_get_time (fixture->clock) + delta);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
shows (Fixture    *fixture,
       const char *text)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (fixture->player));

  return stride_test_text_contains (texts, text);
}

static StrideSessionLogPage *
find_session_log (Fixture *fixture)
{
  return (StrideSessionLogPage *) stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                           STRIDE_TYPE_SESSION_LOG_PAGE, NULL);
}

static JsonObject *
find_session (const char *routine)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(GPtrArray) sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);

  for (guint i = sessions->len; i > 0; i--)
    if (g_strcmp0 (json_object_get_string_member (sessions->pdata[i - 1], "routine"), routine) == 0)
      return sessions->pdata[i - 1];
  return NULL;
}

static void
test_player_quick_to_done (Fixture       *fixture,
                           gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  JsonObject *session;
  guint seconds = 0;

  /* Ready, waiting for Space */
  g_assert_true (shows (fixture, "Get Ready"));
  g_assert_true (shows (fixture, "0:10"));
  g_assert_true (shows (fixture, "Squats"));
  g_assert_true (shows (fixture, "Set 1 of 1"));
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_READY);

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_RUNNING);

  advance (fixture, 7 * SECOND);
  g_assert_true (shows (fixture, "0:03"));
  advance (fixture, 3 * SECOND + 500000);
  g_assert_true (shows (fixture, "Work"));
  g_assert_true (shows (fixture, "Rep 1 of 15"));
  g_assert_true (shows (fixture, "Next: Clamshells, left side"));

  /* Second by second to the end, as the display would go */
  while (stride_engine_get_state (engine) == STRIDE_ENGINE_RUNNING && seconds++ < 700)
    advance (fixture, SECOND);
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_FINISHED);
  g_assert_cmpuint (seconds, <, 600);

  /* The session log takes over; saving records the whole session */
  g_assert_nonnull (find_session_log (fixture));
  stride_session_log_page_save (find_session_log (fixture));
  session = find_session ("quick");
  g_assert_nonnull (session);
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), ==, 1.0);
  g_assert_cmpuint (stride_session_count_sets (session), ==, 8);
  g_assert_null (find_session_log (fixture));
}

static gboolean
state_is (gpointer user_data)
{
  gpointer *args = user_data;

  return stride_engine_get_state (args[0]) == (StrideEngineState) GPOINTER_TO_INT (args[1]);
}

static gboolean
segment_is (gpointer user_data)
{
  gpointer *args = user_data;

  return stride_engine_get_segment (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void shoot (Fixture    *fixture,
                   const char *name);

static gboolean
transition_done (gpointer user_data)
{
  Fixture *fixture = user_data;
  AdwLeaflet *leaflet = ADW_LEAFLET (stride_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET, NULL));

  return !adw_leaflet_get_child_transition_running (leaflet);
}

/* The keyboard focus is on the button labelled @label, and shown */
static void
assert_focus_on (Fixture    *fixture,
                 const char *label)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_test_message ("focus on %s, wanted on %s", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing", label);
  while (focus != NULL && !GTK_IS_BUTTON (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, label);
  g_assert_true (gtk_widget_get_mapped (focus));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));
}

static guint
count_sessions (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(GPtrArray) sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);

  return sessions->len;
}

/* More sessions stored than @user_data */
static gboolean
session_saved (gpointer user_data)
{
  return count_sessions () > GPOINTER_TO_UINT (user_data);
}

static gboolean
session_log_shown (gpointer user_data)
{
  Fixture *fixture = user_data;
  StrideSessionLogPage *log = find_session_log (fixture);

  return log != NULL && gtk_widget_get_mapped (GTK_WIDGET (log));
}

/* A whole workout from the keyboard: the focus starts on the page's
 * main button and is shown, and stays where the next key acts */
static void
test_player_keyboard (Fixture       *fixture,
                      gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  gpointer running[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_RUNNING) };
  gpointer paused[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_PAUSED) };
  gpointer stopped[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_STOPPED) };
  gpointer first[2] = { engine, GUINT_TO_POINTER (0) };
  gpointer second[2] = { engine, GUINT_TO_POINTER (1) };
  GtkWindow *dialog;
  guint n_sessions;

  stride_test_wait_until (window_is_mapped, fixture->player);
  stride_test_wait_until (transition_done, fixture);
  assert_focus_on (fixture, "_Start");
  shoot (fixture, "player-focus");
  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, running);
  assert_focus_on (fixture, "_Pause");

  stride_test_press_keys (GTK_WINDOW (fixture->window), "Right");
  stride_test_wait_until (segment_is, second);
  g_assert_true (shows (fixture, "Work"));
  assert_focus_on (fixture, "_Pause");
  /* Left at the start of a part goes back to the one before */
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Left");
  stride_test_wait_until (segment_is, first);
  assert_focus_on (fixture, "_Pause");
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Right");
  stride_test_wait_until (segment_is, second);
  assert_focus_on (fixture, "_Pause");

  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, paused);
  assert_focus_on (fixture, "_Resume");
  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, running);
  assert_focus_on (fixture, "_Pause");

  /* Escape asks before stopping; "Continue" goes on */
  advance (fixture, 9 * SECOND);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Escape");
  stride_test_wait_until (stride_test_dialog_shown, fixture->window);
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_PAUSED);
  dialog = stride_test_find_dialog (GTK_WINDOW (fixture->window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_RUNNING);

  /* "Stop" keeps what was done, for the session log, as partly done */
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.stop", NULL);
  dialog = stride_test_find_dialog (GTK_WINDOW (fixture->window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "stop");
  stride_test_wait_until (state_is, stopped);
  /* The session log opens on Save */
  stride_test_wait_until (session_log_shown, fixture);
  stride_test_wait_until (transition_done, fixture);
  assert_focus_on (fixture, "_Save");
  shoot (fixture, "session-log-focus");
  n_sessions = count_sessions ();
  stride_session_log_page_save (find_session_log (fixture));
  g_assert_true (session_saved (GUINT_TO_POINTER (n_sessions)));
  {
    JsonObject *session = find_session ("quick");
    StrideSessionSetIter iter;
    StrideSessionSet set;

    g_assert_cmpfloat (json_object_get_double_member (session, "completion"), <, 0.1);
    stride_session_set_iter_init (&iter, session);
    g_assert_true (stride_session_set_iter_next (&iter, &set));
    g_assert_cmpint (set.reps, ==, 2);
  }
}

static gboolean
has_size (gpointer user_data)
{
  GtkWidget *content = user_data;
  int *size = g_object_get_data (G_OBJECT (content), "wanted");

  return gtk_widget_get_width (content) == size[0] && gtk_widget_get_height (content) == size[1];
}

static void
shoot (Fixture    *fixture,
       const char *name)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  g_autofree char *path = NULL;

  /* Long enough for the focus ring to fade in */
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 20);
  path = stride_test_save_screenshot (content, name);
  g_test_message ("Screenshot: %s", path);
}

static void
test_player_screens (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *time_label = NULL;
  int minimum;

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, 15 * SECOND + 300000);

  /* Fits a phone's width */
  gtk_widget_measure (GTK_WIDGET (fixture->player), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (fixture, "player-800-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (fixture, "player-800-dark");

  /* Mat mode: full screen, digits at least a quarter of the height */
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.mat-mode", NULL);
  g_assert_true (stride_player_page_get_mat_mode (fixture->player));
  {
    static int wanted[2];

    stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
    wanted[0] = gtk_widget_get_width (content);
    wanted[1] = gtk_widget_get_height (content);
    g_object_set_data (G_OBJECT (content), "wanted", wanted);
    stride_test_wait_until (has_size, content);
  }
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, fixture->player);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, 0);

        if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "player-time"))
          time_label = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  {
    PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (time_label));
    PangoRectangle ink;

    /* The digits' ink, not the line: what the eye sees from the mat */
    pango_layout_get_pixel_extents (layout, &ink, NULL);
    g_test_message ("Mat mode: digits %d px high in a %d px window", ink.height, gtk_widget_get_height (content));
    g_assert_cmpint (ink.height * 4, >=, gtk_widget_get_height (content));
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (fixture, "player-mat-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (fixture, "player-mat-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.mat-mode", NULL);
  g_assert_false (stride_player_page_get_mat_mode (fixture->player));
}

/* What `stride --start quick` and the desktop file's action ask for */
static GtkWidget *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_text (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
player_shows_sound_unavailable (gpointer player)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (player);

  return stride_test_text_contains (texts, "Sound is unavailable, so the cues are only shown on screen");
}

/* With only a fakesink (as STRIDE_AUDIO_SINK=fakesink gives), the first
 * workout says once that the cues are only shown, in a toast over the
 * player's stage rather than over its controls. First of the tests: the
 * cue player is made once for the application. */
static void
test_player_sound_unavailable (void)
{
  GtkWindow *window;
  GtkWidget *player, *toast_label, *toast_overlay;
  GtkButton *play;

  g_action_group_activate_action (G_ACTION_GROUP (app), "start-workout", g_variant_new_string ("quick"));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  player = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL);
  g_assert_nonnull (player);
  stride_test_wait_until (player_shows_sound_unavailable, player);

  /* The controls stay clear of it */
  toast_label = find_label_with_text (player, "Sound is unavailable, so the cues are only shown on screen");
  g_assert_nonnull (toast_label);
  toast_overlay = gtk_widget_get_ancestor (toast_label, ADW_TYPE_TOAST_OVERLAY);
  g_assert_true (gtk_widget_is_ancestor (toast_overlay, player));
  play = stride_test_find_button (player, "_Start");
  g_assert_nonnull (play);
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (play), toast_overlay));

  gtk_window_destroy (window);
}

static void
test_player_start_action (void)
{
  GtkWindow *window;
  StridePlayerPage *player;

  g_action_group_activate_action (G_ACTION_GROUP (app), "start-workout", g_variant_new_string ("quick"));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL));
  g_assert_nonnull (player);
  g_assert_cmpstr (stride_routine_get_id (stride_plan_get_routine (stride_engine_get_plan (stride_player_page_get_engine (player)))),
                   ==, "quick");
  g_assert_cmpint (stride_engine_get_state (stride_player_page_get_engine (player)), ==, STRIDE_ENGINE_READY);

  g_action_group_activate_action (G_ACTION_GROUP (app), "start-full", NULL);
  g_assert_cmpstr (stride_routine_get_id (stride_plan_get_routine (stride_engine_get_plan (stride_player_page_get_engine (player)))),
                   ==, "full");

  gtk_window_destroy (window);
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

/* The sound settings reach the cue player that workouts use */
static void
test_player_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StrideCuePlayer *cues = stride_application_get_cue_player (STRIDE_APPLICATION (app));
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));
  GtkWindow *preferences;
  GtkWidget *mute;

  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);

  g_assert_false (stride_cue_player_get_muted (cues));
  mute = stride_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SWITCH, NULL);
  /* The switches in order: spoken cues, mute, flash */
  mute = gtk_widget_get_ancestor (mute, ADW_TYPE_PREFERENCES_PAGE);
  {
    g_autoptr(GPtrArray) switches = g_ptr_array_new ();
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, mute);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, 0);

        if (GTK_IS_SWITCH (w))
          g_ptr_array_add (switches, w);
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_assert_cmpuint (switches->len, ==, 3);
    gtk_switch_set_active (switches->pdata[1], TRUE);
  }
  g_assert_true (g_settings_get_boolean (settings, "muted"));
  g_assert_true (stride_cue_player_get_muted (cues));

  g_settings_set_double (settings, "cue-volume", 0.25);
  g_assert_cmpfloat_with_epsilon (stride_cue_player_get_volume (cues), 0.25, 1e-9);
  g_settings_set_boolean (settings, "spoken-cues", FALSE);
  g_assert_cmpint (stride_cue_player_get_mode (cues), ==, STRIDE_CUE_MODE_TONES);

  g_settings_reset (settings, "muted");
  g_settings_reset (settings, "cue-volume");
  g_settings_reset (settings, "spoken-cues");
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = stride_test_init_app (&argc, &argv);

  g_test_add_func ("/stride/player/sound-unavailable", test_player_sound_unavailable);
  g_test_add ("/stride/player/quick-to-done", Fixture, NULL, fixture_set_up, test_player_quick_to_done, fixture_tear_down);
  g_test_add ("/stride/player/keyboard", Fixture, NULL, fixture_set_up, test_player_keyboard, fixture_tear_down);
  g_test_add_func ("/stride/player/start-action", test_player_start_action);
  g_test_add_func ("/stride/player/preferences", test_player_preferences);
  g_test_add ("/stride/player/screens", Fixture, NULL, fixture_set_up, test_player_screens, fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
