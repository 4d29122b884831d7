/* stride-window.c
 *
 * The main window: the four areas in a view stack, and the exercise page
 * that slides in over them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-catalog.h"
#include "stride-store-export.h"
#include "stride-exercise-page.h"
#include "stride-player-page.h"
#include "stride-progress-page.h"
#include "stride-routine-editor.h"
#include "stride-session-log-page.h"
#include "stride-session-sets.h"
#include "stride-workout-page.h"
#include "stride-library-page.h"
#include "stride-self-test-wizard.h"
#include "stride-self-tests-page.h"
#include "stride-window.h"

struct _StrideWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;

  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  GtkWidget *main_page;
  AdwViewStack *view_stack;
  GtkToggleButton *search_button;
  StrideLibraryPage *library_page;
  AdwBin *self_tests_area;
  AdwBin *progress_area;
  AdwBin *workout_area;
  StridePlayerPage *player_page;
  GtkWidget *session_log_page;
  GtkWidget *routine_editor;
  GtkWidget *self_test_wizard;

  /* The user chose to close although changes are not saved */
  gboolean close_confirmed;
  /* A copy is being saved before the window closes */
  gboolean close_after_export;

  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkButton *banner_button;
  char *dismissed_banner;

  /* Made when first needed, to keep start-up short */
  StrideExercisePage *exercise_page;
  GtkWindow *shortcuts_window;

  /* The card that opened the exercise page, to give focus back to it */
  GtkWidget *opened_from;
};

G_DEFINE_FINAL_TYPE (StrideWindow, stride_window, ADW_TYPE_APPLICATION_WINDOW)

static gboolean
is_showing_exercise (StrideWindow *self)
{
  return self->exercise_page != NULL
         && adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->exercise_page);
}

static void
update_actions (StrideWindow *self)
{
  gboolean on_exercises =
    g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "exercises") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", is_showing_exercise (self));
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), on_exercises);
}

static StrideStore *
get_store (StrideWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? stride_application_get_store (STRIDE_APPLICATION (app)) : NULL;
}

/* Areas other than the first are filled when first shown */
static void
ensure_area (StrideWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);

  if (visible == GTK_WIDGET (self->self_tests_area) && adw_bin_get_child (self->self_tests_area) == NULL)
    {
      GtkWidget *self_tests = g_object_new (STRIDE_TYPE_SELF_TESTS_PAGE, NULL);

      stride_self_tests_page_set_store (STRIDE_SELF_TESTS_PAGE (self_tests), get_store (self));
      adw_bin_set_child (self->self_tests_area, self_tests);
    }

  if (visible == GTK_WIDGET (self->workout_area) && adw_bin_get_child (self->workout_area) == NULL)
    {
      GtkWidget *workout = g_object_new (STRIDE_TYPE_WORKOUT_PAGE, NULL);

      stride_workout_page_set_store (STRIDE_WORKOUT_PAGE (workout), get_store (self));
      adw_bin_set_child (self->workout_area, workout);
    }

  if (visible == GTK_WIDGET (self->progress_area) && adw_bin_get_child (self->progress_area) == NULL)
    {
      GtkWidget *progress = g_object_new (STRIDE_TYPE_PROGRESS_PAGE, NULL);

      stride_progress_page_set_store (STRIDE_PROGRESS_PAGE (progress), get_store (self));
      adw_bin_set_child (self->progress_area, progress);
    }
}

static void
on_view_stack_visible_child_changed (StrideWindow *self)
{
  ensure_area (self);
  update_actions (self);
}

static void
on_leaflet_visible_child_changed (StrideWindow *self)
{
  update_actions (self);

  if (!is_showing_exercise (self) && self->opened_from != NULL)
    {
      gtk_widget_grab_focus (self->opened_from);
      g_clear_weak_pointer (&self->opened_from);
    }
}

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

  stride_window_show_area (self, area);
}

static void
find (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);

  if (is_showing_exercise (self))
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

/* Tells what happened to the user's progress: a file moved aside or left
 * where it is, records that could not be read, or a save that failed.
 * Nothing of this is ever silent. */
