/* stride-reminder-schedule.h
 *
 * When the next workout reminder is due. The runner picks weekdays and a
 * time of day; a reminder falls on each chosen day at that time in the
 * runner's time zone, except on a day already trained, in a week whose
 * goal is already met, on a day the runner skipped, and while a workout
 * runs. A snoozed reminder comes back at the snooze time, with the same
 * exceptions.
 *
 * Everything it needs is given to it, "now" included, so that it is the
 * same on a fake clock as on the real one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A set of weekdays, Monday the lowest bit, as GDateTime counts them
 * (1 = Monday … 7 = Sunday) */
typedef guint8 StrideWeekdays;

#define STRIDE_WEEKDAY_BIT(day_of_week) ((StrideWeekdays) (1u << ((day_of_week) - 1)))
#define STRIDE_WEEKDAYS_ALL             ((StrideWeekdays) 0x7f)

/* The longest a reminder time is: minutes after midnight */
#define STRIDE_REMINDER_MINUTES_PER_DAY (24 * 60)
/* How late a reminder missed while nothing waited for it may still come */
#define STRIDE_REMINDER_CATCH_UP_HOURS 3

/* Why there is no next reminder */
typedef enum
{
  STRIDE_REMINDER_DUE,
  /* No weekday is chosen */
  STRIDE_REMINDER_NO_DAYS,
  /* A workout is running; the next one is planned when it ends */
  STRIDE_REMINDER_WORKOUT_RUNNING,
} StrideReminderOutcome;

typedef struct
{
  StrideWeekdays weekdays;
  /* The time of day, minutes after midnight (0–1439) */
  int minute_of_day;
  GTimeZone *time_zone;
  /* Now, as microseconds since 1970 UTC */
  gint64 now;
  /* Microseconds since 1970 UTC until which a reminder was put off, or 0 */
  gint64 snoozed_until;
  /* Microseconds since 1970 UTC since when something waits to send
   * reminders, and when the last one was sent; 0 for none. A reminder
   * whose time came before the waiting began (the computer was off) and
   * that was not sent comes at once, up to STRIDE_REMINDER_CATCH_UP_HOURS
   * late. */
  gint64 waiting_since;
  gint64 last_sent;
  /* The day the runner skipped, or an invalid date */
  GDate skipped;
  gboolean workout_running;
  /* The fewest sessions a week that meet the weekly goal */
  guint weekly_goal;
  /* (element-type GDateTime) when each recorded session started, in any order */
  GPtrArray *sessions;
} StrideReminderSchedule;

void                  stride_reminder_schedule_init (StrideReminderSchedule       *schedule);
StrideReminderOutcome stride_reminder_schedule_next (const StrideReminderSchedule *schedule,
                                                     GDateTime                   **due);

StrideWeekdays        stride_reminder_suggest_days  (guint                         weekly_goal);

StrideWeekdays        stride_weekdays_from_strv     (const char * const           *names);
char                **stride_weekdays_to_strv       (StrideWeekdays                days);
const char           *stride_weekday_get_id         (int                           day_of_week);

gboolean              stride_reminder_parse_date    (const char                   *text,
                                                     GDate                        *date);
char                 *stride_reminder_format_date   (const GDate                  *date);

G_END_DECLS
