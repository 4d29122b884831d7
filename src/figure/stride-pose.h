/* stride-pose.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "stride-vec3.h"

G_BEGIN_DECLS

/* The body's proportions that poses are worked out from, in metres */
#define STRIDE_THIGH_LENGTH    0.43
#define STRIDE_SHIN_LENGTH     0.43
#define STRIDE_SHOULDER_HEIGHT 0.50  /* above the hip joints */
#define STRIDE_TRUNK_RADIUS    0.105 /* half the trunk's depth */
#define STRIDE_ANKLE_HEIGHT    0.075 /* standing */

typedef enum
{
  STRIDE_BODY_LEFT,
  STRIDE_BODY_RIGHT,
  STRIDE_N_BODY_SIDES
} StrideBodySide;

/* The points a pose puts in the world. The TRUNK_* points are not joints
 * but the corners of the trunk's rounded outline. */
typedef enum
{
  STRIDE_JOINT_PELVIS,
  STRIDE_JOINT_HEAD,
  STRIDE_JOINT_TRUNK_HIP_LEFT,
  STRIDE_JOINT_TRUNK_HIP_RIGHT,
  STRIDE_JOINT_TRUNK_SHOULDER_LEFT,
  STRIDE_JOINT_TRUNK_SHOULDER_RIGHT,
  STRIDE_JOINT_TRUNK_CHEST,
  STRIDE_JOINT_SHOULDER_LEFT,
  STRIDE_JOINT_SHOULDER_RIGHT,
  STRIDE_JOINT_ELBOW_LEFT,
  STRIDE_JOINT_ELBOW_RIGHT,
  STRIDE_JOINT_HAND_LEFT,
  STRIDE_JOINT_HAND_RIGHT,
  STRIDE_JOINT_HIP_LEFT,
  STRIDE_JOINT_HIP_RIGHT,
  STRIDE_JOINT_KNEE_LEFT,
  STRIDE_JOINT_KNEE_RIGHT,
  STRIDE_JOINT_ANKLE_LEFT,
  STRIDE_JOINT_ANKLE_RIGHT,
  STRIDE_JOINT_HEEL_LEFT,
  STRIDE_JOINT_HEEL_RIGHT,
  STRIDE_JOINT_TOE_LEFT,
  STRIDE_JOINT_TOE_RIGHT,
  STRIDE_N_JOINTS
} StrideJoint;

/* The parts drawn as one shape each, in one tone */
typedef enum
{
  STRIDE_LIMB_HEAD,
  STRIDE_LIMB_TRUNK,
  STRIDE_LIMB_ARM_LEFT,
  STRIDE_LIMB_ARM_RIGHT,
  STRIDE_LIMB_LEG_LEFT,
  STRIDE_LIMB_LEG_RIGHT,
  STRIDE_N_LIMBS
} StrideLimb;

/* A rounded, tapering piece of a limb from one point to another (a ball
 * when both are the same). The trunk's pieces are balls of one radius,
 * and the trunk is drawn as their rounded hull. */
typedef struct
{
  StrideLimb  limb;
  StrideJoint from;
  StrideJoint to;
  double      from_radius;
  double      to_radius;
} StrideBone;

typedef struct
{
  double flex;   /* degrees raised forward: 0 hanging, 90 forward, 180 overhead */
  double abduct; /* degrees raised out to the side */
  double rotate; /* degrees of outward rotation about the upper arm */
  double elbow;  /* degrees the elbow is bent */
} StrideArmPose;

typedef struct
{
  /* A free leg is placed by its angles… */
  double flex;   /* degrees the thigh swings forward of the trunk; negative behind */
  double abduct; /* degrees out to the side */
  double rotate; /* degrees of outward rotation about the thigh */
  double knee;   /* degrees the knee is bent */
  double ankle;  /* degrees the foot points away from the shin past a right angle */

  /* …a planted one by where its ankle is, so that it stays put while
   * the body moves over it */
  gboolean   planted;
  StrideVec3 ankle_at;    /* in the world */
  StrideVec3 knee_toward; /* in the world: where the knee points */
  double     swivel;      /* degrees the knee turns outward about the hip–ankle line */
  StrideVec3 toes_toward; /* in the world: where the foot points */
} StrideLegPose;

/* What a keyframe holds: where the body is and its joints' angles. Every
 * number in it can be interpolated. */
typedef struct
{
  StrideVec3    pelvis; /* in the world: the point midway between the hip joints */
  double        yaw;    /* degrees the trunk turns to its left, about the vertical */
  double        pitch;  /* degrees it leans forward: 90 face down, -90 on the back */
  double        roll;   /* degrees it tips onto its right side: -90 lies on the left */
  double        twist;  /* degrees the pelvis alone turns to its left about the trunk's long axis */
  double        nod;    /* degrees the head tips forward */
  StrideArmPose arms[STRIDE_N_BODY_SIDES];
  StrideLegPose legs[STRIDE_N_BODY_SIDES];
} StridePose;

/* Where a pose puts every point, in the world */
typedef struct
{
  StrideVec3 joints[STRIDE_N_JOINTS];
} StrideSkeleton;

void              stride_pose_init_standing (StridePose           *pose);
void              stride_pose_interpolate   (const StridePose     *from,
                                             const StridePose     *to,
                                             double                t,
                                             StridePose           *result);
void              stride_pose_solve         (const StridePose     *pose,
                                             StrideSkeleton       *skeleton);
const StrideBone *stride_skeleton_get_bones (guint                *n_bones);

G_END_DECLS
