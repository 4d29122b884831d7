/* stride-window-actions.c
 *
 * The main window's actions (win.*): moving between its areas and pages,
 * starting workouts and self-tests, the user's routines, export and
 * import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-catalog.h"
#include "stride-routine-library.h"
#include "stride-toaster.h"
#include "stride-workout-page.h"
#include "stride-window-private.h"

static void
show_exercise (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (),
                                                    g_variant_get_string (parameter, NULL));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  g_return_if_fail (exercise != NULL);

  /* Going back returns focus to what opened the page, e.g. its card */
  g_clear_weak_pointer (&self->opened_from);
  if (focus != NULL)
    g_set_weak_pointer (&self->opened_from, focus);

  stride_window_show_exercise (self, exercise);
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_area (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  const char *area = g_variant_get_string (parameter, NULL);

  /* Not an area: a mistake in the caller, which is not the user's to see */
  if (adw_view_stack_get_child_by_name (self->view_stack, area) == NULL)
    {
      g_warning ("There is no area “%s”", area);
      return;
    }

  /* From an exercise's page, as the view switcher would be reached:
   * back to the areas first */
  if (_stride_window_is_showing_exercise (self))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  stride_window_show_area (self, area);
}

static void
find (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);

  if (_stride_window_is_showing_exercise (self))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  stride_window_show_area (self, "exercises");
  stride_library_page_start_search (self->library_page);
}

/* GtkShortcutsWindow makes parts a screen reader finds without a name:
 * the menu of its sections, and the picture beside “No Results Found” */
static void
name_shortcuts_window_parts (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    stride_accessible_set_label (widget, _("Sections"));
  else if (GTK_IS_IMAGE (widget))
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_shortcuts_window_parts (child);
}

static void
show_shortcuts (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE "/stride-shortcuts-window.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      /* As this window's help overlay, the shortcuts window reads the keys
       * of the entries that name an action from the application, and is
       * kept on top of it, hidden on close and destroyed with it */
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                                GTK_SHORTCUTS_WINDOW (self->shortcuts_window));
      stride_accessible_label_search (GTK_WIDGET (self->shortcuts_window), _("Search Shortcuts"));
      name_shortcuts_window_parts (GTK_WIDGET (self->shortcuts_window));
    }

  gtk_window_present (self->shortcuts_window);
}

static void
export_json (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *name = _stride_window_dup_export_name ("stride-progress", "json");

  _stride_window_choose_file (STRIDE_WINDOW (widget), "json", GTK_FILE_CHOOSER_ACTION_SAVE,
               _("Export Progress"), _("_Export"), name, "*.json");
}

static void
export_csv (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  g_autofree char *name = _stride_window_dup_export_name ("stride-sessions", "csv");

  _stride_window_choose_file (STRIDE_WINDOW (widget), "csv", GTK_FILE_CHOOSER_ACTION_SAVE,
               _("Export Sessions as CSV"), _("_Export"), name, "*.csv");
}

/* The report lives on the Progress page, which is made when first shown */
static void
export_report (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  GtkWidget *progress;

  stride_window_show_area (self, "progress");
  progress = adw_bin_get_child (self->progress_area);
  if (progress != NULL)
    gtk_widget_activate_action (progress, "progress.export-report", NULL);
}

static void
import (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  _stride_window_choose_file (STRIDE_WINDOW (widget), "import", GTK_FILE_CHOOSER_ACTION_OPEN,
               _("Import Progress"), _("_Import"), NULL, "*.json");
}

static void
start_workout (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideRoutine) routine = NULL;

  if (!_stride_window_is_showing_workout_not_started (self) && _stride_window_refuse_if_busy (self))
    return;

  routine = stride_routine_library_lookup (_stride_window_get_store (self), id, &error);
  if (routine == NULL)
    {
      /* The weaker-side routine is made by a bridge test that found one
       * side weaker: the Workout area says so and offers the test */
      if (g_error_matches (error, STRIDE_ROUTINE_LIBRARY_ERROR, STRIDE_ROUTINE_LIBRARY_ERROR_NO_WEAKER_SIDE))
        stride_window_show_area (self, "workout");
      _stride_window_show_toast (self, error->message);
      return;
    }

  stride_window_start_workout (self, routine, NULL);
}

