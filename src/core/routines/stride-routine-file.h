/* stride-routine-file.h
 *
 * A routine as a file of its own, to pass to another runner or a
 * physio: a .stride-routine file, JSON with the format's name and
 * version, the routine's name, its times and its exercises.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stride-routine.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_ROUTINE_FILE_FORMAT    "stride-routine"
#define STRIDE_ROUTINE_FILE_VERSION   1
#define STRIDE_ROUTINE_FILE_EXTENSION ".stride-routine"
#define STRIDE_ROUTINE_FILE_MIME_TYPE "application/x-stride-routine"
/* A routine of the most exercises the editor allows is a few kilobytes */
#define STRIDE_ROUTINE_FILE_MAX_BYTES (256 * 1024)

#define STRIDE_ROUTINE_FILE_ERROR (stride_routine_file_error_quark ())

typedef enum
{
  STRIDE_ROUTINE_FILE_ERROR_TOO_LARGE,
  STRIDE_ROUTINE_FILE_ERROR_NOT_JSON,
  STRIDE_ROUTINE_FILE_ERROR_NOT_ROUTINE,
  STRIDE_ROUTINE_FILE_ERROR_NEWER_VERSION,
  STRIDE_ROUTINE_FILE_ERROR_MISSING,
  STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
} StrideRoutineFileError;

GQuark         stride_routine_file_error_quark (void);

char          *stride_routine_file_serialize   (StrideRoutine  *routine,
                                                gsize          *length);
StrideRoutine *stride_routine_file_parse       (const char     *data,
                                                gssize          length,
                                                GError        **error);

gboolean       stride_routine_file_write       (StrideRoutine  *routine,
                                                GFile          *file,
                                                GCancellable   *cancellable,
                                                GError        **error);
StrideRoutine *stride_routine_file_read        (GFile          *file,
                                                GCancellable   *cancellable,
                                                GError        **error);
void           stride_routine_file_read_async  (GFile          *file,
                                                GCancellable   *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer        user_data);
StrideRoutine *stride_routine_file_read_finish (GFile          *file,
                                                GAsyncResult   *result,
                                                GError        **error);

StrideRoutine *stride_routine_file_add         (StrideStore    *store,
                                                StrideRoutine  *read);
StrideRoutine *stride_routine_file_import      (StrideStore    *store,
                                                GFile          *file,
                                                GCancellable   *cancellable,
                                                GError        **error);
char          *stride_routine_file_dup_suggested_name (StrideRoutine *routine);

G_END_DECLS
