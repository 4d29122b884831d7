/* stride-retest-notice.h
 *
 * The notice that a self-test is due again, four weeks after its latest
 * result: "Time to re-test: squat self-test", with a button that opens
 * the test. Sent once for each result, with the workout reminders and
 * under the same switch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-due-notice.h"
#include "stride-self-test.h"

G_BEGIN_DECLS

char            *stride_retest_notice_dup_id (StrideSelfTestKind           kind);
StrideDueNotice *stride_retest_notice_plan   (const StrideCoachingContext *context);

G_END_DECLS
