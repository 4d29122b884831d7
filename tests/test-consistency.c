/* test-consistency.c
 *
 * The coaching loop's numbers: sessions per local day for the calendar
 * (time zones, a day's edges, daylight saving, partly done and empty
 * sessions, the bounds), the forgiving weekly score (week boundaries,
 * this week counted only once met, a first week, an empty store), and
 * when each self-test is due again (never taken, scheduled, due, overdue,
 * the latest of several results, a store as loaded).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "stride-consistency.h"
#include "stride-retest.h"
#include "stride-retest-notice.h"
#include "stride-session.h"
#include "stride-stats.h"
#include "stride-store.h"
#include "stride-test-i18n.h"

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

/* A session started at @started (ISO 8601), done to @completion */
static JsonObject *
add_session (GPtrArray  *sessions,
             const char *started,
             double      completion)
{
  JsonObject *session = json_object_new ();
  g_autofree char *id = g_strdup_printf ("session-%u", sessions->len);

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "modified", started);
  json_object_set_string_member (session, "started", started);
  json_object_set_string_member (session, "routine", "full");
  json_object_set_double_member (session, "completion", completion);
  g_ptr_array_add (sessions, session);

  return session;
}

static void
add_session_at (GPtrArray *sessions,
                GDateTime *started)
{
  g_autofree char *text = g_date_time_format_iso8601 (started);

  add_session (sessions, text, 1.0);
}

static guint32
julian (int year,
        int month,
        int day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  return g_date_get_julian (date);
}

static const StrideDaySessions *
day_at (GArray *days,
        guint32 day)
{
  const StrideDaySessions *entry;

  g_assert_cmpuint (day, >=, g_array_index (days, StrideDaySessions, 0).day);
  entry = &g_array_index (days, StrideDaySessions, day - g_array_index (days, StrideDaySessions, 0).day);
  g_assert_cmpuint (entry->day, ==, day);

  return entry;
}

/* Sessions per day */

static void
test_days_time_zone (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GArray) days = NULL;
  guint32 first = julian (2026, 3, 1), last = julian (2026, 3, 31);

  /* 23:30 in Berlin on 3 March is the 3rd there, the 3rd (17:30) in New
   * York; 00:30 in Berlin on the 5th is still the 4th in New York */
  add_session (sessions, "2026-03-03T23:30:00+01:00", 1.0);
  add_session (sessions, "2026-03-03T08:00:00+01:00", 0.4);
  add_session (sessions, "2026-03-05T00:30:00+01:00", 1.0);
  /* Daylight saving begins in Berlin on 29 March: 00:30 and 23:30 local
   * are both the 29th */
  add_session (sessions, "2026-03-28T23:30:00Z", 1.0);
  add_session (sessions, "2026-03-29T21:30:00Z", 1.0);

  days = stride_consistency_count_days (sessions, berlin, first, last);
  g_assert_cmpuint (days->len, ==, 31);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 3))->sessions, ==, 2);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 3))->partial, ==, 1);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 4))->sessions, ==, 0);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 5))->sessions, ==, 1);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 28))->sessions, ==, 0);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 29))->sessions, ==, 2);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 30))->sessions, ==, 0);
  g_clear_pointer (&days, g_array_unref);

  days = stride_consistency_count_days (sessions, new_york, first, last);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 3))->sessions, ==, 2);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 4))->sessions, ==, 1);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 5))->sessions, ==, 0);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 28))->sessions, ==, 1);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 29))->sessions, ==, 1);
}

