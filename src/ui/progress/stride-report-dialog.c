/* stride-report-dialog.c
 *
 * Export Report…: a dialog asks for the period (one of the Progress
 * page's ranges, all time, or two dates, typed or picked on a calendar),
 * then where to save the PDF, or
 * prints the same pages through GTK's print dialog. Dates that are not
 * dates, or a last day before the first, are said under the fields and
 * keep Export and Print from going on; nothing the user recorded changes
 * either way. How the save or the print went is said in a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-choice-list-factory.h"
#include "stride-report-day-picker.h"
#include "stride-report-dialog.h"

typedef struct
{
  StrideStore *store;
  StrideToaster *toaster;
  GDateTime *now;
  guint goal_min;
  guint goal_max;
  GtkWindow *parent;
  /* Where the period of the last report made is kept */
  GSettings *settings;

  AdwComboRow *period_row;
  AdwEntryRow *first_row;
  AdwEntryRow *last_row;
  GtkLabel *error_label;
  GtkWidget *dates_hint;
} ReportDialog;

static void
report_dialog_free (ReportDialog *dialog)
{
  g_clear_object (&dialog->store);
  g_clear_object (&dialog->toaster);
  g_clear_pointer (&dialog->now, g_date_time_unref);
  g_clear_weak_pointer (&dialog->parent);
  g_clear_object (&dialog->settings);
  g_free (dialog);
}

/* The choices of the period row, in the order of StrideReportRange */
static const char *
get_range_label (StrideReportRange range)
{
  switch (range)
    {
    case STRIDE_REPORT_RANGE_4_WEEKS:
      return _("Last 4 weeks");
    case STRIDE_REPORT_RANGE_3_MONTHS:
      return _("Last 3 months");
    case STRIDE_REPORT_RANGE_12_MONTHS:
      return _("Last 12 months");
    case STRIDE_REPORT_RANGE_ALL:
      return _("All time");
    case STRIDE_REPORT_RANGE_DATES:
    default:
      return _("Choose dates");
    }
}

/* The settings' names of the ranges, in the order of StrideReportRange */
static const char *const range_ids[] = { "4-weeks", "3-months", "12-months", "all", "dates" };

G_STATIC_ASSERT (G_N_ELEMENTS (range_ids) == STRIDE_REPORT_RANGE_DATES + 1);

static StrideReportRange
read_range (GSettings *settings)
{
  g_autofree char *id = g_settings_get_string (settings, "report-period");

  for (guint i = 0; i < G_N_ELEMENTS (range_ids); i++)
    if (g_str_equal (id, range_ids[i]))
      return i;

  return STRIDE_REPORT_RANGE_3_MONTHS;
}

/* The period of a report made is where the next one starts */
static void
remember_period (ReportDialog *dialog)
{
  StrideReportRange range = adw_combo_row_get_selected (dialog->period_row);

  if (range >= G_N_ELEMENTS (range_ids))
    return;

  g_settings_set_string (dialog->settings, "report-period", range_ids[range]);
  if (range == STRIDE_REPORT_RANGE_DATES)
    {
      g_settings_set_string (dialog->settings, "report-first-day",
                             gtk_editable_get_text (GTK_EDITABLE (dialog->first_row)));
      g_settings_set_string (dialog->settings, "report-last-day",
                             gtk_editable_get_text (GTK_EDITABLE (dialog->last_row)));
    }
}

static void
tell (StrideToaster *toaster,
      const char    *message)
{
  if (toaster != NULL)
    stride_toaster_show (toaster, message);
  else
    g_message ("%s", message);
}

/* The period chosen, or FALSE with what is wrong with the dates */
static gboolean
get_period (ReportDialog        *dialog,
            StrideReportPeriod  *period,
            GError             **error)
{
  StrideReportRange range = adw_combo_row_get_selected (dialog->period_row);

  if (range == STRIDE_REPORT_RANGE_DATES)
    return stride_report_period_parse (period,
                                       gtk_editable_get_text (GTK_EDITABLE (dialog->first_row)),
                                       gtk_editable_get_text (GTK_EDITABLE (dialog->last_row)),
                                       dialog->now, error);

  if (range == STRIDE_REPORT_RANGE_ALL && dialog->store != NULL)
    {
      g_autoptr(GPtrArray) sessions = stride_store_list (dialog->store, STRIDE_COLLECTION_SESSIONS);
      g_autoptr(GPtrArray) results = stride_store_list (dialog->store, STRIDE_COLLECTION_RESULTS);

      stride_report_period_init (period, range, dialog->now, sessions, results);
    }
  else
    stride_report_period_init (period, range, dialog->now, NULL, NULL);

  return TRUE;
}

