/* stride-movement.c
 *
 * Looking movements up, and playing them: the pose at a phase of the
 * loop, eased between keyframes, and the scene a picture of it shows,
 * framed the same all through the loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-movement-private.h"

/* What stays the same through a movement: computed once, on first use */
typedef struct
{
  StrideBox  frame;
  double     mat_x0, mat_x1, mat_z0, mat_z1;
  double     floor_line_y;
  StrideVec3 guide_from, guide_to;
} Extents;

#define EXTENT_SAMPLES 64   /* phases sampled for the frame */
#define MAT_MARGIN     0.1  /* metres of mat around the body */
#define FLOOR_OVERHANG 0.15 /* metres of floor line past the body */
#define GUIDE_OVERHANG 0.15 /* of the guide's length, past each end */
#define GUIDE_FADE     0.05 /* of the loop, to fade the guide in or out */

/* Seen from higher up than this, the floor is a plane, not a line */
#define FLOOR_LINE_MAX_PITCH 15

guint
stride_movement_get_n_movements (void)
{
  guint n_movements;

  stride_movement_get_table (&n_movements);
  return n_movements;
}

const StrideMovement *
stride_movement_get_nth (guint index)
{
  guint n_movements;
  const StrideMovement *movements = stride_movement_get_table (&n_movements);

  g_return_val_if_fail (index < n_movements, NULL);

  return &movements[index];
}

/**
 * stride_movement_lookup:
 *
 * Returns: (nullable): the movement called @id
 */
const StrideMovement *
stride_movement_lookup (const char *id)
{
  guint n_movements;
  const StrideMovement *movements = stride_movement_get_table (&n_movements);

  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < n_movements; i++)
    {
      if (g_str_equal (movements[i].id, id))
        return &movements[i];
    }

  return NULL;
}

/**
 * stride_movement_lookup_for_exercise:
 * @exercise_id: a catalog exercise's or self-test's ID
 * @harder: whether to show its "make it harder" variation
 *
 * Returns: (nullable): the movement that illustrates it, or %NULL for a
 *   harder variation the exercise does not have
 */
const StrideMovement *
stride_movement_lookup_for_exercise (const char *exercise_id,
                                     gboolean    harder)
{
  guint n_movements;
  const StrideMovement *movements = stride_movement_get_table (&n_movements);

  g_return_val_if_fail (exercise_id != NULL, NULL);

  for (guint i = 0; i < n_movements; i++)
    {
      if (g_strcmp0 (movements[i].exercise_id, exercise_id) == 0
          && movements[i].harder == !!harder)
        return &movements[i];
    }

  return NULL;
}

const char *
stride_movement_get_id (const StrideMovement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

/**
 * stride_movement_get_description:
 * @mirrored: whether it is shown mirrored, for the other side
 *
 * Returns: what the illustration shows, in the user's language, for
 *   screen readers
 */
const char *
stride_movement_get_description (const StrideMovement *self,
                                 gboolean              mirrored)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (mirrored && self->mirrored_description != NULL)
    return _(self->mirrored_description);

  return _(self->description);
}

/**
 * stride_movement_is_sided:
 *
 * Returns: whether the movement works one side at a time, so that its
 *   mirror image shows the other side
 */
gboolean
stride_movement_is_sided (const StrideMovement *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->mirrored_description != NULL;
}

/**
 * stride_movement_get_side:
 *
 * Returns: the side the unmirrored picture works (the leg that lifts,
 *   the leg that carries the body, or the way the feet step), or
 *   %STRIDE_SIDE_NONE for a movement that works both sides at once
 */
StrideSide
stride_movement_get_side (const StrideMovement *self)
{
  g_return_val_if_fail (self != NULL, STRIDE_SIDE_NONE);

  return self->side;
}

/**
 * stride_movement_mirrors_for_side:
 * @side: the side the text beside the picture names, or %STRIDE_SIDE_NONE
 *
 * Pictures are drawn working one side or the other, whichever shows the
 * movement best; this is the one place that knows which.
 *
 * Returns: whether to draw the mirror image to show @side
 */
