/* stride-reminder-schedule.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "stride-reminder-schedule.h"
#include "stride-week.h"

/* Far enough ahead to pass a week whose goal is met and the skipped day
 * at its start: a chosen day in the week after always qualifies */
#define DAYS_AHEAD 15

static const char * const weekday_ids[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

void
stride_reminder_schedule_init (StrideReminderSchedule *schedule)
{
  g_return_if_fail (schedule != NULL);

  *schedule = (StrideReminderSchedule) { 0 };
  g_date_clear (&schedule->skipped, 1);
  schedule->weekly_goal = 1;
}

static guint32
local_julian (GDateTime *time,
              GTimeZone *time_zone)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, time_zone);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));

  return g_date_get_julian (&date);
}

typedef struct
{
  const StrideReminderSchedule *schedule;
  /* Julian days trained on, and sessions per week keyed by the julian
   * day of the week's Monday */
  GHashTable *trained;
  GHashTable *per_week;
} Blocks;

static void
blocks_init (Blocks                       *blocks,
             const StrideReminderSchedule *schedule)
{
  blocks->schedule = schedule;
  blocks->trained = g_hash_table_new (NULL, NULL);
  blocks->per_week = g_hash_table_new (NULL, NULL);

  for (guint i = 0; schedule->sessions != NULL && i < schedule->sessions->len; i++)
    {
      guint32 julian = local_julian (schedule->sessions->pdata[i], schedule->time_zone);
      StrideWeek week;
      guint n;

      stride_week_init_for_julian (&week, julian);
      g_hash_table_add (blocks->trained, GUINT_TO_POINTER (julian));
      n = GPOINTER_TO_UINT (g_hash_table_lookup (blocks->per_week, GUINT_TO_POINTER (week.monday)));
      g_hash_table_insert (blocks->per_week, GUINT_TO_POINTER (week.monday), GUINT_TO_POINTER (n + 1));
    }
}

static void
blocks_clear (Blocks *blocks)
{
  g_clear_pointer (&blocks->trained, g_hash_table_unref);
  g_clear_pointer (&blocks->per_week, g_hash_table_unref);
}

/* Whether a reminder may fall on a day: not trained on, not skipped, and
 * in a week whose goal is not met yet */
static gboolean
blocks_allow (Blocks  *blocks,
              guint32  julian)
{
  const StrideReminderSchedule *schedule = blocks->schedule;
  StrideWeek week;
  guint n;

  if (g_hash_table_contains (blocks->trained, GUINT_TO_POINTER (julian)))
    return FALSE;
  if (g_date_valid (&schedule->skipped) && g_date_get_julian (&schedule->skipped) == julian)
    return FALSE;

  stride_week_init_for_julian (&week, julian);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (blocks->per_week, GUINT_TO_POINTER (week.monday)));

  return n < MAX (schedule->weekly_goal, 1);
}

/* The reminder time on a day, in the time zone. A time the clocks skip
 * (02:30 on the night summer time starts) comes as late as the skip is
 * long, at 03:30, as a clock not yet put forward would show it; a time
 * that happens twice (02:30 on the night summer time ends) is the first
 * of the two. */
static GDateTime *
reminder_on (const StrideReminderSchedule *schedule,
             const GDate                  *date)
{
  g_autoptr(GDateTime) wall_as_utc = NULL;
  GTimeZone *zone = schedule->time_zone;
  gint64 wall;
  int interval;

  /* The wall-clock time written as if it were UTC, which is how a
   * GTimeZone is asked about local times */
  wall_as_utc = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                     schedule->minute_of_day / 60, schedule->minute_of_day % 60, 0);
  wall = g_date_time_to_unix (wall_as_utc);

  /* Of two readings, summer time's comes first */
  interval = g_time_zone_find_interval (zone, G_TIME_TYPE_DAYLIGHT, wall);
  if (interval == -1)
    /* In the skip: the offset in force a day before, which no zone
     * changes twice within */
    interval = g_time_zone_find_interval (zone, G_TIME_TYPE_STANDARD, wall - 24 * 3600);
  if (interval == -1)
    interval = g_time_zone_adjust_time (zone, G_TIME_TYPE_STANDARD, &wall);

  return g_date_time_new_from_unix_utc (wall - g_time_zone_get_offset (zone, interval));
}