static void
check (AdwMessageDialog *message_dialog)
{
  ReportDialog *dialog = g_object_get_data (G_OBJECT (message_dialog), "report-dialog");
  gboolean dates = adw_combo_row_get_selected (dialog->period_row) == STRIDE_REPORT_RANGE_DATES;
  g_autoptr(GError) error = NULL;
  StrideReportPeriod period;
  gboolean valid;

  gtk_widget_set_visible (GTK_WIDGET (dialog->first_row), dates);
  gtk_widget_set_visible (GTK_WIDGET (dialog->last_row), dates);
  gtk_widget_set_visible (dialog->dates_hint, dates);

  valid = get_period (dialog, &period, &error);
  gtk_label_set_label (dialog->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (dialog->error_label), error != NULL);
  adw_message_dialog_set_response_enabled (message_dialog, "export", valid);
  adw_message_dialog_set_response_enabled (message_dialog, "print", valid);
}

static StrideReport *
make_report (ReportDialog *dialog)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) results = NULL;
  StrideReportPeriod period;

  if (!get_period (dialog, &period, NULL))
    return NULL;

  if (dialog->store != NULL)
    {
      sessions = stride_store_list (dialog->store, STRIDE_COLLECTION_SESSIONS);
      results = stride_store_list (dialog->store, STRIDE_COLLECTION_RESULTS);
    }

  return stride_report_new (sessions, results, &period, dialog->goal_min, dialog->goal_max, dialog->now);
}

typedef struct
{
  StrideToaster *toaster;
  GFile *file;
} Saving;

static void
saving_free (Saving *saving)
{
  g_clear_object (&saving->toaster);
  g_clear_object (&saving->file);
  g_free (saving);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Saving *saving = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (saving->file);
  g_autofree char *message = NULL;

  if (g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Report saved as “%s”"), name);
  else
    /* Translators: %s is a file name, then why it failed */
    message = g_strdup_printf (_("Could not save the report as “%s” (%s). Choose another folder."), name,
                               error->message);

  tell (saving->toaster, message);
  saving_free (saving);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(StrideReport) report = user_data;
  StrideToaster *toaster = g_object_get_data (G_OBJECT (chooser), "toaster");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *name = g_file_get_basename (file);
      Saving *saving;

      /* A name typed without its extension gets it */
      if (!g_str_has_suffix (name, ".pdf") && !g_str_has_suffix (name, ".PDF"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *full_name = g_strconcat (name, ".pdf", NULL);

          if (parent != NULL)
            g_set_object (&file, g_file_get_child (parent, full_name));
        }

      bytes = stride_report_render_pdf (report, stride_report_paper_get_default (), &error);
      if (bytes == NULL)
        tell (toaster, error->message);
      else
        {
          saving = g_new0 (Saving, 1);
          saving->toaster = toaster != NULL ? g_object_ref (toaster) : NULL;
          saving->file = g_object_ref (file);
          g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                               NULL, on_written, saving);
        }
    }

  g_object_unref (chooser);
}

static void
choose_file (ReportDialog *dialog,
             StrideReport *report)
{
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char *name = stride_report_dup_file_name (dialog->now);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Report"), dialog->parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  gtk_file_filter_set_name (pdf, _("PDF Document"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (dialog->toaster != NULL)
    g_object_set_data_full (G_OBJECT (chooser), "toaster", g_object_ref (dialog->toaster), g_object_unref);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (report));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                StrideReport      *report)
{
  guint n_pages = stride_report_paginate (report, gtk_print_context_get_cairo_context (context),
                                          gtk_print_context_get_width (context),
                                          gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              StrideReport      *report)
{
  stride_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  StrideToaster *toaster = g_object_get_data (G_OBJECT (operation), "toaster");

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* Translators: %s says why */
      message = g_strdup_printf (_("Could not print the report: %s"), error != NULL ? error->message : "");
      tell (toaster, message);
    }
}

/**
 * stride_report_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @toaster: (nullable): where a failure is said
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG to ask the user, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT to write @export_filename
 *
 * Prints the report's pages on the paper the user picks, A4 or Letter
 * by the user's region unless they pick another.
 *
 * Returns: (transfer full): the operation, running on in the main loop
 */
