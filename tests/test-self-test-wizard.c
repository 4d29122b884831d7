/* test-self-test-wizard.c
 *
 * The self-test wizards as a runner uses them: every path forward and
 * back, the timed holds on a fake clock, cancelling at every step saves
 * nothing, finishing saves one result with the right outcome, the result
 * page's links, the Self-tests area's history and re-test prompt, and
 * screenshots at 360 px in light and dark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-exercise-page.h"
#include "stride-figure-view.h"
#include "stride-player-page.h"
#include "stride-routine-library.h"
#include "stride-self-test-wizard.h"
#include "stride-self-tests-page.h"
#include "stride-test-utils.h"
#include "stride-window.h"
#include "stride-workout-page.h"

#define SECOND G_GINT64_CONSTANT (1000000)

static GApplication *app;

typedef struct
{
  StrideWindow *window;
  StrideClock *clock;
  StrideSelfTestWizard *wizard;
  guint n_results_before;
} Fixture;

static StrideStore *
get_store (void)
{
  return stride_application_get_store (STRIDE_APPLICATION (app));
}

static guint
count_results (void)
{
  g_autoptr(GPtrArray) results = stride_store_list (get_store (), STRIDE_COLLECTION_RESULTS);

  return results->len;
}

static gboolean
store_is_loaded (gpointer user_data)
{
  return stride_store_get_loaded (get_store ());
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = stride_window_new (STRIDE_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->window);
  fixture->clock = stride_fake_clock_new (5000 * SECOND);
  /* Results of earlier runs are in the build tree's home: count on them */
  stride_test_wait_until (store_is_loaded, NULL);
  fixture->n_results_before = count_results ();
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
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static StrideSelfTestWizard *
find_wizard (Fixture *fixture)
{
  return (StrideSelfTestWizard *) stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                           STRIDE_TYPE_SELF_TEST_WIZARD, NULL);
}

static void
open_wizard (Fixture            *fixture,
             StrideSelfTestKind  kind)
{
  stride_window_start_self_test (fixture->window, kind, fixture->clock);
  fixture->wizard = find_wizard (fixture);
  g_assert_nonnull (fixture->wizard);
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, 0);
  iterate ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->wizard)));
}

static StrideSelfTestStepKind step_kind (Fixture *fixture);

/* Activates @action. Next on a hold not begun begins it first, as a
 * runner does: Next only ends a hold early */
static void
act (Fixture    *fixture,
     const char *action)
{
  if (g_str_equal (action, "wizard.next") && step_kind (fixture) == STRIDE_SELF_TEST_STEP_PERFORM
      && !stride_self_test_wizard_get_timing (fixture->wizard))
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.start", NULL));
      iterate ();
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), action, NULL));
  iterate ();
}

static void
answer (Fixture  *fixture,
        gboolean  yes)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.answer", "b", yes));
  iterate ();
}

static gboolean
shows (Fixture    *fixture,
       const char *text)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (fixture->wizard));

  return stride_test_text_contains (texts, text);
}

static gboolean
shows_part (Fixture    *fixture,
            const char *part)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (fixture->wizard));

  for (guint i = 0; i < texts->len; i++)
    if (strstr (texts->pdata[i], part) != NULL)
      return TRUE;

  return FALSE;
}

static void
advance (Fixture *fixture,
         gint64   delta)
{
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (fixture->clock), stride_clock_get_time (fixture->clock) + delta);
  iterate ();
}

static StrideSelfTestStepKind
step_kind (Fixture *fixture)
{
  return stride_self_test_get_step (stride_self_test_wizard_get_kind (fixture->wizard),
                                    stride_self_test_wizard_get_step (fixture->wizard))->kind;
}

static const char *
step_title (Fixture *fixture)
{
  return stride_self_test_translate (stride_self_test_get_step (stride_self_test_wizard_get_kind (fixture->wizard),
                                                                stride_self_test_wizard_get_step (fixture->wizard))->title);
}

/* Before Start nothing counts: the hold says what to do, and shows no
 * countdown nor a phase that is not running yet */
static void
assert_hold_waits_for_start (Fixture                  *fixture,
                             const StrideSelfTestStep *step)
{
  g_autofree char *prompt = g_strdup_printf ("When you are in position, press Start. "
                                             "After a short countdown, hold for %u seconds.",
                                             step->hold_seconds);
  g_autofree char *count = g_strdup_printf ("%u", step->get_ready_seconds);

  g_assert_false (stride_self_test_wizard_get_timing (fixture->wizard));
  g_assert_true (shows (fixture, prompt));
  g_assert_false (shows (fixture, "Get Ready"));
  g_assert_false (shows (fixture, "Hold"));
  g_assert_false (shows (fixture, count));
}

/* The timed hold, second by second on the fake clock, until the wizard
 * moves on to the question by itself */
static void
run_hold (Fixture *fixture)
{
  const StrideSelfTestStep *step = stride_self_test_get_step (stride_self_test_wizard_get_kind (fixture->wizard),
                                                              stride_self_test_wizard_get_step (fixture->wizard));
  guint step_index = stride_self_test_wizard_get_step (fixture->wizard);
  guint total = step->get_ready_seconds + step->hold_seconds;

  g_assert_cmpint (step->kind, ==, STRIDE_SELF_TEST_STEP_PERFORM);
  assert_hold_waits_for_start (fixture, step);
  act (fixture, "wizard.start");
  g_assert_true (stride_self_test_wizard_get_timing (fixture->wizard));
  g_assert_true (shows (fixture, "Get Ready"));
  g_assert_false (shows_part (fixture, "press Start"));

  for (guint s = 1; s < total; s++)
    {
      g_autofree char *count = NULL;

      advance (fixture, SECOND);
      if (s < step->get_ready_seconds)
        count = g_strdup_printf ("%u", step->get_ready_seconds - s);
      else
        count = g_strdup_printf ("%u", total - s);
      g_assert_true (shows (fixture, s < step->get_ready_seconds ? "Get Ready" : "Hold"));
      g_assert_true (shows (fixture, count));
      g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, step_index);
    }

  advance (fixture, SECOND);
  g_assert_false (stride_self_test_wizard_get_timing (fixture->wizard));
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, step_index + 1);
}

