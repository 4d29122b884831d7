/* test-routines-ui.c
 *
 * The Workout area's routines: edit a copy of a built-in one, a new
 * routine that cannot run says why, duplicate, and delete with undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-routine-editor.h"
#include "stride-self-tests-page.h"
#include "stride-test-i18n.h"
#include "stride-test-utils.h"
#include "stride-window.h"
#include "stride-workout-page.h"

static GApplication *app;

static StrideWindow *
open_window (void)
{
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 700);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_window_show_area (window, "workout");
  return window;
}

static StrideStore *
get_store (void)
{
  return stride_application_get_store (STRIDE_APPLICATION (app));
}

static guint
count_routine_rows (StrideWindow *window)
{
  GtkWidget *page = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_WORKOUT_PAGE, NULL);
  GtkWidget *list = stride_test_find_widget (page, GTK_TYPE_LIST_BOX, "routines");
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_ACTION_ROW (row);
  return n;
}

static StrideRoutineEditor *
find_editor (StrideWindow *window)
{
  return (StrideRoutineEditor *) stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_ROUTINE_EDITOR, NULL);
}

static JsonObject *
find_stored (const char *name)
{
  g_autoptr(GPtrArray) routines = stride_store_list (get_store (), STRIDE_COLLECTION_ROUTINES);

  for (guint i = 0; i < routines->len; i++)
    if (g_strcmp0 (json_object_get_string_member (routines->pdata[i], "name"), name) == 0)
      return routines->pdata[i];
  return NULL;
}

static gboolean
rows_are (gpointer user_data)
{
  gpointer *args = user_data;

  return count_routine_rows (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static GtkWidget *find_by_action (GtkWidget  *root,
                                  const char *action);

static gboolean
editor_shown (gpointer window)
{
  return find_editor (window) != NULL;
}

static void
test_edit_builtin (void)
{
  StrideWindow *window = open_window ();
  StrideRoutineEditor *editor;
  GtkSpinButton *sets = NULL;
  JsonObject *stored;
  gpointer four[2] = { window, GUINT_TO_POINTER (4) };

  g_assert_cmpuint (count_routine_rows (window), ==, 3);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-routine", "s", "full");
  editor = find_editor (window);
  g_assert_nonnull (editor);
  /* A built-in routine is edited as the runner's own copy, and the
   * editor says so */
  g_assert_cmpstr (stride_routine_get_name (stride_routine_editor_get_routine (editor)), ==, "My Full hip routine");
  {
    g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (editor));

    g_assert_true (stride_test_text_contains (texts, "Edit a Copy"));
    g_assert_true (stride_test_text_contains (texts, "Saved as your own routine when you change something; "
                                                     "the built-in “Full hip routine” stays as it is."));
  }
  /* Unchanged, there is no copy to save: Save is off, and saving makes none */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (stride_test_find_button (GTK_WIDGET (editor), "_Save"))));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_false (stride_routine_editor_save (editor));
  g_assert_null (find_stored ("My Full hip routine"));
  g_assert_nonnull (find_editor (window));
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  g_free (stride_test_save_screenshot (GTK_WIDGET (window), "routine-editor-copy"));

  /* Three sets of squats instead of two: the first "Sets" spin button */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, editor);
    while (stack->len > 0 && sets == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, 0);

        if (GTK_IS_SPIN_BUTTON (w) && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (w), "field")) == 2)
          sets = GTK_SPIN_BUTTON (w);
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  g_assert_nonnull (sets);
  gtk_spin_button_set_value (sets, 3);
  g_assert_true (stride_routine_editor_save (editor));
  g_assert_null (find_editor (window));

  /* Saved as the user's own copy; the built-in one is as it was */
  stored = find_stored ("Full hip routine");
  g_assert_null (stored);
  stored = find_stored ("My Full hip routine");
  g_assert_nonnull (stored);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (stored, "items"), 0),
                                               "sets"), ==, 3);
  stride_test_wait_until (rows_are, four);

  /* The keyboard is on the saved routine's Start, where the runner goes
   * next, not on the first tab of the header */
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
    GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW) : NULL;

    g_test_message ("Focus on %s", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "My Full hip routine");
    g_assert_true (focus == adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
  }

  /* Opened from its edit button and left unsaved, the keyboard goes back
   * to that button */
  {
    GtkWidget *edit = NULL;
    GtkWidget *focus;

    edit = find_by_action (gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), ADW_TYPE_ACTION_ROW),
                           "win.edit-routine");
    g_assert_nonnull (edit);
    gtk_widget_grab_focus (edit);
    g_assert_true (gtk_widget_activate (edit));
    stride_test_wait_until (editor_shown, window);
    gtk_widget_activate_action (GTK_WIDGET (find_editor (window)), "editor.cancel", NULL);
    g_assert_null (find_editor (window));
    stride_test_wait_for_frames (GTK_WIDGET (window), 3);
    focus = gtk_window_get_focus (GTK_WINDOW (window));
    g_assert_true (focus == edit);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An exercise's summary in the editor speaks its dose's unit: steps in
 * each direction for side steps, reps per side for clamshells */
