/* stride-advice.h
 *
 * The guide's two rules that read the progress: when to see a specialist
 * and when an exercise is ready for its harder variation. The rules
 * decide; the UI words the advice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Pain in this many of the last STRIDE_ADVICE_PAIN_WINDOW sessions */
#define STRIDE_ADVICE_PAIN_SESSIONS 2
#define STRIDE_ADVICE_PAIN_WINDOW   3

/* The top of the rep range at this effort or less, without pain, in this
 * many sessions running, makes an exercise ready for its harder
 * variation */
#define STRIDE_ADVICE_EASY_EFFORT     6
#define STRIDE_ADVICE_SESSIONS_AT_TOP 2

/* Why a specialist should be seen; both can hold */
typedef enum /*< flags >*/
{
  STRIDE_SPECIALIST_REASON_NONE           = 0,
  /* Pain in 2 of the last 3 sessions, by start time */
  STRIDE_SPECIALIST_REASON_SESSION_PAIN   = 1 << 0,
  /* Pain during the latest self-test */
  STRIDE_SPECIALIST_REASON_SELF_TEST_PAIN = 1 << 1,
} StrideSpecialistReason;

StrideSpecialistReason stride_advice_get_specialist_reason (GPtrArray *sessions,
                                                            GPtrArray *results);
GStrv                  stride_advice_list_progressions     (GPtrArray *sessions);

G_END_DECLS
