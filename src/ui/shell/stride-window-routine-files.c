/* stride-window-routine-files.c
 *
 * Routine files in the main window: export a routine to a
 * .stride-routine file, import one through a file chooser, from Files
 * (`stride FILE`) or dropped on the Workout area. An imported routine
 * is shown in the Workout area with a toast; a file that is not one
 * says why in a dialog and changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-routine-file.h"
#include "stride-routine-library.h"
#include "stride-workout-page.h"
#include "stride-window-private.h"

static GtkFileFilter *
new_routine_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Stride Routines"));
  gtk_file_filter_add_mime_type (filter, STRIDE_ROUTINE_FILE_MIME_TYPE);
  gtk_file_filter_add_pattern (filter, "*" STRIDE_ROUTINE_FILE_EXTENSION);
  return filter;
}

static void
show_import_error (StrideWindow *self,
                   GFile        *file,
                   const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("No Routine Imported"), NULL);

  /* Translators: %s is a file name, then what is wrong with it */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” could not be imported. %s Your routines are unchanged."),
                                  name, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_imported (StrideWindow  *self,
               StrideRoutine *routine)
{
  /* Translators: %s is the name of a routine imported from a file */
  g_autofree char *message = g_strdup_printf (_("Imported “%s”"), stride_routine_get_name (routine));
  GtkWidget *page;

  /* A workout, a self-test or the editor open over the areas stays as it
   * is: the routine is in the list when the user comes back */
  if (!_stride_window_is_busy (self))
    {
      if (_stride_window_is_showing_exercise (self))
        adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      stride_window_show_area (self, "workout");
      page = adw_bin_get_child (self->workout_area);
      if (STRIDE_IS_WORKOUT_PAGE (page))
        stride_workout_page_show_routine (STRIDE_WORKOUT_PAGE (page), stride_routine_get_id (routine));
    }
  _stride_window_show_toast (self, message);
}

static void
on_routine_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(StrideWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideRoutine) read = stride_routine_file_read_finish (G_FILE (source), result, &error);
  g_autoptr(StrideRoutine) stored = NULL;

  if (read == NULL)
    {
      show_import_error (self, G_FILE (source), error);
      return;
    }

  stored = stride_routine_file_add (_stride_window_get_store (self), read);
  show_imported (self, stored);
}

/* win.open-routine-file: where every import ends, from the chooser, a
 * drop or Files */
static void
open_routine_file (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));

  stride_routine_file_read_async (file, NULL, on_routine_read, g_object_ref (widget));
}

static void
on_import_chosen (GtkNativeDialog *chooser,
                  int              response,
                  StrideWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *uri = g_file_get_uri (file);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-routine-file", "s", uri);
    }

  g_object_unref (chooser);
}

static void
import_routine (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Import Routine"), GTK_WINDOW (widget),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  g_autoptr(GtkFileFilter) filter = new_routine_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chosen), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_routine_written (GObject      *source,
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

  _stride_window_show_toast (self, message);
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  StrideWindow    *self)
{
  StrideRoutine *routine = g_object_get_data (G_OBJECT (chooser), "routine");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      gsize length;
      char *text = stride_routine_file_serialize (routine, &length);
      g_autoptr(GBytes) contents = g_bytes_new_take (text, length);

      g_file_replace_contents_bytes_async (file, contents, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, on_routine_written, g_object_ref (self));
    }

  g_object_unref (chooser);
}

/* win.export-routine: any routine the user can run, by its ID */
static void
export_routine (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideRoutine) routine = stride_routine_library_lookup (_stride_window_get_store (self),
                                                                     g_variant_get_string (parameter, NULL), &error);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (routine == NULL)
    {
      _stride_window_show_toast (self, error->message);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Export Routine"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  filter = new_routine_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = stride_routine_file_dup_suggested_name (routine);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "routine", g_steal_pointer (&routine),
                          (GDestroyNotify) stride_routine_unref);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_stride_window_class_routine_files_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-routine", NULL, import_routine);
  gtk_widget_class_install_action (widget_class, "win.export-routine", "s", export_routine);
  gtk_widget_class_install_action (widget_class, "win.open-routine-file", "s", open_routine_file);
}
