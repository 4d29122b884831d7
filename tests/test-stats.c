/* test-stats.c
 *
 * What the progress charts and the coaching read: sessions per ISO week
 * in the user's time zone across week, daylight-saving and year
 * boundaries, partial sessions as fractions, reps per exercise, the
 * self-test timeline, pain, the weekly goal and its streak, chart ranges,
 * and the rules for seeing a specialist and for the harder variation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "stride-advice.h"
#include "stride-session-sets.h"
#include "stride-stats.h"
#include "stride-store.h"
#include "stride-test-i18n.h"

/* Building records as the store holds them */

static JsonObject *
add_session (GPtrArray  *sessions,
             const char *started)
{
  JsonObject *session = json_object_new ();
  g_autofree char *id = g_strdup_printf ("session-%u", sessions->len);

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "modified", started);
  json_object_set_string_member (session, "started", started);
  json_object_set_string_member (session, "routine", "full");
  g_ptr_array_add (sessions, session);

  return session;
}

static JsonObject *
add_session_at (GPtrArray *sessions,
                GDateTime *started)
{
  g_autofree char *text = g_date_time_format_iso8601 (started);

  return add_session (sessions, text);
}

static JsonArray *
ensure_array (JsonObject *object,
              const char *member)
{
  if (!json_object_has_member (object, member))
    json_object_set_array_member (object, member, json_array_new ());

  return json_object_get_array_member (object, member);
}

/* Adds the next set of @exercise on @side, numbered after those before */
static void
add_set (JsonObject *session,
         const char *exercise,
         const char *variation,
         const char *side,
         gint64      reps)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;
  guint number = 1;

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      if (g_str_equal (set.exercise, exercise) && g_strcmp0 (set.variation, variation) == 0
          && g_strcmp0 (set.side, side) == 0)
        number++;
    }

  set = (StrideSessionSet) {
    .exercise = exercise, .variation = variation, .side = side, .number = number,
    .reps = reps, .reps_planned = -1, .hold_seconds = -1,
  };
  stride_session_add_set (session, &set);
}

static void
add_pain (JsonObject *session,
          const char *area,
          const char *side)
{
  JsonObject *report = json_object_new ();

  json_object_set_string_member (report, "area", area);
  if (side != NULL)
    json_object_set_string_member (report, "side", side);
  json_array_add_object_element (ensure_array (session, "pain"), report);
}

static JsonObject *
add_result (GPtrArray  *results,
            const char *test,
            const char *taken,
            const char *outcome)
{
  JsonObject *result = json_object_new ();
  g_autofree char *id = g_strdup_printf ("result-%u", results->len);

  json_object_set_string_member (result, "id", id);
  json_object_set_string_member (result, "modified", taken);
  json_object_set_string_member (result, "test", test);
  json_object_set_string_member (result, "taken", taken);
  json_object_set_object_member (result, "answers", json_object_new ());
  if (outcome != NULL)
    json_object_set_string_member (result, "outcome", outcome);
  g_ptr_array_add (results, result);

  return result;
}

static void
set_answer (JsonObject *result,
            const char *key,
            gboolean    value)
{
  json_object_set_boolean_member (json_object_get_object_member (result, "answers"), key, value);
}

static GPtrArray *
records_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
}

static GTimeZone *
zone (const char *identifier)
{
  GTimeZone *time_zone = g_time_zone_new_identifier (identifier);

  /* Without tzdata the test would silently run in UTC and prove nothing */
  g_assert_nonnull (time_zone);
  return time_zone;
}

static void
assert_week (const StrideWeek *week,
             guint             year,
             guint             number,
             int               monday_year,
             int               monday_month,
             int               monday_day)
{
  GDate monday;

  g_assert_cmpuint (week->year, ==, year);
  g_assert_cmpuint (week->number, ==, number);
  stride_week_get_monday (week, &monday);
  g_assert_cmpint (g_date_get_year (&monday), ==, monday_year);
  g_assert_cmpint (g_date_get_month (&monday), ==, monday_month);
  g_assert_cmpint (g_date_get_day (&monday), ==, monday_day);
  g_assert_cmpint (g_date_get_weekday (&monday), ==, G_DATE_MONDAY);
}

static void
init_week (StrideWeek *week,
           int         year,
           int         month,
           int         day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  stride_week_init_for_date (week, &date);
}

/* The weeks the stats list from the first session to the last */
static GArray *
list_all_weeks (StrideStats *stats)
{
  return stride_stats_list_weeks (stats, NULL, NULL);
}

#define WEEK_AT(weeks, i) (&g_array_index ((weeks), StrideWeekSessions, (i)))

/* ISO weeks */

static void
test_week_iso (void)
{
  StrideWeek week;

  /* 2026 starts on a Thursday, so it has 53 weeks and takes the first
   * days of 2027 with it */
  init_week (&week, 2026, 12, 31);
  assert_week (&week, 2026, 53, 2026, 12, 28);
  init_week (&week, 2027, 1, 1);
  assert_week (&week, 2026, 53, 2026, 12, 28);
  init_week (&week, 2027, 1, 3);
  assert_week (&week, 2026, 53, 2026, 12, 28);
  init_week (&week, 2027, 1, 4);
  assert_week (&week, 2027, 1, 2027, 1, 4);

  /* 2020 has a week 53 too; 2019's last Monday starts 2020's week 1 */
  init_week (&week, 2020, 12, 31);
  assert_week (&week, 2020, 53, 2020, 12, 28);
  init_week (&week, 2021, 1, 3);
  assert_week (&week, 2020, 53, 2020, 12, 28);
  init_week (&week, 2019, 12, 30);
  assert_week (&week, 2020, 1, 2019, 12, 30);
  init_week (&week, 2026, 1, 1);
  assert_week (&week, 2026, 1, 2025, 12, 29);

  /* Stepping across the year keeps the numbering */
  init_week (&week, 2020, 12, 21);
  assert_week (&week, 2020, 52, 2020, 12, 21);
  stride_week_add (&week, 1);
  assert_week (&week, 2020, 53, 2020, 12, 28);
  stride_week_add (&week, 1);
  assert_week (&week, 2021, 1, 2021, 1, 4);
  stride_week_add (&week, -2);
  assert_week (&week, 2020, 52, 2020, 12, 21);
}