static char *
dup_banner_message (StrideWindow  *self,
                    const char   **button_out)
{
  StrideStore *store = get_store (self);
  const GError *save_error = store != NULL ? stride_store_get_save_error (store) : NULL;
  const char *aside = store != NULL ? stride_store_get_aside_path (store) : NULL;
  guint n_unreadable = store != NULL ? stride_store_get_n_unreadable (store) : 0;
  char *message = NULL;
  const char *button = NULL;

  if (save_error != NULL)
    {
      if (stride_store_get_recovery_path (store) != NULL)
        /* Translators: %s says why, e.g. "No space left on device" */
        message = g_strdup_printf (_("Your progress could not be saved: %s. Stride keeps it in a recovery file, even if you quit, and saves it as soon as it can."),
                                   save_error->message);
      else
        /* Translators: %s says why, e.g. "No space left on device" */
        message = g_strdup_printf (_("Your progress could not be saved: %s. Stride keeps it while it is open and saves it as soon as it can."),
                                   save_error->message);
      button = _("_Try Again");
    }
  else if (store != NULL && stride_store_get_blocked (store) && aside == NULL
           && stride_store_get_outcome (store) == STRIDE_STORE_NEWER_VERSION)
    {
      message = g_strdup (_("Your progress file was written by a newer version of Stride. Update Stride to see it; this version leaves the file as it is and saves nothing over it."));
      button = _("_Open Folder");
    }
  else if (store != NULL && stride_store_get_blocked (store) && aside == NULL
           && stride_store_get_outcome (store) == STRIDE_STORE_UNREADABLE)
    {
      const GError *load_error = stride_store_get_load_error (store);

      /* Translators: %s says why, e.g. "Permission denied" */
      message = g_strdup_printf (_("Stride cannot read your progress file: %s. It is left as it is and nothing is saved over it; what you record now is kept while Stride is open and saved once the file can be read."),
                                 load_error != NULL ? load_error->message : "");
      button = _("_Open Folder");
    }
  else if (aside != NULL)
    {
      /* The name is enough: Open Folder shows where it is */
      g_autofree char *name = g_path_get_basename (aside);

      switch (stride_store_get_outcome (store))
        {
        case STRIDE_STORE_RECOVERED_FROM_BACKUP:
          message = g_strdup_printf (_("Stride could not read your progress file and went back to its backup. The damaged file is kept as “%s”."), name);
          break;
        case STRIDE_STORE_STARTED_EMPTY:
          message = g_strdup_printf (_("Stride could not read your progress file and started a new one. The damaged file is kept as “%s”."), name);
          break;
        case STRIDE_STORE_LOADED:
        case STRIDE_STORE_NEW:
        case STRIDE_STORE_UNREADABLE:
        case STRIDE_STORE_NEWER_VERSION:
        default:
          message = g_strdup_printf (_("Your progress file was replaced by one Stride cannot read, so Stride kept its own progress. The other file is kept as “%s”."), name);
          break;
        }
      button = _("_Open Folder");
    }
  else if (n_unreadable > 0)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u record in your progress could not be read. It is kept as it was; everything else is shown.",
                                              "%u records in your progress could not be read. They are kept as they were; everything else is shown.",
                                              n_unreadable),
                                 n_unreadable);
      button = _("_Show");
    }

  if (button_out != NULL)
    *button_out = button;
  return message;
}

