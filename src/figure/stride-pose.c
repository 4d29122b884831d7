/* stride-pose.c
 *
 * The figure's body: its proportions, and how a pose's angles put its
 * joints in the world. Legs are placed by their angles, or, when a foot
 * is planted, by a two-bone solver so that the foot stays where it is
 * while the hips move over it. Proportions are an adult's of 1.73 m, in
 * metres, after anthropometric tables; the head is drawn a little larger
 * so that it reads in a thumbnail.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-pose.h"

#define HIP_HALF_WIDTH      0.09
#define SHOULDER_HALF_WIDTH 0.175
#define NECK_HEIGHT         0.55
#define HEAD_ABOVE_NECK     0.14
#define UPPER_ARM           0.29
#define FOREARM             0.30
#define THIGH               STRIDE_THIGH_LENGTH
#define SHIN                STRIDE_SHIN_LENGTH
#define HEEL_BEHIND_ANKLE   0.05
#define TOE_AHEAD_OF_ANKLE  0.16
#define SOLE_BELOW_ANKLE    0.045

#define HEAD_RADIUS  0.11
#define TRUNK_RADIUS STRIDE_TRUNK_RADIUS

static const StrideBone bones[] = {
  { STRIDE_LIMB_HEAD, STRIDE_JOINT_HEAD, STRIDE_JOINT_HEAD, HEAD_RADIUS, HEAD_RADIUS },

  { STRIDE_LIMB_TRUNK, STRIDE_JOINT_TRUNK_HIP_LEFT, STRIDE_JOINT_TRUNK_HIP_LEFT, TRUNK_RADIUS, TRUNK_RADIUS },
  { STRIDE_LIMB_TRUNK, STRIDE_JOINT_TRUNK_HIP_RIGHT, STRIDE_JOINT_TRUNK_HIP_RIGHT, TRUNK_RADIUS, TRUNK_RADIUS },
  { STRIDE_LIMB_TRUNK, STRIDE_JOINT_TRUNK_SHOULDER_LEFT, STRIDE_JOINT_TRUNK_SHOULDER_LEFT, TRUNK_RADIUS, TRUNK_RADIUS },
  { STRIDE_LIMB_TRUNK, STRIDE_JOINT_TRUNK_SHOULDER_RIGHT, STRIDE_JOINT_TRUNK_SHOULDER_RIGHT, TRUNK_RADIUS, TRUNK_RADIUS },
  { STRIDE_LIMB_TRUNK, STRIDE_JOINT_TRUNK_CHEST, STRIDE_JOINT_TRUNK_CHEST, TRUNK_RADIUS, TRUNK_RADIUS },

  { STRIDE_LIMB_ARM_LEFT, STRIDE_JOINT_SHOULDER_LEFT, STRIDE_JOINT_ELBOW_LEFT, 0.050, 0.043 },
  { STRIDE_LIMB_ARM_LEFT, STRIDE_JOINT_ELBOW_LEFT, STRIDE_JOINT_HAND_LEFT, 0.043, 0.037 },
  { STRIDE_LIMB_ARM_RIGHT, STRIDE_JOINT_SHOULDER_RIGHT, STRIDE_JOINT_ELBOW_RIGHT, 0.050, 0.043 },
  { STRIDE_LIMB_ARM_RIGHT, STRIDE_JOINT_ELBOW_RIGHT, STRIDE_JOINT_HAND_RIGHT, 0.043, 0.037 },

  { STRIDE_LIMB_LEG_LEFT, STRIDE_JOINT_HIP_LEFT, STRIDE_JOINT_KNEE_LEFT, 0.078, 0.056 },
  { STRIDE_LIMB_LEG_LEFT, STRIDE_JOINT_KNEE_LEFT, STRIDE_JOINT_ANKLE_LEFT, 0.056, 0.041 },
  { STRIDE_LIMB_LEG_LEFT, STRIDE_JOINT_ANKLE_LEFT, STRIDE_JOINT_HEEL_LEFT, 0.041, 0.030 },
  { STRIDE_LIMB_LEG_LEFT, STRIDE_JOINT_HEEL_LEFT, STRIDE_JOINT_TOE_LEFT, 0.030, 0.026 },
  { STRIDE_LIMB_LEG_RIGHT, STRIDE_JOINT_HIP_RIGHT, STRIDE_JOINT_KNEE_RIGHT, 0.078, 0.056 },
  { STRIDE_LIMB_LEG_RIGHT, STRIDE_JOINT_KNEE_RIGHT, STRIDE_JOINT_ANKLE_RIGHT, 0.056, 0.041 },
  { STRIDE_LIMB_LEG_RIGHT, STRIDE_JOINT_ANKLE_RIGHT, STRIDE_JOINT_HEEL_RIGHT, 0.041, 0.030 },
  { STRIDE_LIMB_LEG_RIGHT, STRIDE_JOINT_HEEL_RIGHT, STRIDE_JOINT_TOE_RIGHT, 0.030, 0.026 },
};

/* The trunk's axes in the world, and where its origin (the pelvis) is */
typedef struct
{
  StrideVec3 origin;
  StrideVec3 forward;
  StrideVec3 up;
  StrideVec3 right;
} Frame;

