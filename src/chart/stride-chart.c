/* stride-chart.c
 *
 * A chart for the Progress area: bars, lines and rows of events over
 * dates, a goal band, a legend. It knows nothing of sessions or tests;
 * the Progress page fills it with series. Pointing at it shows the
 * nearest point's date and value; with the keyboard focus, the arrow
 * keys walk the points and show the same. A screen reader reads a
 * summary in words, and the point the keys move to as the chart's
 * name. Where it is laid out and what it draws are in
 * stride-chart-layout.c and stride-chart-renderer.c, shared with the
 * PNG and SVG export (stride-chart-export.c), which uses the chart but
 * is not used by it.
 *
 * The drawing is kept as a render node until the data, the size or the
 * style change, so that pointing and moving the focus redraw only the
 * highlighted point.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-chart-private.h"
#include "stride-chart-renderer.h"
#include "stride-chart-summary.h"
#include "stride-drawing.h"
#include "stride-theme-colors.h"

#define MINIMUM_WIDTH 240
#define NATURAL_WIDTH 640
#define MINIMUM_HEIGHT 200
#define NATURAL_HEIGHT 320

struct _StrideChart
{
  GtkWidget parent_instance;

  GPtrArray *series;
  char *title;
  char *empty_text;
  char *summary;
  guint period_days;
  gboolean has_goal;
  StrideChartGoal goal;
  guint32 first_day;
  guint32 last_day;

  /* What was drawn, kept for the next frame */
  StrideChartLayout *layout;
  GskRenderNode *drawing;
  guint layout_serial;

  gboolean hovering;
  guint hover_series;
  guint hover_point;
  gboolean has_focus_point;
  guint focus_series;
  guint focus_point;
  /* Whether the keys moved to the focus point since the chart took the
   * keyboard: its details are then the chart's name */
  gboolean point_is_name;

  char *description;
};

G_DEFINE_FINAL_TYPE (StrideChart, stride_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_EMPTY_TEXT,
  PROP_SUMMARY,
  PROP_PERIOD_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* g_set_str() is GLib 2.76 */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
forget_drawing (StrideChart *self)
{
  g_clear_pointer (&self->layout, stride_chart_layout_free);
  g_clear_pointer (&self->drawing, gsk_render_node_unref);
}

static void
fill_data (StrideChart     *self,
           StrideChartData *data)
{
  *data = (StrideChartData) {
    .series = self->series,
    .period_days = self->period_days,
    .goal = self->has_goal ? &self->goal : NULL,
    .empty_text = self->empty_text,
    /* Translators: a chart of a stretch of time without any of its data */
    .empty_range_text = _("Nothing in this period"),
    .first_day = self->first_day,
    .last_day = self->last_day,
  };
}

static void update_name (StrideChart *self);

static void
update_description (StrideChart *self)
{
  g_autofree char *summary = NULL;
  const char *description = self->summary;
  StrideChartData data, all_days;

  fill_data (self, &data);
  /* Data there is, only none of it in the period shown */
  all_days = data;
  all_days.first_day = all_days.last_day = 0;
  if (description == NULL && stride_chart_data_shows_points (&all_days) && !stride_chart_data_shows_points (&data))
    description = data.empty_range_text;
  if (description == NULL)
    {
      summary = stride_chart_summarize (self->title, self->series, self->period_days,
                                        self->has_goal ? &self->goal : NULL);
      description = summary != NULL ? summary : self->empty_text;
    }

  g_free (self->description);
  self->description = g_strdup (description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description != NULL ? self->description : "",
                                  -1);
  update_name (self);
}

static guint
count_points (StrideChart *self,
              guint        series)
{
  return stride_chart_series_get_n_points (g_ptr_array_index (self->series, series));
}

/* After the data changed: points that moved away are forgotten */
static void
data_changed (StrideChart *self)
{
  if (self->has_focus_point
      && (self->focus_series >= self->series->len || self->focus_point >= count_points (self, self->focus_series)))
    self->has_focus_point = FALSE;
  self->hovering = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.previous-series", self->series->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.next-series", self->series->len > 1);

  forget_drawing (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * stride_chart_get_style:
 *
 * The colours the chart is drawn in, from the widget's style: what the
 * screen shows and what an export writes.
 */
void
stride_chart_get_style (StrideChart      *self,
                        StrideChartStyle *style)
{
  StrideThemeColors colors;

  stride_theme_colors_read (GTK_WIDGET (self), &colors);
  stride_chart_style_init (style, &colors.foreground, &colors.background, &colors.accent);
}

/**
 * stride_chart_build_layout:
 *
 * Returns: (transfer full): the chart laid out at @width × @height with
 *   the widget's fonts
 */
StrideChartLayout *
stride_chart_build_layout (StrideChart *self,
                           int          width,
                           int          height)
{
  StrideChartData data;

  fill_data (self, &data);
  return stride_chart_layout_new (&data, gtk_widget_get_pango_context (GTK_WIDGET (self)), width, height);
}

/* The layout at the widget's size, made again when the size or the
 * fonts changed */
static const StrideChartLayout *
ensure_layout (StrideChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (GTK_WIDGET (self)));

  if (self->layout != NULL
      && (self->layout->width != width || self->layout->height != height || self->layout_serial != serial))
    forget_drawing (self);

  if (self->layout == NULL)
    {
      self->layout = stride_chart_build_layout (self, width, height);
      self->layout_serial = serial;
    }

  return self->layout;
}

/**
 * stride_chart_peek_layout:
 *
 * Returns: (transfer none): where things are at the widget's size
 */
const StrideChartLayout *
stride_chart_peek_layout (StrideChart *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);

  return ensure_layout (self);
}

