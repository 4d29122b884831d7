/* stride-record.h
 *
 * Reading and checking the records of the progress store: the members
 * any record may have, and self-test results (a session's own members
 * are in session/stride-session.h). The store keeps records as JSON
 * objects, and a file written by an older or newer Stride, merged from a
 * synced copy or edited by hand may lack a member or hold the wrong type:
 * every reader here then answers "unknown" instead of failing.
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

JsonNode       *stride_record_get_value        (JsonObject  *record,
                                                const char  *member);
const char     *stride_record_get_string       (JsonObject  *record,
                                                const char  *member);
gboolean        stride_record_get_int          (JsonObject  *record,
                                                const char  *member,
                                                gint64      *value);
JsonArray      *stride_record_get_array        (JsonObject  *record,
                                                const char  *member);
GDateTime      *stride_record_dup_time         (JsonObject  *record,
                                                const char  *member);

gboolean        stride_record_check_timestamp  (JsonObject  *record,
                                                const char  *member);
gboolean        stride_record_check_string     (JsonObject  *record,
                                                const char  *member,
                                                gboolean     required);
gboolean        stride_record_check_int        (JsonObject  *record,
                                                const char  *member,
                                                gint64       min,
                                                gint64       max,
                                                gboolean     required,
                                                gboolean     nullable);
gboolean        stride_record_check_number     (JsonObject  *record,
                                                const char  *member,
                                                double       min,
                                                double       max,
                                                gboolean     required);
gboolean        stride_record_check_array      (JsonObject  *record,
                                                const char  *member,
                                                gboolean    (*check) (JsonNode *item));

StrideRecordTest  stride_result_get_test         (JsonObject  *result);
StrideOutcome   stride_result_get_outcome      (JsonObject  *result);
const char     *stride_outcome_get_short_label (StrideOutcome outcome);
StrideAnswer    stride_result_get_answer       (JsonObject  *result,
                                                const char  *key);

G_END_DECLS
