/* stride-chart-layout.c
 *
 * Where everything of a chart goes at one size: the legend, the value
 * axis with round ticks, the plot, rows of events, the date labels. It is
 * worked out once per size and data, with every label a Pango layout from
 * the widget's context (so fonts and scaling follow the system), and then
 * drawn as often as needed — on screen and into exported files alike.
 * When the chart is narrow, date labels thin out to coarser steps and
 * names shorten rather than run off the edge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-chart-layout.h"

#define PADDING 8
#define AXIS_GAP 6
#define LABEL_GAP 12
#define KEY_SAMPLE_WIDTH 24
#define KEY_GAP 6
#define KEY_SPACING 16
#define PIXELS_PER_VALUE_TICK 56
#define MIN_ROW_HEIGHT 24
#define BAR_SHARE 0.7
#define MAX_BAR_WIDTH 40
#define EMPTY_MARGIN 24
#define EVENT_LABEL_GAP 8

static void
clear_text (gpointer data)
{
  StrideChartText *text = data;

  g_clear_object (&text->layout);
}

/* Small text for axes and the legend, with figures of equal width so
 * that the value labels line up */
static PangoLayout *
make_small_layout (PangoContext *context,
                   const char   *string)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attributes);
  pango_layout_set_text (layout, string, -1);

  return layout;
}

static StrideChartText *
add_text (StrideChartLayout *self,
          PangoLayout       *layout,
          double             x,
          double             y)
{
  StrideChartText text = { layout, x, y, 0, 0 };

  pango_layout_get_pixel_size (layout, &text.width, &text.height);
  g_array_append_val (self->texts, text);

  return &g_array_index (self->texts, StrideChartText, self->texts->len - 1);
}

static gboolean
collect_bounds (StrideChartLayout     *self,
                const StrideChartData *data,
                guint32               *first_day,
                guint32               *last_day,
                double                *low,
                double                *high,
                gboolean              *whole_numbers)
{
  gboolean any = FALSE;

  *first_day = G_MAXUINT32;
  *last_day = 0;
  *low = 0;
  *high = -INFINITY;
  *whole_numbers = TRUE;

  for (guint i = 0; i < data->series->len; i++)
    {
      StrideChartSeries *series = g_ptr_array_index (data->series, i);
      StrideChartSeriesKind kind = stride_chart_series_get_kind (series);
      guint32 first, last;
      double min_value, max_value;
      guint lane = 0;

      switch (kind)
        {
        case STRIDE_CHART_SERIES_BARS:
          lane = self->n_bar_series++;
          break;
        case STRIDE_CHART_SERIES_EVENTS:
          lane = self->n_rows++;
          break;
        case STRIDE_CHART_SERIES_LINE:
        default:
          break;
        }
      g_array_append_val (self->lanes, lane);

      if (!stride_chart_series_get_bounds (series, &first, &last, &min_value, &max_value))
        continue;

      any = TRUE;
      *first_day = MIN (*first_day, first);
      *last_day = MAX (*last_day, last);
      if (kind == STRIDE_CHART_SERIES_EVENTS)
        continue;

      self->has_values = TRUE;
      *low = MIN (*low, min_value);
      *high = MAX (*high, max_value);
      for (guint j = 0; j < stride_chart_series_get_n_points (series) && *whole_numbers; j++)
        {
          double value = stride_chart_series_get_point (series, j)->value;

          *whole_numbers = value == floor (value);
        }
    }

  return any;
}

/**
 * stride_chart_data_shows_points:
 *
 * Returns: whether a point of @data is in the stretch of time it shows,
 *   or has a point at all where it shows every day with data
 */
gboolean
stride_chart_data_shows_points (const StrideChartData *data)
{
  for (guint i = 0; i < data->series->len; i++)
    {
      StrideChartSeries *series = g_ptr_array_index (data->series, i);

      for (guint j = 0; j < stride_chart_series_get_n_points (series); j++)
        {
          guint32 day = stride_chart_series_get_point (series, j)->day;

          if ((data->first_day == 0 || day >= data->first_day) && (data->last_day == 0 || day <= data->last_day))
            return TRUE;
        }
    }

  return FALSE;
}