static void
test_days_bounds (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GArray) days = NULL;
  JsonObject *broken;
  guint total = 0;

  add_session (sessions, "2026-02-28T12:00:00Z", 1.0);
  add_session (sessions, "2026-03-01T00:00:00Z", 1.0);
  add_session (sessions, "2026-03-07T23:59:59Z", 1.0);
  add_session (sessions, "2026-03-08T00:00:00Z", 1.0);
  /* Nothing done in it, as an older Stride saved one: not a session */
  add_session (sessions, "2026-03-02T10:00:00Z", 0.0);
  /* No readable start: left out, not a crash */
  broken = add_session (sessions, "2026-03-02T11:00:00Z", 1.0);
  json_object_set_string_member (broken, "started", "yesterday");

  days = stride_consistency_count_days (sessions, utc, julian (2026, 3, 1), julian (2026, 3, 7));
  g_assert_cmpuint (days->len, ==, 7);
  for (guint i = 0; i < days->len; i++)
    total += g_array_index (days, StrideDaySessions, i).sessions;
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 1))->sessions, ==, 1);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 2))->sessions, ==, 0);
  g_assert_cmpuint (day_at (days, julian (2026, 3, 7))->sessions, ==, 1);
  g_clear_pointer (&days, g_array_unref);

  /* Backwards bounds list nothing */
  days = stride_consistency_count_days (sessions, utc, julian (2026, 3, 7), julian (2026, 3, 1));
  g_assert_cmpuint (days->len, ==, 0);
}

static void
test_days_empty (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GArray) days = stride_consistency_count_days (sessions, utc, julian (2026, 1, 1), julian (2026, 6, 30));

  g_assert_cmpuint (days->len, ==, 181);
  for (guint i = 0; i < days->len; i++)
    {
      g_assert_cmpuint (g_array_index (days, StrideDaySessions, i).day, ==, julian (2026, 1, 1) + i);
      g_assert_cmpuint (g_array_index (days, StrideDaySessions, i).sessions, ==, 0);
    }
}

static void
test_day_of (void)
{
  g_autoptr(GTimeZone) tokyo = zone ("Asia/Tokyo");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) late = g_date_time_new (utc, 2026, 12, 31, 20, 0, 0);

  g_assert_cmpuint (stride_consistency_get_day (late, utc), ==, julian (2026, 12, 31));
  g_assert_cmpuint (stride_consistency_get_day (late, tokyo), ==, julian (2027, 1, 1));
}

/* The weekly score */

/* @per_week[i] sessions in the week @i weeks after the one of 5 October
 * 2026, on Monday, Tuesday… evenings in Berlin */
static StrideStats *
stats_for_weeks (GTimeZone    *time_zone,
                 const guint  *per_week,
                 guint         n_weeks)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(GDateTime) monday = g_date_time_new (time_zone, 2026, 10, 5, 18, 0, 0);

  for (guint w = 0; w < n_weeks; w++)
    for (guint d = 0; d < per_week[w]; d++)
      {
        g_autoptr(GDateTime) started = g_date_time_add_days (monday, 7 * w + d);

        add_session_at (sessions, started);
      }

  return stride_stats_new (sessions, results, time_zone);
}

static void
assert_monday (const StrideWeek *week,
               int               year,
               int               month,
               int               day)
{
  g_assert_cmpuint (week->monday, ==, julian (year, month, day));
}

static void
test_score (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  /* Ten weeks from 5 October to 7 December; one missed (week 3), the
   * tenth is "this week" with one session so far */
  static const guint per_week[] = { 2, 3, 2, 0, 2, 2, 3, 2, 2, 1 };
  g_autoptr(StrideStats) stats = stats_for_weeks (berlin, per_week, G_N_ELEMENTS (per_week));
  /* Wednesday 9 December */
  g_autoptr(GDateTime) now = g_date_time_new (berlin, 2026, 12, 9, 12, 0, 0);
  StrideWeeklyScore score;
  StrideWeeklyGoal goal;

  /* This week is not met yet: the score is the 8 weeks before it, one of
   * them missed, where the streak says only 5 */
  stride_consistency_get_score (stats, now, 2, &score);
  g_assert_false (score.includes_this_week);
  g_assert_cmpuint (score.weeks, ==, 8);
  g_assert_cmpuint (score.met, ==, 7);
  assert_monday (&score.first, 2026, 10, 12);
  assert_monday (&score.last, 2026, 11, 30);
  stride_stats_get_weekly_goal (stats, now, 2, 3, &goal);
  g_assert_cmpuint (goal.streak, ==, 5);

  /* A goal of three: only two weeks reached it */
  stride_consistency_get_score (stats, now, 3, &score);
  g_assert_cmpuint (score.met, ==, 2);
  g_assert_cmpuint (score.weeks, ==, 8);
}

