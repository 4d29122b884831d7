/* test-session-log.c
 *
 * The page after a workout: corrections, effort, pain and note are
 * recorded as the runner gave them; discarding asks first and records
 * nothing; a stopped workout is recorded as partly done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-confirm-dialog.h"
#include "stride-engine.h"
#include "stride-session.h"
#include "stride-session-log-page.h"
#include "stride-session-sets.h"
#include "stride-session-text.h"
#include "stride-test-utils.h"

static GApplication *app;

typedef struct
{
  char *dir;
  StrideStore *store;
  GtkWindow *window;
  StrideSessionLogPage *page;
  int finished;
} Fixture;

static JsonObject *
new_draft (double completion)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf (
    "{\"started\": \"2026-11-25T18:00:00Z\", \"routine\": \"quick\", \"routine_name\": \"Quick 10 minutes\","
    " \"duration\": 600, \"completion\": %g,"
    " \"worked\": [[\"squat\", null, 40], [\"clamshell\", \"left\", 45], [\"clamshell\", \"right\", 27],"
    "  [\"glute-bridge\", null, 30]],"
    " \"exercises\": [[\"squat\", \"base\", null, 15, 15],"
    "  [\"clamshell\", \"base\", \"left\", 15, 15],"
    "  [\"clamshell\", \"base\", \"right\", 15, 9],"
    "  [\"glute-bridge\", \"base\", null, \"hold\", 30]]}",
    completion);
  g_autoptr(JsonNode) node = json_from_string (text, &error);

  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (node));
}

static void
on_finished (StrideSessionLogPage *page,
             gboolean              saved,
             Fixture              *fixture)
{
  fixture->finished = saved ? 1 : 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonObject) draft = new_draft (data != NULL ? 0.4 : 1.0);
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("stride-log-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "progress.json", NULL);
  fixture->store = stride_store_new (path);
  stride_store_load (fixture->store, NULL);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 400, 800);
  fixture->page = STRIDE_SESSION_LOG_PAGE (stride_session_log_page_new (fixture->store, draft, NULL));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  fixture->finished = -1;
  g_signal_connect (fixture->page, "finished", G_CALLBACK (on_finished), fixture);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->store);
  g_autofree char *path = g_build_filename (fixture->dir, "progress.json", NULL);
  g_remove (path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, 0);

      if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
        g_ptr_array_add (found, widget);
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }

  return found;
}

static JsonObject *
only_session (StrideStore *store)
{
  g_autoptr(GPtrArray) sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);

  g_assert_cmpuint (sessions->len, ==, 1);
  return sessions->pdata[0];
}

/* Where the keyboard lands when the workout ends, a screen reader says
 * how it went, not only “Save” */
static void
test_session_log_heard_on_arrival (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(JsonObject) draft = new_draft (1.0);
  g_autofree char *outcome = stride_session_text_dup_outcome (draft);
  g_autofree char *expected = g_strdup_printf ("How Did It Go? %s", outcome);
  GtkWidget *focus;

  g_assert_true (stride_session_log_page_focus_save (fixture->page));
  focus = gtk_window_get_focus (fixture->window);
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "_Save");
  gtk_test_accessible_assert_property (focus, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
}

