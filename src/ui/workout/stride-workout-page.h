/* stride-workout-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_WORKOUT_PAGE (stride_workout_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideWorkoutPage, stride_workout_page, STRIDE, WORKOUT_PAGE, AdwBin)

gboolean stride_workout_page_show_routine (StrideWorkoutPage *self,
                                           const char        *id);
void     stride_workout_page_show_routine_once_listed (StrideWorkoutPage *self,
                                                       const char        *id);
gboolean stride_workout_page_focus_first_start (StrideWorkoutPage *self);

G_END_DECLS
