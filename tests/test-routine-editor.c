/* test-routine-editor.c
 *
 * The routine editor as a runner uses it, with the pointer and the
 * keyboard: its title says whether a routine is being made or changed,
 * the banner says what stops the routine from running as it is now,
 * each set is reps or a hold chosen by a switch, and the buttons of an
 * exercise's row look unlike each other and have names. Screenshots at
 * a phone's width and a laptop's, light and dark, English and German.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "stride-application.h"
#include "stride-routine-editor.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;

static StrideWindow *
open_window (int width,
             int height)
{
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_window_show_area (window, "workout");
  return window;
}

static StrideRoutineEditor *
find_editor (StrideWindow *window)
{
  return (StrideRoutineEditor *) stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_ROUTINE_EDITOR, NULL);
}

static gboolean
editor_is_mapped (gpointer user_data)
{
  StrideRoutineEditor *editor = find_editor (user_data);

  return editor != NULL && gtk_widget_get_mapped (GTK_WIDGET (editor)) && gtk_widget_get_width (GTK_WIDGET (editor)) > 0;
}

static StrideRoutineEditor *
open_editor (StrideWindow *window,
             const char   *action,
             const char   *routine_id)
{
  if (routine_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), action, "s", routine_id);
  else
    gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  stride_test_wait_until (editor_is_mapped, window);
  /* Until the leaflet has slid the editor in, a click may land elsewhere */
  stride_test_wait_for_frames (GTK_WIDGET (window), 30);
  return find_editor (window);
}

/* Clicks the middle of @widget with mouse button @button (4 and 5 are
 * a wheel's clicks up and down), through the X server, as a runner's
 * mouse would */
static void
press_button (GtkWidget  *widget,
              const char *button)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_rect_t bounds;
  double dx, dy;
  g_autofree char *xid = NULL;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (native), &bounds));
  gtk_native_get_surface_transform (native, &dx, &dy);
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  x = g_strdup_printf ("%d", (int) (bounds.origin.x + bounds.size.width / 2 + dx));
  y = g_strdup_printf ("%d", (int) (bounds.origin.y + bounds.size.height / 2 + dy));

  {
    const char *argv[] = { "xdotool", "mousemove", "--sync", "--window", xid, x, y, "click", button, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &wait_status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
}

static void
click (GtkWidget *widget)
{
  press_button (widget, "1");
}

/* The widget whose label, or whose button's label, reads @text */
static GtkWidget *
find_by_text (GtkWidget  *root,
              const char *text)
{
  if (!gtk_widget_get_visible (root))
    return NULL;
  if ((GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
      || (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), text) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The row of the editor titled @title, under @root, and the spin
 * button or switch it holds */
static AdwPreferencesRow *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) && !ADW_IS_EXPANDER_ROW (root)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return ADW_PREFERENCES_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesRow *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_row_widget (GtkWidget  *root,
                 const char *title,
                 GType       type)
{
  AdwPreferencesRow *row = find_row (root, title);

  g_assert_nonnull (row);
  return stride_test_find_widget (GTK_WIDGET (row), type, NULL);
}

static AdwExpanderRow *
find_exercise_row (StrideRoutineEditor *editor,
                   guint                index)
{
  guint n = 0;
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, editor);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, 0);

      if (ADW_IS_EXPANDER_ROW (w) && n++ == index)
        return ADW_EXPANDER_ROW (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  return NULL;
}

static const char *
banner (StrideRoutineEditor *editor)
{
  GtkRevealer *revealer = GTK_REVEALER (stride_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_REVEALER, NULL));

  if (!gtk_revealer_get_reveal_child (revealer))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (gtk_revealer_get_child (revealer)));
}

static const char *
title (StrideRoutineEditor *editor)
{
  return adw_window_title_get_title (ADW_WINDOW_TITLE (stride_test_find_widget (GTK_WIDGET (editor),
                                                                                ADW_TYPE_WINDOW_TITLE, NULL)));
}