static void
test_session_log_save (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) spins = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON);
  g_autoptr(GPtrArray) dropdowns = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN);
  GtkWidget *effort = stride_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, NULL);
  GtkWidget *note = stride_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ENTRY_ROW, NULL);
  JsonObject *session;
  JsonArray *pain;
  JsonObject *knee;

  /* One spin per set, showing the reps the player counted, or for a
   * hold the seconds held */
  g_assert_cmpuint (spins->len, ==, 4);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins->pdata[2]), ==, 9);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins->pdata[3]), ==, 30);
  g_assert_cmpuint (dropdowns->len, ==, 5);

  /* The runner did one rep less on the left, found it hard, and her right
   * knee hurt */
  gtk_spin_button_set_value (spins->pdata[1], 14);
  gtk_spin_button_set_value (spins->pdata[3], 25);
  adw_combo_row_set_selected (ADW_COMBO_ROW (effort), 8);
  gtk_drop_down_set_selected (dropdowns->pdata[1], 2);
  gtk_editable_set_text (GTK_EDITABLE (note), "Cold, stiff start");
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  {
    g_autofree char *shot = stride_test_save_screenshot (GTK_WIDGET (fixture->page), "session-log-400-light");

    g_test_message ("Screenshot: %s", shot);
  }
  stride_session_log_page_save (fixture->page);

  g_assert_cmpint (fixture->finished, ==, 1);
  session = only_session (fixture->store);
  g_assert_true (json_object_has_member (session, "id"));
  g_assert_cmpint (json_object_get_int_member (session, "effort"), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (session, "note"), ==, "Cold, stiff start");
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), ==, 1.0);
  {
    static const gint64 reps[] = { 15, 14, 9, 1 };
    StrideSessionSetIter iter;
    StrideSessionSet set;

    stride_session_set_iter_init (&iter, session);
    for (guint i = 0; i < G_N_ELEMENTS (reps); i++)
      {
        g_assert_true (stride_session_set_iter_next (&iter, &set));
        g_assert_cmpint (set.reps, ==, reps[i]);
      }
    g_assert_cmpint (set.hold_seconds, ==, 25);
    g_assert_false (stride_session_set_iter_next (&iter, &set));
  }
  pain = json_object_get_array_member (session, "pain");
  g_assert_cmpuint (json_array_get_length (pain), ==, 1);
  knee = json_array_get_object_element (pain, 0);
  g_assert_cmpstr (json_object_get_string_member (knee, "area"), ==, "knee");
  g_assert_cmpstr (json_object_get_string_member (knee, "side"), ==, "right");
}

static void
test_session_log_partial (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (fixture->page));
  gboolean told = FALSE;

  for (guint i = 0; i < texts->len; i++)
    told |= strstr (texts->pdata[i], "partly done") != NULL && strstr (texts->pdata[i], "40 %") != NULL;
  g_assert_true (told);

  stride_session_log_page_save (fixture->page);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (only_session (fixture->store), "completion"), 0.4, 1e-9);
  {
    g_autoptr(GPtrArray) none = stride_store_list (fixture->store, STRIDE_COLLECTION_RESULTS);

    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* Shows the page for @text, a draft as the player makes it, in place of
 * the fixture's */
static void
replace_page (Fixture    *fixture,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (text, &error);

  g_assert_no_error (error);
  fixture->page = STRIDE_SESSION_LOG_PAGE (stride_session_log_page_new (fixture->store, json_node_get_object (node), NULL));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  g_signal_connect (fixture->page, "finished", G_CALLBACK (on_finished), fixture);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
}

static gboolean
page_says (Fixture    *fixture,
           const char *text)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (fixture->page));

  for (guint i = 0; i < texts->len; i++)
    {
      if (strstr (texts->pdata[i], text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static guint
n_sessions (Fixture *fixture)
{
  g_autoptr(GPtrArray) sessions = stride_store_list (fixture->store, STRIDE_COLLECTION_SESSIONS);

  return sessions->len;
}

/* Stopped a few seconds into the first set: not a rep done, nothing to
 * save. Save stays off until the runner enters a rep the player missed. */
static void
test_session_log_nothing_done (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkButton *save;
  g_autoptr(GPtrArray) spins = NULL;

  replace_page (fixture,
                "{\"started\": \"2026-11-25T18:00:00Z\", \"routine\": \"quick\", \"routine_name\": \"Quick 10 minutes\","
                " \"duration\": 14, \"worked\": [[\"squat\", null, 4]], \"completion\": 0,"
                " \"exercises\": [[\"squat\", \"base\", null, 15, 0]]}");
  save = stride_test_find_button (GTK_WIDGET (fixture->page), "_Save");
  g_assert_nonnull (save);

  g_assert_false (page_says (fixture, "0 %"));
  g_assert_true (page_says (fixture, "“Quick 10 minutes” ended before a rep was done, so there is nothing to save."));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (save)));
  stride_session_log_page_save (fixture->page);
  g_assert_cmpint (fixture->finished, ==, -1);
  g_assert_cmpuint (n_sessions (fixture), ==, 0);

  /* The runner did two squats the player did not count: the page no
   * longer says there is nothing to save, and says what Save will keep */
  spins = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (spins->pdata[0], 2);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (save)));
  g_assert_false (page_says (fixture, "“Quick 10 minutes” ended before a rep was done, so there is nothing to save."));
  g_assert_true (page_says (fixture, "You did 1 % of “Quick 10 minutes”: 4 seconds of exercise in 14 seconds. "
                                     "Saving keeps it as partly done, with the sets you did."));
  gtk_spin_button_set_value (spins->pdata[0], 0);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (save)));
  g_assert_true (page_says (fixture, "“Quick 10 minutes” ended before a rep was done, so there is nothing to save."));
  gtk_spin_button_set_value (spins->pdata[0], 2);
  stride_session_log_page_save (fixture->page);
  g_assert_cmpint (fixture->finished, ==, 1);
  g_assert_cmpuint (n_sessions (fixture), ==, 1);
}

