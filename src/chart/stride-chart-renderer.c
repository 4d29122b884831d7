/* stride-chart-renderer.c
 *
 * Draws a laid-out chart with cairo, the one drawing code for the screen
 * (through gtk_snapshot_append_cairo()) and for PNG and SVG exports.
 * Long series are thinned to what the pixels can show: points of a line
 * in the same pixel column are averaged into one, and markers are left
 * out when they would touch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stride-chart-renderer.h"

#define LINE_WIDTH 2
#define MARKER_RADIUS 4.5
#define MIN_MARKER_SPACING 12
/* At most one point of a line per pixel column */
#define LINE_BUCKET_WIDTH 1
#define HIGHLIGHT_RADIUS 9
#define CALLOUT_PADDING 8
#define CALLOUT_RADIUS 6

typedef struct
{
  double x;
  double y;
} Point;

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
show_text (cairo_t               *cr,
           const StrideChartText *text)
{
  cairo_move_to (cr, text->x, text->y);
  pango_cairo_show_layout (cr, text->layout);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Adds a marker's outline to the path; shapes of equal visual weight */
static void
marker_path (cairo_t          *cr,
             StrideChartShape  shape,
             double            x,
             double            y,
             double            r)
{
  switch (shape)
    {
    case STRIDE_CHART_SHAPE_SQUARE:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case STRIDE_CHART_SHAPE_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path (cr);
      break;
    case STRIDE_CHART_SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.25, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.25, y);
      cairo_close_path (cr);
      break;
    case STRIDE_CHART_SHAPE_TRIANGLE_DOWN:
      cairo_move_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x + r * 1.1, y - r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y - r * 0.8);
      cairo_close_path (cr);
      break;
    case STRIDE_CHART_SHAPE_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

/* A marker in the series' colour, ringed in the background's so that
 * markers that touch stay apart */
static void
draw_marker (cairo_t                *cr,
             const StrideChartStyle *style,
             guint                   index,
             double                  x,
             double                  y)
{
  marker_path (cr, stride_chart_style_shape (index), x, y, MARKER_RADIUS);
  set_color (cr, &style->background, 1);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke_preserve (cr);
  set_color (cr, stride_chart_style_color (style, index), 1);
  cairo_fill (cr);
}

static void
draw_value_axis (cairo_t                 *cr,
                 const StrideChartLayout *layout,
                 const StrideChartStyle  *style)
{
  double left = layout->plot.origin.x;
  double right = left + layout->plot.size.width;

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < layout->y_ticks->len; i++)
    {
      double value = g_array_index (layout->y_ticks, double, i);
      /* Lines on the half pixel are sharp */
      double y = floor (stride_chart_layout_value_y (layout, value)) + 0.5;

      set_color (cr, &style->foreground, value == 0 ? 0.45 : 0.12);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      cairo_stroke (cr);
    }
}

static void
draw_goal (cairo_t                 *cr,
           const StrideChartLayout *layout,
           const StrideChartStyle  *style)
{
  double top = stride_chart_layout_value_y (layout, layout->goal.high);
  double bottom = stride_chart_layout_value_y (layout, layout->goal.low);

  set_color (cr, &style->goal, 1);
  cairo_rectangle (cr, layout->plot.origin.x, top, layout->plot.size.width, MAX (bottom - top, 2));
  cairo_fill (cr);
}

static void
draw_bars (cairo_t                 *cr,
           const StrideChartLayout *layout,
           const StrideChartStyle  *style,
           guint                    index)
{
  StrideChartSeries *series = g_ptr_array_index (layout->series, index);
  double width = stride_chart_layout_bar_width (layout);
  double base = stride_chart_layout_value_y (layout, MAX (0, layout->scale.low));
  guint n = stride_chart_series_get_n_points (series);

  for (guint i = 0; i < n; i++)
    {
      double x, y;

      stride_chart_layout_point_position (layout, index, i, &x, &y);
      cairo_rectangle (cr, x - width / 2, MIN (y, base), width, fabs (base - y));
    }
  set_color (cr, stride_chart_style_color (style, index), 1);
  cairo_fill (cr);
}

