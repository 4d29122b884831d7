/* stride-camera.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "stride-vec3.h"

G_BEGIN_DECLS

/* An orthographic camera: which way it looks at the world, and the
 * picture's axes (x to the right, y up) and depth (away from the eye). */
typedef struct
{
  double     yaw;
  double     pitch;
  StrideVec3 right;
  StrideVec3 up;
  StrideVec3 into;
} StrideCamera;

void stride_camera_init (StrideCamera *camera,
                         double        yaw,
                         double        pitch);

/* Where @point appears in the picture, in metres, y up */
static inline void
stride_camera_project (const StrideCamera *camera,
                       StrideVec3          point,
                       double             *x,
                       double             *y)
{
  *x = stride_vec3_dot (point, camera->right);
  *y = stride_vec3_dot (point, camera->up);
}

/* How far @point is from the eye, in metres along the view, up to a constant */
static inline double
stride_camera_depth (const StrideCamera *camera,
                     StrideVec3          point)
{
  return stride_vec3_dot (point, camera->into);
}

G_END_DECLS