static void
update_banner (StrideWindow *self)
{
  const char *button = NULL;
  g_autofree char *message = dup_banner_message (self, &button);

  if (message == NULL || g_strcmp0 (message, self->dismissed_banner) == 0)
    {
      gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
      return;
    }

  gtk_label_set_label (self->banner_label, message);
  gtk_button_set_label (self->banner_button, button);
  gtk_widget_set_visible (GTK_WIDGET (self->banner_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

/* A banner that has slid out of sight is gone for screen readers too */
static void
on_banner_revealer_child_revealed (StrideWindow *self)
{
  if (!gtk_revealer_get_reveal_child (self->banner_revealer)
      && !gtk_revealer_get_child_revealed (self->banner_revealer))
    gtk_widget_set_visible (GTK_WIDGET (self->banner_revealer), FALSE);
}

static void
on_banner_dismiss_clicked (StrideWindow *self)
{
  StrideStore *store = get_store (self);

  /* A file moved aside is acknowledged for good, in every window; the
   * rest is only hidden until it changes */
  if (stride_store_get_save_error (store) == NULL && stride_store_get_aside_path (store) != NULL)
    stride_store_acknowledge_aside (store);
  else
    {
      g_free (self->dismissed_banner);
      self->dismissed_banner = g_strdup (gtk_label_get_label (self->banner_label));
    }

  update_banner (self);
}

static void
on_banner_flushed (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  /* Success or failure, the store's save-error says it and the banner follows */
  stride_store_flush_finish (STRIDE_STORE (source), result, NULL);
}

static void
on_unreadable_response (AdwMessageDialog *dialog,
                        const char       *response,
                        StrideStore      *store)
{
  if (g_strcmp0 (response, "drop") == 0)
    stride_store_drop_unreadable (store);
}

/* Which records could not be read; they stay until the user drops them */
static void
show_unreadable (StrideWindow *self)
{
  StrideStore *store = get_store (self);
  g_autoptr(GString) body = g_string_new (_("These records are kept in your progress file as they were, so that a later version of Stride, or you, can still read them. They are also in every export of your data."));
  GtkWidget *dialog;

  g_string_append_c (body, '\n');
  for (guint i = 0; i < stride_store_get_n_unreadable (store); i++)
    {
      g_autofree char *description = stride_store_describe_unreadable (store, i);

      g_string_append_printf (body, "\n• %s", description);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Records Stride Could Not Read"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Them"),
                                    "drop", _("_Delete Them"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "drop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unreadable_response), store, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_banner_button_clicked (StrideWindow *self)
{
  StrideStore *store = get_store (self);

  if (stride_store_get_save_error (store) != NULL)
    stride_store_flush_async (store, NULL, on_banner_flushed, NULL);
  else if (stride_store_get_aside_path (store) == NULL && !stride_store_get_blocked (store))
    show_unreadable (self);
  else
    {
      const char *path = stride_store_get_aside_path (store) != NULL
                         ? stride_store_get_aside_path (store) : stride_store_get_path (store);
      g_autofree char *folder = g_path_get_dirname (path);
      g_autoptr(GFile) file = g_file_new_for_path (folder);
      g_autofree char *uri = g_file_get_uri (file);

      gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
    }
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(StrideWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *message = NULL;

  if (g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Exported to “%s”"), name);
  else
    /* Translators: %s is a file name, then why it failed */
    message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);

  /* The copy the user saved before closing is safe: now it may close */
  if (self->close_after_export)
    {
      self->close_after_export = FALSE;
      if (error == NULL)
        {
          self->close_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
          return;
        }
    }

  stride_window_show_toast (self, message);
}

/**
 * stride_window_export_to:
 * @format: "json" for everything, "csv" for the sessions
 *
 * Writes the user's progress to @file, in the background, and says how
 * it went in a toast. The file chooser ends here; so can a test.
 */
void
stride_window_export_to (StrideWindow *self,
                         GFile        *file,
                         const char   *format)
{
  StrideStore *store = get_store (self);
  g_autoptr(GBytes) contents = NULL;
  gsize length;
  char *text;

  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (g_strcmp0 (format, "csv") == 0)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

      text = stride_store_export_csv (store, zone, &length);
    }
  else
    text = stride_store_export_json (store, &length);

  contents = g_bytes_new_take (text, length);
  g_file_replace_contents_bytes_async (file, contents, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, on_exported, g_object_ref (self));
}

/**
 * stride_window_save_copy_and_close:
 *
 * Where "Save a Copy…" ends when closing with unsaved progress: writes
 * everything to @file and closes the window once it is written; a
 * failure is said in a toast and the window stays.
 */
void
stride_window_save_copy_and_close (StrideWindow *self,
                                   GFile        *file)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  self->close_after_export = TRUE;
  stride_window_export_to (self, file, "json");
}

static void
show_import_error (StrideWindow *self,
                   GFile        *file,
                   const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Imported"), NULL);
  /* Translators: %s is a file name, then why it could not be read */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” is not a progress export of Stride: %s Your progress is unchanged."),
                                  name, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_now (StrideWindow *self,
            GFile        *file,
            GBytes       *contents,
            guint         n_removed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);
  guint n_new;

  if (!stride_store_import_json (get_store (self), data, length, &n_new, &error))
    {
      show_import_error (self, file, error);
      return;
    }

  if (n_removed > 0)
    /* Translators: records are sessions, self-test results and routines */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported, and removed %u record", "Imported, and removed %u records", n_removed), n_removed);
  else if (n_new == 0)
    message = g_strdup (_("Nothing new to import: you had all of it"));
  else
    /* Translators: records are sessions, self-test results and routines */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u record", "Imported %u records", n_new), n_new);
  stride_window_show_toast (self, message);
}

static void
on_import_question_response (AdwMessageDialog *dialog,
                             const char       *response,
                             StrideWindow     *self)
{
  if (g_strcmp0 (response, "import") == 0)
    import_now (self,
                g_object_get_data (G_OBJECT (dialog), "file"),
                g_object_get_data (G_OBJECT (dialog), "contents"),
                GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "removed")));
}

static char *
dup_n_records (guint n)
{
  /* Translators: a count in "… would add 2 records, update 1 record and remove 3 records" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record", "%u records", n), n);
}

/* An export carries the deletions made where it came from: removing
 * records here is never done without the user's yes */
static void
ask_before_removing (StrideWindow              *self,
                     GFile                     *file,
                     GBytes                    *contents,
                     const StrideImportSummary *summary)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *added = dup_n_records (summary->added);
  g_autofree char *changed = dup_n_records (summary->changed);
  g_autofree char *removed = dup_n_records (summary->removed);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Remove Records While Importing?"), NULL);
  /* Translators: the first %s is a file name; then counts of records */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Importing “%s” would add %s, update %s and remove %s from your progress: they were deleted in the copy it was exported from."),
                                  name, added, changed, removed);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import and Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "contents", g_bytes_ref (contents), (GDestroyNotify) g_bytes_unref);
  g_object_set_data (G_OBJECT (dialog), "removed", GUINT_TO_POINTER (summary->removed));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_import_question_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(StrideWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = NULL;
  StrideImportSummary summary;
  char *data = NULL;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (source), result, &data, &length, NULL, &error)
      || !stride_store_preview_import (get_store (self), data, length, &summary, &error))
    {
      g_free (data);
      show_import_error (self, G_FILE (source), error);
      return;
    }

  contents = g_bytes_new_take (data, length);
  if (summary.removed > 0)
    ask_before_removing (self, G_FILE (source), contents, &summary);
  else
    import_now (self, G_FILE (source), contents, 0);
}

