/* stride-chart-style.c
 *
 * How a chart's series are told apart: by colour, by marker shape and by
 * line dash, all three, so that no one needs to tell colours apart. The
 * colours are the GNOME palette's blue, orange, purple, green and brown,
 * in shades chosen so that each differs from the others by a colour
 * difference (CIE ΔE 1976) of at least 18 as people with deuteranopia or
 * protanopia see them (Machado et al.'s simulation; 25 and more for all
 * but one pair), and stands out from the window's and cards' background
 * by a contrast of at least 3:1 — darker shades on a light background,
 * lighter ones on a dark one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-chart-style.h"

static const char *light_series[STRIDE_CHART_N_LOOKS] = {
  "#3584e4", /* blue 3 */
  "#e66100", /* orange 4 */
  "#613583", /* purple 5 */
  "#26a269", /* green 5 */
  "#63452c", /* brown 5 */
};

static const char *dark_series[STRIDE_CHART_N_LOOKS] = {
  "#3584e4", /* blue 3 */
  "#ff7800", /* orange 3 */
  "#dc8add", /* purple 1 */
  "#8ff0a4", /* green 1 */
  "#b5835a", /* brown 2 */
};

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

/**
 * stride_chart_style_init:
 * @foreground: the widget's text colour
 * @background: what the chart is drawn on
 * @accent: the style's accent colour
 *
 * Picks the series colours for a light or a dark style, told by which of
 * the text and the background is the lighter.
 */
void
stride_chart_style_init (StrideChartStyle *style,
                         const GdkRGBA    *foreground,
                         const GdkRGBA    *background,
                         const GdkRGBA    *accent)
{
  const char **series;

  style->foreground = *foreground;
  style->background = *background;
  style->accent = *accent;
  style->dark = luminance (foreground) > luminance (background);
  series = style->dark ? dark_series : light_series;

  /* The success green, faint, as libadwaita tints rows and banners */
  gdk_rgba_parse (&style->goal, style->dark ? "#26a269" : "#2ec27e");
  style->goal.alpha = style->dark ? 0.22 : 0.18;

  for (guint i = 0; i < STRIDE_CHART_N_LOOKS; i++)
    gdk_rgba_parse (&style->series[i], series[i]);
}

const GdkRGBA *
stride_chart_style_color (const StrideChartStyle *style,
                          guint                   index)
{
  return &style->series[index % STRIDE_CHART_N_LOOKS];
}

StrideChartShape
stride_chart_style_shape (guint index)
{
  static const StrideChartShape shapes[STRIDE_CHART_N_LOOKS] = {
    STRIDE_CHART_SHAPE_CIRCLE,
    STRIDE_CHART_SHAPE_SQUARE,
    STRIDE_CHART_SHAPE_TRIANGLE,
    STRIDE_CHART_SHAPE_DIAMOND,
    STRIDE_CHART_SHAPE_TRIANGLE_DOWN,
  };

  return shapes[index % STRIDE_CHART_N_LOOKS];
}

/* Solid, dashed, dotted, dash-dot, long dash: the lines stay apart
 * in print and for those who see no colour at all */
void
stride_chart_style_set_dash (cairo_t *cr,
                             guint    index)
{
  static const double dashed[] = { 6, 4 };
  static const double dotted[] = { 0.1, 4 };
  static const double dash_dot[] = { 8, 3, 0.1, 3 };
  static const double long_dash[] = { 12, 4 };

  switch (index % STRIDE_CHART_N_LOOKS)
    {
    case 1:
      cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
      break;
    case 2:
      cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
      break;
    case 3:
      cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0);
      break;
    case 4:
      cairo_set_dash (cr, long_dash, G_N_ELEMENTS (long_dash), 0);
      break;
    default:
      cairo_set_dash (cr, NULL, 0, 0);
    }
}