static void
lay_out_empty (StrideChartLayout     *self,
               const char            *empty_text,
               PangoContext          *context)
{
  PangoLayout *layout = pango_layout_new (context);
  int wrap_width = MAX (self->width - 2 * EMPTY_MARGIN, 1);
  StrideChartText *text;

  self->empty = TRUE;
  pango_layout_set_text (layout, empty_text != NULL ? empty_text : "", -1);
  pango_layout_set_width (layout, wrap_width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);

  text = add_text (self, layout, EMPTY_MARGIN, 0);
  /* A centred paragraph is as wide as its wrap width */
  text->width = wrap_width;
  text->y = MAX (0, (self->height - text->height) / 2.0);
}

/* The legend flows over as many lines as the width needs; returns its
 * height */
static double
lay_out_legend (StrideChartLayout     *self,
                const StrideChartData *data,
                PangoContext          *context)
{
  double x = PADDING, y = PADDING, line_height = 0;
  double right = self->width - PADDING;
  guint n_keys = data->series->len + (self->has_goal ? 1 : 0);

  for (guint i = 0; i < n_keys; i++)
    {
      gboolean goal = i == data->series->len;
      g_autofree char *goal_text = NULL;
      const char *name;
      PangoLayout *layout;
      StrideChartText *text;
      StrideChartKey key;
      int name_width, name_height;
      double item_width;

      if (goal)
        {
          g_autofree char *low = stride_chart_format_value (self->goal.low);
          g_autofree char *high = stride_chart_format_value (self->goal.high);

          /* Translators: the legend entry of a chart's goal band, e.g. “Goal 2–3” */
          goal_text = g_strdup_printf (_("Goal %s–%s"), low, high);
          name = goal_text;
        }
      else
        name = stride_chart_series_get_name (g_ptr_array_index (data->series, i));

      layout = make_small_layout (context, name);
      /* A name longer than a whole line shortens rather than overflows */
      pango_layout_set_width (layout, MAX (1, right - PADDING - KEY_SAMPLE_WIDTH - KEY_GAP) * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &name_width, &name_height);
      item_width = KEY_SAMPLE_WIDTH + KEY_GAP + name_width;

      if (x > PADDING && x + item_width > right)
        {
          x = PADDING;
          y += line_height + AXIS_GAP;
          line_height = 0;
        }

      key.series = goal ? STRIDE_CHART_KEY_GOAL : i;
      key.x = x;
      key.width = KEY_SAMPLE_WIDTH;
      key.height = MAX (name_height, 12);
      key.y = y;
      g_array_append_val (self->keys, key);

      text = add_text (self, layout, x + KEY_SAMPLE_WIDTH + KEY_GAP, y + (key.height - name_height) / 2);
      text->width = name_width;
      line_height = MAX (line_height, key.height);
      x += item_width + KEY_SPACING;
    }

  return y + line_height - PADDING;
}

