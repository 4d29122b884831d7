/* stride-movement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "stride-cue.h"
#include "stride-figure-scene.h"
#include "stride-pose.h"

G_BEGIN_DECLS

/* A movement the figure shows: one exercise, its harder variation or a
 * self-test step, as a loop of keyframes. Movements are static data:
 * never freed, safe to keep. */
typedef struct _StrideMovement StrideMovement;

guint                 stride_movement_get_n_movements     (void);
const StrideMovement *stride_movement_get_nth             (guint                 index);
const StrideMovement *stride_movement_lookup              (const char           *id);
const StrideMovement *stride_movement_lookup_for_exercise (const char           *exercise_id,
                                                           gboolean              harder);

const char           *stride_movement_get_id              (const StrideMovement *self);
const char           *stride_movement_get_description     (const StrideMovement *self,
                                                           gboolean              mirrored);
gboolean              stride_movement_is_sided            (const StrideMovement *self);
StrideSide            stride_movement_get_side            (const StrideMovement *self);
gboolean              stride_movement_mirrors_for_side    (const StrideMovement *self,
                                                           StrideSide            side);
StrideBand            stride_movement_get_band            (const StrideMovement *self);
double                stride_movement_get_end_phase       (const StrideMovement *self);
double                stride_movement_get_duration        (const StrideMovement *self);
double                stride_movement_get_rep_phase       (const StrideMovement *self,
                                                           double                into,
                                                           double                out,
                                                           double                hold,
                                                           double                back);
void                  stride_movement_get_pose            (const StrideMovement *self,
                                                           double                phase,
                                                           StridePose           *pose);
void                  stride_movement_get_frame           (const StrideMovement *self,
                                                           StrideBox            *frame);
void                  stride_movement_get_scene           (const StrideMovement *self,
                                                           double                phase,
                                                           StrideFigureScene    *scene);

G_END_DECLS
