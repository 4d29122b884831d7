/* stride-movement-poses.c
 *
 * Every movement the figure shows, as keyframes faithful to the guide's
 * how-to steps, and the view that explains each best. A loop runs from
 * the start position (phase 0) through the end position and back; the
 * guide's pauses and squeezes are held keyframes.
 *
 * Poses are worked out in metres on the world's floor. Seen from the
 * default cameras the figure's right side is the one nearer the eye, so
 * the descriptions name the sides that way; mirroring the picture shows
 * the other side. A movement done one side at a time says which side its
 * unmirrored picture works: the leg that lifts or opens (clamshell, hip
 * extension, bridge test), the leg that carries the body (single-leg
 * squat and bridge), or the way the feet step (side steps). Callers ask
 * for a side and the movement decides whether to mirror, so no caller
 * has to know which way each picture was drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-movement-private.h"

#define L STRIDE_BODY_LEFT
#define R STRIDE_BODY_RIGHT
#define AH STRIDE_ANKLE_HEIGHT

static void
plant (StrideLegPose *leg,
       double         x,
       double         y,
       double         z,
       StrideVec3     knee_toward,
       StrideVec3     toes_toward)
{
  leg->planted = TRUE;
  leg->ankle_at = stride_vec3 (x, y, z);
  leg->knee_toward = knee_toward;
  leg->toes_toward = toes_toward;
}

static void
set_arm (StrideArmPose *arm,
         double         flex,
         double         abduct,
         double         elbow)
{
  *arm = (StrideArmPose) { .flex = flex, .abduct = abduct, .elbow = elbow };
}

static void
free_leg (StrideLegPose *leg,
          double         flex,
          double         knee,
          double         ankle)
{
  *leg = (StrideLegPose) { .flex = flex, .knee = knee, .ankle = ankle };
}

/* Arms straight out in front, level with the floor whatever the lean:
 * a limb's angle in the world is its flexion less the trunk's lean */
static void
arms_forward (StridePose *pose)
{
  set_arm (&pose->arms[L], 90 + pose->pitch, 4, 0);
  set_arm (&pose->arms[R], 90 + pose->pitch, 4, 0);
}

/* Squat: feet shoulder-width apart, toes a little out, arms extended */

static void
squat_feet (StridePose *pose)
{
  stride_pose_init_standing (pose);
  plant (&pose->legs[L], 0, AH, -0.15, stride_vec3 (1, 0, -0.08), stride_vec3 (1, 0, -0.08));
  plant (&pose->legs[R], 0, AH, 0.15, stride_vec3 (1, 0, 0.08), stride_vec3 (1, 0, 0.08));
}

static void
squat_standing (StridePose *pose)
{
  squat_feet (pose);
  pose->pelvis = stride_vec3 (-0.02, 0.925, 0);
  pose->pitch = 3;
  arms_forward (pose);
}

/* Shins 9° forward keep the knees over the feet, well behind the toes;
 * the thighs are level; the chest stays lifted, leaning only as far as
 * balance over the feet needs */
static void
squat_bottom (StridePose *pose)
{
  double shin = STRIDE_DEG (9);
  double knee_x = STRIDE_SHIN_LENGTH * sin (shin);
  double knee_y = AH + STRIDE_SHIN_LENGTH * cos (shin);

  /* The knees track over the feet, 6 cm further out than the hips */
  double thigh_x = sqrt (STRIDE_THIGH_LENGTH * STRIDE_THIGH_LENGTH - 0.06 * 0.06);

  squat_feet (pose);
  pose->pelvis = stride_vec3 (knee_x - thigh_x, knee_y, 0);
  pose->pitch = 47;
  pose->nod = -25;
  arms_forward (pose);
}

static const StrideKeyframe squat_keys[] = {
  { 0.00, squat_standing },
  { 0.08, squat_standing },
  { 0.45, squat_bottom },
  { 0.55, squat_bottom },
  { 0.92, squat_standing },
  { 1.00, squat_standing },
};

/* Single-leg squat: on the right leg, the left foot held forward */

static void
single_squat_feet (StridePose *pose)
{
  stride_pose_init_standing (pose);
  plant (&pose->legs[R], 0, AH, 0.07, stride_vec3 (1, 0, 0.05), stride_vec3 (1, 0, 0.08));
}

