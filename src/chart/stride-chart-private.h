/* stride-chart-private.h
 *
 * What the chart's export and its tests see of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-chart.h"
#include "stride-chart-layout.h"
#include "stride-chart-style.h"

G_BEGIN_DECLS

StrideChartLayout *stride_chart_build_layout    (StrideChart      *self,
                                                 int               width,
                                                 int               height);
void               stride_chart_get_style       (StrideChart      *self,
                                                 StrideChartStyle *style);
const StrideChartLayout *stride_chart_peek_layout (StrideChart    *self);
gboolean           stride_chart_get_shown_point (StrideChart      *self,
                                                 guint            *series,
                                                 guint            *point);
char              *stride_chart_dup_detail      (StrideChart      *self);
const char        *stride_chart_get_description (StrideChart      *self);
void               stride_chart_hover           (StrideChart      *self,
                                                 double            x,
                                                 double            y);

G_END_DECLS
