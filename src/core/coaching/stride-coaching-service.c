/* stride-coaching-service.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-background.h"
#include "stride-coaching-service.h"
#include "stride-due-planner.h"
#include "stride-reminder-notice.h"

struct _StrideCoachingService
{
  GObject parent_instance;

  GApplication *application;
  GSettings *settings;
  StrideStore *store;
  StrideClock *clock;
  /* Given by a test, or NULL for the system's, read again at each plan */
  GTimeZone *time_zone;
  GFileMonitor *localtime_monitor;
  /* (element-type GAction) the actions added to the application */
  GPtrArray *actions;

  StrideDueNotice *planned;
  guint timer;
  gboolean held;
  gboolean workout_running;
  /* When this process began to wait; a reminder missed before is looked
   * for in the first plan made with the progress loaded only, so that a
   * time changed later to one already past does not count as missed */
  gint64 waiting_since;
  gboolean looked_for_missed;
  char *background_error;
  GCancellable *background_request;
  /* Whether starting at login was last asked for, or its removal */
  gboolean background_wanted;
};

G_DEFINE_FINAL_TYPE (StrideCoachingService, stride_coaching_service, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void plan (StrideCoachingService *self);

static GTimeZone *
dup_time_zone (StrideCoachingService *self)
{
  GTimeZone *zone;

  if (self->time_zone != NULL)
    return g_time_zone_ref (self->time_zone);

  /* Not g_time_zone_new_local(), which keeps the zone it read first:
   * this reads TZ, or else /etc/localtime, again after a change */
  zone = g_time_zone_new_identifier (g_getenv ("TZ"));

  return zone != NULL ? zone : g_time_zone_new_utc ();
}

static void
init_context (StrideCoachingService *self,
              StrideCoachingContext *context)
{
  *context = (StrideCoachingContext) {
    .settings = self->settings,
    .store = self->store,
    .time_zone = dup_time_zone (self),
    .now = stride_clock_get_time (self->clock),
    .workout_running = self->workout_running,
    .waiting_since = self->looked_for_missed ? 0 : self->waiting_since,
  };
}

static void
send_notice (StrideCoachingService *self,
             StrideDueNotice       *notice)
{
  g_autoptr(GNotification) notification = g_notification_new (notice->title);
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);

  g_notification_set_body (notification, notice->body);
  g_notification_set_icon (notification, icon);
  if (notice->default_action != NULL)
    g_notification_set_default_action_and_target_value (notification, notice->default_action,
                                                        notice->default_target);
  for (guint i = 0; i < notice->buttons->len; i++)
    {
      StrideDueButton *button = notice->buttons->pdata[i];

      g_notification_add_button_with_target_value (notification, button->label, button->action, button->target);
    }

  g_application_send_notification (self->application, notice->id, notification);
}

static gboolean
on_deadline (gpointer user_data)
{
  StrideCoachingService *self = user_data;
  g_autoptr(StrideDueNotice) notice = g_steal_pointer (&self->planned);

  self->timer = 0;
  /* Late after a suspend, it still comes, once */
  if (notice != NULL && g_date_time_to_unix (notice->due) * G_USEC_PER_SEC <= stride_clock_get_time (self->clock))
    {
      send_notice (self, notice);
      /* Kept, so that a Stride started later does not send it again */
      if (notice->sent_key != NULL)
        g_settings_set_int64 (self->settings, notice->sent_key, stride_clock_get_time (self->clock) / G_USEC_PER_SEC);
    }

  plan (self);

  return G_SOURCE_REMOVE;
}

static void
plan (StrideCoachingService *self)
{
  StrideCoachingContext context;

  stride_clock_cancel (self->clock, self->timer);
  self->timer = 0;
  g_clear_pointer (&self->planned, stride_due_notice_free);

  /* Before the progress is read, a trained day looks untrained */
  if (stride_store_get_loaded (self->store))
    {
      init_context (self, &context);
      self->planned = stride_due_notice_plan_next (&context);
      self->looked_for_missed = TRUE;
      g_time_zone_unref (context.time_zone);
    }

  if (self->planned != NULL)
    self->timer = stride_clock_schedule (self->clock, g_date_time_to_unix (self->planned->due) * G_USEC_PER_SEC,
                                         on_deadline, self);

  g_signal_emit (self, signals[CHANGED], 0);
}

/* Reminders keep this process and start it at login only while they are
 * on for at least one day: with every day unticked, a process waiting at
 * each login would wait for nothing */
static gboolean
reminders_wanted (StrideCoachingService *self)
{
  g_auto(GStrv) days = g_settings_get_strv (self->settings, "reminder-days");

  return g_settings_get_boolean (self->settings, "reminders-enabled") && days[0] != NULL;
}