/**
 * stride_window_import_from:
 *
 * Merges a progress export into the user's progress, without duplicates;
 * a file that is not one changes nothing and says why in a dialog.
 */
void
stride_window_import_from (StrideWindow *self,
                           GFile        *file)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_contents_async (file, NULL, on_import_loaded, g_object_ref (self));
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     StrideWindow    *self)
{
  const char *purpose = g_object_get_data (G_OBJECT (chooser), "purpose");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (g_strcmp0 (purpose, "import") == 0)
        stride_window_import_from (self, file);
      else if (g_strcmp0 (purpose, "copy-and-close") == 0)
        stride_window_save_copy_and_close (self, file);
      else
        stride_window_export_to (self, file, purpose);
    }

  g_object_unref (chooser);
}

static void
choose_file (StrideWindow         *self,
             const char           *purpose,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept,
             const char           *suggested_name,
             const char           *pattern)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);

  g_object_set_data_full (G_OBJECT (chooser), "purpose", g_strdup (purpose), g_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
dup_export_name (const char *stem,
                 const char *extension)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s-%s.%s", stem, date, extension);
}

static void
export_json (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *name = dup_export_name ("stride-progress", "json");

  choose_file (STRIDE_WINDOW (widget), "json", GTK_FILE_CHOOSER_ACTION_SAVE,
               _("Export Progress"), _("_Export"), name, "*.json");
}

static void
export_csv (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  g_autofree char *name = dup_export_name ("stride-sessions", "csv");

  choose_file (STRIDE_WINDOW (widget), "csv", GTK_FILE_CHOOSER_ACTION_SAVE,
               _("Export Sessions as CSV"), _("_Export"), name, "*.csv");
}

static void
import (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  choose_file (STRIDE_WINDOW (widget), "import", GTK_FILE_CHOOSER_ACTION_OPEN,
               _("Import Progress"), _("_Import"), NULL, "*.json");
}

/* A page over the main one until it says it is done: the session log,
 * the routine editor, a self-test. Swiping back would leave it without
 * the question its own Cancel or Discard asks, so the leaflet cannot be
 * swiped meanwhile. @slot is where the window keeps it. */
static void
close_page (StrideWindow  *self,
            GtkWidget    **slot)
{
  if (*slot == NULL)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->main_page);
  adw_leaflet_remove (self->leaflet, *slot);
  *slot = NULL;
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
}

static void
open_page (StrideWindow  *self,
           GtkWidget    **slot,
           GtkWidget     *page,
           GCallback      on_finished)
{
  close_page (self, slot);
  *slot = page;
  g_signal_connect_object (page, "finished", on_finished, self, G_CONNECT_SWAPPED);
  adw_leaflet_page_set_navigatable (adw_leaflet_append (self->leaflet, page), FALSE);
  adw_leaflet_set_can_navigate_back (self->leaflet, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, page);
}