static int
text_height (PangoContext *context)
{
  g_autoptr(PangoLayout) layout = make_small_layout (context, "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* The value axis: round ticks, as many as fit at a comfortable spacing,
 * labels right-aligned against the plot */
static void
lay_out_values (StrideChartLayout *self,
                PangoContext      *context,
                double             low,
                double             high,
                gboolean           whole_numbers)
{
  guint max_ticks = MAX (2, (guint) (self->plot.size.height / PIXELS_PER_VALUE_TICK) + 1);
  guint first_label = self->texts->len;
  int label_width = 0;

  if (self->has_goal)
    high = MAX (high, self->goal.high);
  stride_chart_value_scale_init (&self->scale, low, high, max_ticks, whole_numbers);

  for (double value = self->scale.low; value <= self->scale.high + self->scale.step / 2; value += self->scale.step)
    {
      g_autofree char *string = stride_chart_format_value (value);
      StrideChartText *text = add_text (self, make_small_layout (context, string), 0, 0);

      label_width = MAX (label_width, text->width);
      g_array_append_val (self->y_ticks, value);
    }

  self->plot.origin.x = PADDING + label_width + AXIS_GAP;
  self->plot.size.width = MAX (1, self->width - PADDING - self->plot.origin.x);

  for (guint i = 0; i < self->y_ticks->len; i++)
    {
      StrideChartText *text = &g_array_index (self->texts, StrideChartText, first_label + i);
      double y = stride_chart_layout_value_y (self, g_array_index (self->y_ticks, double, i));

      text->x = self->plot.origin.x - AXIS_GAP - text->width;
      text->y = y - text->height / 2.0;
    }
}

static char *
format_tick (const StrideChartDateStep *step,
             guint32                    day)
{
  g_autoptr(GDate) date = g_date_new_julian (day);
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);
  const char *format;

  if (step->unit != STRIDE_CHART_DATE_UNIT_MONTH)
    /* Translators: a date on a chart's axis, as g_date_time_format()
     * takes it: the abbreviated month and the day, e.g. “Mar 3”. Swap
     * them or add punctuation as your language writes short dates:
     * “%-d. %b” gives “3. Mär.” */
    format = C_("chart axis", "%b %-d");
  else if (g_date_get_month (date) == G_DATE_JANUARY || step->count >= 12)
    /* January stands for its year, so that long spans read as years */
    format = "%Y";
  else
    format = "%b";

  return g_date_time_format (time, format);
}

/* Ticks on the first of a month sit on that day; weekly and daily ticks
 * sit in the middle of the day or week they name */
static double
tick_x (StrideChartLayout         *self,
        const StrideChartDateStep *step,
        guint32                    day)
{
  double offset = 0;

  if (step->unit == STRIDE_CHART_DATE_UNIT_WEEK && self->period_days == 7)
    offset = 3.5;
  else if (step->unit != STRIDE_CHART_DATE_UNIT_MONTH)
    offset = 0.5;

  return stride_chart_layout_day_x (self, day + offset);
}

static void
lay_out_dates (StrideChartLayout *self,
               PangoContext      *context,
               double             labels_y)
{
  double right_edge = -INFINITY;
  guint n_steps = stride_chart_date_step_get_n ();
  const StrideChartDateStep *step = stride_chart_date_step_get_nth (n_steps - 1);
  g_autoptr(GArray) ticks = NULL;
  guint32 last_day = self->first_day + (guint32) self->span_days - 1;

  /* The finest step whose labels leave a gap between them. Weekly
   * values are never marked more finely than by week. */
  for (guint i = 0; i < n_steps; i++)
    {
      const StrideChartDateStep *candidate = stride_chart_date_step_get_nth (i);
      double spacing = stride_chart_date_step_days (candidate) / self->span_days * self->plot.size.width;
      g_autoptr(GArray) candidate_ticks = NULL;
      int widest = 0;

      if (self->period_days == 7 && candidate->unit == STRIDE_CHART_DATE_UNIT_DAY)
        continue;

      candidate_ticks = stride_chart_date_ticks (candidate, self->first_day, last_day);
      /* A few labels tell how wide they run; months differ in length */
      for (guint j = 0; j < MIN (candidate_ticks->len, 13); j++)
        {
          g_autofree char *string = format_tick (candidate, g_array_index (candidate_ticks, guint32, j));
          g_autoptr(PangoLayout) layout = make_small_layout (context, string);
          int width;

          pango_layout_get_pixel_size (layout, &width, NULL);
          widest = MAX (widest, width);
        }

      if (spacing >= widest + LABEL_GAP)
        {
          step = candidate;
          ticks = g_steal_pointer (&candidate_ticks);
          break;
        }
    }

  if (ticks == NULL)
    ticks = stride_chart_date_ticks (step, self->first_day, last_day);

  for (guint i = 0; i < ticks->len; i++)
    {
      guint32 day = g_array_index (ticks, guint32, i);
      g_autofree char *string = format_tick (step, day);
      PangoLayout *layout = make_small_layout (context, string);
      double x = tick_x (self, step, day);
      int width, height;

      pango_layout_get_pixel_size (layout, &width, &height);

      /* A label that would run off the chart or into its neighbour is
       * left out; the tick stays */
      if (x - width / 2.0 < 0 || x + width / 2.0 > self->width || x - width / 2.0 < right_edge + LABEL_GAP)
        g_object_unref (layout);
      else
        {
          add_text (self, layout, x - width / 2.0, labels_y);
          right_edge = x + width / 2.0;
        }

      g_array_append_val (self->x_ticks, x);
    }
}

static double event_x (const StrideChartLayout *self,
                        StrideChartSeries       *series,
                        guint                    point);

/* Each event's short label beside its marker, newest first, where it
 * fits before the next marker: the outcome of a test is read at a
 * glance, not only on hover. Where markers are too close for it, as with
 * years of tests, there is none; hovering or the keyboard tells. */
static void
lay_out_event_labels (StrideChartLayout *self,
                      PangoContext      *context)
{
  for (guint s = 0; s < self->series->len; s++)
    {
      StrideChartSeries *series = g_ptr_array_index (self->series, s);
      guint n = stride_chart_series_get_n_points (series);
      double limit = self->plot.origin.x + self->plot.size.width;
      double row_y;

      if (stride_chart_series_get_kind (series) != STRIDE_CHART_SERIES_EVENTS)
        continue;

      row_y = stride_chart_layout_row_y (self, s);
      for (guint i = n; i > 0; i--)
        {
          const StrideChartPoint *point = stride_chart_series_get_point (series, i - 1);
          double x = event_x (self, series, i - 1);
          PangoLayout *layout;
          int width, height;
          double left;

          if (point->label == NULL || point->label[0] == '\0')
            {
              limit = MIN (limit, x - EVENT_LABEL_GAP);
              continue;
            }

          layout = make_small_layout (context, point->label);
          pango_layout_get_pixel_size (layout, &width, &height);
          left = x + EVENT_LABEL_GAP;
          /* The newest may sit before its marker when the edge is near,
           * if that does not cover the marker before it */
          if (left + width > limit && i == n)
            {
              double room_from = self->plot.origin.x;

              if (i >= 2)
                room_from = MAX (room_from, event_x (self, series, i - 2) + EVENT_LABEL_GAP);
              if (x - EVENT_LABEL_GAP - width >= room_from)
                left = x - EVENT_LABEL_GAP - width;
            }

          if (left + width <= limit && left >= self->plot.origin.x)
            {
              add_text (self, layout, left, row_y - height / 2.0);
              limit = MIN (left, x) - EVENT_LABEL_GAP;
            }
          else
            {
              g_object_unref (layout);
              limit = MIN (limit, x - EVENT_LABEL_GAP);
            }
        }
    }
}

/**
 * stride_chart_layout_new:
 * @context: the widget's Pango context, for fonts as the system sets them
 *
 * Returns: (transfer full): where everything goes at @width × @height
 */
StrideChartLayout *
stride_chart_layout_new (const StrideChartData *data,
                         PangoContext          *context,
                         int                    width,
                         int                    height)
{
  StrideChartLayout *self = g_new0 (StrideChartLayout, 1);
  guint32 first_day, last_day;
  double low, high, top, bottom, label_height;
  gboolean whole_numbers;

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->series = g_ptr_array_ref (data->series);
  self->period_days = MAX (data->period_days, 1);
  self->has_goal = data->goal != NULL;
  if (data->goal != NULL)
    self->goal = *data->goal;
  self->lanes = g_array_new (FALSE, FALSE, sizeof (guint));
  self->texts = g_array_new (FALSE, FALSE, sizeof (StrideChartText));
  g_array_set_clear_func (self->texts, clear_text);
  self->y_ticks = g_array_new (FALSE, FALSE, sizeof (double));
  self->x_ticks = g_array_new (FALSE, FALSE, sizeof (double));
  self->keys = g_array_new (FALSE, FALSE, sizeof (StrideChartKey));

  if (!collect_bounds (self, data, &first_day, &last_day, &low, &high, &whole_numbers))
    {
      lay_out_empty (self, data->empty_text, context);
      return self;
    }
  /* Axes and a legend over nothing would read as a chart gone wrong */
  if (!stride_chart_data_shows_points (data))
    {
      lay_out_empty (self, data->empty_range_text != NULL ? data->empty_range_text : data->empty_text, context);
      return self;
    }

  if (data->first_day != 0)
    first_day = data->first_day;
  if (data->last_day != 0)
    last_day = MAX (data->last_day, first_day);
  self->first_day = first_day;
  /* The last value covers its whole period */
  self->span_days = (double) last_day - first_day + self->period_days;

  top = PADDING + lay_out_legend (self, data, context) + LABEL_GAP;
  label_height = text_height (context);
  bottom = self->height - PADDING - label_height - AXIS_GAP;

  self->row_height = MAX (MIN_ROW_HEIGHT, label_height + 8);
  self->rows_top = bottom - self->n_rows * self->row_height;

  self->plot.origin.x = PADDING;
  self->plot.size.width = MAX (1, self->width - 2 * PADDING);
  self->plot.origin.y = top;
  if (self->has_values)
    {
      /* Half a label above the top tick, so that its label is not cut */
      self->plot.origin.y = top + label_height / 2.0;
      self->plot.size.height = MAX (1, self->rows_top - self->plot.origin.y - (self->n_rows > 0 ? AXIS_GAP : 0));
      lay_out_values (self, context, low, high, whole_numbers);
    }
  else
    {
      /* Rows of events alone sit under the legend, a little roomier,
       * with their dates right below them */
      double block;

      self->row_height = CLAMP ((bottom - top) / MAX (self->n_rows, 1), self->row_height, self->row_height * 2);
      block = self->n_rows * self->row_height;
      /* Rows and their dates in the middle of the room, not at the top
       * with the room left empty below */
      self->rows_top = top + MAX (0, (bottom - top - block) / 2);
      bottom = self->rows_top + block;
    }

  lay_out_dates (self, context, bottom + AXIS_GAP);
  lay_out_event_labels (self, context);

  return self;
}

void
stride_chart_layout_free (StrideChartLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->series);
  g_array_unref (self->lanes);
  g_array_unref (self->texts);
  g_array_unref (self->y_ticks);
  g_array_unref (self->x_ticks);
  g_array_unref (self->keys);
  g_free (self);
}