/* The focus on @user_data, or on the text inside a spin button */
static gboolean
focus_in (gpointer user_data)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (user_data));

  return focus != NULL && (focus == user_data || gtk_widget_is_ancestor (focus, user_data));
}

/* Tab goes from one set's reps to the next set's, where typing a number
 * changes them; it stopped on each row first, where typing did nothing */
static void
test_session_log_tab (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) spins = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON);
  g_autoptr(GPtrArray) dropdowns = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN);

  gtk_widget_grab_focus (spins->pdata[0]);
  stride_test_wait_until (focus_in, spins->pdata[0]);
  for (guint i = 1; i < spins->len; i++)
    {
      stride_test_press_keys (fixture->window, "Tab");
      stride_test_wait_until (focus_in, spins->pdata[i]);
    }

  /* The same for the pain drop-downs */
  gtk_widget_grab_focus (dropdowns->pdata[0]);
  stride_test_wait_until (focus_in, dropdowns->pdata[0]);
  stride_test_press_keys (fixture->window, "Tab");
  stride_test_wait_until (focus_in, dropdowns->pdata[1]);
}

static gboolean
page_finished (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->finished != -1;
}

/* Ctrl+S saves, wherever the keyboard is on the page; with nothing done
 * it does nothing, as Save cannot be pressed */
static void
test_session_log_ctrl_s (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) spins = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON);

  for (guint i = 0; i < spins->len; i++)
    gtk_spin_button_set_value (spins->pdata[i], 0);
  gtk_widget_grab_focus (spins->pdata[1]);
  stride_test_press_keys (fixture->window, "ctrl+s");
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpint (fixture->finished, ==, -1);
  g_assert_cmpuint (n_sessions (fixture), ==, 0);

  gtk_spin_button_set_value (spins->pdata[1], 12);
  stride_test_press_keys (fixture->window, "ctrl+s");
  stride_test_wait_until (page_finished, fixture);
  g_assert_cmpint (fixture->finished, ==, 1);
  g_assert_cmpuint (n_sessions (fixture), ==, 1);
}

/* One rep of a long routine is little, and not nothing: the page says
 * 1 %, never 0 %; a hold of one second counts as done too. The time is
 * what the workout really took. */
