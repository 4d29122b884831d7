/* test-pain-gating.c
 *
 * The Progress area's advice about the harder variation when pain comes
 * into it: no "Ready for Harder" while one of the last two sessions hurt;
 * pain in a session at the harder variation offers the basic exercise
 * again, with a button that switches the routine back, and a dismissal
 * that holds until a newer session. In English and German, with
 * screenshots of both offers at a phone's width.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-progress-advice.h"
#include "stride-progress-page.h"
#include "stride-routine.h"
#include "stride-session.h"
#include "stride-session-sets.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;
static GDateTime *now;

typedef struct
{
  StrideWindow *window;
  StrideProgressPage *page;
} Shown;

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
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  for (StrideCollection c = STRIDE_COLLECTION_SESSIONS; c <= STRIDE_COLLECTION_RESULTS; c++)
    {
      g_autoptr(GPtrArray) records = stride_store_list (get_store (), c);

      for (guint i = 0; i < records->len; i++)
        stride_store_remove (get_store (), c, json_object_get_string_member (records->pdata[i], "id"));
    }
  g_settings_reset (settings, "progressions-dismissed");
  g_settings_reset (settings, "step-backs-dismissed");
}

/* A routine of the user's with squats at @harder and glute bridges */
static void
put_routine (const char *id,
             const char *name,
             gboolean    harder)
{
  g_autoptr(StrideRoutine) routine = stride_routine_new (id, name);
  g_autoptr(JsonObject) object = NULL;

  stride_routine_add_item (routine, "squat")->harder = harder;
  stride_routine_add_item (routine, "glute-bridge");
  object = stride_routine_to_json (routine);
  stride_store_put (get_store (), STRIDE_COLLECTION_ROUTINES, object);
}

/* A session @days before now of @routine: two sets of 15 squats at
 * @variation, effort 5, and knee pain if @pain */
static void
put_session (const char *id,
             double      days,
             const char *routine,
             const char *variation,
             gboolean    pain)
{
  g_autoptr(GDateTime) time = g_date_time_add_seconds (now, -days * 24 * 3600);
  g_autofree char *started = g_date_time_format_iso8601 (time);
  g_autoptr(JsonObject) session = stride_session_new (time, routine, routine);

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "started", started);
  stride_session_set_duration (session, 900);
  stride_session_set_completion (session, 1.0);
  stride_session_set_effort (session, 5);
  for (guint number = 1; number <= 2; number++)
    {
      StrideSessionSet set = {
        .exercise = "squat", .variation = variation, .side = NULL, .number = number,
        .reps = 15, .reps_planned = 15, .hold_seconds = -1,
      };

      stride_session_add_set (session, &set);
    }
  if (pain)
    stride_session_add_pain (session, STRIDE_PAIN_AREA_KNEE, STRIDE_PAIN_SIDE_LEFT);

  stride_store_put (get_store (), STRIDE_COLLECTION_SESSIONS, session);
}

static Shown
show_page (int width)
{
  Shown shown;

  shown.page = stride_test_show_progress_page (app, width, now, (GtkWindow **) &shown.window);
  return shown;
}

static StrideProgressAdvice *
get_advice (Shown *shown)
{
  return STRIDE_PROGRESS_ADVICE (stride_test_find_widget (GTK_WIDGET (shown->page), STRIDE_TYPE_PROGRESS_ADVICE, NULL));
}

static gboolean
suggests_harder (Shown      *shown,
                 const char *exercise_id)
{
  g_auto(GStrv) suggested = stride_progress_advice_list_suggested (get_advice (shown));

  return g_strv_contains ((const char * const *) suggested, exercise_id);
}

static gboolean
suggests_step_back (Shown      *shown,
                    const char *exercise_id)
{
  g_auto(GStrv) step_backs = stride_progress_advice_list_step_backs (get_advice (shown));

  return g_strv_contains ((const char * const *) step_backs, exercise_id);
}

static gboolean
page_shows (Shown      *shown,
            const char *text)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (shown->page));

  return stride_test_text_contains (texts, text);
}

