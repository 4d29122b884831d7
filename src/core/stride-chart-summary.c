/* stride-chart-summary.c
 *
 * A chart said in words: what a screen reader reads in place of the
 * drawing, and the words of a point's details. It says what a sighted
 * reader takes from a glance — how long, the typical value, the goal,
 * the latest — not every number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stride-chart-summary.h"
#include "stride-date-text.h"

/**
 * stride_chart_format_value:
 *
 * Returns: (transfer full): @value as the user's locale writes it, with
 *   one decimal only where it has one: “2”, “2.5”
 */
char *
stride_chart_format_value (double value)
{
  double rounded = round (value * 10) / 10;

  if (rounded == floor (rounded))
    return g_strdup_printf ("%.0f", rounded);

  return g_strdup_printf ("%.1f", rounded);
}

/**
 * stride_chart_format_date:
 * @period_days: 7 when @day is the Monday of a week that a value covers
 *
 * Returns: (transfer full): the date as Stride writes dates everywhere,
 *   "24 October 2026", or the week: "Week of 19 October 2026"
 */
char *
stride_chart_format_date (guint32 day,
                          guint   period_days)
{
  g_autoptr(GDate) date = g_date_new_julian (day);
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);
  g_autofree char *text = stride_date_text_format_day (time);

  if (period_days == 7)
    /* Translators: %s is the date of the week's Monday */
    return g_strdup_printf (_("Week of %s"), text);

  return g_steal_pointer (&text);
}

static void
append_values_summary (GString           *text,
                       StrideChartSeries *series,
                       gboolean           named)
{
  guint n = stride_chart_series_get_n_points (series);
  double sum = 0;
  g_autofree char *average = NULL;
  g_autofree char *latest = NULL;

  for (guint i = 0; i < n; i++)
    sum += stride_chart_series_get_point (series, i)->value;

  average = stride_chart_format_value (sum / n);
  latest = stride_chart_format_value (stride_chart_series_get_point (series, n - 1)->value);

  if (named)
    /* Translators: a series in a chart's summary: its name, then the
     * average of its values and the most recent value */
    g_string_append_printf (text, _("%s: average %s, latest %s"),
                            stride_chart_series_get_name (series), average, latest);
  else
    /* Translators: the average of a chart's values and the most recent one */
    g_string_append_printf (text, _("average %s, latest %s"), average, latest);
}

static void
append_events_summary (GString           *text,
                       StrideChartSeries *series)
{
  guint n = stride_chart_series_get_n_points (series);
  const StrideChartPoint *last = stride_chart_series_get_point (series, n - 1);
  g_autofree char *date = stride_chart_format_date (last->day, 1);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n), n);

  /* Translators: a row of events in a chart's summary: its name, how
   * many, then the latest event's text and date, e.g.
   * “Bridge test: 4 events, latest “Left weaker” on 3/3/2025” */
  g_string_append_printf (text, _("%s: %s, latest “%s” on %s"),
                          stride_chart_series_get_name (series), count, last->label, date);
}

/**
 * stride_chart_summarize:
 * @title: (nullable): what the chart shows
 * @series: (element-type StrideChartSeries): the chart's series
 * @period_days: 7 when each value covers a week, else 1
 * @goal: (nullable): the goal band
 *
 * Returns: (transfer full) (nullable): e.g. “Sessions per week,
 *   12 weeks: average 2.3, latest 1, goal 2–3”, or %NULL when no
 *   series has a point
 */
char *
stride_chart_summarize (const char            *title,
                        GPtrArray             *series,
                        guint                  period_days,
                        const StrideChartGoal *goal)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint32 first = G_MAXUINT32, last = 0;
  guint n_shown = 0;
  gboolean first_part = TRUE;

  g_return_val_if_fail (series != NULL, NULL);

  for (guint i = 0; i < series->len; i++)
    {
      guint32 series_first, series_last;

      if (stride_chart_series_get_bounds (g_ptr_array_index (series, i), &series_first, &series_last, NULL, NULL))
        {
          first = MIN (first, series_first);
          last = MAX (last, series_last);
          n_shown++;
        }
    }

  if (n_shown == 0)
    return NULL;

  if (title != NULL)
    g_string_append (text, title);

  if (period_days == 7)
    {
      guint weeks = (last - first) / 7 + 1;

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", weeks), weeks);
    }
  else
    {
      g_autofree char *from = stride_chart_format_date (first, 1);
      g_autofree char *to = stride_chart_format_date (last, 1);

      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: the dates a chart spans */
      g_string_append_printf (text, _("%s to %s"), from, to);
    }
  g_string_append (text, ": ");

  for (guint i = 0; i < series->len; i++)
    {
      StrideChartSeries *one = g_ptr_array_index (series, i);

      if (stride_chart_series_get_n_points (one) == 0)
        continue;

      if (!first_part)
        g_string_append (text, "; ");
      first_part = FALSE;

      if (stride_chart_series_get_kind (one) == STRIDE_CHART_SERIES_EVENTS)
        append_events_summary (text, one);
      else
        /* One series needs no name: the title says what it is */
        append_values_summary (text, one, n_shown > 1 || title == NULL);
    }

  if (goal != NULL)
    {
      g_autofree char *low = stride_chart_format_value (goal->low);
      g_autofree char *high = stride_chart_format_value (goal->high);

      g_string_append (text, "; ");
      /* Translators: the goal band of a chart, e.g. “goal 2–3” */
      g_string_append_printf (text, _("goal %s–%s"), low, high);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