static JsonObject *
latest_result (void)
{
  g_autoptr(GPtrArray) results = stride_store_list (get_store (), STRIDE_COLLECTION_RESULTS);
  JsonObject *latest = NULL;

  /* The one saved last has the latest "modified" */
  for (guint i = 0; i < results->len; i++)
    if (latest == NULL || g_strcmp0 (json_object_get_string_member (results->pdata[i], "modified"),
                                     json_object_get_string_member (latest, "modified")) >= 0)
      latest = results->pdata[i];

  g_assert_nonnull (latest);
  return latest;
}

static void
test_squat_forward_and_back (Fixture       *fixture,
                             gconstpointer  data)
{
  open_wizard (fixture, STRIDE_SELF_TEST_SQUAT);
  g_assert_true (shows (fixture, "Standing Deep Squat Test"));
  g_assert_true (shows (fixture, "Step 1 of 7"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (fixture->wizard), "_Back"))));

  act (fixture, "wizard.next");
  g_assert_true (shows (fixture, "Stand with feet slightly wider than hip-width, arms overhead."));
  act (fixture, "wizard.back");
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, 0);

  /* Alt+Right and Alt+Left from the keyboard, as the shortcuts say */
  stride_test_press_keys (GTK_WINDOW (fixture->window), "alt+Right");
  iterate ();
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, 1);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "alt+Left");
  iterate ();
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, 0);
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");

  run_hold (fixture);
  g_assert_cmpstr (step_title (fixture), ==, "Did you reach depth?");

  /* A question cannot be skipped, and an answer moves on */
  gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.next", NULL);
  iterate ();
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, 3);
  answer (fixture, TRUE);
  g_assert_cmpstr (step_title (fixture), ==, "Did you fall backward?");

  /* Back keeps the answer given, and Next goes on with it */
  act (fixture, "wizard.back");
  g_assert_cmpstr (step_title (fixture), ==, "Did you reach depth?");
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

    g_assert_true (GTK_IS_TOGGLE_BUTTON (focus));
    g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (focus)));
  }
  act (fixture, "wizard.next");
  g_assert_cmpstr (step_title (fixture), ==, "Did you fall backward?");
  answer (fixture, FALSE);
  answer (fixture, FALSE);
  g_assert_cmpint (step_kind (fixture), ==, STRIDE_SELF_TEST_STEP_RESULT);
  g_assert_true (shows (fixture, "No sign of tight or weak hips"));
  g_assert_false (shows_part (fixture, "physical therapist"));

  /* Back from the result to change an answer changes the result */
  act (fixture, "wizard.back");
  act (fixture, "wizard.back");
  act (fixture, "wizard.back");
  answer (fixture, FALSE);
  answer (fixture, FALSE);
  answer (fixture, TRUE);
  g_assert_true (shows (fixture, "You may have tight or weak hips"));
  g_assert_true (shows (fixture, "Squats"));
  g_assert_true (shows (fixture, "Glute Bridge"));
  g_assert_true (shows_part (fixture, "physical therapist or orthopedic specialist"));
  g_assert_cmpuint (count_results (), ==, fixture->n_results_before);

  act (fixture, "wizard.next");
  g_assert_null (find_wizard (fixture));
  g_assert_cmpuint (count_results (), ==, fixture->n_results_before + 1);
  {
    JsonObject *result = latest_result ();
    JsonObject *answers = json_object_get_object_member (result, "answers");

    g_assert_cmpstr (json_object_get_string_member (result, "test"), ==, "squat-test");
    g_assert_cmpstr (json_object_get_string_member (result, "outcome"), ==, "tight-or-weak");
    g_assert_false (json_object_get_boolean_member (answers, "depth"));
    g_assert_true (json_object_get_boolean_member (answers, "pain"));
  }

  /* The Self-tests area shows it as the last result */
  iterate ();
  {
    GtkWidget *area = stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_SELF_TESTS_PAGE, NULL);
    g_autoptr(GPtrArray) texts = NULL;

    g_assert_nonnull (area);
    g_assert_true (gtk_widget_get_mapped (area));
    texts = stride_test_collect_text (area);
    g_assert_true (stride_test_text_contains (texts, "You may have tight or weak hips"));
  }
}

typedef struct
{
  gboolean right, left, pain;
  const char *outcome;
  const char *shown;
} BridgePath;

static void
test_bridge_paths (Fixture       *fixture,
                   gconstpointer  data)
{
  static const BridgePath paths[] = {
    { FALSE, FALSE, FALSE, "balanced", "Neither side looks weaker" },
    { TRUE, FALSE, FALSE, "right-weaker", "Your right side may be weaker" },
    { FALSE, TRUE, TRUE, "left-weaker", "Your left side may be weaker" },
    { TRUE, TRUE, FALSE, "both-weaker", "Both sides may be weaker" },
  };

  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    {
      guint before = count_results ();

      open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
      act (fixture, "wizard.next");
      act (fixture, "wizard.next");
      g_assert_cmpstr (step_title (fixture), ==, "Lift Your Right Foot");
      run_hold (fixture);
      answer (fixture, paths[p].right);
      g_assert_cmpstr (step_title (fixture), ==, "Lift Your Left Foot");
      run_hold (fixture);
      answer (fixture, paths[p].left);
      answer (fixture, paths[p].pain);
      g_assert_true (shows (fixture, paths[p].shown));
      g_assert_cmpint (shows_part (fixture, "physical therapist or orthopedic specialist"), ==, paths[p].pain);
      /* A weaker side points to the gluteus medius, and to its routine */
      g_assert_cmpint (shows (fixture, "Clamshells"), ==, paths[p].right || paths[p].left);
      g_assert_cmpint (shows (fixture, "Start the Weaker-Side Routine"), ==, paths[p].right != paths[p].left);

      act (fixture, "wizard.next");
      g_assert_cmpuint (count_results (), ==, before + 1);
      g_assert_cmpstr (json_object_get_string_member (latest_result (), "outcome"), ==, paths[p].outcome);
    }
}

