/* test-reminder-schedule.c
 *
 * When the next reminder is due, on a fake clock: chosen days, time
 * zones, summer time starting and ending, snooze, skip, the weekly goal
 * met, a day already trained and a workout running.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-clock.h"
#include "stride-realtime-clock.h"
#include "stride-due-planner.h"
#include "stride-reminder-notice.h"
#include "stride-reminder-schedule.h"
#include "stride-test-i18n.h"

#define MON STRIDE_WEEKDAY_BIT (G_DATE_MONDAY)
#define TUE STRIDE_WEEKDAY_BIT (G_DATE_TUESDAY)
#define WED STRIDE_WEEKDAY_BIT (G_DATE_WEDNESDAY)
#define THU STRIDE_WEEKDAY_BIT (G_DATE_THURSDAY)
#define FRI STRIDE_WEEKDAY_BIT (G_DATE_FRIDAY)

typedef struct
{
  StrideReminderSchedule schedule;
  StrideClock *clock;
} Fixture;

/* Microseconds since 1970 of a local time in a zone */
static gint64
local_usec (const char *zone_id,
            int         year,
            int         month,
            int         day,
            int         hour,
            int         minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_id);
  g_autoptr(GDateTime) time = NULL;

  g_assert_nonnull (zone);
  time = g_date_time_new (zone, year, month, day, hour, minute, 0);
  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

/* The next reminder as "YYYY-MM-DD HH:MM +ZZZZ" in the schedule's zone
 * and as UTC, or why there is none */
static char *
next_reminder (Fixture *fixture)
{
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *in_zone = NULL;
  g_autofree char *in_utc = NULL;

  fixture->schedule.now = stride_clock_get_time (fixture->clock);
  switch (stride_reminder_schedule_next (&fixture->schedule, &due))
    {
    case STRIDE_REMINDER_NO_DAYS:
      g_assert_null (due);
      return g_strdup ("no days");
    case STRIDE_REMINDER_WORKOUT_RUNNING:
      g_assert_null (due);
      return g_strdup ("workout running");
    case STRIDE_REMINDER_DUE:
    default:
      break;
    }

  g_assert_nonnull (due);
  g_assert_cmpint (g_date_time_to_unix (due) * G_USEC_PER_SEC, >=, fixture->schedule.now / G_USEC_PER_SEC * G_USEC_PER_SEC);
  local = g_date_time_to_timezone (due, fixture->schedule.time_zone);
  in_zone = g_date_time_format (local, "%a %Y-%m-%d %H:%M %z");
  in_utc = g_date_time_format (due, "%H:%M");

  return g_strdup_printf ("%s = %s UTC", in_zone, in_utc);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  stride_reminder_schedule_init (&fixture->schedule);
  fixture->schedule.time_zone = g_time_zone_new_identifier ("Europe/Berlin");
  fixture->schedule.weekdays = MON | THU;
  fixture->schedule.minute_of_day = 18 * 60;
  fixture->schedule.weekly_goal = 2;
  fixture->schedule.sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  /* Tuesday 1 December 2026, 10:00 in Berlin */
  fixture->clock = stride_fake_clock_new (local_usec ("Europe/Berlin", 2026, 12, 1, 10, 0));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  stride_reminder_schedule_clear (&fixture->schedule);
  g_clear_object (&fixture->clock);
}

static void
advance_to (Fixture    *fixture,
            const char *zone,
            int         year,
            int         month,
            int         day,
            int         hour,
            int         minute)
{
  gint64 time = local_usec (zone, year, month, day, hour, minute);

  /* A fake clock only goes forward: an earlier time is a new clock */
  if (time < stride_clock_get_time (fixture->clock))
    {
      g_clear_object (&fixture->clock);
      fixture->clock = stride_fake_clock_new (time);
    }
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (fixture->clock), time);
  g_assert_cmpint (stride_clock_get_time (fixture->clock), ==, time);
}

static void
add_session (Fixture *fixture,
             int      month,
             int      day,
             int      hour)
{
  g_ptr_array_add (fixture->schedule.sessions,
                   g_date_time_new (fixture->schedule.time_zone, 2026, month, day, hour, 0, 0));
}

static void
assert_next (Fixture    *fixture,
             const char *expected)
{
  g_autofree char *next = next_reminder (fixture);

  g_assert_cmpstr (next, ==, expected);
}

