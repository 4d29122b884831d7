/* stride-movement-private.h
 *
 * What a movement is made of, shared by its data and its machinery.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-movement.h"

G_BEGIN_DECLS

typedef void (*StridePoseFunc) (StridePose *pose);

/* How the segment that starts at a keyframe runs into the next one.
 * In then out, over two segments of one length, passes through the
 * middle keyframe without stopping, as a foot does mid-step. */
typedef enum
{
  STRIDE_EASE_IN_OUT,
  STRIDE_EASE_IN,
  STRIDE_EASE_OUT,
} StrideEase;

typedef struct
{
  double   time;
  StridePoseFunc pose;
  StrideEase     ease;
} StrideKeyframe;

struct _StrideMovement
{
  const char     *id;
  const char     *exercise_id; /* the catalog's, or NULL for a look-for step */
  gboolean        harder;
  const char     *description;
  const char     *mirrored_description; /* NULL when mirroring changes nothing said */
  /* The side the unmirrored picture works, or STRIDE_SIDE_NONE when the
   * movement works both sides at once */
  StrideSide      side;
  double          camera_yaw;
  double          camera_pitch;
  gboolean        mat;
  StrideBand      band;
  double          duration; /* seconds a loop takes at an easy pace */
  double          end_phase;
  const StrideKeyframe *keyframes;
  guint           n_keyframes;
  /* A dashed line along the shoulders and knees of this pose, or NULL:
   * where the body should be. Shown between the two phases. */
  StridePoseFunc        guide;
  double          guide_start;
  double          guide_end;
};

const StrideMovement *stride_movement_get_table (guint *n_movements);

G_END_DECLS