static void
single_squat_standing (StridePose *pose)
{
  single_squat_feet (pose);
  pose->pelvis = stride_vec3 (-0.01, 0.92, 0.03);
  arms_forward (pose);
  free_leg (&pose->legs[L], 45, 45, 10);
}

static void
single_squat_bottom (StridePose *pose)
{
  single_squat_feet (pose);
  pose->pelvis = stride_vec3 (-0.2, 0.74, 0.03);
  pose->pitch = 32;
  pose->nod = -18;
  arms_forward (pose);
  free_leg (&pose->legs[L], 32 + 72, 20, 10);
}

static const StrideKeyframe single_squat_keys[] = {
  { 0.00, single_squat_standing },
  { 0.08, single_squat_standing },
  { 0.45, single_squat_bottom },
  { 0.55, single_squat_bottom },
  { 0.92, single_squat_standing },
  { 1.00, single_squat_standing },
};

/* Clamshell: lying on the left side, head toward +x, belly toward the
 * camera; hips bent 45° and knees 90°, knees stacked, feet together.
 * The top leg turns about the line from its hip to its ankle, which is
 * what keeps the feet together while the knee opens. */

static void
clamshell (StridePose *pose,
           double      open)
{
  const StrideVec3 belly = { 0, 0, 1 }, toes = { -0.82, 0, 0.57 };

  stride_pose_init_standing (pose);
  pose->pelvis = stride_vec3 (0, 0.2, 0);
  pose->yaw = -90;
  pose->roll = -90;
  pose->nod = 8;

  /* Head on the lower arm stretched along the floor; the top hand on
   * the floor in front of the chest */
  set_arm (&pose->arms[L], 178, 0, 0);
  set_arm (&pose->arms[R], 75, -55, 50);

  plant (&pose->legs[L], -0.608, 0.2 - 0.09, 0, belly, toes);
  plant (&pose->legs[R], -0.608, 0.2 - 0.005, 0, belly, toes);
  pose->legs[R].swivel = open;
}

static void
clamshell_closed (StridePose *pose)
{
  clamshell (pose, -6);
}

static void
clamshell_open (StridePose *pose)
{
  clamshell (pose, 48);
}

static const StrideKeyframe clamshell_keys[] = {
  { 0.00, clamshell_closed },
  { 0.08, clamshell_closed },
  { 0.40, clamshell_open },
  { 0.58, clamshell_open }, /* "Pause, then lower" */
  { 0.92, clamshell_closed },
  { 1.00, clamshell_closed },
};

/* Banded side step: hips and knees slightly bent, feet pointing forward.
 * The left foot steps out, the right follows; then back the other way,
 * so that the loop ends where it started. */

static void
side_step (StridePose *pose,
           double      pelvis_z,
           double      left_z,
           double      left_lift,
           double      right_z,
           double      right_lift)
{
  const StrideVec3 ahead = { 1, 0, 0 };

  stride_pose_init_standing (pose);
  pose->pelvis = stride_vec3 (-0.08, 0.87, pelvis_z);
  pose->pitch = 20;
  pose->nod = -14;
  /* Hands on the hips, elbows out */
  for (StrideBodySide side = 0; side < STRIDE_N_BODY_SIDES; side++)
    {
      set_arm (&pose->arms[side], 0, 42, 85);
      pose->arms[side].rotate = -90;
    }
  plant (&pose->legs[L], 0, AH + left_lift, left_z, ahead, ahead);
  plant (&pose->legs[R], 0, AH + right_lift, right_z, ahead, ahead);
}

static void
side_step_together (StridePose *pose)
{
  side_step (pose, 0, -0.12, 0, 0.12, 0);
}

static void
side_step_left_lifted (StridePose *pose)
{
  side_step (pose, -0.06, -0.28, 0.05, 0.12, 0);
}

static void
side_step_wide (StridePose *pose)
{
  side_step (pose, -0.15, -0.44, 0, 0.12, 0);
}

static void
side_step_right_follows (StridePose *pose)
{
  side_step (pose, -0.25, -0.44, 0, -0.04, 0.04);
}

static void
side_step_together_left (StridePose *pose)
{
  side_step (pose, -0.32, -0.44, 0, -0.2, 0);
}