static gboolean
routine_is_harder (const char *id,
                   const char *exercise_id)
{
  JsonObject *object = stride_store_lookup (get_store (), STRIDE_COLLECTION_ROUTINES, id);
  g_autoptr(StrideRoutine) routine = stride_routine_new_from_json (object, NULL);

  g_assert_nonnull (routine);
  for (guint i = 0; i < stride_routine_get_n_items (routine); i++)
    if (g_strcmp0 (stride_routine_get_item (routine, i)->exercise_id, exercise_id) == 0)
      return stride_routine_get_item (routine, i)->harder;

  g_assert_not_reached ();
}

/* The card of the advice that has @button_label */
static GtkWidget *
find_card (Shown      *shown,
           const char *css_class)
{
  GtkWidget *advice = GTK_WIDGET (get_advice (shown));

  for (GtkWidget *child = gtk_widget_get_first_child (advice); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, css_class))
      return child;

  return NULL;
}

static GtkWidget *
find_dismiss (GtkWidget *card)
{
  for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      return child;

  return NULL;
}

static gboolean
has_focus (gpointer user_data)
{
  return stride_test_is_focus (user_data);
}

/* Presses @button with the keyboard, as a runner on the mat would */
static void
press (Shown     *shown,
       GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_grab_focus (button));
  stride_test_wait_until (has_focus, button);
  stride_test_press_keys (GTK_WINDOW (shown->window), "space");
}

static void
save_screenshot (Shown      *shown,
                 const char *name)
{
  GtkWidget *card = find_card (shown, "stride-step-back");
  g_autofree char *shot = NULL;

  if (card == NULL)
    card = find_card (shown, "stride-suggestion");
  g_assert_nonnull (card);
  stride_test_wait_for_frames (GTK_WIDGET (shown->window), 20);
  shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (shown->window)),
                                      name);
  g_test_message ("Screenshot: %s", shot);
}