static void
update_hold (StrideCoachingService *self)
{
  gboolean wanted = reminders_wanted (self);

  if (wanted && !self->held)
    g_application_hold (self->application);
  else if (!wanted && self->held)
    g_application_release (self->application);
  self->held = wanted;
}

static void
on_background_requested (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(StrideCoachingService) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!stride_background_request_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_message ("Reminders cannot start at login: %s", error->message);
      g_free (self->background_error);
      self->background_error = g_strdup (error->message);
    }
  else
    g_clear_pointer (&self->background_error, g_free);

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
request_background (StrideCoachingService *self)
{
  self->background_wanted = reminders_wanted (self);
  update_hold (self);

  g_cancellable_cancel (self->background_request);
  g_clear_object (&self->background_request);
  self->background_request = g_cancellable_new ();
  stride_background_request_async (self->background_wanted, stride_background_is_sandboxed (),
                                   self->background_request, on_background_requested, g_object_ref (self));
}

static void
on_reminders_enabled_changed (StrideCoachingService *self)
{
  gboolean enabled = g_settings_get_boolean (self->settings, "reminders-enabled");
  g_auto(GStrv) days = g_settings_get_strv (self->settings, "reminder-days");

  /* Turned on for the first time: days spread by the weekly goal */
  if (enabled && g_strv_length (days) == 0)
    {
      g_auto(GStrv) suggested =
        stride_weekdays_to_strv (stride_reminder_suggest_days (g_settings_get_int (self->settings, "weekly-goal-min")));

      g_settings_set_strv (self->settings, "reminder-days", (const char * const *) suggested);
    }

  request_background (self);
}

static void
on_settings_changed (StrideCoachingService *self,
                     const char            *key)
{
  if (g_strcmp0 (key, "reminders-enabled") == 0)
    on_reminders_enabled_changed (self);
  /* The last day unticked, or the first ticked again */
  else if (g_strcmp0 (key, "reminder-days") == 0 && reminders_wanted (self) != self->background_wanted)
    request_background (self);

  if (g_str_has_prefix (key, "reminder") || g_str_has_prefix (key, "weekly-goal"))
    plan (self);
}

static void
snooze (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  StrideCoachingService *self = user_data;
  int minutes = g_variant_get_int32 (parameter);
  gint64 now = stride_clock_get_time (self->clock) / G_USEC_PER_SEC;

  if (minutes <= 0 || minutes > 24 * 60)
    {
      g_message ("A reminder cannot be snoozed for %d minutes", minutes);
      return;
    }

  g_application_withdraw_notification (self->application, STRIDE_REMINDER_NOTICE_ID);
  g_settings_set_int64 (self->settings, "reminder-snoozed-until", now + minutes * 60);
}

static void
skip (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  StrideCoachingService *self = user_data;
  const char *day = g_variant_get_string (parameter, NULL);
  GDate date;

  if (!stride_reminder_parse_date (day, &date))
    {
      g_message ("Not a day to skip: “%s”", day);
      return;
    }

  g_application_withdraw_notification (self->application, STRIDE_REMINDER_NOTICE_ID);
  g_settings_set_string (self->settings, "reminder-skipped-date", day);
}

static void
change_workout_running (GSimpleAction *action,
                        GVariant      *value,
                        gpointer       user_data)
{
  StrideCoachingService *self = user_data;
  gboolean running = g_variant_get_boolean (value);

  g_simple_action_set_state (action, value);
  if (running == self->workout_running)
    return;

  self->workout_running = running;
  /* Already exercising: the reminder has done its work */
  if (running)
    g_application_withdraw_notification (self->application, STRIDE_REMINDER_NOTICE_ID);
  plan (self);
}

static const GActionEntry actions[] = {
  { .name = "reminder-snooze", .activate = snooze, .parameter_type = "i" },
  { .name = "reminder-skip", .activate = skip, .parameter_type = "s" },
  { .name = "workout-running", .parameter_type = "b", .state = "false", .change_state = change_workout_running },
};