GtkPrintOperation *
stride_report_print (StrideReport            *report,
                     GtkWindow               *parent,
                     StrideToaster           *toaster,
                     GtkPrintOperationAction  action,
                     const char              *export_filename)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperation *operation;
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (STRIDE_IS_REPORT (report), NULL);

  paper = gtk_paper_size_new (stride_report_paper_get_default () == STRIDE_REPORT_PAPER_LETTER
                              ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);

  operation = gtk_print_operation_new ();
  period = stride_report_period_dup_text (stride_report_get_period (report));
  /* Translators: the print job's name; %s is the report's period */
  title = g_strdup_printf (_("Stride Report, %s"), period);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The report keeps its own margins, in points */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  if (toaster != NULL)
    g_object_set_data_full (G_OBJECT (operation), "toaster", g_object_ref (toaster), g_object_unref);

  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print), report, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), report, 0);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), NULL);
  g_object_set_data_full (G_OBJECT (operation), "report", g_object_ref (report), g_object_unref);

  gtk_print_operation_set_allow_async (operation, TRUE);
  if (gtk_print_operation_run (operation, action, parent, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s says why */
      g_autofree char *message = g_strdup_printf (_("Could not print the report: %s"), error->message);

      tell (toaster, message);
    }

  return operation;
}

static void
on_response (AdwMessageDialog *message_dialog,
             const char       *response,
             gpointer          user_data)
{
  ReportDialog *dialog = g_object_get_data (G_OBJECT (message_dialog), "report-dialog");
  g_autoptr(StrideReport) report = NULL;

  if (g_strcmp0 (response, "export") != 0 && g_strcmp0 (response, "print") != 0)
    return;

  report = make_report (dialog);
  if (report == NULL)
    return;
  remember_period (dialog);

  if (g_str_equal (response, "export"))
    choose_file (dialog, report);
  else
    {
      GtkPrintOperation *operation = stride_report_print (report, dialog->parent, dialog->toaster,
                                                          GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL);

      /* Kept until the next print or the window goes, for as long as
       * the print dialog and the printing after it need it */
      if (dialog->parent != NULL)
        g_object_set_data_full (G_OBJECT (dialog->parent), "stride-report-print", operation, g_object_unref);
      else
        g_object_unref (operation);
    }
}

static gboolean
activate_row (GtkWidget *row,
              GVariant  *args,
              gpointer   user_data)
{
  return gtk_widget_activate (row);
}

/* Return on a row opens it, as Space does: a list box leaves Return to
 * the window, whose default here is the export */
static void
keep_return_on_row (GtkWidget *row)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Return|KP_Enter|ISO_Enter"),
                                                          gtk_callback_action_new (activate_row, NULL, NULL)));
  gtk_widget_add_controller (row, shortcuts);
}

