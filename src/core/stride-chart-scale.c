/* stride-chart-scale.c
 *
 * Where a chart's axes put their ticks: round values up the side
 * (1, 2 or 5 times a power of ten, so that a reader can add them up in
 * their head) and calendar dates along the bottom (Mondays, first days of
 * months, first days of years), never an arbitrary day in between.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stride-chart-scale.h"

/**
 * stride_chart_value_scale_init:
 * @low: the lowest value to show; the axis starts at zero if that is lower
 * @high: the highest value to show
 * @max_ticks: the most ticks that fit, at least 2
 * @whole_numbers: whether the values are counts, so that no tick falls
 *   between two whole numbers
 *
 * Picks the smallest round step that keeps to @max_ticks.
 */
void
stride_chart_value_scale_init (StrideChartValueScale *scale,
                               double                 low,
                               double                 high,
                               guint                  max_ticks,
                               gboolean               whole_numbers)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double span, magnitude;

  g_return_if_fail (scale != NULL);

  /* Bars grow from zero, and a count never looks bigger than it is */
  low = MIN (low, 0);
  if (!isfinite (high) || high <= low)
    high = low + 1;
  max_ticks = MAX (max_ticks, 2);

  span = high - low;
  magnitude = pow (10, floor (log10 (span / (max_ticks - 1))));

  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      double step = multiples[i] * magnitude;

      if (whole_numbers && step < 1)
        continue;

      scale->step = step;
      scale->low = floor (low / step) * step;
      scale->high = ceil (high / step) * step;
      if ((scale->high - scale->low) / step + 1 <= max_ticks + 0.5)
        return;
    }

  /* Only reached when whole numbers need a step of at least one */
  scale->low = floor (low);
  scale->high = ceil (high);
  scale->step = MAX (1, ceil (span / (max_ticks - 1)));
  scale->high = scale->low + ceil ((scale->high - scale->low) / scale->step) * scale->step;
}

/* From the finest to the coarsest; the chart takes the first whose
 * labels fit. */
static const StrideChartDateStep date_steps[] = {
  { STRIDE_CHART_DATE_UNIT_DAY, 1 },
  { STRIDE_CHART_DATE_UNIT_DAY, 2 },
  { STRIDE_CHART_DATE_UNIT_WEEK, 1 },
  { STRIDE_CHART_DATE_UNIT_WEEK, 2 },
  { STRIDE_CHART_DATE_UNIT_MONTH, 1 },
  { STRIDE_CHART_DATE_UNIT_MONTH, 2 },
  { STRIDE_CHART_DATE_UNIT_MONTH, 3 },
  { STRIDE_CHART_DATE_UNIT_MONTH, 6 },
  { STRIDE_CHART_DATE_UNIT_MONTH, 12 },
  { STRIDE_CHART_DATE_UNIT_MONTH, 24 },
  { STRIDE_CHART_DATE_UNIT_MONTH, 60 },
  { STRIDE_CHART_DATE_UNIT_MONTH, 120 },
};

guint
stride_chart_date_step_get_n (void)
{
  return G_N_ELEMENTS (date_steps);
}

const StrideChartDateStep *
stride_chart_date_step_get_nth (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (date_steps), NULL);

  return &date_steps[index];
}

/* The step's length in days, near enough to judge whether labels fit */
double
stride_chart_date_step_days (const StrideChartDateStep *step)
{
  switch (step->unit)
    {
    case STRIDE_CHART_DATE_UNIT_DAY:
      return step->count;
    case STRIDE_CHART_DATE_UNIT_WEEK:
      return 7.0 * step->count;
    case STRIDE_CHART_DATE_UNIT_MONTH:
      return 30.44 * step->count;
    default:
      g_assert_not_reached ();
    }
}

/**
 * stride_chart_date_ticks:
 *
 * Returns: (transfer full) (element-type guint32): the Julian days of the
 *   ticks from @first_day to @last_day: every nth day, every nth Monday,
 *   or the first of every nth month counted from January, so that the
 *   same dates are marked however the range is scrolled
 */
GArray *
stride_chart_date_ticks (const StrideChartDateStep *step,
                         guint32                    first_day,
                         guint32                    last_day)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GDate) date = g_date_new_julian (first_day);

  g_return_val_if_fail (step != NULL && step->count > 0, ticks);

  switch (step->unit)
    {
    case STRIDE_CHART_DATE_UNIT_DAY:
      for (guint32 day = first_day; day <= last_day; day += step->count)
        g_array_append_val (ticks, day);
      break;

    case STRIDE_CHART_DATE_UNIT_WEEK:
      {
        /* Julian day 1 (1 January of year 1) was a Monday */
        guint32 day = first_day + (7 - (first_day - 1) % 7) % 7;

        /* Every other week counts from a fixed Monday, not from the range */
        while (((day - 1) / 7) % step->count != 0)
          day += 7;
        for (; day <= last_day; day += 7 * step->count)
          g_array_append_val (ticks, day);
      }
      break;

    case STRIDE_CHART_DATE_UNIT_MONTH:
      {
        guint month_index = (g_date_get_year (date) * 12) + (g_date_get_month (date) - 1);

        if (g_date_get_day (date) != 1)
          month_index++;
        month_index = (month_index + step->count - 1) / step->count * step->count;

        for (;; month_index += step->count)
          {
            guint32 day;

            g_date_set_dmy (date, 1, (month_index % 12) + 1, month_index / 12);
            day = g_date_get_julian (date);
            if (day > last_day)
              break;
            g_array_append_val (ticks, day);
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return ticks;
}
