/* stride-figure-renderer.c
 *
 * Draws a scene with cairo, at any size and scale. Each limb is a chain of
 * rounded, tapering pieces filled as one shape (a union, so translucent
 * colours do not darken where pieces overlap), drawn far to near. A thin
 * gap of background around each limb keeps a near limb apart from what is
 * behind it, as in pictograms; the far-side limbs take a fainter tone, so
 * that depth reads even in a 64-pixel thumbnail.
 *
 * Over an opaque background everything is filled paths and strokes drawn
 * with the OVER operator, so that an SVG surface keeps it all as vectors;
 * over a transparent one, as in the widget, the gaps are cut out instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-figure-renderer.h"

/* Sizes in metres of the picture, as the body's */
#define GAP            0.024 /* between a limb and what is behind it */
#define BAND_WIDTH     0.036
#define BAND_LIFT      0.014 /* how far the band stands off the leg */
#define FLOOR_WIDTH    0.02
#define GUIDE_WIDTH    0.018
#define GUIDE_DASH     0.05
#define MAT_CORNER     0.02
#define MARGIN         0.06  /* of the canvas's smaller side, around the picture */

/* Device pixels that nothing drawn gets thinner than */
#define MIN_GAP_PX        1.0
#define MIN_LINE_PX       1.5

/* How much the eye must see the body from one side for that side's limbs
 * to be the near ones: the cosine of the angle between the view and the
 * line across the shoulders or hips */
#define SIDE_VIEW 0.33

#define BAND_SEGMENTS 16 /* per half turn around a leg */

typedef struct
{
  double x;
  double y;
} Point;

/* The scene as it lands on the canvas */
typedef struct
{
  const StrideFigureScene *scene;
  double scale; /* canvas units per metre */
  double ox;    /* where the picture's origin lands */
  double oy;
  double gap;
  double min_line;
} Canvas;

typedef struct
{
  StrideLimb limb;
  double     depth;
  gboolean   far;
} LimbOrder;

static Point
to_canvas (const Canvas *canvas,
           StrideVec3    world)
{
  double x, y;

  stride_camera_project (&canvas->scene->camera, world, &x, &y);
  return (Point) { canvas->ox + canvas->scale * x, canvas->oy - canvas->scale * y };
}

static void
set_color (cairo_t                 *cr,
           const StrideFigureColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* Paths. Every closed shape runs the same way round (cairo_arc's
 * increasing angles), so that a winding fill of several is their union. */

static void
path_circle (cairo_t *cr,
             Point    c,
             double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, c.x, c.y, r, 0, 2 * G_PI);
  cairo_close_path (cr);
}

/* The hull of two circles: a limb that tapers from one end to the other */
static void
path_capsule (cairo_t *cr,
              Point    a,
              double   ra,
              Point    b,
              double   rb)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double d = hypot (dx, dy);
  double angle, spread;

  if (d <= fabs (ra - rb) + 1e-6)
    {
      path_circle (cr, ra > rb ? a : b, MAX (ra, rb));
      return;
    }

  angle = atan2 (dy, dx);
  spread = acos ((ra - rb) / d);

  cairo_new_sub_path (cr);
  cairo_arc (cr, b.x, b.y, rb, angle - spread, angle + spread);
  cairo_arc (cr, a.x, a.y, ra, angle + spread, angle - spread + 2 * G_PI);
  cairo_close_path (cr);
}

static double
cross (Point o,
       Point a,
       Point b)
{
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *p = a, *q = b;

  if (p->x != q->x)
    return p->x < q->x ? -1 : 1;
  if (p->y != q->y)
    return p->y < q->y ? -1 : 1;
  return 0;
}

/* The convex hull of circles of one radius around @points: the hull of
 * the centres, grown by @r with round corners. @points is reordered. */
static void
path_rounded_hull (cairo_t *cr,
                   Point   *points,
                   guint    n_points,
                   double   r)
{
  Point hull[2 * 8 + 1];
  guint n = 0;

  g_assert (n_points > 0 && n_points <= 8);

  /* Andrew's monotone chain */
  qsort (points, n_points, sizeof (Point), compare_points);
  for (guint i = 0; i < n_points; i++)
    {
      while (n >= 2 && cross (hull[n - 2], hull[n - 1], points[i]) <= 0)
        n--;
      hull[n++] = points[i];
    }
  for (guint i = n_points - 1, lower = n + 1; i-- > 0;)
    {
      while (n >= lower && cross (hull[n - 2], hull[n - 1], points[i]) <= 0)
        n--;
      hull[n++] = points[i];
    }
  if (n > 1)
    n--; /* the first point closes the chain */

  if (n == 1)
    {
      path_circle (cr, hull[0], r);
      return;
    }

  cairo_new_sub_path (cr);
  for (guint i = 0; i < n; i++)
    {
      Point prev = hull[(i + n - 1) % n], here = hull[i], next = hull[(i + 1) % n];
      /* Outward normals of the edges in and out of this corner */
      double in = atan2 (-(here.x - prev.x), here.y - prev.y);
      double out = atan2 (-(next.x - here.x), next.y - here.y);

      while (out < in)
        out += 2 * G_PI;
      cairo_arc (cr, here.x, here.y, r, in, out);
    }
  cairo_close_path (cr);
}

