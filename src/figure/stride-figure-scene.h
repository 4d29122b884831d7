/* stride-figure-scene.h
 *
 * What one picture of a movement shows: the body, the props around it,
 * the camera, and the part of the picture plane to fit to the canvas.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "stride-camera.h"
#include "stride-pose.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_BAND_NONE,
  STRIDE_BAND_KNEES,  /* just above the knees */
  STRIDE_BAND_ANKLES, /* around the ankles */
} StrideBand;

/* A rectangle of the picture plane, in metres, y up */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} StrideBox;

typedef struct
{
  StrideSkeleton skeleton;
  StrideCamera   camera;
  StrideBand     band;

  /* The mat, a slab on the floor under the body: its corners' x and z in
   * the world; its top is the floor the body lies on */
  gboolean       has_mat;
  double         mat_x0;
  double         mat_x1;
  double         mat_z0;
  double         mat_z1;

  /* The floor's front edge, seen from the side or the front */
  gboolean       has_floor_line;
  double         floor_line_y; /* in the picture */

  /* A dashed line showing where the body should be: what to look for */
  double         guide_opacity; /* 0 when not shown */
  StrideVec3     guide_from;
  StrideVec3     guide_to;

  /* The picture to fit to the canvas. It holds the whole movement, not
   * only this pose, so that the figure does not change size as it moves. */
  StrideBox      frame;
} StrideFigureScene;

/* How thick the mat is, in metres: the floor is y = 0 on top of it */
#define STRIDE_MAT_THICKNESS 0.035

G_END_DECLS