/* @day may be fractional: 0.5 past a day is its middle */
double
stride_chart_layout_day_x (const StrideChartLayout *self,
                           double                   day)
{
  return self->plot.origin.x + (day - self->first_day) / self->span_days * self->plot.size.width;
}

double
stride_chart_layout_value_y (const StrideChartLayout *self,
                             double                   value)
{
  double range = self->scale.high - self->scale.low;

  return self->plot.origin.y + self->plot.size.height * (1 - (value - self->scale.low) / range);
}

/* How wide one period is on screen */
double
stride_chart_layout_slot_width (const StrideChartLayout *self)
{
  return self->period_days / self->span_days * self->plot.size.width;
}

double
stride_chart_layout_bar_width (const StrideChartLayout *self)
{
  double group = MIN (stride_chart_layout_slot_width (self) * BAR_SHARE, MAX_BAR_WIDTH * MAX (self->n_bar_series, 1));

  return MAX (1, group / MAX (self->n_bar_series, 1));
}

/* An event sits in the middle of its day */
static double
event_x (const StrideChartLayout *self,
         StrideChartSeries       *series,
         guint                    point)
{
  return stride_chart_layout_day_x (self, stride_chart_series_get_point (series, point)->day + 0.5);
}

/* The middle of an events series' row */
double
stride_chart_layout_row_y (const StrideChartLayout *self,
                           guint                    series)
{
  guint row = g_array_index (self->lanes, guint, series);

  return self->rows_top + (row + 0.5) * self->row_height;
}

