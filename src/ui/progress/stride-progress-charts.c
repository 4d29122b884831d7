/* stride-progress-charts.c
 *
 * The statistics as the series of the Progress area's four charts:
 * sessions per week against the goal, reps per exercise per week, the
 * self-test outcomes and the pain reports over time. A chart that gets
 * no points shows its empty text, which says what will appear there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-catalog.h"
#include "stride-progress-charts.h"
#include "stride-session-text.h"

static guint32
get_julian_day (GDateTime *time)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (time),
                  g_date_time_get_month (time), g_date_time_get_year (time));

  return g_date_get_julian (&date);
}

/**
 * stride_progress_charts_fill_sessions:
 * @first: the first week to show
 * @last: the last week to show
 *
 * Bars of the sessions in each week, a partly done one counting as one,
 * over the goal's band; nothing before the first session ever recorded.
 * Each bar's details say how much time went to the exercises.
 */
void
stride_progress_charts_fill_sessions (StrideChart      *chart,
                                      StrideStats      *stats,
                                      const StrideWeek *first,
                                      const StrideWeek *last,
                                      guint             goal_min,
                                      guint             goal_max)
{
  g_autoptr(StrideChartSeries) series = stride_chart_series_new (_("Sessions"), STRIDE_CHART_SERIES_BARS);
  StrideWeek first_ever;

  stride_chart_remove_all (chart);
  stride_chart_set_period_days (chart, 7);
  stride_chart_set_goal (chart, goal_min, goal_max);

  /* With no session at all, the chart says what will come instead of
   * drawing empty weeks */
  if (stride_stats_get_first_week (stats, &first_ever))
    {
      g_autoptr(GArray) weeks = stride_stats_list_weeks (stats, first, last);

      for (guint i = 0; i < weeks->len; i++)
        {
          const StrideWeekSessions *week = &g_array_index (weeks, StrideWeekSessions, i);
          g_autofree char *note = NULL;

          /* Weeks before the first session are not weeks without one:
           * counted, they would pull the average down */
          if (week->week.monday < first_ever.monday)
            continue;
          /* A week's details say how long its sessions really took */
          if (week->seconds_worked > 0)
            note = stride_session_text_format_worked (week->seconds_worked);
          stride_chart_series_add_with_note (series, week->week.monday, week->sessions, note);
        }
    }

  stride_chart_add_series (chart, series);
}

static const char *
get_exercise_name (const char *exercise_id)
{
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), exercise_id);

  /* An exercise of a newer Stride is shown by its ID rather than lost */
  return exercise != NULL ? stride_exercise_get_name (exercise) : exercise_id;
}

/* Whether @reps has any in the weeks listed from @first_ever on, the week
 * under way left out */
