/* stride-exercise-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-exercise.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_EXERCISE_PAGE (stride_exercise_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideExercisePage, stride_exercise_page, STRIDE, EXERCISE_PAGE, AdwBin)

GtkWidget      *stride_exercise_page_new          (StrideStore        *store);
StrideExercise *stride_exercise_page_get_exercise (StrideExercisePage *self);
void            stride_exercise_page_set_exercise (StrideExercisePage *self,
                                                   StrideExercise     *exercise);

G_END_DECLS
