/* stride-report-period.c
 *
 * The days a report covers: one of the ranges the Progress page's charts
 * offer, all of the user's records, or two dates the user typed. Dates
 * are typed as year-month-day, the one way of writing a date that reads
 * the same in every language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "stride-date-text.h"
#include "stride-record.h"
#include "stride-report-period.h"
#include "stride-self-test.h"
#include "stride-session.h"
#include "stride-stats.h"

G_DEFINE_QUARK (stride-report-error-quark, stride_report_error)

/**
 * stride_report_day_of:
 *
 * Returns: the local calendar day of @time, as a julian day number
 */
guint32
stride_report_day_of (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  GDateTime *day = local != NULL ? local : time;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));

  return g_date_get_julian (&date);
}

static void
find_first_day (GPtrArray *records,
                GDateTime *(*dup_time) (JsonObject *record),
                guint32   *first)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      g_autoptr(GDateTime) time = dup_time (g_ptr_array_index (records, i));

      if (time != NULL)
        *first = MIN (*first, stride_report_day_of (time));
    }
}

/**
 * stride_report_period_init:
 * @sessions: (element-type JsonObject) (nullable): for
 *   %STRIDE_REPORT_RANGE_ALL, where the first record is looked for
 * @results: (element-type JsonObject) (nullable): likewise
 *
 * Sets @period to @range ending today; %STRIDE_REPORT_RANGE_DATES is
 * made by stride_report_period_parse() instead.
 */
void
stride_report_period_init (StrideReportPeriod *period,
                           StrideReportRange   range,
                           GDateTime          *now,
                           GPtrArray          *sessions,
                           GPtrArray          *results)
{
  StrideStatsRange stats_range;
  StrideWeek first;

  g_return_if_fail (period != NULL);
  g_return_if_fail (now != NULL);

  period->last = stride_report_day_of (now);
  period->first = period->last;

  switch (range)
    {
    case STRIDE_REPORT_RANGE_4_WEEKS:
      stats_range = STRIDE_STATS_RANGE_4_WEEKS;
      break;
    case STRIDE_REPORT_RANGE_3_MONTHS:
      stats_range = STRIDE_STATS_RANGE_3_MONTHS;
      break;
    case STRIDE_REPORT_RANGE_12_MONTHS:
      stats_range = STRIDE_STATS_RANGE_YEAR;
      break;
    case STRIDE_REPORT_RANGE_ALL:
    case STRIDE_REPORT_RANGE_DATES:
    default:
      find_first_day (sessions, stride_session_dup_started, &period->first);
      find_first_day (results, stride_self_test_result_dup_taken, &period->first);
      return;
    }

  /* The same whole weeks as the Progress page's charts of that range */
  if (stride_stats_range_get_first_week (stats_range, now, NULL, &first))
    period->first = MIN (first.monday, period->last);
}

/**
 * stride_report_parse_day:
 * @text: a day as the user typed it: "2026-09-01"
 * @day: (out): its Julian day
 *
 * Returns: whether @text is a day, written year-month-day
 */
gboolean
stride_report_parse_day (const char  *text,
                         guint32     *day,
                         GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint year, month, dom;
  char end;

  if (sscanf (stripped, "%4u-%2u-%2u%c", &year, &month, &dom, &end) != 3
      || !g_date_valid_dmy (dom, month, year) || year < 1900)
    {
      g_set_error (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_DATE,
                   /* Translators: %s is what the user typed; keep the example as it is */
                   _("“%s” is not a date. Write it as year-month-day, for example 2026-11-30."), stripped);
      return FALSE;
    }

  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, dom, month, year);
    *day = g_date_get_julian (&date);
  }

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/**
 * stride_report_period_parse:
 * @from: the first day, as the user typed it: "2026-09-01"
 * @to: the last day
 * @now: the time the report is made: nothing can be recorded after its
 *   day, so a period that goes on ends there
 *
 * Returns: whether both are dates, @from is not after @to and not after
 *   today; if not, @error says what to change and @period is left as it
 *   was
 */
gboolean
stride_report_period_parse (StrideReportPeriod  *period,
                            const char          *from,
                            const char          *to,
                            GDateTime           *now,
                            GError             **error)
{
  guint32 first, last, today;

  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (is_blank (from) || is_blank (to))
    {
      g_set_error_literal (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_DATE,
                           _("Enter the first and the last day of the report, for example 2026-09-01 and 2026-11-30."));
      return FALSE;
    }

  if (!stride_report_parse_day (from, &first, error) || !stride_report_parse_day (to, &last, error))
    return FALSE;

  if (first > last)
    {
      g_set_error_literal (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_PERIOD,
                           _("The last day comes before the first. Swap the two dates."));
      return FALSE;
    }

  today = stride_report_day_of (now);
  if (first > today)
    {
      g_set_error_literal (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_PERIOD,
                           _("The first day is after today, so nothing can have been recorded yet. Choose an earlier day."));
      return FALSE;
    }

  period->first = first;
  period->last = MIN (last, today);

  return TRUE;
}

gboolean
stride_report_period_contains (const StrideReportPeriod *period,
                               GDateTime                *time)
{
  guint32 day;

  g_return_val_if_fail (period != NULL, FALSE);

  if (time == NULL)
    return FALSE;

  day = stride_report_day_of (time);

  return day >= period->first && day <= period->last;
}

/**
 * stride_report_format_iso_day:
 *
 * Returns: the day as the report's date fields take it: "2026-11-25"
 */
char *
stride_report_format_iso_day (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

/**
 * stride_report_format_day:
 *
 * Returns: the day as the rest of Stride writes a date: "25 November 2026"
 */
char *
stride_report_format_day (guint32 day)
{
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);

  return stride_date_text_format_day (time);
}

/**
 * stride_report_period_dup_text:
 *
 * Returns: the period in words: "1 September 2026 to 30 November 2026"
 */
char *
stride_report_period_dup_text (const StrideReportPeriod *period)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (period != NULL, NULL);

  first = stride_report_format_day (period->first);
  last = stride_report_format_day (period->last);

  /* Translators: the days a report covers, both dates included */
  return g_strdup_printf (_("%s to %s"), first, last);
}
