/* stride-week.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-week.h"

/**
 * stride_week_init_for_julian:
 * @week: the week to set
 * @julian_day: any day of the week, as a GDate julian day number
 *
 * Sets @week to the ISO week that contains @julian_day.
 */
void
stride_week_init_for_julian (StrideWeek *week,
                             guint32     julian_day)
{
  GDate day;
  GDate thursday;

  g_return_if_fail (week != NULL);
  g_return_if_fail (g_date_valid_julian (julian_day));

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian_day);
  week->monday = julian_day - (g_date_get_weekday (&day) - G_DATE_MONDAY);

  /* The week belongs to the year its Thursday is in, and is numbered
   * from the first week that has a Thursday in that year */
  g_date_clear (&thursday, 1);
  g_date_set_julian (&thursday, week->monday + 3);
  week->year = g_date_get_year (&thursday);
  week->number = (g_date_get_day_of_year (&thursday) - 1) / 7 + 1;
}

/**
 * stride_week_init_for_date:
 * @week: the week to set
 * @date: a valid date
 *
 * Sets @week to the ISO week that contains @date.
 */
void
stride_week_init_for_date (StrideWeek  *week,
                           const GDate *date)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  stride_week_init_for_julian (week, g_date_get_julian (date));
}

/**
 * stride_week_init_for_time:
 * @week: the week to set
 * @time: a point in time
 * @time_zone: (nullable): where the week is counted, or %NULL for local time
 *
 * Sets @week to the ISO week that @time falls in on the calendar of
 * @time_zone: 23:30 UTC on a Sunday is already Monday in Berlin.
 *
 * Returns: %FALSE if @time has no date there (the edges of GDateTime's range)
 */
gboolean
stride_week_init_for_time (StrideWeek *week,
                           GDateTime  *time,
                           GTimeZone  *time_zone)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) there = NULL;
  GDate date;
  int year, month, day;

  g_return_val_if_fail (week != NULL, FALSE);
  g_return_val_if_fail (time != NULL, FALSE);

  if (time_zone == NULL)
    time_zone = local = g_time_zone_new_local ();

  there = g_date_time_to_timezone (time, time_zone);
  if (there == NULL)
    return FALSE;

  g_date_time_get_ymd (there, &year, &month, &day);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  stride_week_init_for_date (week, &date);

  return TRUE;
}

/**
 * stride_week_get_monday:
 * @week: a week
 * @date: (out caller-allocates): the date to set
 *
 * Sets @date to the Monday that starts @week.
 */
void
stride_week_get_monday (const StrideWeek *week,
                        GDate            *date)
{
  g_return_if_fail (week != NULL);
  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_julian (date, week->monday);
}

/**
 * stride_week_add:
 * @week: the week to move
 * @n_weeks: how many weeks later, or earlier when negative
 */
void
stride_week_add (StrideWeek *week,
                 int         n_weeks)
{
  g_return_if_fail (week != NULL);

  stride_week_init_for_julian (week, (guint32) ((gint64) week->monday + 7 * (gint64) n_weeks));
}

/**
 * stride_week_compare:
 *
 * Returns: negative, zero or positive as @a is before, the same as, or
 *   after @b
 */
int
stride_week_compare (const StrideWeek *a,
                     const StrideWeek *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, 0);

  return (a->monday > b->monday) - (a->monday < b->monday);
}

/**
 * stride_week_difference:
 *
 * Returns: how many weeks @a is after @b (negative if before)
 */
int
stride_week_difference (const StrideWeek *a,
                        const StrideWeek *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, 0);

  return (int) (((gint64) a->monday - (gint64) b->monday) / 7);
}