/* An exercise's page: the exercise alone, in the player */
static void
start_exercise (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (),
                                                    g_variant_get_string (parameter, NULL));
  g_autoptr(StrideRoutine) routine = NULL;

  g_return_if_fail (exercise != NULL);

  if (!_stride_window_is_showing_workout_not_started (self) && _stride_window_refuse_if_busy (self))
    return;

  routine = stride_routine_new_single_exercise (exercise);
  stride_window_start_workout (self, routine, NULL);
}

/* (ROUTINE, EXERCISE): the routine editor on one of the runner's
 * routines, or on a new one when ROUTINE is empty, with the exercise
 * added at its end, open to set it up; saved only when the runner says */
static void
add_to_routine (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  const char *routine_id, *exercise_id;
  g_autoptr(StrideRoutine) routine = NULL;
  StrideRoutineEditorKind kind = STRIDE_ROUTINE_EDITOR_EDIT;

  g_variant_get (parameter, "(&s&s)", &routine_id, &exercise_id);
  if (_stride_window_refuse_if_busy (self))
    return;

  if (routine_id[0] == '\0')
    {
      g_autofree char *id = stride_store_new_id ();

      routine = stride_routine_new (id, _("My routine"));
      kind = STRIDE_ROUTINE_EDITOR_NEW;
    }
  else
    {
      g_autoptr(GError) error = NULL;

      routine = stride_routine_library_lookup (_stride_window_get_store (self), routine_id, &error);
      /* Deleted elsewhere since the menu opened */
      if (routine == NULL)
        {
          _stride_window_show_toast (self, error->message);
          return;
        }
      g_return_if_fail (!stride_routine_library_is_builtin (routine_id));
    }

  _stride_window_open_routine_editor (self, routine, kind, NULL);
  gtk_widget_activate_action (self->routine_editor, "editor.add", "s", exercise_id);
}

/* What the desktop's search opens: ("exercise", ID), ("routine", ID) or
 * ("search", WORDS). A workout, self-test, session log or routine being
 * edited is not left behind for it: the runner finishes that first. */
static void
show_search_result (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  const char *kind, *value;

  g_variant_get (parameter, "(&s&s)", &kind, &value);

  if (_stride_window_refuse_if_busy (self))
    return;

  if (g_str_equal (kind, "exercise"))
    {
      StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), value);

      /* The Shell gives back what Stride found; anything else is no
       * result of Stride's, and opens nothing */
      if (exercise == NULL)
        {
          g_message ("There is no exercise “%s” to show", value);
          return;
        }
      stride_window_show_area (self, "exercises");
      stride_window_show_exercise (self, exercise);
    }
  else if (g_str_equal (kind, "routine"))
    {
      g_autoptr(GVariant) id = g_variant_ref_sink (g_variant_new_string (value));

      start_workout (widget, "win.start-workout", id);
    }
  else if (g_str_equal (kind, "search"))
    {
      find (widget, "win.find", NULL);
      stride_library_page_search_for (self->library_page, value);
    }
  else
    g_message ("Nothing to show for a search result of kind “%s”", kind);
}

static void
start_self_test (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  StrideSelfTestKind kind;

  if (_stride_window_refuse_if_busy (self))
    return;

  if (!stride_self_test_kind_from_id (g_variant_get_string (parameter, NULL), &kind))
    {
      /* Translators: %s is what was asked for, e.g. on the command line */
      g_autofree char *message = g_strdup_printf (_("There is no self-test “%s”"), g_variant_get_string (parameter, NULL));

      _stride_window_show_toast (self, message);
      return;
    }

  stride_window_start_self_test (self, kind, NULL);
}

static void
edit_routine (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(StrideRoutine) routine = stride_routine_library_lookup (_stride_window_get_store (self), id, NULL);

  if (routine == NULL)
    return;

  if (stride_routine_library_is_builtin (id))
    {
      g_autoptr(StrideRoutine) copy = stride_routine_library_copy_builtin (routine);

      _stride_window_open_routine_editor (self, copy, STRIDE_ROUTINE_EDITOR_COPY, stride_routine_get_name (routine));
    }
  else
    stride_window_edit_routine (self, routine);
}

