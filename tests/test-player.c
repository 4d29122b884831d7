/* test-player.c
 *
 * The workout player as a runner uses it: the quick routine run on a fast
 * fake clock from get ready to done and into the session log; Space,
 * Right and Escape from the keyboard; stopping early keeps what was done;
 * mat mode's digits as large as the screen leaves room for, the controls
 * on it; a paused workout and
 * muted sound shown as such; screenshots at 360 px and in mat mode,
 * light and dark, in English and German.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "stride-application.h"
#include "stride-catalog.h"
#include "stride-figure-view.h"
#include "stride-movement.h"
#include "stride-player-page.h"
#include "stride-workout-page.h"
#include "stride-preferences-window.h"
#include "stride-reminders-group.h"
#include "stride-session-log-page.h"
#include "stride-self-test-wizard.h"
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
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->window);

  fixture->clock = stride_fake_clock_new (5000 * SECOND);
  /* Or the areas, for a test that starts its workout itself */
  if (g_strcmp0 (data, "areas") == 0)
    return;
  g_assert_true (stride_window_start_workout (fixture->window, quick, fixture->clock));
  fixture->player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                 STRIDE_TYPE_PLAYER_PAGE, NULL));
  g_assert_nonnull (fixture->player);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* A test that closed the window has cleared it */
  if (fixture->window != NULL)
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

static GtkLabel *
find_named_label (Fixture    *fixture,
                  const char *name)
{
  GtkLabel *label = (GtkLabel *) gtk_widget_get_template_child (GTK_WIDGET (fixture->player),
                                                                STRIDE_TYPE_PLAYER_PAGE, name);

  g_assert_nonnull (label);
  return label;
}

/* Loads @routine into the player and starts it. Returns its plan, and
 * in @start the clock's time when it started */
static StridePlan *
play_routine (Fixture       *fixture,
              StrideRoutine *routine,
              gint64        *start)
{
  g_autoptr(GError) error = NULL;

  stride_player_page_load (fixture->player, routine, fixture->clock, &error);
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  *start = stride_clock_get_time (fixture->clock);

  return stride_engine_get_plan (stride_player_page_get_engine (fixture->player));
}

/* Every built-in routine, the weaker-side routine for either side, and
 * each harder variation, played through segment by segment: the figure
 * works the side the screen names, and "Next" names the exercise after
 * the one on screen, or says the last one has come */
static void
test_player_sides_and_next (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) routines = stride_routine_get_builtins ();
  g_autoptr(StrideRoutine) harder = stride_routine_copy (routines->pdata[0], "harder");
  StrideFigureView *figure = (StrideFigureView *) stride_test_find_widget (GTK_WIDGET (fixture->player),
                                                                           STRIDE_TYPE_FIGURE_VIEW, NULL);
  GtkLabel *next_label = find_named_label (fixture, "next_label");
  GtkLabel *exercise_label = find_named_label (fixture, "exercise_label");
  GtkLabel *rep_label = find_named_label (fixture, "rep_label");
  GtkLabel *phase_label = find_named_label (fixture, "phase_label");
  guint n_sided = 0, n_steps = 0, n_same_next = 0;

  for (guint i = 0; i < stride_routine_get_n_items (harder); i++)
    {
      StrideRoutineItem *item = stride_routine_get_item (harder, i);
      StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), item->exercise_id);

      item->harder = stride_exercise_get_harder (exercise) != NULL;
    }
  g_ptr_array_add (routines, stride_routine_new_weaker_side (STRIDE_SIDE_LEFT));
  g_ptr_array_add (routines, stride_routine_new_weaker_side (STRIDE_SIDE_RIGHT));
  g_ptr_array_add (routines, stride_routine_ref (harder));
  g_assert_nonnull (figure);

  for (guint r = 0; r < routines->len; r++)
    {
      StrideRoutine *routine = routines->pdata[r];
      gint64 start;
      StridePlan *plan = play_routine (fixture, routine, &start);
      StrideEngine *engine = stride_player_page_get_engine (fixture->player);

      for (guint i = 0; i < stride_plan_get_n_segments (plan); i++)
        {
          const StrideSegment *segment = stride_plan_get_segment (plan, i);
          const char *next_text;

          if (segment->duration == 0 && segment->kind != STRIDE_SEGMENT_DONE)
            continue;
          advance (fixture, start + segment->start + segment->duration / 2 - stride_clock_get_time (fixture->clock));
          g_assert_cmpuint (stride_engine_get_segment (engine), ==, i);
          next_text = gtk_label_get_label (next_label);

          if (segment->kind == STRIDE_SEGMENT_DONE)
            {
              g_assert_cmpstr (next_text, ==, "");
              continue;
            }

          /* The figure works the side the exercise line names */
          g_assert_true (gtk_widget_get_visible (GTK_WIDGET (figure)));
          if (segment->side != STRIDE_SIDE_NONE)
            {
              stride_test_assert_figure_side (figure, segment->side);
              n_sided++;
            }
          else
            g_assert_false (stride_figure_view_get_mirrored (figure));

          /* Side steps in the guide's unit: steps, in each direction */
          if (g_strcmp0 (segment->exercise_id, "side-step") == 0)
            {
              const char *way = segment->side == STRIDE_SIDE_LEFT ? ", to the left" : ", to the right";

              g_assert_true (g_str_has_suffix (gtk_label_get_label (exercise_label), way));
              if (segment->kind == STRIDE_SEGMENT_WORK)
                {
                  g_assert_true (g_str_has_prefix (gtk_label_get_label (rep_label), "Step "));
                  n_steps++;
                }
              if (segment->kind == STRIDE_SEGMENT_SWITCH_SIDES)
                g_assert_cmpstr (gtk_label_get_label (phase_label), ==, "Change Direction");
            }
          else if (segment->side != STRIDE_SIDE_NONE)
            {
              g_assert_true (g_str_has_suffix (gtk_label_get_label (exercise_label),
                                               segment->side == STRIDE_SIDE_LEFT ? ", left side" : ", right side"));
              if (segment->kind == STRIDE_SEGMENT_SWITCH_SIDES)
                g_assert_cmpstr (gtk_label_get_label (phase_label), ==, "Switch Sides");
            }
          if (segment->kind == STRIDE_SEGMENT_WORK && segment->reps > 0
              && g_strcmp0 (segment->exercise_id, "side-step") != 0)
            g_assert_true (g_str_has_prefix (gtk_label_get_label (rep_label), "Rep "));

          /* Next is the next block of work, by name: another set says
           * which, the other side says which */
          {
            guint next = stride_plan_find_next_work (plan, stride_engine_get_segment (engine));

            if (next != G_MAXUINT)
              {
                const StrideSegment *after = stride_plan_get_segment (plan, next);
                StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), after->exercise_id);
                g_autofree char *set = g_strdup_printf (", set %u of %u", after->set, after->n_sets);

                g_assert_true (g_str_has_prefix (next_text, "Next: "));
                g_assert_nonnull (strstr (next_text, stride_exercise_get_name (exercise)));
                if (after->item == segment->item && after->set != segment->set)
                  g_assert_true (g_str_has_suffix (next_text, set));
                else
                  g_assert_null (strstr (next_text, ", set "));
                if (after->side != STRIDE_SIDE_NONE && g_strcmp0 (after->exercise_id, "side-step") != 0)
                  g_assert_nonnull (strstr (next_text, after->side == STRIDE_SIDE_LEFT ? "left side" : "right side"));
                n_same_next += after->item == segment->item;
              }
            else
              g_assert_cmpstr (next_text, ==, "Last exercise");
          }
        }
      g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_FINISHED);
    }

  g_assert_cmpuint (n_sided, >, 50);
  g_assert_cmpuint (n_steps, >, 10);
  /* Another set or side of the exercise shown came next, and was said */
  g_assert_cmpuint (n_same_next, >, 10);
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