static void
test_score_this_week (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  static const guint per_week[] = { 2, 3, 2, 0, 2, 2, 3, 2, 2, 2 };
  g_autoptr(StrideStats) stats = stats_for_weeks (berlin, per_week, G_N_ELEMENTS (per_week));
  /* Sunday 13 December, a minute before midnight: still this week */
  g_autoptr(GDateTime) sunday = g_date_time_new (berlin, 2026, 12, 13, 23, 59, 0);
  /* Monday 14 December, just after midnight: a new week, with nothing */
  g_autoptr(GDateTime) monday = g_date_time_new (berlin, 2026, 12, 14, 0, 1, 0);
  StrideWeeklyScore score;

  /* Met this week: it counts, and the window moves on by a week, taking
   * the missed week of 26 October with it no more than before */
  stride_consistency_get_score (stats, sunday, 2, &score);
  g_assert_true (score.includes_this_week);
  g_assert_cmpuint (score.weeks, ==, 8);
  g_assert_cmpuint (score.met, ==, 7);
  assert_monday (&score.first, 2026, 10, 19);
  assert_monday (&score.last, 2026, 12, 7);

  /* The new week has nothing yet and is not held against the runner */
  stride_consistency_get_score (stats, monday, 2, &score);
  g_assert_false (score.includes_this_week);
  g_assert_cmpuint (score.met, ==, 7);
  assert_monday (&score.last, 2026, 12, 7);

  /* Seen from New York, Monday 00:01 in Berlin is still Sunday: the week
   * of 7 December is this week there, met */
  {
    g_autoptr(GTimeZone) new_york = zone ("America/New_York");
    g_autoptr(StrideStats) there = stats_for_weeks (new_york, per_week, G_N_ELEMENTS (per_week));

    stride_consistency_get_score (there, monday, 2, &score);
    g_assert_true (score.includes_this_week);
    assert_monday (&score.last, 2026, 12, 7);
  }
}

static void
test_score_beginning (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  static const guint first_week[] = { 1 };
  static const guint two_weeks[] = { 2, 1 };
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GDateTime) now = g_date_time_new (berlin, 2026, 10, 7, 20, 0, 0);
  g_autoptr(GDateTime) next_week = g_date_time_new (berlin, 2026, 10, 14, 20, 0, 0);
  StrideWeeklyScore score;

  /* One session in the first week, not met: nothing to score yet */
  stats = stats_for_weeks (berlin, first_week, 1);
  stride_consistency_get_score (stats, now, 2, &score);
  g_assert_cmpuint (score.weeks, ==, 0);
  g_assert_cmpuint (score.met, ==, 0);

  /* The first week met, the second under way: 1 of 1, not 1 of 8 */
  g_clear_object (&stats);
  stats = stats_for_weeks (berlin, two_weeks, 2);
  stride_consistency_get_score (stats, next_week, 2, &score);
  g_assert_cmpuint (score.weeks, ==, 1);
  g_assert_cmpuint (score.met, ==, 1);
}

static void
test_score_empty (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(StrideStats) stats = stride_stats_new (sessions, results, utc);
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 12, 9, 12, 0, 0);
  StrideWeeklyScore score;

  stride_consistency_get_score (stats, now, 2, &score);
  g_assert_cmpuint (score.weeks, ==, 0);
  g_assert_cmpuint (score.met, ==, 0);
  g_assert_false (score.includes_this_week);

  /* A goal of 0 is met by an empty week, but there is still nothing to
   * count before a first session */
  stride_consistency_get_score (stats, now, 0, &score);
  g_assert_true (score.includes_this_week);
  g_assert_cmpuint (score.weeks, ==, 0);
}