gboolean
stride_movement_mirrors_for_side (const StrideMovement *self,
                                  StrideSide            side)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->side != STRIDE_SIDE_NONE && side != STRIDE_SIDE_NONE && side != self->side;
}

StrideBand
stride_movement_get_band (const StrideMovement *self)
{
  g_return_val_if_fail (self != NULL, STRIDE_BAND_NONE);

  return self->band;
}

/**
 * stride_movement_get_end_phase:
 *
 * Returns: the phase at which the movement is in its end position: the
 *   top of a bridge, the bottom of a squat
 */
double
stride_movement_get_end_phase (const StrideMovement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->end_phase;
}

/**
 * stride_movement_get_duration:
 *
 * Returns: how many seconds one loop takes when nothing sets the pace
 */
double
stride_movement_get_duration (const StrideMovement *self)
{
  g_return_val_if_fail (self != NULL, 1);

  return self->duration;
}

static double
ease (StrideEase kind,
      double     t)
{
  switch (kind)
    {
    case STRIDE_EASE_IN:
      return 1 - cos (t * G_PI / 2);
    case STRIDE_EASE_OUT:
      return sin (t * G_PI / 2);
    case STRIDE_EASE_IN_OUT:
    default:
      return 0.5 - 0.5 * cos (t * G_PI);
    }
}

/**
 * stride_movement_get_pose:
 * @phase: where in the loop, 0 to 1 (wrapped if outside)
 */
void
stride_movement_get_pose (const StrideMovement *self,
                          double                phase,
                          StridePose           *pose)
{
  const StrideKeyframe *from, *to;
  StridePose a, b;
  double t;
  guint i;

  g_return_if_fail (self != NULL && pose != NULL);

  phase -= floor (phase);

  for (i = 0; i + 2 < self->n_keyframes && phase >= self->keyframes[i + 1].time; i++)
    ;
  from = &self->keyframes[i];
  to = &self->keyframes[i + 1];

  /* A hold: the same pose at both ends */
  if (from->pose == to->pose)
    {
      from->pose (pose);
      return;
    }

  t = CLAMP ((phase - from->time) / (to->time - from->time), 0, 1);
  from->pose (&a);
  to->pose (&b);
  stride_pose_interpolate (&a, &b, ease (from->ease, t), pose);
}

/* The loop's way out, hold and way back, as phases: the way out starts
 * where the first still keyframes end, the hold is the still pair round
 * the far position, the way back ends where the last still keyframes
 * start. FALSE for a loop with no one far position to hold (a side
 * step goes out and back twice). */
static gboolean
get_rep_parts (const StrideMovement *self,
               double               *out_start,
               double               *hold_start,
               double               *hold_end,
               double               *back_end)
{
  const StrideKeyframe *keys = self->keyframes;
  guint n = self->n_keyframes;

  for (guint i = 1; i + 2 < n; i++)
    if (keys[i].pose == keys[i + 1].pose
        && keys[i].time <= self->end_phase && self->end_phase <= keys[i + 1].time)
      {
        *out_start = keys[1].pose == keys[0].pose ? keys[1].time : 0;
        *hold_start = keys[i].time;
        *hold_end = keys[i + 1].time;
        *back_end = keys[n - 2].pose == keys[n - 1].pose ? keys[n - 2].time : 1;
        return TRUE;
      }

  return FALSE;
}

/**
 * stride_movement_get_rep_phase:
 * @into: how far into the rep, in any unit of time
 * @out: how long the rep tempo gives the way out to the far position
 *   ("down"), in the same unit
 * @hold: how long it holds the far position
 * @back: how long the way back takes ("up")
 *
 * Where in the loop the figure is @into a rep of this tempo: on its way
 * out all through @out, still at the far position through @hold, on its
 * way back through @back, whatever pace the loop itself was drawn at.
 * A loop with no far position to hold goes through evenly.
 *
 * Returns: a phase, 0 to 1
 */