static gboolean
focus_on_stop (gpointer dialog)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

  return GTK_IS_BUTTON (focus) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), "_Stop") == 0;
}

static gboolean
dialog_gone (gpointer window)
{
  return stride_test_find_dialog (window) == NULL;
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

  stride_test_wait_until (stride_test_widget_is_mapped, fixture->player);
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
  /* The ring stays where the keyboard is */
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));
  /* Left at the start of a part goes back to the one before */
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Left");
  stride_test_wait_until (segment_is, first);
  assert_focus_on (fixture, "_Pause");
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Right");
  stride_test_wait_until (segment_is, second);
  assert_focus_on (fixture, "_Pause");
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));

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
  stride_test_wait_until (stride_test_widget_is_mapped, dialog);
  /* The dialog opens on Continue: Space answers it */
  stride_test_press_keys (dialog, "space");
  stride_test_wait_until (state_is, running);
  stride_test_wait_until (dialog_gone, fixture->window);

  /* "Stop" keeps what was done, for the session log, as partly done:
   * asked with Escape, answered from the keyboard, which then comes
   * back to the window */
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Escape");
  stride_test_wait_until (stride_test_dialog_shown, fixture->window);
  dialog = stride_test_find_dialog (GTK_WINDOW (fixture->window));
  stride_test_wait_until (stride_test_widget_is_mapped, dialog);
  stride_test_press_keys (dialog, "Tab");
  stride_test_wait_until (focus_on_stop, dialog);
  stride_test_press_keys (dialog, "space");
  stride_test_wait_until (state_is, stopped);
  /* The session log opens on Save */
  stride_test_wait_until (session_log_shown, fixture);
  stride_test_wait_until (transition_done, fixture);
  assert_focus_on (fixture, "_Save");
  shoot (fixture, "session-log-focus");
  n_sessions = count_sessions ();
  /* Space saves, as from the mat: the keyboard came back from the
   * dialog to the window */
  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (session_saved, GUINT_TO_POINTER (n_sessions));
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
segment_changed (gpointer user_data)
{
  gpointer *args = user_data;

  return stride_engine_get_state (args[0]) != STRIDE_ENGINE_RUNNING
         || stride_engine_get_segment (args[0]) != GPOINTER_TO_UINT (args[1]);
}

static gboolean
log_says (Fixture    *fixture,
          const char *text)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (find_session_log (fixture)));

  for (guint i = 0; i < texts->len; i++)
    {
      if (strstr (texts->pdata[i], text) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The quick routine skipped through with Right, four seconds a part, as
 * in the report of a workout saved as its planned ten minutes: the log
 * and the stored session give the time it really took */
static void
test_player_skip_through (Fixture       *fixture,
                          gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  gpointer running[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_RUNNING) };
  guint seconds = 0;
  JsonObject *session;

  stride_player_page_focus_play_button (fixture->player);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, running);
  while (stride_engine_get_state (engine) == STRIDE_ENGINE_RUNNING && seconds < 300)
    {
      gpointer moved[2] = { engine, GUINT_TO_POINTER (stride_engine_get_segment (engine)) };

      advance (fixture, 4 * SECOND);
      seconds += 4;
      if (stride_engine_get_state (engine) != STRIDE_ENGINE_RUNNING)
        break;
      moved[1] = GUINT_TO_POINTER (stride_engine_get_segment (engine));
      stride_test_press_keys (GTK_WINDOW (fixture->window), "Right");
      stride_test_wait_until (segment_changed, moved);
    }
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_FINISHED);
  g_assert_cmpuint (seconds, <, 120);

  g_assert_nonnull (find_session_log (fixture));
  g_assert_true (log_says (fixture, " of exercise in "));
  g_assert_false (log_says (fixture, "in 10 minutes"));
  stride_session_log_page_save (find_session_log (fixture));
  session = find_session ("quick");
  g_assert_cmpint (json_object_get_int_member (session, "duration"), ==, seconds);
  g_assert_cmpint (stride_session_get_seconds_worked (session), >, 0);
  g_assert_cmpint (stride_session_get_seconds_worked (session), <, seconds);
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), <, 1.0);
}

/* Skipped to the end without a rep done, the player does not say
 * "Well done" */
static void
test_player_skip_all_unstarted (Fixture       *fixture,
                                gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  guint n_segments = stride_plan_get_n_segments (stride_engine_get_plan (engine));

  for (guint i = 0; i < n_segments + 2; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.next", NULL);
  g_assert_cmpuint (stride_engine_get_segment (engine), ==, n_segments - 1);
  g_assert_false (stride_engine_has_done (engine));
  g_assert_false (shows (fixture, "Workout done. Well done!"));
  g_assert_true (shows (fixture, "End of the routine"));
}

static gboolean
in_reps (gpointer user_data)
{
  StrideEngine *engine = user_data;
  const StrideSegment *segment = stride_plan_get_segment (stride_engine_get_plan (engine),
                                                          stride_engine_get_segment (engine));

  return segment->kind == STRIDE_SEGMENT_WORK && segment->reps > 0;
}

static gboolean
phase_is_not (gpointer user_data)
{
  gpointer *args = user_data;

  return stride_figure_view_get_phase (args[0]) != *(double *) args[1];
}

/* While the workout runs the figure moves with the reps, a few frames a
 * tempo beat; paused, it stays where it was */
static void
test_player_figure_follows_reps (Fixture       *fixture,
                                 gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  StrideFigureView *figure = (StrideFigureView *) stride_test_find_widget (GTK_WIDGET (fixture->player),
                                                                           STRIDE_TYPE_FIGURE_VIEW, NULL);
  gpointer running[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_RUNNING) };
  gpointer paused[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_PAUSED) };
  double before;
  gpointer moved[2] = { figure, &before };

  g_object_set (gtk_widget_get_settings (GTK_WIDGET (figure)), "gtk-enable-animations", TRUE, NULL);
  stride_player_page_focus_play_button (fixture->player);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, running);
  for (guint i = 0; i < 60 && !in_reps (engine); i++)
    advance (fixture, SECOND);
  g_assert_true (in_reps (engine));

  for (guint step = 0; step < 4; step++)
    {
      before = stride_figure_view_get_phase (figure);
      advance (fixture, SECOND / 4);
      stride_test_wait_until (phase_is_not, moved);
    }

  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, paused);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  before = stride_figure_view_get_phase (figure);
  advance (fixture, SECOND / 2);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 10);
  g_assert_cmpfloat (stride_figure_view_get_phase (figure), ==, before);
}

/* The figure keeps the routine's own rep tempo, not only the one its loop
 * was drawn for: a slow way down (3 s) and a quick way up (1 s) in the
 * squat, a long squeeze at the top (3 s) in the bridge. It reaches the far
 * position just as the way out ends, stays there still through the hold,
 * and is back at the start just as the rep ends. */
