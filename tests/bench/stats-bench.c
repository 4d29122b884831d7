/* stats-bench.c
 *
 * Time to compute what the Progress page shows, with ten years of data
 * (the store bench's 1,500 sessions and 250 self-test results, plus a
 * pain report in every twelfth session and every fifth self-test): the
 * statistics, every chart series over all weeks, the weekly goal with
 * its streak, and both advice rules. Prints the median and worst of
 * 50 runs; the goal is under 10 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "bench-data.h"
#include "stride-advice.h"
#include "stride-stats.h"

#define N_RUNS 50
#define N_WARM_UP 5

/* Everything the Progress page asks for, as it would ask */
static void
compute_all (GPtrArray *sessions,
             GPtrArray *results,
             GTimeZone *time_zone,
             GDateTime *now)
{
  g_autoptr(StrideStats) stats = stride_stats_new (sessions, results, time_zone);
  g_autoptr(GArray) weeks = NULL;
  g_auto(GStrv) progressions = NULL;
  const char * const *ids;
  StrideWeeklyGoal goal;
  StrideWeek first, last;

  stride_stats_get_range (stats, STRIDE_STATS_RANGE_ALL, now, &first, &last);
  weeks = stride_stats_list_weeks (stats, &first, &last);
  ids = stride_stats_get_exercise_ids (stats);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GArray) reps = stride_stats_list_reps (stats, ids[i], &first, &last);

      g_assert (reps->len == weeks->len);
    }
  stride_stats_get_weekly_goal (stats, now, 2, 3, &goal);
  g_assert (stride_stats_get_self_tests (stats)->len == BENCH_DATA_N_RESULTS);
  g_assert (stride_stats_get_pain (stats)->len > 0);

  stride_advice_get_specialist_reason (sessions, results);
  progressions = stride_advice_list_progressions (sessions);
}

int
main (void)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GArray) stats_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new (berlin, 2026, 1, 15, 12, 0, 0);

  if (berlin == NULL)
    g_error ("The bench counts weeks in Europe/Berlin, which needs tzdata");

  for (guint i = 0; i < BENCH_DATA_N_SESSIONS; i++)
    {
      JsonObject *session = bench_data_make_session (i);

      if (i % 12 == 0)
        {
          JsonArray *pain = json_array_new ();
          JsonObject *report = json_object_new ();

          json_object_set_string_member (report, "area", "knee");
          json_object_set_string_member (report, "side", "left");
          json_array_add_object_element (pain, report);
          json_object_set_array_member (session, "pain", pain);
        }
      g_ptr_array_add (sessions, session);
    }
  for (guint i = 0; i < BENCH_DATA_N_RESULTS; i++)
    {
      JsonObject *result = bench_data_make_result (i);

      json_object_set_boolean_member (json_object_get_object_member (result, "answers"), "pain", i % 5 == 0);
      g_ptr_array_add (results, result);
    }

  /* Unmeasured runs first, so that the catalog and the time zone data
   * are loaded, as they are by the time the Progress page opens, and
   * the processor has left its idle clock */
  for (guint run = 0; run < N_WARM_UP; run++)
    compute_all (sessions, results, berlin, now);

  /* The two measurements alternate, so that the machine's moods hit both */
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 begin = g_get_monotonic_time ();
      double ms;

      {
        g_autoptr(StrideStats) stats = stride_stats_new (sessions, results, berlin);
      }
      ms = (g_get_monotonic_time () - begin) / 1000.0;
      g_array_append_val (stats_times, ms);

      begin = g_get_monotonic_time ();
      compute_all (sessions, results, berlin, now);
      ms = (g_get_monotonic_time () - begin) / 1000.0;
      g_array_append_val (all_times, ms);
    }

  printf ("Progress statistics, ten years of data: %d sessions, %d self-test results\n",
          BENCH_DATA_N_SESSIONS, BENCH_DATA_N_RESULTS);
  bench_report ("stats (weeks, reps, tests, pain)", stats_times);
  bench_report ("all: stats, series, goal, advice", all_times);
  printf ("» progress statistics, ten years: median %.1f ms (goal ≤ 10 ms): %s\n",
          bench_median (stats_times), bench_median (stats_times) <= 10 ? "met" : "missed");

  return 0;
}