static gboolean
banner_shown (gpointer user_data)
{
  return banner (user_data) != NULL;
}

static gboolean
editor_closed (gpointer user_data)
{
  return find_editor (user_data) == NULL;
}

/* Answers the question the editor asked over @window with @response */
static void
answer_question (StrideWindow *window,
                 const char   *response)
{
  GtkWindow *dialog = stride_test_find_dialog (GTK_WINDOW (window));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
}

static gboolean
editor_closed_or_asking (gpointer user_data)
{
  return editor_closed (user_data) || stride_test_dialog_shown (user_data);
}

/* Escape, as a runner leaves the editor, and Discard if it asks */
static void
leave_editor (StrideWindow *window)
{
  stride_test_press_keys (GTK_WINDOW (window), "Escape");
  stride_test_wait_until (editor_closed_or_asking, window);
  if (!editor_closed (window))
    {
      answer_question (window, "discard");
      stride_test_wait_until (editor_closed, window);
    }
}

/* Types @text into a spin button as a runner would: select what is
 * there, type, and press Return */
static void
type_into (StrideWindow  *window,
           GtkSpinButton *spin,
           const char    *text)
{
  /* Focused before it is drawn, a new spin button's text does not
   * take the keys yet */
  stride_test_wait_until (stride_test_widget_is_mapped, spin);
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (spin)));
  stride_test_press_keys (GTK_WINDOW (window), "ctrl+a");
  for (const char *c = text; *c != '\0'; c++)
    {
      char key[2] = { *c, '\0' };

      stride_test_press_keys (GTK_WINDOW (window), key);
    }
  stride_test_press_keys (GTK_WINDOW (window), "Return");
}

typedef struct
{
  GtkSpinButton *spin;
  double value;
} SpinValue;

static gboolean
spin_has_value (gpointer user_data)
{
  SpinValue *wanted = user_data;

  return gtk_spin_button_get_value (wanted->spin) == wanted->value;
}

static void
set_spin (StrideWindow  *window,
          GtkSpinButton *spin,
          const char    *text,
          double         value)
{
  SpinValue wanted = { spin, value };

  type_into (window, spin, text);
  stride_test_wait_until (spin_has_value, &wanted);
}

/* "New Routine" while one is made, "Edit a Copy" for a built-in one,
 * which is saved as the runner's own */