/* The shape of one limb, grown by @grow: the gap around it when more
 * than zero */
static void
path_limb (cairo_t      *cr,
           const Canvas *canvas,
           StrideLimb    limb,
           double        grow)
{
  const StrideSkeleton *skeleton = &canvas->scene->skeleton;
  const StrideBone *bones;
  Point hull[8];
  guint n_bones, n_hull = 0;
  double hull_radius = 0;

  bones = stride_skeleton_get_bones (&n_bones);

  for (guint i = 0; i < n_bones; i++)
    {
      const StrideBone *bone = &bones[i];
      Point a, b;

      if (bone->limb != limb)
        continue;

      a = to_canvas (canvas, skeleton->joints[bone->from]);
      b = to_canvas (canvas, skeleton->joints[bone->to]);

      if (limb == STRIDE_LIMB_TRUNK)
        {
          g_assert (n_hull < G_N_ELEMENTS (hull));
          hull[n_hull++] = a;
          hull_radius = bone->from_radius * canvas->scale + grow;
        }
      else
        {
          path_capsule (cr,
                        a, bone->from_radius * canvas->scale + grow,
                        b, bone->to_radius * canvas->scale + grow);
        }
    }

  if (n_hull > 0)
    path_rounded_hull (cr, hull, n_hull, hull_radius);
}

static double
limb_depth (const Canvas *canvas,
            StrideLimb    limb)
{
  const StrideBone *bones;
  guint n_bones, n = 0;
  double sum = 0;

  bones = stride_skeleton_get_bones (&n_bones);
  for (guint i = 0; i < n_bones; i++)
    {
      if (bones[i].limb != limb)
        continue;

      sum += stride_camera_depth (&canvas->scene->camera, canvas->scene->skeleton.joints[bones[i].from]);
      sum += stride_camera_depth (&canvas->scene->camera, canvas->scene->skeleton.joints[bones[i].to]);
      n += 2;
    }

  return sum / n;
}

/* Which side of the body is turned away from the eye: seen from the front
 * neither is, and both sides are drawn in the near tone */
static gboolean
side_is_far (const Canvas *canvas,
             StrideJoint   left,
             StrideJoint   right,
             StrideBodySide    side)
{
  const StrideVec3 *joints = canvas->scene->skeleton.joints;
  StrideVec3 across = stride_vec3_normalize (stride_vec3_sub (joints[right], joints[left]));
  double away = stride_vec3_dot (across, canvas->scene->camera.into);

  if (fabs (away) < SIDE_VIEW)
    return FALSE;

  return (away > 0) == (side == STRIDE_BODY_RIGHT);
}

static int
compare_far_first (gconstpointer a,
                   gconstpointer b)
{
  const LimbOrder *p = a, *q = b;

  if (p->depth != q->depth)
    return p->depth > q->depth ? -1 : 1;
  return p->limb < q->limb ? -1 : 1;
}

static void
order_limbs (const Canvas *canvas,
             LimbOrder     order[STRIDE_N_LIMBS])
{
  double trunk;

  for (StrideLimb limb = 0; limb < STRIDE_N_LIMBS; limb++)
    order[limb] = (LimbOrder) { limb, limb_depth (canvas, limb), FALSE };

  trunk = order[STRIDE_LIMB_TRUNK].depth;
  /* The head sits on the trunk: in front of it, never behind */
  order[STRIDE_LIMB_HEAD].depth = MIN (order[STRIDE_LIMB_HEAD].depth, trunk - 1e-3);

  order[STRIDE_LIMB_ARM_LEFT].far = side_is_far (canvas, STRIDE_JOINT_SHOULDER_LEFT, STRIDE_JOINT_SHOULDER_RIGHT, STRIDE_BODY_LEFT);
  order[STRIDE_LIMB_ARM_RIGHT].far = side_is_far (canvas, STRIDE_JOINT_SHOULDER_LEFT, STRIDE_JOINT_SHOULDER_RIGHT, STRIDE_BODY_RIGHT);
  order[STRIDE_LIMB_LEG_LEFT].far = side_is_far (canvas, STRIDE_JOINT_HIP_LEFT, STRIDE_JOINT_HIP_RIGHT, STRIDE_BODY_LEFT);
  order[STRIDE_LIMB_LEG_RIGHT].far = side_is_far (canvas, STRIDE_JOINT_HIP_LEFT, STRIDE_JOINT_HIP_RIGHT, STRIDE_BODY_RIGHT);

  qsort (order, STRIDE_N_LIMBS, sizeof (LimbOrder), compare_far_first);
}