/* Left is -1, right +1: what mirrors a side's angles onto the body */
static inline double
side_sign (StrideBodySide side)
{
  return side == STRIDE_BODY_RIGHT ? 1.0 : -1.0;
}

static void
frame_init (Frame            *frame,
            const StridePose *pose)
{
  const StrideVec3 x = { 1, 0, 0 }, y = { 0, 1, 0 }, z = { 0, 0, 1 };
  StrideVec3 axes[3] = { x, y, z };

  /* Roll about the body's long axis, then lean, then turn */
  for (guint i = 0; i < 3; i++)
    {
      axes[i] = stride_vec3_rotate (axes[i], x, STRIDE_DEG (pose->roll));
      axes[i] = stride_vec3_rotate (axes[i], z, STRIDE_DEG (-pose->pitch));
      axes[i] = stride_vec3_rotate (axes[i], y, STRIDE_DEG (pose->yaw));
    }

  frame->origin = pose->pelvis;
  frame->forward = axes[0];
  frame->up = axes[1];
  frame->right = axes[2];
}

/* The pelvis turns on its own about the trunk's long axis: it is what
 * drops on one side in the bridge test while the shoulders stay flat */
static void
pelvis_frame_init (Frame            *pelvis,
                   const Frame      *trunk,
                   const StridePose *pose)
{
  double angle = STRIDE_DEG (pose->twist);

  pelvis->origin = trunk->origin;
  pelvis->up = trunk->up;
  pelvis->forward = stride_vec3_rotate (trunk->forward, trunk->up, angle);
  pelvis->right = stride_vec3_rotate (trunk->right, trunk->up, angle);
}

/* A direction in the trunk's axes, in the world */
static StrideVec3
frame_direction (const Frame *frame,
                 StrideVec3   v)
{
  StrideVec3 r = stride_vec3_scale (frame->forward, v.x);

  r = stride_vec3_add_scaled (r, frame->up, v.y);
  return stride_vec3_add_scaled (r, frame->right, v.z);
}

static StrideVec3
frame_point (const Frame *frame,
             double       x,
             double       y,
             double       z)
{
  return stride_vec3_add (frame->origin, frame_direction (frame, stride_vec3 (x, y, z)));
}

/* Rotations about the trunk's own axes, as limbs swing in them: about
 * z (forward swing), x (out to the side) and y (about a hanging limb). */
static StrideVec3
swing (StrideVec3 v,
       double     forward_deg,
       double     outward_deg,
       double     twist_deg,
       double     sign)
{
  const StrideVec3 x = { 1, 0, 0 }, y = { 0, 1, 0 }, z = { 0, 0, 1 };

  v = stride_vec3_rotate (v, y, STRIDE_DEG (-sign * twist_deg));
  v = stride_vec3_rotate (v, x, STRIDE_DEG (-sign * outward_deg));
  return stride_vec3_rotate (v, z, STRIDE_DEG (forward_deg));
}