/* Sunday 23:30 and Monday 00:10 local time are in different weeks */
static void
test_stats_week_boundary (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GArray) weeks = NULL;

  add_session (sessions, "2026-03-09T00:10:00+01:00");
  add_session (sessions, "2026-03-08T23:30:00+01:00");
  /* The same Sunday evening, written in UTC */
  add_session (sessions, "2026-03-08T22:30:00Z");

  stats = stride_stats_new (sessions, results, berlin);
  weeks = list_all_weeks (stats);

  g_assert_cmpuint (weeks->len, ==, 2);
  assert_week (&WEEK_AT (weeks, 0)->week, 2026, 10, 2026, 3, 2);
  g_assert_cmpfloat (WEEK_AT (weeks, 0)->sessions, ==, 2.0);
  assert_week (&WEEK_AT (weeks, 1)->week, 2026, 11, 2026, 3, 9);
  g_assert_cmpfloat (WEEK_AT (weeks, 1)->sessions, ==, 1.0);

  g_assert_finalize_object (g_steal_pointer (&stats));
}

/* Berlin's clocks change on the last Sunday of March and of October; the
 * offset that applies on each side of midnight decides the week */
static void
test_stats_daylight_saving (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  StrideWeek week;

  /* Monday 23 March 00:10 CET, Sunday 29 March 23:30 CEST, Monday 30
   * March 00:10 CEST */
  add_session (sessions, "2026-03-22T23:10:00Z");
  add_session (sessions, "2026-03-29T21:30:00Z");
  add_session (sessions, "2026-03-29T22:10:00Z");
  /* Sunday 25 October 23:30 CET (00:30 on Monday had the clocks not
   * gone back), Monday 26 October 00:10 CET */
  add_session (sessions, "2026-10-25T22:30:00Z");
  add_session (sessions, "2026-10-25T23:10:00Z");

  stats = stride_stats_new (sessions, results, berlin);

  init_week (&week, 2026, 3, 23);
  g_assert_cmpuint (week.number, ==, 13);
  g_assert_cmpfloat (stride_stats_get_week_sessions (stats, &week), ==, 2.0);
  stride_week_add (&week, 1);
  g_assert_cmpfloat (stride_stats_get_week_sessions (stats, &week), ==, 1.0);

  init_week (&week, 2026, 10, 19);
  g_assert_cmpuint (week.number, ==, 43);
  g_assert_cmpfloat (stride_stats_get_week_sessions (stats, &week), ==, 1.0);
  stride_week_add (&week, 1);
  g_assert_cmpfloat (stride_stats_get_week_sessions (stats, &week), ==, 1.0);

  /* Every week from March to October is on the axis */
  {
    g_autoptr(GArray) weeks = list_all_weeks (stats);
    double total = 0;

    g_assert_cmpuint (weeks->len, ==, 44 - 13 + 1);
    for (guint i = 0; i < weeks->len; i++)
      total += WEEK_AT (weeks, i)->sessions;
    g_assert_cmpfloat (total, ==, 5.0);
  }
}

/* 23:30 UTC on Sunday 8 March 2026 is Monday in Berlin and still Sunday
 * in New York (already on summer time, UTC−4) */
static void
test_stats_time_zones (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) in_berlin = NULL;
  g_autoptr(StrideStats) in_new_york = NULL;
  g_autoptr(StrideStats) in_utc = NULL;
  StridePainPoint *pain;
  StrideWeek week;

  add_pain (add_session (sessions, "2026-03-08T23:30:00Z"), "knee", "left");

  in_berlin = stride_stats_new (sessions, results, berlin);
  in_new_york = stride_stats_new (sessions, results, new_york);
  in_utc = stride_stats_new (sessions, results, utc);

  g_assert_true (stride_stats_get_first_week (in_berlin, &week));
  assert_week (&week, 2026, 11, 2026, 3, 9);
  g_assert_true (stride_stats_get_first_week (in_new_york, &week));
  assert_week (&week, 2026, 10, 2026, 3, 2);
  g_assert_true (stride_stats_get_first_week (in_utc, &week));
  assert_week (&week, 2026, 10, 2026, 3, 2);

  /* The pain chart puts the report on the day it was there */
  pain = &g_array_index (stride_stats_get_pain (in_berlin), StridePainPoint, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (pain->when), ==, 9);
  g_assert_cmpint (g_date_time_get_hour (pain->when), ==, 0);
  pain = &g_array_index (stride_stats_get_pain (in_new_york), StridePainPoint, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (pain->when), ==, 8);
  g_assert_cmpint (g_date_time_get_hour (pain->when), ==, 19);
}

static void
test_stats_year_boundary (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GArray) weeks = NULL;

  add_session (sessions, "2026-12-31T18:00:00Z");
  add_session (sessions, "2027-01-01T09:00:00Z");
  add_session (sessions, "2027-01-04T09:00:00Z");
  stats = stride_stats_new (sessions, results, utc);
  weeks = list_all_weeks (stats);

  g_assert_cmpuint (weeks->len, ==, 2);
  assert_week (&WEEK_AT (weeks, 0)->week, 2026, 53, 2026, 12, 28);
  g_assert_cmpfloat (WEEK_AT (weeks, 0)->sessions, ==, 2.0);
  assert_week (&WEEK_AT (weeks, 1)->week, 2027, 1, 2027, 1, 4);
  g_assert_cmpfloat (WEEK_AT (weeks, 1)->sessions, ==, 1.0);
  g_clear_pointer (&weeks, g_array_unref);
  g_clear_object (&stats);

  /* 2020 week 53 stays on the axis with no session in it */
  g_ptr_array_set_size (sessions, 0);
  add_session (sessions, "2020-12-21T18:00:00Z");
  add_session (sessions, "2021-01-04T18:00:00Z");
  stats = stride_stats_new (sessions, results, utc);
  weeks = list_all_weeks (stats);

  g_assert_cmpuint (weeks->len, ==, 3);
  assert_week (&WEEK_AT (weeks, 0)->week, 2020, 52, 2020, 12, 21);
  assert_week (&WEEK_AT (weeks, 1)->week, 2020, 53, 2020, 12, 28);
  assert_week (&WEEK_AT (weeks, 2)->week, 2021, 1, 2021, 1, 4);
  g_assert_cmpfloat (WEEK_AT (weeks, 0)->sessions, ==, 1.0);
  g_assert_cmpfloat (WEEK_AT (weeks, 1)->sessions, ==, 0.0);
  g_assert_cmpfloat (WEEK_AT (weeks, 2)->sessions, ==, 1.0);
}

