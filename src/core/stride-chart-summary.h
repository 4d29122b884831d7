/* stride-chart-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-chart-series.h"

G_BEGIN_DECLS

/**
 * StrideChartGoal:
 * @low: the least value that meets the goal
 * @high: the most that still does
 */
typedef struct
{
  double low;
  double high;
} StrideChartGoal;

char *stride_chart_format_value (double                  value);
char *stride_chart_format_date  (guint32                 day,
                                 guint                   period_days);
char *stride_chart_summarize    (const char             *title,
                                 GPtrArray              *series,
                                 guint                   period_days,
                                 const StrideChartGoal  *goal);

G_END_DECLS