static void
test_player_figure_keeps_tempo (Fixture       *fixture,
                                gconstpointer  data)
{
  struct { const char *exercise; double down, hold, up; } items[] = {
    { "squat", 3, 0, 1 },
    { "glute-bridge", 1, 3, 1 },
  };
  g_autoptr(StrideRoutine) routine = stride_routine_new ("tempo", "Tempo");
  StrideFigureView *figure = (StrideFigureView *) stride_test_find_widget (GTK_WIDGET (fixture->player),
                                                                           STRIDE_TYPE_FIGURE_VIEW, NULL);
  StridePlan *plan;
  gint64 start;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      StrideRoutineItem *item = stride_routine_add_item (routine, items[i].exercise);

      item->sets = 1;
      item->reps = 2;
      item->tempo_down = items[i].down;
      item->tempo_hold = items[i].hold;
      item->tempo_up = items[i].up;
    }
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (figure)), "gtk-enable-animations", TRUE, NULL);
  plan = play_routine (fixture, routine, &start);

  for (guint i = 0, item = 0; i < stride_plan_get_n_segments (plan); i++)
    {
      const StrideSegment *segment = stride_plan_get_segment (plan, i);
      const StrideMovement *movement;
      double end = 0;

      if (segment->kind != STRIDE_SEGMENT_WORK)
        continue;
      g_assert_cmpuint (item, <, G_N_ELEMENTS (items));

      /* Seconds into the second rep, and where the figure should be then:
       * 0 the start, 1 the far position; near it, or exactly there */
      struct { double at; int where; double within; } checks[] = {
        { items[item].down - 0.05, 1, 0.03 },
        { items[item].down + items[item].hold / 2, 1, 0 },
        { items[item].down + items[item].hold - 0.05, 1, 0 },
        { items[item].down + items[item].hold + items[item].up - 0.05, 0, 0.03 },
      };

      for (guint c = 0; c < G_N_ELEMENTS (checks); c++)
        {
          gint64 at = segment->start + stride_segment_get_rep_duration (segment) + checks[c].at * SECOND;
          double distance;

          /* Without a hold, the end of the way out is where the hold ends */
          if (c > 0 && checks[c].at <= checks[c - 1].at)
            continue;
          advance (fixture, start + at - stride_clock_get_time (fixture->clock));
          /* Frames come from the player's figure timer: a few of them
           * have drawn the figure at this time */
          stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 4);
          movement = stride_movement_lookup (stride_figure_view_get_movement (figure));
          g_assert_nonnull (movement);
          g_assert_cmpstr (stride_movement_get_id (movement), ==, items[item].exercise);
          end = stride_movement_get_end_phase (movement);
          distance = stride_test_pose_distance (movement, stride_figure_view_get_phase (figure), checks[c].where == 1 ? end : 0);
          g_test_message ("%s, %.2f s into the rep (phase %.3f): %.3f m from the %s position",
                          items[item].exercise, checks[c].at, stride_figure_view_get_phase (figure),
                          distance, checks[c].where == 1 ? "far" : "start");
          g_assert_cmpfloat (distance, <=, checks[c].within);
        }
      item++;
    }
}

static gboolean
window_tells_nothing_recorded (gpointer window)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (window);

  return stride_test_text_contains (texts, "Stopped before the first exercise: nothing was recorded");
}

/* Stop, and Stop again in the question it asks; the question answered,
 * it is no longer what a runner sees */
static void
stop_and_confirm (Fixture *fixture)
{
  gpointer stopped[2] = { stride_player_page_get_engine (fixture->player), GINT_TO_POINTER (STRIDE_ENGINE_STOPPED) };
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.stop", NULL);
  dialog = stride_test_find_dialog (GTK_WINDOW (fixture->window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "stop");
  stride_test_wait_until (state_is, stopped);
  gtk_window_destroy (dialog);
}

/* Stopped before a rep was done, there is nothing to save: during the
 * get-ready the window says so; a few seconds into the first set the log
 * offers only to discard */
static void
test_player_stop_early (Fixture       *fixture,
                        gconstpointer  data)
{
  guint before = count_sessions ();
  GtkWindow *dialog;
  GtkButton *save;

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, 3 * SECOND);
  stop_and_confirm (fixture);
  g_assert_null (find_session_log (fixture));
  stride_test_wait_until (window_tells_nothing_recorded, fixture->window);
  g_assert_cmpuint (count_sessions (), ==, before);

  /* Again, three seconds into the squats: not one done */
  {
    g_autoptr(StrideRoutine) quick = lookup ("quick");

    g_assert_true (stride_window_start_workout (fixture->window, quick, fixture->clock));
    fixture->player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                   STRIDE_TYPE_PLAYER_PAGE, NULL));
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, 13 * SECOND);
  g_assert_true (shows (fixture, "Work"));
  stop_and_confirm (fixture);
  g_assert_nonnull (find_session_log (fixture));
  g_assert_true (log_says (fixture, "so there is nothing to save"));
  g_assert_false (log_says (fixture, "0 %"));
  save = stride_test_find_button (GTK_WIDGET (find_session_log (fixture)), "_Save");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (save)));
  stride_session_log_page_discard (find_session_log (fixture));
  dialog = stride_test_find_dialog (GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Discard This Session?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  g_assert_null (find_session_log (fixture));
  g_assert_cmpuint (count_sessions (), ==, before);
}

/* Starts Quick 10 minutes from its own Start in the Workout area, as the
 * button does but on the fixture's clock, and stops it once @seconds
 * have run; returns that Start */
static GtkWidget *
start_quick_from_its_row_and_stop (Fixture *fixture,
                                   gint64   seconds)
{
  g_autoptr(StrideRoutine) quick = lookup ("quick");
  StrideWorkoutPage *workout;
  GtkWidget *start;

  stride_window_show_area (fixture->window, "workout");
  workout = STRIDE_WORKOUT_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_WORKOUT_PAGE, NULL));
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (stride_workout_page_show_routine (workout, "quick"));
  start = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (GTK_IS_BUTTON (start));
  /* Not the first Start: the full routine's comes before it */
  g_assert_false (stride_workout_page_focus_first_start (workout) && gtk_root_get_focus (GTK_ROOT (fixture->window)) == start);
  gtk_widget_grab_focus (start);

  g_assert_true (stride_window_start_workout (fixture->window, quick, fixture->clock));
  fixture->player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                 STRIDE_TYPE_PLAYER_PAGE, NULL));
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, seconds * SECOND);
  stop_and_confirm (fixture);

  return start;
}

/* A workout left without a session, stopped before the first rep or its
 * session discarded, gives the keyboard back to the Start that began it:
 * it was on the first routine's, where Return started another one */
static void
test_player_discard_focus (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *start;
  GtkWindow *dialog;

  /* Nothing done */
  start = start_quick_from_its_row_and_stop (fixture, 3);
  g_assert_null (find_session_log (fixture));
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == start);

  /* Reps done, the session discarded */
  start = start_quick_from_its_row_and_stop (fixture, 40);
  g_assert_nonnull (find_session_log (fixture));
  stride_session_log_page_discard (find_session_log (fixture));
  dialog = stride_test_find_dialog (GTK_WINDOW (fixture->window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  g_assert_null (find_session_log (fixture));
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == start);
}

/* Closing the window in the middle of a workout asks first, with the
 * workout paused: Cancel carries on where it was; Save records what was
 * done as a partly done session, then the window closes */