static void
test_stats_empty (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = stride_stats_new (sessions, results, berlin);
  g_autoptr(GDateTime) now = g_date_time_new (berlin, 2026, 11, 25, 12, 0, 0);
  g_autoptr(GArray) weeks = list_all_weeks (stats);
  g_autoptr(GArray) reps = stride_stats_list_reps (stats, "squat", NULL, NULL);
  g_auto(GStrv) progressions = stride_advice_list_progressions (sessions);
  StrideWeeklyGoal goal;
  StrideWeek first, last;

  g_assert_false (stride_stats_get_first_week (stats, &first));
  g_assert_false (stride_stats_get_last_week (stats, &first));
  g_assert_cmpuint (weeks->len, ==, 0);
  g_assert_cmpuint (reps->len, ==, 0);
  g_assert_cmpuint (g_strv_length ((GStrv) stride_stats_get_exercise_ids (stats)), ==, 0);
  g_assert_cmpuint (stride_stats_get_self_tests (stats)->len, ==, 0);
  g_assert_cmpuint (stride_stats_get_pain (stats)->len, ==, 0);

  stride_stats_get_weekly_goal (stats, now, 2, 3, &goal);
  assert_week (&goal.week, 2026, 48, 2026, 11, 23);
  g_assert_cmpfloat (goal.sessions, ==, 0.0);
  g_assert_false (goal.met);
  g_assert_cmpuint (goal.streak, ==, 0);

  /* "All" of nothing is this week, shown empty */
  stride_stats_get_range (stats, STRIDE_STATS_RANGE_ALL, now, &first, &last);
  g_assert_cmpint (stride_week_compare (&first, &last), ==, 0);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = stride_stats_list_weeks (stats, &first, &last);
  g_assert_cmpuint (weeks->len, ==, 1);
  g_assert_cmpfloat (WEEK_AT (weeks, 0)->sessions, ==, 0.0);

  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_NONE);
  g_assert_cmpuint (g_strv_length (progressions), ==, 0);
}

static void
test_stats_one_session (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) reps = NULL;
  JsonObject *session;
  StrideWeek first, last;

  session = add_session (sessions, "2026-11-25T18:30:00+01:00");
  add_set (session, "squat", "base", NULL, 12);
  stats = stride_stats_new (sessions, results, berlin);
  weeks = list_all_weeks (stats);
  reps = stride_stats_list_reps (stats, "squat", NULL, NULL);

  g_assert_true (stride_stats_get_first_week (stats, &first));
  g_assert_true (stride_stats_get_last_week (stats, &last));
  g_assert_cmpint (stride_week_compare (&first, &last), ==, 0);
  g_assert_cmpuint (weeks->len, ==, 1);
  assert_week (&WEEK_AT (weeks, 0)->week, 2026, 48, 2026, 11, 23);
  g_assert_cmpfloat (WEEK_AT (weeks, 0)->sessions, ==, 1.0);
  g_assert_cmpuint (reps->len, ==, 1);
  g_assert_cmpuint (g_array_index (reps, guint, 0), ==, 12);
  g_assert_cmpstrv ((GStrv) stride_stats_get_exercise_ids (stats), ((const char *[]) { "squat", NULL }));
}

/* A runner does sessions, not halves: a session stopped halfway counts
 * as one, and the week says how many were partly done; one that does not
 * say how much was done counts as a whole one, one with nothing done as
 * none */
static void
test_stats_partial (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GArray) weeks = NULL;

  json_object_set_double_member (add_session (sessions, "2026-11-23T18:00:00Z"), "completion", 0.5);
  json_object_set_double_member (add_session (sessions, "2026-11-24T18:00:00Z"), "completion", 0.25);
  add_session (sessions, "2026-11-25T18:00:00Z");
  /* Nonsense completions count as a whole session or none, never more */
  json_object_set_string_member (add_session (sessions, "2026-11-30T18:00:00Z"), "completion", "most");
  json_object_set_double_member (add_session (sessions, "2026-12-01T18:00:00Z"), "completion", 1.7);
  json_object_set_double_member (add_session (sessions, "2026-12-02T18:00:00Z"), "completion", -1);
  json_object_set_int_member (add_session (sessions, "2026-12-03T18:00:00Z"), "completion", 0);
  /* Without a readable start time a session is on no week */
  add_session (sessions, "last Tuesday");
  json_object_remove_member (add_session (sessions, "2026-12-04T18:00:00Z"), "started");
  json_object_set_int_member (add_session (sessions, "2026-12-04T18:00:00Z"), "started", 3);

  stats = stride_stats_new (sessions, results, utc);
  weeks = list_all_weeks (stats);

  g_assert_cmpuint (weeks->len, ==, 2);
  g_assert_cmpuint (WEEK_AT (weeks, 0)->sessions, ==, 3);
  g_assert_cmpuint (WEEK_AT (weeks, 0)->partial, ==, 2);
  g_assert_cmpuint (WEEK_AT (weeks, 1)->sessions, ==, 2);
  g_assert_cmpuint (WEEK_AT (weeks, 1)->partial, ==, 0);

  /* Two partly done and one whole session meet a goal of 2–3 */
  {
    g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 11, 29, 20, 0, 0);
    StrideWeeklyGoal goal;

    stride_stats_get_weekly_goal (stats, now, 2, 3, &goal);
    g_assert_cmpuint (goal.sessions, ==, 3);
    g_assert_cmpuint (goal.partial, ==, 2);
    g_assert_true (goal.met);
  }
}

/* The time worked in a week adds up what its sessions recorded; a session
 * from before Stride kept it adds nothing */
static void
test_stats_worked (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(JsonNode) first = json_from_string ("[[\"squat\", null, 80], [\"clamshell\", \"left\", 45]]", NULL);
  g_autoptr(JsonNode) second = json_from_string ("[[\"squat\", null, 30], \"not an entry\"]", NULL);

  json_object_set_member (add_session (sessions, "2026-11-23T18:00:00Z"), "worked", json_node_copy (first));
  json_object_set_member (add_session (sessions, "2026-11-25T18:00:00Z"), "worked", json_node_copy (second));
  add_session (sessions, "2026-11-26T18:00:00Z");
  add_session (sessions, "2026-12-01T18:00:00Z");

  stats = stride_stats_new (sessions, results, utc);
  weeks = list_all_weeks (stats);

  g_assert_cmpuint (weeks->len, ==, 2);
  g_assert_cmpint (WEEK_AT (weeks, 0)->seconds_worked, ==, 80 + 45 + 30);
  g_assert_cmpint (WEEK_AT (weeks, 1)->seconds_worked, ==, 0);
}