/* Every way of answering the squat test gets a result in its own words,
 * and pain brings the specialist's advice */
static void
test_squat_answers (Fixture       *fixture,
                    gconstpointer  data)
{
  guint n_with_links = 0, n_without = 0;

  for (guint bits = 0; bits < 8; bits++)
    {
      gboolean depth = (bits & 1) != 0, fell = (bits & 2) != 0, pain = (bits & 4) != 0;
      g_autoptr(JsonObject) answers = json_object_new ();

      json_object_set_boolean_member (answers, "depth", depth);
      json_object_set_boolean_member (answers, "fell_backward", fell);
      json_object_set_boolean_member (answers, "pain", pain);

      open_wizard (fixture, STRIDE_SELF_TEST_SQUAT);
      act (fixture, "wizard.next");
      act (fixture, "wizard.next");
      act (fixture, "wizard.next");
      answer (fixture, depth);
      answer (fixture, fell);
      answer (fixture, pain);
      g_assert_cmpint (step_kind (fixture), ==, STRIDE_SELF_TEST_STEP_RESULT);
      g_assert_true (shows (fixture, stride_self_test_describe_result (STRIDE_SELF_TEST_SQUAT, answers)));
      g_assert_false (shows_part (fixture, "If you fall backward"));
      g_assert_cmpint (shows_part (fixture, depth ? "You reached depth" : "You could not"), ==, TRUE);
      g_assert_cmpint (shows_part (fixture, "fell backward or lost your balance"), ==, fell);
      g_assert_cmpint (shows_part (fixture, "physical therapist or orthopedic specialist"), ==, pain);
      /* The line about the links only where there are links */
      {
        gboolean links = shows_part (fixture, "Exercises to Focus On")
                         || shows_part (fixture, "Start the Weaker-Side Routine");

        g_assert_cmpint (shows_part (fixture, "Leaving this page from one of the links"), ==, links);
        n_with_links += links;
        n_without += !links;
      }
      act (fixture, "wizard.next");
    }
  g_assert_cmpuint (n_with_links, >, 0);
  g_assert_cmpuint (n_without, >, 0);
}

/* The dialog the wizard asks with, the only one open */
static GtkWindow *
find_open_dialog (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_assert_null (found);
          found = window;
        }
    }

  return found;
}

/* Cancel at every step of the bridge test: nothing is saved; once an
 * answer was given it asks, and "continue" stays where it was */
static void
test_cancel_everywhere (Fixture       *fixture,
                        gconstpointer  data)
{
  guint n_steps = stride_self_test_get_n_steps (STRIDE_SELF_TEST_BRIDGE);

  for (guint at = 0; at < n_steps; at++)
    {
      gboolean answered = FALSE;
      GtkWindow *dialog;

      open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
      while (stride_self_test_wizard_get_step (fixture->wizard) < at)
        {
          if (step_kind (fixture) == STRIDE_SELF_TEST_STEP_QUESTION)
            {
              answer (fixture, TRUE);
              answered = TRUE;
            }
          else
            act (fixture, "wizard.next");
        }

      /* Leave in the middle of a hold, too */
      if (step_kind (fixture) == STRIDE_SELF_TEST_STEP_PERFORM)
        {
          act (fixture, "wizard.start");
          advance (fixture, 3 * SECOND);
        }

      act (fixture, "wizard.cancel");
      if (answered)
        {
          dialog = find_open_dialog (fixture);
          g_assert_nonnull (dialog);
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "continue");
          gtk_window_close (dialog);
          iterate ();
          g_assert_true (find_wizard (fixture) == fixture->wizard);
          g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, at);

          act (fixture, "wizard.cancel");
          dialog = find_open_dialog (fixture);
          g_assert_nonnull (dialog);
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "leave");
          gtk_window_close (dialog);
          iterate ();
        }

      g_test_message ("Cancelled at step %u", at);
      g_assert_null (find_wizard (fixture));
      g_assert_cmpuint (count_results (), ==, fixture->n_results_before);
    }

  /* Escape is Cancel */
  open_wizard (fixture, STRIDE_SELF_TEST_SQUAT);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->wizard));
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Escape");
  iterate ();
  g_assert_null (find_wizard (fixture));
  g_assert_cmpuint (count_results (), ==, fixture->n_results_before);
}

/* Closing the window on the result page asks whether to save the result,
 * as leaving the page through one of its links saves it; in the middle
 * of a test it asks as Cancel does; with nothing answered yet it closes */
static void
test_close_window (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwMessageDialog *dialog;

  open_wizard (fixture, STRIDE_SELF_TEST_SQUAT);
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");
  answer (fixture, TRUE);
  answer (fixture, TRUE);
  answer (fixture, FALSE);
  g_assert_cmpint (step_kind (fixture), ==, STRIDE_SELF_TEST_STEP_RESULT);
  dialog = stride_test_close_window (&fixture->window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save the Test Result?");
  stride_test_answer_close_question (&fixture->window, dialog, "save");
  g_assert_cmpuint (count_results (), ==, fixture->n_results_before + 1);
  g_assert_cmpstr (json_object_get_string_member (latest_result (), "test"), ==, "squat-test");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (latest_result (), "answers"),
                                                 "fell_backward"));

  fixture_set_up (fixture, data);
  open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");
  answer (fixture, TRUE);
  dialog = stride_test_close_window (&fixture->window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Leave the Test?");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
  g_assert_true (find_wizard (fixture) == fixture->wizard);
  dialog = stride_test_close_window (&fixture->window);
  g_assert_nonnull (dialog);
  stride_test_answer_close_question (&fixture->window, dialog, "discard");
  g_assert_cmpuint (count_results (), ==, fixture->n_results_before);

  fixture_set_up (fixture, data);
  open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
  act (fixture, "wizard.next");
  g_assert_null (stride_test_close_window (&fixture->window));
  g_assert_null (fixture->window);
}