static void
on_saved_for_toast (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  StrideStore *store = STRIDE_STORE (source);
  g_autoptr(GTask) task = user_data;
  StrideWindow *self = g_task_get_source_object (task);
  const char *message = g_task_get_task_data (task);

  if (stride_store_flush_finish (store, result, NULL))
    {
      g_debug ("Said saved once durable: %s", message);
      stride_window_show_toast (self, message);
    }
  /* The banner says why; the toast says what that means for this record */
  else if (stride_store_get_recovery_path (store) != NULL)
    stride_window_show_toast (self, _("Not saved yet: kept in a recovery file until Stride can save it"));
  else
    stride_window_show_toast (self, _("Not saved: Stride keeps it only while it stays open"));
}

/* Says @message ("Session saved") only once what the user saved is on
 * disk, flushed and in place: a crash after the toast loses nothing.
 * What the user saves is written now, not after the delay that gathers
 * background changes. */
static void
confirm_saved (StrideWindow *self,
               const char   *message)
{
  StrideStore *store = get_store (self);
  GTask *task;

  if (store == NULL)
    return;

  /* Only to carry the window and the message to the callback */
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_strdup (message), g_free);
  stride_store_flush_async (store, NULL, on_saved_for_toast, task);
}

static void
on_session_log_finished (StrideWindow *self,
                         gboolean      saved)
{
  close_page (self, &self->session_log_page);
  stride_window_show_area (self, saved ? "progress" : "workout");
  if (saved)
    confirm_saved (self, _("Session saved"));
}

/* The workout is over: the runner confirms what was done. Stopped before
 * the first exercise, there is nothing to confirm or correct; stopped
 * with sets begun but not a rep done, the session log offers only to
 * discard it, unless the runner enters reps the player did not count. */
static void
on_player_done (StrideWindow *self,
                JsonObject   *session)
{
  StrideStore *store = get_store (self);
  gboolean anything = stride_session_count_sets (session) > 0;

  if (self->player_page != NULL)
    stride_player_page_set_mat_mode (self->player_page, FALSE);

  if (!anything || store == NULL)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->main_page);
      adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
      if (store != NULL)
        stride_window_show_toast (self, _("Stopped before the first exercise: nothing was recorded"));
      return;
    }

  open_page (self, &self->session_log_page, stride_session_log_page_new (store, session),
             G_CALLBACK (on_session_log_finished));
  gtk_widget_grab_focus (self->session_log_page);
}

/* The banner about the progress file is on the main page, which the
 * player covers until the workout ends: a damaged file or a failed save
 * is said before the countdown can start (the dialog takes the keys) */
static void
tell_before_workout (StrideWindow *self)
{
  g_autofree char *message = dup_banner_message (self, NULL);
  GtkWidget *dialog;

  if (message == NULL || g_strcmp0 (message, self->dismissed_banner) == 0)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Before You Start"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "continue", _("_Continue"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * stride_window_start_workout:
 * @clock: (nullable): the clock to run on; %NULL for the monotonic clock
 *
 * Opens the player on @routine, ready to start with Space.
 *
 * Returns: %FALSE if the routine cannot run (then the window says why)
 */
gboolean
stride_window_start_workout (StrideWindow  *self,
                             StrideRoutine *routine,
                             StrideClock   *clock)
{
  g_autoptr(StrideClock) monotonic = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (STRIDE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (routine != NULL, FALSE);

  if (clock == NULL)
    clock = monotonic = stride_monotonic_clock_new ();

  if (self->player_page == NULL)
    {
      AdwLeafletPage *page;

      self->player_page = g_object_new (STRIDE_TYPE_PLAYER_PAGE, NULL);
      g_signal_connect_object (self->player_page, "done", G_CALLBACK (on_player_done), self, G_CONNECT_SWAPPED);
      page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->player_page));
      adw_leaflet_page_set_navigatable (page, FALSE);
    }

  if (!stride_player_page_load (self->player_page, routine, clock, &error))
    {
      /* Translators: %s says what is wrong with the routine */
      g_autofree char *message = g_strdup_printf (_("This routine cannot start: %s"), error->message);

      stride_window_show_toast (self, message);
      return FALSE;
    }

  /* Swiping back would leave a workout running out of sight */
  adw_leaflet_set_can_navigate_back (self->leaflet, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->player_page));
  gtk_widget_grab_focus (GTK_WIDGET (self->player_page));
  tell_before_workout (self);
  /* On the mat the keyboard is what the runner uses: show where it acts */
  gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);

  return TRUE;
}