double
stride_movement_get_rep_phase (const StrideMovement *self,
                               double                into,
                               double                out,
                               double                hold,
                               double                back)
{
  double out_start, hold_start, hold_end, back_end;
  double total = MAX (out, 0) + MAX (hold, 0) + MAX (back, 0);

  g_return_val_if_fail (self != NULL, 0);

  if (total <= 0)
    return 0;
  into = CLAMP (into, 0, total);
  if (!get_rep_parts (self, &out_start, &hold_start, &hold_end, &back_end))
    return into / total;

  if (into < out)
    return out_start + (hold_start - out_start) * into / out;
  into -= MAX (out, 0);
  /* One phase all through the hold: the figure has nothing to redraw */
  if (into < hold)
    return hold_start;
  into -= MAX (hold, 0);
  if (back <= 0)
    return hold_end;
  return hold_end + (back_end - hold_end) * MIN (into / back, 1);
}

static void
box_add (StrideBox *box,
         double     x,
         double     y,
         double     radius)
{
  box->x0 = MIN (box->x0, x - radius);
  box->x1 = MAX (box->x1, x + radius);
  box->y0 = MIN (box->y0, y - radius);
  box->y1 = MAX (box->y1, y + radius);
}

static void
compute_extents (const StrideMovement *self,
                 Extents              *out)
{
  StrideCamera camera;
  StrideBox frame = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, z0 = G_MAXDOUBLE, z1 = -G_MAXDOUBLE;
  double floor_y = self->mat ? -STRIDE_MAT_THICKNESS : 0;
  double line_y = G_MAXDOUBLE;
  const StrideBone *bones;
  guint n_bones;

  stride_camera_init (&camera, self->camera_yaw, self->camera_pitch);
  bones = stride_skeleton_get_bones (&n_bones);

  /* The samples include every keyframe's time, so no extreme is missed */
  for (guint i = 0; i < EXTENT_SAMPLES + self->n_keyframes; i++)
    {
      double phase = i < EXTENT_SAMPLES ? (double) i / EXTENT_SAMPLES
                                        : self->keyframes[i - EXTENT_SAMPLES].time;
      StridePose pose;
      StrideSkeleton skeleton;

      stride_movement_get_pose (self, phase, &pose);
      stride_pose_solve (&pose, &skeleton);

      for (guint j = 0; j < n_bones; j++)
        {
          StrideVec3 ends[2] = { skeleton.joints[bones[j].from], skeleton.joints[bones[j].to] };
          double radii[2] = { bones[j].from_radius, bones[j].to_radius };

          for (guint k = 0; k < 2; k++)
            {
              double x, y;

              stride_camera_project (&camera, ends[k], &x, &y);
              box_add (&frame, x, y, radii[k]);
              x0 = MIN (x0, ends[k].x);
              x1 = MAX (x1, ends[k].x);
              z0 = MIN (z0, ends[k].z);
              z1 = MAX (z1, ends[k].z);
            }
        }
    }

  out->mat_x0 = x0 - MAT_MARGIN;
  out->mat_x1 = x1 + MAT_MARGIN;
  out->mat_z0 = z0 - MAT_MARGIN;
  out->mat_z1 = z1 + MAT_MARGIN;

  /* The floor under the body, and the mat's slab on it, belong in the
   * picture; the floor's front edge is its lowest line in it */
  for (guint i = 0; i < 8; i++)
    {
      StrideVec3 corner = {
        i & 1 ? out->mat_x1 : out->mat_x0,
        i & 2 ? 0 : floor_y,
        i & 4 ? out->mat_z1 : out->mat_z0,
      };
      double x, y;

      stride_camera_project (&camera, corner, &x, &y);
      if (self->mat)
        box_add (&frame, x, y, 0);
      if (corner.y == floor_y)
        line_y = MIN (line_y, y);
    }

  out->floor_line_y = line_y;

  if (self->guide != NULL)
    {
      StridePose pose;
      StrideSkeleton skeleton;
      const StrideVec3 *j = skeleton.joints;
      StrideVec3 shoulders, knees, ends[2];

      self->guide (&pose);
      stride_pose_solve (&pose, &skeleton);
      shoulders = stride_vec3_lerp (j[STRIDE_JOINT_SHOULDER_LEFT], j[STRIDE_JOINT_SHOULDER_RIGHT], 0.5);
      knees = stride_vec3_lerp (j[STRIDE_JOINT_KNEE_LEFT], j[STRIDE_JOINT_KNEE_RIGHT], 0.5);
      ends[0] = stride_vec3_lerp (shoulders, knees, -GUIDE_OVERHANG);
      ends[1] = stride_vec3_lerp (shoulders, knees, 1 + GUIDE_OVERHANG);
      out->guide_from = ends[0];
      out->guide_to = ends[1];

      for (guint i = 0; i < 2; i++)
        {
          double x, y;

          stride_camera_project (&camera, ends[i], &x, &y);
          box_add (&frame, x, y, 0.02); /* its round caps */
        }
    }

  if (self->camera_pitch < FLOOR_LINE_MAX_PITCH)
    {
      frame.x0 -= FLOOR_OVERHANG;
      frame.x1 += FLOOR_OVERHANG;
      frame.y0 = MIN (frame.y0, line_y);
    }

  out->frame = frame;
}