static gboolean
has_reps_before (GArray           *reps,
                 GArray           *weeks,
                 guint32           first_ever,
                 const StrideWeek *under_way)
{
  for (guint i = 0; i < MIN (reps->len, weeks->len); i++)
    {
      guint32 monday = g_array_index (weeks, StrideWeekSessions, i).week.monday;

      if (monday >= first_ever && (under_way == NULL || monday != under_way->monday)
          && g_array_index (reps, guint, i) > 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * stride_progress_charts_fill_reps:
 *
 * @under_way: (nullable): the week still going on, usually this one
 *
 * A line per exercise done, named as in the catalog, of its reps in each
 * week from @first to @last. The lines begin with the first session:
 * before it the runner did not use Stride, which is not the same as
 * doing no reps. A week still under way has only some of its reps yet:
 * on a line with reps in the weeks before, it would look like a drop at
 * the end, so it joins the line once it is over. On a line with nothing
 * else to show, as in a runner's first week, it is shown.
 */
void
stride_progress_charts_fill_reps (StrideChart      *chart,
                                  StrideStats      *stats,
                                  const StrideWeek *first,
                                  const StrideWeek *last,
                                  const StrideWeek *under_way)
{
  const char * const *exercise_ids = stride_stats_get_exercise_ids (stats);
  g_autoptr(GArray) weeks = stride_stats_list_weeks (stats, first, last);
  StrideWeek first_ever = { 0, };

  stride_chart_remove_all (chart);
  stride_chart_set_period_days (chart, 7);
  stride_stats_get_first_week (stats, &first_ever);

  for (guint e = 0; exercise_ids != NULL && exercise_ids[e] != NULL; e++)
    {
      g_autoptr(StrideChartSeries) series =
        stride_chart_series_new (get_exercise_name (exercise_ids[e]), STRIDE_CHART_SERIES_LINE);
      g_autoptr(GArray) reps = stride_stats_list_reps (stats, exercise_ids[e], first, last);
      gboolean hide_under_way = has_reps_before (reps, weeks, first_ever.monday, under_way);
      guint n = MIN (reps->len, weeks->len);

      for (guint i = 0; i < n; i++)
        {
          guint32 monday = g_array_index (weeks, StrideWeekSessions, i).week.monday;

          if (monday < first_ever.monday)
            continue;
          if (hide_under_way && monday == under_way->monday)
            continue;
          stride_chart_series_add (series, monday, g_array_index (reps, guint, i));
        }
      stride_chart_add_series (chart, series);
    }
}

/**
 * stride_progress_charts_fill_self_tests:
 *
 * A row of events for each self-test, each marked with its outcome.
 */
void
stride_progress_charts_fill_self_tests (StrideChart *chart,
                                        StrideStats *stats)
{
  GArray *points = stride_stats_get_self_tests (stats);
  g_autoptr(StrideChartSeries) squat = stride_chart_series_new (_("Squat test"), STRIDE_CHART_SERIES_EVENTS);
  g_autoptr(StrideChartSeries) bridge = stride_chart_series_new (_("Bridge test"), STRIDE_CHART_SERIES_EVENTS);

  stride_chart_remove_all (chart);

  for (guint i = 0; i < points->len; i++)
    {
      const StrideSelfTestPoint *point = &g_array_index (points, StrideSelfTestPoint, i);

      stride_chart_series_add_event (point->test == STRIDE_RECORD_TEST_SQUAT ? squat : bridge,
                                     get_julian_day (point->taken), stride_outcome_get_short_label (point->outcome));
    }

  /* A row for a test never taken would only say so */
  if (stride_chart_series_get_n_points (squat) > 0)
    stride_chart_add_series (chart, squat);
  if (stride_chart_series_get_n_points (bridge) > 0)
    stride_chart_add_series (chart, bridge);
}

/**
 * stride_progress_charts_fill_pain:
 *
 * A row of events for each area that hurt, in the order of the areas,
 * each marked with its side.
 */
void
stride_progress_charts_fill_pain (StrideChart *chart,
                                  StrideStats *stats)
{
  GArray *points = stride_stats_get_pain (stats);
  StrideChartSeries *areas[STRIDE_PAIN_AREA_OTHER + 1] = { NULL, };

  stride_chart_remove_all (chart);

  for (guint i = 0; i < points->len; i++)
    {
      const StridePainPoint *point = &g_array_index (points, StridePainPoint, i);
      StridePainArea area = MIN (point->area, STRIDE_PAIN_AREA_OTHER);

      if (areas[area] == NULL)
        areas[area] = stride_chart_series_new (stride_pain_area_get_chart_label (area), STRIDE_CHART_SERIES_EVENTS);
      stride_chart_series_add_event (areas[area], get_julian_day (point->when),
                                     stride_pain_side_get_chart_label (point->side,
                                                                       point->source == STRIDE_PAIN_SOURCE_SELF_TEST));
    }

  /* Body areas first, top down as on the session log, then self-tests */
  for (guint area = STRIDE_PAIN_AREA_HIP; area <= STRIDE_PAIN_AREA_OTHER; area++)
    if (areas[area] != NULL)
      stride_chart_add_series (chart, areas[area]);
  if (areas[STRIDE_PAIN_AREA_NONE] != NULL)
    stride_chart_add_series (chart, areas[STRIDE_PAIN_AREA_NONE]);

  for (guint area = 0; area < G_N_ELEMENTS (areas); area++)
    g_clear_object (&areas[area]);
}