/**
 * stride_chart_get_shown_point:
 *
 * Returns: whether a point's details show, and which: the hovered one,
 *   else the one with the keyboard focus while the chart has it
 */
gboolean
stride_chart_get_shown_point (StrideChart *self,
                              guint       *series,
                              guint       *point)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), FALSE);

  if (self->hovering)
    {
      *series = self->hover_series;
      *point = self->hover_point;
      return TRUE;
    }

  if (self->has_focus_point && gtk_widget_is_focus (GTK_WIDGET (self)))
    {
      *series = self->focus_series;
      *point = self->focus_point;
      return TRUE;
    }

  return FALSE;
}

/* The details' three parts: the series, the date, the value or event */
static void
describe_point (StrideChart  *self,
                guint         series,
                guint         point,
                const char  **name,
                char        **date,
                char        **value)
{
  StrideChartSeries *one = g_ptr_array_index (self->series, series);
  const StrideChartPoint *data = stride_chart_series_get_point (one, point);
  gboolean event = stride_chart_series_get_kind (one) == STRIDE_CHART_SERIES_EVENTS;

  *name = stride_chart_series_get_name (one);
  *date = stride_chart_format_date (data->day, event ? 1 : self->period_days);
  if (event)
    *value = g_strdup (data->label);
  else if (data->label != NULL)
    {
      g_autofree char *number = stride_chart_format_value (data->value);

      /* Translators: a chart point's value, then what else it says, e.g.
       * “2 (25 minutes of exercise)” */
      *value = g_strdup_printf (_("%s (%s)"), number, data->label);
    }
  else
    *value = stride_chart_format_value (data->value);
}

static char *
dup_point_detail (StrideChart *self,
                  guint        series,
                  guint        point)
{
  const char *name;
  g_autofree char *date = NULL;
  g_autofree char *value = NULL;

  describe_point (self, series, point, &name, &date, &value);
  /* Translators: a chart point's details: the series, the date, then
   * the value or what happened, e.g. “Sessions, Week of 3 March 2025: 2” */
  return g_strdup_printf (_("%s, %s: %s"), name, date, value);
}

/**
 * stride_chart_dup_detail:
 *
 * Returns: (transfer full) (nullable): the shown point's details in one
 *   line, e.g. “Sessions, Week of 3 March 2025: 2”
 */