/* Weeks without sessions are zeros on the axis, and the reps of each
 * exercise add up over sets, sides and variations */
static void
test_stats_reps (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) squats = NULL;
  g_autoptr(GArray) clamshells = NULL;
  JsonObject *session;
  JsonArray *bad;
  StrideWeek week;

  session = add_session (sessions, "2026-11-02T18:00:00Z");
  add_set (session, "clamshell", "base", "left", 12);
  add_set (session, "clamshell", "base", "right", 13);
  add_set (session, "pistol-squat", "base", NULL, 5);
  add_set (session, "squat", "base", NULL, 12);
  add_set (session, "squat", "base", NULL, 15);
  session = add_session (sessions, "2026-11-25T18:00:00Z");
  add_set (session, "squat", "harder", NULL, 10);

  /* Sets that cannot be read are left out, not guessed */
  bad = json_array_new ();
  json_array_add_string_element (bad, "squat");
  json_array_add_string_element (bad, "base");
  json_array_add_null_element (bad);
  json_array_add_null_element (bad);
  json_array_add_string_element (bad, "twelve");
  json_array_add_array_element (ensure_array (session, STRIDE_SESSION_EXERCISES), bad);
  add_set (session, "squat", "base", NULL, -4);
  add_set (session, "squat", "base", NULL, 1000000);
  json_array_add_string_element (ensure_array (session, STRIDE_SESSION_EXERCISES), "squat");

  stats = stride_stats_new (sessions, results, utc);
  weeks = list_all_weeks (stats);
  squats = stride_stats_list_reps (stats, "squat", NULL, NULL);
  clamshells = stride_stats_list_reps (stats, "clamshell", NULL, NULL);

  g_assert_cmpuint (weeks->len, ==, 4);
  g_assert_cmpfloat (WEEK_AT (weeks, 0)->sessions, ==, 1.0);
  g_assert_cmpfloat (WEEK_AT (weeks, 1)->sessions, ==, 0.0);
  g_assert_cmpfloat (WEEK_AT (weeks, 2)->sessions, ==, 0.0);
  g_assert_cmpfloat (WEEK_AT (weeks, 3)->sessions, ==, 1.0);

  g_assert_cmpuint (squats->len, ==, 4);
  g_assert_cmpuint (g_array_index (squats, guint, 0), ==, 27);
  g_assert_cmpuint (g_array_index (squats, guint, 1), ==, 0);
  g_assert_cmpuint (g_array_index (squats, guint, 3), ==, 10);
  g_assert_cmpuint (g_array_index (clamshells, guint, 0), ==, 25);
  g_assert_cmpuint (g_array_index (clamshells, guint, 3), ==, 0);

  week = WEEK_AT (weeks, 0)->week;
  g_assert_cmpuint (stride_stats_get_week_reps (stats, "squat", &week), ==, 27);
  g_assert_cmpuint (stride_stats_get_week_reps (stats, "glute-bridge", &week), ==, 0);
  stride_week_add (&week, -1);
  g_assert_cmpuint (stride_stats_get_week_reps (stats, "squat", &week), ==, 0);

  /* The guide's order for the legend, then exercises it does not know */
  g_assert_cmpstrv ((GStrv) stride_stats_get_exercise_ids (stats),
                    ((const char *[]) { "squat", "clamshell", "pistol-squat", NULL }));

  /* A chart range wider than the data pads it with zeros */
  {
    StrideWeek first = WEEK_AT (weeks, 0)->week, last = WEEK_AT (weeks, 3)->week;
    g_autoptr(GArray) padded = NULL;
    g_autoptr(GArray) padded_reps = NULL;

    stride_week_add (&first, -2);
    stride_week_add (&last, 1);
    padded = stride_stats_list_weeks (stats, &first, &last);
    padded_reps = stride_stats_list_reps (stats, "squat", &first, &last);
    g_assert_cmpuint (padded->len, ==, 7);
    g_assert_cmpuint (padded_reps->len, ==, 7);
    g_assert_cmpfloat (WEEK_AT (padded, 0)->sessions, ==, 0.0);
    g_assert_cmpfloat (WEEK_AT (padded, 2)->sessions, ==, 1.0);
    g_assert_cmpfloat (WEEK_AT (padded, 6)->sessions, ==, 0.0);
    g_assert_cmpuint (g_array_index (padded_reps, guint, 2), ==, 27);
    g_assert_cmpuint (g_array_index (padded_reps, guint, 5), ==, 10);

    /* Bounds the wrong way round list nothing */
    g_clear_pointer (&padded, g_array_unref);
    padded = stride_stats_list_weeks (stats, &last, &first);
    g_assert_cmpuint (padded->len, ==, 0);
  }
}

