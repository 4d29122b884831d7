/* stride-report-period.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * StrideReportRange:
 * @STRIDE_REPORT_RANGE_4_WEEKS: this week and the three before it
 * @STRIDE_REPORT_RANGE_3_MONTHS: from the same day three months ago
 * @STRIDE_REPORT_RANGE_12_MONTHS: from the same day a year ago
 * @STRIDE_REPORT_RANGE_ALL: from the first record to today
 * @STRIDE_REPORT_RANGE_DATES: between two dates the user gives
 */
typedef enum
{
  STRIDE_REPORT_RANGE_4_WEEKS,
  STRIDE_REPORT_RANGE_3_MONTHS,
  STRIDE_REPORT_RANGE_12_MONTHS,
  STRIDE_REPORT_RANGE_ALL,
  STRIDE_REPORT_RANGE_DATES,
} StrideReportRange;

/**
 * StrideReportPeriod:
 * @first: the first day, as a julian day number (g_date_get_julian())
 * @last: the last day, included
 */
typedef struct
{
  guint32 first;
  guint32 last;
} StrideReportPeriod;

#define STRIDE_REPORT_ERROR (stride_report_error_quark ())

typedef enum
{
  STRIDE_REPORT_ERROR_BAD_DATE,
  STRIDE_REPORT_ERROR_BAD_PERIOD,
  STRIDE_REPORT_ERROR_DRAWING,
} StrideReportError;

GQuark    stride_report_error_quark        (void);
guint32   stride_report_day_of             (GDateTime               *time);
void      stride_report_period_init        (StrideReportPeriod      *period,
                                            StrideReportRange        range,
                                            GDateTime               *now,
                                            GPtrArray               *sessions,
                                            GPtrArray               *results);
gboolean  stride_report_period_parse       (StrideReportPeriod      *period,
                                            const char              *from,
                                            const char              *to,
                                            GDateTime               *now,
                                            GError                 **error);
gboolean  stride_report_period_contains    (const StrideReportPeriod *period,
                                            GDateTime               *time);
char     *stride_report_period_dup_text    (const StrideReportPeriod *period);
gboolean  stride_report_parse_day          (const char              *text,
                                            guint32                 *day,
                                            GError                 **error);
char     *stride_report_format_iso_day     (guint32                  day);
char     *stride_report_format_day         (guint32                  day);

G_END_DECLS
