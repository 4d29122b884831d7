/* test-routine-files-ui.c
 *
 * Routine files in the window: a file opened is imported and shown in
 * the Workout area with a toast; a bad one says why in a dialog and
 * changes nothing; a file dropped on the Workout area is imported; the
 * export and import actions go through a file chooser; `stride FILE`
 * imports into a new or a running Stride.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>

#include "stride-application.h"
#include "stride-routine-file.h"
#include "stride-routine-editor.h"
#include "stride-routine-library.h"
#include "stride-test-utils.h"
#include "stride-window.h"
#include "stride-workout-page.h"

static GApplication *app;
static char *tmp_dir;

static StrideStore *
get_store (void)
{
  return stride_application_get_store (STRIDE_APPLICATION (app));
}

static gboolean
store_loaded (gpointer user_data)
{
  return stride_store_get_loaded (get_store ());
}

static StrideWindow *
open_window (int width)
{
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_test_wait_until (store_loaded, NULL);
  return window;
}

static void
close_all_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
}

/* A routine of the user's kind, written to @base in the test's folder */
static GFile *
write_routine_file (const char *base,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, base, NULL);
  g_autoptr(StrideRoutine) routine = stride_routine_new ("anything", name);
  GFile *file = g_file_new_for_path (path);
  StrideRoutineItem *item;

  item = stride_routine_add_item (routine, "clamshell");
  item->sets = 3;
  item = stride_routine_add_item (routine, "glute-bridge");
  item->reps = 0;
  item->hold_seconds = 20;
  g_assert_true (stride_routine_file_write (routine, file, NULL, &error));
  g_assert_no_error (error);

  return file;
}

static StrideRoutine *
find_stored (const char *name)
{
  g_autoptr(GPtrArray) routines = stride_routine_library_list (get_store ());

  for (guint i = 0; i < routines->len; i++)
    if (!stride_routine_library_is_builtin (stride_routine_get_id (routines->pdata[i]))
        && g_strcmp0 (stride_routine_get_name (routines->pdata[i]), name) == 0)
      return stride_routine_ref (routines->pdata[i]);

  return NULL;
}

static gboolean
is_stored (gpointer name)
{
  g_autoptr(StrideRoutine) routine = find_stored (name);

  return routine != NULL;
}

static char *
dup_stored_routines (void)
{
  g_autoptr(GPtrArray) routines = stride_store_list (get_store (), STRIDE_COLLECTION_ROUTINES);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < routines->len; i++)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), routines->pdata[i]);
      g_autofree char *one = json_to_string (node, FALSE);

      g_string_append_printf (text, "%s\n", one);
    }

  return g_string_free (text, FALSE);
}

static gboolean
shows_text (gpointer user_data)
{
  gpointer *args = user_data;
  g_autoptr(GPtrArray) texts = stride_test_collect_text (args[0]);

  return stride_test_text_contains (texts, args[1]);
}

static void
wait_for_text (GtkWidget  *root,
               const char *text)
{
  gpointer args[2] = { root, (gpointer) text };

  stride_test_wait_until (shows_text, args);
}

static GtkWidget *
find_workout_page (StrideWindow *window)
{
  return stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_WORKOUT_PAGE, NULL);
}

/* The Start of the routine named @name has the keyboard */
static void
assert_focus_on (StrideWindow *window,
                 const char   *name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW) : NULL;

  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, name);
  g_assert_true (gtk_widget_is_ancestor (focus, find_workout_page (window)));
}

static void
import_uri (StrideWindow *window,
            GFile        *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-routine-file", "s", uri));
}

/* A file opened goes into the user's routines and is shown; a name the
 * user has is kept apart as a copy */