static void
test_session_log_little_done (Fixture       *fixture,
                              gconstpointer  data)
{
  replace_page (fixture,
                "{\"started\": \"2026-11-25T18:00:00Z\", \"routine\": \"full\", \"routine_name\": \"Full hip routine\","
                " \"duration\": 80, \"worked\": [[\"squat\", null, 45]], \"completion\": 0.002,"
                " \"exercises\": [[\"squat\", \"base\", null, 15, 1]]}");
  g_assert_true (page_says (fixture, "You did 1 % of “Full hip routine”: 45 seconds of exercise in 1 minute."));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (fixture->page), "_Save"))));

  replace_page (fixture,
                "{\"started\": \"2026-11-25T18:00:00Z\", \"routine\": \"quick\", \"routine_name\": \"Quick 10 minutes\","
                " \"duration\": 130, \"worked\": [[\"glute-bridge\", null, 1]], \"completion\": 0.01,"
                " \"exercises\": [[\"glute-bridge\", \"base\", null, \"hold\", 1]]}");
  g_assert_true (page_says (fixture, "You did 1 % of “Quick 10 minutes”: 1 second of exercise in 2 minutes."));
  stride_session_log_page_save (fixture->page);
  g_assert_cmpuint (n_sessions (fixture), ==, 1);

  /* All of it, in less time than planned */
  replace_page (fixture,
                "{\"started\": \"2026-11-25T18:00:00Z\", \"routine\": \"quick\", \"routine_name\": \"Quick 10 minutes\","
                " \"duration\": 575, \"worked\": [[\"squat\", null, 300], [\"clamshell\", \"left\", 75]], \"completion\": 1.0,"
                " \"exercises\": [[\"squat\", \"base\", null, 15, 15]]}");
  g_assert_true (page_says (fixture, "You finished “Quick 10 minutes”: 6 minutes of exercise in 10 minutes. Well done!"));
}

/* Skipped through to the end in seconds, then every rep entered: the
 * session is done in full, not "1 %"; two reps short, nearly all of it.
 * The page says so, and the history and the report read it from the
 * session saved. */
static void
test_session_log_reps_entered (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) routines = stride_routine_get_builtins ();
  StrideRoutine *quick = NULL;
  g_autoptr(StridePlan) plan = NULL;
  g_autoptr(StrideClock) clock = stride_fake_clock_new (G_USEC_PER_SEC);
  g_autoptr(StrideEngine) engine = NULL;
  g_autoptr(JsonObject) draft = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  StrideSessionSetIter iter;
  StrideSessionSet set;
  JsonObject *saved;
  guint n = 0;

  for (guint i = 0; i < routines->len; i++)
    if (g_strcmp0 (stride_routine_get_id (routines->pdata[i]), "quick") == 0)
      quick = routines->pdata[i];
  plan = stride_plan_new (quick, NULL);
  engine = stride_engine_new (plan, clock);
  stride_engine_start (engine);
  while (stride_engine_get_state (engine) != STRIDE_ENGINE_FINISHED)
    stride_engine_next (engine);
  draft = stride_engine_dup_session (engine);

  fixture->page = STRIDE_SESSION_LOG_PAGE (stride_session_log_page_new (fixture->store, draft, plan));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (page_says (fixture, "before a rep was done"));

  /* Every set in full */
  spins = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON);
  stride_session_set_iter_init (&iter, draft);
  while (stride_session_set_iter_next (&iter, &set))
    gtk_spin_button_set_value (spins->pdata[n++], set.reps_planned);
  g_assert_cmpuint (n, ==, spins->len);
  g_assert_true (page_says (fixture, "You finished “Quick 10 minutes”"));

  /* Two short in the last set */
  gtk_spin_button_set_value (spins->pdata[n - 1], set.reps_planned - 2);
  g_assert_false (page_says (fixture, "You finished"));
  g_assert_true (page_says (fixture, "You did 9"));

  stride_session_log_page_save (fixture->page);
  saved = only_session (fixture->store);
  g_assert_cmpfloat (json_object_get_double_member (saved, "completion"), >, 0.95);
  g_assert_cmpint (stride_session_get_percent_done (saved), >=, 95);
  g_assert_cmpint (stride_session_get_percent_done (saved), <=, 99);
}

