/* stride-record.h
 *
 * Reading the sessions and self-test results of the progress store for
 * statistics and advice. The store keeps records as JSON objects, and a
 * file written by an older or newer Stride, merged from a synced copy or
 * edited by hand may lack a member or hold the wrong type: every reader
 * here then answers "unknown" instead of failing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The values of a result's "test" member */
#define STRIDE_TEST_ID_SQUAT  "squat-test"
#define STRIDE_TEST_ID_BRIDGE "bridge-test"

/* The members of a result's "answers" object, each a boolean. The squat
 * test stores depth, fell_backward and pain; the bridge test stores
 * right_dropped, left_dropped and pain. */
#define STRIDE_ANSWER_KEY_DEPTH         "depth"         /* the deep squat was reached */
#define STRIDE_ANSWER_KEY_FELL_BACKWARD "fell_backward" /* fell backward or lost balance */
#define STRIDE_ANSWER_KEY_RIGHT_DROPPED "right_dropped" /* hips dropped or tilted, right foot lifted */
#define STRIDE_ANSWER_KEY_LEFT_DROPPED  "left_dropped"  /* the same with the left foot lifted */
#define STRIDE_ANSWER_KEY_PAIN          "pain"          /* pain during the test */

/* The values of a result's "outcome" member */
#define STRIDE_OUTCOME_ID_OK            "ok"            /* squat */
#define STRIDE_OUTCOME_ID_TIGHT_OR_WEAK "tight-or-weak" /* squat */
#define STRIDE_OUTCOME_ID_BALANCED      "balanced"      /* bridge */
#define STRIDE_OUTCOME_ID_LEFT_WEAKER   "left-weaker"   /* bridge */
#define STRIDE_OUTCOME_ID_RIGHT_WEAKER  "right-weaker"  /* bridge */
#define STRIDE_OUTCOME_ID_BOTH_WEAKER   "both-weaker"   /* bridge */

typedef enum
{
  STRIDE_RECORD_TEST_UNKNOWN,
  STRIDE_RECORD_TEST_SQUAT,
  STRIDE_RECORD_TEST_BRIDGE,
} StrideRecordTest;

typedef enum
{
  STRIDE_OUTCOME_UNKNOWN,
  STRIDE_OUTCOME_OK,
  STRIDE_OUTCOME_TIGHT_OR_WEAK,
  STRIDE_OUTCOME_BALANCED,
  STRIDE_OUTCOME_LEFT_WEAKER,
  STRIDE_OUTCOME_RIGHT_WEAKER,
  STRIDE_OUTCOME_BOTH_WEAKER,
} StrideOutcome;

/* A yes/no answer that may not have been stored */
typedef enum
{
  STRIDE_ANSWER_UNKNOWN,
  STRIDE_ANSWER_NO,
  STRIDE_ANSWER_YES,
} StrideAnswer;

/* The values of "area" in a session's pain reports; OTHER is an area this
 * version does not know, NONE a self-test, which does not ask where */
typedef enum
{
  STRIDE_PAIN_AREA_NONE,
  STRIDE_PAIN_AREA_HIP,
  STRIDE_PAIN_AREA_KNEE,
  STRIDE_PAIN_AREA_LOWER_BACK,
  STRIDE_PAIN_AREA_SHIN,
  STRIDE_PAIN_AREA_FOOT,
  STRIDE_PAIN_AREA_OTHER,
} StridePainArea;

typedef enum
{
  STRIDE_PAIN_SIDE_UNSPECIFIED,
  STRIDE_PAIN_SIDE_LEFT,
  STRIDE_PAIN_SIDE_RIGHT,
  STRIDE_PAIN_SIDE_BOTH,
} StridePainSide;

const char     *stride_record_get_string       (JsonObject  *record,
                                                const char  *member);
gboolean        stride_record_get_int          (JsonObject  *record,
                                                const char  *member,
                                                gint64      *value);
JsonArray      *stride_record_get_array        (JsonObject  *record,
                                                const char  *member);
GDateTime      *stride_record_dup_time         (JsonObject  *record,
                                                const char  *member);

double          stride_session_get_completion  (JsonObject  *session);
gboolean        stride_session_is_partial      (JsonObject  *session);
int             stride_session_get_percent_done (JsonObject *session);
int             stride_session_get_effort      (JsonObject  *session);
gboolean        stride_session_has_pain        (JsonObject  *session);

StridePainArea  stride_pain_area_from_string   (const char  *area);
StridePainSide  stride_pain_side_from_string   (const char  *side);

StrideRecordTest  stride_result_get_test         (JsonObject  *result);
StrideOutcome   stride_result_get_outcome      (JsonObject  *result);
StrideAnswer    stride_result_get_answer       (JsonObject  *result,
                                                const char  *key);

G_END_DECLS
