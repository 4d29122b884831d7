/* stride-chart-renderer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-chart-layout.h"
#include "stride-chart-style.h"

G_BEGIN_DECLS

void stride_chart_render           (cairo_t                 *cr,
                                    const StrideChartLayout *layout,
                                    const StrideChartStyle  *style);
void stride_chart_render_highlight (cairo_t                 *cr,
                                    const StrideChartLayout *layout,
                                    const StrideChartStyle  *style,
                                    guint                    series,
                                    guint                    point,
                                    PangoLayout             *detail);

G_END_DECLS