static void
test_edit_units (void)
{
  StrideWindow *window = open_window ();
  StrideRoutineEditor *editor;
  g_autoptr(GPtrArray) sets = g_ptr_array_new ();
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  const char *expected[] = { "2 × 10 reps", "2 × 12 reps per side", "2 × 10 steps in each direction" };

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-routine", "s", "full");
  editor = find_editor (window);
  g_assert_nonnull (editor);

  /* Every "Sets" spin button, in the routine's order */
  g_ptr_array_add (stack, editor);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, 0);

      if (GTK_IS_SPIN_BUTTON (w) && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (w), "field")) == 2)
        g_ptr_array_add (sets, w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_assert_cmpuint (sets->len, ==, 5);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkWidget *expander;

      /* Changed and changed back: the summary follows */
      gtk_spin_button_set_value (sets->pdata[i], 3);
      gtk_spin_button_set_value (sets->pdata[i], 2);
      expander = gtk_widget_get_ancestor (sets->pdata[i], ADW_TYPE_EXPANDER_ROW);
      g_assert_nonnull (expander);
      g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==, expected[i]);
    }

  /* The number a set counts is named so too: steps, not reps, in the
   * rows an exercise shows when opened */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (sets->pdata[1], ADW_TYPE_EXPANDER_ROW)), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (sets->pdata[2], ADW_TYPE_EXPANDER_ROW)), TRUE);
  /* Shown from the opening's first frame on */
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  {
    g_autoptr(GPtrArray) side_steps = stride_test_collect_text (gtk_widget_get_ancestor (sets->pdata[2], ADW_TYPE_EXPANDER_ROW));
    g_autoptr(GPtrArray) clamshells = stride_test_collect_text (gtk_widget_get_ancestor (sets->pdata[1], ADW_TYPE_EXPANDER_ROW));

    g_assert_true (stride_test_text_contains (side_steps, "Steps"));
    g_assert_false (stride_test_text_contains (side_steps, "Reps"));
    g_assert_true (stride_test_text_contains (clamshells, "Reps"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_new_invalid (void)
{
  StrideWindow *window = open_window ();
  StrideRoutineEditor *editor;
  GtkRevealer *error;
  g_autoptr(GPtrArray) texts = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-routine", NULL);
  editor = find_editor (window);
  g_assert_false (stride_routine_editor_save (editor));

  /* It says what to change, and stays open */
  error = GTK_REVEALER (stride_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_REVEALER, NULL));
  g_assert_true (gtk_revealer_get_reveal_child (error));
  /* Shown from the revealer's first frame on */
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  texts = stride_test_collect_text (GTK_WIDGET (error));
  g_assert_true (stride_test_text_contains (texts, "Add at least one exercise to the routine."));
  g_assert_nonnull (find_editor (window));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "clamshell");
  g_assert_cmpuint (stride_routine_get_n_items (stride_routine_editor_get_routine (editor)), ==, 1);
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  {
    g_autofree char *shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                                         "routine-editor-800-light");

    g_test_message ("Screenshot: %s", shot);
  }
  g_assert_true (stride_routine_editor_save (editor));
  g_assert_nonnull (find_stored ("My routine"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *find_routine_row (GtkWidget  *root,
                                    const char *title);

/* The widget under @root whose action is @action */
static GtkWidget *
find_by_action (GtkWidget  *root,
                const char *action)
{
  if (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_action (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
no_undo_shown (gpointer window)
{
  return stride_test_find_button (window, "_Undo") == NULL;
}

static void
test_duplicate_delete_undo (void)
{
  StrideWindow *window = open_window ();
  guint before = count_routine_rows (window);
  gpointer more[2] = { window, GUINT_TO_POINTER (before + 1) };
  gpointer back[2] = { window, GUINT_TO_POINTER (before) };
  JsonObject *copy;
  g_autofree char *id = NULL;

  /* Duplicated from its button: the keyboard stays on that button, in
   * the list made again with the copy in it */
  {
    GtkWidget *duplicate = find_by_action (find_routine_row (GTK_WIDGET (window), "Quick 10 minutes"),
                                           "win.duplicate-routine");

    stride_test_wait_until (stride_test_widget_is_mapped, duplicate);
    g_assert_true (gtk_widget_grab_focus (duplicate));
    g_signal_emit_by_name (duplicate, "clicked");
  }
  stride_test_wait_until (rows_are, more);
  copy = find_stored ("Quick 10 minutes (copy)");
  g_assert_nonnull (copy);
  id = g_strdup (json_object_get_string_member (copy, "id"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window))
                 == find_by_action (find_routine_row (GTK_WIDGET (window), "Quick 10 minutes"), "win.duplicate-routine"));

  /* Deleted from its menu: the keyboard goes to the row that took its
   * place, not out of the list */
  g_assert_true (gtk_widget_grab_focus (stride_test_find_widget (find_routine_row (GTK_WIDGET (window), "Quick 10 minutes (copy)"),
                                                                 GTK_TYPE_MENU_BUTTON, "routine-more")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-routine", "s", id);
  g_assert_null (find_stored ("Quick 10 minutes (copy)"));
  stride_test_wait_until (rows_are, back);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW));
  }

  /* Undone, it is back where it was, with the keyboard on its Start:
   * it was on Import Routine…, at the end of the page. Ctrl+Z undoes it
   * from where the keyboard is, as the toast's Undo is far from there
   * in the order of Tab */
  stride_test_wait_for_toast (GTK_WIDGET (window), "_Undo");
  stride_test_press_keys (GTK_WINDOW (window), "ctrl+z");
  stride_test_wait_until (rows_are, more);
  g_assert_nonnull (find_stored ("Quick 10 minutes (copy)"));
  stride_test_wait_until (rows_are, more);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window))
                 == find_by_action (find_routine_row (GTK_WIDGET (window), "Quick 10 minutes (copy)"), "win.start-workout"));
  /* The toast went with it: a second Ctrl+Z has nothing to undo */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    stride_test_press_keys (GTK_WINDOW (window), "ctrl+z");
    stride_test_settle (GTK_WIDGET (window));
    g_assert_cmpuint (count_routine_rows (window), ==, before + 1);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  }

  /* Deleted again, once the toast has gone, undone from the toast's own
   * button */
  stride_test_wait_until (no_undo_shown, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-routine", "s", id);
  stride_test_wait_until (rows_are, back);
  stride_test_wait_for_toast (GTK_WIDGET (window), "_Undo");
  g_signal_emit_by_name (stride_test_find_button (GTK_WIDGET (window), "_Undo"), "clicked");
  g_assert_nonnull (find_stored ("Quick 10 minutes (copy)"));
  stride_test_wait_until (rows_are, more);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A routine's name is shown as written, "&" and "<" too, in its row and
 * in the toast that says it was deleted: read as markup, it showed
 * nothing */
static void
test_plain_text_names (void)
{
  StrideWindow *window = open_window ();
  guint before = count_routine_rows (window);
  gpointer more[2] = { window, GUINT_TO_POINTER (before + 1) };
  g_autoptr(JsonObject) renamed = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *id = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-routine", "s", "quick");
  renamed = json_object_ref (find_stored ("Quick 10 minutes (copy)"));
  id = g_strdup (json_object_get_string_member (renamed, "id"));
  json_object_set_string_member (renamed, "name", "Hips & Core <2>");
  stride_store_put (get_store (), STRIDE_COLLECTION_ROUTINES, renamed);
  stride_test_wait_until (rows_are, more);
  stride_test_settle (GTK_WIDGET (window));
  texts = stride_test_collect_text (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_WORKOUT_PAGE, NULL));
  g_assert_true (stride_test_text_contains (texts, "Hips & Core <2>"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-routine", "s", id);
  stride_test_wait_for_toast (GTK_WIDGET (window), "_Undo");
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = stride_test_collect_text (GTK_WIDGET (window));
  g_assert_true (stride_test_text_contains (texts, "“Hips & Core <2>” deleted"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
week_text (StrideWindow *window)
{
  GtkWidget *page = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_WORKOUT_PAGE, NULL);
  GtkWidget *label = stride_test_find_widget (page, GTK_TYPE_LABEL, "week-count");

  g_autoptr(GPtrArray) texts = NULL;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  /* As read, without the word joiner that keeps "2–3" on one line */
  texts = stride_test_collect_text (label);
  g_assert_cmpuint (texts->len, ==, 1);
  return g_intern_string (texts->pdata[0]);
}

static gboolean
store_is_loaded (gpointer user_data)
{
  return stride_store_get_loaded (get_store ());
}

/* Where a workout starts, this week's count against the goal; a session
 * done now counts at once */
static void
test_week_count (void)
{
  StrideWindow *window;
  g_autoptr(JsonObject) session = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *started = g_date_time_format_iso8601 (now);
  g_autofree char *id = stride_store_new_id ();
  double before;

  stride_test_wait_until (store_is_loaded, NULL);
  window = open_window ();
  g_assert_true (g_str_has_suffix (week_text (window), " of 2–3 sessions this week"));
  /* Other tests leave sessions in this home, some partly done */
  before = g_ascii_strtod (week_text (window), NULL);

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "started", started);
  json_object_set_double_member (session, "completion", 1.0);
  stride_store_put (get_store (), STRIDE_COLLECTION_SESSIONS, session);

  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (week_text (window), NULL), before + 1, 0.01);
  g_assert_true (g_str_has_suffix (week_text (window), " of 2–3 sessions this week"));

  stride_store_remove (get_store (), STRIDE_COLLECTION_SESSIONS, id);
  gtk_window_destroy (GTK_WINDOW (window));
}


/* The row titled @title, whatever the language of its buttons */
static GtkWidget *
find_routine_row (GtkWidget  *root,
                  const char *title)
{
  if (ADW_IS_ACTION_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_routine_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The Start of the row titled @title */
static GtkWidget *
find_start (GtkWidget  *root,
            const char *title)
{
  GtkWidget *row = find_routine_row (root, title);

  return row != NULL ? GTK_WIDGET (stride_test_find_button (row, "_Start")) : NULL;
}

/* From one routine's Start, Tab reaches the next one's in three
 * stops: its Edit a Copy, its Duplicate, its Start. The row itself is
 * no stop of its own: Start is what it does. */
static void
test_tab_stops (void)
{
  StrideWindow *window = open_window ();
  GtkWidget *full, *quick;
  guint tabs = 0;

  full = find_start (GTK_WIDGET (window), "Full hip routine");
  quick = find_start (GTK_WIDGET (window), "Quick 10 minutes");
  g_assert_nonnull (full);
  g_assert_nonnull (quick);

  g_assert_true (gtk_widget_grab_focus (full));
  while (!stride_test_is_focus (quick))
    {
      g_assert_cmpuint (tabs, <, 10);
      stride_test_press_keys (GTK_WINDOW (window), "Tab");
      while (g_main_context_iteration (NULL, FALSE))
        ;
      tabs++;
    }
  g_test_message ("%u Tabs from one Start to the next", tabs);
  g_assert_cmpuint (tabs, ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether each line of @label after the first starts after a space: a
 * word is never cut in two */
static gboolean
breaks_between_words (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      if (line->start_index > 0 && text[line->start_index - 1] != ' ')
        return FALSE;
    }

  return TRUE;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static gboolean
shows_tuesday (gpointer window)
{
  GtkWidget *row = find_routine_row (window, "Tuesday hips");

  return row != NULL && gtk_widget_get_mapped (row);
}

/* A routine of the runner's own on a phone, in German: its title and
 * what it holds wrap between words, never in the middle of one, as when
 * its four buttons beside Start left them some 40 px ("Tuesd-ay") */
static void
test_own_row_narrow (void)
{
  g_autoptr(StrideRoutine) routine = stride_routine_new ("tuesday", "Tuesday hips");
  g_autoptr(JsonObject) object = NULL;
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *row;
  guint n_checked = 0;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  stride_test_wait_until (store_is_loaded, get_store ());
  stride_routine_add_item (routine, "squat");
  stride_routine_add_item (routine, "glute-bridge");
  object = stride_routine_to_json (routine);
  stride_store_put (get_store (), STRIDE_COLLECTION_ROUTINES, object);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_window_show_area (window, "workout");
  stride_test_wait_until (shows_tuesday, window);
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);

  row = find_routine_row (GTK_WIDGET (window), "Tuesday hips");
  collect_labels (row, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];

      g_test_message ("“%s”: %d lines", gtk_label_get_text (label),
                      pango_layout_get_line_count (gtk_label_get_layout (label)));
      if (strchr (gtk_label_get_text (label), ' ') == NULL)
        continue;
      g_assert_true (breaks_between_words (label));
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, 2);
  g_free (stride_test_save_screenshot (GTK_WIDGET (window), "routines-own-row-360-de"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
press_and_get_focus (StrideWindow *window,
                     const char   *keys)
{
  GtkWidget *focus;

  stride_test_press_keys (GTK_WINDOW (window), keys);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_test_message ("%s: focus on %s", keys, focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
  return focus;
}

/* Tab and Shift+Tab go through the Workout area in the order it shows
 * its controls, and out of it: Shift+Tab from Import Routine…, its first
 * control, goes to the header; Tab from there comes back into the area
 * at Import Routine…, then New Routine */
static void
test_tab_order (void)
{
  StrideWindow *window = open_window ();
  GtkWidget *page = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_WORKOUT_PAGE, NULL);
  GtkWidget *new_routine = GTK_WIDGET (stride_test_find_button (page, "_New Routine"));
  GtkWidget *import = gtk_widget_get_prev_sibling (new_routine);
  GtkWidget *focus;

  g_assert_true (GTK_IS_BUTTON (import));
  g_assert_true (gtk_widget_grab_focus (import));

  focus = press_and_get_focus (window, "shift+Tab");
  g_assert_nonnull (focus);
  g_assert_false (gtk_widget_is_ancestor (focus, page));

  /* Through the rest of the header, which has more controls after the
   * one Shift+Tab came to in some versions of libadwaita */
  for (guint presses = 0; !gtk_widget_is_ancestor (focus, page); presses++)
    {
      g_assert_cmpuint (presses, <, 10);
      focus = press_and_get_focus (window, "Tab");
    }
  g_assert_true (focus == import);
  focus = press_and_get_focus (window, "Tab");
  g_assert_true (focus == new_routine);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Shown, the Workout area has its main action, the first routine's
 * Start, under the keyboard: Space starts it */
static void
test_start_focused (void)
{
  StrideWindow *window = open_window ();
  GtkWidget *full = find_start (GTK_WIDGET (window), "Full hip routine");
  GtkWidget *focus;

  g_assert_nonnull (full);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_test_message ("focus on %s", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
  g_assert_true (focus == full);

  /* Again after another area had it */
  stride_window_show_area (window, "progress");
  stride_window_show_area (window, "workout");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == full);

  /* An area without a main action of its own starts at its first
   * control, not on the switcher */
  stride_window_show_area (window, "self-tests");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, STRIDE_TYPE_SELF_TESTS_PAGE));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = stride_test_init_app (&argc, &argv);

  g_test_add_func ("/stride/routines/edit-builtin", test_edit_builtin);
  g_test_add_func ("/stride/routines/edit-units", test_edit_units);
  g_test_add_func ("/stride/routines/new-invalid", test_new_invalid);
  g_test_add_func ("/stride/routines/duplicate-delete-undo", test_duplicate_delete_undo);
  g_test_add_func ("/stride/routines/plain-text-names", test_plain_text_names);
  g_test_add_func ("/stride/routines/tab-stops", test_tab_stops);
  g_test_add_func ("/stride/routines/tab-order", test_tab_order);
  g_test_add_func ("/stride/routines/start-focused", test_start_focused);
  /* Last: it waits for the progress file, which the others count on
   * not having read */
  g_test_add_func ("/stride/routines/week-count", test_week_count);
  /* After all the others: it runs in a process of its own that puts a
   * routine into the same progress file, which this process then reads
   * again, rebuilding the rows the others hold */
  g_test_add_func ("/stride/routines/own-row-narrow", test_own_row_narrow);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
