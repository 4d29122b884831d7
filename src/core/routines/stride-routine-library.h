/* stride-routine-library.h
 *
 * Every routine the user can run: the built-in ones, the weaker-side
 * routine once a bridge test made it, and the user's own from the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-routine.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_ROUTINE_LIBRARY_ERROR (stride_routine_library_error_quark ())

typedef enum
{
  /* No routine has the ID */
  STRIDE_ROUTINE_LIBRARY_ERROR_NOT_FOUND,
  /* The weaker-side routine, before a bridge test found one side weaker */
  STRIDE_ROUTINE_LIBRARY_ERROR_NO_WEAKER_SIDE,
} StrideRoutineLibraryError;

GQuark         stride_routine_library_error_quark            (void);

gboolean       stride_routine_library_is_builtin             (const char     *id);
GPtrArray     *stride_routine_library_list                   (StrideStore    *store);
StrideRoutine *stride_routine_library_lookup                 (StrideStore    *store,
                                                              const char     *id,
                                                              GError        **error);
StrideRoutine *stride_routine_library_dup_weaker_side        (StrideStore    *store);
const char    *stride_routine_library_explain_no_weaker_side (StrideStore    *store);

StrideRoutine *stride_routine_library_copy_builtin           (StrideRoutine  *builtin);
GPtrArray     *stride_routine_library_list_taken             (StrideStore    *store);
StrideRoutine *stride_routine_library_duplicate              (StrideStore    *store,
                                                              StrideRoutine  *routine);

G_END_DECLS
