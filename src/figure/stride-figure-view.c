/* stride-figure-view.c
 *
 * A movement's figure as a widget: a smooth loop at 30 frames a second
 * while it plays on its own, the pose at a phase set from outside (the
 * player keeps it in step with the rep tempo), or a still frame for a
 * card. It only ticks while mapped; with animations turned off in the
 * settings it shows the start and end positions side by side instead of
 * moving. Its colours come from the style, so a switch between light and
 * dark shows at once.
 *
 * Frames in motion are drawn with cairo's fast antialiasing, which takes
 * a third less time and differs only at the edges, by less than the eye
 * sees in a moving figure; once the figure has been still for a moment
 * it is drawn again at full quality, as every still frame is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-drawing.h"
#include "stride-figure-renderer.h"
#include "stride-figure-view.h"
#include "stride-frame-timer.h"
#include "stride-movement.h"
#include "stride-theme-colors.h"

#define NATURAL_SIZE 160
#define MINIMUM_SIZE 32

/* The arrow between the start and end positions, as a share of the width */
#define ARROW_SHARE 0.12

/* How long the figure stays still before it is drawn at full quality:
 * longer than a frame apart at any rate it moves, short enough that a
 * hold or a pause shows the full-quality picture at once */
#define REST_MS 200

struct _StrideFigureView
{
  GtkWidget parent_instance;

  const StrideMovement *movement;
  gboolean mirrored;
  /* The side the text beside the figure names; NONE leaves mirrored as set */
  StrideSide side;
  gboolean playing;
  gboolean still;
  double phase;

  StrideFrameTimer *frames;
  gint64 last_frame_time;

  /* What the last frame drew, for telling a figure in motion from one
   * at rest; has_drawn is unset while unmapped, and GTK draws a widget
   * again when it is mapped again */
  gboolean has_drawn;
  double drawn_phase;
  gboolean drawn_fast;
  gint64 last_motion;
  guint rest_id;

  GtkSettings *settings;
  gulong animations_handler;
};