char *
stride_chart_dup_detail (StrideChart *self)
{
  guint series, point;

  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);

  if (!stride_chart_get_shown_point (self, &series, &point))
    return NULL;

  return dup_point_detail (self, series, point);
}

/* The chart's title; while the keys walk its points, the point they
 * are on. GTK 4.8 cannot announce, but a screen reader says the new
 * name of what has the keyboard. */
static void
update_name (StrideChart *self)
{
  g_autofree char *detail = NULL;

  if (self->point_is_name && self->has_focus_point && gtk_widget_has_focus (GTK_WIDGET (self)))
    detail = dup_point_detail (self, self->focus_series, self->focus_point);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  detail != NULL ? detail : self->title != NULL ? self->title : "",
                                  -1);
}

static PangoLayout *
make_detail_layout (StrideChart *self,
                    guint        series,
                    guint        point)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  const char *name;
  g_autofree char *date = NULL;
  g_autofree char *value = NULL;
  g_autofree char *markup = NULL;

  describe_point (self, series, point, &name, &date, &value);
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s\n<span size=\"larger\" font_features=\"tnum=1\">%s</span>",
                                    name, date, value);
  pango_layout_set_markup (layout, markup, -1);
  /* Never wider than the chart */
  pango_layout_set_width (layout, MAX (1, gtk_widget_get_width (GTK_WIDGET (self)) - 24) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

/* What one frame draws: the chart, and the details of the point shown */
typedef struct
{
  const StrideChartLayout *layout;
  const StrideChartStyle *style;
  guint series;
  guint point;
  PangoLayout *detail;
} Picture;

static void
draw_picture (cairo_t  *cr,
              int       width,
              int       height,
              gpointer  user_data)
{
  const Picture *picture = user_data;

  stride_chart_render (cr, picture->layout, picture->style);
}

static void
draw_highlight (cairo_t  *cr,
                int       width,
                int       height,
                gpointer  user_data)
{
  const Picture *picture = user_data;

  stride_chart_render_highlight (cr, picture->layout, picture->style,
                                 picture->series, picture->point, picture->detail);
}

static void
stride_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  StrideChart *self = STRIDE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  StrideChartStyle style;
  Picture picture = { NULL, &style, 0, 0, NULL };

  if (width <= 0 || height <= 0)
    return;

  picture.layout = ensure_layout (self);
  stride_chart_get_style (self, &style);

  if (self->drawing == NULL)
    self->drawing = stride_drawing_record (width, height, draw_picture, &picture);

  if (self->drawing != NULL)
    gtk_snapshot_append_node (snapshot, self->drawing);

  if (!picture.layout->empty && stride_chart_get_shown_point (self, &picture.series, &picture.point))
    {
      g_autoptr(PangoLayout) detail = make_detail_layout (self, picture.series, picture.point);

      picture.detail = detail;
      stride_drawing_append (snapshot, width, height, draw_highlight, &picture);
    }
}

static void
stride_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MINIMUM_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MINIMUM_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
stride_chart_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (stride_chart_parent_class)->css_changed (widget, change);

  /* Colours and fonts come from the style: a light/dark switch or a new
   * font needs a new drawing */
  forget_drawing (STRIDE_CHART (widget));
  gtk_widget_queue_draw (widget);
}

/**
 * stride_chart_hover:
 *
 * Shows the details of the point nearest to (@x, @y), as pointing there
 * does.
 */