static void
solve_arm (const Frame         *frame,
           const StrideArmPose *arm,
           StrideBodySide           side,
           StrideSkeleton      *skeleton)
{
  double sign = side_sign (side);
  StrideVec3 shoulder = frame_point (frame, 0, STRIDE_SHOULDER_HEIGHT, sign * SHOULDER_HALF_WIDTH);
  StrideVec3 along = frame_direction (frame, swing (stride_vec3 (0, -1, 0), arm->flex, arm->abduct, arm->rotate, sign));
  StrideVec3 ahead = frame_direction (frame, swing (stride_vec3 (1, 0, 0), arm->flex, arm->abduct, arm->rotate, sign));
  StrideVec3 elbow = stride_vec3_add_scaled (shoulder, along, UPPER_ARM);
  StrideVec3 forearm = stride_vec3_add (stride_vec3_scale (along, cos (STRIDE_DEG (arm->elbow))),
                                        stride_vec3_scale (ahead, sin (STRIDE_DEG (arm->elbow))));

  skeleton->joints[STRIDE_JOINT_SHOULDER_LEFT + side] = shoulder;
  skeleton->joints[STRIDE_JOINT_ELBOW_LEFT + side] = elbow;
  skeleton->joints[STRIDE_JOINT_HAND_LEFT + side] = stride_vec3_add_scaled (elbow, forearm, FOREARM);
}

static void
place_foot (StrideSkeleton *skeleton,
            StrideBodySide      side,
            StrideVec3      toes,
            StrideVec3      instep)
{
  StrideVec3 ankle = skeleton->joints[STRIDE_JOINT_ANKLE_LEFT + side];
  StrideVec3 heel = stride_vec3_add_scaled (ankle, toes, -HEEL_BEHIND_ANKLE);
  StrideVec3 toe = stride_vec3_add_scaled (ankle, toes, TOE_AHEAD_OF_ANKLE);

  skeleton->joints[STRIDE_JOINT_HEEL_LEFT + side] = stride_vec3_add_scaled (heel, instep, -SOLE_BELOW_ANKLE);
  skeleton->joints[STRIDE_JOINT_TOE_LEFT + side] = stride_vec3_add_scaled (toe, instep, -SOLE_BELOW_ANKLE - 0.005);
}

static void
solve_free_leg (const Frame         *frame,
                const StrideLegPose *leg,
                StrideBodySide           side,
                StrideVec3           hip,
                StrideSkeleton      *skeleton)
{
  double sign = side_sign (side);
  double knee_angle = STRIDE_DEG (leg->knee);
  double ankle_angle = STRIDE_DEG (leg->ankle);
  StrideVec3 along = frame_direction (frame, swing (stride_vec3 (0, -1, 0), leg->flex, leg->abduct, leg->rotate, sign));
  StrideVec3 ahead = frame_direction (frame, swing (stride_vec3 (1, 0, 0), leg->flex, leg->abduct, leg->rotate, sign));
  StrideVec3 knee = stride_vec3_add_scaled (hip, along, THIGH);
  /* The shin folds back from the thigh; the foot sits at a right angle
   * to it, pointed away by the ankle's angle */
  StrideVec3 shin = stride_vec3_add (stride_vec3_scale (along, cos (knee_angle)),
                                     stride_vec3_scale (ahead, -sin (knee_angle)));
  StrideVec3 shin_ahead = stride_vec3_add (stride_vec3_scale (along, sin (knee_angle)),
                                           stride_vec3_scale (ahead, cos (knee_angle)));
  StrideVec3 toes = stride_vec3_add (stride_vec3_scale (shin_ahead, cos (ankle_angle)),
                                     stride_vec3_scale (shin, sin (ankle_angle)));
  StrideVec3 instep = stride_vec3_add (stride_vec3_scale (shin, -cos (ankle_angle)),
                                       stride_vec3_scale (shin_ahead, sin (ankle_angle)));

  skeleton->joints[STRIDE_JOINT_KNEE_LEFT + side] = knee;
  skeleton->joints[STRIDE_JOINT_ANKLE_LEFT + side] = stride_vec3_add_scaled (knee, shin, SHIN);
  place_foot (skeleton, side, toes, instep);
}

/* Two-bone inverse kinematics: the knee lies on the circle of points a
 * thigh from the hip and a shin from the ankle; the leg's hint picks the
 * point on it, and the swivel turns it from there about the hip–ankle line. */
