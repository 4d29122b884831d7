/* stride-exercise.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "stride-catalog-types.h"
#include "stride-dose.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_EXERCISE (stride_exercise_get_type ())

G_DECLARE_FINAL_TYPE (StrideExercise, stride_exercise, STRIDE, EXERCISE, GObject)

const char         *stride_exercise_get_id               (StrideExercise *self);
StrideExerciseKind  stride_exercise_get_kind             (StrideExercise *self);
const char         *stride_exercise_get_name             (StrideExercise *self);
const char         *stride_exercise_get_also_known_as    (StrideExercise *self);
StrideMuscle        stride_exercise_get_muscles          (StrideExercise *self);
const char         *stride_exercise_get_target           (StrideExercise *self);
const char         *stride_exercise_get_purpose          (StrideExercise *self);
guint               stride_exercise_get_n_steps          (StrideExercise *self);
const char         *stride_exercise_get_step             (StrideExercise *self,
                                                          guint           index);
const StrideDose   *stride_exercise_get_dose             (StrideExercise *self);
char               *stride_exercise_dup_dose_label       (StrideExercise *self);
StrideEquipment     stride_exercise_get_equipment        (StrideExercise *self);
const char         *stride_exercise_get_equipment_label  (StrideExercise *self);
const char         *stride_exercise_get_harder           (StrideExercise *self);
StrideEquipment     stride_exercise_get_harder_equipment (StrideExercise *self);
gboolean            stride_exercise_uses_band            (StrideExercise *self);
const char         *stride_exercise_get_tip              (StrideExercise *self);
const char         *stride_exercise_get_look_for         (StrideExercise *self);
gboolean            stride_exercise_matches              (StrideExercise *self,
                                                          const char     *query);

G_END_DECLS