/**
 * stride_reminder_schedule_next:
 * @due: (out) (optional): the moment the next reminder is due, in
 *   UTC, when there is one
 *
 * Returns: %STRIDE_REMINDER_DUE and the moment, or why there is none;
 *   the moment is now for a reminder missed before the waiting began
 */
StrideReminderOutcome
stride_reminder_schedule_next (const StrideReminderSchedule *schedule,
                               GDateTime                   **due)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) best = NULL;
  Blocks blocks;
  GDate day;

  g_return_val_if_fail (schedule != NULL, STRIDE_REMINDER_NO_DAYS);
  g_return_val_if_fail (schedule->time_zone != NULL, STRIDE_REMINDER_NO_DAYS);
  g_return_val_if_fail (schedule->minute_of_day >= 0 && schedule->minute_of_day < STRIDE_REMINDER_MINUTES_PER_DAY,
                        STRIDE_REMINDER_NO_DAYS);

  if (due != NULL)
    *due = NULL;

  if (schedule->workout_running)
    return STRIDE_REMINDER_WORKOUT_RUNNING;
  if ((schedule->weekdays & STRIDE_WEEKDAYS_ALL) == 0)
    return STRIDE_REMINDER_NO_DAYS;

  {
    g_autoptr(GDateTime) whole_seconds = g_date_time_new_from_unix_utc (schedule->now / G_USEC_PER_SEC);

    now = g_date_time_add (whole_seconds, schedule->now % G_USEC_PER_SEC);
  }
  blocks_init (&blocks, schedule);

  if (schedule->snoozed_until > schedule->now)
    {
      g_autoptr(GDateTime) snoozed = g_date_time_new_from_unix_utc (schedule->snoozed_until / G_USEC_PER_SEC);

      if (blocks_allow (&blocks, local_julian (snoozed, schedule->time_zone)))
        best = g_steal_pointer (&snoozed);
    }

  g_date_clear (&day, 1);
  g_date_set_julian (&day, local_julian (now, schedule->time_zone));

  /* Today's, missed while nothing waited for it */
  if (schedule->waiting_since > 0 && (schedule->weekdays & STRIDE_WEEKDAY_BIT (g_date_get_weekday (&day)))
      && blocks_allow (&blocks, g_date_get_julian (&day)))
    {
      g_autoptr(GDateTime) missed = reminder_on (schedule, &day);
      gint64 at = g_date_time_to_unix (missed) * G_USEC_PER_SEC;

      if (at <= schedule->waiting_since && at <= schedule->now && at > schedule->last_sent
          && schedule->waiting_since - at <= (gint64) STRIDE_REMINDER_CATCH_UP_HOURS * 3600 * G_USEC_PER_SEC)
        {
          g_clear_pointer (&best, g_date_time_unref);
          best = g_date_time_ref (now);
        }
    }

  for (guint i = 0; i < DAYS_AHEAD; i++, g_date_add_days (&day, 1))
    {
      g_autoptr(GDateTime) at = NULL;
      int day_of_week = g_date_get_weekday (&day);

      if ((schedule->weekdays & STRIDE_WEEKDAY_BIT (day_of_week)) == 0)
        continue;
      if (!blocks_allow (&blocks, g_date_get_julian (&day)))
        continue;

      at = reminder_on (schedule, &day);
      if (g_date_time_compare (at, now) <= 0)
        continue;

      if (best == NULL || g_date_time_compare (at, best) < 0)
        {
          g_clear_pointer (&best, g_date_time_unref);
          best = g_steal_pointer (&at);
        }
      /* Later days only come later */
      break;
    }

  blocks_clear (&blocks);

  if (best == NULL)
    return STRIDE_REMINDER_NO_DAYS;

  if (due != NULL)
    *due = g_steal_pointer (&best);

  return STRIDE_REMINDER_DUE;
}

