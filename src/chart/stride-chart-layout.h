/* stride-chart-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-chart-scale.h"
#include "stride-chart-series.h"
#include "stride-chart-summary.h"

G_BEGIN_DECLS

/**
 * StrideChartData:
 * @series: (element-type StrideChartSeries): what to draw, in order
 * @period_days: how many days each value covers: 7 for weekly values
 * @goal: (nullable): the goal band
 * @empty_text: what to say when no series has a point
 * @empty_range_text: what to say when none of the points is in the
 *   stretch of time shown
 * @first_day: the first day to show, or 0 for the first with data
 * @last_day: the last day to show, or 0 for the last with data
 */
typedef struct
{
  GPtrArray *series;
  guint period_days;
  const StrideChartGoal *goal;
  const char *empty_text;
  const char *empty_range_text;
  guint32 first_day;
  guint32 last_day;
} StrideChartData;

/**
 * StrideChartText:
 * @x: left edge, in pixels from the chart's left
 * @y: top edge
 */
typedef struct
{
  PangoLayout *layout;
  double x;
  double y;
  int width;
  int height;
} StrideChartText;

/* A legend entry: a sample of the series' look, then its name */
typedef struct
{
  guint series;
  double x;
  double y;
  double width;
  double height;
} StrideChartKey;

#define STRIDE_CHART_KEY_GOAL G_MAXUINT

typedef struct
{
  int width;
  int height;
  gboolean empty;

  GPtrArray *series;
  guint period_days;
  gboolean has_goal;
  StrideChartGoal goal;

  /* The value area; rows of events go below it, in the same x range */
  gboolean has_values;
  graphene_rect_t plot;
  StrideChartValueScale scale;
  guint32 first_day;
  double span_days;

  /* Per series: which bar of a group, or which row of events */
  GArray *lanes;
  guint n_bar_series;
  double rows_top;
  double row_height;
  guint n_rows;

  GArray *texts;
  GArray *y_ticks;
  GArray *x_ticks;
  GArray *keys;
} StrideChartLayout;

StrideChartLayout *stride_chart_layout_new            (const StrideChartData   *data,
                                                       PangoContext            *context,
                                                       int                      width,
                                                       int                      height);
void               stride_chart_layout_free           (StrideChartLayout       *layout);
double             stride_chart_layout_day_x          (const StrideChartLayout *layout,
                                                       double                   day);
double             stride_chart_layout_value_y        (const StrideChartLayout *layout,
                                                       double                   value);
double             stride_chart_layout_slot_width     (const StrideChartLayout *layout);
double             stride_chart_layout_bar_width      (const StrideChartLayout *layout);
double             stride_chart_layout_row_y          (const StrideChartLayout *layout,
                                                       guint                    series);
void               stride_chart_layout_point_position (const StrideChartLayout *layout,
                                                       guint                    series,
                                                       guint                    point,
                                                       double                  *x,
                                                       double                  *y);
gboolean           stride_chart_layout_find_nearest   (const StrideChartLayout *layout,
                                                       double                   x,
                                                       double                   y,
                                                       guint                   *series,
                                                       guint                   *point);
void               stride_chart_layout_place_callout  (const StrideChartLayout *layout,
                                                       double                   x,
                                                       double                   y,
                                                       int                      width,
                                                       int                      height,
                                                       graphene_rect_t         *rect);

gboolean stride_chart_data_shows_points (const StrideChartData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideChartLayout, stride_chart_layout_free)

G_END_DECLS
