/* stride-reminders-group.c
 *
 * The Reminders group of the preferences: on or off, the weekdays, the
 * time, when the next reminder comes, and why Stride cannot start at
 * login when it was refused. The days and the time are GSettings keys
 * that the coaching service follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-reminder-schedule.h"
#include "stride-reminders-group.h"
#include "stride-scroll-guard.h"

struct _StrideRemindersGroup
{
  AdwPreferencesGroup parent_instance;

  StrideCoachingService *coaching;
  GSettings *settings;
  /* Set while the controls follow the settings, so that they do not
   * write back what they were given */
  gboolean updating;

  GtkSwitch *enabled_switch;
  GtkWidget *days_row;
  GtkBox *days_box;
  GtkWidget *time_row;
  GtkSpinButton *hour_spin;
  GtkSpinButton *minute_spin;
  AdwActionRow *next_row;
  AdwActionRow *background_row;
  GtkToggleButton *day_buttons[7];
};

G_DEFINE_FINAL_TYPE (StrideRemindersGroup, stride_reminders_group, ADW_TYPE_PREFERENCES_GROUP)

/* Hours and minutes with two digits: 07:05, not 7:5 */
static gboolean
on_spin_output (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
update_next (StrideRemindersGroup *self)
{
  g_autofree char *line = stride_coaching_service_describe_next_reminder (self->coaching);
  const char *error = stride_coaching_service_get_background_error (self->coaching);

  adw_action_row_set_subtitle (self->next_row, line);
  gtk_widget_set_visible (GTK_WIDGET (self->background_row), error != NULL);
  if (error != NULL)
    adw_action_row_set_subtitle (self->background_row, error);
}

static void
update_controls (StrideRemindersGroup *self)
{
  g_auto(GStrv) names = g_settings_get_strv (self->settings, "reminder-days");
  StrideWeekdays days = stride_weekdays_from_strv ((const char * const *) names);
  int minutes = g_settings_get_int (self->settings, "reminder-time");
  gboolean enabled = g_settings_get_boolean (self->settings, "reminders-enabled");

  self->updating = TRUE;
  for (int d = 1; d <= 7; d++)
    gtk_toggle_button_set_active (self->day_buttons[d - 1], (days & STRIDE_WEEKDAY_BIT (d)) != 0);
  gtk_spin_button_set_value (self->hour_spin, minutes / 60);
  gtk_spin_button_set_value (self->minute_spin, minutes % 60);
  self->updating = FALSE;

  gtk_widget_set_sensitive (self->days_row, enabled);
  gtk_widget_set_sensitive (self->time_row, enabled);
}

static void
on_day_toggled (StrideRemindersGroup *self)
{
  StrideWeekdays days = 0;
  g_auto(GStrv) names = NULL;

  if (self->updating)
    return;

  for (int d = 1; d <= 7; d++)
    if (gtk_toggle_button_get_active (self->day_buttons[d - 1]))
      days |= STRIDE_WEEKDAY_BIT (d);

  names = stride_weekdays_to_strv (days);
  g_settings_set_strv (self->settings, "reminder-days", (const char * const *) names);
}

static void
on_time_changed (StrideRemindersGroup *self)
{
  if (self->updating)
    return;

  g_settings_set_int (self->settings, "reminder-time",
                      gtk_spin_button_get_value_as_int (self->hour_spin) * 60
                        + gtk_spin_button_get_value_as_int (self->minute_spin));
}

static void
on_settings_changed (StrideRemindersGroup *self,
                     const char           *key)
{
  if (g_str_has_prefix (key, "reminder"))
    update_controls (self);
}

/* A toggle for each weekday, Monday first, named by the locale: "Mo"
 * shown, "Monday" read by a screen reader */
static void
add_day_buttons (StrideRemindersGroup *self)
{
  /* A Monday */
  g_autoptr(GDateTime) monday = g_date_time_new_local (2024, 1, 1, 12, 0, 0);

  for (int d = 1; d <= 7; d++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, d - 1);
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *name = g_date_time_format (day, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (short_name);

      gtk_widget_set_name (button, stride_weekday_get_id (d));
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_add_css_class (button, "reminder-day");
      gtk_widget_set_size_request (button, 36, 36);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_day_toggled), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->days_box, button);
      self->day_buttons[d - 1] = GTK_TOGGLE_BUTTON (button);
    }
}

static void
stride_reminders_group_dispose (GObject *object)
{
  StrideRemindersGroup *self = STRIDE_REMINDERS_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_REMINDERS_GROUP);
  g_clear_object (&self->coaching);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stride_reminders_group_parent_class)->dispose (object);
}

static void
stride_reminders_group_class_init (StrideRemindersGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_reminders_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-reminders-group.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideRemindersGroup, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, StrideRemindersGroup, days_row);
  gtk_widget_class_bind_template_child (widget_class, StrideRemindersGroup, days_box);
  gtk_widget_class_bind_template_child (widget_class, StrideRemindersGroup, time_row);
  gtk_widget_class_bind_template_child (widget_class, StrideRemindersGroup, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideRemindersGroup, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideRemindersGroup, next_row);
  gtk_widget_class_bind_template_child (widget_class, StrideRemindersGroup, background_row);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output);
}

static void
stride_reminders_group_init (StrideRemindersGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_day_buttons (self);
  /* Not “Hour Time”: the row's title after the hour's name */
  stride_accessible_set_label (GTK_WIDGET (self->hour_spin), _("Hour"));
  stride_accessible_set_label (GTK_WIDGET (self->minute_spin), _("Minute"));

  /* A wheel turned to scroll the window must not change the time */
  stride_scroll_guard_attach (GTK_WIDGET (self->hour_spin));
  stride_scroll_guard_attach (GTK_WIDGET (self->minute_spin));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "reminders-enabled", self->enabled_switch, "active", G_SETTINGS_BIND_DEFAULT);
  update_controls (self);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->hour_spin, "value-changed", G_CALLBACK (on_time_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->minute_spin, "value-changed", G_CALLBACK (on_time_changed), self,
                           G_CONNECT_SWAPPED);
}

/**
 * stride_reminders_group_new:
 *
 * Returns: (transfer floating): the group
 */
GtkWidget *
stride_reminders_group_new (StrideCoachingService *coaching)
{
  StrideRemindersGroup *self;

  g_return_val_if_fail (STRIDE_IS_COACHING_SERVICE (coaching), NULL);

  self = g_object_new (STRIDE_TYPE_REMINDERS_GROUP, NULL);
  self->coaching = g_object_ref (coaching);
  g_signal_connect_object (coaching, "changed", G_CALLBACK (update_next), self, G_CONNECT_SWAPPED);
  update_next (self);

  return GTK_WIDGET (self);
}