/**
 * stride_chart_layout_point_position:
 *
 * Where a point is drawn: a line's marker, the middle of a bar's top,
 * an event's marker in its row.
 */
void
stride_chart_layout_point_position (const StrideChartLayout *self,
                                    guint                    series,
                                    guint                    point,
                                    double                  *x,
                                    double                  *y)
{
  StrideChartSeries *one = g_ptr_array_index (self->series, series);
  const StrideChartPoint *data = stride_chart_series_get_point (one, point);

  switch (stride_chart_series_get_kind (one))
    {
    case STRIDE_CHART_SERIES_BARS:
      {
        double bar = stride_chart_layout_bar_width (self);
        guint lane = g_array_index (self->lanes, guint, series);

        *x = stride_chart_layout_day_x (self, data->day + self->period_days / 2.0)
             + (lane - (self->n_bar_series - 1) / 2.0) * bar;
        *y = stride_chart_layout_value_y (self, data->value);
      }
      break;
    case STRIDE_CHART_SERIES_EVENTS:
      *x = event_x (self, one, point);
      *y = stride_chart_layout_row_y (self, series);
      break;
    case STRIDE_CHART_SERIES_LINE:
    default:
      *x = stride_chart_layout_day_x (self, data->day + self->period_days / 2.0);
      *y = stride_chart_layout_value_y (self, data->value);
      break;
    }
}