static void
test_editor_title (void)
{
  StrideWindow *window = open_window (800, 700);
  StrideRoutineEditor *editor = open_editor (window, "win.new-routine", NULL);

  g_assert_cmpstr (title (editor), ==, "New Routine");
  leave_editor (window);

  editor = open_editor (window, "win.edit-routine", "quick");
  g_assert_cmpstr (title (editor), ==, "Edit a Copy");
  /* Its length, as the Workout area says it */
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (stride_test_find_widget (GTK_WIDGET (editor),
                                                                                             ADW_TYPE_WINDOW_TITLE,
                                                                                             NULL))),
                   ==, "10 minutes");
  leave_editor (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Add Exercise menu is open, Clamshells in it */
static gboolean
menu_item_shown (gpointer user_data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (user_data);
  GtkWidget *item = popover != NULL ? find_by_text (GTK_WIDGET (popover), "Clamshells") : NULL;

  return item != NULL && gtk_widget_get_mapped (item);
}

static gboolean
has_items (gpointer user_data)
{
  return stride_routine_get_n_items (stride_routine_editor_get_routine (user_data)) > 0;
}

static gboolean
banner_hidden (gpointer user_data)
{
  return banner (user_data) == NULL;
}

/* The banner tells what keeps the routine from running as it is now:
 * shown when Save is pressed on an empty routine, gone once an exercise
 * is in it, back as soon as a rep takes no time, gone when it does */
static void
test_editor_banner_live (void)
{
  StrideWindow *window = open_window (800, 900);
  StrideRoutineEditor *editor = open_editor (window, "win.new-routine", NULL);
  GtkWidget *add;
  GtkWidget *expander;
  g_autoptr(GPtrArray) texts = NULL;

  /* An empty list says how to fill it; nothing is an error yet */
  g_assert_null (banner (editor));
  texts = stride_test_collect_text (GTK_WIDGET (editor));
  g_assert_true (stride_test_text_contains (texts, "No exercises yet"));

  click (find_by_text (GTK_WIDGET (editor), "_Save"));
  stride_test_wait_until (banner_shown, editor);
  g_assert_cmpstr (banner (editor), ==, "Add at least one exercise to the routine.");
  g_assert_nonnull (find_editor (window));

  /* Add Exercise → Clamshells, with the mouse */
  add = find_by_text (GTK_WIDGET (editor), "Add Exercise");
  g_assert_nonnull (add);
  while (!GTK_IS_MENU_BUTTON (add))
    add = gtk_widget_get_parent (add);
  click (add);
  stride_test_wait_until (menu_item_shown, add);
  stride_test_wait_for_frames (GTK_WIDGET (window), 10);
  click (find_by_text (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (add))), "Clamshells"));
  stride_test_wait_until (has_items, editor);

  /* The banner is about an empty routine no more */
  stride_test_wait_until (banner_hidden, editor);
  texts = stride_test_collect_text (GTK_WIDGET (editor));
  g_assert_false (stride_test_text_contains (texts, "No exercises yet"));

  /* A rep of no time at all: said at once, without pressing Save */
  expander = GTK_WIDGET (find_exercise_row (editor, 0));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  set_spin (window, GTK_SPIN_BUTTON (find_row_widget (expander, "Move", GTK_TYPE_SPIN_BUTTON)), "0", 0);
  set_spin (window, GTK_SPIN_BUTTON (find_row_widget (expander, "Pause", GTK_TYPE_SPIN_BUTTON)), "0", 0);
  g_assert_null (banner (editor));
  set_spin (window, GTK_SPIN_BUTTON (find_row_widget (expander, "Return", GTK_TYPE_SPIN_BUTTON)), "0", 0);
  g_assert_cmpstr (banner (editor), ==, "Clamshells: a rep must take at least one second.");

  set_spin (window, GTK_SPIN_BUTTON (find_row_widget (expander, "Return", GTK_TYPE_SPIN_BUTTON)), "2", 2);
  g_assert_null (banner (editor));

  /* A name too long: said as it is typed, and gone once it is short
   * enough; it said the length at Save and then kept saying it */
  {
    GtkEditable *name = GTK_EDITABLE (stride_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, NULL));
    g_autoptr(GString) long_name = g_string_new (NULL);
    g_autofree char *said = NULL;

    while (long_name->len < STRIDE_ROUTINE_MAX_NAME_CHARS + 14)
      g_string_append_c (long_name, 'a');
    gtk_editable_set_text (name, long_name->str);
    said = g_strdup_printf ("The routine’s name is %u characters long; keep it to %d or fewer.",
                            (guint) long_name->len, STRIDE_ROUTINE_MAX_NAME_CHARS);
    g_assert_cmpstr (banner (editor), ==, said);
    g_assert_false (stride_routine_editor_save (editor));
    g_assert_cmpstr (banner (editor), ==, said);
    g_string_truncate (long_name, STRIDE_ROUTINE_MAX_NAME_CHARS - 1);
    gtk_editable_set_text (name, long_name->str);
    g_assert_null (banner (editor));
    gtk_editable_set_text (name, "Hips");
  }

  /* Sets and reps cannot be set to what would be refused */
  set_spin (window, GTK_SPIN_BUTTON (find_row_widget (expander, "Sets", GTK_TYPE_SPIN_BUTTON)), "0", 1);
  g_assert_cmpuint (stride_routine_get_item (stride_routine_editor_get_routine (editor), 0)->sets, ==, 1);
  g_assert_null (banner (editor));

  /* Taking the exercise out again: the list says so, and so does the
   * banner, since Save was pressed */
  click (stride_test_find_widget (expander, GTK_TYPE_BUTTON, "remove"));
  stride_test_wait_until (banner_shown, editor);
  g_assert_cmpstr (banner (editor), ==, "Add at least one exercise to the routine.");
  texts = stride_test_collect_text (GTK_WIDGET (editor));
  g_assert_true (stride_test_text_contains (texts, "No exercises yet"));

  leave_editor (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static JsonObject *find_stored (const char *name);

/* Cancel, Escape and closing the window drop nothing the runner changed
 * without asking: Keep Editing keeps it, Discard drops it, and closing
 * the window offers to save it. Unchanged, they close at once. */
static void
test_editor_cancel_asks (void)
{
  StrideWindow *window = open_window (800, 900);
  StrideRoutineEditor *editor = open_editor (window, "win.new-routine", NULL);
  AdwMessageDialog *question;

  /* Nothing changed: no question */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  stride_test_wait_until (editor_closed, window);
  g_assert_null (stride_test_find_dialog (GTK_WINDOW (window)));

  /* Changed: Escape asks, Keep Editing goes back to it as it was */
  editor = open_editor (window, "win.new-routine", NULL);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Name")), "Hips before the long run");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "clamshell");
  stride_test_press_keys (GTK_WINDOW (window), "Escape");
  stride_test_wait_until (stride_test_dialog_shown, window);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (stride_test_find_dialog (GTK_WINDOW (window)))),
                   ==, "Discard Changes?");
  answer_question (window, "cancel");
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  g_assert_true (find_editor (window) == editor);
  g_assert_cmpuint (stride_routine_get_n_items (stride_routine_editor_get_routine (editor)), ==, 1);

  /* Discard drops it */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  stride_test_wait_until (stride_test_dialog_shown, window);
  answer_question (window, "discard");
  stride_test_wait_until (editor_closed, window);
  g_assert_null (find_stored ("Hips before the long run"));

  /* Ctrl+S saves, wherever the keyboard is in the editor */
  editor = open_editor (window, "win.new-routine", NULL);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Name")), "Hips on a Tuesday");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "squat");
  gtk_widget_grab_focus (GTK_WIDGET (find_row (GTK_WIDGET (editor), "Name")));
  stride_test_press_keys (GTK_WINDOW (window), "ctrl+s");
  stride_test_wait_until (editor_closed, window);
  g_assert_nonnull (find_stored ("Hips on a Tuesday"));

  /* Closing the window with changes: Save keeps them */
  editor = open_editor (window, "win.new-routine", NULL);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Name")), "Hips after the long run");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "glute-bridge");
  question = stride_test_close_window (&window);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Save the Routine?");
  stride_test_answer_close_question (&window, question, "save");
  g_assert_null (window);
  g_assert_nonnull (find_stored ("Hips after the long run"));
}