/* The helper's path through the bridge test: an answer moves on to the
 * left-foot hold by itself, and Next pressed out of habit does not skip
 * the hold unseen: it is off until Start, and once the hold is begun
 * ends it early */
static void
test_hold_not_skipped (Fixture       *fixture,
                       gconstpointer  data)
{
  guint hold_step;

  open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
  while (step_kind (fixture) != STRIDE_SELF_TEST_STEP_QUESTION)
    act (fixture, "wizard.next");
  answer (fixture, TRUE);
  g_assert_cmpint (step_kind (fixture), ==, STRIDE_SELF_TEST_STEP_PERFORM);
  hold_step = stride_self_test_wizard_get_step (fixture->wizard);

  gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.next", NULL);
  iterate ();
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, hold_step);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (fixture->wizard),
                                                                                  "_Next"))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.start", NULL));
  iterate ();
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (fixture->wizard),
                                                                                 "_Next"))));
  gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.next", NULL);
  iterate ();
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, hold_step + 1);
}

static void
walk_bridge (Fixture  *fixture,
             gboolean  right,
             gboolean  left)
{
  open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");
  answer (fixture, right);
  act (fixture, "wizard.next");
  answer (fixture, left);
  answer (fixture, FALSE);
}

/* Every figure in both wizards works the side its step's text names:
 * "Lift your right foot" shows the right foot lifting, by the skeleton
 * and by what a screen reader says */
static void
test_figure_sides (Fixture       *fixture,
                   gconstpointer  data)
{
  const StrideSelfTestKind kinds[] = { STRIDE_SELF_TEST_SQUAT, STRIDE_SELF_TEST_BRIDGE };
  guint n_sided = 0;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      guint n_steps = stride_self_test_get_n_steps (kinds[k]);

      open_wizard (fixture, kinds[k]);
      for (guint i = 0; i < n_steps - 1; i++)
        {
          const StrideSelfTestStep *step = stride_self_test_get_step (kinds[k], i);
          StrideFigureView *figure = (StrideFigureView *) stride_test_find_widget (GTK_WIDGET (fixture->wizard),
                                                                                   STRIDE_TYPE_FIGURE_VIEW, NULL);
          g_autofree char *words = g_strconcat (step->title, " ", step->text, NULL);
          g_autofree char *lowered = g_utf8_strdown (words, -1);
          StrideSide named = STRIDE_SIDE_NONE;

          g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, i);
          if (strstr (lowered, "right foot") != NULL)
            named = STRIDE_SIDE_RIGHT;
          else if (strstr (lowered, "left foot") != NULL)
            named = STRIDE_SIDE_LEFT;

          if (figure != NULL && named != STRIDE_SIDE_NONE)
            {
              g_test_message ("%s, step %u: %s", stride_self_test_kind_get_id (kinds[k]), i, step->title);
              stride_test_assert_figure_side (figure, named);
              n_sided++;
            }

          if (step->kind == STRIDE_SELF_TEST_STEP_QUESTION)
            answer (fixture, FALSE);
          else
            act (fixture, "wizard.next");
        }
      act (fixture, "wizard.next");
    }

  /* The bridge test's introduction ("first the right foot"), its two
   * holds and the two questions after them */
  g_assert_cmpuint (n_sided, ==, 5);
}

static void
test_result_links (Fixture       *fixture,
                   gconstpointer  data)
{
  StridePlayerPage *player;
  GtkWidget *exercise;

  /* An exercise link saves the result and opens the exercise */
  walk_bridge (fixture, FALSE, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.open-exercise", "s", "clamshell"));
  iterate ();
  g_assert_null (find_wizard (fixture));
  g_assert_cmpuint (count_results (), ==, fixture->n_results_before + 1);
  exercise = stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_EXERCISE_PAGE, NULL);
  g_assert_nonnull (exercise);
  g_assert_true (gtk_widget_get_mapped (exercise));
  g_assert_cmpstr (stride_exercise_get_id (stride_exercise_page_get_exercise (STRIDE_EXERCISE_PAGE (exercise))), ==, "clamshell");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);

  /* The weaker-side routine is made from the latest bridge result */
  walk_bridge (fixture, TRUE, FALSE);
  act (fixture, "wizard.start-routine");
  g_assert_cmpuint (count_results (), ==, fixture->n_results_before + 2);
  player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_PLAYER_PAGE, NULL));
  g_assert_nonnull (player);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (player)));
  {
    g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (player));

    g_assert_true (stride_test_text_contains (texts, "Weaker side: right"));
  }
}

static gboolean
leaflet_is_still (gpointer user_data)
{
  return !adw_leaflet_get_child_transition_running (user_data);
}

static void
shoot_any_width (Fixture    *fixture,
                 const char *name);

static void
shoot (Fixture    *fixture,
       const char *name)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  int minimum;

  /* Fits a phone's width */
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  shoot_any_width (fixture, name);
}

static void
shoot_any_width (Fixture    *fixture,
                 const char *name)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *suffix = language != NULL ? g_strconcat ("-", language, NULL) : g_strdup ("");
  g_autofree char *light = g_strconcat (name, "-light", suffix, NULL);
  g_autofree char *dark = g_strconcat (name, "-dark", suffix, NULL);
  g_autofree char *path = NULL;

  /* Not halfway through sliding in */
  stride_test_wait_until (leaflet_is_still, stride_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET, NULL));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  path = stride_test_save_screenshot (content, light);
  g_test_message ("Screenshot: %s", path);
  g_free (path);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  path = stride_test_save_screenshot (content, dark);
  g_test_message ("Screenshot: %s", path);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