static void
test_import_shows_routine (void)
{
  StrideWindow *window = open_window (800);
  g_autoptr(GFile) file = write_routine_file ("full.stride-routine", "Full hip routine");
  g_autoptr(GFile) mine = write_routine_file ("mine.stride-routine", "Track Tuesday");
  g_autoptr(StrideRoutine) stored = NULL;
  g_autofree char *shot = NULL;

  stride_window_show_area (window, "exercises");
  import_uri (window, file);
  stride_test_wait_until (is_stored, (gpointer) "Full hip routine (copy)");
  wait_for_text (GTK_WIDGET (window), "Imported “Full hip routine (copy)”");

  /* In the Workout area, with the keyboard on it */
  g_assert_nonnull (find_workout_page (window));
  g_assert_true (gtk_widget_get_mapped (find_workout_page (window)));
  assert_focus_on (window, "Full hip routine (copy)");
  stored = find_stored ("Full hip routine (copy)");
  g_assert_cmpuint (stride_routine_get_n_items (stored), ==, 2);
  g_assert_cmpuint (stride_routine_get_item (stored, 0)->sets, ==, 3);
  g_assert_cmpuint (stride_routine_get_item (stored, 1)->hold_seconds, ==, 20);

  import_uri (window, mine);
  stride_test_wait_until (is_stored, (gpointer) "Track Tuesday");
  wait_for_text (GTK_WIDGET (window), "Imported “Track Tuesday”");
  assert_focus_on (window, "Track Tuesday");
  stride_test_wait_for_frames (GTK_WIDGET (window), 30);
  shot = stride_test_save_screenshot (GTK_WIDGET (window), "routine-imported");
  g_test_message ("%s", shot);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The row of the routine named @name is inside what its scrolled
 * window shows */
static gboolean
row_in_view (gpointer user_data)
{
  gpointer *args = user_data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (args[0]));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW) : NULL;
  GtkWidget *scrolled = row != NULL ? gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  graphene_rect_t bounds;

  return scrolled != NULL
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), args[1]) == 0
         && gtk_widget_compute_bounds (row, scrolled, &bounds)
         && bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

/* A routine imported while the editor is open leaves the editor as it
 * is, and is in the list afterwards */