/* A week whose sessions were all stopped early still counts them */
static void
test_score_partial (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) sessions = records_new ();
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 11, 18, 12, 0, 0);
  g_autoptr(GArray) days = NULL;
  StrideWeeklyScore score;

  /* Week of 2 November: two partly done; week of 9 November: one partly
   * done and one with nothing done, which is none */
  add_session (sessions, "2026-11-02T18:00:00Z", 0.3);
  add_session (sessions, "2026-11-04T18:00:00Z", 0.5);
  add_session (sessions, "2026-11-09T18:00:00Z", 0.5);
  add_session (sessions, "2026-11-10T18:00:00Z", 0.0);
  stats = stride_stats_new (sessions, results, utc);

  stride_consistency_get_score (stats, now, 2, &score);
  g_assert_cmpuint (score.weeks, ==, 2);
  g_assert_cmpuint (score.met, ==, 1);

  days = stride_consistency_count_days (sessions, utc, julian (2026, 11, 2), julian (2026, 11, 15));
  g_assert_cmpuint (day_at (days, julian (2026, 11, 2))->sessions, ==, 1);
  g_assert_cmpuint (day_at (days, julian (2026, 11, 2))->partial, ==, 1);
  g_assert_cmpuint (day_at (days, julian (2026, 11, 10))->sessions, ==, 0);
}

/* The re-test schedule */

static void
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
}

static void
assert_time (GDateTime *time,
             const char *expected)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (time);
  text = g_date_time_format (time, "%Y-%m-%d %H:%M");
  g_assert_cmpstr (text, ==, expected);
}

static void
test_retest_not_taken (void)
{
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 12, 9, 12, 0, 0);

  g_assert_null (stride_retest_dup_due_from_results (results, STRIDE_SELF_TEST_SQUAT, utc));
  g_assert_cmpint (stride_retest_get_state (NULL, now, utc), ==, STRIDE_RETEST_NOT_TAKEN);

  /* Results of the other test, one with an outcome Stride does not know
   * and one without a date, do not start the squat test's schedule */
  add_result (results, "bridge-test", "2026-11-01T10:00:00Z", "balanced");
  add_result (results, "squat-test", "2026-11-01T10:00:00Z", "newer-outcome");
  add_result (results, "squat-test", "not a date", "ok");
  g_assert_null (stride_retest_dup_due_from_results (results, STRIDE_SELF_TEST_SQUAT, utc));
}

static void
test_retest_states (void)
{
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) before = g_date_time_new (berlin, 2026, 4, 1, 23, 59, 0);
  g_autoptr(GDateTime) morning = g_date_time_new (berlin, 2026, 4, 2, 7, 0, 0);
  g_autoptr(GDateTime) evening = g_date_time_new (berlin, 2026, 4, 2, 22, 0, 0);
  g_autoptr(GDateTime) next_day = g_date_time_new (berlin, 2026, 4, 3, 0, 0, 1);

  /* Thursday 5 March at 18:00 in Berlin; daylight saving begins between,
   * and the due time stays 18:00 on the clock four weeks later */
  add_result (results, "squat-test", "2026-03-05T17:00:00Z", "ok");
  due = stride_retest_dup_due_from_results (results, STRIDE_SELF_TEST_SQUAT, berlin);
  assert_time (due, "2026-04-02 18:00");
  g_assert_null (stride_retest_dup_due_from_results (results, STRIDE_SELF_TEST_BRIDGE, berlin));

  g_assert_cmpint (stride_retest_get_state (due, before, berlin), ==, STRIDE_RETEST_SCHEDULED);
  /* Due the whole day, before and after the hour */
  g_assert_cmpint (stride_retest_get_state (due, morning, berlin), ==, STRIDE_RETEST_DUE);
  g_assert_cmpint (stride_retest_get_state (due, evening, berlin), ==, STRIDE_RETEST_DUE);
  g_assert_cmpint (stride_retest_get_state (due, next_day, berlin), ==, STRIDE_RETEST_OVERDUE);
}

