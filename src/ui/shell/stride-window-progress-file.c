/* stride-window-progress-file.c
 *
 * What the main window says and asks about the progress file: the banner
 * when it is damaged, unreadable or cannot be saved, export and import,
 * saying "saved" once a save is on disk, and the question before closing
 * with progress that is not saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "stride-confirm-dialog.h"
#include "stride-store-export.h"
#include "stride-toaster.h"
#include "stride-window-private.h"

/* Why the progress file could not be written or read, in a few words,
 * as the system says them: the error's own message names files, among
 * them the temporary one a save makes, which changes with every retry */
static const char *
describe_failure (const GError *error)
{
  static const struct
  {
    GIOErrorEnum code;
    int errnum;
  } reasons[] = {
    { G_IO_ERROR_NO_SPACE, ENOSPC },
    { G_IO_ERROR_PERMISSION_DENIED, EACCES },
    { G_IO_ERROR_READ_ONLY, EROFS },
    { G_IO_ERROR_NOT_DIRECTORY, ENOTDIR },
    { G_IO_ERROR_IS_DIRECTORY, EISDIR },
    { G_IO_ERROR_NOT_FOUND, ENOENT },
  };

  if (error == NULL)
    return "";

  /* As GIO says it, or as writing a file does, with the path of the
   * file written on the way in its message */
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      if (g_error_matches (error, G_IO_ERROR, reasons[i].code)
          || g_error_matches (error, G_FILE_ERROR, g_file_error_from_errno (reasons[i].errnum)))
        return g_strerror (reasons[i].errnum);
    }

  return error->message;
}

/* Tells what happened to the user's progress: a file moved aside or left
 * where it is, records that could not be read, or a save that failed.
 * Nothing of this is ever silent. */
static char *
dup_banner_message (StrideWindow  *self,
                    const char   **button_out)
{
  StrideStore *store = _stride_window_get_store (self);
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
                                   describe_failure (save_error));
      else
        /* Translators: %s says why, e.g. "No space left on device" */
        message = g_strdup_printf (_("Your progress could not be saved: %s. Stride keeps it while it is open and saves it as soon as it can."),
                                   describe_failure (save_error));
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
                                 describe_failure (load_error));
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
  StrideStore *store = _stride_window_get_store (self);

  /* Asked on closing while saves failed, and now all is saved: the
   * question, which says the progress is at risk, is answered */
  if (self->close_question != NULL && store != NULL
      && stride_store_get_save_error (store) == NULL && !stride_store_get_unsaved (store))
    {
      gtk_window_destroy (GTK_WINDOW (self->close_question));
      _stride_window_close_when_idle (self);
    }

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
  StrideStore *store = _stride_window_get_store (self);

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
  StrideStore *store = _stride_window_get_store (self);
  g_autoptr(GString) body = g_string_new (_("These records are kept in your progress file as they were, so that a later version of Stride, or you, can still read them. They are also in every export of your data."));
  GtkWidget *dialog;

  g_string_append_c (body, '\n');
  for (guint i = 0; i < stride_store_get_n_unreadable (store); i++)
    {
      g_autofree char *description = stride_store_describe_unreadable (store, i);

      g_string_append_printf (body, "\n• %s", description);
    }

  dialog = stride_confirm_dialog_new (GTK_WIDGET (self), _("Records Stride Could Not Read"), body->str,
                                      "keep", _("_Keep Them"), "drop", _("_Delete Them"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unreadable_response), store, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_banner_button_clicked (StrideWindow *self)
{
  StrideStore *store = _stride_window_get_store (self);

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

  _stride_window_show_toast (self, message);
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
  StrideStore *store = _stride_window_get_store (self);
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

  if (!stride_store_import_json (_stride_window_get_store (self), data, length, &n_new, &error))
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
  _stride_window_show_toast (self, message);
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

  dialog = stride_confirm_dialog_new (GTK_WIDGET (self), _("Remove Records While Importing?"), NULL,
                                      "cancel", _("_Cancel"), "import", _("_Import and Remove"));
  /* Translators: the first %s is a file name; then counts of records */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Importing “%s” would add %s, update %s and remove %s from your progress: they were deleted in the copy it was exported from."),
                                  name, added, changed, removed);
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
      || !stride_store_preview_import (_stride_window_get_store (self), data, length, &summary, &error))
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

