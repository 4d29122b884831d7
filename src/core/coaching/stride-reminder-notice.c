/* stride-reminder-notice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-reminder-notice.h"
#include "stride-routine.h"
#include "stride-session.h"

/**
 * stride_reminder_notice_read_schedule:
 *
 * Fills @schedule from the settings, the sessions in the store and the
 * rest of @context; free it with stride_reminder_schedule_clear().
 */
void
stride_reminder_notice_read_schedule (const StrideCoachingContext *context,
                                      StrideReminderSchedule      *schedule)
{
  g_auto(GStrv) days = NULL;
  g_autofree char *skipped = NULL;

  g_return_if_fail (context != NULL && G_IS_SETTINGS (context->settings));
  g_return_if_fail (schedule != NULL);

  stride_reminder_schedule_init (schedule);
  days = g_settings_get_strv (context->settings, "reminder-days");
  schedule->weekdays = stride_weekdays_from_strv ((const char * const *) days);
  schedule->minute_of_day = g_settings_get_int (context->settings, "reminder-time");
  schedule->time_zone = g_time_zone_ref (context->time_zone);
  schedule->now = context->now;
  schedule->snoozed_until = g_settings_get_int64 (context->settings, "reminder-snoozed-until") * G_USEC_PER_SEC;
  skipped = g_settings_get_string (context->settings, "reminder-skipped-date");
  stride_reminder_parse_date (skipped, &schedule->skipped);
  schedule->workout_running = context->workout_running;
  schedule->waiting_since = context->waiting_since;
  schedule->last_sent = g_settings_get_int64 (context->settings, "reminder-last-sent") * G_USEC_PER_SEC;
  schedule->weekly_goal = g_settings_get_int (context->settings, "weekly-goal-min");
  schedule->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);

  if (context->store != NULL)
    {
      g_autoptr(GPtrArray) sessions = stride_store_list (context->store, STRIDE_COLLECTION_SESSIONS);

      for (guint i = 0; i < sessions->len; i++)
        {
          GDateTime *started = stride_session_dup_started (sessions->pdata[i]);

          if (started != NULL)
            g_ptr_array_add (schedule->sessions, started);
        }
    }
}

void
stride_reminder_schedule_clear (StrideReminderSchedule *schedule)
{
  g_return_if_fail (schedule != NULL);

  g_clear_pointer (&schedule->time_zone, g_time_zone_unref);
  g_clear_pointer (&schedule->sessions, g_ptr_array_unref);
}

/**
 * stride_reminder_notice_dup_routine:
 * @store: (nullable): the progress
 * @name: (out) (optional): the routine's name
 *
 * The routine a reminder asks for: the one the runner did last, or the
 * full hip routine before the first workout.
 *
 * Returns: (transfer full): its ID
 */
char *
stride_reminder_notice_dup_routine (StrideStore  *store,
                                    char        **name)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) builtins = stride_routine_get_builtins ();
  const char *id = "full";
  g_autofree char *recorded_name = NULL;

  if (store != NULL)
    {
      sessions = stride_store_list_sessions_by_date (store);
      if (sessions->len > 0)
        {
          JsonObject *latest = sessions->pdata[sessions->len - 1];
          const char *routine = json_object_get_string_member_with_default (latest, STRIDE_SESSION_ROUTINE, NULL);

          if (routine != NULL && *routine != '\0')
            {
              id = routine;
              recorded_name = stride_session_dup_routine_name_shown (latest);
            }
        }
    }

  if (name != NULL)
    {
      *name = NULL;
      /* A built-in routine is named in today's language */
      for (guint i = 0; i < builtins->len && *name == NULL; i++)
        if (g_strcmp0 (stride_routine_get_id (builtins->pdata[i]), id) == 0)
          *name = g_strdup (stride_routine_get_name (builtins->pdata[i]));
      if (*name == NULL)
        *name = g_strdup (recorded_name != NULL && *recorded_name != '\0' ? recorded_name : id);
    }

  return g_strdup (id);
}

/**
 * stride_reminder_notice_plan:
 *
 * Returns: (transfer full) (nullable): the next reminder, or %NULL when
 *   reminders are off or none is due
 */
