/* stride-chart-style.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STRIDE_CHART_N_LOOKS 5

typedef enum {
  STRIDE_CHART_SHAPE_CIRCLE,
  STRIDE_CHART_SHAPE_SQUARE,
  STRIDE_CHART_SHAPE_TRIANGLE,
  STRIDE_CHART_SHAPE_DIAMOND,
  STRIDE_CHART_SHAPE_TRIANGLE_DOWN,
} StrideChartShape;

/**
 * StrideChartStyle:
 * @foreground: text and axes
 * @background: what the chart sits on; exports are filled with it
 * @goal: the goal band's fill
 * @accent: the focused point's ring
 * @series: a colour per series, repeating after %STRIDE_CHART_N_LOOKS
 */
typedef struct
{
  GdkRGBA foreground;
  GdkRGBA background;
  GdkRGBA goal;
  GdkRGBA accent;
  GdkRGBA series[STRIDE_CHART_N_LOOKS];
  gboolean dark;
} StrideChartStyle;

void             stride_chart_style_init     (StrideChartStyle *style,
                                              const GdkRGBA    *foreground,
                                              const GdkRGBA    *background,
                                              const GdkRGBA    *accent);
const GdkRGBA   *stride_chart_style_color    (const StrideChartStyle *style,
                                              guint             index);
StrideChartShape stride_chart_style_shape    (guint             index);
void             stride_chart_style_set_dash (cairo_t          *cr,
                                              guint             index);

G_END_DECLS
