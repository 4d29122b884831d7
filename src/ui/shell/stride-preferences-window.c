/* stride-preferences-window.c
 *
 * The player's sound and screen settings and the weekly goal, kept in
 * GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-number-ranges.h"
#include "stride-preferences-window.h"
#include "stride-scroll-guard.h"

struct _StridePreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwPreferencesPage *general_page;
  AdwActionRow *spoken_row;
  GtkSwitch *spoken_switch;
  GtkScale *volume_scale;
  GtkSwitch *ticks_switch;
  GtkWidget *tick_volume_row;
  GtkScale *tick_volume_scale;
  GtkSwitch *mute_switch;
  GtkSwitch *flash_switch;
  AdwPreferencesGroup *goal_group;
  GtkSpinButton *goal_min_spin;
  GtkSpinButton *goal_max_spin;
};

G_DEFINE_FINAL_TYPE (StridePreferencesWindow, stride_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The goal is a range: raising the fewest above the most raises the most
 * with it, and lowering the most below the fewest lowers the fewest, so
 * that either spin button can be turned freely */
static void
on_settings_changed (GSettings  *settings,
                     const char *key)
{
  int fewest = g_settings_get_int (settings, "weekly-goal-min");
  int most = g_settings_get_int (settings, "weekly-goal-max");

  if (fewest <= most)
    return;

  if (g_strcmp0 (key, "weekly-goal-max") == 0)
    g_settings_set_int (settings, "weekly-goal-min", most);
  else
    g_settings_set_int (settings, "weekly-goal-max", fewest);
}

static void
stride_preferences_window_dispose (GObject *object)
{
  StridePreferencesWindow *self = STRIDE_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stride_preferences_window_parent_class)->dispose (object);
}

static void
stride_preferences_window_class_init (StridePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, general_page);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, goal_group);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, spoken_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, spoken_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, volume_scale);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, ticks_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, tick_volume_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, tick_volume_scale);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, mute_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, flash_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, goal_min_spin);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, goal_max_spin);
}

static void
stride_preferences_window_init (StridePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  stride_accessible_label_search (GTK_WIDGET (self), _("Search Preferences"));
  {
    g_autofree char *joined = stride_number_ranges_join (adw_preferences_group_get_description (self->goal_group));

    adw_preferences_group_set_description (self->goal_group, joined);
  }

  /* A wheel turned to scroll the window must not change a setting */
  stride_scroll_guard_attach (GTK_WIDGET (self->volume_scale));
  stride_scroll_guard_attach (GTK_WIDGET (self->goal_min_spin));
  stride_scroll_guard_attach (GTK_WIDGET (self->goal_max_spin));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "spoken-cues", self->spoken_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "cue-volume", gtk_range_get_adjustment (GTK_RANGE (self->volume_scale)),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "tempo-ticks", self->ticks_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "tempo-tick-volume", gtk_range_get_adjustment (GTK_RANGE (self->tick_volume_scale)),
                   "value", G_SETTINGS_BIND_DEFAULT);
  /* No level to set for ticks that do not play */
  g_settings_bind (self->settings, "tempo-ticks", self->tick_volume_row, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "muted", self->mute_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "flash-on-phase-change", self->flash_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "weekly-goal-min", gtk_spin_button_get_adjustment (self->goal_min_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "weekly-goal-max", gtk_spin_button_get_adjustment (self->goal_max_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, 0);
}

/**
 * stride_preferences_window_new:
 * @cue_player: (nullable): to tell whether speech is installed
 *
 * Returns: (transfer floating): the window
 */
GtkWidget *
stride_preferences_window_new (GtkWindow       *parent,
                               StrideCuePlayer *cue_player)
{
  StridePreferencesWindow *self = g_object_new (STRIDE_TYPE_PREFERENCES_WINDOW,
                                                "transient-for", parent,
                                                NULL);

  if (cue_player != NULL && !stride_cue_player_get_voice_available (cue_player))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->spoken_row), FALSE);
      adw_action_row_set_subtitle (self->spoken_row, _("Speech is not installed on this computer"));
    }

  return GTK_WIDGET (self);
}

/**
 * stride_preferences_window_add:
 * @group: (transfer floating): an #AdwPreferencesGroup
 *
 * Adds a group of settings that another part of Stride owns after the
 * window's own.
 */
void
stride_preferences_window_add (StridePreferencesWindow *self,
                               GtkWidget               *group)
{
  g_return_if_fail (STRIDE_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));

  adw_preferences_page_add (self->general_page, ADW_PREFERENCES_GROUP (group));
}