static void
test_chosen_days (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Tuesday: the next chosen day is Thursday */
  assert_next (fixture, "Thu 2026-12-03 18:00 +0100 = 17:00 UTC");

  /* On Thursday before the time: that day; after it: Monday */
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 17, 59);
  assert_next (fixture, "Thu 2026-12-03 18:00 +0100 = 17:00 UTC");
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 18, 0);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* Every day at 07:30 */
  fixture->schedule.weekdays = STRIDE_WEEKDAYS_ALL;
  fixture->schedule.minute_of_day = 7 * 60 + 30;
  assert_next (fixture, "Fri 2026-12-04 07:30 +0100 = 06:30 UTC");

  /* A week across the year's end */
  fixture->schedule.weekdays = FRI;
  advance_to (fixture, "Europe/Berlin", 2026, 12, 31, 12, 0);
  assert_next (fixture, "Fri 2027-01-01 07:30 +0100 = 06:30 UTC");
}

static void
test_time_zones (Fixture       *fixture,
                 gconstpointer  data)
{
  /* The same instant is Tuesday 04:00 in New York and Tuesday 14:30 in
   * Kolkata; the reminder keeps the local time in each */
  g_clear_pointer (&fixture->schedule.time_zone, g_time_zone_unref);
  fixture->schedule.time_zone = g_time_zone_new_identifier ("America/New_York");
  fixture->schedule.weekdays = TUE;
  fixture->schedule.minute_of_day = 7 * 60 + 30;
  assert_next (fixture, "Tue 2026-12-01 07:30 -0500 = 12:30 UTC");

  g_clear_pointer (&fixture->schedule.time_zone, g_time_zone_unref);
  fixture->schedule.time_zone = g_time_zone_new_identifier ("Asia/Kolkata");
  assert_next (fixture, "Tue 2026-12-08 07:30 +0530 = 02:00 UTC");

  /* Late on Tuesday in UTC is already Wednesday in Auckland */
  g_clear_pointer (&fixture->schedule.time_zone, g_time_zone_unref);
  fixture->schedule.time_zone = g_time_zone_new_identifier ("Pacific/Auckland");
  fixture->schedule.weekdays = WED;
  advance_to (fixture, "UTC", 2026, 12, 1, 20, 0);
  assert_next (fixture, "Wed 2026-12-09 07:30 +1300 = 18:30 UTC");
  fixture->schedule.minute_of_day = 10 * 60;
  assert_next (fixture, "Wed 2026-12-02 10:00 +1300 = 21:00 UTC");

  /* A session counts on the day it was in the runner's zone: 23:30 UTC
   * on Tuesday is Wednesday in Berlin, and Wednesday is trained */
  g_clear_pointer (&fixture->schedule.time_zone, g_time_zone_unref);
  fixture->schedule.time_zone = g_time_zone_new_identifier ("Europe/Berlin");
  fixture->schedule.minute_of_day = 18 * 60;
  fixture->schedule.weekly_goal = 3;
  g_ptr_array_add (fixture->schedule.sessions, g_date_time_new_utc (2026, 12, 1, 23, 30, 0));
  assert_next (fixture, "Wed 2026-12-09 18:00 +0100 = 17:00 UTC");
}