static void
side_step_right_lifted (StridePose *pose)
{
  side_step (pose, -0.26, -0.44, 0, -0.04, 0.05);
}

static void
side_step_left_follows (StridePose *pose)
{
  side_step (pose, -0.06, -0.28, 0.04, 0.12, 0);
}

static const StrideKeyframe side_step_keys[] = {
  { 0.000, side_step_together, STRIDE_EASE_IN },
  { 0.125, side_step_left_lifted, STRIDE_EASE_OUT },
  { 0.250, side_step_wide, STRIDE_EASE_IN },
  { 0.375, side_step_right_follows, STRIDE_EASE_OUT },
  { 0.500, side_step_together_left, STRIDE_EASE_IN },
  { 0.625, side_step_right_lifted, STRIDE_EASE_OUT },
  { 0.750, side_step_wide, STRIDE_EASE_IN },
  { 0.875, side_step_left_follows, STRIDE_EASE_OUT },
  { 1.000, side_step_together },
};

/* Glute bridge: on the back, head toward -x, knees up, feet flat and
 * hip-width apart. The trunk pivots at the shoulders, which stay down;
 * at the top shoulders, hips and knees are in one line, the shins
 * upright over the heels. */

#define BRIDGE_SHOULDER_X   -0.45
#define BRIDGE_SHOULDER_Y   STRIDE_TRUNK_RADIUS
#define BRIDGE_LINE         (STRIDE_SHOULDER_HEIGHT + STRIDE_THIGH_LENGTH)
/* The lift that puts the knees in line: shoulders to knees is one line */
#define BRIDGE_TOP          (asin ((AH + STRIDE_SHIN_LENGTH - BRIDGE_SHOULDER_Y) / BRIDGE_LINE) * 180 / G_PI)
#define BRIDGE_FEET_X       (BRIDGE_SHOULDER_X + BRIDGE_LINE * cos (STRIDE_DEG (BRIDGE_TOP)))

static void
supine (StridePose *pose,
        double      lift)
{
  const StrideVec3 up = { 0, 1, 0 }, ahead = { 1, 0, 0 };
  double angle = STRIDE_DEG (lift);
  /* Arms along the sides, on the floor whatever the trunk does */
  double arms = -7 - lift;

  stride_pose_init_standing (pose);
  pose->pelvis = stride_vec3 (BRIDGE_SHOULDER_X + STRIDE_SHOULDER_HEIGHT * cos (angle),
                              BRIDGE_SHOULDER_Y + STRIDE_SHOULDER_HEIGHT * sin (angle), 0);
  pose->pitch = -90 - lift;
  pose->nod = lift;
  set_arm (&pose->arms[L], arms, 10, 0);
  set_arm (&pose->arms[R], arms, 10, 0);
  plant (&pose->legs[L], BRIDGE_FEET_X, AH, -0.1, up, ahead);
  plant (&pose->legs[R], BRIDGE_FEET_X, AH, 0.1, up, ahead);
}

static void
bridge_down (StridePose *pose)
{
  supine (pose, 0);
}

static void
bridge_up (StridePose *pose)
{
  supine (pose, BRIDGE_TOP);
}

static const StrideKeyframe bridge_keys[] = {
  { 0.00, bridge_down },
  { 0.06, bridge_down },
  { 0.32, bridge_up },
  { 0.52, bridge_up }, /* squeezing the glutes at the top */
  { 0.96, bridge_down }, /* "Lower slowly" */
  { 1.00, bridge_down },
};

/* Single-leg bridge: the right leg held straight, in line with the left
 * thigh, all the way up */

static void
single_bridge (StridePose *pose,
               double      lift)
{
  /* The left thigh's angle to the trunk, from 67° down to 0 at the top */
  double thigh = 67 * (1 - lift / BRIDGE_TOP);

  supine (pose, lift);
  free_leg (&pose->legs[R], thigh, 0, 25);
  pose->legs[L].ankle_at.z = -0.08;
}

static void
single_bridge_down (StridePose *pose)
{
  single_bridge (pose, 0);
}

static void
single_bridge_up (StridePose *pose)
{
  single_bridge (pose, BRIDGE_TOP);
}

