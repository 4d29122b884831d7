/* stride-progression.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-routine.h"
#include "stride-store.h"

G_BEGIN_DECLS

JsonObject    *stride_progression_find_latest_session (GPtrArray     *sessions_by_date,
                                                       const char    *exercise_id);
int            stride_progression_get_recent_effort   (GPtrArray     *sessions_by_date,
                                                       const char    *exercise_id);
StrideRoutine *stride_progression_find_routine        (StrideStore   *store,
                                                       const char    *exercise_id);
StrideRoutine *stride_progression_apply               (StrideStore   *store,
                                                       const char    *exercise_id,
                                                       gboolean      *made_copy);

GStrv          stride_progression_list_step_backs     (GPtrArray     *sessions_by_date);
StrideRoutine *stride_progression_find_step_back_routine (StrideStore *store,
                                                       const char    *exercise_id);
StrideRoutine *stride_progression_step_back           (StrideStore   *store,
                                                       const char    *exercise_id,
                                                       gboolean      *made_copy);

G_END_DECLS