static void
test_stats_self_tests (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  GArray *timeline;
  StrideSelfTestPoint *point;
  JsonObject *result;

  result = add_result (results, STRIDE_TEST_ID_BRIDGE, "2026-11-20T09:00:00Z", STRIDE_OUTCOME_ID_LEFT_WEAKER);
  set_answer (result, STRIDE_ANSWER_KEY_LEFT_DROPPED, TRUE);
  set_answer (result, STRIDE_ANSWER_KEY_RIGHT_DROPPED, FALSE);
  set_answer (result, STRIDE_ANSWER_KEY_PAIN, FALSE);

  result = add_result (results, STRIDE_TEST_ID_SQUAT, "2026-10-01T09:00:00Z", STRIDE_OUTCOME_ID_TIGHT_OR_WEAK);
  set_answer (result, STRIDE_ANSWER_KEY_DEPTH, FALSE);
  set_answer (result, STRIDE_ANSWER_KEY_FELL_BACKWARD, TRUE);
  set_answer (result, STRIDE_ANSWER_KEY_PAIN, TRUE);

  /* Wrong types, a squat outcome on a bridge, no answers at all */
  result = add_result (results, STRIDE_TEST_ID_BRIDGE, "2026-12-01T09:00:00Z", STRIDE_OUTCOME_ID_OK);
  json_object_set_string_member (json_object_get_object_member (result, "answers"), STRIDE_ANSWER_KEY_LEFT_DROPPED, "yes");
  json_object_set_int_member (json_object_get_object_member (result, "answers"), STRIDE_ANSWER_KEY_RIGHT_DROPPED, 1);
  result = add_result (results, STRIDE_TEST_ID_SQUAT, "2026-12-02T09:00:00Z", NULL);
  json_object_set_string_member (result, "answers", "none");

  /* Neither a known test nor a readable time: not on the timeline */
  add_result (results, "plank-test", "2026-11-01T09:00:00Z", "ok");
  add_result (results, STRIDE_TEST_ID_SQUAT, "yesterday", "ok");
  json_object_remove_member (add_result (results, STRIDE_TEST_ID_SQUAT, "2026-11-02T09:00:00Z", "ok"), "test");

  stats = stride_stats_new (sessions, results, berlin);
  timeline = stride_stats_get_self_tests (stats);

  g_assert_cmpuint (timeline->len, ==, 4);

  point = &g_array_index (timeline, StrideSelfTestPoint, 0);
  g_assert_cmpint (point->test, ==, STRIDE_RECORD_TEST_SQUAT);
  g_assert_cmpint (point->outcome, ==, STRIDE_OUTCOME_TIGHT_OR_WEAK);
  g_assert_cmpint (point->depth, ==, STRIDE_ANSWER_NO);
  g_assert_cmpint (point->fell_backward, ==, STRIDE_ANSWER_YES);
  g_assert_cmpint (point->left_dropped, ==, STRIDE_ANSWER_UNKNOWN);
  g_assert_cmpint (point->pain, ==, STRIDE_ANSWER_YES);
  /* 09:00 UTC is 11:00 in Berlin on summer time */
  g_assert_cmpint (g_date_time_get_hour (point->taken), ==, 11);

  point = &g_array_index (timeline, StrideSelfTestPoint, 1);
  g_assert_cmpint (point->test, ==, STRIDE_RECORD_TEST_BRIDGE);
  g_assert_cmpint (point->outcome, ==, STRIDE_OUTCOME_LEFT_WEAKER);
  g_assert_cmpint (point->left_dropped, ==, STRIDE_ANSWER_YES);
  g_assert_cmpint (point->right_dropped, ==, STRIDE_ANSWER_NO);
  g_assert_cmpint (point->depth, ==, STRIDE_ANSWER_UNKNOWN);
  g_assert_cmpint (point->pain, ==, STRIDE_ANSWER_NO);
  g_assert_cmpint (g_date_time_get_hour (point->taken), ==, 10);

  point = &g_array_index (timeline, StrideSelfTestPoint, 2);
  g_assert_cmpint (point->test, ==, STRIDE_RECORD_TEST_BRIDGE);
  g_assert_cmpint (point->outcome, ==, STRIDE_OUTCOME_UNKNOWN);
  g_assert_cmpint (point->left_dropped, ==, STRIDE_ANSWER_UNKNOWN);
  g_assert_cmpint (point->right_dropped, ==, STRIDE_ANSWER_UNKNOWN);

  point = &g_array_index (timeline, StrideSelfTestPoint, 3);
  g_assert_cmpint (point->test, ==, STRIDE_RECORD_TEST_SQUAT);
  g_assert_cmpint (point->outcome, ==, STRIDE_OUTCOME_UNKNOWN);
  g_assert_cmpint (point->depth, ==, STRIDE_ANSWER_UNKNOWN);
  g_assert_cmpint (point->pain, ==, STRIDE_ANSWER_UNKNOWN);
}

static void
test_stats_pain (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  JsonObject *session, *result;
  StridePainPoint *point;
  GArray *pain;

  session = add_session (sessions, "2026-11-10T18:00:00Z");
  add_pain (session, "knee", "both");
  add_pain (session, "hip", "left");
  add_pain (session, "elbow", NULL);
  /* Not reports of where it hurt */
  json_array_add_object_element (ensure_array (session, "pain"), json_object_new ());
  json_array_add_string_element (ensure_array (session, "pain"), "hip");

  json_object_set_string_member (add_session (sessions, "2026-11-12T18:00:00Z"), "pain", "knee");
  add_session (sessions, "2026-11-14T18:00:00Z");

  result = add_result (results, STRIDE_TEST_ID_SQUAT, "2026-11-11T09:00:00Z", STRIDE_OUTCOME_ID_OK);
  set_answer (result, STRIDE_ANSWER_KEY_PAIN, TRUE);
  result = add_result (results, STRIDE_TEST_ID_BRIDGE, "2026-11-13T09:00:00Z", STRIDE_OUTCOME_ID_BALANCED);
  set_answer (result, STRIDE_ANSWER_KEY_PAIN, FALSE);

  stats = stride_stats_new (sessions, results, utc);
  pain = stride_stats_get_pain (stats);

  g_assert_cmpuint (pain->len, ==, 4);
  point = &g_array_index (pain, StridePainPoint, 0);
  g_assert_cmpint (point->source, ==, STRIDE_PAIN_SOURCE_SESSION);
  g_assert_cmpint (point->area, ==, STRIDE_PAIN_AREA_HIP);
  g_assert_cmpint (point->side, ==, STRIDE_PAIN_SIDE_LEFT);
  g_assert_cmpint (g_date_time_get_day_of_month (point->when), ==, 10);
  point = &g_array_index (pain, StridePainPoint, 1);
  g_assert_cmpint (point->area, ==, STRIDE_PAIN_AREA_KNEE);
  g_assert_cmpint (point->side, ==, STRIDE_PAIN_SIDE_BOTH);
  point = &g_array_index (pain, StridePainPoint, 2);
  g_assert_cmpint (point->area, ==, STRIDE_PAIN_AREA_OTHER);
  g_assert_cmpint (point->side, ==, STRIDE_PAIN_SIDE_UNSPECIFIED);
  point = &g_array_index (pain, StridePainPoint, 3);
  g_assert_cmpint (point->source, ==, STRIDE_PAIN_SOURCE_SELF_TEST);
  g_assert_cmpint (point->area, ==, STRIDE_PAIN_AREA_NONE);
  g_assert_cmpint (g_date_time_get_day_of_month (point->when), ==, 11);
}

/* Weekly goal of 2–3: this week so far, and the weeks in a row that
 * reached 2 */