/**
 * stride_chart_layout_find_nearest:
 *
 * Finds the point nearest to where the pointer is. Distance across
 * counts three times as much as up and down: one reads a chart by date,
 * and a low bar is as much the week's as a high one.
 *
 * Returns: %FALSE outside the plot and its rows, or with no points
 */
gboolean
stride_chart_layout_find_nearest (const StrideChartLayout *self,
                                  double                   x,
                                  double                   y,
                                  guint                   *series,
                                  guint                   *point)
{
  double best = INFINITY;
  double bottom = self->n_rows > 0 ? self->rows_top + self->n_rows * self->row_height
                                   : self->plot.origin.y + self->plot.size.height;

  if (self->empty || y < self->plot.origin.y - PADDING || y > bottom + PADDING
      || x < self->plot.origin.x - PADDING || x > self->plot.origin.x + self->plot.size.width + PADDING)
    return FALSE;

  for (guint s = 0; s < self->series->len; s++)
    {
      StrideChartSeries *one = g_ptr_array_index (self->series, s);
      guint n = stride_chart_series_get_n_points (one);

      for (guint i = 0; i < n; i++)
        {
          double px, py, distance;

          stride_chart_layout_point_position (self, s, i, &px, &py);
          distance = (px - x) * (px - x) + (py - y) * (py - y) / 9;
          if (distance < best)
            {
              best = distance;
              *series = s;
              *point = i;
            }
        }
    }

  return isfinite (best);
}

/**
 * stride_chart_layout_place_callout:
 * @x: the point's x
 * @y: the point's y
 * @rect: (out): where the callout goes: above the point if it fits,
 *   else below, and always inside the chart
 */
void
stride_chart_layout_place_callout (const StrideChartLayout *self,
                                   double                   x,
                                   double                   y,
                                   int                      width,
                                   int                      height,
                                   graphene_rect_t         *rect)
{
  const double gap = 12, margin = 2;
  double left = CLAMP (x - width / 2.0, margin, MAX (margin, self->width - margin - width));
  double top = y - gap - height;

  if (top < margin)
    top = y + gap;
  top = CLAMP (top, margin, MAX (margin, self->height - margin - height));

  graphene_rect_init (rect, left, top, width, height);
}
