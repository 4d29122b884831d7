/* stride-chart-scale.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * StrideChartValueScale:
 * @low: the axis's lowest value, a multiple of @step
 * @high: the axis's highest value, a multiple of @step
 * @step: the distance between ticks: 1, 2 or 5 times a power of ten
 */
typedef struct
{
  double low;
  double high;
  double step;
} StrideChartValueScale;

void stride_chart_value_scale_init (StrideChartValueScale *scale,
                                    double                 low,
                                    double                 high,
                                    guint                  max_ticks,
                                    gboolean               whole_numbers);

typedef enum {
  STRIDE_CHART_DATE_UNIT_DAY,
  STRIDE_CHART_DATE_UNIT_WEEK,
  STRIDE_CHART_DATE_UNIT_MONTH,
} StrideChartDateUnit;

/**
 * StrideChartDateStep:
 * @unit: days, weeks (starting on Mondays) or months
 * @count: how many units between ticks
 */
typedef struct
{
  StrideChartDateUnit unit;
  guint count;
} StrideChartDateStep;

guint                      stride_chart_date_step_get_n   (void);
const StrideChartDateStep *stride_chart_date_step_get_nth (guint                      index);
double                     stride_chart_date_step_days    (const StrideChartDateStep *step);
GArray                    *stride_chart_date_ticks        (const StrideChartDateStep *step,
                                                           guint32                    first_day,
                                                           guint32                    last_day);

G_END_DECLS
