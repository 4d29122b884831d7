/* stride-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-record.h"

static JsonNode *
get_value (JsonObject *record,
           const char *member)
{
  JsonNode *node;

  if (record == NULL)
    return NULL;

  node = json_object_get_member (record, member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  return node;
}

/**
 * stride_record_get_string:
 * @record: (nullable): a stored record
 *
 * Returns: (nullable): the string in @member, or %NULL if there is none
 */
const char *
stride_record_get_string (JsonObject *record,
                          const char *member)
{
  JsonNode *node = get_value (record, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/**
 * stride_record_get_int:
 * @record: (nullable): a stored record
 * @value: (out): the number, rounded if stored with a fraction
 *
 * Returns: %TRUE if @member holds a number
 */
gboolean
stride_record_get_int (JsonObject *record,
                       const char *member,
                       gint64     *value)
{
  JsonNode *node = get_value (record, member);
  GType type = node != NULL ? json_node_get_value_type (node) : G_TYPE_INVALID;

  g_return_val_if_fail (value != NULL, FALSE);

  if (type == G_TYPE_INT64)
    {
      *value = json_node_get_int (node);
      return TRUE;
    }
  if (type == G_TYPE_DOUBLE)
    {
      double number = json_node_get_double (node);

      /* Out of range is as good as wrong */
      if (!(number > (double) G_MININT32 && number < (double) G_MAXINT32))
        return FALSE;
      *value = (gint64) (number + (number < 0 ? -0.5 : 0.5));
      return TRUE;
    }

  return FALSE;
}

/**
 * stride_record_get_array:
 * @record: (nullable): a stored record
 *
 * Returns: (transfer none) (nullable): the array in @member
 */
JsonArray *
stride_record_get_array (JsonObject *record,
                         const char *member)
{
  JsonNode *node = record != NULL ? json_object_get_member (record, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

/**
 * stride_record_dup_time:
 * @record: (nullable): a stored record
 * @member: a timestamp member, e.g. "started"
 *
 * Returns: (transfer full) (nullable): the time in @member, in the time
 *   zone it was written with, or %NULL if it is missing or not a timestamp
 */
GDateTime *
stride_record_dup_time (JsonObject *record,
                        const char *member)
{
  const char *text = stride_record_get_string (record, member);
  g_autoptr(GTimeZone) utc = NULL;

  if (text == NULL)
    return NULL;

  /* The schema requires a zone in every timestamp; one without is read
   * as UTC, so that it lands on the same day whatever the machine's zone */
  utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (text, utc);
}

/**
 * stride_session_get_completion:
 * @session: a stored session
 *
 * Returns: the part of the routine done, 0 to 1; a session that does not
 *   say counts as complete
 */
double
stride_session_get_completion (JsonObject *session)
{
  JsonNode *node = get_value (session, "completion");
  GType type = node != NULL ? json_node_get_value_type (node) : G_TYPE_INVALID;
  double completion;

  if (type == G_TYPE_DOUBLE)
    completion = json_node_get_double (node);
  else if (type == G_TYPE_INT64)
    completion = (double) json_node_get_int (node);
  else
    return 1.0;

  /* NaN fails both comparisons and counts as complete, like any
   * completion the app cannot make sense of */
  if (completion >= 0.0 && completion <= 1.0)
    return completion;
  if (completion > 1.0)
    return 1.0;
  if (completion < 0.0)
    return 0.0;
  return 1.0;
}

/**
 * stride_session_is_partial:
 * @session: a stored session
 *
 * Returns: %TRUE if the session was stopped before its routine was done
 */
gboolean
stride_session_is_partial (JsonObject *session)
{
  /* Less than what would show as 100 % */
  return stride_session_get_completion (session) < 0.995;
}

/**
 * stride_session_get_percent_done:
 * @session: a stored session
 *
 * Returns: the part of the routine done in whole percent, as shown: 100
 *   only when all of it was done, and never 0 for a session with
 *   something done in it
 */
int
stride_session_get_percent_done (JsonObject *session)
{
  double completion = stride_session_get_completion (session);
  int percent = (int) (completion * 100 + 0.5);

  if (completion <= 0.0)
    return 0;
  if (!stride_session_is_partial (session))
    return 100;

  return CLAMP (percent, 1, 99);
}

/**
 * stride_session_get_effort:
 * @session: a stored session
 *
 * Returns: the perceived effort, 1 to 10, or -1 if not rated
 */
int
stride_session_get_effort (JsonObject *session)
{
  gint64 effort;

  if (!stride_record_get_int (session, "effort", &effort) || effort < 1 || effort > 10)
    return -1;

  return (int) effort;
}

/**
 * stride_session_has_pain:
 * @session: a stored session
 *
 * Returns: %TRUE if the session reports pain in at least one area
 */
gboolean
stride_session_has_pain (JsonObject *session)
{
  JsonArray *reports = stride_record_get_array (session, "pain");

  for (guint i = 0; reports != NULL && i < json_array_get_length (reports); i++)
    {
      JsonNode *report = json_array_get_element (reports, i);

      if (JSON_NODE_HOLDS_OBJECT (report) &&
          stride_record_get_string (json_node_get_object (report), "area") != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * stride_pain_area_from_string:
 * @area: (nullable): a stored area, e.g. "lower-back"
 *
 * Returns: the area; %STRIDE_PAIN_AREA_OTHER for one this version does
 *   not know, so that the pain is still shown
 */
StridePainArea
stride_pain_area_from_string (const char *area)
{
  static const struct
  {
    const char    *id;
    StridePainArea area;
  } areas[] = {
    { "hip", STRIDE_PAIN_AREA_HIP },
    { "knee", STRIDE_PAIN_AREA_KNEE },
    { "lower-back", STRIDE_PAIN_AREA_LOWER_BACK },
    { "shin", STRIDE_PAIN_AREA_SHIN },
    { "foot", STRIDE_PAIN_AREA_FOOT },
  };

  for (guint i = 0; area != NULL && i < G_N_ELEMENTS (areas); i++)
    if (g_str_equal (area, areas[i].id))
      return areas[i].area;

  return STRIDE_PAIN_AREA_OTHER;
}

/**
 * stride_pain_side_from_string:
 * @side: (nullable): "left", "right" or "both"
 *
 * Returns: the side, or %STRIDE_PAIN_SIDE_UNSPECIFIED
 */
StridePainSide
stride_pain_side_from_string (const char *side)
{
  if (g_strcmp0 (side, "left") == 0)
    return STRIDE_PAIN_SIDE_LEFT;
  if (g_strcmp0 (side, "right") == 0)
    return STRIDE_PAIN_SIDE_RIGHT;
  if (g_strcmp0 (side, "both") == 0)
    return STRIDE_PAIN_SIDE_BOTH;

  return STRIDE_PAIN_SIDE_UNSPECIFIED;
}

/**
 * stride_result_get_test:
 * @result: a stored self-test result
 *
 * Returns: which self-test @result is of
 */
StrideRecordTest
stride_result_get_test (JsonObject *result)
{
  const char *test = stride_record_get_string (result, "test");

  if (g_strcmp0 (test, STRIDE_TEST_ID_SQUAT) == 0)
    return STRIDE_RECORD_TEST_SQUAT;
  if (g_strcmp0 (test, STRIDE_TEST_ID_BRIDGE) == 0)
    return STRIDE_RECORD_TEST_BRIDGE;

  return STRIDE_RECORD_TEST_UNKNOWN;
}

/**
 * stride_result_get_outcome:
 * @result: a stored self-test result
 *
 * Returns: the outcome, or %STRIDE_OUTCOME_UNKNOWN if it is missing or
 *   does not belong to the result's test
 */
StrideOutcome
stride_result_get_outcome (JsonObject *result)
{
  static const struct
  {
    const char    *id;
    StrideRecordTest test;
    StrideOutcome  outcome;
  } outcomes[] = {
    { STRIDE_OUTCOME_ID_OK, STRIDE_RECORD_TEST_SQUAT, STRIDE_OUTCOME_OK },
    { STRIDE_OUTCOME_ID_TIGHT_OR_WEAK, STRIDE_RECORD_TEST_SQUAT, STRIDE_OUTCOME_TIGHT_OR_WEAK },
    { STRIDE_OUTCOME_ID_BALANCED, STRIDE_RECORD_TEST_BRIDGE, STRIDE_OUTCOME_BALANCED },
    { STRIDE_OUTCOME_ID_LEFT_WEAKER, STRIDE_RECORD_TEST_BRIDGE, STRIDE_OUTCOME_LEFT_WEAKER },
    { STRIDE_OUTCOME_ID_RIGHT_WEAKER, STRIDE_RECORD_TEST_BRIDGE, STRIDE_OUTCOME_RIGHT_WEAKER },
    { STRIDE_OUTCOME_ID_BOTH_WEAKER, STRIDE_RECORD_TEST_BRIDGE, STRIDE_OUTCOME_BOTH_WEAKER },
  };
  const char *outcome = stride_record_get_string (result, "outcome");
  StrideRecordTest test = stride_result_get_test (result);

  for (guint i = 0; outcome != NULL && i < G_N_ELEMENTS (outcomes); i++)
    if (outcomes[i].test == test && g_str_equal (outcome, outcomes[i].id))
      return outcomes[i].outcome;

  return STRIDE_OUTCOME_UNKNOWN;
}

/**
 * stride_result_get_answer:
 * @result: a stored self-test result
 * @key: one of the STRIDE_ANSWER_KEY_ names
 *
 * Returns: the answer, or %STRIDE_ANSWER_UNKNOWN if it is not a boolean
 */
StrideAnswer
stride_result_get_answer (JsonObject *result,
                          const char *key)
{
  JsonNode *answers = result != NULL ? json_object_get_member (result, "answers") : NULL;
  JsonNode *node;

  g_return_val_if_fail (key != NULL, STRIDE_ANSWER_UNKNOWN);

  if (answers == NULL || !JSON_NODE_HOLDS_OBJECT (answers))
    return STRIDE_ANSWER_UNKNOWN;

  node = get_value (json_node_get_object (answers), key);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return STRIDE_ANSWER_UNKNOWN;

  return json_node_get_boolean (node) ? STRIDE_ANSWER_YES : STRIDE_ANSWER_NO;
}