is_narrow (gpointer user_data)
{
  int width = gtk_widget_get_width (user_data);

  return width > 0 && width <= 360;
}

static void
test_screens (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *area;
  const char *language = data;

  /* German words are longer: the same screens in German, in a process of
   * their own */
  if (language != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (language);
      return;
    }

  /* A phone's width from the start */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = stride_window_new (STRIDE_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  stride_test_wait_until (is_narrow, fixture->window);

  open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
  shoot (fixture, "self-test-intro");
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");
  act (fixture, "wizard.start");
  advance (fixture, 7 * SECOND);
  shoot (fixture, "self-test-hold");
  advance (fixture, 8 * SECOND);
  shoot (fixture, "self-test-question");
  answer (fixture, FALSE);
  act (fixture, "wizard.next");
  answer (fixture, TRUE);
  answer (fixture, TRUE);
  /* The page starts at its top, with Save Result focused */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window))
                 == GTK_WIDGET (stride_test_find_button (GTK_WIDGET (fixture->wizard), g_dgettext (GETTEXT_PACKAGE, "_Save Result"))));
  shoot (fixture, "self-test-result");
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
                       GTK_SCROLLED_WINDOW (stride_test_find_widget (GTK_WIDGET (fixture->wizard), GTK_TYPE_SCROLLED_WINDOW, NULL)))),
                     ==, 0);
  act (fixture, "wizard.next");

  /* The area, with a result old enough to take the test again */
  area = stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_SELF_TESTS_PAGE, NULL);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 36);
    g_autoptr(GPtrArray) texts = NULL;

    stride_self_tests_page_set_now (STRIDE_SELF_TESTS_PAGE (area), later);
    texts = stride_test_collect_text (area);
    if (language == NULL)
      {
        g_autoptr(GDateTime) due = g_date_time_add_days (now, 28);
        g_autofree char *day = g_date_time_format (due, "%A %-d %B");
        g_autofree char *title = g_strdup_printf ("Bridge self-test due since %s", day);

        g_assert_true (stride_test_text_contains (texts, title));
        g_assert_nonnull (stride_test_find_button (area, "_Take Test"));
      }
    g_assert_true (stride_test_text_contains (texts, language == NULL
                                              ? "Taken 5 weeks ago. Take it again to see how your hips have changed."
                                              : "Vor 5 Wochen gemacht. Mach ihn noch einmal, um zu sehen, wie sich deine Hüften verändert haben."));
    g_assert_true (stride_test_text_contains (texts, stride_self_test_outcome_get_title (STRIDE_SELF_TEST_OUTCOME_BRIDGE_LEFT_WEAKER)));
  }
  {
    GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (stride_test_find_widget (area, GTK_TYPE_SCROLLED_WINDOW, NULL));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

    stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  }
  shoot (fixture, "self-tests-results");
  stride_self_tests_page_set_now (STRIDE_SELF_TESTS_PAGE (area), NULL);
}

static gboolean
has_width (gpointer user_data)
{
  int wanted = GPOINTER_TO_INT (g_object_get_data (user_data, "wanted-width"));
  int width = gtk_widget_get_width (user_data);

  /* A phone's width at most, or near a laptop's (the screen may be
   * narrower than the window asked for) */
  return wanted <= 360 ? width > 0 && width <= wanted : width >= 1000;
}

/* Where a figure names a side, and where the weaker-side routine waits
 * for its test, at a phone's width and a laptop's, for review */
static void
test_figure_screens (Fixture       *fixture,
                     gconstpointer  data)
{
  const int widths[] = { 360, 1280 };
  const char *language = data;

  if (language != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (language);
      return;
    }

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(GPtrArray) results = stride_store_list (get_store (), STRIDE_COLLECTION_RESULTS);
      g_autoptr(StrideRoutine) quick = stride_routine_library_lookup (get_store (), "quick", NULL);
      g_autofree char *name = NULL;
      StridePlan *plan;
      StridePlayerPage *player;
      gint64 start;

      gtk_window_destroy (GTK_WINDOW (fixture->window));
      fixture->window = stride_window_new (STRIDE_APPLICATION (app));
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[w], widths[w] > 360 ? 800 : 720);
      g_object_set_data (G_OBJECT (fixture->window), "wanted-width", GINT_TO_POINTER (widths[w]));
      gtk_window_present (GTK_WINDOW (fixture->window));
      stride_test_wait_until (has_width, fixture->window);

      /* Before any bridge test */
      for (guint i = 0; i < results->len; i++)
        stride_store_remove (get_store (), STRIDE_COLLECTION_RESULTS,
                             json_object_get_string_member (results->pdata[i], "id"));
      stride_window_show_area (fixture->window, "workout");
      iterate ();
      name = g_strdup_printf ("weaker-side-before-test-%d", widths[w]);
      shoot (fixture, name);

      /* The bridge test's holds, once the foot is up, and its questions */
      open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
      act (fixture, "wizard.next");
      act (fixture, "wizard.next");
      act (fixture, "wizard.start");
      advance (fixture, 7 * SECOND);
      g_free (name);
      name = g_strdup_printf ("bridge-right-hold-%d", widths[w]);
      shoot (fixture, name);
      advance (fixture, 8 * SECOND);
      g_free (name);
      name = g_strdup_printf ("bridge-right-question-%d", widths[w]);
      shoot (fixture, name);
      answer (fixture, FALSE);
      act (fixture, "wizard.start");
      advance (fixture, 7 * SECOND);
      g_free (name);
      name = g_strdup_printf ("bridge-left-hold-%d", widths[w]);
      shoot (fixture, name);
      advance (fixture, 8 * SECOND);
      g_free (name);
      name = g_strdup_printf ("bridge-left-question-%d", widths[w]);
      shoot (fixture, name);
      answer (fixture, FALSE);
      answer (fixture, FALSE);
      act (fixture, "wizard.next");

      /* The player getting ready, and in a set of side steps */
      g_assert_true (stride_window_start_workout (fixture->window, quick, fixture->clock));
      player = (StridePlayerPage *) stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_PLAYER_PAGE, NULL);
      g_free (name);
      name = g_strdup_printf ("player-get-ready-%d", widths[w]);
      shoot_any_width (fixture, name);
      gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle", NULL);
      start = stride_clock_get_time (fixture->clock);
      plan = stride_engine_get_plan (stride_player_page_get_engine (player));
      for (guint i = 0; i < stride_plan_get_n_segments (plan); i++)
        {
          const StrideSegment *segment = stride_plan_get_segment (plan, i);

          if (segment->kind == STRIDE_SEGMENT_WORK && g_strcmp0 (segment->exercise_id, "side-step") == 0)
            {
              advance (fixture, start + segment->start + 3 * SECOND - stride_clock_get_time (fixture->clock));
              break;
            }
        }
      g_free (name);
      name = g_strdup_printf ("player-side-steps-%d", widths[w]);
      shoot_any_width (fixture, name);
      stride_engine_stop (stride_player_page_get_engine (player));
      iterate ();
    }
}