static void
start_workout (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(StrideRoutine) routine = stride_workout_lookup_routine (get_store (self), id);

  if (routine == NULL && g_strcmp0 (id, "weaker-side") == 0)
    {
      /* Made by a bridge test that found one side weaker: the Workout
       * area says so and offers the test */
      stride_window_show_area (self, "workout");
      stride_window_show_toast (self, _("The weaker-side routine comes from a bridge test that finds one side weaker"));
      return;
    }

  if (routine == NULL)
    {
      /* Translators: %s is what was asked for, e.g. on the command line */
      g_autofree char *message = g_strdup_printf (_("There is no routine “%s”"), id);

      stride_window_show_toast (self, message);
      return;
    }

  stride_window_start_workout (self, routine, NULL);
}

static void
on_self_test_finished (StrideWindow *self,
                       gboolean      saved)
{
  close_page (self, &self->self_test_wizard);
  stride_window_show_area (self, "self-tests");
  if (saved)
    confirm_saved (self, _("Result saved"));
}

/**
 * stride_window_start_self_test:
 * @clock: (nullable): the clock of the timed holds; %NULL for the
 *   monotonic clock
 *
 * Opens the wizard of a self-test, at its first step.
 */
void
stride_window_start_self_test (StrideWindow       *self,
                               StrideSelfTestKind  kind,
                               StrideClock        *clock)
{
  StrideStore *store = get_store (self);

  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (store != NULL);

  open_page (self, &self->self_test_wizard, stride_self_test_wizard_new (store, kind, clock),
             G_CALLBACK (on_self_test_finished));
}

static void
start_self_test (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  StrideSelfTestKind kind;

  if (!stride_self_test_kind_from_id (g_variant_get_string (parameter, NULL), &kind))
    {
      /* Translators: %s is what was asked for, e.g. on the command line */
      g_autofree char *message = g_strdup_printf (_("There is no self-test “%s”"), g_variant_get_string (parameter, NULL));

      stride_window_show_toast (self, message);
      return;
    }

  stride_window_start_self_test (self, kind, NULL);
}

static void
on_editor_finished (StrideWindow *self,
                    gboolean      saved)
{
  close_page (self, &self->routine_editor);
  if (saved)
    confirm_saved (self, _("Routine saved"));
}

static void
open_routine_editor (StrideWindow  *self,
                     StrideRoutine *routine,
                     gboolean       is_new)
{
  open_page (self, &self->routine_editor, stride_routine_editor_new (get_store (self), routine, is_new),
             G_CALLBACK (on_editor_finished));
}

/**
 * stride_window_edit_routine:
 *
 * Opens the routine editor on @routine; saving stores it under its ID.
 */
void
stride_window_edit_routine (StrideWindow  *self,
                            StrideRoutine *routine)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (routine != NULL);

  open_routine_editor (self, routine, FALSE);
}

static StrideRoutine *
copy_as_new (StrideRoutine *routine,
             const char    *name)
{
  g_autofree char *id = stride_store_new_id ();
  StrideRoutine *copy = stride_routine_copy (routine, id);

  stride_routine_set_name (copy, name);
  return copy;
}

static gboolean
is_builtin_id (const char *id)
{
  return g_strcmp0 (id, "full") == 0 || g_strcmp0 (id, "quick") == 0 || g_strcmp0 (id, "weaker-side") == 0;
}

static void
edit_routine (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(StrideRoutine) routine = stride_workout_lookup_routine (get_store (self), id);

  if (routine == NULL)
    return;

  if (is_builtin_id (id))
    {
      /* Translators: the name of a user's copy of a built-in routine */
      g_autofree char *name = g_strdup_printf (_("My %s"), stride_routine_get_name (routine));
      g_autoptr(StrideRoutine) copy = copy_as_new (routine, name);

      stride_window_edit_routine (self, copy);
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
  g_autoptr(StrideRoutine) routine = stride_workout_lookup_routine (get_store (self), g_variant_get_string (parameter, NULL));
  g_autoptr(StrideRoutine) copy = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *name = NULL;

  if (routine == NULL)
    return;

  /* Translators: the name of a duplicated routine */
  name = g_strdup_printf (_("%s (copy)"), stride_routine_get_name (routine));
  copy = copy_as_new (routine, name);
  object = stride_routine_to_json (copy);
  stride_store_put (get_store (self), STRIDE_COLLECTION_ROUTINES, object);
}

static void
on_undo_delete_routine (AdwToast   *toast,
                        JsonObject *routine)
{
  /* Back as a new edit, so it also outlives its deletion in merges */
  stride_store_put (g_object_get_data (G_OBJECT (toast), "store"), STRIDE_COLLECTION_ROUTINES, routine);
}

static void
delete_routine (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  StrideStore *store = get_store (self);
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

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_routine), routine,
                         (GClosureNotify) (void (*) (void)) json_object_unref, 0);
  stride_window_add_toast (self, toast);
}