static void
test_retest_latest (void)
{
  g_autoptr(GPtrArray) results = records_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) due = NULL;

  /* Stored in any order: the latest counts */
  add_result (results, "bridge-test", "2026-10-01T10:00:00Z", "left-weaker");
  add_result (results, "bridge-test", "2026-11-20T10:00:00Z", "balanced");
  add_result (results, "bridge-test", "2026-11-02T10:00:00Z", "left-weaker");
  due = stride_retest_dup_due_from_results (results, STRIDE_SELF_TEST_BRIDGE, utc);
  assert_time (due, "2026-12-18 10:00");
}

static StrideStore *
load_store (const char *contents,
            char      **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  StrideStore *store;

  *dir = g_dir_make_tmp ("stride-consistency-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "progress.json", NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  store = stride_store_new (path);
  g_assert_true (stride_store_load (store, &error));
  g_assert_no_error (error);

  return store;
}

static void
remove_store (StrideStore *store,
              char        *dir)
{
  g_autofree char *path = g_strdup (stride_store_get_path (store));

  g_object_unref (store);
  g_remove (path);
  g_rmdir (dir);
  g_free (dir);
}

static void
test_retest_next_due (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 12, 9, 12, 0, 0);
  StrideSelfTestKind kind = STRIDE_SELF_TEST_SQUAT;
  char *dir;
  StrideStore *store;

  /* An empty store: nothing due, nothing set */
  store = load_store ("{ \"version\": 1, \"sessions\": [], \"results\": [] }", &dir);
  g_assert_false (stride_retest_get_next_due (store, utc, &kind, &due));
  g_assert_null (due);
  remove_store (store, dir);

  /* The bridge test is due first, though the squat test was taken last
   * on the file's order */
  store = load_store ("{ \"version\": 1, \"sessions\": [], \"results\": ["
                      "  { \"id\": \"a\", \"modified\": \"2026-11-20T09:00:00Z\", \"test\": \"squat-test\","
                      "    \"taken\": \"2026-11-20T09:00:00Z\", \"answers\": { \"depth\": true }, \"outcome\": \"ok\" },"
                      "  { \"id\": \"b\", \"modified\": \"2026-11-01T09:00:00Z\", \"test\": \"bridge-test\","
                      "    \"taken\": \"2026-11-01T09:00:00Z\", \"answers\": {}, \"outcome\": \"balanced\" },"
                      "  { \"id\": \"c\", \"modified\": \"2026-10-01T09:00:00Z\", \"test\": \"squat-test\","
                      "    \"taken\": \"2026-10-01T09:00:00Z\", \"answers\": {}, \"outcome\": \"ok\" } ] }", &dir);
  g_assert_true (stride_retest_get_next_due (store, utc, &kind, &due));
  g_assert_cmpint (kind, ==, STRIDE_SELF_TEST_BRIDGE);
  assert_time (due, "2026-11-29 09:00");
  g_assert_cmpint (stride_retest_get_state (due, now, utc), ==, STRIDE_RETEST_OVERDUE);
  g_clear_pointer (&due, g_date_time_unref);

  due = stride_retest_dup_due (store, STRIDE_SELF_TEST_SQUAT, utc);
  assert_time (due, "2026-12-18 09:00");
  g_assert_cmpint (stride_retest_get_state (due, now, utc), ==, STRIDE_RETEST_SCHEDULED);
  remove_store (store, dir);
}

/* The notice that a test is due again: with reminders on, the earliest
 * test due and not yet told; each told once for each result; none while a
 * workout runs */
