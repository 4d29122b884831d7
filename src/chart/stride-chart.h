/* stride-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-chart-series.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_CHART (stride_chart_get_type ())

G_DECLARE_FINAL_TYPE (StrideChart, stride_chart, STRIDE, CHART, GtkWidget)

GtkWidget         *stride_chart_new             (void);

const char        *stride_chart_get_title       (StrideChart        *self);
void               stride_chart_set_title       (StrideChart        *self,
                                                 const char         *title);
const char        *stride_chart_get_empty_text  (StrideChart        *self);
void               stride_chart_set_empty_text  (StrideChart        *self,
                                                 const char         *empty_text);
const char        *stride_chart_get_summary     (StrideChart        *self);
void               stride_chart_set_summary     (StrideChart        *self,
                                                 const char         *summary);
guint              stride_chart_get_period_days (StrideChart        *self);
void               stride_chart_set_period_days (StrideChart        *self,
                                                 guint               period_days);

void               stride_chart_add_series      (StrideChart        *self,
                                                 StrideChartSeries  *series);
void               stride_chart_remove_all      (StrideChart        *self);
guint              stride_chart_get_n_series    (StrideChart        *self);
StrideChartSeries *stride_chart_get_series      (StrideChart        *self,
                                                 guint               index);
void               stride_chart_set_goal        (StrideChart        *self,
                                                 double              low,
                                                 double              high);
gboolean           stride_chart_get_goal        (StrideChart        *self,
                                                 double             *low,
                                                 double             *high);
void               stride_chart_set_range       (StrideChart        *self,
                                                 guint32             first_day,
                                                 guint32             last_day);
void               stride_chart_changed         (StrideChart        *self);

G_END_DECLS