static const StrideKeyframe single_bridge_keys[] = {
  { 0.00, single_bridge_down },
  { 0.06, single_bridge_down },
  { 0.32, single_bridge_up },
  { 0.52, single_bridge_up },
  { 0.96, single_bridge_down },
  { 1.00, single_bridge_down },
};

/* Bridge test: bridge, lift the right foot slightly, and look at the hips */

static void
bridge_foot_lifted (StridePose *pose)
{
  supine (pose, BRIDGE_TOP);
  pose->legs[R].ankle_at.y += 0.12;
  pose->legs[R].ankle_at.x -= 0.04;
}

/* What to look for: the unsupported side's hip drops */
static void
bridge_hip_dropped (StridePose *pose)
{
  supine (pose, BRIDGE_TOP - 11);
  pose->twist = -18;
  pose->legs[R].ankle_at.y += 0.11;
  pose->legs[R].ankle_at.x -= 0.04;
}

static const StrideKeyframe bridge_test_keys[] = {
  { 0.00, bridge_down },
  { 0.05, bridge_down },
  { 0.25, bridge_up },
  { 0.32, bridge_up },
  { 0.42, bridge_foot_lifted },
  { 0.62, bridge_foot_lifted },
  { 0.72, bridge_up },
  { 0.78, bridge_up },
  { 0.96, bridge_down },
  { 1.00, bridge_down },
};

static const StrideKeyframe bridge_drop_keys[] = {
  { 0.00, bridge_down },
  { 0.05, bridge_down },
  { 0.25, bridge_up },
  { 0.30, bridge_up },
  { 0.38, bridge_foot_lifted },
  { 0.48, bridge_hip_dropped },
  { 0.64, bridge_hip_dropped },
  { 0.74, bridge_up },
  { 0.78, bridge_up },
  { 0.96, bridge_down },
  { 1.00, bridge_down },
};

/* Quadruped hip extension: hands under the shoulders, knees under the
 * hips, back flat. The right thigh lifts until it is level with the
 * back, the knee staying bent at 90°, the sole facing the ceiling. */

#define TABLETOP_INCLINE 16

static void
tabletop (StridePose *pose)
{
  stride_pose_init_standing (pose);
  pose->pelvis = stride_vec3 (0, STRIDE_THIGH_LENGTH + 0.056, 0);
  pose->pitch = 90 - TABLETOP_INCLINE;
  pose->nod = 8;
  set_arm (&pose->arms[L], 95 - TABLETOP_INCLINE, 0, 0);
  set_arm (&pose->arms[R], 95 - TABLETOP_INCLINE, 0, 0);
  free_leg (&pose->legs[L], 90 - TABLETOP_INCLINE, 90, 90);
  free_leg (&pose->legs[R], 90 - TABLETOP_INCLINE, 90, 90);
}

static void
tabletop_leg_lifted (StridePose *pose)
{
  tabletop (pose);
  free_leg (&pose->legs[R], -TABLETOP_INCLINE - 4, 90, 0);
}

static const StrideKeyframe hip_extension_keys[] = {
  { 0.00, tabletop },
  { 0.08, tabletop },
  { 0.40, tabletop_leg_lifted },
  { 0.58, tabletop_leg_lifted }, /* "Pause at the top" */
  { 0.92, tabletop },
  { 1.00, tabletop },
};

/* Standing deep squat test: feet a little wider than hip-width, arms
 * overhead, glutes down toward the heels */

static void
squat_test_feet (StridePose *pose)
{
  stride_pose_init_standing (pose);
  plant (&pose->legs[L], 0, AH, -0.14, stride_vec3 (1, 0, -0.2), stride_vec3 (1, 0, -0.2));
  plant (&pose->legs[R], 0, AH, 0.14, stride_vec3 (1, 0, 0.2), stride_vec3 (1, 0, 0.2));
  set_arm (&pose->arms[L], 176, 16, 0);
  set_arm (&pose->arms[R], 176, 16, 0);
}

static void
squat_test_standing (StridePose *pose)
{
  squat_test_feet (pose);
  pose->pelvis = stride_vec3 (-0.02, 0.925, 0);
}

