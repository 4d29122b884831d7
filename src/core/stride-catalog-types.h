/* stride-catalog-types.h
 *
 * The vocabulary the catalog describes exercises with: muscles, equipment
 * and doses. glib-mkenums registers the GTypes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STRIDE_EXERCISE_KIND_EXERCISE,
  STRIDE_EXERCISE_KIND_SELF_TEST,
} StrideExerciseKind;

typedef enum /*< flags >*/
{
  STRIDE_MUSCLE_NONE            = 0,
  STRIDE_MUSCLE_GLUTEUS_MAXIMUS = 1 << 0,
  STRIDE_MUSCLE_GLUTEUS_MEDIUS  = 1 << 1,
  STRIDE_MUSCLE_GLUTEUS_MINIMUS = 1 << 2,
  STRIDE_MUSCLE_HAMSTRINGS      = 1 << 3,
  STRIDE_MUSCLE_LOWER_BACK      = 1 << 4,
} StrideMuscle;

#define STRIDE_MUSCLE_N_MUSCLES 5

typedef enum
{
  STRIDE_EQUIPMENT_NONE,
  STRIDE_EQUIPMENT_BAND,
} StrideEquipment;

typedef enum
{
  STRIDE_DOSE_UNIT_REPS,
  STRIDE_DOSE_UNIT_STEPS,
} StrideDoseUnit;

typedef enum
{
  STRIDE_DOSE_PER_SET,
  STRIDE_DOSE_PER_SIDE,
  STRIDE_DOSE_PER_DIRECTION,
} StrideDosePer;

StrideMuscle  stride_muscle_from_index   (guint           index);
const char   *stride_muscle_get_label    (StrideMuscle    muscle);
const char   *stride_equipment_get_label (StrideEquipment equipment);

G_END_DECLS