static void
test_player_close_while_running (Fixture       *fixture,
                                 gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  guint before = count_sessions ();
  AdwMessageDialog *dialog;
  JsonObject *session;
  gint64 offset;

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, 30 * SECOND);
  g_assert_true (shows (fixture, "Work"));

  dialog = stride_test_close_window (&fixture->window);
  g_assert_nonnull (fixture->window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save the Workout?");
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_PAUSED);
  offset = stride_engine_get_offset (engine);
  advance (fixture, 5 * SECOND);
  g_assert_cmpint (stride_engine_get_offset (engine), ==, offset);

  adw_message_dialog_response (dialog, "cancel");
  /* Answered, it is no longer what a runner sees */
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_RUNNING);
  g_assert_cmpuint (count_sessions (), ==, before);

  advance (fixture, 5 * SECOND);
  dialog = stride_test_close_window (&fixture->window);
  g_assert_nonnull (dialog);
  stride_test_answer_close_question (&fixture->window, dialog, "save");
  g_assert_cmpuint (count_sessions (), ==, before + 1);
  session = find_session ("quick");
  g_assert_nonnull (session);
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), >, 0.0);
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), <, 1.0);
  g_assert_true (stride_session_has_done (session));
}

/* Discard, asked when the window closes with a workout paused, closes
 * without recording it */
static void
test_player_close_while_paused (Fixture       *fixture,
                                gconstpointer  data)
{
  guint before = count_sessions ();
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, 30 * SECOND);
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  g_assert_cmpint (stride_engine_get_state (stride_player_page_get_engine (fixture->player)), ==,
                   STRIDE_ENGINE_PAUSED);

  dialog = stride_test_close_window (&fixture->window);
  g_assert_nonnull (dialog);
  stride_test_answer_close_question (&fixture->window, dialog, "discard");
  g_assert_cmpuint (count_sessions (), ==, before);
}

/* Finished but not saved yet, the session in the log is asked about on
 * closing too; saved from there, it keeps what the runner entered */
static void
test_player_close_in_session_log (Fixture       *fixture,
                                  gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  guint before = count_sessions ();
  AdwMessageDialog *dialog;
  AdwEntryRow *note;
  JsonObject *session;
  guint seconds = 0;

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  while (stride_engine_get_state (engine) == STRIDE_ENGINE_RUNNING && seconds++ < 700)
    advance (fixture, SECOND);
  g_assert_nonnull (find_session_log (fixture));
  note = ADW_ENTRY_ROW (stride_test_find_widget (GTK_WIDGET (find_session_log (fixture)), ADW_TYPE_ENTRY_ROW, NULL));
  gtk_editable_set_text (GTK_EDITABLE (note), "Legs heavy today");

  dialog = stride_test_close_window (&fixture->window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save the Workout?");
  stride_test_answer_close_question (&fixture->window, dialog, "save");
  g_assert_cmpuint (count_sessions (), ==, before + 1);
  session = find_session ("quick");
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), ==, 1.0);
  g_assert_cmpstr (json_object_get_string_member (session, "note"), ==, "Legs heavy today");
}

/* Before a rep is done there is nothing to lose: the window closes
 * without a question */
static void
test_player_close_before_first_rep (Fixture       *fixture,
                                    gconstpointer  data)
{
  guint before = count_sessions ();

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, 5 * SECOND);
  g_assert_null (stride_test_close_window (&fixture->window));
  g_assert_null (fixture->window);
  g_assert_cmpuint (count_sessions (), ==, before);
}

/* Presses @keys until the focus comes back to where it was, at most
 * @max times; returns every widget the focus was on */
static GPtrArray *
go_round_with (Fixture    *fixture,
               const char *keys,
               guint       max)
{
  GPtrArray *visited = g_ptr_array_new ();
  GtkWidget *start = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *focus = NULL;

  g_assert_nonnull (start);
  while (focus != start)
    {
      g_assert_cmpuint (visited->len, <, max);
      stride_test_press_keys (GTK_WINDOW (fixture->window), keys);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
      g_assert_nonnull (focus);
      g_ptr_array_add (visited, focus);
    }

  return visited;
}

static gboolean
visits_button (GPtrArray  *visited,
               GtkButton  *button)
{
  g_assert_nonnull (button);
  for (guint i = 0; i < visited->len; i++)
    if (visited->pdata[i] == (gpointer) button
        || gtk_widget_is_ancestor (visited->pdata[i], GTK_WIDGET (button)))
      return TRUE;
  return FALSE;
}

/* Tab and Shift+Tab go round every control of the player and of the
 * session log, the header's included, rather than being sent back to
 * the page's main button whenever they come into the page */
static void
test_player_tab_round (Fixture       *fixture,
                       gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  GtkButton *stop = stride_test_find_button (GTK_WIDGET (fixture->window), "_Stop");
  guint seconds = 0;

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, 15 * SECOND);
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  g_assert_true (stride_test_is_focus (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (fixture->window), "_Resume"))));
  {
    g_autoptr(GPtrArray) forward = go_round_with (fixture, "Tab", 20);
    g_autoptr(GPtrArray) backward = go_round_with (fixture, "shift+Tab", 20);

    g_assert_true (visits_button (forward, stop));
    g_assert_true (visits_button (backward, stop));
    g_assert_cmpuint (forward->len, ==, backward->len);
  }

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  while (stride_engine_get_state (engine) == STRIDE_ENGINE_RUNNING && seconds++ < 700)
    advance (fixture, SECOND);
  g_assert_nonnull (find_session_log (fixture));
  g_assert_true (stride_test_is_focus (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (fixture->window), "_Save"))));
  {
    GtkButton *discard = stride_test_find_button (GTK_WIDGET (fixture->window), "_Discard");
    g_autoptr(GPtrArray) forward = go_round_with (fixture, "Tab", 60);
    g_autoptr(GPtrArray) backward = go_round_with (fixture, "shift+Tab", 60);

    g_assert_true (visits_button (forward, discard));
    g_assert_true (visits_button (backward, discard));
    g_assert_cmpuint (forward->len, ==, backward->len);
  }
}

static gboolean
popover_shown (gpointer user_data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (user_data)));
}

static gboolean
focus_on_menu_button (gpointer user_data)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (user_data));

  return focus != NULL && gtk_widget_is_ancestor (focus, user_data);
}

/* Space starts and pauses from wherever the keyboard is in the player,
 * as the runner on the mat expects: on the ⋮ button, where the keyboard
 * is after the menu was closed, it does not open the menu again, on Skip
 * it does not skip. Return still presses the button the keyboard is on. */
static void
test_player_space_anywhere (Fixture       *fixture,
                            gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  gpointer running[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_RUNNING) };
  gpointer paused[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_PAUSED) };
  GtkMenuButton *menu = (GtkMenuButton *) stride_test_find_widget (GTK_WIDGET (fixture->player),
                                                                   GTK_TYPE_MENU_BUTTON, NULL);
  GtkWidget *skip = stride_test_find_widget (GTK_WIDGET (fixture->player), GTK_TYPE_BUTTON, "skip-next");
  guint segment;

  g_assert_nonnull (menu);
  g_assert_nonnull (skip);
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->player);
  stride_test_wait_until (transition_done, fixture);

  /* The keyboard on the ⋮ button, as after the menu was closed */
  gtk_widget_grab_focus (GTK_WIDGET (menu));
  stride_test_wait_until (focus_on_menu_button, menu);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, running);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  g_assert_false (popover_shown (menu));

  gtk_widget_grab_focus (skip);
  segment = stride_engine_get_segment (engine);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, paused);
  g_assert_cmpuint (stride_engine_get_segment (engine), ==, segment);

  /* Return presses it */
  {
    gpointer skipped[2] = { engine, GUINT_TO_POINTER (segment + 1) };

    stride_test_press_keys (GTK_WINDOW (fixture->window), "Return");
    stride_test_wait_until (segment_is, skipped);
  }
}

static void
count_notify (gpointer *count)
{
  (*(guint *) count)++;
}

/* A screen reader speaks each change of the focused button's name: the
 * play button keeps its label while the seconds go by, and changes it
 * only when what it does changes */