static void
draw_line (cairo_t                 *cr,
           const StrideChartLayout *layout,
           const StrideChartStyle  *style,
           guint                    index)
{
  StrideChartSeries *series = g_ptr_array_index (layout->series, index);
  guint n = stride_chart_series_get_n_points (series);
  g_autoptr(GArray) kept = g_array_sized_new (FALSE, FALSE, sizeof (Point), MIN (n, (guint) layout->width));
  gboolean markers;
  guint bucket_start = 0;

  if (n == 0)
    return;

  /* Points that fall in the same pixel column are averaged into one:
   * more could not be seen, and would only cost drawing time */
  while (bucket_start < n)
    {
      Point sum = { 0, 0 }, p;
      double bucket;
      guint i = bucket_start;

      stride_chart_layout_point_position (layout, index, i, &p.x, &p.y);
      bucket = floor ((p.x - layout->plot.origin.x) / LINE_BUCKET_WIDTH);

      for (; i < n; i++)
        {
          if (i > bucket_start)
            stride_chart_layout_point_position (layout, index, i, &p.x, &p.y);
          if (floor ((p.x - layout->plot.origin.x) / LINE_BUCKET_WIDTH) != bucket)
            break;
          sum.x += p.x;
          sum.y += p.y;
        }

      p = (Point) { sum.x / (i - bucket_start), sum.y / (i - bucket_start) };
      g_array_append_val (kept, p);
      bucket_start = i;
    }

  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  set_color (cr, stride_chart_style_color (style, index), 1);

  stride_chart_style_set_dash (cr, index);
  for (guint i = 0; i < kept->len; i++)
    {
      Point *p = &g_array_index (kept, Point, i);

      cairo_line_to (cr, p->x, p->y);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* Markers only where they stand apart; a dense line reads by itself */
  markers = n == 1 || layout->plot.size.width / n >= MIN_MARKER_SPACING;
  if (markers)
    for (guint i = 0; i < n; i++)
      {
        double x, y;

        stride_chart_layout_point_position (layout, index, i, &x, &y);
        draw_marker (cr, style, index, x, y);
      }
}

static void
draw_events (cairo_t                 *cr,
             const StrideChartLayout *layout,
             const StrideChartStyle  *style,
             guint                   index)
{
  StrideChartSeries *series = g_ptr_array_index (layout->series, index);
  guint n = stride_chart_series_get_n_points (series);
  double y = stride_chart_layout_row_y (layout, index);
  double last_x = -INFINITY;

  /* The row's rule, so that an empty stretch reads as “nothing then” */
  set_color (cr, &style->foreground, 0.12);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, layout->plot.origin.x, floor (y) + 0.5);
  cairo_line_to (cr, layout->plot.origin.x + layout->plot.size.width, floor (y) + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double x;

      stride_chart_layout_point_position (layout, index, i, &x, &y);
      /* Markers on the same pixel would hide each other anyway */
      if (x - last_x < 1)
        continue;
      draw_marker (cr, style, index, x, y);
      last_x = x;
    }
}

static void
draw_date_ticks (cairo_t                 *cr,
                 const StrideChartLayout *layout,
                 const StrideChartStyle  *style)
{
  double bottom = layout->n_rows > 0 ? layout->rows_top + layout->n_rows * layout->row_height
                                     : layout->plot.origin.y + layout->plot.size.height;

  set_color (cr, &style->foreground, 0.45);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < layout->x_ticks->len; i++)
    {
      double x = floor (g_array_index (layout->x_ticks, double, i)) + 0.5;

      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + 4);
    }
  cairo_stroke (cr);
}

static void
draw_key_sample (cairo_t                 *cr,
                 const StrideChartLayout *layout,
                 const StrideChartStyle  *style,
                 const StrideChartKey    *key)
{
  double middle = key->y + key->height / 2;
  StrideChartSeries *series;

  if (key->series == STRIDE_CHART_KEY_GOAL)
    {
      set_color (cr, &style->goal, 1);
      cairo_rectangle (cr, key->x, key->y + 1, key->width, key->height - 2);
      cairo_fill (cr);
      return;
    }

  series = g_ptr_array_index (layout->series, key->series);
  switch (stride_chart_series_get_kind (series))
    {
    case STRIDE_CHART_SERIES_BARS:
      set_color (cr, stride_chart_style_color (style, key->series), 1);
      cairo_rectangle (cr, key->x + key->width / 2 - 5, middle - 5, 10, 10);
      cairo_fill (cr);
      break;
    case STRIDE_CHART_SERIES_LINE:
      cairo_move_to (cr, key->x, middle);
      cairo_line_to (cr, key->x + key->width, middle);
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      stride_chart_style_set_dash (cr, key->series);
      set_color (cr, stride_chart_style_color (style, key->series), 1);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_marker (cr, style, key->series, key->x + key->width / 2, middle);
      break;
    case STRIDE_CHART_SERIES_EVENTS:
    default:
      draw_marker (cr, style, key->series, key->x + key->width / 2, middle);
      break;
    }
}