static void
new_routine (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *id = stride_store_new_id ();
  g_autoptr(StrideRoutine) routine = stride_routine_new (id, _("My routine"));

  open_routine_editor (STRIDE_WINDOW (widget), routine, TRUE);
}

static void
restore_window_state (StrideWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (StrideWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  /* The default size tracks the unmaximized size, which is what the
   * next start should come back to. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

static gboolean
close_later (gpointer user_data)
{
  gtk_window_close (user_data);

  return G_SOURCE_REMOVE;
}

static void
on_close_question_response (AdwMessageDialog *dialog,
                            const char       *response,
                            StrideWindow     *self)
{
  StrideStore *store = get_store (self);

  if (g_strcmp0 (response, "quit") == 0)
    {
      /* Closed once the dialog is done: closing the window destroys the
       * dialog, which is still answering */
      self->close_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, close_later, g_object_ref (self), g_object_unref);
    }
  else if (g_strcmp0 (response, "copy") == 0)
    {
      g_autofree char *name = dup_export_name ("stride-progress", "json");

      choose_file (self, "copy-and-close", GTK_FILE_CHOOSER_ACTION_SAVE,
                   _("Save a Copy of Your Progress"), _("_Save"), name, "*.json");
    }
  else if (store != NULL)
    stride_store_flush_async (store, NULL, on_banner_flushed, NULL);
}

/* Closing while saves fail would leave the unsaved progress only in the
 * recovery journal, or nowhere: the user decides */
static void
ask_before_close (StrideWindow *self)
{
  StrideStore *store = get_store (self);
  const GError *save_error = stride_store_get_save_error (store);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Progress Not Saved"), NULL);
  if (stride_store_get_recovery_path (store) != NULL)
    /* Translators: %s says why, e.g. "No space left on device" */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("Your latest progress could not be saved: %s. Stride keeps it in a recovery file and adds it back the next time it starts, but a copy saved elsewhere now is safer."),
                                    save_error->message);
  else
    /* Translators: %s says why, e.g. "No space left on device" */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("Your latest progress could not be saved: %s. No recovery file could be written either, so it is lost if you quit now. Save a copy elsewhere, or keep Stride open while it tries again."),
                                    save_error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Trying"),
                                    "copy", _("_Save a Copy…"),
                                    "quit", _("_Quit Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "quit", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_question_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
stride_window_close_request (GtkWindow *window)
{
  StrideWindow *self = STRIDE_WINDOW (window);
  StrideStore *store = get_store (self);

  if (!self->close_confirmed && store != NULL
      && stride_store_get_unsaved (store) && stride_store_get_save_error (store) != NULL)
    {
      ask_before_close (self);
      return TRUE;
    }

  save_window_state (self);

  return GTK_WINDOW_CLASS (stride_window_parent_class)->close_request (window);
}

/* The store comes with the application, which is set after construction */
static void
on_application_changed (StrideWindow *self)
{
  StrideStore *store = get_store (self);

  if (store == NULL)
    return;

  g_signal_connect_object (store, "notify::aside-path", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::save-error", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::blocked", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::n-unreadable", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  update_banner (self);
}

static void
stride_window_dispose (GObject *object)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  g_clear_weak_pointer (&self->opened_from);
  /* The application window destroys its help overlay */
  self->shortcuts_window = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_WINDOW);

  G_OBJECT_CLASS (stride_window_parent_class)->dispose (object);
}

static void
stride_window_finalize (GObject *object)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  g_clear_object (&self->settings);
  g_free (self->dismissed_banner);

  G_OBJECT_CLASS (stride_window_parent_class)->finalize (object);
}

