/* stride-weekly-goal-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stride-stats.h"

G_BEGIN_DECLS

void  stride_weekly_goal_read_settings (GSettings              *settings,
                                        guint                  *goal_min,
                                        guint                  *goal_max);
char *stride_weekly_goal_dup_count     (const StrideWeeklyGoal *goal);

G_END_DECLS
