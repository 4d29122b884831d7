/* stride-routine-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-routine.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_ROUTINE_EDITOR (stride_routine_editor_get_type ())

G_DECLARE_FINAL_TYPE (StrideRoutineEditor, stride_routine_editor, STRIDE, ROUTINE_EDITOR, AdwBin)

GtkWidget     *stride_routine_editor_new         (StrideStore         *store,
                                                  StrideRoutine       *routine,
                                                  gboolean             is_new);
StrideRoutine *stride_routine_editor_get_routine (StrideRoutineEditor *self);
gboolean       stride_routine_editor_save        (StrideRoutineEditor *self);
gboolean       stride_routine_editor_has_changes (StrideRoutineEditor *self);

G_END_DECLS