/**
 * stride_chart_render:
 *
 * Draws everything but the highlighted point, over what is already there.
 */
void
stride_chart_render (cairo_t                 *cr,
                     const StrideChartLayout *layout,
                     const StrideChartStyle  *style)
{
  cairo_save (cr);

  if (layout->empty)
    {
      set_color (cr, &style->foreground, 0.7);
      for (guint i = 0; i < layout->texts->len; i++)
        show_text (cr, &g_array_index (layout->texts, StrideChartText, i));
      cairo_restore (cr);
      return;
    }

  if (layout->has_values)
    {
      if (layout->has_goal)
        draw_goal (cr, layout, style);
      draw_value_axis (cr, layout, style);
    }

  for (guint i = 0; i < layout->series->len; i++)
    {
      StrideChartSeries *series = g_ptr_array_index (layout->series, i);

      switch (stride_chart_series_get_kind (series))
        {
        case STRIDE_CHART_SERIES_BARS:
          draw_bars (cr, layout, style, i);
          break;
        case STRIDE_CHART_SERIES_LINE:
          draw_line (cr, layout, style, i);
          break;
        case STRIDE_CHART_SERIES_EVENTS:
          draw_events (cr, layout, style, i);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  draw_date_ticks (cr, layout, style);
  for (guint i = 0; i < layout->keys->len; i++)
    draw_key_sample (cr, layout, style, &g_array_index (layout->keys, StrideChartKey, i));

  /* Text is dimmed as libadwaita dims secondary labels, but no less
   * than it takes to read it */
  set_color (cr, &style->foreground, 0.8);
  for (guint i = 0; i < layout->texts->len; i++)
    show_text (cr, &g_array_index (layout->texts, StrideChartText, i));

  cairo_restore (cr);
}

/**
 * stride_chart_render_highlight:
 * @detail: the point's details, shown in a callout beside it
 *
 * Rings the point that is hovered or has the keyboard focus, marks its
 * date down the chart, and shows its details.
 */
void
stride_chart_render_highlight (cairo_t                 *cr,
                               const StrideChartLayout *layout,
                               const StrideChartStyle  *style,
                               guint                    series,
                               guint                    point,
                               PangoLayout             *detail)
{
  static const double guide_dash[] = { 2, 3 };
  double x, y, bottom;
  int width, height;
  graphene_rect_t box;

  g_return_if_fail (series < layout->series->len);

  cairo_save (cr);
  stride_chart_layout_point_position (layout, series, point, &x, &y);

  bottom = layout->n_rows > 0 ? layout->rows_top + layout->n_rows * layout->row_height
                              : layout->plot.origin.y + layout->plot.size.height;
  set_color (cr, &style->foreground, 0.4);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, guide_dash, G_N_ELEMENTS (guide_dash), 0);
  cairo_move_to (cr, floor (x) + 0.5, layout->plot.origin.y);
  cairo_line_to (cr, floor (x) + 0.5, bottom);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  draw_marker (cr, style, series, x, y);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, HIGHLIGHT_RADIUS, 0, 2 * G_PI);
  set_color (cr, &style->background, 1);
  cairo_set_line_width (cr, 4);
  cairo_stroke_preserve (cr);
  set_color (cr, &style->accent, 1);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);

  pango_layout_get_pixel_size (detail, &width, &height);
  stride_chart_layout_place_callout (layout, x, y, width + 2 * CALLOUT_PADDING, height + 2 * CALLOUT_PADDING, &box);
  rounded_rectangle (cr, box.origin.x + 0.5, box.origin.y + 0.5, box.size.width - 1, box.size.height - 1, CALLOUT_RADIUS);
  set_color (cr, &style->background, 0.97);
  cairo_fill_preserve (cr);
  set_color (cr, &style->foreground, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  set_color (cr, &style->foreground, 1);
  cairo_move_to (cr, box.origin.x + CALLOUT_PADDING, box.origin.y + CALLOUT_PADDING);
  pango_cairo_show_layout (cr, detail);

  cairo_restore (cr);
}
