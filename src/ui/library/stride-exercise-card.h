/* stride-exercise-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-exercise.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_EXERCISE_CARD (stride_exercise_card_get_type ())

G_DECLARE_FINAL_TYPE (StrideExerciseCard, stride_exercise_card, STRIDE, EXERCISE_CARD, GtkFlowBoxChild)

GtkWidget      *stride_exercise_card_new          (StrideExercise     *exercise);
GtkWidget      *stride_exercise_card_create       (gpointer            item,
                                                   gpointer            user_data);
StrideExercise *stride_exercise_card_get_exercise (StrideExerciseCard *self);
void            stride_exercise_card_open         (GtkFlowBox         *flow_box,
                                                   GtkFlowBoxChild    *child);

G_END_DECLS