/* A hold cut short, by the window going out of sight, is taken again
 * from its countdown: nothing counts down unseen */
static void
test_hold_interrupted (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkButton *start;

  open_wizard (fixture, STRIDE_SELF_TEST_SQUAT);
  act (fixture, "wizard.next");
  act (fixture, "wizard.next");
  act (fixture, "wizard.start");
  advance (fixture, 7 * SECOND);
  g_assert_true (stride_self_test_wizard_get_timing (fixture->wizard));
  g_assert_true (shows (fixture, "Hold"));

  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);
  iterate ();
  g_assert_false (stride_self_test_wizard_get_timing (fixture->wizard));
  gtk_window_present (GTK_WINDOW (fixture->window));
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->window);

  start = stride_test_find_button (GTK_WIDGET (fixture->wizard), g_dgettext (GETTEXT_PACKAGE, "_Start"));
  g_assert_nonnull (start);
  assert_hold_waits_for_start (fixture, stride_self_test_get_step (STRIDE_SELF_TEST_SQUAT, 2));
  advance (fixture, 20 * SECOND);
  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, 2);

  /* Started again, it runs its whole length */
  run_hold (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.cancel", NULL);
  iterate ();
}

static gboolean
focus_is_on (Fixture    *fixture,
             const char *name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  while (focus != NULL && !GTK_IS_BUTTON (focus))
    focus = gtk_widget_get_parent (focus);
  g_autoptr(GPtrArray) texts = NULL;

  if (focus == NULL || !gtk_widget_get_mapped (focus))
    return FALSE;

  /* A button with a label, or an answer with words of its own */
  texts = stride_test_collect_text (focus);
  g_test_message ("focus on “%s”, wanted on “%s”",
                  texts->len > 0 ? (char *) texts->pdata[0] : "?", name);

  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), name) == 0
         || stride_test_text_contains (texts, name);
}

static gboolean
step_left (gpointer user_data)
{
  gpointer *args = user_data;
  Fixture *fixture = args[0];

  return find_wizard (fixture) == NULL
         || stride_self_test_wizard_get_step (fixture->wizard) != GPOINTER_TO_UINT (args[1]);
}

static gboolean
timing (gpointer user_data)
{
  Fixture *fixture = user_data;

  return stride_self_test_wizard_get_timing (fixture->wizard);
}

static gboolean
focus_arrived (gpointer user_data)
{
  gpointer *args = user_data;

  return focus_is_on (args[0], args[1]);
}

/* Both self-tests with the keyboard alone, and with holds started with the
 * pointer: at every step the focus is on what the runner does next, and
 * after a hold the ring shows where it is, for a runner back from the
 * mat who reaches for the keyboard */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  const struct { StrideSelfTestKind kind; const char *keys[8]; } tests[] = {
    /* "Tab:" first moves the focus on, to the second answer */
    { STRIDE_SELF_TEST_SQUAT, { "_Next", "_Next", "_Start", "Yes, I reached depth", "Tab:No, I stayed balanced", "Tab:No pain", "_Save Result", NULL } },
    { STRIDE_SELF_TEST_BRIDGE, { "_Next", "_Next", "_Start", "Tab:No, they stayed level", "_Start", "Yes, they dropped or tilted", "Tab:No pain", NULL } },
  };

  /* First from the keyboard alone, then with each hold started with
   * the pointer */
  for (guint run = 0; run < 2 * G_N_ELEMENTS (tests); run++)
    {
      guint t = run % G_N_ELEMENTS (tests);
      gboolean by_pointer = run >= G_N_ELEMENTS (tests);
      guint n_results = count_results ();

      open_wizard (fixture, tests[t].kind);
      for (guint k = 0; tests[t].keys[k] != NULL; k++)
        {
          const char *name = tests[t].keys[k];

          if (g_str_has_prefix (name, "Tab:"))
            {
              name += strlen ("Tab:");
              stride_test_press_keys (GTK_WINDOW (fixture->window), "Tab");
              iterate ();
            }
          /* Once the key before has been handled */
          {
            gpointer args[2] = { fixture, (gpointer) name };

            stride_test_wait_until (focus_arrived, args);
          }
          if (g_str_equal (name, "_Start"))
            {
              if (by_pointer)
                {
                  /* Started with the pointer: no ring while on the mat */
                  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), FALSE);
                  act (fixture, "wizard.start");
                }
              else
                {
                  guint step = stride_self_test_wizard_get_step (fixture->wizard);

                  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
                  stride_test_wait_until (timing, fixture);
                  /* Space again, on the mat, does not cut the hold short:
                   * the keyboard is on Next now, which ends it */
                  stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
                  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 5);
                  g_assert_true (stride_self_test_wizard_get_timing (fixture->wizard));
                  g_assert_cmpuint (stride_self_test_wizard_get_step (fixture->wizard), ==, step);
                }
              g_assert_true (stride_self_test_wizard_get_timing (fixture->wizard));
              for (guint s = 0; s < 40 && stride_self_test_wizard_get_timing (fixture->wizard); s++)
                advance (fixture, SECOND);
              g_assert_false (stride_self_test_wizard_get_timing (fixture->wizard));
              /* The ring shows where the keyboard is, the next step's
               * first answer */
              g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));
              if (t == 0 && by_pointer)
                shoot (fixture, "self-test-focus-after-hold");
            }
          else
            {
              /* Shown once the keyboard is used, as GTK does */
              if (k > 0)
                g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));
              {
                gpointer args[2] = { fixture, GUINT_TO_POINTER (stride_self_test_wizard_get_step (fixture->wizard)) };

                stride_test_press_keys (GTK_WINDOW (fixture->window), "space");
                /* Each answer and Next goes on to another step */
                stride_test_wait_until (step_left, args);
              }
            }
        }
      if (tests[t].kind == STRIDE_SELF_TEST_BRIDGE)
        {
          /* Left here: Cancel saves nothing */
          GtkWindow *dialog;

          g_assert_true (focus_is_on (fixture, "_Save Result"));
          gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.cancel", NULL);
          /* Answers were given: it asks before leaving them */
          dialog = find_open_dialog (fixture);
          g_assert_nonnull (dialog);
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "leave");
          gtk_window_close (dialog);
          iterate ();
          g_assert_null (find_wizard (fixture));
          g_assert_cmpuint (count_results (), ==, n_results);
        }
      else
        {
          /* Saved, and the wizard is gone */
          g_assert_cmpuint (count_results (), ==, n_results + 1);
          g_assert_null (find_wizard (fixture));
        }
    }
}

