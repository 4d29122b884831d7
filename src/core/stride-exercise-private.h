/* stride-exercise-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-catalog-entry.h"
#include "stride-exercise.h"

G_BEGIN_DECLS

StrideExercise *stride_exercise_new_for_entry (const StrideCatalogEntry *entry);

G_END_DECLS