static void
solve_planted_leg (const StrideLegPose *leg,
                   StrideBodySide           side,
                   StrideVec3           hip,
                   StrideSkeleton      *skeleton)
{
  StrideVec3 to_ankle = stride_vec3_sub (leg->ankle_at, hip);
  double distance = CLAMP (stride_vec3_length (to_ankle), 0.05, THIGH + SHIN - 1e-4);
  StrideVec3 axis = stride_vec3_normalize (to_ankle);
  double along = (THIGH * THIGH - SHIN * SHIN + distance * distance) / (2 * distance);
  double out = sqrt (MAX (THIGH * THIGH - along * along, 0));
  StrideVec3 hint = stride_vec3_normalize (leg->knee_toward);
  StrideVec3 bend, knee, ankle, toes, instep;

  bend = stride_vec3_normalize (stride_vec3_add_scaled (hint, axis, -stride_vec3_dot (hint, axis)));
  bend = stride_vec3_rotate (bend, axis, STRIDE_DEG (side_sign (side) * leg->swivel));
  knee = stride_vec3_add_scaled (stride_vec3_add_scaled (hip, axis, along), bend, out);
  ankle = stride_vec3_add_scaled (hip, axis, distance);

  skeleton->joints[STRIDE_JOINT_KNEE_LEFT + side] = knee;
  skeleton->joints[STRIDE_JOINT_ANKLE_LEFT + side] = ankle;

  toes = stride_vec3_normalize (leg->toes_toward);
  instep = stride_vec3_sub (knee, ankle);
  instep = stride_vec3_normalize (stride_vec3_add_scaled (instep, toes, -stride_vec3_dot (instep, toes)));
  place_foot (skeleton, side, toes, instep);
}

/* Sets the body down on the floor, whatever its lowest part */
static void
ground (StrideSkeleton *skeleton)
{
  double lowest = G_MAXDOUBLE;

  for (guint i = 0; i < G_N_ELEMENTS (bones); i++)
    {
      lowest = MIN (lowest, skeleton->joints[bones[i].from].y - bones[i].from_radius);
      lowest = MIN (lowest, skeleton->joints[bones[i].to].y - bones[i].to_radius);
    }

  for (guint i = 0; i < STRIDE_N_JOINTS; i++)
    skeleton->joints[i].y -= lowest;
}

/**
 * stride_pose_init_standing:
 *
 * Standing tall on the floor, facing +x, arms by the sides, feet
 * hip-width apart and planted.
 */
void
stride_pose_init_standing (StridePose *pose)
{
  g_return_if_fail (pose != NULL);

  *pose = (StridePose) {
    .pelvis = { 0, STRIDE_ANKLE_HEIGHT + THIGH + SHIN, 0 },
  };

  for (StrideBodySide side = 0; side < STRIDE_N_BODY_SIDES; side++)
    {
      StrideLegPose *leg = &pose->legs[side];

      leg->planted = TRUE;
      leg->ankle_at = stride_vec3 (0, STRIDE_ANKLE_HEIGHT, side_sign (side) * HIP_HALF_WIDTH);
      leg->knee_toward = stride_vec3 (1, 0, 0);
      leg->toes_toward = stride_vec3 (1, 0, 0);
    }
}

static double
lerp (double a,
      double b,
      double t)
{
  return a + (b - a) * t;
}

/**
 * stride_pose_interpolate:
 * @t: 0 for @from, 1 for @to
 *
 * Blends two poses number by number. Whether a leg is planted comes
 * from @from: a movement keeps it the same in all its keyframes.
 */