/* Worked out the first time each movement is drawn: the first window
 * shows only the cards' five */
static const Extents *
get_extents (const StrideMovement *self)
{
  static Extents **extents;
  guint n_movements;
  const StrideMovement *movements = stride_movement_get_table (&n_movements);
  Extents **one;

  if (g_once_init_enter (&extents))
    g_once_init_leave (&extents, g_new0 (Extents *, n_movements));

  one = &extents[self - movements];
  if (g_once_init_enter (one))
    {
      Extents *computed = g_new (Extents, 1);

      compute_extents (self, computed);
      g_once_init_leave (one, computed);
    }

  return *one;
}

/* The guide shows while the body is where it should be held */
static double
guide_opacity (const StrideMovement *self,
               double                phase)
{
  double in, out;

  if (self->guide == NULL)
    return 0;

  phase -= floor (phase);
  in = CLAMP ((phase - self->guide_start) / GUIDE_FADE, 0, 1);
  out = CLAMP ((self->guide_end - phase) / GUIDE_FADE, 0, 1);
  return MIN (in, out);
}

/**
 * stride_movement_get_scene:
 * @phase: where in the loop, 0 to 1
 *
 * Fills @scene with everything a picture of the movement at @phase shows.
 */
void
stride_movement_get_scene (const StrideMovement *self,
                           double                phase,
                           StrideFigureScene    *scene)
{
  const Extents *ext;
  StridePose pose;

  g_return_if_fail (self != NULL && scene != NULL);

  ext = get_extents (self);

  stride_movement_get_pose (self, phase, &pose);
  stride_pose_solve (&pose, &scene->skeleton);
  stride_camera_init (&scene->camera, self->camera_yaw, self->camera_pitch);
  scene->band = self->band;
  scene->has_mat = self->mat;
  scene->mat_x0 = ext->mat_x0;
  scene->mat_x1 = ext->mat_x1;
  scene->mat_z0 = ext->mat_z0;
  scene->mat_z1 = ext->mat_z1;
  scene->has_floor_line = self->camera_pitch < FLOOR_LINE_MAX_PITCH;
  scene->floor_line_y = ext->floor_line_y;
  scene->guide_opacity = guide_opacity (self, phase);
  scene->guide_from = ext->guide_from;
  scene->guide_to = ext->guide_to;
  scene->frame = ext->frame;
}

/**
 * stride_movement_get_frame:
 * @frame: (out): the picture every scene of the movement is fitted by
 *
 * The same box as each scene's frame, without working out a pose.
 */
void
stride_movement_get_frame (const StrideMovement *self,
                           StrideBox            *frame)
{
  g_return_if_fail (self != NULL && frame != NULL);

  *frame = get_extents (self)->frame;
}
