/* stride-consistency.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-consistency.h"
#include "stride-record.h"
#include "stride-session.h"

/* The julian day of @time's own calendar date */
static guint32
julian_of (GDateTime *time)
{
  GDate date;
  int year, month, day;

  g_date_time_get_ymd (time, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

/**
 * stride_consistency_get_day:
 * @time: a time
 * @time_zone: (nullable): where the day is counted, or %NULL for local time
 *
 * Returns: the GDate julian day number of the day @time falls on where
 *   @time_zone is; at the very edge of GDateTime's range, where @time
 *   cannot be moved, the day of its own calendar
 */
guint32
stride_consistency_get_day (GDateTime *time,
                            GTimeZone *time_zone)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) there = NULL;

  g_return_val_if_fail (time != NULL, 0);

  if (time_zone == NULL)
    time_zone = local = g_time_zone_new_local ();
  there = g_date_time_to_timezone (time, time_zone);

  return julian_of (there != NULL ? there : time);
}

/**
 * stride_consistency_count_days:
 * @sessions: (element-type JsonObject): sessions as stored, in any order
 * @time_zone: (nullable): where days are counted, or %NULL for local time
 * @first_day: the first day to count, a GDate julian day number
 * @last_day: the last day to count
 *
 * Counts the sessions started on each day from @first_day to @last_day,
 * by the rules of the weekly counts: a partly done session is one
 * session, and one with nothing done in it or without a readable start
 * is none.
 *
 * Returns: (transfer full) (element-type StrideDaySessions): every day
 *   from @first_day to @last_day in order, days without a session too;
 *   empty when @first_day is after @last_day
 */
GArray *
stride_consistency_count_days (GPtrArray *sessions,
                               GTimeZone *time_zone,
                               guint32    first_day,
                               guint32    last_day)
{
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (StrideDaySessions));
  g_autoptr(GTimeZone) local = NULL;

  g_return_val_if_fail (sessions != NULL, NULL);
  g_return_val_if_fail (first_day > 0, NULL);

  if (first_day > last_day)
    return g_steal_pointer (&days);

  if (time_zone == NULL)
    time_zone = local = g_time_zone_new_local ();

  g_array_set_size (days, last_day - first_day + 1);
  for (guint i = 0; i < days->len; i++)
    g_array_index (days, StrideDaySessions, i).day = first_day + i;

  for (guint i = 0; i < sessions->len; i++)
    {
      JsonObject *session = sessions->pdata[i];
      g_autoptr(GDateTime) started = NULL;
      StrideDaySessions *entry;
      guint32 day;

      if (session == NULL)
        continue;
      started = stride_record_dup_time (session, STRIDE_SESSION_STARTED);
      if (started == NULL || !stride_session_counts_as_done (session))
        continue;

      day = stride_consistency_get_day (started, time_zone);
      if (day < first_day || day > last_day)
        continue;

      entry = &g_array_index (days, StrideDaySessions, day - first_day);
      entry->sessions++;
      if (stride_session_is_partial (session))
        entry->partial++;
    }

  return g_steal_pointer (&days);
}

/**
 * stride_consistency_get_score:
 * @stats: the statistics of the stored sessions
 * @now: the current time
 * @goal_min: the fewest sessions a week that meet the goal
 * @score: (out caller-allocates): the score
 *
 * Counts how many of the last STRIDE_CONSISTENCY_SCORE_WEEKS weeks met
 * the goal. A week still under way is not held against the runner: it
 * counts only once it has met the goal, and until then the score ends
 * with last week. Weeks before the first session are not counted, so
 * that a runner who has just begun reads "1 of 1", not "1 of 8".
 */
void
stride_consistency_get_score (StrideStats       *stats,
                              GDateTime         *now,
                              guint              goal_min,
                              StrideWeeklyScore *score)
{
  StrideWeek this_week, first_data, week;

  g_return_if_fail (STRIDE_IS_STATS (stats));
  g_return_if_fail (now != NULL);
  g_return_if_fail (score != NULL);

  *score = (StrideWeeklyScore) { 0, };

  if (!stride_week_init_for_time (&this_week, now, stride_stats_get_time_zone (stats)))
    stride_week_init_for_julian (&this_week, julian_of (now));

  score->includes_this_week = stride_stats_get_week_sessions (stats, &this_week) >= goal_min;
  score->last = this_week;
  if (!score->includes_this_week)
    stride_week_add (&score->last, -1);
  score->first = score->last;

  if (!stride_stats_get_first_week (stats, &first_data) || stride_week_compare (&first_data, &score->last) > 0)
    return;

  week = score->last;
  while (score->weeks < STRIDE_CONSISTENCY_SCORE_WEEKS && stride_week_compare (&week, &first_data) >= 0)
    {
      score->weeks++;
      if (stride_stats_get_week_sessions (stats, &week) >= goal_min)
        score->met++;
      score->first = week;
      stride_week_add (&week, -1);
    }
}