static JsonObject *
find_stored (const char *name)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(GPtrArray) routines = stride_store_list (store, STRIDE_COLLECTION_ROUTINES);

  for (guint i = 0; i < routines->len; i++)
    if (g_strcmp0 (json_object_get_string_member (routines->pdata[i], "name"), name) == 0)
      return routines->pdata[i];
  return NULL;
}

typedef struct
{
  StrideRoutineItem *item;
  guint reps;
} RepsAre;

static gboolean
reps_are (gpointer user_data)
{
  RepsAre *wanted = user_data;

  return wanted->item->reps == wanted->reps;
}

/* Each set is reps at a tempo, or a hold of some seconds: a switch
 * chooses, and shows only what the choice needs */
static void
test_editor_hold_switch (void)
{
  StrideWindow *window = open_window (800, 900);
  StrideRoutineEditor *editor = open_editor (window, "win.new-routine", NULL);
  StrideRoutineItem *item;
  AdwExpanderRow *expander;
  GtkWidget *hold_switch;
  RepsAre held = { NULL, 0 };
  RepsAre counted = { NULL, 12 };
  JsonObject *stored;
  JsonObject *stored_item;

  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Name")), "Bridge holds");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "glute-bridge");
  item = stride_routine_get_item (stride_routine_editor_get_routine (editor), 0);
  held.item = counted.item = item;
  expander = find_exercise_row (editor, 0);
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);

  /* Reps first, with the guide's dose and a tempo */
  g_assert_cmpuint (item->reps, ==, 12);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "2 × 12 reps");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Reps"))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Move"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Hold"))));

  /* Space on the switch: a hold */
  hold_switch = find_row_widget (GTK_WIDGET (expander), "Hold Instead of Reps", GTK_TYPE_SWITCH);
  g_assert_true (gtk_widget_grab_focus (hold_switch));
  stride_test_press_keys (GTK_WINDOW (window), "space");
  stride_test_wait_until (reps_are, &held);
  g_assert_cmpuint (item->hold_seconds, ==, 30);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "2 × 30 s hold");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Reps"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Move"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Pause"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Return"))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Hold"))));

  set_spin (window, GTK_SPIN_BUTTON (find_row_widget (GTK_WIDGET (expander), "Hold", GTK_TYPE_SPIN_BUTTON)), "45", 45);
  g_assert_cmpuint (item->hold_seconds, ==, 45);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "2 × 45 s hold");

  /* And back: the reps are as they were */
  g_assert_true (gtk_widget_grab_focus (hold_switch));
  stride_test_press_keys (GTK_WINDOW (window), "space");
  stride_test_wait_until (reps_are, &counted);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "2 × 12 reps");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_row (GTK_WIDGET (expander), "Reps"))));

  /* Saved as a hold */
  g_assert_true (gtk_widget_grab_focus (hold_switch));
  stride_test_press_keys (GTK_WINDOW (window), "space");
  stride_test_wait_until (reps_are, &held);
  click (find_by_text (GTK_WIDGET (editor), "_Save"));
  stride_test_wait_until (editor_closed, window);
  stored = find_stored ("Bridge holds");
  g_assert_nonnull (stored);
  stored_item = json_array_get_object_element (json_object_get_array_member (stored, "items"), 0);
  g_assert_cmpint (json_object_get_int_member (stored_item, "reps"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (stored_item, "hold_seconds"), ==, 45);

  /* Opened again, it is still a hold */
  editor = open_editor (window, "win.edit-routine", json_object_get_string_member (stored, "id"));
  expander = find_exercise_row (editor, 0);
  hold_switch = find_row_widget (GTK_WIDGET (expander), "Hold Instead of Reps", GTK_TYPE_SWITCH);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (hold_switch)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "2 × 45 s hold");
  leave_editor (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_icons (GtkWidget *root,
               GPtrArray *icons)
{
  /* What is on screen, not in the folded part */
  if (!gtk_widget_get_mapped (root))
    return;
  if (GTK_IS_IMAGE (root) && gtk_image_get_icon_name (GTK_IMAGE (root)) != NULL)
    g_ptr_array_add (icons, (gpointer) gtk_image_get_icon_name (GTK_IMAGE (root)));
  if (GTK_IS_BUTTON (root) && gtk_button_get_icon_name (GTK_BUTTON (root)) != NULL)
    {
      g_ptr_array_add (icons, (gpointer) gtk_button_get_icon_name (GTK_BUTTON (root)));
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_icons (c, icons);
}

static gboolean
order_is (gpointer user_data)
{
  gpointer *args = user_data;
  StrideRoutine *routine = stride_routine_editor_get_routine (args[0]);

  return g_strcmp0 (stride_routine_get_item (routine, 0)->exercise_id, args[1]) == 0;
}

/* An exercise's row: Move Up, Move Down and Remove, each an icon unlike
 * the others and unlike the row's own arrow, with a name that says
 * whose and a tooltip; a click moves the exercise */
static void
test_editor_row_buttons (void)
{
  StrideWindow *window = open_window (800, 900);
  StrideRoutineEditor *editor = open_editor (window, "win.new-routine", NULL);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));
  const struct
  {
    const char *name;
    const char *tooltip;
    const char *label;
  } buttons[] = {
    { "up", "Move Up", "Move Squats Up" },
    { "down", "Move Down", "Move Squats Down" },
    { "remove", "Remove", "Remove Squats" },
  };
  g_autoptr(GPtrArray) icons = g_ptr_array_new ();
  AdwExpanderRow *first;
  GtkWidget *header;
  gpointer swapped[2] = { editor, (gpointer) "clamshell" };

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "squat");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "clamshell");
  first = find_exercise_row (editor, 0);
  adw_expander_row_set_expanded (first, FALSE);
  adw_expander_row_set_expanded (find_exercise_row (editor, 1), FALSE);
  stride_test_wait_for_frames (GTK_WIDGET (window), 10);

  /* What the folded row shows: the buttons and the expander's arrow */
  header = gtk_widget_get_parent (stride_test_find_widget (GTK_WIDGET (first), GTK_TYPE_BUTTON, "up"));
  while (header != NULL && !GTK_IS_LIST_BOX_ROW (header))
    header = gtk_widget_get_parent (header);
  g_assert_nonnull (header);
  collect_icons (header, icons);
  g_assert_cmpuint (icons->len, ==, 4);
  for (guint i = 0; i < icons->len; i++)
    {
      g_assert_true (gtk_icon_theme_has_icon (theme, icons->pdata[i]));
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (icons->pdata[i], !=, icons->pdata[j]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = stride_test_find_widget (GTK_WIDGET (first), GTK_TYPE_BUTTON, buttons[i].name);

      g_assert_nonnull (button);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, buttons[i].tooltip);
      /* A screen reader hears which exercise's, not five “Remove” */
      gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, buttons[i].label);
    }
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL, "Squats");
  /* The first cannot go further up */
  g_assert_false (gtk_widget_get_sensitive (stride_test_find_widget (GTK_WIDGET (first), GTK_TYPE_BUTTON, "up")));

  click (stride_test_find_widget (GTK_WIDGET (first), GTK_TYPE_BUTTON, "down"));
  stride_test_wait_until (order_is, swapped);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (find_exercise_row (editor, 0))), ==, "Clamshells");
  /* The keyboard went along with the squats */
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
    GtkWidget *squats = GTK_WIDGET (find_exercise_row (editor, 1));

    g_assert_true (focus == squats || gtk_widget_is_ancestor (focus, squats));
  }

  leave_editor (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
row_title_is (gpointer user_data)
{
  gpointer *args = user_data;
  AdwExpanderRow *row = find_exercise_row (args[0], GPOINTER_TO_UINT (args[1]));

  return row != NULL && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), args[2]) == 0;
}