/* An effort the runner did not give is not recorded: not a 5, not a 0 */
static void
test_session_log_unrated (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *effort = stride_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, NULL);
  g_autoptr(GPtrArray) texts = stride_test_collect_text (effort);

  g_assert_true (stride_test_text_contains (texts, "Not rated"));
  stride_session_log_page_save (fixture->page);
  g_assert_false (json_object_has_member (only_session (fixture->store), "effort"));
}

/* The effort's list opens on the effort chosen, a key press from the
 * next one, and the row tells a screen reader the effort chosen */
static void
test_session_log_effort_keys (Fixture       *fixture,
                              gconstpointer  data)
{
  AdwComboRow *effort = ADW_COMBO_ROW (stride_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, NULL));
  const char *chosen;

  gtk_test_accessible_assert_property (effort, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Not rated");
  adw_combo_row_set_selected (effort, 7);
  chosen = gtk_string_object_get_string (adw_combo_row_get_selected_item (effort));
  gtk_test_accessible_assert_property (effort, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, chosen);

  gtk_widget_grab_focus (GTK_WIDGET (effort));
  stride_test_press_keys (fixture->window, "Return");
  stride_test_wait_until (stride_test_focused_choice_is, (gpointer[]) { fixture->window, (gpointer) chosen });
  stride_test_press_keys (fixture->window, "Down");
  stride_test_press_keys (fixture->window, "Return");
  stride_test_wait_until (stride_test_is_focus, effort);
  g_assert_cmpuint (adw_combo_row_get_selected (effort), ==, 8);
  gtk_test_accessible_assert_property (effort, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_string_object_get_string (adw_combo_row_get_selected_item (effort)));
}

static gboolean
dialog_mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (user_data);
}

/* A question before something is lost opens with the keyboard on its
 * safe answer, also when its answers are stacked, as long ones are in a
 * narrow dialog: libadwaita 1.2 stacks them last first and put the
 * keyboard on the top one, the destructive answer, for Return to give */
static void
test_session_log_confirm_focus (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *dialog = stride_confirm_dialog_new (GTK_WIDGET (fixture->window), "Leave the Session Log?",
                                                 "What you entered is not saved.",
                                                 "keep", "_Keep Everything Entered So Far",
                                                 "discard", "_Discard Everything Entered Today");
  GtkWidget *focus;

  gtk_window_present (GTK_WINDOW (dialog));
  stride_test_wait_until (dialog_mapped, dialog);
  stride_test_wait_for_frames (dialog, 2);
  g_free (stride_test_save_screenshot (dialog, "confirm-dialog-stacked"));

  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();
    g_ptr_array_add (stack, dialog);
    while (stack->len) { GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
      if (GTK_IS_BUTTON (w)) g_test_message ("BUTTON %p %s mapped %d focus %d", w, gtk_button_get_label (GTK_BUTTON (w)), gtk_widget_get_mapped (w), w == focus);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c)) g_ptr_array_add (stack, c); }
  }
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "_Keep Everything Entered So Far");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

typedef struct
{
  GtkAdjustment *page;
  double page_was;
  GtkWidget *widget;
  double value_was;
} ScrollWatch;

/* What a runner set in a spin button, drop-down or combo row */
static double
value_of (GtkWidget *widget)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    return gtk_spin_button_get_value (GTK_SPIN_BUTTON (widget));
  if (GTK_IS_RANGE (widget))
    return gtk_range_get_value (GTK_RANGE (widget));
  if (GTK_IS_DROP_DOWN (widget))
    return gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));
  if (ADW_IS_COMBO_ROW (widget))
    return adw_combo_row_get_selected (ADW_COMBO_ROW (widget));
  g_assert_not_reached ();
}

static gboolean
scroll_handled (gpointer user_data)
{
  ScrollWatch *watch = user_data;

  return gtk_adjustment_get_value (watch->page) != watch->page_was || value_of (watch->widget) != watch->value_was;
}

/* A mouse wheel turned over any value of the page scrolls the page and
 * changes no value: reps, seconds held, effort and pain stay as set */