void
stride_pose_interpolate (const StridePose *from,
                         const StridePose *to,
                         double            t,
                         StridePose       *result)
{
  g_return_if_fail (from != NULL && to != NULL && result != NULL);

  result->pelvis = stride_vec3_lerp (from->pelvis, to->pelvis, t);
  result->yaw = lerp (from->yaw, to->yaw, t);
  result->pitch = lerp (from->pitch, to->pitch, t);
  result->roll = lerp (from->roll, to->roll, t);
  result->twist = lerp (from->twist, to->twist, t);
  result->nod = lerp (from->nod, to->nod, t);

  for (StrideBodySide side = 0; side < STRIDE_N_BODY_SIDES; side++)
    {
      const StrideArmPose *a = &from->arms[side], *b = &to->arms[side];
      const StrideLegPose *l = &from->legs[side], *m = &to->legs[side];
      StrideLegPose *leg = &result->legs[side];

      result->arms[side] = (StrideArmPose) {
        .flex = lerp (a->flex, b->flex, t),
        .abduct = lerp (a->abduct, b->abduct, t),
        .rotate = lerp (a->rotate, b->rotate, t),
        .elbow = lerp (a->elbow, b->elbow, t),
      };

      leg->flex = lerp (l->flex, m->flex, t);
      leg->abduct = lerp (l->abduct, m->abduct, t);
      leg->rotate = lerp (l->rotate, m->rotate, t);
      leg->knee = lerp (l->knee, m->knee, t);
      leg->ankle = lerp (l->ankle, m->ankle, t);
      leg->planted = l->planted;
      leg->ankle_at = stride_vec3_lerp (l->ankle_at, m->ankle_at, t);
      leg->knee_toward = stride_vec3_lerp (l->knee_toward, m->knee_toward, t);
      leg->swivel = lerp (l->swivel, m->swivel, t);
      leg->toes_toward = stride_vec3_lerp (l->toes_toward, m->toes_toward, t);
    }
}

/**
 * stride_pose_solve:
 *
 * Puts every point of the body where @pose says, then sets the body down
 * so that its lowest part touches the floor.
 */
void
stride_pose_solve (const StridePose *pose,
                   StrideSkeleton   *skeleton)
{
  Frame frame, pelvis;
  StrideVec3 neck;

  g_return_if_fail (pose != NULL && skeleton != NULL);

  frame_init (&frame, pose);
  pelvis_frame_init (&pelvis, &frame, pose);

  skeleton->joints[STRIDE_JOINT_PELVIS] = pose->pelvis;
  neck = frame_point (&frame, 0, NECK_HEIGHT, 0);
  skeleton->joints[STRIDE_JOINT_HEAD] =
    stride_vec3_add_scaled (neck,
                            frame_direction (&frame, stride_vec3 (sin (STRIDE_DEG (pose->nod)),
                                                                  cos (STRIDE_DEG (pose->nod)), 0)),
                            HEAD_ABOVE_NECK);

  skeleton->joints[STRIDE_JOINT_TRUNK_HIP_LEFT] = frame_point (&pelvis, -0.01, 0.02, -0.065);
  skeleton->joints[STRIDE_JOINT_TRUNK_HIP_RIGHT] = frame_point (&pelvis, -0.01, 0.02, 0.065);
  skeleton->joints[STRIDE_JOINT_TRUNK_SHOULDER_LEFT] = frame_point (&frame, 0, 0.44, -0.115);
  skeleton->joints[STRIDE_JOINT_TRUNK_SHOULDER_RIGHT] = frame_point (&frame, 0, 0.44, 0.115);
  skeleton->joints[STRIDE_JOINT_TRUNK_CHEST] = frame_point (&frame, 0.025, 0.32, 0);

  for (StrideBodySide side = 0; side < STRIDE_N_BODY_SIDES; side++)
    {
      const StrideLegPose *leg = &pose->legs[side];
      StrideVec3 hip = frame_point (&pelvis, 0, 0, side_sign (side) * HIP_HALF_WIDTH);

      solve_arm (&frame, &pose->arms[side], side, skeleton);

      skeleton->joints[STRIDE_JOINT_HIP_LEFT + side] = hip;
      if (leg->planted)
        solve_planted_leg (leg, side, hip, skeleton);
      else
        solve_free_leg (&pelvis, leg, side, hip, skeleton);
    }

  ground (skeleton);
}

/**
 * stride_skeleton_get_bones:
 * @n_bones: (out): the number of bones
 *
 * Returns: (transfer none) (array length=n_bones): the body's shapes,
 *   each a rounded, tapering piece between two of a skeleton's points
 */
const StrideBone *
stride_skeleton_get_bones (guint *n_bones)
{
  g_return_val_if_fail (n_bones != NULL, NULL);

  *n_bones = G_N_ELEMENTS (bones);
  return bones;
}
