/* stride-reminder-notice.h
 *
 * The workout reminder as a due notice: its schedule read from the
 * settings and the progress, its words and its buttons (Start, Snooze 1
 * hour, Skip), and the line that tells when the next one comes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-due-notice.h"
#include "stride-reminder-schedule.h"

G_BEGIN_DECLS

/* The notification's ID */
#define STRIDE_REMINDER_NOTICE_ID "reminder"
/* How long Snooze puts a reminder off */
#define STRIDE_REMINDER_SNOOZE_MINUTES 60

void             stride_reminder_notice_read_schedule (const StrideCoachingContext *context,
                                                       StrideReminderSchedule      *schedule);
void             stride_reminder_schedule_clear       (StrideReminderSchedule      *schedule);
char            *stride_reminder_notice_dup_routine   (StrideStore                 *store,
                                                       char                       **name);
StrideDueNotice *stride_reminder_notice_plan          (const StrideCoachingContext *context);
char            *stride_reminder_notice_describe_next (const StrideCoachingContext *context);

G_END_DECLS