static GtkWidget *
build_fields (ReportDialog *dialog,
              AdwMessageDialog *message_dialog)
{
  g_autoptr(GtkStringList) ranges = gtk_string_list_new (NULL);
  StrideReportPeriod period;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();

  for (StrideReportRange range = STRIDE_REPORT_RANGE_4_WEEKS; range <= STRIDE_REPORT_RANGE_DATES; range++)
    gtk_string_list_append (ranges, get_range_label (range));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Period"), -1);

  dialog->period_row = ADW_COMBO_ROW (adw_combo_row_new ());
  gtk_widget_set_name (GTK_WIDGET (dialog->period_row), "report-period");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->period_row), _("_Period"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (dialog->period_row), TRUE);
  adw_combo_row_set_model (dialog->period_row, G_LIST_MODEL (ranges));
  adw_combo_row_set_selected (dialog->period_row, read_range (dialog->settings));
  stride_choice_list_factory_attach (GTK_WIDGET (dialog->period_row));
  keep_return_on_row (GTK_WIDGET (dialog->period_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (dialog->period_row));

  /* The dates start as the last three months, to change from there,
   * unless a report of chosen dates was made before */
  stride_report_period_init (&period, STRIDE_REPORT_RANGE_3_MONTHS, dialog->now, NULL, NULL);
  first = stride_report_format_iso_day (period.first);
  last = stride_report_format_iso_day (period.last);

  dialog->first_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_widget_set_name (GTK_WIDGET (dialog->first_row), "report-first");
  /* Translators: the first day of the report's period; how it is typed
   * is said under the fields, as a phone's width cuts a long title */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->first_row), _("_First day"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (dialog->first_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (dialog->first_row), first);
  stride_report_day_picker_attach (dialog->first_row, _("Choose the first day on a calendar"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (dialog->first_row));

  dialog->last_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_widget_set_name (GTK_WIDGET (dialog->last_row), "report-last");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->last_row), _("_Last day"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (dialog->last_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (dialog->last_row), last);
  /* Or the dates of the last report made of chosen dates */
  {
    g_autofree char *kept_first = g_settings_get_string (dialog->settings, "report-first-day");
    g_autofree char *kept_last = g_settings_get_string (dialog->settings, "report-last-day");

    if (kept_first[0] != '\0' && kept_last[0] != '\0')
      {
        gtk_editable_set_text (GTK_EDITABLE (dialog->first_row), kept_first);
        gtk_editable_set_text (GTK_EDITABLE (dialog->last_row), kept_last);
      }
  }
  stride_report_day_picker_attach (dialog->last_row, _("Choose the last day on a calendar"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (dialog->last_row));

  dialog->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (dialog->error_label), "report-error");
  gtk_label_set_wrap (dialog->error_label, TRUE);
  gtk_label_set_xalign (dialog->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->error_label), "error");

  dialog->dates_hint = gtk_label_new (_("Type the days as year-month-day, for example 2026-09-01, or pick them on "
                                        "the calendar."));
  gtk_widget_set_name (dialog->dates_hint, "report-dates-hint");
  gtk_label_set_wrap (GTK_LABEL (dialog->dates_hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (dialog->dates_hint), 0);
  gtk_widget_add_css_class (dialog->dates_hint, "dim-label");
  /* Read with the fields it is about */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (dialog->first_row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  dialog->dates_hint, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (dialog->last_row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  dialog->dates_hint, NULL, -1);

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), dialog->dates_hint);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (dialog->error_label));

  g_signal_connect_object (dialog->period_row, "notify::selected", G_CALLBACK (check), message_dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog->first_row, "changed", G_CALLBACK (check), message_dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog->last_row, "changed", G_CALLBACK (check), message_dialog, G_CONNECT_SWAPPED);

  return box;
}

/**
 * stride_report_dialog_present:
 * @parent: a widget of the window the dialog belongs to
 * @store: (nullable): the progress to report on
 * @toaster: (nullable): where the outcome is said
 * @now: (nullable): the day the report is made, or %NULL for today
 * @goal_min: the weekly goal, from the settings
 *
 * Returns: (transfer none): the dialog, shown
 */
GtkWindow *
stride_report_dialog_present (GtkWidget     *parent,
                              StrideStore   *store,
                              StrideToaster *toaster,
                              GDateTime     *now,
                              guint          goal_min,
                              guint          goal_max)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  ReportDialog *dialog = g_new0 (ReportDialog, 1);
  AdwMessageDialog *message_dialog;

  dialog->store = store != NULL ? g_object_ref (store) : NULL;
  dialog->toaster = toaster != NULL ? g_object_ref (toaster) : NULL;
  dialog->now = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  dialog->goal_min = goal_min;
  dialog->goal_max = goal_max;
  dialog->settings = g_settings_new (APP_ID);
  g_set_weak_pointer (&dialog->parent, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);

  message_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (dialog->parent, _("Report for Your Physio"),
                                                               _("A PDF of the sessions, pain reports, self-tests and notes of a period, with the charts, to take to a physiotherapist or specialist. Nothing in your progress changes.")));
  g_object_set_data_full (G_OBJECT (message_dialog), "report-dialog", dialog, (GDestroyNotify) report_dialog_free);
  adw_message_dialog_set_extra_child (message_dialog, build_fields (dialog, message_dialog));
  adw_message_dialog_add_responses (message_dialog,
                                    "cancel", _("_Cancel"),
                                    "print", _("_Print…"),
                                    "export", _("_Export PDF…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (message_dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message_dialog, "export");
  adw_message_dialog_set_close_response (message_dialog, "cancel");
  g_signal_connect (message_dialog, "response", G_CALLBACK (on_response), NULL);

  check (message_dialog);
  gtk_window_present (GTK_WINDOW (message_dialog));

  return GTK_WINDOW (message_dialog);
}
