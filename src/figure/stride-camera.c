/* stride-camera.c
 *
 * The view a movement is seen from. One body in three dimensions, seen by
 * an orthographic camera, gives every view (side, front, from above) from
 * the same poses, with the near and far limbs where they really are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-camera.h"

/**
 * stride_camera_init:
 * @yaw: degrees the camera has moved round from the figure's right side
 *   toward its front: 0 sees an unturned figure from its right, facing
 *   right; 90 sees it from the front
 * @pitch: degrees the camera looks down from the horizontal
 */
void
stride_camera_init (StrideCamera *camera,
                    double        yaw,
                    double        pitch)
{
  const StrideVec3 vertical = { 0, 1, 0 };
  StrideVec3 into = { 0, -sin (STRIDE_DEG (pitch)), -cos (STRIDE_DEG (pitch)) };

  g_return_if_fail (camera != NULL);

  into = stride_vec3_rotate (into, vertical, STRIDE_DEG (yaw));

  camera->yaw = yaw;
  camera->pitch = pitch;
  camera->into = into;
  /* A right-handed world seen along `into`: right is into × up */
  camera->right = stride_vec3_normalize (stride_vec3_cross (into, vertical));
  camera->up = stride_vec3_cross (camera->right, into);
}
