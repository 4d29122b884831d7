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

/* What the editor is opened on */
typedef enum
{
  STRIDE_ROUTINE_EDITOR_NEW,  /* a routine being made */
  STRIDE_ROUTINE_EDITOR_EDIT, /* one of the user's own */
  STRIDE_ROUTINE_EDITOR_COPY, /* the user's copy of a built-in one, not stored yet */
} StrideRoutineEditorKind;

GtkWidget     *stride_routine_editor_new         (StrideStore             *store,
                                                  StrideRoutine           *routine,
                                                  StrideRoutineEditorKind  kind,
                                                  const char              *original_name);
StrideRoutine *stride_routine_editor_get_routine (StrideRoutineEditor *self);
gboolean       stride_routine_editor_save        (StrideRoutineEditor *self);
gboolean       stride_routine_editor_has_changes (StrideRoutineEditor *self);

G_END_DECLS
