/* stride-due-planner.h
 *
 * The next due notice of any kind: each kind plans its next notice from
 * the same context, and the earliest of all is the one deadline the
 * background service sleeps to. A new kind is one more planner in the
 * table in stride-due-planner.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-due-notice.h"

G_BEGIN_DECLS

StrideDueNotice *stride_due_notice_plan_next (const StrideCoachingContext *context);

G_END_DECLS
