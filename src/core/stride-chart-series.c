/* stride-chart-series.c
 *
 * One named row of numbers over dates, as a chart shows it: what the
 * statistics hand to the Progress page. It knows nothing of drawing.
 * Points are kept sorted by day whatever order they are added in, so
 * that drawing, lookups and keyboard moves can walk them in order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stride-chart-series.h"
#include "stride-core-enums.h"

struct _StrideChartSeries
{
  GObject parent_instance;

  char *name;
  StrideChartSeriesKind kind;
  GArray *points;
};

G_DEFINE_FINAL_TYPE (StrideChartSeries, stride_chart_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_point (gpointer data)
{
  StrideChartPoint *point = data;

  g_clear_pointer (&point->label, g_free);
}

static void
stride_chart_series_finalize (GObject *object)
{
  StrideChartSeries *self = STRIDE_CHART_SERIES (object);

  g_free (self->name);
  g_array_unref (self->points);

  G_OBJECT_CLASS (stride_chart_series_parent_class)->finalize (object);
}

static void
stride_chart_series_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StrideChartSeries *self = STRIDE_CHART_SERIES (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_chart_series_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StrideChartSeries *self = STRIDE_CHART_SERIES (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_chart_series_class_init (StrideChartSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stride_chart_series_finalize;
  object_class->get_property = stride_chart_series_get_property;
  object_class->set_property = stride_chart_series_set_property;

  /**
   * StrideChartSeries:name:
   *
   * What the series counts, as the legend and the details say it.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideChartSeries:kind:
   *
   * How the series is drawn.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       STRIDE_TYPE_CHART_SERIES_KIND, STRIDE_CHART_SERIES_BARS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_chart_series_init (StrideChartSeries *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (StrideChartPoint));
  g_array_set_clear_func (self->points, clear_point);
}

StrideChartSeries *
stride_chart_series_new (const char            *name,
                         StrideChartSeriesKind  kind)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (STRIDE_TYPE_CHART_SERIES, "name", name, "kind", kind, NULL);
}

const char *
stride_chart_series_get_name (StrideChartSeries *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART_SERIES (self), NULL);

  return self->name;
}

StrideChartSeriesKind
stride_chart_series_get_kind (StrideChartSeries *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART_SERIES (self), STRIDE_CHART_SERIES_BARS);

  return self->kind;
}

static void
insert_point (StrideChartSeries *self,
              guint32            day,
              double             value,
              const char        *label)
{
  StrideChartPoint point = { day, value, g_strdup (label) };
  guint index = self->points->len;

  /* Data arrives in order nearly always: look from the end */
  while (index > 0 && g_array_index (self->points, StrideChartPoint, index - 1).day > day)
    index--;
  g_array_insert_val (self->points, index, point);
}

/**
 * stride_chart_series_add:
 * @day: a valid Julian day number
 * @value: a finite value; fractions are fine
 *
 * Adds a point to a bar or line series.
 */
void
stride_chart_series_add (StrideChartSeries *self,
                         guint32            day,
                         double             value)
{
  g_return_if_fail (STRIDE_IS_CHART_SERIES (self));
  g_return_if_fail (g_date_valid_julian (day));
  g_return_if_fail (isfinite (value));

  insert_point (self, day, value, NULL);
}

/**
 * stride_chart_series_add_with_note:
 * @day: a valid Julian day number
 * @value: a finite value
 * @note: (nullable): what else to say of the point, in a few words
 *
 * Adds a point to a bar or line series, with words its details show
 * beside the value: "2 (25 minutes of exercise)".
 */
void
stride_chart_series_add_with_note (StrideChartSeries *self,
                                   guint32            day,
                                   double             value,
                                   const char        *note)
{
  g_return_if_fail (STRIDE_IS_CHART_SERIES (self));
  g_return_if_fail (g_date_valid_julian (day));
  g_return_if_fail (isfinite (value));

  insert_point (self, day, value, note);
}

/**
 * stride_chart_series_add_event:
 * @label: what happened, in a few words
 *
 * Adds an event to an events series.
 */
void
stride_chart_series_add_event (StrideChartSeries *self,
                               guint32            day,
                               const char        *label)
{
  g_return_if_fail (STRIDE_IS_CHART_SERIES (self));
  g_return_if_fail (g_date_valid_julian (day));
  g_return_if_fail (label != NULL);

  insert_point (self, day, 0, label);
}

guint
stride_chart_series_get_n_points (StrideChartSeries *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART_SERIES (self), 0);

  return self->points->len;
}

/**
 * stride_chart_series_get_point:
 *
 * Returns: (transfer none): the @index-th point, by day
 */
const StrideChartPoint *
stride_chart_series_get_point (StrideChartSeries *self,
                               guint              index)
{
  g_return_val_if_fail (STRIDE_IS_CHART_SERIES (self), NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return &g_array_index (self->points, StrideChartPoint, index);
}

/**
 * stride_chart_series_get_bounds:
 * @first_day: (out) (optional):
 * @last_day: (out) (optional):
 * @min_value: (out) (optional):
 * @max_value: (out) (optional):
 *
 * Returns: %FALSE when the series has no points, and sets nothing
 */
gboolean
stride_chart_series_get_bounds (StrideChartSeries *self,
                                guint32           *first_day,
                                guint32           *last_day,
                                double            *min_value,
                                double            *max_value)
{
  double low = INFINITY, high = -INFINITY;

  g_return_val_if_fail (STRIDE_IS_CHART_SERIES (self), FALSE);

  if (self->points->len == 0)
    return FALSE;

  for (guint i = 0; i < self->points->len; i++)
    {
      double value = g_array_index (self->points, StrideChartPoint, i).value;

      low = MIN (low, value);
      high = MAX (high, value);
    }

  if (first_day != NULL)
    *first_day = g_array_index (self->points, StrideChartPoint, 0).day;
  if (last_day != NULL)
    *last_day = g_array_index (self->points, StrideChartPoint, self->points->len - 1).day;
  if (min_value != NULL)
    *min_value = low;
  if (max_value != NULL)
    *max_value = high;

  return TRUE;
}
