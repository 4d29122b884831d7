/* stride-chart-series.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * StrideChartSeriesKind:
 * @STRIDE_CHART_SERIES_BARS: a bar per point, from zero to its value
 * @STRIDE_CHART_SERIES_LINE: points joined by a line, with markers
 * @STRIDE_CHART_SERIES_EVENTS: a marker per event on a row of its own,
 *   each with a short label, for sparse things such as self-test outcomes
 */
typedef enum {
  STRIDE_CHART_SERIES_BARS,
  STRIDE_CHART_SERIES_LINE,
  STRIDE_CHART_SERIES_EVENTS,
} StrideChartSeriesKind;

/**
 * StrideChartPoint:
 * @day: the date as a Julian day number (g_date_get_julian()); weekly
 *   values are keyed by the week's Monday
 * @value: the value; events keep theirs but are not drawn by it
 * @label: (nullable): an event's short text, e.g. “Left weaker”
 */
typedef struct
{
  guint32 day;
  double value;
  char *label;
} StrideChartPoint;

#define STRIDE_TYPE_CHART_SERIES (stride_chart_series_get_type ())

G_DECLARE_FINAL_TYPE (StrideChartSeries, stride_chart_series, STRIDE, CHART_SERIES, GObject)

StrideChartSeries      *stride_chart_series_new         (const char            *name,
                                                         StrideChartSeriesKind  kind);
const char             *stride_chart_series_get_name    (StrideChartSeries     *self);
StrideChartSeriesKind   stride_chart_series_get_kind    (StrideChartSeries     *self);
void                    stride_chart_series_add         (StrideChartSeries     *self,
                                                         guint32                day,
                                                         double                 value);
void                    stride_chart_series_add_with_note (StrideChartSeries   *self,
                                                         guint32                day,
                                                         double                 value,
                                                         const char            *note);
void                    stride_chart_series_add_event   (StrideChartSeries     *self,
                                                         guint32                day,
                                                         const char            *label);
guint                   stride_chart_series_get_n_points (StrideChartSeries    *self);
const StrideChartPoint *stride_chart_series_get_point   (StrideChartSeries     *self,
                                                         guint                  index);
gboolean                stride_chart_series_get_bounds  (StrideChartSeries     *self,
                                                         guint32               *first_day,
                                                         guint32               *last_day,
                                                         double                *min_value,
                                                         double                *max_value);

G_END_DECLS