static void
test_import_while_editing (void)
{
  StrideWindow *window = open_window (800);
  g_autoptr(GFile) file = write_routine_file ("while-editing.stride-routine", "While editing");
  g_autoptr(StrideRoutine) imported = NULL;
  AdwViewStack *areas = ADW_VIEW_STACK (stride_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));
  GtkWidget *editor;

  stride_window_show_area (window, "exercises");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-routine", NULL));
  editor = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_ROUTINE_EDITOR, NULL);
  g_assert_nonnull (editor);
  stride_test_wait_until (stride_test_widget_is_mapped, editor);

  import_uri (window, file);
  stride_test_wait_until (is_stored, (gpointer) "While editing");
  wait_for_text (GTK_WIDGET (window), "Imported “While editing”");
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), editor)
                 || gtk_root_get_focus (GTK_ROOT (window)) == NULL);

  /* Nothing moved under the editor either */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (areas), ==, "exercises");

  g_assert_true (gtk_widget_activate_action (editor, "editor.cancel", NULL));
  stride_window_show_area (window, "workout");
  stride_test_wait_until (stride_test_widget_is_mapped, find_workout_page (window));
  imported = find_stored ("While editing");
  g_assert_true (stride_workout_page_show_routine (STRIDE_WORKOUT_PAGE (find_workout_page (window)),
                                                   stride_routine_get_id (imported)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The same at 360 px, where the list is longer than the window: the
 * routine is scrolled into view */
static void
test_import_narrow (void)
{
  StrideWindow *window = open_window (360);
  g_autoptr(GFile) file = write_routine_file ("narrow.stride-routine", "Hill repeats warm-up");
  g_autofree char *shot = NULL;

  import_uri (window, file);
  stride_test_wait_until (is_stored, (gpointer) "Hill repeats warm-up");
  wait_for_text (GTK_WIDGET (window), "Imported “Hill repeats warm-up”");
  assert_focus_on (window, "Hill repeats warm-up");
  {
    gpointer args[2] = { window, (gpointer) "Hill repeats warm-up" };

    stride_test_wait_until (row_in_view, args);
  }
  stride_test_wait_for_frames (GTK_WIDGET (window), 30);
  shot = stride_test_save_screenshot (GTK_WIDGET (window), "routine-imported-narrow");
  g_test_message ("%s", shot);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that is not a routine says what is wrong, and nothing changes */
static void
assert_bad_file_refused (const char *heading,
                         const char *body,
                         const char *shot_name)
{
  StrideWindow *window = open_window (800);
  g_autofree char *path = g_build_filename (tmp_dir, "bad.stride-routine", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *shot = NULL;
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (path,
                                      "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": {\"name\": \"X\", "
                                      "\"get_ready\": 10, \"switch_sides\": 5, \"items\": [{\"exercise\": \"burpee\", "
                                      "\"variation\": \"base\", \"sets\": 2, \"reps\": 10, \"tempo\": [1, 0, 1], "
                                      "\"rest_between_sets\": 30, \"rest_after\": 30}]}}", -1, &error));
  g_assert_no_error (error);
  before = dup_stored_routines ();

  import_uri (window, file);
  stride_test_wait_until (stride_test_dialog_shown, window);
  dialog = stride_test_find_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, heading);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, body);
  after = dup_stored_routines ();
  g_assert_cmpstr (after, ==, before);

  stride_test_wait_for_frames (GTK_WIDGET (dialog), 30);
  shot = stride_test_save_screenshot (GTK_WIDGET (dialog), shot_name);
  g_test_message ("%s", shot);

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file (void)
{
  assert_bad_file_refused ("No Routine Imported",
                           "“bad.stride-routine” could not be imported. “burpee” is not an exercise Stride knows. "
                           "Your routines are unchanged.",
                           "routine-import-error");
}

static void
test_bad_file_german (void)
{
  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  assert_bad_file_refused ("Kein Ablauf importiert",
                           "»bad.stride-routine« konnte nicht importiert werden. »burpee« ist keine Übung, "
                           "die Stride kennt. Deine Abläufe sind unverändert.",
                           "routine-import-error-de");
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

/* A file dropped on the Workout area is imported; while it is dragged
 * over, the area says so */
static void
test_drop (void)
{
  StrideWindow *window = open_window (800);
  g_autoptr(GFile) file = write_routine_file ("dropped.stride-routine", "Dropped in");
  g_autoptr(GSList) list = g_slist_prepend (NULL, file);
  GdkFileList *files = gdk_file_list_new_from_list (list);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *shot = NULL;
  GtkDropTarget *target;
  GtkWidget *page, *hint;
  GdkDragAction action = 0;
  gboolean accepted = FALSE;

  stride_window_show_area (window, "workout");
  page = find_workout_page (window);
  target = find_drop_target (page);
  g_assert_nonnull (target);
  g_assert_true (gtk_drop_target_get_formats (target) != NULL);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target), GDK_TYPE_FILE_LIST));

  /* Dragged over: the hint shows, and the area is outlined */
  hint = stride_test_find_widget (page, GTK_TYPE_LABEL, "drop-hint");
  g_assert_false (gtk_widget_get_child_visible (gtk_widget_get_parent (hint)) && gtk_widget_get_mapped (hint));
  g_signal_emit_by_name (target, "enter", 10.0, 10.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  gtk_widget_set_state_flags (page, GTK_STATE_FLAG_DROP_ACTIVE, FALSE);
  stride_test_wait_until (stride_test_widget_is_mapped, hint);
  stride_test_wait_for_frames (page, 30);
  shot = stride_test_save_screenshot (GTK_WIDGET (window), "routine-drop-highlight");
  g_test_message ("%s", shot);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  gtk_widget_unset_state_flags (page, GTK_STATE_FLAG_DROP_ACTIVE);
  g_assert_true (accepted);
  stride_test_wait_until (is_stored, (gpointer) "Dropped in");
  wait_for_text (GTK_WIDGET (window), "Imported “Dropped in”");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (hint))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
chooser_in_folder (gpointer user_data)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (user_data);

  return folder != NULL;
}

static gboolean
chooser_has_file (gpointer user_data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (user_data);

  return file != NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* Export Routine… from a routine's row: the chooser suggests its name,
 * the file reads back as the same routine */
static void
test_export (void)
{
  StrideWindow *window = open_window (800);
  g_autoptr(StrideRoutine) routine = stride_routine_new ("export-me", "Easy day / recovery");
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);
  g_autoptr(GFile) file = NULL;
  g_autoptr(StrideRoutine) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "exported.stride-routine", NULL);
  g_autofree char *suggested = NULL;
  GtkWidget *page, *button;
  GtkWindow *chooser;

  stride_routine_add_item (routine, "side-step")->sets = 1;
  object = stride_routine_to_json (routine);
  stride_store_put (get_store (), STRIDE_COLLECTION_ROUTINES, object);
  stride_window_show_area (window, "workout");

  /* The row's own menu, as a user opens it: its item for this routine */
  page = find_workout_page (window);
  button = NULL;
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, page);
    while (stack->len > 0 && button == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
        GtkWidget *row = gtk_widget_get_ancestor (w, ADW_TYPE_ACTION_ROW);

        if (GTK_IS_MENU_BUTTON (w) && row != NULL
            && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Easy day / recovery") == 0)
          button = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  g_assert_nonnull (button);
  {
    GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
    g_autofree char *label = NULL;
    g_autofree char *action = NULL;
    g_autoptr(GVariant) target = NULL;

    g_assert_nonnull (menu);
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "_Export Routine…");
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
    target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "export-me");
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    g_assert_true (gtk_widget_activate_action_variant (button, action, target));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  }

  stride_test_wait_until (stride_test_file_chooser_shown, NULL);
  chooser = stride_test_find_file_chooser ();
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Routine");
  suggested = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (suggested, ==, "Easy day - recovery.stride-routine");
  stride_test_wait_until (chooser_in_folder, chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "exported.stride-routine");
  stride_test_wait_until (chooser_has_file, chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  stride_test_wait_until (file_exists, path);
  wait_for_text (GTK_WIDGET (window), "Exported to “exported.stride-routine”");
  file = g_file_new_for_path (path);
  back = stride_routine_file_read (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stride_routine_get_name (back), ==, "Easy day / recovery");
  g_assert_cmpuint (stride_routine_get_n_items (back), ==, 1);
  g_assert_cmpstr (stride_routine_get_item (back, 0)->exercise_id, ==, "side-step");
  g_assert_cmpuint (stride_routine_get_item (back, 0)->sets, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Save and Export… in the routine editor: the routine as edited is
 * saved, then exported */
static void
test_export_from_editor (void)
{
  StrideWindow *window = open_window (800);
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);
  g_autoptr(GFile) file = NULL;
  g_autoptr(StrideRoutine) back = NULL;
  g_autoptr(StrideRoutine) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "from-editor.stride-routine", NULL);
  g_autofree char *suggested = NULL;
  GtkWidget *editor, *name_row;
  GtkButton *button;
  GtkWindow *chooser;

  stride_window_show_area (window, "workout");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-routine", NULL));
  editor = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_ROUTINE_EDITOR, NULL);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_activate_action (editor, "editor.add", "s", "squat"));
  name_row = stride_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Edited then exported");

  button = stride_test_find_button (editor, "Save and _Export…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");

  stride_test_wait_until (stride_test_file_chooser_shown, NULL);
  stored = find_stored ("Edited then exported");
  g_assert_nonnull (stored);
  chooser = stride_test_find_file_chooser ();
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Routine");
  suggested = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (suggested, ==, "Edited then exported.stride-routine");
  stride_test_wait_until (chooser_in_folder, chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "from-editor.stride-routine");
  stride_test_wait_until (chooser_has_file, chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  /* Written once the window says so */
  stride_test_wait_until (file_exists, path);
  wait_for_text (GTK_WIDGET (window), "Exported to “from-editor.stride-routine”");
  file = g_file_new_for_path (path);
  back = stride_routine_file_read (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stride_routine_get_name (back), ==, "Edited then exported");
  g_assert_cmpuint (stride_routine_get_n_items (back), ==, 1);
  g_assert_cmpstr (stride_routine_get_item (back, 0)->exercise_id, ==, "squat");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Import Routine… opens a chooser; the file chosen is imported */
static void
test_import_chooser (void)
{
  StrideWindow *window = open_window (800);
  g_autoptr(GFile) file = write_routine_file ("chosen.stride-routine", "Chosen one");
  g_autoptr(GError) error = NULL;
  GtkButton *button;
  GtkWindow *chooser;

  stride_window_show_area (window, "workout");
  button = GTK_BUTTON (stride_test_find_widget (find_workout_page (window), GTK_TYPE_BUTTON, "import-routine"));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Import Routine…");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.import-routine");
  g_signal_emit_by_name (button, "clicked");

  stride_test_wait_until (stride_test_file_chooser_shown, NULL);
  chooser = stride_test_find_file_chooser ();
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Import Routine");
  /* An open dialog starts among the recent files, in no folder */
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
  g_assert_no_error (error);
  stride_test_wait_until (chooser_has_file, chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  stride_test_wait_until (is_stored, (gpointer) "Chosen one");
  wait_for_text (GTK_WIDGET (window), "Imported “Chosen one”");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* g_application_open(), as a second `stride FILE` or Files asks the
 * running one: with no window yet, a window opens; with one, it is used */
static void
test_application_open (void)
{
  g_autoptr(GFile) first = write_routine_file ("first.stride-routine", "Opened with no window");
  g_autoptr(GFile) second = write_routine_file ("second.stride-routine", "Opened in the window");
  GtkWindow *window;

  close_all_windows ();
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (g_application_get_flags (app) & G_APPLICATION_HANDLES_OPEN);

  g_application_open (app, (GFile *[]) { first }, 1, "");
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  stride_test_wait_until (is_stored, (gpointer) "Opened with no window");
  wait_for_text (GTK_WIDGET (window), "Imported “Opened with no window”");
  assert_focus_on (STRIDE_WINDOW (window), "Opened with no window");

  g_application_open (app, (GFile *[]) { second }, 1, "");
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  stride_test_wait_until (is_stored, (gpointer) "Opened in the window");
  wait_for_text (GTK_WIDGET (window), "Imported “Opened in the window”");

  gtk_window_destroy (window);
}

static gboolean
progress_holds (gpointer user_data)
{
  gpointer *args = user_data;
  g_autofree char *text = NULL;

  return g_file_get_contents (args[0], &text, NULL, NULL) && strstr (text, args[1]) != NULL;
}

static gboolean
tick (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
child_exited (gpointer user_data)
{
  return *(gboolean *) user_data;
}

static void
on_child_exit (GPid     pid,
               int      status,
               gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  g_spawn_close_pid (pid);
}

/* The real command line: `stride FILE` starts Stride and imports; a
 * second `stride FILE` hands its file to the running one and exits */
static void
test_command_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stride = g_build_filename (TEST_BUILD_DIR, "..", "src", "stride", NULL);
  g_autofree char *home = g_build_filename (tmp_dir, "cli-home", NULL);
  g_autofree char *progress = g_build_filename (home, APP_ID, "progress.json", NULL);
  g_autoptr(GFile) first = write_routine_file ("cli-first.stride-routine", "From the command line");
  g_autoptr(GFile) second = write_routine_file ("cli-second.stride-routine", "From a second command");
  g_autofree char *first_path = g_file_get_path (first);
  g_autofree char *second_path = g_file_get_path (second);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", home, TRUE);
  const char *argv_first[] = { stride, first_path, NULL };
  const char *argv_second[] = { stride, second_path, NULL };
  gpointer first_args[2] = { progress, (gpointer) "From the command line" };
  gpointer second_args[2] = { progress, (gpointer) "From a second command" };
  int second_status = -1;
  gboolean exited = FALSE;
  guint ticker;
  GPid pid;

  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  env = g_environ_setenv (env, "G_DEBUG", "gc-friendly", TRUE);
  ticker = g_timeout_add (50, tick, NULL);

  g_assert_true (g_spawn_async (NULL, (char **) argv_first, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_child_watch_add (pid, on_child_exit, &exited);
  stride_test_wait_until (progress_holds, first_args);

  /* A second one, while the first runs: it hands over the file and exits */
  g_assert_true (g_spawn_sync (NULL, (char **) argv_second, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                               &second_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (second_status, NULL));
  stride_test_wait_until (progress_holds, second_args);
  g_assert_false (exited);

  kill (pid, SIGTERM);
  stride_test_wait_until (child_exited, &exited);
  g_source_remove (ticker);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  app = stride_test_init_app (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("stride-test-routine-files-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/stride/routine-files-ui/import-shows-routine", test_import_shows_routine);
  g_test_add_func ("/stride/routine-files-ui/import-narrow", test_import_narrow);
  g_test_add_func ("/stride/routine-files-ui/import-while-editing", test_import_while_editing);
  g_test_add_func ("/stride/routine-files-ui/bad-file", test_bad_file);
  g_test_add_func ("/stride/routine-files-ui/bad-file-de", test_bad_file_german);
  g_test_add_func ("/stride/routine-files-ui/drop", test_drop);
  g_test_add_func ("/stride/routine-files-ui/export", test_export);
  g_test_add_func ("/stride/routine-files-ui/export-from-editor", test_export_from_editor);
  g_test_add_func ("/stride/routine-files-ui/import-chooser", test_import_chooser);
  g_test_add_func ("/stride/routine-files-ui/application-open", test_application_open);
  g_test_add_func ("/stride/routine-files-ui/command-line", test_command_line);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