G_DEFINE_FINAL_TYPE (StrideFigureView, stride_figure_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MOVEMENT,
  PROP_MIRRORED,
  PROP_PLAYING,
  PROP_PHASE,
  PROP_STILL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
animations_enabled (StrideFigureView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

/* Whether it shows the start and end positions side by side */
static gboolean
shows_both_ends (StrideFigureView *self)
{
  return !self->still && !animations_enabled (self);
}

static void
on_frame (GtkWidget     *widget,
          GdkFrameClock *frame_clock,
          gpointer       user_data)
{
  StrideFigureView *self = STRIDE_FIGURE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);

  /* The first frame only sets the clock going, so that a long time
   * unmapped does not jump the loop ahead */
  if (self->last_frame_time != 0)
    {
      double seconds = (now - self->last_frame_time) / (double) G_USEC_PER_SEC;

      self->phase += seconds / stride_movement_get_duration (self->movement);
      self->phase -= floor (self->phase);
      gtk_widget_queue_draw (widget);
    }
  self->last_frame_time = now;
}

static void
update_ticking (StrideFigureView *self)
{
  gboolean tick = self->movement != NULL
                  && self->playing
                  && !self->still
                  && gtk_widget_get_mapped (GTK_WIDGET (self))
                  && animations_enabled (self);

  if (tick && self->frames == NULL)
    {
      self->last_frame_time = 0;
      self->frames = stride_frame_timer_new (GTK_WIDGET (self), STRIDE_FIGURE_FRAME_MS, on_frame, NULL);
    }
  else if (!tick)
    {
      g_clear_pointer (&self->frames, stride_frame_timer_free);
    }
}

static void
on_animations_changed (StrideFigureView *self)
{
  update_ticking (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_description (StrideFigureView *self)
{
  if (self->movement != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    stride_movement_get_description (self->movement, self->mirrored),
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
color_from_rgba (StrideFigureColor *color,
                 const GdkRGBA     *rgba)
{
  *color = (StrideFigureColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

static void
get_style (StrideFigureView  *self,
           StrideFigureStyle *style)
{
  StrideThemeColors colors;
  StrideFigureColor ink, band;

  stride_theme_colors_read (GTK_WIDGET (self), &colors);
  color_from_rgba (&ink, &colors.foreground);
  color_from_rgba (&band, &colors.accent);
  stride_figure_style_init (style, &ink, &band, NULL);
}

/* Checks now and then while the figure moves, rather than at every
 * frame: a timeout set again thirty times a second would cost more */
static gboolean
on_rest_check (gpointer user_data)
{
  StrideFigureView *self = user_data;
  gint64 still_for = g_get_monotonic_time () - self->last_motion;

  if (still_for < REST_MS * (gint64) 1000)
    return G_SOURCE_CONTINUE;

  self->rest_id = 0;
  if (self->drawn_fast)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* Whether this frame shows the figure moving: a pose other than the one
 * the last frame showed. The first frame after mapping, still frames and
 * both ends side by side are at rest. */
static gboolean
draws_in_motion (StrideFigureView *self)
{
  gboolean moving = self->has_drawn
                    && self->phase != self->drawn_phase
                    && !self->still
                    && !shows_both_ends (self);

  self->has_drawn = TRUE;
  self->drawn_phase = self->phase;
  self->drawn_fast = moving;

  if (moving)
    {
      self->last_motion = g_get_monotonic_time ();
      if (self->rest_id == 0)
        self->rest_id = g_timeout_add (REST_MS, on_rest_check, self);
    }

  return moving;
}

typedef struct
{
  StrideFigureView *view;
  const StrideFigureStyle *style;
  gboolean fast;
} Picture;

static void
draw_picture (cairo_t  *cr,
              int       width,
              int       height,
              gpointer  user_data)
{
  const Picture *picture = user_data;
  StrideFigureView *self = picture->view;
  const StrideFigureStyle *style = picture->style;

  if (picture->fast)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  if (shows_both_ends (self))
    {
      double arrow = width * ARROW_SHARE;
      double each = (width - arrow) / 2;

      stride_figure_render_movement (cr, self->movement, 0, self->mirrored, each, height, style);
      stride_figure_render_arrow (cr, each, 0, arrow, height, style);
      cairo_translate (cr, each + arrow, 0);
      stride_figure_render_movement (cr, self->movement,
                                     stride_movement_get_end_phase (self->movement),
                                     self->mirrored, each, height, style);
    }
  else
    {
      stride_figure_render_movement (cr, self->movement, self->phase, self->mirrored, width, height, style);
    }
}

static void
stride_figure_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  StrideFigureView *self = STRIDE_FIGURE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  StrideFigureStyle style;
  gboolean fast;

  if (self->movement == NULL || width <= 0 || height <= 0)
    return;

  get_style (self, &style);
  fast = draws_in_motion (self);
  if (shows_both_ends (self))
    {
      stride_drawing_append (snapshot, width, height, draw_picture, &(Picture) { self, &style, fast });
    }
  else
    {
      StrideBox frame, area;

      /* Drawn thirty times a second: only where the figure can be */
      stride_movement_get_frame (self->movement, &frame);
      stride_figure_get_drawn_area (&frame, &style, width, height, &area);
      stride_drawing_append_part (snapshot,
                                  &GRAPHENE_RECT_INIT (area.x0, area.y0, area.x1 - area.x0, area.y1 - area.y0),
                                  width, height, draw_picture, &(Picture) { self, &style, fast });
    }
}

static void
stride_figure_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = MINIMUM_SIZE;
  *natural = NATURAL_SIZE;
}

static void
stride_figure_view_map (GtkWidget *widget)
{
  StrideFigureView *self = STRIDE_FIGURE_VIEW (widget);

  GTK_WIDGET_CLASS (stride_figure_view_parent_class)->map (widget);

  /* The settings are the display's: known once the widget is shown */
  self->settings = g_object_ref (gtk_widget_get_settings (widget));
  self->animations_handler = g_signal_connect_object (self->settings, "notify::gtk-enable-animations",
                                                      G_CALLBACK (on_animations_changed), self,
                                                      G_CONNECT_SWAPPED);
  update_ticking (self);
}

static void
stride_figure_view_unmap (GtkWidget *widget)
{
  StrideFigureView *self = STRIDE_FIGURE_VIEW (widget);

  g_clear_signal_handler (&self->animations_handler, self->settings);
  g_clear_object (&self->settings);
  g_clear_handle_id (&self->rest_id, g_source_remove);
  self->has_drawn = FALSE;

  GTK_WIDGET_CLASS (stride_figure_view_parent_class)->unmap (widget);

  update_ticking (self);
}

static void
stride_figure_view_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (stride_figure_view_parent_class)->css_changed (widget, change);

  /* Named colours such as the accent change with the style sheet, which
   * the style change does not say: draw again whatever changed */
  gtk_widget_queue_draw (widget);
}

static void
stride_figure_view_dispose (GObject *object)
{
  StrideFigureView *self = STRIDE_FIGURE_VIEW (object);

  g_clear_signal_handler (&self->animations_handler, self->settings);
  g_clear_object (&self->settings);
  g_clear_handle_id (&self->rest_id, g_source_remove);
  g_clear_pointer (&self->frames, stride_frame_timer_free);

  G_OBJECT_CLASS (stride_figure_view_parent_class)->dispose (object);
}

static void
stride_figure_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StrideFigureView *self = STRIDE_FIGURE_VIEW (object);

  switch (prop_id)
    {
    case PROP_MOVEMENT:
      g_value_set_string (value, stride_figure_view_get_movement (self));
      break;
    case PROP_MIRRORED:
      g_value_set_boolean (value, self->mirrored);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;
    case PROP_PHASE:
      g_value_set_double (value, self->phase);
      break;
    case PROP_STILL:
      g_value_set_boolean (value, self->still);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_figure_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  StrideFigureView *self = STRIDE_FIGURE_VIEW (object);

  switch (prop_id)
    {
    case PROP_MOVEMENT:
      stride_figure_view_set_movement (self, g_value_get_string (value));
      break;
    case PROP_MIRRORED:
      stride_figure_view_set_mirrored (self, g_value_get_boolean (value));
      break;
    case PROP_PLAYING:
      stride_figure_view_set_playing (self, g_value_get_boolean (value));
      break;
    case PROP_PHASE:
      stride_figure_view_set_phase (self, g_value_get_double (value));
      break;
    case PROP_STILL:
      stride_figure_view_set_still (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_figure_view_class_init (StrideFigureViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_figure_view_dispose;
  object_class->get_property = stride_figure_view_get_property;
  object_class->set_property = stride_figure_view_set_property;

  widget_class->snapshot = stride_figure_view_snapshot;
  widget_class->measure = stride_figure_view_measure;
  widget_class->map = stride_figure_view_map;
  widget_class->unmap = stride_figure_view_unmap;
  widget_class->css_changed = stride_figure_view_css_changed;

  /**
   * StrideFigureView:movement:
   *
   * The ID of the movement shown, or %NULL for nothing.
   */
  properties[PROP_MOVEMENT] =
    g_param_spec_string ("movement", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideFigureView:mirrored:
   *
   * Whether the figure is mirrored, to show the other side.
   */
  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideFigureView:playing:
   *
   * Whether the movement plays as a loop on its own pace. Setting
   * #StrideFigureView:phase stops it: whoever sets the phase sets the pace.
   */
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideFigureView:phase:
   *
   * Where in the movement's loop the figure is, from 0 (the start
   * position) to 1 (back at the start). Not notified while playing.
   */
  properties[PROP_PHASE] =
    g_param_spec_double ("phase", NULL, NULL,
                         0, 1, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideFigureView:still:
   *
   * Whether it shows one still frame, the pose at #StrideFigureView:phase,
   * whatever the animation settings: for thumbnails.
   */
  properties[PROP_STILL] =
    g_param_spec_boolean ("still", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "figure");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stride_figure_view_init (StrideFigureView *self)
{
  self->playing = TRUE;
  /* What it shows is its description, which follows the movement */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Illustration"), -1);
}

/**
 * stride_figure_view_new:
 * @movement: (nullable): a movement's ID
 */
GtkWidget *
stride_figure_view_new (const char *movement)
{
  return g_object_new (STRIDE_TYPE_FIGURE_VIEW, "movement", movement, NULL);
}

const char *
stride_figure_view_get_movement (StrideFigureView *self)
{
  g_return_val_if_fail (STRIDE_IS_FIGURE_VIEW (self), NULL);

  return self->movement != NULL ? stride_movement_get_id (self->movement) : NULL;
}

/**
 * stride_figure_view_set_movement:
 * @movement: (nullable): a movement's ID, as stride_movement_lookup() takes
 */
void
stride_figure_view_set_movement (StrideFigureView *self,
                                 const char       *movement)
{
  const StrideMovement *found = NULL;

  g_return_if_fail (STRIDE_IS_FIGURE_VIEW (self));

  if (movement != NULL)
    {
      found = stride_movement_lookup (movement);
      if (found == NULL)
        g_critical ("No figure movement called “%s”", movement);
    }

  if (found == self->movement)
    return;

  self->movement = found;
  if (self->side != STRIDE_SIDE_NONE && found != NULL)
    stride_figure_view_set_mirrored (self, stride_movement_mirrors_for_side (found, self->side));
  update_description (self);
  update_ticking (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOVEMENT]);
}

gboolean
stride_figure_view_get_mirrored (StrideFigureView *self)
{
  g_return_val_if_fail (STRIDE_IS_FIGURE_VIEW (self), FALSE);

  return self->mirrored;
}

void
stride_figure_view_set_mirrored (StrideFigureView *self,
                                 gboolean          mirrored)
{
  g_return_if_fail (STRIDE_IS_FIGURE_VIEW (self));

  mirrored = !!mirrored;
  if (mirrored == self->mirrored)
    return;

  self->mirrored = mirrored;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

StrideSide
stride_figure_view_get_side (StrideFigureView *self)
{
  g_return_val_if_fail (STRIDE_IS_FIGURE_VIEW (self), STRIDE_SIDE_NONE);

  return self->side;
}

/**
 * stride_figure_view_set_side:
 * @side: the side the text beside the figure names
 *
 * Shows the movement worked on @side, mirroring the picture if it was
 * drawn for the other one; it keeps doing so when the movement changes.
 */
void
stride_figure_view_set_side (StrideFigureView *self,
                             StrideSide        side)
{
  g_return_if_fail (STRIDE_IS_FIGURE_VIEW (self));

  self->side = side;
  if (self->movement != NULL)
    stride_figure_view_set_mirrored (self, stride_movement_mirrors_for_side (self->movement, side));
}

/**
 * stride_figure_view_get_description:
 *
 * Returns: (nullable): what screen readers are told the figure shows
 */
const char *
stride_figure_view_get_description (StrideFigureView *self)
{
  g_return_val_if_fail (STRIDE_IS_FIGURE_VIEW (self), NULL);

  if (self->movement == NULL)
    return NULL;

  return stride_movement_get_description (self->movement, self->mirrored);
}

gboolean
stride_figure_view_get_playing (StrideFigureView *self)
{
  g_return_val_if_fail (STRIDE_IS_FIGURE_VIEW (self), FALSE);

  return self->playing;
}

void
stride_figure_view_set_playing (StrideFigureView *self,
                                gboolean          playing)
{
  g_return_if_fail (STRIDE_IS_FIGURE_VIEW (self));

  playing = !!playing;
  if (playing == self->playing)
    return;

  self->playing = playing;
  update_ticking (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

double
stride_figure_view_get_phase (StrideFigureView *self)
{
  g_return_val_if_fail (STRIDE_IS_FIGURE_VIEW (self), 0);

  return self->phase;
}

/**
 * stride_figure_view_set_phase:
 * @phase: 0 to 1
 *
 * Shows the pose at @phase and stops the view playing on its own, so
 * that the caller drives it.
 */
void
stride_figure_view_set_phase (StrideFigureView *self,
                              double            phase)
{
  g_return_if_fail (STRIDE_IS_FIGURE_VIEW (self));

  phase = CLAMP (phase, 0, 1);
  stride_figure_view_set_playing (self, FALSE);

  if (phase == self->phase)
    return;

  self->phase = phase;
  /* Both ends side by side do not move with the phase: the player sets
   * it every second, and a redraw of the figure then is most of what the
   * second costs */
  if (!shows_both_ends (self))
    gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

gboolean
stride_figure_view_get_still (StrideFigureView *self)
{
  g_return_val_if_fail (STRIDE_IS_FIGURE_VIEW (self), FALSE);

  return self->still;
}

void
stride_figure_view_set_still (StrideFigureView *self,
                              gboolean          still)
{
  g_return_if_fail (STRIDE_IS_FIGURE_VIEW (self));

  still = !!still;
  if (still == self->still)
    return;

  self->still = still;
  update_ticking (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STILL]);
}
