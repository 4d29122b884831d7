/* stride-report-day-picker.c
 *
 * A calendar beside each of the report's date fields: typing a day as
 * year-month-day is quick for some and foreign to most. The calendar
 * opens on the day typed (or today), and the day picked is written into
 * the field, which stays the one truth that the dialog checks. A click
 * on a day, or Space on the day the arrows moved to (Return too, where
 * GTK's calendar takes it), picks it and closes the calendar; going to
 * another month or year moves the day, in the field too, and leaves the
 * calendar open; Escape closes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-report-day-picker.h"
#include "stride-report-period.h"

typedef struct
{
  AdwEntryRow *row;
  GtkCalendar *calendar;
  GtkMenuButton *button;
  /* The calendar is being set to the field's day, not picked from */
  gboolean showing;
  /* A day was clicked, or a key that picks pressed on it: the choice is
   * made, and the calendar closes */
  gboolean chosen;
  int pressed_month;
  int pressed_year;
} DayPicker;

static void
on_popover_show (DayPicker *picker)
{
  guint32 day;
  g_autoptr(GDateTime) time = NULL;

  if (stride_report_parse_day (gtk_editable_get_text (GTK_EDITABLE (picker->row)), &day, NULL))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
    }
  else
    time = g_date_time_new_now_local ();

  picker->showing = TRUE;
  gtk_calendar_select_day (picker->calendar, time);
  picker->showing = FALSE;
}

/* The month's and the year's arrows move the day selected, and not
 * always with a day-selected signal (the 30th of one month to the 30th
 * of the next is the same day number): the field follows the calendar
 * on each change */
static void
on_date_changed (DayPicker *picker)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;

  if (picker->showing)
    return;

  time = gtk_calendar_get_date (picker->calendar);
  text = stride_report_format_iso_day (stride_report_day_of (time));
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (picker->row))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (picker->row), text);
}

/* A day picked in the month shown closes the calendar; one selected by
 * going to another month leaves it open */
static void
on_day_selected (DayPicker *picker)
{
  g_autoptr(GDateTime) time = gtk_calendar_get_date (picker->calendar);
  gboolean chosen = picker->chosen
                    && g_date_time_get_month (time) == picker->pressed_month
                    && g_date_time_get_year (time) == picker->pressed_year;

  picker->chosen = FALSE;
  on_date_changed (picker);
  if (chosen && !picker->showing)
    gtk_menu_button_popdown (picker->button);
}

/* Where the calendar was when a choice began. On a press of the pointer
 * or a key, before the calendar's own handlers select the day. */
static void
begin_choice (DayPicker *picker)
{
  g_autoptr(GDateTime) time = gtk_calendar_get_date (picker->calendar);

  picker->chosen = TRUE;
  picker->pressed_month = g_date_time_get_month (time);
  picker->pressed_year = g_date_time_get_year (time);
}

static gboolean
on_calendar_key_pressed (DayPicker       *picker,
                         guint            keyval,
                         guint            keycode,
                         GdkModifierType  state)
{
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter
      || keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space)
    begin_choice (picker);
  else
    picker->chosen = FALSE;
  return GDK_EVENT_PROPAGATE;
}

/* A press on the month's arrows selects nothing: what is not chosen by
 * the time the key or button is let go was not a choice */
static void
on_calendar_released (DayPicker *picker)
{
  picker->chosen = FALSE;
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (widget))
    g_ptr_array_add (buttons, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, buttons);
}

/* GtkCalendar leaves the arrows of its month and year without a name; a
 * screen reader read them as “GtkImage” */
static void
name_calendar_arrows (GtkCalendar *calendar)
{
  const char *names[] = {
    N_("Previous Month"), N_("Next Month"), N_("Previous Year"), N_("Next Year"),
  };
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_buttons (GTK_WIDGET (calendar), buttons);
  /* Another calendar than GTK's of now: left as it is */
  if (buttons->len != G_N_ELEMENTS (names))
    return;

  for (guint i = 0; i < buttons->len; i++)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons->pdata[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(names[i]), -1);
      gtk_widget_set_tooltip_text (buttons->pdata[i], _(names[i]));
    }
}

/**
 * stride_report_day_picker_attach:
 * @row: a field that takes a day written year-month-day
 * @accessible_label: what the calendar button is called for a screen
 *   reader: "Choose the first day on a calendar"
 *
 * Adds a button at the end of @row that opens a calendar. Its widget
 * name is @row's followed by "-calendar".
 */
void
stride_report_day_picker_attach (AdwEntryRow *row,
                                 const char  *accessible_label)
{
  DayPicker *picker = g_new0 (DayPicker, 1);
  GtkWidget *popover = gtk_popover_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autofree char *name = g_strconcat (gtk_widget_get_name (GTK_WIDGET (row)), "-calendar", NULL);

  picker->row = row;
  picker->calendar = GTK_CALENDAR (gtk_calendar_new ());
  name_calendar_arrows (picker->calendar);
  picker->button = GTK_MENU_BUTTON (gtk_menu_button_new ());

  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (picker->calendar));
  gtk_menu_button_set_popover (picker->button, popover);
  gtk_menu_button_set_icon_name (picker->button, "x-office-calendar-symbolic");
  gtk_widget_set_name (GTK_WIDGET (picker->button), name);
  gtk_widget_set_valign (GTK_WIDGET (picker->button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (picker->button), accessible_label);
  gtk_widget_add_css_class (GTK_WIDGET (picker->button), "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker->button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_calendar_key_pressed), picker);
  g_signal_connect_swapped (keys, "key-released", G_CALLBACK (on_calendar_released), picker);
  gtk_widget_add_controller (GTK_WIDGET (picker->calendar), keys);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (begin_choice), picker);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_calendar_released), picker);
  gtk_widget_add_controller (GTK_WIDGET (picker->calendar), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show), picker);
  g_signal_connect_swapped (picker->calendar, "day-selected", G_CALLBACK (on_day_selected), picker);
  g_signal_connect_swapped (picker->calendar, "notify::day", G_CALLBACK (on_date_changed), picker);
  g_signal_connect_swapped (picker->calendar, "notify::month", G_CALLBACK (on_date_changed), picker);
  g_signal_connect_swapped (picker->calendar, "notify::year", G_CALLBACK (on_date_changed), picker);

  adw_entry_row_add_suffix (row, GTK_WIDGET (picker->button));
  /* Freed with the row */
  g_object_set_data_full (G_OBJECT (row), "stride-report-day-picker", picker, g_free);
}