static void
test_player_play_button_steady (Fixture       *fixture,
                                gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  GtkButton *play = GTK_BUTTON (stride_test_find_widget (GTK_WIDGET (fixture->player), GTK_TYPE_BUTTON, "play"));
  guint changes = 0;

  g_assert_nonnull (play);
  stride_engine_start (engine);
  advance (fixture, SECOND);
  g_assert_cmpstr (gtk_button_get_label (play), ==, "_Pause");

  g_signal_connect_swapped (play, "notify::label", G_CALLBACK (count_notify), &changes);
  for (guint i = 0; i < 20; i++)
    advance (fixture, SECOND);
  g_assert_cmpuint (changes, ==, 0);

  stride_engine_pause (engine);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (gtk_button_get_label (play), ==, "_Resume");
  g_signal_handlers_disconnect_by_func (play, count_notify, &changes);
}

/* The areas' keys (Alt+1…4, Ctrl+F) reach past the player to the areas
 * behind it: they must leave the workout where it is */
static void
test_player_area_keys_covered (Fixture       *fixture,
                               gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  gpointer running[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_RUNNING) };
  AdwViewStack *stack = ADW_VIEW_STACK (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                 ADW_TYPE_VIEW_STACK, NULL));
  AdwLeaflet *leaflet = ADW_LEAFLET (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                              ADW_TYPE_LEAFLET, NULL));
  const char *keys[] = { "alt+1", "alt+2", "alt+3", "alt+4", "ctrl+f" };
  g_autofree char *area = NULL;
  GtkWidget *focus;

  stride_test_wait_until (stride_test_widget_is_mapped, fixture->player);
  stride_test_wait_until (transition_done, fixture);
  area = g_strdup (adw_view_stack_get_visible_child_name (stack));
  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
  stride_test_wait_until (state_is, running);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_test_message ("%s", keys[i]);
      stride_test_press_keys (GTK_WINDOW (fixture->window), keys[i]);
      stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
      g_assert_true (adw_leaflet_get_visible_child (leaflet) == GTK_WIDGET (fixture->player));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, area);
      g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == focus);
      g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_RUNNING);
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

  /* Mat mode: full screen, everything on it, the digits as large as the
   * rest leaves room for: a sixth of this short window's height */
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
    g_assert_cmpint (ink.height * 6, >=, gtk_widget_get_height (content));
    gtk_widget_measure (GTK_WIDGET (fixture->player), GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (content),
                        &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, gtk_widget_get_height (content));
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (fixture, "player-mat-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (fixture, "player-mat-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.mat-mode", NULL);
  g_assert_false (stride_player_page_get_mat_mode (fixture->player));
}

/* Where @widget's top edge is in the player page */
static double
top_in_player (Fixture   *fixture,
               GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (fixture->player), &bounds));
  return bounds.origin.y;
}

static gboolean
mat_font_settled (gpointer user_data)
{
  GtkWidget *content = user_data;
  int minimum;

  /* Laid out at the size the page asks for, after the digits' font came */
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (content), &minimum, NULL, NULL, NULL);
  return gtk_widget_get_height (content) >= minimum;
}

static gboolean
is_laptop_size (gpointer user_data)
{
  GtkWidget *content = user_data;

  return gtk_widget_get_mapped (content) && gtk_widget_get_width (content) >= 1240
         && gtk_widget_get_height (content) >= 760 && gtk_widget_get_height (content) <= 800;
}

static gboolean
is_phone_size (gpointer user_data)
{
  GtkWidget *content = user_data;

  return gtk_widget_get_mapped (content) && gtk_widget_get_width (content) <= 360;
}

/* Mat mode on a laptop's 1280 × 800 screen: everything fits, the Pause
 * button too, and the digits are as large as that allows, readable from
 * the mat */
static void
test_player_mat_mode_fits (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  GtkWidget *time_label = stride_test_find_widget (GTK_WIDGET (fixture->player), GTK_TYPE_LABEL, "time");
  int minimum, height;

  g_assert_nonnull (time_label);
  stride_test_remap_at_size (GTK_WINDOW (fixture->window), 1280, 800);
  stride_test_wait_until (is_laptop_size, content);
  /* Less the window's frame, which GTK draws without a compositor */
  height = gtk_widget_get_height (content);

  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
  advance (fixture, 15 * SECOND + 300000);
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.mat-mode", NULL);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 5);
  stride_test_wait_until (mat_font_settled, content);

  gtk_widget_measure (GTK_WIDGET (fixture->player), GTK_ORIENTATION_VERTICAL, 1280, &minimum, NULL, NULL, NULL);
  g_test_message ("Mat mode at 1280 px wide: at least %d px high, %d px there", minimum, height);
  g_assert_cmpint (minimum, <=, height);
  g_assert_cmpint (gtk_widget_get_height (content), <=, height);
  {
    PangoRectangle ink;

    pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (time_label)), &ink, NULL);
    g_test_message ("Mat mode: digits %d px high", ink.height);
    /* From two metres, as large as the rest leaves room for */
    g_assert_cmpint (ink.height, >=, 140);
  }
  /* What to do is seen from the mat too: the figure gets a quarter of
   * the screen, not what the digits leave over */
  {
    GtkWidget *figure = stride_test_find_widget (GTK_WIDGET (fixture->player), STRIDE_TYPE_FIGURE_VIEW, NULL);
    PangoRectangle ink;
    int ink_before, figure_before;
    double time_top, figure_top;

    g_test_message ("Mat mode: figure %d px high in %d px", gtk_widget_get_height (figure), height);
    g_assert_cmpint (gtk_widget_get_height (figure) * 4, >=, height);

    /* Pausing changes the words and colours, nothing moves: the digits
     * keep their place and size, the figure its room */
    pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (time_label)), &ink, NULL);
    ink_before = ink.height;
    figure_before = gtk_widget_get_height (figure);
    time_top = top_in_player (fixture, time_label);
    figure_top = top_in_player (fixture, figure);
    gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
    stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 5);
    stride_test_wait_until (mat_font_settled, content);
    stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
    pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (time_label)), &ink, NULL);
    g_test_message ("Paused in mat mode: digits %d → %d px high, %.0f → %.0f px down; figure %d → %d px high",
                    ink_before, ink.height, time_top, top_in_player (fixture, time_label),
                    figure_before, gtk_widget_get_height (figure));
    g_assert_cmpint (ink.height, ==, ink_before);
    g_assert_cmpfloat (fabs (top_in_player (fixture, time_label) - time_top), <, 1);
    g_assert_cmpfloat (fabs (top_in_player (fixture, figure) - figure_top), <, 1);
    g_assert_cmpint (gtk_widget_get_height (figure), ==, figure_before);
    g_assert_cmpint (gtk_widget_get_height (content), <=, height);
    shoot (fixture, "player-mat-paused-1280x800");

    /* Nor does muting: "Sound Off" takes its room from the figure */
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      g_settings_set_boolean (settings, "muted", TRUE);
      stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 5);
      stride_test_wait_until (mat_font_settled, content);
      stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
      pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (time_label)), &ink, NULL);
      g_test_message ("Muted in mat mode: digits %d px high, %.0f px down; figure %d px high",
                      ink.height, top_in_player (fixture, time_label), gtk_widget_get_height (figure));
      g_assert_cmpint (ink.height, ==, ink_before);
      g_assert_cmpfloat (fabs (top_in_player (fixture, time_label) - time_top), <, 1);
      g_assert_cmpint (gtk_widget_get_height (content), <=, height);
      {
        int least;

        gtk_widget_get_size_request (figure, NULL, &least);
        g_assert_cmpint (least, >, 0);
        g_assert_cmpint (gtk_widget_get_height (figure), >=, least);
      }
      shoot (fixture, "player-mat-muted-1280x800");
      g_settings_set_boolean (settings, "muted", FALSE);
    }
    gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.toggle", NULL);
    stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  }
  /* The last line on the coloured stage keeps off its edge, as the
   * phase keeps off its top */
  {
    GtkWidget *next_label = stride_test_find_widget (GTK_WIDGET (fixture->player), GTK_TYPE_LABEL, "next");
    GtkWidget *stage = gtk_widget_get_parent (next_label);
    graphene_rect_t next_bounds, stage_bounds;

    g_assert_true (gtk_widget_compute_bounds (next_label, stage, &next_bounds));
    g_assert_true (gtk_widget_compute_bounds (stage, stage, &stage_bounds));
    g_test_message ("Mat mode: %.0f px below the last line of the stage",
                    stage_bounds.size.height - (next_bounds.origin.y + next_bounds.size.height));
    g_assert_cmpfloat (stage_bounds.size.height - (next_bounds.origin.y + next_bounds.size.height), >=, 12);
  }
  shoot (fixture, "player-mat-1280x800");
}