/* Easy squats twice running: "Ready for Harder" only if neither hurt */
static void
test_pain_gates_harder (void)
{
  Shown shown;
  int minimum;

  clear_store ();
  put_routine ("squats-at-home", "Squats at home", FALSE);
  put_session ("easy-1", 3, "squats-at-home", "base", FALSE);
  put_session ("easy-2", 1, "squats-at-home", "base", TRUE);

  shown = show_page (360);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests_harder (&shown, "squat"));
  g_assert_false (page_shows (&shown, "Ready for Harder Squats"));
  /* The pain is the specialist's advice's to weigh, not a step back */
  g_assert_false (suggests_step_back (&shown, "squat"));

  /* The pain was in the older one: still not */
  put_session ("easy-1", 3, "squats-at-home", "base", TRUE);
  put_session ("easy-2", 1, "squats-at-home", "base", FALSE);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests_harder (&shown, "squat"));

  /* Neither hurt: the guide's harder variation */
  put_session ("easy-1", 3, "squats-at-home", "base", FALSE);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (suggests_harder (&shown, "squat"));
  g_assert_true (page_shows (&shown, "Ready for Harder Squats"));
  save_screenshot (&shown, "pain-gating-harder-360-light");
  gtk_widget_measure (GTK_WIDGET (shown.page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static gboolean
step_back_toast_shown (gpointer user_data)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (user_data);

  return stride_test_text_contains (texts, "“Harder squats” is back to the basic variation of Squats");
}

/* Pain at the harder variation: the basic exercise again, taken up with
 * the button */
static void
test_step_back (void)
{
  Shown shown;
  int minimum;

  clear_store ();
  put_routine ("harder-squats", "Harder squats", TRUE);
  put_session ("hard-1", 3, "harder-squats", "harder", FALSE);

  shown = show_page (360);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests_step_back (&shown, "squat"));

  put_session ("hard-2", 1, "harder-squats", "harder", TRUE);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (suggests_step_back (&shown, "squat"));
  g_assert_false (suggests_harder (&shown, "squat"));
  g_assert_true (page_shows (&shown, "Step Back: Squats"));
  g_assert_true (page_shows (&shown, "You reported pain in your last session with the harder variation. "
                                     "Go back to the basic exercise (10–15 reps) until it feels easy again. "
                                     "If the pain persists, consider seeing a physical therapist or orthopedic "
                                     "specialist."));
  g_assert_true (page_shows (&shown, "The button switches “Harder squats” back to the basic variation."));
  save_screenshot (&shown, "pain-gating-step-back-360-light");
  gtk_widget_measure (GTK_WIDGET (shown.page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (&shown, "pain-gating-step-back-360-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  gtk_window_set_default_size (GTK_WINDOW (shown.window), 1280, 1100);
  save_screenshot (&shown, "pain-gating-step-back-1280-light");

  press (&shown, GTK_WIDGET (stride_test_find_button (GTK_WIDGET (shown.page), "_Back to the Basic Exercise")));
  stride_test_wait_until (step_back_toast_shown, shown.window);
  g_assert_false (routine_is_harder ("harder-squats", "squat"));
  g_assert_false (stride_store_get_unsaved (get_store ()));
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests_step_back (&shown, "squat"));

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

static gboolean
step_back_gone (gpointer user_data)
{
  return !suggests_step_back (user_data, "squat");
}

/* Dismissed, it stays away, also in a new window, until a newer session
 * at the harder variation hurts again */
static void
test_dismiss_step_back (void)
{
  Shown shown;

  clear_store ();
  put_routine ("harder-squats", "Harder squats", TRUE);
  put_session ("hurt-1", 2, "harder-squats", "harder", TRUE);

  shown = show_page (1280);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (suggests_step_back (&shown, "squat"));

  press (&shown, find_dismiss (find_card (&shown, "stride-step-back")));
  stride_test_wait_until (step_back_gone, &shown);
  /* Dismissed is not taken up: the routine is as it was */
  g_assert_true (routine_is_harder ("harder-squats", "squat"));

  gtk_window_destroy (GTK_WINDOW (shown.window));
  shown = show_page (1280);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests_step_back (&shown, "squat"));

  /* A newer session, harder and painful again */
  put_session ("hurt-2", 1, "harder-squats", "harder", TRUE);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (suggests_step_back (&shown, "squat"));

  /* One without pain after it: no longer due */
  put_session ("fine-3", 0.5, "harder-squats", "harder", FALSE);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (suggests_step_back (&shown, "squat"));

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

/* In German, at a phone's width, in a process of its own */
static void
test_german (void)
{
  Shown shown;
  int minimum;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  clear_store ();
  put_routine ("harder-squats", "Schwere Kniebeugen", TRUE);
  put_session ("hard-1", 1, "harder-squats", "harder", TRUE);

  shown = show_page (360);
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_true (page_shows (&shown, "Einen Schritt zurück: Kniebeugen"));
  g_assert_true (page_shows (&shown, "Du hast in deinem letzten Training mit der schwereren Variante Schmerzen "
                                     "angegeben. Geh zurück zur Grundübung (10–15 Wiederholungen), bis sie dir "
                                     "wieder leichtfällt. Wenn die Schmerzen anhalten, geh zu einer "
                                     "Physiotherapeutin oder einem Orthopäden."));
  g_assert_true (page_shows (&shown, "Die Schaltfläche stellt „Schwere Kniebeugen“ wieder auf die einfache Variante um."));
  save_screenshot (&shown, "pain-gating-step-back-360-light-de");
  gtk_widget_measure (GTK_WIDGET (shown.page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  press (&shown, GTK_WIDGET (stride_test_find_button (GTK_WIDGET (shown.page), "_Zurück zur Grundübung")));
  stride_test_settle (GTK_WIDGET (shown.window));
  g_assert_false (routine_is_harder ("harder-squats", "squat"));
  g_assert_false (suggests_step_back (&shown, "squat"));

  gtk_window_destroy (GTK_WINDOW (shown.window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("stride-pain-gating-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  /* A private data folder: the store starts empty */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  app = stride_test_init_app (&argc, &argv);
  stride_test_wait_until (store_loaded, get_store ());
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  now = g_date_time_new_local (2026, 3, 12, 12, 0, 0);

  g_test_add_func ("/stride/pain-gating/harder-only-without-pain", test_pain_gates_harder);
  g_test_add_func ("/stride/pain-gating/step-back", test_step_back);
  g_test_add_func ("/stride/pain-gating/dismiss-step-back", test_dismiss_step_back);
  g_test_add_func ("/stride/pain-gating/german", test_german);

  status = g_test_run ();
  g_date_time_unref (now);
  g_object_unref (app);

  return status;
}