static void
stride_window_class_init (StrideWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = stride_window_dispose;
  object_class->finalize = stride_window_finalize;
  window_class->close_request = stride_window_close_request;

  g_type_ensure (STRIDE_TYPE_LIBRARY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, main_page);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, library_page);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, self_tests_area);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, progress_area);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, workout_area);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, banner_revealer);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_revealer_child_revealed);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, banner_button);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_dismiss_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_visible_child_changed);

  gtk_widget_class_install_action (widget_class, "win.show-exercise", "s", show_exercise);
  gtk_widget_class_install_action (widget_class, "win.start-workout", "s", start_workout);
  gtk_widget_class_install_action (widget_class, "win.start-self-test", "s", start_self_test);
  gtk_widget_class_install_action (widget_class, "win.edit-routine", "s", edit_routine);
  gtk_widget_class_install_action (widget_class, "win.duplicate-routine", "s", duplicate_routine);
  gtk_widget_class_install_action (widget_class, "win.delete-routine", "s", delete_routine);
  gtk_widget_class_install_action (widget_class, "win.new-routine", NULL, new_routine);
  gtk_widget_class_install_action (widget_class, "win.export-json", NULL, export_json);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts);

  /* Alt+Left and the back button come with the leaflet; Escape is ours,
   * and only reaches the window when no child (a search entry) wants it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.go-back", NULL);
}

static void
stride_window_init (StrideWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  stride_accessible_watch_toasts (GTK_WIDGET (self->toast_overlay));

  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed), NULL);

  self->settings = g_settings_new (APP_ID);
  restore_window_state (self);

  g_object_bind_property (self->search_button, "active",
                          self->library_page, "search-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  update_actions (self);
}

StrideWindow *
stride_window_new (StrideApplication *application)
{
  return g_object_new (STRIDE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static AdwToastOverlay *
find_toast_overlay_in (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = find_toast_overlay_in (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The window's toasts show at the bottom, where the switcher bar, the
 * player and the self-tests have their controls. A page with controls
 * there has a toast overlay of its own over the part above them: the
 * toast goes there, so that it covers none of them. */
static AdwToastOverlay *
find_toast_overlay (StrideWindow *self)
{
  GtkWidget *page = adw_leaflet_get_visible_child (self->leaflet);
  AdwToastOverlay *overlay = page != NULL ? find_toast_overlay_in (page) : NULL;

  if (overlay == NULL)
    return self->toast_overlay;

  /* Its close button named for screen readers */
  stride_accessible_watch_toasts (GTK_WIDGET (overlay));

  return overlay;
}

/**
 * stride_window_add_toast:
 * @toast: (transfer full): a toast, e.g. with an Undo button
 */
void
stride_window_add_toast (StrideWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (find_toast_overlay (self), toast);
}

void
stride_window_show_toast (StrideWindow *self,
                          const char   *message)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  stride_window_add_toast (self, adw_toast_new (message));
}

/**
 * stride_window_show_area:
 * @area: "exercises", "workout", "self-tests" or "progress"
 *
 * Switches to one of the top-level areas.
 */
void
stride_window_show_area (StrideWindow *self,
                         const char   *area)
{
  GtkWidget *visible;

  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (adw_view_stack_get_child_by_name (self->view_stack, area) != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, area);
  /* Where the keyboard starts: the area's main action, such as the
   * Workout area's first Start. Areas made when first shown are held
   * in a plain AdwBin. */
  visible = adw_view_stack_get_visible_child (self->view_stack);
  if (G_OBJECT_TYPE (visible) == ADW_TYPE_BIN && adw_bin_get_child (ADW_BIN (visible)) != NULL)
    visible = adw_bin_get_child (ADW_BIN (visible));
  /* Without one of its own, the first control it has */
  if (!gtk_widget_grab_focus (visible))
    gtk_widget_child_focus (visible, GTK_DIR_TAB_FORWARD);
}

/**
 * stride_window_show_exercise:
 *
 * Opens the page of an exercise or self-test.
 */
void
stride_window_show_exercise (StrideWindow   *self,
                             StrideExercise *exercise)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (STRIDE_IS_EXERCISE (exercise));

  if (self->exercise_page == NULL)
    {
      AdwLeafletPage *page;

      self->exercise_page = STRIDE_EXERCISE_PAGE (stride_exercise_page_new ());
      page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->exercise_page));
      adw_leaflet_page_set_name (page, "exercise");
      /* Only the back direction: nothing to swipe forward to */
      adw_leaflet_page_set_navigatable (page, FALSE);
    }

  stride_exercise_page_set_exercise (self->exercise_page, exercise);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->exercise_page));
  gtk_widget_grab_focus (GTK_WIDGET (self->exercise_page));
}