static void
test_stats_streak (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GDateTime) monday = g_date_time_new (berlin, 2026, 10, 5, 18, 0, 0);
  /* Sessions per week from 5 October; the last is the week of "now" */
  static const double per_week[] = { 2, 3, 1, 2, 2.5, 0.7 + 0.6, 1 };
  g_autoptr(GDateTime) now = g_date_time_new (berlin, 2026, 11, 18, 12, 0, 0);
  StrideWeeklyGoal goal;

  for (guint w = 0; w < G_N_ELEMENTS (per_week); w++)
    {
      double left = per_week[w];

      for (guint d = 0; left > 1e-9; d++)
        {
          g_autoptr(GDateTime) started = g_date_time_add_days (monday, 7 * w + d);
          JsonObject *session = add_session_at (sessions, started);
          double part = w == 5 ? (d == 1 ? 0.6 : 0.7) : MIN (left, 1.0);

          if (part < 1.0)
            json_object_set_double_member (session, "completion", part);
          left -= part;
        }
    }

  stats = stride_stats_new (sessions, results, berlin);

  /* 2, then 2.5 (three sessions, one partly done), then two partly done
   * sessions: each reached 2, partly done sessions counting whole; the
   * week of one session before them breaks the run */
  stride_stats_get_weekly_goal (stats, now, 2, 3, &goal);
  assert_week (&goal.week, 2026, 47, 2026, 11, 16);
  g_assert_cmpfloat (goal.sessions, ==, 1.0);
  g_assert_cmpuint (goal.goal_min, ==, 2);
  g_assert_cmpuint (goal.goal_max, ==, 3);
  g_assert_false (goal.met);
  g_assert_cmpuint (goal.streak, ==, 3);

  /* A second session this week makes it count */
  add_session (sessions, "2026-11-19T18:00:00+01:00");
  g_clear_object (&stats);
  stats = stride_stats_new (sessions, results, berlin);
  stride_stats_get_weekly_goal (stats, now, 2, 3, &goal);
  g_assert_cmpfloat (goal.sessions, ==, 2.0);
  g_assert_true (goal.met);
  g_assert_cmpuint (goal.streak, ==, 4);

  /* A goal of 3: neither this week nor last week reached it */
  stride_stats_get_weekly_goal (stats, now, 3, 3, &goal);
  g_assert_false (goal.met);
  g_assert_cmpuint (goal.streak, ==, 0);

  /* A week later with nothing done yet: the streak still holds, up to
   * the week just finished */
  {
    g_autoptr(GDateTime) later = g_date_time_add_weeks (now, 1);

    stride_stats_get_weekly_goal (stats, later, 2, 3, &goal);
    g_assert_cmpfloat (goal.sessions, ==, 0.0);
    g_assert_false (goal.met);
    g_assert_cmpuint (goal.streak, ==, 4);
  }
  /* Two weeks later, the empty week between ended it */
  {
    g_autoptr(GDateTime) later = g_date_time_add_weeks (now, 2);

    stride_stats_get_weekly_goal (stats, later, 2, 3, &goal);
    g_assert_cmpuint (goal.streak, ==, 0);
  }
}

static void
test_stats_range (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  /* Wednesday 25 November 2026 */
  g_autoptr(GDateTime) now = g_date_time_new (berlin, 2026, 11, 25, 12, 0, 0);
  g_autoptr(GArray) weeks = NULL;
  StrideWeek first, last;

  g_assert_true (stride_stats_range_get_first_week (STRIDE_STATS_RANGE_4_WEEKS, now, berlin, &first));
  assert_week (&first, 2026, 45, 2026, 11, 2);
  g_assert_true (stride_stats_range_get_first_week (STRIDE_STATS_RANGE_3_MONTHS, now, berlin, &first));
  assert_week (&first, 2026, 35, 2026, 8, 24);
  g_assert_true (stride_stats_range_get_first_week (STRIDE_STATS_RANGE_YEAR, now, berlin, &first));
  assert_week (&first, 2025, 48, 2025, 11, 24);
  g_assert_false (stride_stats_range_get_first_week (STRIDE_STATS_RANGE_ALL, now, berlin, &first));

  /* "Now" is counted where the weeks are: 23:30 UTC on Sunday is
   * Monday in Berlin, a week later than in UTC */
  {
    g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
    g_autoptr(GDateTime) sunday_night = g_date_time_new (utc, 2026, 11, 29, 23, 30, 0);

    g_assert_true (stride_stats_range_get_first_week (STRIDE_STATS_RANGE_4_WEEKS, sunday_night, berlin, &first));
    assert_week (&first, 2026, 46, 2026, 11, 9);
    g_assert_true (stride_stats_range_get_first_week (STRIDE_STATS_RANGE_4_WEEKS, sunday_night, utc, &first));
    assert_week (&first, 2026, 45, 2026, 11, 2);
  }

  add_session (sessions, "2026-01-07T18:00:00+01:00");
  add_session (sessions, "2026-11-03T18:00:00+01:00");
  stats = stride_stats_new (sessions, results, berlin);

  stride_stats_get_range (stats, STRIDE_STATS_RANGE_ALL, now, &first, &last);
  assert_week (&first, 2026, 2, 2026, 1, 5);
  assert_week (&last, 2026, 48, 2026, 11, 23);

  /* The last four weeks: one session, and zeros up to this week */
  stride_stats_get_range (stats, STRIDE_STATS_RANGE_4_WEEKS, now, &first, &last);
  weeks = stride_stats_list_weeks (stats, &first, &last);
  g_assert_cmpuint (weeks->len, ==, 4);
  g_assert_cmpfloat (WEEK_AT (weeks, 0)->sessions, ==, 1.0);
  g_assert_cmpfloat (WEEK_AT (weeks, 1)->sessions, ==, 0.0);
  g_assert_cmpfloat (WEEK_AT (weeks, 3)->sessions, ==, 0.0);
  assert_week (&WEEK_AT (weeks, 3)->week, 2026, 48, 2026, 11, 23);
}

/* Ten years of training three times a week, stopped early every tenth
 * time, and a self-test every other week */
