/* stride-routine-naming.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-routine.h"

G_BEGIN_DECLS

char *stride_routine_naming_dup_free (GPtrArray  *routines,
                                      const char *name);
char *stride_routine_naming_dup_copy (GPtrArray  *routines,
                                      const char *name);

G_END_DECLS