/**
 * stride_reminder_suggest_days:
 *
 * Days spread over the week for a goal of sessions a week: a day or two
 * of rest between sessions, as the guide's 2–3 times a week asks.
 */
StrideWeekdays
stride_reminder_suggest_days (guint weekly_goal)
{
  /* Monday, Thursday; Monday, Wednesday, Friday; and so on */
  static const StrideWeekdays suggestions[] = {
    0,
    STRIDE_WEEKDAY_BIT (G_DATE_WEDNESDAY),
    STRIDE_WEEKDAY_BIT (G_DATE_MONDAY) | STRIDE_WEEKDAY_BIT (G_DATE_THURSDAY),
    STRIDE_WEEKDAY_BIT (G_DATE_MONDAY) | STRIDE_WEEKDAY_BIT (G_DATE_WEDNESDAY) | STRIDE_WEEKDAY_BIT (G_DATE_FRIDAY),
    STRIDE_WEEKDAY_BIT (G_DATE_MONDAY) | STRIDE_WEEKDAY_BIT (G_DATE_TUESDAY) | STRIDE_WEEKDAY_BIT (G_DATE_THURSDAY)
      | STRIDE_WEEKDAY_BIT (G_DATE_SATURDAY),
    STRIDE_WEEKDAY_BIT (G_DATE_MONDAY) | STRIDE_WEEKDAY_BIT (G_DATE_TUESDAY) | STRIDE_WEEKDAY_BIT (G_DATE_THURSDAY)
      | STRIDE_WEEKDAY_BIT (G_DATE_FRIDAY) | STRIDE_WEEKDAY_BIT (G_DATE_SATURDAY),
    STRIDE_WEEKDAYS_ALL & ~STRIDE_WEEKDAY_BIT (G_DATE_SUNDAY),
  };

  if (weekly_goal < G_N_ELEMENTS (suggestions))
    return suggestions[MAX (weekly_goal, 1)];

  return STRIDE_WEEKDAYS_ALL;
}

/**
 * stride_weekday_get_id:
 * @day_of_week: 1 (Monday) to 7 (Sunday)
 *
 * Returns: the day's name as settings store it, e.g. "monday"
 */
const char *
stride_weekday_get_id (int day_of_week)
{
  g_return_val_if_fail (day_of_week >= 1 && day_of_week <= 7, NULL);

  return weekday_ids[day_of_week - 1];
}

/**
 * stride_weekdays_from_strv:
 *
 * Names that are not a weekday are left out.
 */
StrideWeekdays
stride_weekdays_from_strv (const char * const *names)
{
  StrideWeekdays days = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    for (guint d = 0; d < G_N_ELEMENTS (weekday_ids); d++)
      if (g_strcmp0 (names[i], weekday_ids[d]) == 0)
        days |= STRIDE_WEEKDAY_BIT (d + 1);

  return days;
}

/**
 * stride_weekdays_to_strv:
 *
 * Returns: (transfer full): the days' names, Monday first
 */
char **
stride_weekdays_to_strv (StrideWeekdays days)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint d = 0; d < G_N_ELEMENTS (weekday_ids); d++)
    if (days & STRIDE_WEEKDAY_BIT (d + 1))
      g_strv_builder_add (builder, weekday_ids[d]);

  return g_strv_builder_end (builder);
}

/**
 * stride_reminder_parse_date:
 * @text: a date as YYYY-MM-DD, or empty
 *
 * Returns: whether @text held a valid date; @date is cleared otherwise
 */
gboolean
stride_reminder_parse_date (const char *text,
                            GDate      *date)
{
  unsigned int year, month, day;
  char end;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * stride_reminder_format_date:
 *
 * Returns: (transfer full): @date as YYYY-MM-DD
 */
char *
stride_reminder_format_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}