void
stride_chart_hover (StrideChart *self,
                    double       x,
                    double       y)
{
  guint series = 0, point = 0;
  gboolean found;

  g_return_if_fail (STRIDE_IS_CHART (self));

  found = stride_chart_layout_find_nearest (ensure_layout (self), x, y, &series, &point);
  if (found == self->hovering && series == self->hover_series && point == self->hover_point)
    return;

  self->hovering = found;
  self->hover_series = series;
  self->hover_point = point;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           StrideChart              *self)
{
  stride_chart_hover (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *controller,
          StrideChart              *self)
{
  self->hovering = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_focus_point (StrideChart *self,
                 guint        series,
                 guint        point)
{
  self->has_focus_point = TRUE;
  self->focus_series = series;
  self->focus_point = point;
  /* The keyboard takes over from the pointer */
  self->hovering = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The point the keys or a click chose: what it is, is said */
static void
name_focus_point (StrideChart *self)
{
  self->point_is_name = TRUE;
  update_name (self);
}

static void
move_focus_point (StrideChart *self,
                  guint        series,
                  guint        point)
{
  set_focus_point (self, series, point);
  name_focus_point (self);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            StrideChart     *self)
{
  guint series, point;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (stride_chart_layout_find_nearest (ensure_layout (self), x, y, &series, &point))
    move_focus_point (self, series, point);
}

/* The first series with points, from @start on in @direction */
static gboolean
find_series_with_points (StrideChart *self,
                         int          start,
                         int          direction,
                         guint       *found)
{
  for (int i = start; i >= 0 && i < (int) self->series->len; i += direction)
    {
      if (count_points (self, i) > 0)
        {
          *found = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Starting with the keyboard, the focus goes to the latest point of the
 * first series: what a reader looks at first */
static gboolean
ensure_focus_point (StrideChart *self)
{
  guint series;

  if (self->has_focus_point)
    return TRUE;
  if (!find_series_with_points (self, 0, 1, &series))
    return FALSE;

  set_focus_point (self, series, count_points (self, series) - 1);
  return FALSE;
}

static void
on_focus_enter (GtkEventControllerFocus *controller,
                StrideChart             *self)
{
  ensure_focus_point (self);
  /* Coming to the chart, its title and summary are said first */
  self->point_is_name = FALSE;
  update_name (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                StrideChart             *self)
{
  self->point_is_name = FALSE;
  update_name (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_point (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StrideChart *self = STRIDE_CHART (widget);
  guint n;

  /* The first key press shows where the focus is before moving it */
  if (!ensure_focus_point (self))
    {
      name_focus_point (self);
      return;
    }

  n = count_points (self, self->focus_series);
  if (g_str_equal (action_name, "chart.previous-point"))
    move_focus_point (self, self->focus_series, self->focus_point > 0 ? self->focus_point - 1 : 0);
  else if (g_str_equal (action_name, "chart.next-point"))
    move_focus_point (self, self->focus_series, MIN (self->focus_point + 1, n - 1));
  else if (g_str_equal (action_name, "chart.first-point"))
    move_focus_point (self, self->focus_series, 0);
  else
    move_focus_point (self, self->focus_series, n - 1);
}

/* To the next series up or down, at the point nearest in date */
static void
move_series (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideChart *self = STRIDE_CHART (widget);
  int direction = g_str_equal (action_name, "chart.next-series") ? 1 : -1;
  guint32 day;
  guint series, best = 0, n;

  if (!ensure_focus_point (self))
    {
      name_focus_point (self);
      return;
    }
  if (!find_series_with_points (self, (int) self->focus_series + direction, direction, &series))
    return;

  day = stride_chart_series_get_point (g_ptr_array_index (self->series, self->focus_series), self->focus_point)->day;
  n = count_points (self, series);
  for (guint i = 1; i < n; i++)
    {
      StrideChartSeries *one = g_ptr_array_index (self->series, series);
      gint64 distance = ABS ((gint64) stride_chart_series_get_point (one, i)->day - day);
      gint64 best_distance = ABS ((gint64) stride_chart_series_get_point (one, best)->day - day);

      if (distance < best_distance)
        best = i;
    }

  move_focus_point (self, series, best);
}

static void
stride_chart_dispose (GObject *object)
{
  StrideChart *self = STRIDE_CHART (object);

  forget_drawing (self);
  g_ptr_array_set_size (self->series, 0);

  G_OBJECT_CLASS (stride_chart_parent_class)->dispose (object);
}

static void
stride_chart_finalize (GObject *object)
{
  StrideChart *self = STRIDE_CHART (object);

  g_ptr_array_unref (self->series);
  g_free (self->title);
  g_free (self->empty_text);
  g_free (self->summary);
  g_free (self->description);

  G_OBJECT_CLASS (stride_chart_parent_class)->finalize (object);
}

static void
stride_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StrideChart *self = STRIDE_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_PERIOD_DAYS:
      g_value_set_uint (value, self->period_days);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_chart_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  StrideChart *self = STRIDE_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      stride_chart_set_title (self, g_value_get_string (value));
      break;
    case PROP_EMPTY_TEXT:
      stride_chart_set_empty_text (self, g_value_get_string (value));
      break;
    case PROP_SUMMARY:
      stride_chart_set_summary (self, g_value_get_string (value));
      break;
    case PROP_PERIOD_DAYS:
      stride_chart_set_period_days (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_chart_class_init (StrideChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const struct
  {
    guint key;
    const char *action;
  } bindings[] = {
    { GDK_KEY_Left, "chart.previous-point" },
    { GDK_KEY_KP_Left, "chart.previous-point" },
    { GDK_KEY_Right, "chart.next-point" },
    { GDK_KEY_KP_Right, "chart.next-point" },
    { GDK_KEY_Home, "chart.first-point" },
    { GDK_KEY_KP_Home, "chart.first-point" },
    { GDK_KEY_End, "chart.last-point" },
    { GDK_KEY_KP_End, "chart.last-point" },
    { GDK_KEY_Up, "chart.previous-series" },
    { GDK_KEY_KP_Up, "chart.previous-series" },
    { GDK_KEY_Down, "chart.next-series" },
    { GDK_KEY_KP_Down, "chart.next-series" },
  };

  object_class->dispose = stride_chart_dispose;
  object_class->finalize = stride_chart_finalize;
  object_class->get_property = stride_chart_get_property;
  object_class->set_property = stride_chart_set_property;

  widget_class->snapshot = stride_chart_snapshot;
  widget_class->measure = stride_chart_measure;
  widget_class->css_changed = stride_chart_css_changed;

  /**
   * StrideChart:title:
   *
   * What the chart shows, e.g. “Sessions per week”: its accessible name
   * and the start of its summary. The chart does not draw it; the page
   * around it does.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideChart:empty-text:
   *
   * What the chart says in place of empty axes while it has no data.
   */
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideChart:summary:
   *
   * The chart in words for screen readers, or %NULL for one made from
   * the data: the span, the average, the latest value and the goal.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideChart:period-days:
   *
   * How many days each value covers: 7 for weekly values keyed by the
   * week's Monday, so that a bar fills its week; 1 for daily values.
   */
  properties[PROP_PERIOD_DAYS] =
    g_param_spec_uint ("period-days", NULL, NULL,
                       1, 366, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.previous-point", NULL, move_point);
  gtk_widget_class_install_action (widget_class, "chart.next-point", NULL, move_point);
  gtk_widget_class_install_action (widget_class, "chart.first-point", NULL, move_point);
  gtk_widget_class_install_action (widget_class, "chart.last-point", NULL, move_point);
  gtk_widget_class_install_action (widget_class, "chart.previous-series", NULL, move_series);
  gtk_widget_class_install_action (widget_class, "chart.next-series", NULL, move_series);
  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].key, 0, bindings[i].action, NULL);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stride_chart_init (StrideChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->series = g_ptr_array_new_with_free_func (g_object_unref);
  self->period_days = 1;
  self->empty_text = g_strdup (_("Nothing to show yet"));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (focus, "enter", G_CALLBACK (on_focus_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  data_changed (self);
}

GtkWidget *
stride_chart_new (void)
{
  return g_object_new (STRIDE_TYPE_CHART, NULL);
}

const char *
stride_chart_get_title (StrideChart *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);

  return self->title;
}

void
stride_chart_set_title (StrideChart *self,
                        const char  *title)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  if (replace_string (&self->title, title))
    {
      update_description (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

const char *
stride_chart_get_empty_text (StrideChart *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);

  return self->empty_text;
}

/**
 * stride_chart_set_empty_text:
 * @empty_text: e.g. “Your sessions per week will appear here after your
 *   first workout”
 */
void
stride_chart_set_empty_text (StrideChart *self,
                             const char  *empty_text)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  if (replace_string (&self->empty_text, empty_text))
    {
      data_changed (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY_TEXT]);
    }
}

const char *
stride_chart_get_summary (StrideChart *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);

  return self->summary;
}

void
stride_chart_set_summary (StrideChart *self,
                          const char  *summary)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  if (replace_string (&self->summary, summary))
    {
      update_description (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }
}

guint
stride_chart_get_period_days (StrideChart *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), 1);

  return self->period_days;
}

void
stride_chart_set_period_days (StrideChart *self,
                              guint        period_days)
{
  g_return_if_fail (STRIDE_IS_CHART (self));
  g_return_if_fail (period_days >= 1);

  if (period_days == self->period_days)
    return;

  self->period_days = period_days;
  data_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_DAYS]);
}

/**
 * stride_chart_add_series:
 *
 * Adds @series after the others; its place sets its colour, marker
 * and dash. Call stride_chart_changed() after adding points to a series
 * that is already in the chart.
 */
void
stride_chart_add_series (StrideChart       *self,
                         StrideChartSeries *series)
{
  g_return_if_fail (STRIDE_IS_CHART (self));
  g_return_if_fail (STRIDE_IS_CHART_SERIES (series));

  g_ptr_array_add (self->series, g_object_ref (series));
  data_changed (self);
}

void
stride_chart_remove_all (StrideChart *self)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  g_ptr_array_set_size (self->series, 0);
  self->has_focus_point = FALSE;
  data_changed (self);
}

guint
stride_chart_get_n_series (StrideChart *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), 0);

  return self->series->len;
}

/**
 * stride_chart_get_series:
 *
 * Returns: (transfer none): the @index-th series
 */
StrideChartSeries *
stride_chart_get_series (StrideChart *self,
                         guint        index)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->series->len, NULL);

  return g_ptr_array_index (self->series, index);
}