static void
test_session_log_scroll (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *scrolled = stride_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SCROLLED_WINDOW, NULL);
  GtkAdjustment *page = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_autoptr(GPtrArray) values = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON);
  g_autoptr(GPtrArray) dropdowns = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN);
  g_autoptr(GPtrArray) combos = find_all (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW);

  g_ptr_array_extend (values, dropdowns, NULL, NULL);
  g_ptr_array_extend (values, combos, NULL, NULL);
  g_assert_cmpuint (values->len, ==, 4 + 5 + 1);

  /* Rated 5, as the runner in the report had it, and a page that scrolls */
  adw_combo_row_set_selected (ADW_COMBO_ROW (combos->pdata[0]), 5);
  gtk_window_set_default_size (fixture->window, 400, 420);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  g_assert_cmpfloat (gtk_adjustment_get_upper (page), >, gtk_adjustment_get_page_size (page));

  for (guint i = 0; i < values->len; i++)
    {
      GtkWidget *widget = values->pdata[i];
      ScrollWatch watch = { page, 0, widget, value_of (widget) };
      graphene_point_t top;
      double bottom = gtk_adjustment_get_upper (page) - gtk_adjustment_get_page_size (page);

      /* Bring it into the middle of the view */
      g_assert_true (gtk_widget_compute_point (widget, scrolled, &GRAPHENE_POINT_INIT (0, 0), &top));
      gtk_adjustment_set_value (page, CLAMP (gtk_adjustment_get_value (page) + top.y - gtk_adjustment_get_page_size (page) / 3,
                                             0, bottom));
      stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);

      watch.page_was = gtk_adjustment_get_value (page);
      stride_test_scroll_over_until (widget, watch.page_was < bottom - 1 ? 2 : -2, scroll_handled, &watch);

      g_assert_cmpfloat (value_of (widget), ==, watch.value_was);
      g_assert_cmpfloat (gtk_adjustment_get_value (page), !=, watch.page_was);
    }

  stride_session_log_page_save (fixture->page);
  g_assert_cmpint (json_object_get_int_member (only_session (fixture->store), "effort"), ==, 5);
}

/* Each set is named in its exercise's own unit: side steps by steps and
 * direction, as the guide counts them, the others by reps and side */
