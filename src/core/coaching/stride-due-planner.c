/* stride-due-planner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-due-planner.h"
#include "stride-reminder-notice.h"
#include "stride-retest-notice.h"

typedef StrideDueNotice *(*StrideDuePlanner) (const StrideCoachingContext *context);

/* Every kind of notice that comes at a time of its own */
static const StrideDuePlanner planners[] = {
  stride_reminder_notice_plan,
  stride_retest_notice_plan,
};

/**
 * stride_due_notice_plan_next:
 *
 * Returns: (transfer full) (nullable): the earliest notice of any kind,
 *   or %NULL when none is due
 */
StrideDueNotice *
stride_due_notice_plan_next (const StrideCoachingContext *context)
{
  g_autoptr(StrideDueNotice) earliest = NULL;

  g_return_val_if_fail (context != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (planners); i++)
    {
      g_autoptr(StrideDueNotice) notice = planners[i] (context);

      if (notice != NULL && (earliest == NULL || g_date_time_compare (notice->due, earliest->due) < 0))
        {
          g_clear_pointer (&earliest, stride_due_notice_free);
          earliest = g_steal_pointer (&notice);
        }
    }

  return g_steal_pointer (&earliest);
}
