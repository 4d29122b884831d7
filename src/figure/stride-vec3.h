/* stride-vec3.h
 *
 * The little 3-D vector arithmetic that the figure's skeleton, camera and
 * renderer share. Inline, because they run a few hundred times a frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <math.h>

G_BEGIN_DECLS

/* A point or direction in metres. In the world, y is up and the floor is
 * y = 0; a figure standing unturned faces +x and has its right side at +z. */
typedef struct
{
  double x;
  double y;
  double z;
} StrideVec3;

#define STRIDE_DEG(d) ((d) * G_PI / 180.0)

static inline StrideVec3
stride_vec3 (double x,
             double y,
             double z)
{
  StrideVec3 v = { x, y, z };

  return v;
}

static inline StrideVec3
stride_vec3_add (StrideVec3 a,
                 StrideVec3 b)
{
  return stride_vec3 (a.x + b.x, a.y + b.y, a.z + b.z);
}

static inline StrideVec3
stride_vec3_sub (StrideVec3 a,
                 StrideVec3 b)
{
  return stride_vec3 (a.x - b.x, a.y - b.y, a.z - b.z);
}

static inline StrideVec3
stride_vec3_scale (StrideVec3 a,
                   double     s)
{
  return stride_vec3 (a.x * s, a.y * s, a.z * s);
}

/* a + b * s */
static inline StrideVec3
stride_vec3_add_scaled (StrideVec3 a,
                        StrideVec3 b,
                        double     s)
{
  return stride_vec3 (a.x + b.x * s, a.y + b.y * s, a.z + b.z * s);
}

static inline double
stride_vec3_dot (StrideVec3 a,
                 StrideVec3 b)
{
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

static inline StrideVec3
stride_vec3_cross (StrideVec3 a,
                   StrideVec3 b)
{
  return stride_vec3 (a.y * b.z - a.z * b.y,
                      a.z * b.x - a.x * b.z,
                      a.x * b.y - a.y * b.x);
}

static inline double
stride_vec3_length (StrideVec3 a)
{
  return sqrt (stride_vec3_dot (a, a));
}

static inline StrideVec3
stride_vec3_normalize (StrideVec3 a)
{
  double length = stride_vec3_length (a);

  return length > 1e-9 ? stride_vec3_scale (a, 1.0 / length) : a;
}

static inline StrideVec3
stride_vec3_lerp (StrideVec3 a,
                  StrideVec3 b,
                  double     t)
{
  return stride_vec3 (a.x + (b.x - a.x) * t,
                      a.y + (b.y - a.y) * t,
                      a.z + (b.z - a.z) * t);
}

/* Rotates @v by @angle radians about the unit @axis, right-handed
 * (Rodrigues' formula). */
static inline StrideVec3
stride_vec3_rotate (StrideVec3 v,
                    StrideVec3 axis,
                    double     angle)
{
  double c = cos (angle);
  double s = sin (angle);
  StrideVec3 r = stride_vec3_scale (v, c);

  r = stride_vec3_add_scaled (r, stride_vec3_cross (axis, v), s);
  return stride_vec3_add_scaled (r, axis, stride_vec3_dot (axis, v) * (1.0 - c));
}

G_END_DECLS