static void
test_session_log_units (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (
    "{\"started\": \"2026-11-25T18:00:00Z\", \"routine\": \"quick\", \"routine_name\": \"Quick 10 minutes\","
    " \"duration\": 600, \"completion\": 1,"
    " \"exercises\": [[\"clamshell\", \"base\", \"left\", 12, 12],"
    "  [\"side-step\", \"base\", \"left\", 10, 10],"
    "  [\"side-step\", \"base\", \"right\", 10, 9]]}", &error);
  g_autofree char *dir = g_dir_make_tmp ("stride-log-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autoptr(StrideStore) store = stride_store_new (path);
  GtkWidget *page;
  g_autoptr(GPtrArray) texts = NULL;

  g_assert_no_error (error);
  stride_store_load (store, NULL);
  page = g_object_ref_sink (stride_session_log_page_new (store, json_node_get_object (node), NULL));
  texts = stride_test_collect_text (page);

  g_assert_true (stride_test_text_contains (texts, "Clamshells, set 1, left side"));
  g_assert_true (stride_test_text_contains (texts, "12 reps planned"));
  g_assert_true (stride_test_text_contains (texts, "Banded Side Steps, set 1, to the left"));
  g_assert_true (stride_test_text_contains (texts, "Banded Side Steps, set 1, to the right"));
  g_assert_true (stride_test_text_contains (texts, "10 steps planned"));
  g_assert_false (stride_test_text_contains (texts, "Banded Side Steps, set 1, left side"));
  g_assert_false (stride_test_text_contains (texts, "10 reps planned"));

  g_object_unref (page);
  g_rmdir (dir);
}

static void
test_session_log_discard (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWindow *dialog;
  g_autoptr(GPtrArray) sessions = NULL;

  /* Keeping returns to the page with nothing lost */
  stride_session_log_page_discard (fixture->page);
  dialog = stride_test_find_dialog (fixture->window);
  g_assert_nonnull (dialog);
  stride_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  {
    g_autofree char *shot = stride_test_save_screenshot (GTK_WIDGET (dialog), "session-log-discard-dialog");

    g_test_message ("Screenshot: %s", shot);
  }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_assert_cmpint (fixture->finished, ==, -1);

  stride_session_log_page_discard (fixture->page);
  dialog = stride_test_find_dialog (fixture->window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  g_assert_cmpint (fixture->finished, ==, 0);

  sessions = stride_store_list (fixture->store, STRIDE_COLLECTION_SESSIONS);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_assert_false (stride_store_get_unsaved (fixture->store));
}

/* The page at a phone's width, light and dark, in English and, in a
 * process of its own, in German, whose words are longer */
static void
test_session_log_screens (Fixture       *fixture,
                          gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *suffix = g_strdup_printf ("%s%s", language != NULL ? "-" : "", language != NULL ? language : "");
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  static const char *scheme_names[] = { "light", "dark" };
  int minimum;

  if (data != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (data);
      return;
    }

  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_window_set_default_size (fixture->window, 360, 800);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *name = g_strdup_printf ("session-log-360-%s%s", scheme_names[i], suffix);
      g_autofree char *shot = NULL;

      adw_style_manager_set_color_scheme (style, schemes[i]);
      stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
      shot = stride_test_save_screenshot (GTK_WIDGET (fixture->page), name);
      g_test_message ("Screenshot: %s", shot);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* GTK's test backend keeps what a screen reader would be told, in
   * process and without a bus */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = stride_test_init_app (&argc, &argv);

  g_test_add ("/stride/session-log/heard-on-arrival", Fixture, NULL, fixture_set_up, test_session_log_heard_on_arrival, fixture_tear_down);
  g_test_add ("/stride/session-log/tab", Fixture, NULL, fixture_set_up, test_session_log_tab, fixture_tear_down);
  g_test_add ("/stride/session-log/ctrl-s", Fixture, NULL, fixture_set_up, test_session_log_ctrl_s, fixture_tear_down);
  g_test_add ("/stride/session-log/save", Fixture, NULL, fixture_set_up, test_session_log_save, fixture_tear_down);
  g_test_add ("/stride/session-log/partial", Fixture, GINT_TO_POINTER (1), fixture_set_up, test_session_log_partial, fixture_tear_down);
  g_test_add ("/stride/session-log/nothing-done", Fixture, NULL, fixture_set_up, test_session_log_nothing_done, fixture_tear_down);
  g_test_add ("/stride/session-log/little-done", Fixture, NULL, fixture_set_up, test_session_log_little_done, fixture_tear_down);
  g_test_add ("/stride/session-log/reps-entered", Fixture, NULL, fixture_set_up, test_session_log_reps_entered, fixture_tear_down);
  g_test_add ("/stride/session-log/confirm-focus", Fixture, NULL, fixture_set_up, test_session_log_confirm_focus, fixture_tear_down);
  g_test_add ("/stride/session-log/effort-keys", Fixture, NULL, fixture_set_up, test_session_log_effort_keys, fixture_tear_down);
  g_test_add ("/stride/session-log/unrated", Fixture, NULL, fixture_set_up, test_session_log_unrated, fixture_tear_down);
  g_test_add ("/stride/session-log/scroll", Fixture, NULL, fixture_set_up, test_session_log_scroll, fixture_tear_down);
  g_test_add_func ("/stride/session-log/units", test_session_log_units);
  g_test_add ("/stride/session-log/discard", Fixture, NULL, fixture_set_up, test_session_log_discard, fixture_tear_down);
  g_test_add ("/stride/session-log/screens", Fixture, NULL, fixture_set_up, test_session_log_screens, fixture_tear_down);
  g_test_add ("/stride/session-log/screens/de", Fixture, "de", fixture_set_up, test_session_log_screens, fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