/* Fills the current path with the background, or cuts it out of what is
 * drawn when the background is transparent */
static void
fill_gap (cairo_t                 *cr,
          const StrideFigureStyle *style)
{
  if (style->background.alpha > 0)
    {
      set_color (cr, &style->background);
      cairo_fill (cr);
    }
  else
    {
      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_fill (cr);
      cairo_restore (cr);
    }
}

static void
draw_mat (cairo_t                 *cr,
          const Canvas            *canvas,
          const StrideFigureStyle *style)
{
  const StrideFigureScene *scene = canvas->scene;
  Point corners[8];

  /* The slab's corners, pulled in by the rounding that grows them back */
  for (guint i = 0; i < 8; i++)
    {
      StrideVec3 corner = {
        i & 1 ? scene->mat_x1 - MAT_CORNER : scene->mat_x0 + MAT_CORNER,
        i & 2 ? -MAT_CORNER : -STRIDE_MAT_THICKNESS + MAT_CORNER,
        i & 4 ? scene->mat_z1 - MAT_CORNER : scene->mat_z0 + MAT_CORNER,
      };

      corners[i] = to_canvas (canvas, corner);
    }

  path_rounded_hull (cr, corners, 8, MAT_CORNER * canvas->scale);
  set_color (cr, &style->mat);
  cairo_fill (cr);
}

static void
draw_floor_line (cairo_t                 *cr,
                 const Canvas            *canvas,
                 const StrideFigureStyle *style)
{
  const StrideBox *frame = &canvas->scene->frame;
  double width = MAX (FLOOR_WIDTH * canvas->scale, canvas->min_line);
  double y = canvas->oy - canvas->scale * canvas->scene->floor_line_y;

  /* Inside the frame, caps and all */
  cairo_move_to (cr, canvas->ox + canvas->scale * frame->x0 + width / 2, y - width / 2);
  cairo_line_to (cr, canvas->ox + canvas->scale * frame->x1 - width / 2, y - width / 2);
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  set_color (cr, &style->floor);
  cairo_stroke (cr);
}

/* The band is a loop around both legs, in the plane across them: two
 * half circles around the legs joined by straight runs. @front picks the
 * runs nearer the eye than the legs' middle, drawn over the legs; the
 * others are drawn before them, and hidden where the legs cover them. */