static void
test_stats_ten_years (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GDateTime) first_monday = g_date_time_new (berlin, 2016, 1, 4, 18, 0, 0);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) squats = NULL;
  GArray *timeline;
  StrideWeeklyGoal goal;
  StrideWeek first, last;
  guint total = 0, total_partial = 0;
  guint total_squats = 0;

  for (guint i = 0; i < 1500; i++)
    {
      /* Monday, Wednesday and Friday at 18:00 local time */
      g_autoptr(GDateTime) started = g_date_time_add_days (first_monday, (i / 3) * 7 + (i % 3) * 2);
      JsonObject *session = add_session_at (sessions, started);

      if (i % 10 == 0)
        json_object_set_double_member (session, "completion", 0.5);
      add_set (session, "squat", "base", NULL, 12);
      add_set (session, "squat", "base", NULL, 13);
      add_set (session, "clamshell", "base", "left", 15);
      add_set (session, "clamshell", "base", "right", 15);
    }
  for (guint i = 0; i < 250; i++)
    {
      g_autoptr(GDateTime) taken = g_date_time_add_days (first_monday, i * 14 + 6);
      g_autofree char *text = g_date_time_format_iso8601 (taken);

      add_result (results, i % 2 ? STRIDE_TEST_ID_BRIDGE : STRIDE_TEST_ID_SQUAT, text, NULL);
    }

  stats = stride_stats_new (sessions, results, berlin);
  weeks = list_all_weeks (stats);
  squats = stride_stats_list_reps (stats, "squat", NULL, NULL);

  g_assert_cmpuint (weeks->len, ==, 500);
  g_assert_cmpuint (squats->len, ==, 500);
  g_assert_true (stride_stats_get_first_week (stats, &first));
  assert_week (&first, 2016, 1, 2016, 1, 4);
  g_assert_true (stride_stats_get_last_week (stats, &last));
  g_assert_cmpint (stride_week_difference (&last, &first), ==, 499);
  /* 500 weeks from 4 January 2016 end with the week of 30 July 2025 */
  assert_week (&last, 2025, 31, 2025, 7, 28);

  for (guint i = 0; i < weeks->len; i++)
    {
      g_assert_cmpuint (WEEK_AT (weeks, i)->sessions, ==, 3);
      total += WEEK_AT (weeks, i)->sessions;
      total_partial += WEEK_AT (weeks, i)->partial;
      total_squats += g_array_index (squats, guint, i);
    }
  g_assert_cmpuint (total, ==, 1500);
  g_assert_cmpuint (total_partial, ==, 150);
  g_assert_cmpuint (total_squats, ==, 1500 * 25);

  timeline = stride_stats_get_self_tests (stats);
  g_assert_cmpuint (timeline->len, ==, 250);
  g_assert_cmpint (g_array_index (timeline, StrideSelfTestPoint, 249).test, ==, STRIDE_RECORD_TEST_BRIDGE);

  /* The Monday after the last week: every one of the 500 weeks counts */
  now = g_date_time_add_days (first_monday, 500 * 7);
  stride_stats_get_weekly_goal (stats, now, 2, 3, &goal);
  g_assert_cmpfloat (goal.sessions, ==, 0.0);
  g_assert_cmpuint (goal.streak, ==, 500);
}

/* The stats read the records a loaded store lists */
static void
test_stats_from_store (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stride-stats-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GArray) weeks = NULL;
  const char *contents =
    "{ \"version\": 1,"
    "  \"sessions\": ["
    "    { \"id\": \"a\", \"modified\": \"2026-11-02T18:00:00Z\", \"started\": \"2026-11-02T18:00:00Z\","
    "      \"completion\": 0.5, \"sets\": [ { \"exercise\": \"squat\", \"set\": 1, \"reps\": 11 } ] },"
    "    { \"id\": \"b\", \"modified\": \"2026-11-18T18:00:00Z\", \"started\": \"2026-11-18T18:00:00Z\" } ],"
    "  \"results\": ["
    "    { \"id\": \"c\", \"modified\": \"2026-11-05T09:00:00Z\", \"test\": \"squat-test\","
    "      \"taken\": \"2026-11-05T09:00:00Z\", \"answers\": { \"depth\": true }, \"outcome\": \"ok\" } ] }";

  g_assert_no_error (error);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  store = stride_store_new (path);
  g_assert_true (stride_store_load (store, &error));
  g_assert_no_error (error);

  sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);
  results = stride_store_list (store, STRIDE_COLLECTION_RESULTS);
  stats = stride_stats_new (sessions, results, utc);
  weeks = list_all_weeks (stats);

  g_assert_cmpuint (weeks->len, ==, 3);
  g_assert_cmpuint (WEEK_AT (weeks, 0)->sessions, ==, 1);
  g_assert_cmpuint (WEEK_AT (weeks, 0)->partial, ==, 1);
  g_assert_cmpfloat (WEEK_AT (weeks, 1)->sessions, ==, 0.0);
  g_assert_cmpfloat (WEEK_AT (weeks, 2)->sessions, ==, 1.0);
  g_assert_cmpuint (stride_stats_get_week_reps (stats, "squat", &WEEK_AT (weeks, 0)->week), ==, 11);
  g_assert_cmpuint (stride_stats_get_self_tests (stats)->len, ==, 1);
  g_assert_cmpint (g_array_index (stride_stats_get_self_tests (stats), StrideSelfTestPoint, 0).depth, ==, STRIDE_ANSWER_YES);

  g_clear_object (&store);
  g_remove (path);
  g_rmdir (dir);
}

/* The specialist rule: when to see a specialist */

static void
test_advice_specialist_sessions (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();

  /* Listed out of order: the rule goes by start time. Newest first the
   * sessions are: 14th (pain), 12th, 10th (pain), 8th (pain) */
  add_pain (add_session (sessions, "2026-11-10T18:00:00Z"), "knee", "left");
  add_session (sessions, "2026-11-12T18:00:00Z");
  add_pain (add_session (sessions, "2026-11-08T18:00:00Z"), "hip", "right");
  add_pain (add_session (sessions, "2026-11-14T18:00:00Z"), "knee", "left");
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_SESSION_PAIN);

  /* Pain in 1 of the last 3: the pain of the 8th is older than that */
  json_object_remove_member (g_ptr_array_index (sessions, 0), "pain");
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_NONE);

  /* An empty report list is no pain */
  json_object_set_array_member (g_ptr_array_index (sessions, 1), "pain", json_array_new ());
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_NONE);

  /* A session today with pain makes it 2 of the last 3 again */
  add_pain (add_session (sessions, "2026-11-16T18:00:00Z"), "shin", NULL);
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_SESSION_PAIN);

  /* With only two sessions, both must have hurt */
  g_ptr_array_set_size (sessions, 0);
  add_pain (add_session (sessions, "2026-11-10T18:00:00Z"), "knee", "left");
  add_session (sessions, "2026-11-12T18:00:00Z");
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_NONE);
  add_pain (g_ptr_array_index (sessions, 1), "foot", "both");
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_SESSION_PAIN);
}

