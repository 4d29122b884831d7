/* stride-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-application.h"
#include "stride-clock.h"
#include "stride-exercise.h"
#include "stride-routine.h"
#include "stride-self-test.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_WINDOW (stride_window_get_type ())

G_DECLARE_FINAL_TYPE (StrideWindow, stride_window, STRIDE, WINDOW, AdwApplicationWindow)

StrideWindow *stride_window_new           (StrideApplication *application);
void          stride_window_show_area     (StrideWindow      *self,
                                           const char        *area);
void          stride_window_show_exercise (StrideWindow      *self,
                                           StrideExercise    *exercise);

gboolean      stride_window_start_workout (StrideWindow      *self,
                                           StrideRoutine     *routine,
                                           StrideClock       *clock);
void          stride_window_start_self_test (StrideWindow    *self,
                                             StrideSelfTestKind kind,
                                             StrideClock     *clock);
void          stride_window_edit_routine  (StrideWindow      *self,
                                           StrideRoutine     *routine);
void          stride_window_export_to     (StrideWindow      *self,
                                           GFile             *file,
                                           const char        *format);
void          stride_window_save_copy_and_close (StrideWindow *self,
                                                 GFile        *file);
void          stride_window_import_from   (StrideWindow      *self,
                                           GFile             *file);

G_END_DECLS