StrideDueNotice *
stride_reminder_notice_plan (const StrideCoachingContext *context)
{
  StrideReminderSchedule schedule;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *routine = NULL;
  g_autofree char *name = NULL;
  g_autofree char *day = NULL;
  StrideDueNotice *notice;

  g_return_val_if_fail (context != NULL, NULL);

  if (!g_settings_get_boolean (context->settings, "reminders-enabled"))
    return NULL;

  stride_reminder_notice_read_schedule (context, &schedule);
  stride_reminder_schedule_next (&schedule, &due);
  stride_reminder_schedule_clear (&schedule);
  if (due == NULL)
    return NULL;

  routine = stride_reminder_notice_dup_routine (context->store, &name);
  local = g_date_time_to_timezone (due, context->time_zone);
  day = g_date_time_format (local, "%Y-%m-%d");

  notice = stride_due_notice_new (STRIDE_REMINDER_NOTICE_ID, due);
  notice->sent_key = g_strdup ("reminder-last-sent");
  notice->title = g_strdup (_("Time for Your Hip Workout"));
  /* Translators: %s is a routine's name, e.g. “Full hip routine” */
  notice->body = g_strdup_printf (_("%s is due today. Strong hips keep your pelvis stable while you run."), name);
  notice->default_action = g_strdup ("app.start-workout");
  notice->default_target = g_variant_ref_sink (g_variant_new_string (routine));
  /* Translators: a button on the reminder that opens the workout player */
  stride_due_notice_add_button (notice, _("Start"), "app.start-workout", g_variant_new_string (routine));
  /* Translators: a button on the reminder that brings it back an hour later */
  stride_due_notice_add_button (notice, _("Snooze 1 Hour"), "app.reminder-snooze",
                                g_variant_new_int32 (STRIDE_REMINDER_SNOOZE_MINUTES));
  /* Translators: a button on the reminder: no more reminders today */
  stride_due_notice_add_button (notice, _("Skip Today"), "app.reminder-skip", g_variant_new_string (day));

  return notice;
}

/**
 * stride_reminder_notice_describe_next:
 *
 * Returns: (transfer full): a line that says when the next reminder
 *   comes, or why none comes
 */
char *
stride_reminder_notice_describe_next (const StrideCoachingContext *context)
{
  StrideReminderSchedule schedule;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = NULL;
  StrideReminderOutcome outcome;
  g_autofree char *time = NULL;

  g_return_val_if_fail (context != NULL, NULL);

  if (!g_settings_get_boolean (context->settings, "reminders-enabled"))
    return g_strdup (_("Reminders are off"));

  stride_reminder_notice_read_schedule (context, &schedule);
  outcome = stride_reminder_schedule_next (&schedule, &due);
  stride_reminder_schedule_clear (&schedule);

  switch (outcome)
    {
    case STRIDE_REMINDER_NO_DAYS:
      return g_strdup (_("No day is chosen: choose at least one day for reminders"));
    case STRIDE_REMINDER_WORKOUT_RUNNING:
      return g_strdup (_("None while a workout runs"));
    case STRIDE_REMINDER_DUE:
    default:
      break;
    }

  local = g_date_time_to_timezone (due, context->time_zone);
  {
    g_autoptr(GDateTime) now_utc = g_date_time_new_from_unix_utc (context->now / G_USEC_PER_SEC);

    now = g_date_time_to_timezone (now_utc, context->time_zone);
  }
  /* Translators: a time of day in the format of g_date_time_format(), e.g. 18:00 */
  time = g_date_time_format (local, _("%H:%M"));

  if (g_date_time_get_year (local) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    /* Translators: when the next reminder comes; %s is a time of day, e.g. 18:00 */
    return g_strdup_printf (_("Today at %s"), time);
  else
    {
      /* Translators: a date in the format of g_date_time_format(), e.g. Thursday, 4 December */
      g_autofree char *date = g_date_time_format (local, _("%A, %-d %B"));

      /* Translators: when the next reminder comes; the first %s is a
       * date, e.g. Thursday, 4 December, the second a time of day */
      return g_strdup_printf (_("%s at %s"), date, time);
    }
}