/* The desktop file's actions open the wizards in the running Stride */
static void
test_desktop_actions (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct { const char *action; StrideSelfTestKind kind; } actions[] = {
    { "self-test-squat", STRIDE_SELF_TEST_SQUAT },
    { "self-test-bridge", STRIDE_SELF_TEST_BRIDGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      StrideSelfTestWizard *wizard = NULL;
      GList *windows;

      g_action_group_activate_action (G_ACTION_GROUP (app), actions[i].action, NULL);
      iterate ();
      windows = gtk_application_get_windows (GTK_APPLICATION (app));
      for (GList *l = windows; l != NULL && wizard == NULL; l = l->next)
        wizard = (StrideSelfTestWizard *) stride_test_find_widget (l->data, STRIDE_TYPE_SELF_TEST_WIZARD, NULL);
      g_assert_nonnull (wizard);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (wizard)));
      g_assert_cmpint (stride_self_test_wizard_get_kind (wizard), ==, actions[i].kind);
      g_assert_cmpuint (stride_self_test_wizard_get_step (wizard), ==, 0);
      gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.cancel", NULL);
      iterate ();
    }
}

static AdwActionRow *
find_weaker_side_explained (Fixture *fixture)
{
  GtkWidget *page;

  stride_window_show_area (fixture->window, "workout");
  iterate ();
  page = stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_WORKOUT_PAGE, NULL);
  g_assert_nonnull (page);
  return (AdwActionRow *) stride_test_find_widget (page, ADW_TYPE_ACTION_ROW, "weaker-side-explained");
}

static gboolean
window_has_wizard (gpointer fixture)
{
  return find_wizard (fixture) != NULL;
}

static gboolean
window_says_weaker_side_needs_test (gpointer window)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (window);

  return stride_test_text_contains (texts, "The weaker-side routine comes from a bridge test that finds one side weaker");
}

static StridePlayerPage *
find_player (Fixture *fixture)
{
  StridePlayerPage *player = (StridePlayerPage *) stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                           STRIDE_TYPE_PLAYER_PAGE, NULL);

  return player != NULL && gtk_widget_get_mapped (GTK_WIDGET (player)) ? player : NULL;
}

/* Before a bridge test there is no weaker side to work on: the Workout
 * area says the test makes the routine and offers the test, and asking
 * for the routine from the command line (stride --start weaker-side)
 * says the same instead of starting the full routine under another name.
 * A balanced test says so; one that finds a side weaker makes it. */