static void
test_summer_time (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Summer time starts in Berlin on Sunday 29 March 2026 at 02:00,
   * which becomes 03:00. 07:30 stays 07:30 on the wall. */
  fixture->schedule.weekdays = STRIDE_WEEKDAYS_ALL;
  fixture->schedule.minute_of_day = 7 * 60 + 30;
  advance_to (fixture, "Europe/Berlin", 2026, 3, 28, 8, 0);
  assert_next (fixture, "Sun 2026-03-29 07:30 +0200 = 05:30 UTC");
  advance_to (fixture, "Europe/Berlin", 2026, 3, 29, 7, 30);
  assert_next (fixture, "Mon 2026-03-30 07:30 +0200 = 05:30 UTC");

  /* 02:30 does not exist that night: it comes an hour later, at 03:30,
   * once, and the night after at 02:30 again */
  fixture->schedule.minute_of_day = 2 * 60 + 30;
  advance_to (fixture, "Europe/Berlin", 2026, 3, 28, 8, 0);
  assert_next (fixture, "Sun 2026-03-29 03:30 +0200 = 01:30 UTC");
  advance_to (fixture, "UTC", 2026, 3, 29, 1, 30);
  assert_next (fixture, "Mon 2026-03-30 02:30 +0200 = 00:30 UTC");

  /* Summer time ends on Sunday 25 October 2026: 03:00 becomes 02:00 */
  fixture->schedule.minute_of_day = 7 * 60 + 30;
  advance_to (fixture, "Europe/Berlin", 2026, 10, 24, 8, 0);
  assert_next (fixture, "Sun 2026-10-25 07:30 +0100 = 06:30 UTC");

  /* 02:30 happens twice: the reminder comes at the first, and not
   * again at the second */
  fixture->schedule.minute_of_day = 2 * 60 + 30;
  assert_next (fixture, "Sun 2026-10-25 02:30 +0200 = 00:30 UTC");
  advance_to (fixture, "UTC", 2026, 10, 25, 0, 30);
  assert_next (fixture, "Mon 2026-10-26 02:30 +0100 = 01:30 UTC");

  /* The same in New York, where it changes on other days */
  g_clear_pointer (&fixture->schedule.time_zone, g_time_zone_unref);
  fixture->schedule.time_zone = g_time_zone_new_identifier ("America/New_York");
  fixture->schedule.minute_of_day = 7 * 60 + 30;
  advance_to (fixture, "America/New_York", 2026, 3, 7, 8, 0);
  assert_next (fixture, "Sun 2026-03-08 07:30 -0400 = 11:30 UTC");
}

static void
test_snooze (Fixture       *fixture,
             gconstpointer  data)
{
  /* The Thursday reminder came at 18:00 and was snoozed for an hour */
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 18, 1);
  fixture->schedule.snoozed_until = local_usec ("Europe/Berlin", 2026, 12, 3, 19, 1);
  assert_next (fixture, "Thu 2026-12-03 19:01 +0100 = 18:01 UTC");

  /* Once that time passed it is over */
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 19, 1);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* Trained in the meantime: the snoozed reminder does not come */
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 18, 30);
  add_session (fixture, 12, 3, 18);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");
}

static void
test_skip (Fixture       *fixture,
           gconstpointer  data)
{
  /* Thursday skipped from Tuesday: Monday is next */
  g_date_set_dmy (&fixture->schedule.skipped, 3, 12, 2026);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* A snoozed reminder of a skipped day does not come either */
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 18, 1);
  fixture->schedule.snoozed_until = local_usec ("Europe/Berlin", 2026, 12, 3, 19, 1);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* The day after, skipping is forgotten */
  g_date_set_dmy (&fixture->schedule.skipped, 2, 12, 2026);
  fixture->schedule.snoozed_until = 0;
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 8, 0);
  assert_next (fixture, "Thu 2026-12-03 18:00 +0100 = 17:00 UTC");
}

static void
test_goal_met (Fixture       *fixture,
               gconstpointer  data)
{
  /* Two sessions this week (Monday and Tuesday) meet a goal of two:
   * nothing on Thursday, the next on Monday */
  add_session (fixture, 11, 30, 7);
  assert_next (fixture, "Thu 2026-12-03 18:00 +0100 = 17:00 UTC");
  add_session (fixture, 12, 1, 7);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* A goal of three is not met yet */
  fixture->schedule.weekly_goal = 3;
  assert_next (fixture, "Thu 2026-12-03 18:00 +0100 = 17:00 UTC");

  /* Sessions of last week count for last week only */
  fixture->schedule.weekly_goal = 1;
  g_ptr_array_set_size (fixture->schedule.sessions, 0);
  add_session (fixture, 11, 29, 7);
  assert_next (fixture, "Thu 2026-12-03 18:00 +0100 = 17:00 UTC");
}

static void
test_trained_today (Fixture       *fixture,
                    gconstpointer  data)
{
  fixture->schedule.weekly_goal = 3;
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 9, 0);
  assert_next (fixture, "Thu 2026-12-03 18:00 +0100 = 17:00 UTC");

  /* Trained in the morning: no reminder in the evening */
  add_session (fixture, 12, 3, 7);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");
}

static void
test_workout_running (Fixture       *fixture,
                      gconstpointer  data)
{
  fixture->schedule.workout_running = TRUE;
  assert_next (fixture, "workout running");

  fixture->schedule.workout_running = FALSE;
  assert_next (fixture, "Thu 2026-12-03 18:00 +0100 = 17:00 UTC");

  fixture->schedule.weekdays = 0;
  assert_next (fixture, "no days");
}

