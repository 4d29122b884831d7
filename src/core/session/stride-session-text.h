/* stride-session-text.h
 *
 * A recorded session in words, the same wherever it is shown: the
 * session log after a workout, the history, the CSV export. Sets are
 * named in their exercise's own unit ("Clamshell, left side, set 2",
 * "12 of 15 reps", "held 30 seconds"), times as durations, dates in the
 * local style of stride-date-text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "stride-session-sets.h"

G_BEGIN_DECLS

char       *stride_session_text_format_worked   (gint64                  seconds);

char       *stride_session_text_dup_date        (JsonObject             *session);
char       *stride_session_text_dup_time        (JsonObject             *session);
char       *stride_session_text_dup_outcome     (JsonObject             *session);
char       *stride_session_text_dup_pain        (JsonObject             *session);
char       *stride_session_text_dup_summary     (JsonObject             *session);

const char *stride_session_text_get_exercise    (const StrideSessionSet *set);
char       *stride_session_text_dup_set_title   (const StrideSessionSet *set);
char       *stride_session_text_dup_set_planned (const StrideSessionSet *set);
char       *stride_session_text_dup_set_done    (const StrideSessionSet *set);

char       *stride_session_text_dup_csv_date    (JsonObject             *session,
                                                 GTimeZone              *zone);
char       *stride_session_text_dup_csv_pain    (JsonObject             *session);

G_END_DECLS