/* The average colour of @widget as drawn on screen, 0–255 a channel */
static void
average_colour (GtkWidget *widget,
                double     rgb[3])
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  graphene_rect_t bounds;
  int width, height;

  stride_test_wait_for_frames (window, 2);
  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  node = stride_test_snapshot_widget (window);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, &bounds);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);

  rgb[0] = rgb[1] = rgb[2] = 0;
  for (int i = 0; i < width * height; i++)
    {
      /* Cairo's order in memory: B, G, R, A */
      rgb[0] += pixels[i * 4 + 2];
      rgb[1] += pixels[i * 4 + 1];
      rgb[2] += pixels[i * 4 + 0];
    }
  for (int c = 0; c < 3; c++)
    rgb[c] /= width * height;
}

static double
colour_distance (const double a[3],
                 const double b[3])
{
  return sqrt ((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
}

static gboolean
settings_muted_is (gpointer user_data)
{
  gpointer *args = user_data;

  return g_settings_get_boolean (args[0], "muted") == GPOINTER_TO_INT (args[1]);
}

/* Sizes the window so that its content, inside the frame that X11
 * windows get without a compositor, is @width × @height: a mapped window
 * keeps its size, so it is mapped again at the new one */
static void
resize_content (Fixture *fixture,
                int      width,
                int      height)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  int frame_width, frame_height, minimum;
  static int wanted[2];

  /* Fitting 360 px in every language is the narrow test's matter: this
   * one shoots the smallest the page takes */
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > width)
    {
      g_test_message ("The player needs %d px, more than %d", minimum, width);
      width = minimum;
    }

  stride_test_remap_at_size (GTK_WINDOW (fixture->window), width, height);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
  frame_width = width - gtk_widget_get_width (content);
  frame_height = height - gtk_widget_get_height (content);

  wanted[0] = width;
  wanted[1] = height;
  g_object_set_data (G_OBJECT (content), "wanted", wanted);
  stride_test_remap_at_size (GTK_WINDOW (fixture->window), width + frame_width, height + frame_height);
  stride_test_wait_until (has_size, content);
  stride_player_page_focus_play_button (fixture->player);
}

static void
shoot_both (Fixture    *fixture,
            const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = g_strconcat (name, "-light", NULL);
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (fixture, light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (fixture, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* From the mat a paused workout does not pass for a running one: the
 * word "Paused", large, in a colour of its own, in mat mode too; and M
 * shows on screen that the sound is off */
/* Through the keyboard, as on the mat; in the run in another language,
 * whose new window X may not have focused yet, through the action the
 * key is bound to */
static void
press (Fixture    *fixture,
       const char *key,
       const char *action)
{
  if (g_getenv ("STRIDE_TEST_LANGUAGE") == NULL)
    stride_test_press_keys (GTK_WINDOW (fixture->window), key);
  else
    gtk_widget_activate_action (GTK_WIDGET (fixture->player), action, NULL);
}

static void
test_player_paused_and_muted (Fixture       *fixture,
                              gconstpointer  data)
{
  StrideEngine *engine = stride_player_page_get_engine (fixture->player);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gpointer running[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_RUNNING) };
  gpointer paused[2] = { engine, GINT_TO_POINTER (STRIDE_ENGINE_PAUSED) };
  gpointer muted[2] = { settings, GINT_TO_POINTER (TRUE) };
  gpointer unmuted[2] = { settings, GINT_TO_POINTER (FALSE) };
  const char *paused_word = g_dgettext (GETTEXT_PACKAGE, "Paused");
  const char *sound_off = g_dgettext (GETTEXT_PACKAGE, "Sound Off");
  const char *language = g_getenv ("STRIDE_TEST_LANGUAGE");
  g_autofree char *prefix = g_strdup_printf ("player-paused-%s", language != NULL ? language : "en");
  g_autofree char *name = NULL;
  GtkWidget *pill = NULL, *indicator = NULL;
  double work_colour[3], paused_colour[3], mat_work[3], mat_paused[3];
  GtkWidget *time_label = stride_test_find_widget (GTK_WIDGET (fixture->player), GTK_TYPE_LABEL, "time");
  double time_top;
  int work_height;

  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, fixture->player);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, 0);

        if (gtk_widget_has_css_class (w, "player-muted"))
          indicator = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  pill = GTK_WIDGET (find_named_label (fixture, "phase_label"));
  g_assert_true (gtk_widget_has_css_class (pill, "phase-pill"));
  g_assert_nonnull (indicator);

  stride_player_page_focus_play_button (fixture->player);
  press (fixture, "space", "player.toggle");
  stride_test_wait_until (state_is, running);
  advance (fixture, 15 * SECOND + 300000);
  g_assert_false (shows (fixture, paused_word));
  average_colour (pill, work_colour);
  work_height = gtk_widget_get_height (pill);
  time_top = top_in_player (fixture, time_label);

  /* Space pauses: the word, larger, in another colour */
  press (fixture, "space", "player.toggle");
  stride_test_wait_until (state_is, paused);
  g_assert_true (shows (fixture, paused_word));
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  average_colour (pill, paused_colour);
  g_test_message ("Pill: running %.0f,%.0f,%.0f, %d px high; paused %.0f,%.0f,%.0f, %d px high",
                  work_colour[0], work_colour[1], work_colour[2], work_height,
                  paused_colour[0], paused_colour[1], paused_colour[2], gtk_widget_get_height (pill));
  g_assert_cmpfloat (colour_distance (work_colour, paused_colour), >, 80);
  g_assert_cmpint (gtk_widget_get_height (pill), >=, work_height * 3 / 2);
  /* The larger word moves nothing: the digits stay where they were */
  g_test_message ("Digits' top: running %.0f px, paused %.0f px", time_top, top_in_player (fixture, time_label));
  g_assert_cmpfloat (fabs (top_in_player (fixture, time_label) - time_top), <, 1);

  /* M mutes: the stage says so (the options menu's item, a check
   * item on the same setting, is checked) */
  g_assert_false (gtk_widget_get_visible (indicator));
  press (fixture, "m", "player.mute");
  stride_test_wait_until (settings_muted_is, muted);
  g_assert_true (gtk_widget_get_visible (indicator));
  g_assert_true (shows (fixture, sound_off));
  /* Shown below them, it does not move the digits either */
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  g_test_message ("Digits' top: sound on %.0f px, off %.0f px", time_top, top_in_player (fixture, time_label));
  g_assert_cmpfloat (fabs (top_in_player (fixture, time_label) - time_top), <, 1);

  resize_content (fixture, 360, 700);
  name = g_strconcat (prefix, "-360", NULL);
  shoot_both (fixture, name);
  resize_content (fixture, 1280, 800);
  g_free (name);
  name = g_strconcat (prefix, "-1280", NULL);
  shoot_both (fixture, name);

  /* Mat mode: the whole stage turns from the work colour to the paused one */
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.mat-mode", NULL);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  average_colour (GTK_WIDGET (fixture->player), mat_paused);
  g_free (name);
  name = g_strconcat (prefix, "-mat", NULL);
  shoot_both (fixture, name);
  press (fixture, "space", "player.toggle");
  stride_test_wait_until (state_is, running);
  g_assert_false (shows (fixture, paused_word));
  average_colour (GTK_WIDGET (fixture->player), mat_work);
  g_test_message ("Mat mode: running %.0f,%.0f,%.0f; paused %.0f,%.0f,%.0f",
                  mat_work[0], mat_work[1], mat_work[2], mat_paused[0], mat_paused[1], mat_paused[2]);
  g_assert_cmpfloat (colour_distance (mat_work, mat_paused), >, 60);
  gtk_widget_activate_action (GTK_WIDGET (fixture->player), "player.mat-mode", NULL);

  /* M again: sound on, nothing shown */
  press (fixture, "m", "player.mute");
  stride_test_wait_until (settings_muted_is, unmuted);
  g_assert_false (gtk_widget_get_visible (indicator));
}