static void
test_advice_specialist_self_test (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  JsonObject *squat, *bridge;

  add_session (sessions, "2026-11-10T18:00:00Z");
  squat = add_result (results, STRIDE_TEST_ID_SQUAT, "2026-11-01T09:00:00Z", STRIDE_OUTCOME_ID_OK);
  set_answer (squat, STRIDE_ANSWER_KEY_PAIN, TRUE);
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_SELF_TEST_PAIN);

  /* A later self-test without pain: the advice is no longer due */
  bridge = add_result (results, STRIDE_TEST_ID_BRIDGE, "2026-11-15T09:00:00Z", STRIDE_OUTCOME_ID_BALANCED);
  set_answer (bridge, STRIDE_ANSWER_KEY_PAIN, FALSE);
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_NONE);

  /* The latest with pain, and sessions with pain too: both reasons */
  set_answer (bridge, STRIDE_ANSWER_KEY_PAIN, TRUE);
  add_pain (g_ptr_array_index (sessions, 0), "hip", "left");
  add_pain (add_session (sessions, "2026-11-12T18:00:00Z"), "hip", "left");
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==,
                   STRIDE_SPECIALIST_REASON_SESSION_PAIN | STRIDE_SPECIALIST_REASON_SELF_TEST_PAIN);

  /* "pain": "yes" is not an answer */
  json_object_set_string_member (json_object_get_object_member (bridge, "answers"), STRIDE_ANSWER_KEY_PAIN, "yes");
  g_assert_cmpint (stride_advice_get_specialist_reason (sessions, results), ==, STRIDE_SPECIALIST_REASON_SESSION_PAIN);
}

/* The progression rule: ready for the harder variation */

static JsonObject *
add_squats (GPtrArray  *sessions,
            const char *started,
            gint64      effort,
            gint64      reps)
{
  JsonObject *session = add_session (sessions, started);

  json_object_set_int_member (session, "effort", effort);
  add_set (session, "squat", "base", NULL, 15);
  add_set (session, "squat", "base", NULL, reps);

  return session;
}

static void
assert_progressions (GPtrArray   *sessions,
                     const char **expected)
{
  g_auto(GStrv) ready = stride_advice_list_progressions (sessions);

  g_assert_cmpstrv (ready, expected);
}

#define NONE ((const char *[]) { NULL })

static void
test_advice_progression (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  JsonObject *between;

  /* Squats are 10–15: 15 in every set at effort 6, twice running */
  add_squats (sessions, "2026-11-10T18:00:00Z", 6, 15);
  assert_progressions (sessions, NONE);
  add_squats (sessions, "2026-11-12T18:00:00Z", 5, 16);
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));

  /* A session without squats between does not break the run */
  add_set (add_session (sessions, "2026-11-11T18:00:00Z"), "clamshell", "base", "left", 12);
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));

  /* One with 14 reps in a set does */
  between = add_squats (sessions, "2026-11-11T19:00:00Z", 5, 14);
  assert_progressions (sessions, NONE);
  g_assert_true (stride_session_set_done (between, 1, 15));
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));

  /* Effort 7 is not easy enough; no effort rated is not known to be */
  json_object_set_int_member (between, "effort", 7);
  assert_progressions (sessions, NONE);
  json_object_set_null_member (between, "effort");
  assert_progressions (sessions, NONE);
  json_object_set_int_member (between, "effort", 6);
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));

  /* Already doing the harder variation */
  add_set (g_ptr_array_index (sessions, 1), "squat", "harder", NULL, 15);
  assert_progressions (sessions, NONE);
}

static void
test_advice_progression_effort (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();

  add_squats (sessions, "2026-11-10T18:00:00Z", 7, 15);
  add_squats (sessions, "2026-11-12T18:00:00Z", 6, 15);
  assert_progressions (sessions, NONE);
}

/* Clamshells are 12–15 per side: both sides must reach 15 */
static void
test_advice_progression_per_side (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  JsonObject *older, *newer;

  older = add_session (sessions, "2026-11-10T18:00:00Z");
  json_object_set_int_member (older, "effort", 4);
  add_set (older, "clamshell", "base", "left", 15);
  add_set (older, "clamshell", "base", "right", 15);
  newer = add_session (sessions, "2026-11-12T18:00:00Z");
  json_object_set_int_member (newer, "effort", 4);
  add_set (newer, "clamshell", "base", "left", 15);
  add_set (newer, "clamshell", "base", "right", 14);
  assert_progressions (sessions, NONE);

  /* Only one side done at all */
  json_array_remove_element (json_object_get_array_member (newer, STRIDE_SESSION_EXERCISES), 1);
  assert_progressions (sessions, NONE);

  add_set (newer, "clamshell", "base", "right", 15);
  assert_progressions (sessions, ((const char *[]) { "clamshell", NULL }));

  /* Side steps (10–12 per direction) too, in the catalog's order; hip
   * extensions (12 per side) have no harder variation in the guide to
   * suggest */
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *session = i == 0 ? older : newer;

      add_set (session, "side-step", "base", "left", 12);
      add_set (session, "side-step", "base", "right", 12);
      add_set (session, "hip-extension", "base", NULL, 12);
    }
  assert_progressions (sessions, ((const char *[]) { "clamshell", "side-step", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/stats/week/iso", test_week_iso);
  g_test_add_func ("/stride/stats/week-boundary", test_stats_week_boundary);
  g_test_add_func ("/stride/stats/daylight-saving", test_stats_daylight_saving);
  g_test_add_func ("/stride/stats/time-zones", test_stats_time_zones);
  g_test_add_func ("/stride/stats/year-boundary", test_stats_year_boundary);
  g_test_add_func ("/stride/stats/empty", test_stats_empty);
  g_test_add_func ("/stride/stats/one-session", test_stats_one_session);
  g_test_add_func ("/stride/stats/partial", test_stats_partial);
  g_test_add_func ("/stride/stats/worked", test_stats_worked);
  g_test_add_func ("/stride/stats/reps", test_stats_reps);
  g_test_add_func ("/stride/stats/self-tests", test_stats_self_tests);
  g_test_add_func ("/stride/stats/pain", test_stats_pain);
  g_test_add_func ("/stride/stats/streak", test_stats_streak);
  g_test_add_func ("/stride/stats/range", test_stats_range);
  g_test_add_func ("/stride/stats/ten-years", test_stats_ten_years);
  g_test_add_func ("/stride/stats/from-store", test_stats_from_store);
  g_test_add_func ("/stride/advice/specialist/sessions", test_advice_specialist_sessions);
  g_test_add_func ("/stride/advice/specialist/self-test", test_advice_specialist_self_test);
  g_test_add_func ("/stride/advice/progression", test_advice_progression);
  g_test_add_func ("/stride/advice/progression/effort", test_advice_progression_effort);
  g_test_add_func ("/stride/advice/progression/per-side", test_advice_progression_per_side);

  return g_test_run ();
}