/* Moving or removing an exercise from the keyboard leaves the open ones
 * open and the page where it was, and the focus ring on the button the
 * keyboard is on, though the rows are made again */
static void
test_editor_move_keeps_open (void)
{
  StrideWindow *window = open_window (800, 600);
  StrideRoutineEditor *editor = open_editor (window, "win.new-routine", NULL);
  GtkAdjustment *scroll;
  gpointer squats_second[3] = { editor, GUINT_TO_POINTER (1), (gpointer) "Squats" };
  gpointer bridge_third[3] = { editor, GUINT_TO_POINTER (1), (gpointer) "Glute Bridge" };
  double before;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "squat");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "clamshell");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "glute-bridge");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "side-step");
  adw_expander_row_set_expanded (find_exercise_row (editor, 0), TRUE);
  for (guint i = 1; i < 4; i++)
    adw_expander_row_set_expanded (find_exercise_row (editor, i), FALSE);
  stride_test_wait_for_frames (GTK_WIDGET (window), 10);
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (stride_test_find_widget (GTK_WIDGET (editor),
                                                                                              GTK_TYPE_SCROLLED_WINDOW,
                                                                                              NULL)));
  gtk_adjustment_set_value (scroll, 200);
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  before = gtk_adjustment_get_value (scroll);
  g_assert_cmpfloat (before, >, 100);

  /* Squats, open, down one, the keyboard there as after Tab */
  gtk_widget_grab_focus (stride_test_find_widget (GTK_WIDGET (find_exercise_row (editor, 0)), GTK_TYPE_BUTTON, "down"));
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  stride_test_press_keys (GTK_WINDOW (window), "space");
  stride_test_wait_until (row_title_is, squats_second);
  stride_test_wait_for_frames (GTK_WIDGET (window), 5);
  g_assert_true (adw_expander_row_get_expanded (find_exercise_row (editor, 1)));
  g_assert_false (adw_expander_row_get_expanded (find_exercise_row (editor, 0)));
  g_assert_false (adw_expander_row_get_expanded (find_exercise_row (editor, 2)));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));
  g_test_message ("Page scrolled to %.0f before, %.0f after", before, gtk_adjustment_get_value (scroll));
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, 100);

  /* Clamshells, closed, removed: the squats stay open, now first */
  gtk_widget_grab_focus (stride_test_find_widget (GTK_WIDGET (find_exercise_row (editor, 0)), GTK_TYPE_BUTTON, "remove"));
  stride_test_press_keys (GTK_WINDOW (window), "space");
  stride_test_wait_until (row_title_is, bridge_third);
  stride_test_wait_for_frames (GTK_WIDGET (window), 5);
  g_assert_true (adw_expander_row_get_expanded (find_exercise_row (editor, 0)));
  g_assert_false (adw_expander_row_get_expanded (find_exercise_row (editor, 1)));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));

  leave_editor (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
page_scrolled (gpointer user_data)
{
  return gtk_adjustment_get_value (user_data) > 0;
}

/* A mouse wheel over a number scrolls the page, as over any other row,
 * and leaves the number as it was */
static void
test_editor_scroll (void)
{
  StrideWindow *window = open_window (800, 500);
  StrideRoutineEditor *editor = open_editor (window, "win.new-routine", NULL);
  GtkWidget *sets;
  GtkAdjustment *adjustment;
  StrideRoutineItem *item;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "clamshell");
  item = stride_routine_get_item (stride_routine_editor_get_routine (editor), 0);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (stride_test_find_widget (GTK_WIDGET (editor),
                                                                                                  GTK_TYPE_SCROLLED_WINDOW,
                                                                                                  NULL)));
  sets = find_row_widget (GTK_WIDGET (find_exercise_row (editor, 0)), "Sets", GTK_TYPE_SPIN_BUTTON);
  stride_test_wait_until (stride_test_widget_is_mapped, sets);
  stride_test_wait_for_frames (GTK_WIDGET (window), 5);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpuint (item->sets, ==, 2);

  /* Wheel down, then up, with the pointer on the sets */
  press_button (sets, "5");
  stride_test_wait_until (page_scrolled, adjustment);
  g_assert_cmpuint (item->sets, ==, 2);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (sets)), ==, 2);
  press_button (sets, "4");
  stride_test_wait_for_frames (GTK_WIDGET (window), 5);
  g_assert_cmpuint (item->sets, ==, 2);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (sets)), ==, 2);

  leave_editor (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  int width;
  AdwColorScheme scheme;
  const char *style;
  const char *language;
} Shot;

