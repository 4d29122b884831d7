/* stride-session.h
 *
 * A recorded workout session: the one place that knows its members, the
 * words it is stored in, how it is built after a workout, read back, and
 * checked when a file is loaded. The engine builds it, the session log
 * completes it, the store keeps it, and the history, the export and the
 * Progress area read it through here.
 *
 *   id, modified   as every record of the store (see stride-record.h)
 *   started        when the workout began, ISO 8601 with a zone
 *   routine        the routine's ID; routine_name its name then
 *   duration       seconds the workout ran, pauses and skipped parts left out
 *   completion     the part of the planned work done, 0 to 1
 *   effort         perceived effort 1 to 10, absent when not rated
 *   pain           reports, see stride-session-pain.h
 *   note           the runner's note
 *   exercises, worked  the sets and the time worked, see stride-session-sets.h
 *
 * Readers are tolerant: a member of the wrong type, in a file edited by
 * hand, reads as unknown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "stride-session-pain.h"

/* The most characters of a routine's name and of a note the app shows:
 * a string a hand-edited or damaged file made huge would take the text
 * layout minutes */
#define STRIDE_SESSION_MAX_SHOWN_NAME 100
#define STRIDE_SESSION_MAX_SHOWN_NOTE 2000

G_BEGIN_DECLS

#define STRIDE_SESSION_ID           "id"
#define STRIDE_SESSION_STARTED      "started"
#define STRIDE_SESSION_ROUTINE      "routine"
#define STRIDE_SESSION_ROUTINE_NAME "routine_name"
#define STRIDE_SESSION_DURATION     "duration"
#define STRIDE_SESSION_COMPLETION   "completion"
#define STRIDE_SESSION_EFFORT       "effort"
#define STRIDE_SESSION_PAIN         "pain"
#define STRIDE_SESSION_NOTE         "note"

/* The members of a pain report */
#define STRIDE_PAIN_REPORT_AREA "area"
#define STRIDE_PAIN_REPORT_SIDE "side"

/* The longest a session may have run, and its effort's scale */
#define STRIDE_SESSION_MAX_DURATION (24 * 3600)
#define STRIDE_SESSION_MAX_EFFORT   10

JsonObject     *stride_session_new                (GDateTime   *started,
                                                   const char  *routine,
                                                   const char  *routine_name);
void            stride_session_set_duration       (JsonObject  *session,
                                                   gint64       seconds);
void            stride_session_set_completion     (JsonObject  *session,
                                                   double       completion);
void            stride_session_set_effort         (JsonObject  *session,
                                                   int          effort);
void            stride_session_set_note           (JsonObject  *session,
                                                   const char  *note);
void            stride_session_clear_pain         (JsonObject  *session);
void            stride_session_add_pain           (JsonObject  *session,
                                                   StridePainArea area,
                                                   StridePainSide side);

const char     *stride_session_get_routine_name   (JsonObject  *session);
char           *stride_session_dup_routine_name (JsonObject       *session);
char           *stride_session_dup_routine_name_shown (JsonObject *session);
gint64          stride_session_get_duration       (JsonObject  *session);
GDateTime      *stride_session_dup_started        (JsonObject  *session);
double          stride_session_get_completion     (JsonObject  *session);
gboolean        stride_session_is_partial         (JsonObject  *session);
gboolean        stride_session_counts_as_done     (JsonObject  *session);
int             stride_session_get_percent_done   (JsonObject  *session);
int             stride_session_get_effort         (JsonObject  *session);
const char     *stride_session_get_note           (JsonObject  *session);
char           *stride_session_dup_note_shown     (JsonObject  *session);
gboolean        stride_session_has_pain           (JsonObject  *session);
guint           stride_session_get_n_pain         (JsonObject  *session);
gboolean        stride_session_get_pain           (JsonObject  *session,
                                                   guint        index,
                                                   const char **area,
                                                   const char **side);

gboolean        stride_session_check              (JsonObject  *session);
gboolean        stride_session_migrate_from_v1    (JsonObject  *session);

G_END_DECLS