static void
draw_band (cairo_t                 *cr,
           const Canvas            *canvas,
           const StrideFigureStyle *style,
           gboolean                 front)
{
  const StrideFigureScene *scene = canvas->scene;
  const StrideSkeleton *skeleton = &scene->skeleton;
  StrideJoint from[2], to[2];
  double along, radius;
  StrideVec3 centre[2], axis, across, around;
  StrideVec3 loop[4 * BAND_SEGMENTS + 4];
  double middle_depth;
  guint n = 0;
  gboolean drawing = FALSE;

  switch (scene->band)
    {
    case STRIDE_BAND_KNEES:
      from[0] = STRIDE_JOINT_HIP_LEFT, to[0] = STRIDE_JOINT_KNEE_LEFT;
      from[1] = STRIDE_JOINT_HIP_RIGHT, to[1] = STRIDE_JOINT_KNEE_RIGHT;
      along = 0.8;
      radius = 0.06;
      break;
    case STRIDE_BAND_ANKLES:
      from[0] = STRIDE_JOINT_KNEE_LEFT, to[0] = STRIDE_JOINT_ANKLE_LEFT;
      from[1] = STRIDE_JOINT_KNEE_RIGHT, to[1] = STRIDE_JOINT_ANKLE_RIGHT;
      along = 0.86;
      radius = 0.043;
      break;
    case STRIDE_BAND_NONE:
    default:
      return;
    }

  radius += BAND_LIFT;
  axis = stride_vec3_normalize (stride_vec3_add (
    stride_vec3_normalize (stride_vec3_sub (skeleton->joints[to[0]], skeleton->joints[from[0]])),
    stride_vec3_normalize (stride_vec3_sub (skeleton->joints[to[1]], skeleton->joints[from[1]]))));
  for (guint i = 0; i < 2; i++)
    centre[i] = stride_vec3_lerp (skeleton->joints[from[i]], skeleton->joints[to[i]], along);

  across = stride_vec3_sub (centre[1], centre[0]);
  across = stride_vec3_normalize (stride_vec3_add_scaled (across, axis, -stride_vec3_dot (across, axis)));
  around = stride_vec3_cross (axis, across);

  /* Right leg's outer half, then the left's, closing the loop */
  for (guint leg = 0; leg < 2; leg++)
    {
      double start = leg == 0 ? -G_PI / 2 : G_PI / 2;
      StrideVec3 c = centre[1 - leg];

      for (guint i = 0; i <= 2 * BAND_SEGMENTS; i++)
        {
          double angle = start + G_PI * i / (2 * BAND_SEGMENTS);
          StrideVec3 p = stride_vec3_add_scaled (c, across, radius * cos (angle));

          loop[n++] = stride_vec3_add_scaled (p, around, radius * sin (angle));
        }
    }
  loop[n++] = loop[0];

  middle_depth = stride_camera_depth (&scene->camera, stride_vec3_lerp (centre[0], centre[1], 0.5));

  for (guint i = 0; i + 1 < n; i++)
    {
      StrideVec3 mid = stride_vec3_lerp (loop[i], loop[i + 1], 0.5);
      gboolean near = stride_camera_depth (&scene->camera, mid) <= middle_depth;

      if (near == front)
        {
          Point a = to_canvas (canvas, loop[i]), b = to_canvas (canvas, loop[i + 1]);

          if (!drawing)
            cairo_move_to (cr, a.x, a.y);
          cairo_line_to (cr, b.x, b.y);
          drawing = TRUE;
        }
      else
        {
          drawing = FALSE;
        }
    }

  cairo_set_line_width (cr, MAX (BAND_WIDTH * canvas->scale, canvas->min_line));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_color (cr, &style->band);
  cairo_stroke (cr);
}

static void
draw_guide (cairo_t                 *cr,
            const Canvas            *canvas,
            const StrideFigureStyle *style)
{
  Point from = to_canvas (canvas, canvas->scene->guide_from);
  Point to = to_canvas (canvas, canvas->scene->guide_to);
  double width = MAX (GUIDE_WIDTH * canvas->scale, canvas->min_line);
  double dashes[] = { MAX (GUIDE_DASH * canvas->scale, 2 * width), 2 * width };
  StrideFigureColor color = style->band;

  color.alpha *= canvas->scene->guide_opacity;

  cairo_save (cr);
  cairo_move_to (cr, from.x, from.y);
  cairo_line_to (cr, to.x, to.y);
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  set_color (cr, &color);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_figure (cairo_t                 *cr,
             const Canvas            *canvas,
             const StrideFigureStyle *style)
{
  LimbOrder order[STRIDE_N_LIMBS];

  order_limbs (canvas, order);

  for (guint i = 0; i < STRIDE_N_LIMBS; i++)
    {
      path_limb (cr, canvas, order[i].limb, canvas->gap);
      fill_gap (cr, style);

      path_limb (cr, canvas, order[i].limb, 0);
      set_color (cr, order[i].far ? &style->ink_far : &style->ink);
      cairo_fill (cr);
    }
}

/* How many canvas units a unit of the frame takes: the frame fitted,
 * centred, inside a margin round the canvas */
static double
fit_scale (const StrideBox *frame,
           double           width,
           double           height)
{
  double margin = MARGIN * MIN (width, height);

  return MIN ((width - 2 * margin) / (frame->x1 - frame->x0),
              (height - 2 * margin) / (frame->y1 - frame->y0));
}

/**
 * stride_figure_render:
 * @cr: where to draw, with its origin at the canvas's top left corner
 * @mirrored: whether to draw the mirror image, for the other side
 * @width: the canvas's width, in @cr's units
 * @height: the canvas's height
 *
 * Draws @scene fitted to the canvas, never outside it.
 */
void
stride_figure_render (cairo_t                 *cr,
                      const StrideFigureScene *scene,
                      gboolean                 mirrored,
                      double                   width,
                      double                   height,
                      const StrideFigureStyle *style)
{
  const StrideBox *frame;
  Canvas canvas = { scene };
  double device_x = 1, device_y = 0, device_scale;

  g_return_if_fail (cr != NULL && scene != NULL && style != NULL);

  if (width <= 0 || height <= 0)
    return;

  frame = &scene->frame;
  canvas.scale = fit_scale (frame, width, height);
  canvas.ox = width / 2 - canvas.scale * (frame->x0 + frame->x1) / 2;
  canvas.oy = height / 2 + canvas.scale * (frame->y0 + frame->y1) / 2;

  cairo_user_to_device_distance (cr, &device_x, &device_y);
  device_scale = MAX (hypot (device_x, device_y), 1e-3);
  canvas.gap = MAX (GAP * canvas.scale, MIN_GAP_PX / device_scale);
  canvas.min_line = MIN_LINE_PX / device_scale;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);

  if (style->background.alpha > 0)
    {
      cairo_rectangle (cr, 0, 0, width, height);
      set_color (cr, &style->background);
      cairo_fill (cr);
    }

  if (mirrored)
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }

  if (scene->has_mat)
    draw_mat (cr, &canvas, style);
  if (scene->has_floor_line)
    draw_floor_line (cr, &canvas, style);

  draw_band (cr, &canvas, style, FALSE);
  draw_figure (cr, &canvas, style);
  draw_band (cr, &canvas, style, TRUE);
  if (scene->guide_opacity > 0)
    draw_guide (cr, &canvas, style);

  cairo_restore (cr);
}