void
_stride_window_choose_file (StrideWindow         *self,
                            const char           *purpose,
                            GtkFileChooserAction  action,
                            const char           *title,
                            const char           *accept,
                            const char           *suggested_name,
                            const char           *pattern)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* The chooser offers the filter by its name: without one, the choice
   * is empty */
  gtk_file_filter_set_name (filter, g_str_equal (pattern, "*.csv") ? _("Sessions Table (CSV)")
                                                                    : _("Stride Progress (JSON)"));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);

  g_object_set_data_full (G_OBJECT (chooser), "purpose", g_strdup (purpose), g_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

char *
_stride_window_dup_export_name (const char *stem,
                                const char *extension)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s-%s.%s", stem, date, extension);
}

/* Says @message ("Session saved") once what the user saved is on disk */
void
_stride_window_confirm_saved (StrideWindow *self,
                              const char   *message)
{
  StrideStore *store = _stride_window_get_store (self);

  if (store != NULL)
    stride_toaster_show_when_saved (STRIDE_TOASTER (self), store, message);
}

/* The banner about the progress file is on the main page, which the
 * player covers until the workout ends: a damaged file or a failed save
 * is said before the countdown can start (the dialog takes the keys) */
void
_stride_window_tell_before_workout (StrideWindow *self)
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

static void
on_close_question_response (AdwMessageDialog *dialog,
                            const char       *response,
                            StrideWindow     *self)
{
  StrideStore *store = _stride_window_get_store (self);

  if (g_strcmp0 (response, "quit") == 0)
    {
      /* Closed once the dialog is done: closing the window destroys the
       * dialog, which is still answering */
      self->close_confirmed = TRUE;
      _stride_window_close_when_idle (self);
    }
  else if (g_strcmp0 (response, "copy") == 0)
    {
      g_autofree char *name = _stride_window_dup_export_name ("stride-progress", "json");

      _stride_window_choose_file (self, "copy-and-close", GTK_FILE_CHOOSER_ACTION_SAVE,
                   _("Save a Copy of Your Progress"), _("_Save"), name, "*.json");
    }
  else if (store != NULL)
    stride_store_flush_async (store, NULL, on_banner_flushed, NULL);
}

/* Closing while saves fail would leave the unsaved progress only in the
 * recovery journal, or nowhere: the user decides */
void
_stride_window_ask_before_close (StrideWindow *self)
{
  StrideStore *store = _stride_window_get_store (self);
  const GError *save_error = stride_store_get_save_error (store);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Progress Not Saved"), NULL);
  if (stride_store_get_recovery_path (store) != NULL)
    /* Translators: %s says why, e.g. "No space left on device" */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("Your latest progress could not be saved: %s. Stride keeps it in a recovery file and adds it back the next time it starts, but a copy saved elsewhere now is safer."),
                                    describe_failure (save_error));
  else
    /* Translators: %s says why, e.g. "No space left on device" */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("Your latest progress could not be saved: %s. No recovery file could be written either, so it is lost if you quit now. Save a copy elsewhere, or keep Stride open while it tries again."),
                                    describe_failure (save_error));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Trying"),
                                    "copy", _("_Save a Copy…"),
                                    "quit", _("_Quit Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "quit", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  stride_message_dialog_focus_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_question_response), self, 0);
  g_set_weak_pointer (&self->close_question, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The store comes with the application, which is set after construction */
void
_stride_window_follow_store (StrideWindow *self)
{
  StrideStore *store = _stride_window_get_store (self);

  if (store == NULL)
    return;

  g_signal_connect_object (store, "notify::aside-path", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::save-error", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::blocked", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::n-unreadable", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  update_banner (self);
}

void
_stride_window_class_progress_file_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_banner_revealer_child_revealed);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_dismiss_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_button_clicked);
}