static void
test_retest_notice (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 12, 9, 12, 0, 0);
  g_autoptr(StrideDueNotice) notice = NULL;
  StrideCoachingContext context;
  char *dir;
  StrideStore *store;

  store = load_store ("{ \"version\": 1, \"sessions\": [], \"results\": ["
                      "  { \"id\": \"a\", \"modified\": \"2026-11-20T09:00:00Z\", \"test\": \"squat-test\","
                      "    \"taken\": \"2026-11-20T09:00:00Z\", \"answers\": {}, \"outcome\": \"ok\" },"
                      "  { \"id\": \"b\", \"modified\": \"2026-11-01T09:00:00Z\", \"test\": \"bridge-test\","
                      "    \"taken\": \"2026-11-01T09:00:00Z\", \"answers\": {}, \"outcome\": \"balanced\" } ] }", &dir);
  context = (StrideCoachingContext) {
    .settings = settings, .store = store, .time_zone = utc, .now = g_date_time_to_unix (now) * G_USEC_PER_SEC,
  };
  g_settings_reset (settings, "squat-retest-last-sent");
  g_settings_reset (settings, "bridge-retest-last-sent");

  /* Reminders off: no notice */
  g_settings_set_boolean (settings, "reminders-enabled", FALSE);
  g_assert_null (stride_retest_notice_plan (&context));
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);

  /* The bridge test fell due on 29 November and was never told: it comes
   * now, with a button that opens the bridge test */
  notice = stride_retest_notice_plan (&context);
  g_assert_nonnull (notice);
  g_assert_cmpstr (notice->id, ==, "retest-bridge-test");
  assert_time (notice->due, "2026-11-29 09:00");
  g_assert_cmpstr (notice->title, ==, "Time to re-test: bridge self-test");
  g_assert_cmpstr (notice->default_action, ==, "app.start-self-test");
  g_assert_cmpstr (g_variant_get_string (notice->default_target, NULL), ==, "bridge-test");
  g_assert_cmpuint (notice->buttons->len, ==, 1);
  g_assert_cmpstr (notice->sent_key, ==, "bridge-retest-last-sent");

  /* Not during a workout */
  context.workout_running = TRUE;
  g_assert_null (stride_retest_notice_plan (&context));
  context.workout_running = FALSE;

  /* Told: next is the squat test, on 18 December */
  g_settings_set_int64 (settings, notice->sent_key, g_date_time_to_unix (now));
  g_clear_pointer (&notice, stride_due_notice_free);
  notice = stride_retest_notice_plan (&context);
  g_assert_nonnull (notice);
  g_assert_cmpstr (notice->id, ==, "retest-squat-test");
  assert_time (notice->due, "2026-12-18 09:00");

  /* Both told: nothing more until a new result */
  g_settings_set_int64 (settings, notice->sent_key, g_date_time_to_unix (notice->due));
  g_clear_pointer (&notice, stride_due_notice_free);
  g_assert_null (stride_retest_notice_plan (&context));

  g_settings_reset (settings, "reminders-enabled");
  g_settings_reset (settings, "squat-retest-last-sent");
  g_settings_reset (settings, "bridge-retest-last-sent");
  remove_store (store, dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/consistency/days/time-zone", test_days_time_zone);
  g_test_add_func ("/stride/consistency/days/bounds", test_days_bounds);
  g_test_add_func ("/stride/consistency/days/empty", test_days_empty);
  g_test_add_func ("/stride/consistency/days/day-of", test_day_of);
  g_test_add_func ("/stride/consistency/score", test_score);
  g_test_add_func ("/stride/consistency/score/this-week", test_score_this_week);
  g_test_add_func ("/stride/consistency/score/beginning", test_score_beginning);
  g_test_add_func ("/stride/consistency/score/empty", test_score_empty);
  g_test_add_func ("/stride/consistency/score/partial", test_score_partial);
  g_test_add_func ("/stride/retest/not-taken", test_retest_not_taken);
  g_test_add_func ("/stride/retest/states", test_retest_states);
  g_test_add_func ("/stride/retest/latest", test_retest_latest);
  g_test_add_func ("/stride/retest/next-due", test_retest_next_due);
  g_test_add_func ("/stride/retest/notice", test_retest_notice);

  return g_test_run ();
}