static void
stride_coaching_service_dispose (GObject *object)
{
  StrideCoachingService *self = STRIDE_COACHING_SERVICE (object);

  if (self->clock != NULL)
    stride_clock_cancel (self->clock, self->timer);
  self->timer = 0;
  g_cancellable_cancel (self->background_request);
  g_clear_object (&self->background_request);
  if (self->held)
    g_application_release (self->application);
  self->held = FALSE;
  /* Only the actions still ours: another service may have replaced them */
  for (guint i = 0; self->application != NULL && self->actions != NULL && i < self->actions->len; i++)
    {
      GAction *action = self->actions->pdata[i];
      const char *name = g_action_get_name (action);

      if (g_action_map_lookup_action (G_ACTION_MAP (self->application), name) == action)
        g_action_map_remove_action (G_ACTION_MAP (self->application), name);
    }
  g_clear_pointer (&self->actions, g_ptr_array_unref);

  g_clear_object (&self->localtime_monitor);
  self->application = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->planned, stride_due_notice_free);
  g_clear_pointer (&self->background_error, g_free);

  G_OBJECT_CLASS (stride_coaching_service_parent_class)->dispose (object);
}

static void
stride_coaching_service_class_init (StrideCoachingServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_coaching_service_dispose;

  /**
   * StrideCoachingService::changed:
   *
   * The next notice was planned again, or asking to start at login
   * succeeded or failed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
stride_coaching_service_init (StrideCoachingService *self)
{
}

/**
 * stride_coaching_service_new:
 * @clock: the wall clock, microseconds since 1970 UTC (see
 *   stride-realtime-clock.h)
 */
StrideCoachingService *
stride_coaching_service_new (GApplication *application,
                             GSettings    *settings,
                             StrideStore  *store,
                             StrideClock  *clock)
{
  StrideCoachingService *self;
  g_autoptr(GFile) localtime = g_file_new_for_path ("/etc/localtime");

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (STRIDE_IS_CLOCK (clock), NULL);

  self = g_object_new (STRIDE_TYPE_COACHING_SERVICE, NULL);
  /* Not a reference: the application owns the service */
  self->application = application;
  self->settings = g_object_ref (settings);
  self->store = g_object_ref (store);
  self->clock = g_object_ref (clock);
  self->waiting_since = stride_clock_get_time (clock);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), self);
  self->actions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_ptr_array_add (self->actions,
                     g_object_ref (g_action_map_lookup_action (G_ACTION_MAP (application), actions[i].name)));

  g_signal_connect_object (settings, "changed", G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (plan), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::loaded", G_CALLBACK (plan), self, G_CONNECT_SWAPPED);

  /* Moving to another time zone changes when 18:00 is. The monitor
   * watches the folder with inotify: nothing wakes until it changes. */
  self->localtime_monitor = g_file_monitor_file (localtime, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->localtime_monitor != NULL)
    g_signal_connect_object (self->localtime_monitor, "changed", G_CALLBACK (plan), self, G_CONNECT_SWAPPED);

  self->background_wanted = reminders_wanted (self);
  update_hold (self);
  plan (self);

  return self;
}

/**
 * stride_coaching_service_set_time_zone:
 * @time_zone: (nullable): the zone to plan in; %NULL for the system's
 */
void
stride_coaching_service_set_time_zone (StrideCoachingService *self,
                                       GTimeZone             *time_zone)
{
  g_return_if_fail (STRIDE_IS_COACHING_SERVICE (self));

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  if (time_zone != NULL)
    self->time_zone = g_time_zone_ref (time_zone);
  plan (self);
}

/**
 * stride_coaching_service_get_next_due:
 *
 * Returns: (transfer none) (nullable): when the next notice is due
 */
GDateTime *
stride_coaching_service_get_next_due (StrideCoachingService *self)
{
  g_return_val_if_fail (STRIDE_IS_COACHING_SERVICE (self), NULL);

  return self->planned != NULL ? self->planned->due : NULL;
}

/**
 * stride_coaching_service_describe_next_reminder:
 *
 * Returns: (transfer full): when the next reminder comes, or why none
 *   comes, in a line
 */
char *
stride_coaching_service_describe_next_reminder (StrideCoachingService *self)
{
  StrideCoachingContext context;
  char *line;

  g_return_val_if_fail (STRIDE_IS_COACHING_SERVICE (self), NULL);

  init_context (self, &context);
  line = stride_reminder_notice_describe_next (&context);
  g_time_zone_unref (context.time_zone);

  return line;
}

/**
 * stride_coaching_service_get_background_error:
 *
 * Returns: (nullable): why Stride cannot start at login to remind,
 *   from the last time reminders were turned on or off
 */
const char *
stride_coaching_service_get_background_error (StrideCoachingService *self)
{
  g_return_val_if_fail (STRIDE_IS_COACHING_SERVICE (self), NULL);

  return self->background_error;
}

gboolean
stride_coaching_service_get_workout_running (StrideCoachingService *self)
{
  g_return_val_if_fail (STRIDE_IS_COACHING_SERVICE (self), FALSE);

  return self->workout_running;
}