static void
test_weaker_side_entry (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) results = stride_store_list (get_store (), STRIDE_COLLECTION_RESULTS);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(StrideRoutine) routine = NULL;
  AdwActionRow *row;
  GtkButton *take;

  /* A first week: no test taken */
  for (guint i = 0; i < results->len; i++)
    stride_store_remove (get_store (), STRIDE_COLLECTION_RESULTS,
                         json_object_get_string_member (results->pdata[i], "id"));
  iterate ();

  row = find_weaker_side_explained (fixture);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, stride_self_test_explain_no_weaker_side (none));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "bridge self-test"));
  g_assert_null (stride_routine_library_lookup (get_store (), "weaker-side", NULL));
  g_assert_null (stride_test_find_button (GTK_WIDGET (fixture->window), "Start Weaker side"));

  /* From the command line and the desktop: no player, the reason instead */
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-workout", g_variant_new_string ("weaker-side"));
  iterate ();
  g_assert_null (find_player (fixture));
  stride_test_wait_until (window_says_weaker_side_needs_test, fixture->window);
  g_assert_nonnull (find_weaker_side_explained (fixture));

  /* Its button opens the bridge test */
  take = stride_test_find_button (GTK_WIDGET (row), "_Take the Test");
  g_assert_nonnull (take);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (take)));
  stride_test_wait_until (window_has_wizard, fixture);
  fixture->wizard = find_wizard (fixture);
  g_assert_nonnull (fixture->wizard);
  g_assert_cmpint (stride_self_test_wizard_get_kind (fixture->wizard), ==, STRIDE_SELF_TEST_BRIDGE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.cancel", NULL);
  iterate ();

  /* Balanced: said so, still no routine */
  walk_bridge (fixture, FALSE, FALSE);
  act (fixture, "wizard.next");
  row = find_weaker_side_explained (fixture);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "neither side weaker"));
  g_assert_null (stride_routine_library_lookup (get_store (), "weaker-side", NULL));

  /* Both sides: no one side to add to */
  walk_bridge (fixture, TRUE, TRUE);
  act (fixture, "wizard.next");
  row = find_weaker_side_explained (fixture);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "both sides may be weaker"));

  /* The right side: the routine, built from it, and the command line starts it */
  walk_bridge (fixture, TRUE, FALSE);
  act (fixture, "wizard.next");
  g_assert_null (find_weaker_side_explained (fixture));
  routine = stride_routine_library_lookup (get_store (), "weaker-side", NULL);
  g_assert_nonnull (routine);
  g_assert_cmpstr (stride_routine_get_name (routine), ==, "Weaker side: right");
  g_assert_cmpint (stride_routine_get_item (routine, 1)->extra_set_side, ==, STRIDE_SIDE_RIGHT);
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-workout", g_variant_new_string ("weaker-side"));
  iterate ();
  g_assert_nonnull (find_player (fixture));
  g_assert_cmpstr (stride_routine_get_name (stride_plan_get_routine (stride_engine_get_plan (stride_player_page_get_engine (find_player (fixture))))),
                   ==, "Weaker side: right");
}

/* The self-test's own row in the Self-tests area, below @root */
static GtkWidget *
find_take_row_below (GtkWidget  *root,
                     const char *id)
{
  GVariant *target = GTK_IS_ACTIONABLE (root) ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (root)) : NULL;

  if (gtk_widget_has_css_class (root, "take-test") && target != NULL
      && g_str_equal (g_variant_get_string (target, NULL), id))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_take_row_below (child, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_take_row (Fixture            *fixture,
               StrideSelfTestKind  kind)
{
  return find_take_row_below (GTK_WIDGET (fixture->window), stride_self_test_kind_get_id (kind));
}

static gboolean
wizard_gone (gpointer fixture)
{
  return find_wizard (fixture) == NULL;
}

/* When a self-test is over, the keyboard is on the test's own row in the
 * Self-tests area, where its result now is, whatever area it was started
 * from; a test left without a result gives the keyboard back to what
 * started it */
static void
test_focus_after (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (fixture->window);
  GtkWidget *started_from;

  /* From its row, left: back on the row */
  stride_window_show_area (fixture->window, "self-tests");
  iterate ();
  started_from = find_take_row (fixture, STRIDE_SELF_TEST_BRIDGE);
  g_assert_nonnull (started_from);
  gtk_widget_grab_focus (started_from);
  open_wizard (fixture, STRIDE_SELF_TEST_BRIDGE);
  act (fixture, "wizard.cancel");
  stride_test_wait_until (wizard_gone, fixture);
  g_assert_true (gtk_window_get_focus (window) == started_from);

  /* From the Workout area, saved: on the bridge test's row, not on the
   * first control of the Self-tests area */
  stride_window_show_area (fixture->window, "workout");
  iterate ();
  walk_bridge (fixture, TRUE, FALSE);
  act (fixture, "wizard.next");
  stride_test_wait_until (wizard_gone, fixture);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stride_test_find_widget (GTK_WIDGET (window),
                                                                                                   ADW_TYPE_VIEW_STACK, NULL))),
                   ==, "self-tests");
  g_assert_nonnull (find_take_row (fixture, STRIDE_SELF_TEST_BRIDGE));
  g_assert_true (gtk_window_get_focus (window) == find_take_row (fixture, STRIDE_SELF_TEST_BRIDGE));

  /* From the Workout area, left: back there, where it was */
  stride_window_show_area (fixture->window, "workout");
  iterate ();
  started_from = gtk_window_get_focus (window);
  g_assert_nonnull (started_from);
  open_wizard (fixture, STRIDE_SELF_TEST_SQUAT);
  act (fixture, "wizard.cancel");
  stride_test_wait_until (wizard_gone, fixture);
  g_assert_true (gtk_window_get_focus (window) == started_from);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = stride_test_init_app (&argc, &argv);

  g_test_add ("/stride/self-test-wizard/squat-forward-and-back", Fixture, NULL, fixture_set_up, test_squat_forward_and_back, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/squat-answers", Fixture, NULL, fixture_set_up, test_squat_answers, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/bridge-paths", Fixture, NULL, fixture_set_up, test_bridge_paths, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/cancel-everywhere", Fixture, NULL, fixture_set_up, test_cancel_everywhere, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/hold-not-skipped", Fixture, NULL, fixture_set_up, test_hold_not_skipped,
              fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/close-window", Fixture, NULL, fixture_set_up, test_close_window, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/figure-sides", Fixture, NULL, fixture_set_up, test_figure_sides, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/weaker-side-entry", Fixture, NULL, fixture_set_up, test_weaker_side_entry, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/focus-after", Fixture, NULL, fixture_set_up, test_focus_after, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/result-links", Fixture, NULL, fixture_set_up, test_result_links, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/hold-interrupted", Fixture, NULL, fixture_set_up, test_hold_interrupted, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/desktop-actions", Fixture, NULL, fixture_set_up, test_desktop_actions, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/figure-screens", Fixture, NULL, fixture_set_up, test_figure_screens, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/figure-screens-german", Fixture, "de", fixture_set_up, test_figure_screens, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/screens", Fixture, NULL, fixture_set_up, test_screens, fixture_tear_down);
  g_test_add ("/stride/self-test-wizard/screens-german", Fixture, "de", fixture_set_up, test_screens, fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