static void
squat_test_deep (StridePose *pose)
{
  squat_test_feet (pose);
  pose->pelvis = stride_vec3 (-0.13, 0.28, 0);
  pose->pitch = 32;
  pose->nod = -24;
  set_arm (&pose->arms[L], 186, 16, 0);
  set_arm (&pose->arms[R], 186, 16, 0);
}

static const StrideKeyframe squat_test_keys[] = {
  { 0.00, squat_test_standing },
  { 0.08, squat_test_standing },
  { 0.45, squat_test_deep },
  { 0.60, squat_test_deep },
  { 0.95, squat_test_standing },
  { 1.00, squat_test_standing },
};

#define KEYS(k) .keyframes = k, .n_keyframes = G_N_ELEMENTS (k)

/* Translators: the descriptions below are read by screen readers in
 * place of the exercise illustrations. Each says what the animation shows. */
static const StrideMovement movements[] = {
  {
    .id = "squat",
    .exercise_id = "squat",
    .description = N_("Squat: standing with the arms held forward, the hips lower until the "
                      "thighs are parallel to the floor, knees behind the toes and chest lifted, "
                      "then rise"),
    .camera_yaw = 22,
    .camera_pitch = 6,
    .duration = 3.5,
    .end_phase = 0.5,
    KEYS (squat_keys),
  },
  {
    .id = "squat-harder",
    .side = STRIDE_SIDE_RIGHT,
    .exercise_id = "squat",
    .harder = TRUE,
    .description = N_("Single-leg squat: standing on the right leg with the left foot held off "
                      "the floor in front, the hips lower and rise"),
    .mirrored_description = N_("Single-leg squat: standing on the left leg with the right foot "
                               "held off the floor in front, the hips lower and rise"),
    .camera_yaw = 28,
    .camera_pitch = 6,
    .duration = 3.5,
    .end_phase = 0.5,
    KEYS (single_squat_keys),
  },
  {
    .id = "clamshell",
    .side = STRIDE_SIDE_RIGHT,
    .exercise_id = "clamshell",
    .description = N_("Clamshell: lying on the left side with the knees bent and stacked, the top "
                      "knee opens while the feet stay together"),
    .mirrored_description = N_("Clamshell: lying on the right side with the knees bent and "
                               "stacked, the top knee opens while the feet stay together"),
    .camera_yaw = -10,
    .camera_pitch = 20,
    .mat = TRUE,
    .duration = 3.5,
    .end_phase = 0.49,
    KEYS (clamshell_keys),
  },
  {
    .id = "clamshell-harder",
    .side = STRIDE_SIDE_RIGHT,
    .exercise_id = "clamshell",
    .harder = TRUE,
    .description = N_("Clamshell with a band above the knees: lying on the left side, the top "
                      "knee opens against the band while the feet stay together"),
    .mirrored_description = N_("Clamshell with a band above the knees: lying on the right side, "
                               "the top knee opens against the band while the feet stay together"),
    .camera_yaw = -10,
    .camera_pitch = 20,
    .mat = TRUE,
    .band = STRIDE_BAND_KNEES,
    .duration = 3.5,
    .end_phase = 0.49,
    KEYS (clamshell_keys),
  },
  {
    .id = "side-step",
    .side = STRIDE_SIDE_LEFT,
    .exercise_id = "side-step",
    .description = N_("Banded side step: with a band above the knees and the hips and knees "
                      "slightly bent, the left foot steps sideways and the right foot follows, "
                      "feet pointing forward"),
    .mirrored_description = N_("Banded side step: with a band above the knees and the hips and "
                               "knees slightly bent, the right foot steps sideways and the left "
                               "foot follows, feet pointing forward"),
    .camera_yaw = 60,
    .camera_pitch = 10,
    .band = STRIDE_BAND_KNEES,
    .duration = 4.0,
    .end_phase = 0.25,
    KEYS (side_step_keys),
  },
  {
    .id = "side-step-harder",
    .side = STRIDE_SIDE_LEFT,
    .exercise_id = "side-step",
    .harder = TRUE,
    .description = N_("Banded side step with the band around the ankles: the hips and knees "
                      "slightly bent, the left foot steps sideways and the right foot follows, "
                      "feet pointing forward"),
    .mirrored_description = N_("Banded side step with the band around the ankles: the hips and "
                               "knees slightly bent, the right foot steps sideways and the left "
                               "foot follows, feet pointing forward"),
    .camera_yaw = 60,
    .camera_pitch = 10,
    .band = STRIDE_BAND_ANKLES,
    .duration = 4.0,
    .end_phase = 0.25,
    KEYS (side_step_keys),
  },
  {
    .id = "glute-bridge",
    .exercise_id = "glute-bridge",
    .description = N_("Glute bridge: lying on the back with the knees bent and feet flat, the "
                      "hips lift until they are in line with the knees and shoulders, then lower "
                      "slowly"),
    .camera_yaw = 18,
    .camera_pitch = 6,
    .mat = TRUE,
    .duration = 4.0,
    .end_phase = 0.42,
    KEYS (bridge_keys),
  },
  {
    .id = "glute-bridge-harder",
    .side = STRIDE_SIDE_LEFT,
    .exercise_id = "glute-bridge",
    .harder = TRUE,
    .description = N_("Single-leg bridge: lying on the back with the right leg held straight, the "
                      "hips lift on the left foot, then lower"),
    .mirrored_description = N_("Single-leg bridge: lying on the back with the left leg held "
                               "straight, the hips lift on the right foot, then lower"),
    .camera_yaw = 18,
    .camera_pitch = 6,
    .mat = TRUE,
    .duration = 4.0,
    .end_phase = 0.42,
    KEYS (single_bridge_keys),
  },
  {
    .id = "hip-extension",
    .side = STRIDE_SIDE_RIGHT,
    .exercise_id = "hip-extension",
    .description = N_("Quadruped hip extension: on all fours with a flat back, the right leg "
                      "lifts toward the ceiling with the knee bent at 90 degrees, then lowers"),
    .mirrored_description = N_("Quadruped hip extension: on all fours with a flat back, the left "
                               "leg lifts toward the ceiling with the knee bent at 90 degrees, "
                               "then lowers"),
    .camera_yaw = 20,
    .camera_pitch = 6,
    .mat = TRUE,
    .duration = 3.5,
    .end_phase = 0.49,
    KEYS (hip_extension_keys),
  },
  {
    .id = "squat-test",
    .exercise_id = "squat-test",
    .description = N_("Standing deep squat test: feet slightly wider than hip-width and arms "
                      "overhead, the hips lower as deep as they can toward the heels"),
    .camera_yaw = 42,
    .camera_pitch = 6,
    .duration = 4.0,
    .end_phase = 0.52,
    KEYS (squat_test_keys),
  },
  {
    .id = "bridge-test",
    .side = STRIDE_SIDE_RIGHT,
    .exercise_id = "bridge-test",
    .description = N_("Hip bridge test: lying on the back, the hips lift into a bridge, then the "
                      "right foot lifts slightly off the floor while the hips stay level"),
    .mirrored_description = N_("Hip bridge test: lying on the back, the hips lift into a bridge, "
                               "then the left foot lifts slightly off the floor while the hips "
                               "stay level"),
    .camera_yaw = 18,
    .camera_pitch = 6,
    .mat = TRUE,
    .duration = 5.0,
    .end_phase = 0.52,
    KEYS (bridge_test_keys),
  },
  {
    .id = "bridge-test-drop",
    .side = STRIDE_SIDE_RIGHT,
    .description = N_("Hip bridge test, what to look for: as the right foot lifts, the hips tilt "
                      "and drop on the right"),
    .mirrored_description = N_("Hip bridge test, what to look for: as the left foot lifts, the "
                               "hips tilt and drop on the left"),
    .camera_yaw = 18,
    .camera_pitch = 6,
    .mat = TRUE,
    .duration = 5.0,
    .end_phase = 0.56,
    KEYS (bridge_drop_keys),
    .guide = bridge_up, /* where the hips should be: in line with shoulders and knees */
    .guide_start = 0.3,
    .guide_end = 0.74,
  },
};

/**
 * stride_movement_get_table:
 * @n_movements: (out): how many there are
 *
 * Returns: (transfer none) (array length=n_movements): every movement
 */
const StrideMovement *
stride_movement_get_table (guint *n_movements)
{
  *n_movements = G_N_ELEMENTS (movements);
  return movements;
}