/* The same in German, whose words are longer */
static void
test_player_paused_and_muted_german (void)
{
  Fixture fixture;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  fixture_set_up (&fixture, NULL);
  test_player_paused_and_muted (&fixture, NULL);
  fixture_tear_down (&fixture, NULL);
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

  return stride_test_text_contains (texts, "No sound: cues on screen only");
}

static gboolean
player_opened (gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  return window != NULL && stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL) != NULL;
}

/* With only a fakesink (as STRIDE_AUDIO_SINK=fakesink gives), the
 * player says on its stage that the cues are only shown, for as long as
 * the workout lasts, under the time; no notice covers the figure or the
 * controls. First of the tests: the cue player is made once for the
 * application. */
static void
test_player_sound_unavailable (void)
{
  GtkWindow *window;
  GtkWidget *player, *said, *figure;
  graphene_rect_t said_bounds, figure_bounds, time_bounds;

  /* The player opens once the progress is loaded: the user's own
   * routines are there */
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-workout", g_variant_new_string ("quick"));
  stride_test_wait_until (player_opened, NULL);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  player = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL);
  g_assert_nonnull (player);
  stride_test_wait_until (player_shows_sound_unavailable, player);
  stride_test_wait_for_frames (GTK_WIDGET (window), 5);

  said = find_label_with_text (player, "No sound: cues on screen only");
  g_assert_nonnull (said);
  /* On the stage, where "Sound Off" shows, not in a notice */
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (said), "player-muted"));
  figure = stride_test_find_widget (player, STRIDE_TYPE_FIGURE_VIEW, NULL);
  g_assert_true (gtk_widget_compute_bounds (said, player, &said_bounds));
  g_assert_true (gtk_widget_compute_bounds (figure, player, &figure_bounds));
  g_assert_true (gtk_widget_compute_bounds (stride_test_find_widget (player, GTK_TYPE_LABEL, "time"), player, &time_bounds));
  g_assert_false (graphene_rect_intersection (&said_bounds, &figure_bounds, NULL));
  g_assert_cmpfloat (said_bounds.origin.y, >=, time_bounds.origin.y + time_bounds.size.height);
  g_free (stride_test_save_screenshot (GTK_WIDGET (window), "player-no-sound"));

  /* In mat mode, entered on a laptop's screen and kept as the window is
   * made as narrow as a phone: the window gets that narrow, and the
   * digits stay the largest thing on the stage, the words about the
   * sound smaller. They were held at 425 px by the digits' width, and
   * squeezed to 12 px by the words at their mat size on three lines. */
  {
    GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
    GtkWidget *time_label = stride_test_find_widget (player, GTK_TYPE_LABEL, "time");
    PangoRectangle digits, words;

    stride_test_remap_at_size (window, 1280, 800);
    stride_test_wait_until (is_laptop_size, content);
    gtk_widget_activate_action (player, "player.mat-mode", NULL);
    stride_test_wait_for_frames (GTK_WIDGET (window), 5);
    stride_test_wait_until (mat_font_settled, content);

    stride_test_remap_at_size (window, 360, 700);
    stride_test_wait_until (is_phone_size, content);
    stride_test_wait_for_frames (GTK_WIDGET (window), 5);
    stride_test_wait_until (mat_font_settled, content);
    stride_test_wait_for_frames (GTK_WIDGET (window), 3);

    pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (time_label)), &digits, NULL);
    pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (said)), NULL, &words);
    g_test_message ("Mat mode at 360 px: digits %d px high, the words about the sound %d px", digits.height, words.height);
    g_free (stride_test_save_screenshot (GTK_WIDGET (window), "player-no-sound-mat-360"));
    g_assert_cmpint (gtk_widget_get_width (content), <=, 360);
    g_assert_cmpint (digits.height, >=, gtk_widget_get_height (content) / 10);
    g_assert_cmpint (digits.height, >, words.height);
  }

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

static gboolean
engine_is_running (gpointer user_data)
{
  return stride_engine_get_state (stride_player_page_get_engine (user_data)) == STRIDE_ENGINE_RUNNING;
}

/* A workout under way is not replaced by a request from outside (the
 * desktop's actions, `stride --start`, a reminder): the runner is told to
 * finish it first, and it goes on */