/**
 * stride_figure_render_movement:
 * @phase: where in the movement's loop, 0 to 1
 *
 * Draws @movement at @phase fitted to the canvas.
 */
void
stride_figure_render_movement (cairo_t                 *cr,
                               const StrideMovement    *movement,
                               double                   phase,
                               gboolean                 mirrored,
                               double                   width,
                               double                   height,
                               const StrideFigureStyle *style)
{
  StrideFigureScene scene;

  g_return_if_fail (movement != NULL);

  stride_movement_get_scene (movement, phase, &scene);
  stride_figure_render (cr, &scene, mirrored, width, height, style);
}

/**
 * stride_figure_render_arrow:
 *
 * Draws an arrow pointing right, centred in the rectangle: what leads
 * from a start position to an end position drawn side by side.
 */
void
stride_figure_render_arrow (cairo_t                 *cr,
                            double                   x,
                            double                   y,
                            double                   width,
                            double                   height,
                            const StrideFigureStyle *style)
{
  double size = MIN (width * 0.7, height * 0.25);
  double line = MAX (size * 0.12, 1);
  double cx = x + width / 2, cy = y + height / 2;
  double head = size * 0.35;

  g_return_if_fail (cr != NULL && style != NULL);

  if (size <= line)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, cx - size / 2 + line / 2, cy);
  cairo_line_to (cr, cx + size / 2 - line / 2, cy);
  cairo_move_to (cr, cx + size / 2 - line / 2 - head, cy - head);
  cairo_line_to (cr, cx + size / 2 - line / 2, cy);
  cairo_line_to (cr, cx + size / 2 - line / 2 - head, cy + head);
  cairo_set_line_width (cr, line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_color (cr, &style->floor);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * stride_figure_get_drawn_area:
 * @frame: the scene's frame (see stride_movement_get_frame())
 * @area: (out): the part of the canvas that can hold ink
 *
 * Where on a @width × @height canvas stride_figure_render() may draw a
 * scene of @frame, in either direction: the fitted frame with the margin
 * round it. A tall figure on a wide canvas leaves the sides empty, so a
 * view that draws it every frame need only draw, and have redrawn, this.
 * With an opaque background that is the whole canvas.
 */
void
stride_figure_get_drawn_area (const StrideBox         *frame,
                              const StrideFigureStyle *style,
                              double                   width,
                              double                   height,
                              StrideBox               *area)
{
  double scale, margin, half_width, half_height;

  g_return_if_fail (frame != NULL && style != NULL && area != NULL);

  *area = (StrideBox) { 0, 0, MAX (width, 0), MAX (height, 0) };
  if (width <= 0 || height <= 0 || style->background.alpha > 0)
    return;

  scale = fit_scale (frame, width, height);
  margin = MARGIN * MIN (width, height);
  half_width = scale * (frame->x1 - frame->x0) / 2 + margin;
  half_height = scale * (frame->y1 - frame->y0) / 2 + margin;

  area->x0 = MAX (floor (width / 2 - half_width), 0);
  area->x1 = MIN (ceil (width / 2 + half_width), width);
  area->y0 = MAX (floor (height / 2 - half_height), 0);
  area->y1 = MIN (ceil (height / 2 + half_height), height);
}