/**
 * stride_chart_set_goal:
 *
 * Shades the band from @low to @high, e.g. 2 to 3 sessions a week.
 */
void
stride_chart_set_goal (StrideChart *self,
                       double       low,
                       double       high)
{
  g_return_if_fail (STRIDE_IS_CHART (self));
  g_return_if_fail (low <= high);

  self->has_goal = TRUE;
  self->goal = (StrideChartGoal) { low, high };
  data_changed (self);
}

/**
 * stride_chart_get_goal:
 * @low: (out) (optional):
 * @high: (out) (optional):
 *
 * Returns: whether the chart has a goal band
 */
gboolean
stride_chart_get_goal (StrideChart *self,
                       double      *low,
                       double      *high)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), FALSE);

  if (low != NULL)
    *low = self->goal.low;
  if (high != NULL)
    *high = self->goal.high;

  return self->has_goal;
}

/**
 * stride_chart_set_range:
 * @first_day: the first day shown, as a Julian day, or 0 for the first
 *   day with data
 * @last_day: the last day shown (for weekly values, the last week's
 *   Monday), or 0 for the last day with data
 *
 * Shows a fixed stretch of time, e.g. the last twelve weeks with empty
 * weeks shown as such.
 */
void
stride_chart_set_range (StrideChart *self,
                        guint32      first_day,
                        guint32      last_day)
{
  g_return_if_fail (STRIDE_IS_CHART (self));
  g_return_if_fail (first_day == 0 || last_day == 0 || first_day <= last_day);

  self->first_day = first_day;
  self->last_day = last_day;
  data_changed (self);
}

/**
 * stride_chart_changed:
 *
 * Draws the chart again after points were added to its series.
 */
void
stride_chart_changed (StrideChart *self)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  data_changed (self);
}

/**
 * stride_chart_get_description:
 *
 * Returns: what the chart gave assistive technologies as its description
 */
const char *
stride_chart_get_description (StrideChart *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);

  return self->description;
}