/* The computer was off at 18:00 on Thursday: a reminder started at
 * 19:30 comes at once, once; at 21:30 it is too late */
static void
test_missed (Fixture       *fixture,
             gconstpointer  data)
{
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 19, 30);
  fixture->schedule.waiting_since = stride_clock_get_time (fixture->clock);
  assert_next (fixture, "Thu 2026-12-03 19:30 +0100 = 18:30 UTC");

  /* Sent: not again */
  fixture->schedule.last_sent = stride_clock_get_time (fixture->clock);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* Sent at 18:00 by a Stride that ran then */
  fixture->schedule.last_sent = local_usec ("Europe/Berlin", 2026, 12, 3, 18, 0);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* More than three hours late */
  fixture->schedule.last_sent = 0;
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 21, 30);
  fixture->schedule.waiting_since = stride_clock_get_time (fixture->clock);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* Waiting since before 18:00: the reminder was sent then, not missed */
  advance_to (fixture, "Europe/Berlin", 2026, 12, 3, 19, 30);
  fixture->schedule.waiting_since = local_usec ("Europe/Berlin", 2026, 12, 3, 17, 0);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");

  /* Missed, but trained since, or skipped */
  fixture->schedule.waiting_since = stride_clock_get_time (fixture->clock);
  add_session (fixture, 12, 3, 19);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");
  g_ptr_array_set_size (fixture->schedule.sessions, 0);
  g_date_set_dmy (&fixture->schedule.skipped, 3, 12, 2026);
  assert_next (fixture, "Mon 2026-12-07 18:00 +0100 = 17:00 UTC");
}

static void
test_suggested_days (void)
{
  g_auto(GStrv) two = stride_weekdays_to_strv (stride_reminder_suggest_days (2));
  g_auto(GStrv) three = stride_weekdays_to_strv (stride_reminder_suggest_days (3));
  g_autofree char *two_text = g_strjoinv (",", two);
  g_autofree char *three_text = g_strjoinv (",", three);
  const char *names[] = { "friday", "monday", "not-a-day", NULL };

  g_assert_cmpstr (two_text, ==, "monday,thursday");
  g_assert_cmpstr (three_text, ==, "monday,wednesday,friday");
  g_assert_cmpuint (stride_reminder_suggest_days (7), ==, STRIDE_WEEKDAYS_ALL);
  g_assert_cmpuint (stride_reminder_suggest_days (14), ==, STRIDE_WEEKDAYS_ALL);
  for (guint goal = 1; goal <= 7; goal++)
    {
      StrideWeekdays days = stride_reminder_suggest_days (goal);
      guint n = 0;

      for (int d = 1; d <= 7; d++)
        n += (days & STRIDE_WEEKDAY_BIT (d)) != 0;
      g_assert_cmpuint (n, ==, goal);
    }

  g_assert_cmpuint (stride_weekdays_from_strv (names), ==, MON | FRI);
}

static void
test_dates (void)
{
  GDate date;
  g_autofree char *text = NULL;

  g_assert_true (stride_reminder_parse_date ("2026-03-29", &date));
  text = stride_reminder_format_date (&date);
  g_assert_cmpstr (text, ==, "2026-03-29");
  g_assert_false (stride_reminder_parse_date ("2026-02-30", &date));
  g_assert_false (g_date_valid (&date));
  g_assert_false (stride_reminder_parse_date ("", &date));
  g_assert_false (stride_reminder_parse_date ("2026-03-29x", &date));
}