static gboolean
content_is_wide (gpointer user_data)
{
  gpointer *args = user_data;

  return gtk_widget_get_mapped (args[0]) && gtk_widget_get_width (args[0]) == GPOINTER_TO_INT (args[1]);
}

/* The editor of a new routine with an exercise of reps, open, and one
 * of holds, at the shot's width */
static void
test_editor_screenshot (gconstpointer data)
{
  const Shot *shot = data;
  StrideWindow *window;
  StrideRoutineEditor *editor;
  GtkWidget *content;
  AdwExpanderRow *bridge;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  int minimum;

  if (shot->language != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (shot->language);
      return;
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), shot->scheme);

  window = open_window (shot->width, 1000);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  editor = open_editor (window, "win.new-routine", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "squat");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add", "s", "glute-bridge");
  /* The squats open, with their reps and tempo; the bridge a hold */
  adw_expander_row_set_expanded (find_exercise_row (editor, 0), TRUE);
  bridge = find_exercise_row (editor, 1);
  adw_expander_row_set_expanded (bridge, FALSE);
  gtk_switch_set_active (GTK_SWITCH (stride_test_find_widget (GTK_WIDGET (bridge), GTK_TYPE_SWITCH, "hold")), TRUE);

  /* Nothing is wider than the window can be */
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, shot->width);

  /* The content, inside the frame X11 windows get without a compositor,
   * at the shot's width; a mapped window keeps its size, so map it again */
  {
    gpointer args[2] = { content, GINT_TO_POINTER (shot->width) };
    int frame = shot->width - gtk_widget_get_width (content);

    stride_test_remap_at_size (GTK_WINDOW (window), shot->width + frame, 1000);
    stride_test_wait_until (content_is_wide, args);
  }
  stride_test_wait_for_frames (GTK_WIDGET (window), 10);

  if (g_strcmp0 (shot->language, "de") == 0)
    g_assert_cmpstr (title (editor), ==, "Neu");

  name = g_strdup_printf ("routine-editor-%d-%s%s%s", shot->width, shot->style,
                          shot->language ? "-" : "", shot->language ? shot->language : "");
  path = stride_test_save_screenshot (content, name);
  g_test_message ("Screenshot: %s", path);

  leave_editor (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static const Shot shots[] = {
  { 360, ADW_COLOR_SCHEME_FORCE_LIGHT, "light", NULL },
  { 360, ADW_COLOR_SCHEME_FORCE_DARK, "dark", NULL },
  { 1280, ADW_COLOR_SCHEME_FORCE_LIGHT, "light", NULL },
  { 1280, ADW_COLOR_SCHEME_FORCE_DARK, "dark", NULL },
  { 360, ADW_COLOR_SCHEME_FORCE_DARK, "dark", "de" },
  { 1280, ADW_COLOR_SCHEME_FORCE_LIGHT, "light", "de" },
};

int
main (int   argc,
      char *argv[])
{
  int status;

  /* GTK's test backend keeps what a screen reader would be told, in
   * process and without a bus */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = stride_test_init_app (&argc, &argv);

  g_test_add_func ("/stride/routine-editor/title", test_editor_title);
  g_test_add_func ("/stride/routine-editor/banner-live", test_editor_banner_live);
  g_test_add_func ("/stride/routine-editor/hold-switch", test_editor_hold_switch);
  g_test_add_func ("/stride/routine-editor/row-buttons", test_editor_row_buttons);
  g_test_add_func ("/stride/routine-editor/move-keeps-open", test_editor_move_keeps_open);
  g_test_add_func ("/stride/routine-editor/cancel-asks", test_editor_cancel_asks);
  g_test_add_func ("/stride/routine-editor/scroll", test_editor_scroll);
  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/routine-editor/screenshot/%d-%s%s%s",
                                               shots[i].width, shots[i].style,
                                               shots[i].language ? "-" : "",
                                               shots[i].language ? shots[i].language : "");

      g_test_add_data_func (path, &shots[i], test_editor_screenshot);
    }

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