static void
duplicate_routine (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  g_autoptr(StrideRoutine) routine = stride_routine_library_lookup (_stride_window_get_store (self),
                                                                     g_variant_get_string (parameter, NULL), NULL);
  g_autoptr(StrideRoutine) copy = NULL;
  g_autoptr(JsonObject) object = NULL;

  if (routine == NULL)
    return;

  copy = stride_routine_library_duplicate (_stride_window_get_store (self), routine);
  object = stride_routine_to_json (copy);
  stride_store_put (_stride_window_get_store (self), STRIDE_COLLECTION_ROUTINES, object);
}

static void
on_undo_delete_routine (AdwToast   *toast,
                        JsonObject *routine)
{
  StrideWindow *self = g_object_get_data (G_OBJECT (toast), "window");
  GtkWidget *page = adw_bin_get_child (self->workout_area);

  /* Back as a new edit, so it also outlives its deletion in merges */
  stride_store_put (g_object_get_data (G_OBJECT (toast), "store"), STRIDE_COLLECTION_ROUTINES, routine);
  /* With the keyboard on it again, not left on the toast's Undo */
  if (STRIDE_IS_WORKOUT_PAGE (page))
    stride_workout_page_show_routine_once_listed (STRIDE_WORKOUT_PAGE (page),
                                                  json_object_get_string_member (routine, "id"));
}

static void
delete_routine (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  StrideStore *store = _stride_window_get_store (self);
  const char *id = g_variant_get_string (parameter, NULL);
  JsonObject *routine = stride_store_lookup (store, STRIDE_COLLECTION_ROUTINES, id);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (routine == NULL)
    return;

  json_object_ref (routine);
  /* Translators: %s is a routine's name */
  title = g_strdup_printf (_("“%s” deleted"), json_object_get_string_member_with_default (routine, "name", ""));
  stride_store_remove (store, STRIDE_COLLECTION_ROUTINES, id);

  toast = stride_toast_new_undo (title);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
  /* The toast is the window's and goes with it */
  g_object_set_data (G_OBJECT (toast), "window", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_routine), routine,
                         (GClosureNotify) (void (*) (void)) json_object_unref, 0);
  stride_toaster_add_toast (STRIDE_TOASTER (self), toast);
}

/* The Undo of the toast shown, from the keyboard wherever it is */
static void
undo (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  _stride_window_undo (STRIDE_WINDOW (widget));
}

static void
new_routine (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *id = stride_store_new_id ();
  g_autoptr(StrideRoutine) routine = stride_routine_new (id, _("My routine"));

  _stride_window_open_routine_editor (STRIDE_WINDOW (widget), routine, STRIDE_ROUTINE_EDITOR_NEW, NULL);
}

void
_stride_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-exercise", "s", show_exercise);
  gtk_widget_class_install_action (widget_class, "win.start-workout", "s", start_workout);
  gtk_widget_class_install_action (widget_class, "win.start-exercise", "s", start_exercise);
  gtk_widget_class_install_action (widget_class, "win.add-to-routine", "(ss)", add_to_routine);
  gtk_widget_class_install_action (widget_class, "win.start-self-test", "s", start_self_test);
  gtk_widget_class_install_action (widget_class, "win.edit-routine", "s", edit_routine);
  gtk_widget_class_install_action (widget_class, "win.duplicate-routine", "s", duplicate_routine);
  gtk_widget_class_install_action (widget_class, "win.delete-routine", "s", delete_routine);
  gtk_widget_class_install_action (widget_class, "win.new-routine", NULL, new_routine);
  gtk_widget_class_install_action (widget_class, "win.export-json", NULL, export_json);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find);
  gtk_widget_class_install_action (widget_class, "win.show-search-result", "(ss)", show_search_result);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo);

  /* Alt+Left and the back button come with the leaflet; Escape is ours,
   * and only reaches the window when no child (a search entry) wants it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.go-back", NULL);
  /* A text field with the keyboard undoes its own typing first */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);

  /* Alt and the area's place in the view switcher, as libadwaita's tab
   * views switch their pages */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-area", "s", "exercises");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-area", "s", "workout");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-area", "s", "self-tests");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-area", "s", "progress");
}
