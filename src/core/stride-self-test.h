/* stride-self-test.h
 *
 * The guide's two at-home assessments as data and rules: the steps a
 * wizard walks through, the questions and their answers, and the outcome
 * of every combination of answers, in the guide's words.
 *
 * Results are stored with these answer keys (all booleans):
 *   squat-test:  "depth" (reached), "fell_backward", "pain"
 *   bridge-test: "right_dropped", "left_dropped", "pain"
 * and these outcomes: "ok" or "tight-or-weak" for the squat test;
 * "balanced", "left-weaker", "right-weaker" or "both-weaker" for the bridge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "stride-cue.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_SELF_TEST_SQUAT,
  STRIDE_SELF_TEST_BRIDGE,
} StrideSelfTestKind;

typedef enum
{
  STRIDE_SELF_TEST_STEP_INTRO,     /* what it checks, and when to stop */
  STRIDE_SELF_TEST_STEP_SETUP,     /* how to stand or lie, illustrated */
  STRIDE_SELF_TEST_STEP_PERFORM,   /* a countdown, then a timed hold */
  STRIDE_SELF_TEST_STEP_QUESTION,  /* yes or no */
  STRIDE_SELF_TEST_STEP_RESULT,
} StrideSelfTestStepKind;

typedef struct
{
  StrideSelfTestStepKind kind;
  /* English, marked for translation; stride_self_test_translate() them */
  const char *title;
  const char *text;
  /* The illustration, a movement ID, or NULL */
  const char *movement_id;
  /* For a timed hold: seconds to get ready and seconds to hold. For a
   * hold and the question after it: the side whose foot lifts
   * (STRIDE_SIDE_NONE for both feet down) */
  guint       get_ready_seconds;
  guint       hold_seconds;
  StrideSide  side;
  /* For a question: the answer's key in the stored result */
  const char *answer_key;
  const char *yes_label;
  const char *no_label;
} StrideSelfTestStep;

typedef enum
{
  STRIDE_SELF_TEST_OUTCOME_SQUAT_OK,
  STRIDE_SELF_TEST_OUTCOME_SQUAT_TIGHT_OR_WEAK,
  STRIDE_SELF_TEST_OUTCOME_BRIDGE_BALANCED,
  STRIDE_SELF_TEST_OUTCOME_BRIDGE_LEFT_WEAKER,
  STRIDE_SELF_TEST_OUTCOME_BRIDGE_RIGHT_WEAKER,
  STRIDE_SELF_TEST_OUTCOME_BRIDGE_BOTH_WEAKER,
} StrideSelfTestOutcome;

#define STRIDE_SELF_TEST_MAX_FOCUS 3

/* Days after which the Self-tests area suggests taking a test again */
#define STRIDE_SELF_TEST_RETEST_DAYS 28

const char             *stride_self_test_kind_get_id        (StrideSelfTestKind     kind);
gboolean                stride_self_test_kind_from_id       (const char            *id,
                                                             StrideSelfTestKind    *kind);

guint                   stride_self_test_get_n_steps        (StrideSelfTestKind     kind);
const StrideSelfTestStep *stride_self_test_get_step         (StrideSelfTestKind     kind,
                                                             guint                  index);
const char             *stride_self_test_translate          (const char            *text);

gboolean                stride_self_test_is_complete        (StrideSelfTestKind     kind,
                                                             JsonObject            *answers);
gboolean                stride_self_test_evaluate           (StrideSelfTestKind     kind,
                                                             JsonObject            *answers,
                                                             StrideSelfTestOutcome *outcome);
gboolean                stride_self_test_had_pain           (JsonObject            *answers);

const char             *stride_self_test_outcome_get_id     (StrideSelfTestOutcome  outcome);
gboolean                stride_self_test_outcome_from_id    (const char            *id,
                                                             StrideSelfTestOutcome *outcome);
const char             *stride_self_test_outcome_get_title  (StrideSelfTestOutcome  outcome);
const char             *stride_self_test_outcome_get_text   (StrideSelfTestOutcome  outcome);
const char             *stride_self_test_describe_result    (StrideSelfTestKind     kind,
                                                             JsonObject            *answers);
guint                   stride_self_test_outcome_get_focus  (StrideSelfTestOutcome  outcome,
                                                             const char * const   **focus);
StrideSide              stride_self_test_outcome_get_weaker_side (StrideSelfTestOutcome outcome);
const char             *stride_self_test_get_specialist_advice (void);

JsonObject             *stride_self_test_new_result         (StrideSelfTestKind     kind,
                                                             JsonObject            *answers,
                                                             GDateTime             *taken);
GDateTime              *stride_self_test_result_dup_taken   (JsonObject            *result);
GPtrArray              *stride_self_test_list_results       (GPtrArray             *results,
                                                             StrideSelfTestKind     kind);
StrideSide              stride_self_test_find_weaker_side   (GPtrArray             *results);
const char             *stride_self_test_explain_no_weaker_side (GPtrArray         *results);

GArray                 *stride_self_test_step_get_cues      (const StrideSelfTestStep *step,
                                                             StrideSelfTestKind     kind);

G_END_DECLS