/* The notice made from the settings: off, then on with its buttons */
static void
test_notice (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  const char *days[] = { "thursday", NULL };
  StrideCoachingContext context = {
    .settings = settings,
    .time_zone = zone,
    .now = local_usec ("Europe/Berlin", 2026, 12, 1, 10, 0),
  };
  g_autoptr(StrideDueNotice) off = NULL;
  g_autoptr(StrideDueNotice) notice = NULL;
  g_autofree char *line = NULL;
  StrideDueButton *button;

  g_settings_set_boolean (settings, "reminders-enabled", FALSE);
  off = stride_due_notice_plan_next (&context);
  g_assert_null (off);
  line = stride_reminder_notice_describe_next (&context);
  g_assert_cmpstr (line, ==, "Reminders are off");
  g_clear_pointer (&line, g_free);

  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  g_settings_set_strv (settings, "reminder-days", days);
  g_settings_set_int (settings, "reminder-time", 7 * 60 + 5);
  notice = stride_due_notice_plan_next (&context);
  g_assert_nonnull (notice);
  g_assert_cmpstr (notice->id, ==, "reminder");
  g_assert_cmpint (g_date_time_to_unix (notice->due), ==,
                   local_usec ("Europe/Berlin", 2026, 12, 3, 7, 5) / G_USEC_PER_SEC);
  g_assert_true (g_str_has_prefix (notice->body, "Full hip routine is due today"));
  g_assert_cmpstr (notice->default_action, ==, "app.start-workout");
  g_assert_cmpstr (g_variant_get_string (notice->default_target, NULL), ==, "full");
  g_assert_cmpuint (notice->buttons->len, ==, 3);
  button = notice->buttons->pdata[0];
  g_assert_cmpstr (button->label, ==, "Start");
  g_assert_cmpstr (button->action, ==, "app.start-workout");
  button = notice->buttons->pdata[1];
  g_assert_cmpstr (button->action, ==, "app.reminder-snooze");
  g_assert_cmpint (g_variant_get_int32 (button->target), ==, 60);
  button = notice->buttons->pdata[2];
  g_assert_cmpstr (button->action, ==, "app.reminder-skip");
  g_assert_cmpstr (g_variant_get_string (button->target, NULL), ==, "2026-12-03");

  line = stride_reminder_notice_describe_next (&context);
  g_assert_cmpstr (line, ==, "Thursday, 3 December at 07:05");
  g_clear_pointer (&line, g_free);

  /* Skipping that day moves it a week on */
  g_settings_set_string (settings, "reminder-skipped-date", "2026-12-03");
  line = stride_reminder_notice_describe_next (&context);
  g_assert_cmpstr (line, ==, "Thursday, 10 December at 07:05");
  g_clear_pointer (&line, g_free);

  g_settings_set_strv (settings, "reminder-days", NULL);
  line = stride_reminder_notice_describe_next (&context);
  g_assert_cmpstr (line, ==, "No day is chosen: choose at least one day for reminders");
}

static gboolean
on_fired (gpointer user_data)
{
  *(gint64 *) user_data = g_get_real_time ();
  return G_SOURCE_REMOVE;
}

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The wall clock's timer fires at its deadline, not before, with the
 * main loop asleep until then; a cancelled one never fires */
static void
test_realtime_clock (void)
{
  g_autoptr(StrideClock) clock = stride_realtime_clock_new ();
  gint64 start = stride_clock_get_time (clock);
  gint64 deadline = start + 300 * 1000;
  gint64 fired = 0;
  gint64 cancelled_fired = 0;
  gboolean timed_out = FALSE;
  guint cancelled, timeout;

  g_assert_cmpint (ABS (start - g_get_real_time ()), <, G_USEC_PER_SEC);

  stride_clock_schedule (clock, deadline, on_fired, &fired);
  cancelled = stride_clock_schedule (clock, start + 100 * 1000, on_fired, &cancelled_fired);
  stride_clock_cancel (clock, cancelled);
  timeout = g_timeout_add_seconds (10, on_timeout, &timed_out);
  while (fired == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_false (timed_out);
  g_assert_cmpint (cancelled_fired, ==, 0);
  g_assert_cmpint (fired, >=, deadline);
  /* Woken by the kernel at the deadline, not by polling */
  g_assert_cmpint (fired - deadline, <, 100 * 1000);

  /* A deadline already past fires at once */
  fired = 0;
  stride_clock_schedule (clock, start - G_USEC_PER_SEC, on_fired, &fired);
  while (fired == 0)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  stride_test_init_language ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/stride/reminder-schedule/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("chosen-days", test_chosen_days);
  ADD ("time-zones", test_time_zones);
  ADD ("summer-time", test_summer_time);
  ADD ("snooze", test_snooze);
  ADD ("skip", test_skip);
  ADD ("goal-met", test_goal_met);
  ADD ("trained-today", test_trained_today);
  ADD ("workout-running", test_workout_running);
  ADD ("missed", test_missed);
#undef ADD
  g_test_add_func ("/stride/reminder-schedule/suggested-days", test_suggested_days);
  g_test_add_func ("/stride/reminder-schedule/dates", test_dates);
  g_test_add_func ("/stride/reminder-schedule/notice", test_notice);
  g_test_add_func ("/stride/reminder-schedule/realtime-clock", test_realtime_clock);

  return g_test_run ();
}