static void
test_player_start_action_while_running (void)
{
  GtkWindow *window;
  StridePlayerPage *player;
  GtkButton *play;

  g_action_group_activate_action (G_ACTION_GROUP (app), "start-workout", g_variant_new_string ("quick"));
  stride_test_wait_until (player_opened, NULL);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL));
  play = stride_test_find_button (GTK_WIDGET (player), "_Start");
  g_assert_nonnull (play);
  gtk_widget_activate (GTK_WIDGET (play));
  stride_test_wait_until (engine_is_running, player);

  g_action_group_activate_action (G_ACTION_GROUP (app), "start-full", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-self-test", g_variant_new_string ("squat"));

  g_assert_cmpstr (stride_routine_get_id (stride_plan_get_routine (stride_engine_get_plan (stride_player_page_get_engine (player)))),
                   ==, "quick");
  g_assert_cmpint (stride_engine_get_state (stride_player_page_get_engine (player)), ==, STRIDE_ENGINE_RUNNING);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (player)));
  g_assert_null (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_SELF_TEST_WIZARD, NULL));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), "Finish what is open first, then try again"));

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
  /* The switches in order: spoken cues, tempo ticks, mute, flash, then
   * reminders */
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
    g_assert_cmpuint (switches->len, ==, 5);
    gtk_switch_set_active (switches->pdata[2], TRUE);

    /* Ticks off, from the preferences to the cues */
    g_assert_true (stride_cue_player_get_ticks (cues));
    gtk_switch_set_active (switches->pdata[1], FALSE);
    g_assert_false (g_settings_get_boolean (settings, "tempo-ticks"));
    g_assert_false (stride_cue_player_get_ticks (cues));
  }
  g_assert_true (g_settings_get_boolean (settings, "muted"));
  g_assert_true (stride_cue_player_get_muted (cues));

  g_settings_set_double (settings, "cue-volume", 0.25);
  g_assert_cmpfloat_with_epsilon (stride_cue_player_get_volume (cues), 0.25, 1e-9);
  g_settings_set_boolean (settings, "spoken-cues", FALSE);
  g_assert_cmpint (stride_cue_player_get_mode (cues), ==, STRIDE_CUE_MODE_TONES);

  g_settings_set_double (settings, "tempo-tick-volume", 0.5);
  g_assert_cmpfloat_with_epsilon (stride_cue_player_get_tick_volume (cues), 0.5, 1e-9);

  /* The sound settings as the runner sees them, the tick level greyed
   * out while the ticks are off */
  {
    AdwStyleManager *style = adw_style_manager_get_default ();
    g_autofree char *light = NULL, *dark = NULL;

    stride_test_wait_until (stride_test_widget_is_mapped, preferences);
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
    stride_test_wait_for_frames (GTK_WIDGET (preferences), 3);
    light = stride_test_save_screenshot (GTK_WIDGET (preferences), "preferences-sound-light");
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    stride_test_wait_for_frames (GTK_WIDGET (preferences), 3);
    dark = stride_test_save_screenshot (GTK_WIDGET (preferences), "preferences-sound-dark");
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
    g_test_message ("Screenshots: %s, %s", light, dark);
  }

  g_settings_reset (settings, "muted");
  g_settings_reset (settings, "tempo-ticks");
  g_settings_reset (settings, "tempo-tick-volume");
  g_settings_reset (settings, "cue-volume");
  g_settings_reset (settings, "spoken-cues");
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
on_scroll_seen (GtkEventControllerScroll *controller,
                double                    dx,
                double                    dy,
                guint                    *seen)
{
  (*seen)++;
  return GDK_EVENT_PROPAGATE;
}

static gboolean
window_mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (user_data);
}

static gboolean
scrolls_seen (gpointer user_data)
{
  guint *seen = user_data;

  return *seen >= 2;
}

/* A mouse wheel over the volume or the weekly goal, turned to scroll the
 * window, changes no setting */
static void
test_player_preferences_scroll (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  GtkWindow *preferences;
  GtkEventController *probe;
  guint seen = 0;
  double volume;
  int goal_min, goal_max;

  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  gtk_window_set_default_size (preferences, 500, 700);
  stride_test_wait_until (window_mapped, preferences);
  stride_test_wait_for_frames (GTK_WIDGET (preferences), 3);

  /* Sees every scroll first, as it comes down from the window */
  probe = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (probe, GTK_PHASE_CAPTURE);
  g_signal_connect (probe, "scroll", G_CALLBACK (on_scroll_seen), &seen);
  gtk_widget_add_controller (GTK_WIDGET (preferences), probe);

  g_ptr_array_add (values, stride_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SCALE, NULL));
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, preferences);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, 0);

        /* The reminder time's are off until reminders are on; the
         * reminders test turns the wheel over them */
        if (GTK_IS_SPIN_BUTTON (w) && gtk_widget_get_ancestor (w, STRIDE_TYPE_REMINDERS_GROUP) == NULL)
          g_ptr_array_add (values, w);
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  g_assert_cmpuint (values->len, ==, 3);
  volume = g_settings_get_double (settings, "cue-volume");
  goal_min = g_settings_get_int (settings, "weekly-goal-min");
  goal_max = g_settings_get_int (settings, "weekly-goal-max");

  for (guint i = 0; i < values->len; i++)
    {
      gtk_widget_grab_focus (values->pdata[i]);
      stride_test_wait_for_frames (GTK_WIDGET (preferences), 3);
      for (int direction = -1; direction <= 1; direction += 2)
        {
          seen = 0;
          stride_test_scroll_over_until (values->pdata[i], 2 * direction, scrolls_seen, &seen);
          stride_test_wait_for_frames (GTK_WIDGET (preferences), 2);
          g_assert_cmpfloat (g_settings_get_double (settings, "cue-volume"), ==, volume);
          g_assert_cmpint (g_settings_get_int (settings, "weekly-goal-min"), ==, goal_min);
          g_assert_cmpint (g_settings_get_int (settings, "weekly-goal-max"), ==, goal_max);
        }
    }

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
  g_test_add ("/stride/player/sides-and-next", Fixture, NULL, fixture_set_up, test_player_sides_and_next, fixture_tear_down);
  g_test_add ("/stride/player/keyboard", Fixture, NULL, fixture_set_up, test_player_keyboard, fixture_tear_down);
  g_test_add ("/stride/player/skip-through", Fixture, NULL, fixture_set_up, test_player_skip_through, fixture_tear_down);
  g_test_add ("/stride/player/figure-follows-reps", Fixture, NULL, fixture_set_up, test_player_figure_follows_reps, fixture_tear_down);
  g_test_add ("/stride/player/figure-keeps-tempo", Fixture, NULL, fixture_set_up, test_player_figure_keeps_tempo,
              fixture_tear_down);
  g_test_add ("/stride/player/mat-mode-fits", Fixture, NULL, fixture_set_up, test_player_mat_mode_fits,
              fixture_tear_down);
  g_test_add ("/stride/player/space-anywhere", Fixture, NULL, fixture_set_up, test_player_space_anywhere,
              fixture_tear_down);
  g_test_add ("/stride/player/play-button-steady", Fixture, NULL, fixture_set_up, test_player_play_button_steady,
              fixture_tear_down);
  g_test_add ("/stride/player/area-keys-covered", Fixture, NULL, fixture_set_up, test_player_area_keys_covered,
              fixture_tear_down);
  g_test_add ("/stride/player/tab-round", Fixture, NULL, fixture_set_up, test_player_tab_round, fixture_tear_down);
  g_test_add ("/stride/player/skip-all-unstarted", Fixture, NULL, fixture_set_up, test_player_skip_all_unstarted,
              fixture_tear_down);
  g_test_add ("/stride/player/stop-early", Fixture, NULL, fixture_set_up, test_player_stop_early, fixture_tear_down);
  g_test_add ("/stride/player/discard-focus", Fixture, "areas", fixture_set_up, test_player_discard_focus, fixture_tear_down);
  g_test_add ("/stride/player/close-while-running", Fixture, NULL, fixture_set_up, test_player_close_while_running,
              fixture_tear_down);
  g_test_add ("/stride/player/close-while-paused", Fixture, NULL, fixture_set_up, test_player_close_while_paused,
              fixture_tear_down);
  g_test_add ("/stride/player/close-in-session-log", Fixture, NULL, fixture_set_up, test_player_close_in_session_log,
              fixture_tear_down);
  g_test_add ("/stride/player/close-before-first-rep", Fixture, NULL, fixture_set_up,
              test_player_close_before_first_rep, fixture_tear_down);
  g_test_add_func ("/stride/player/start-action", test_player_start_action);
  g_test_add_func ("/stride/player/start-action-while-running", test_player_start_action_while_running);
  g_test_add_func ("/stride/player/preferences", test_player_preferences);
  g_test_add_func ("/stride/player/preferences-scroll", test_player_preferences_scroll);
  g_test_add ("/stride/player/screens", Fixture, NULL, fixture_set_up, test_player_screens, fixture_tear_down);
  g_test_add ("/stride/player/paused-and-muted", Fixture, NULL, fixture_set_up, test_player_paused_and_muted,
              fixture_tear_down);
  g_test_add_func ("/stride/player/paused-and-muted-german", test_player_paused_and_muted_german);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
