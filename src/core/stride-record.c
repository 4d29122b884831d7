/* stride-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stride-record.h"

/**
 * stride_record_get_value:
 * @record: (nullable): a stored record
 *
 * Returns: (transfer none) (nullable): the node of @member if it holds a
 *   number, string or boolean
 */
JsonNode *
stride_record_get_value (JsonObject *record,
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
  JsonNode *node = stride_record_get_value (record, member);

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
  JsonNode *node = stride_record_get_value (record, member);
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

  node = stride_record_get_value (json_node_get_object (answers), key);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return STRIDE_ANSWER_UNKNOWN;

  return json_node_get_boolean (node) ? STRIDE_ANSWER_YES : STRIDE_ANSWER_NO;
}

/* The checks a loaded file's records pass: what Stride would not have
 * written is kept aside rather than read. Fast by design: a file holds
 * thousands of records, each checked as the parser finishes it. */

static guint
read_digits (const char *text,
             guint       count)
{
  guint value = 0;

  for (guint i = 0; i < count; i++)
    value = value * 10 + (guint) (text[i] - '0');

  return value;
}

/* "YYYY-MM-DDTHH:MM" of a day from now, in UTC: no record was made
 * later. A time zone moves a time by at most 14 hours, so the day covers
 * it as well as a clock that is a little ahead. */
static const char *
get_latest_time (void)
{
  /* Formatted once a second per thread, not once per timestamp: a file
   * holds thousands of them */
  static _Thread_local char latest[17];
  static _Thread_local gint64 formatted_at;
  gint64 now_us = g_get_real_time ();

  if (latest[0] == '\0' || now_us - formatted_at > G_USEC_PER_SEC || now_us < formatted_at)
    {
      g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (now_us / G_USEC_PER_SEC);
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
      g_autofree char *text = g_date_time_format (tomorrow, "%Y-%m-%dT%H:%M");

      g_strlcpy (latest, text, sizeof latest);
      formatted_at = now_us;
    }

  return latest;
}

/* "YYYY-MM-DDTHH:MM…" with a zone, a real date and time, and not in the
 * future: a change dated years ahead would win every merge. Checked by
 * hand rather than with a full parse, which costs more than the rest of
 * loading; merges parse the ones they compare. */
gboolean
stride_record_check_timestamp (JsonObject *object,
                               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;
  gsize length;
  guint year, month, day;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  text = json_node_get_string (node);
  length = strlen (text);
  if (length < 17 || length > 40)
    return FALSE;

  for (guint i = 0; i < 16; i++)
    {
      gboolean ok;

      switch (i)
        {
        case 4:
        case 7:
          ok = text[i] == '-';
          break;
        case 10:
          ok = text[i] == 'T';
          break;
        case 13:
          ok = text[i] == ':';
          break;
        default:
          ok = g_ascii_isdigit (text[i]);
          break;
        }

      if (!ok)
        return FALSE;
    }

  year = read_digits (text, 4);
  month = read_digits (text + 5, 2);
  day = read_digits (text + 8, 2);
  if (year < 1970 || month < 1 || month > 12 || day < 1
      || day > g_date_get_days_in_month (month, year)
      || read_digits (text + 11, 2) > 23 || read_digits (text + 14, 2) > 59)
    return FALSE;

  if (strncmp (text, get_latest_time (), 16) > 0)
    return FALSE;

  return text[length - 1] == 'Z' || strchr (text + 16, '+') != NULL || strchr (text + 16, '-') != NULL;
}

gboolean
stride_record_check_string (JsonObject *object,
                            const char *member,
                            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return !required;

  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* An integer member within [min, max]; a missing one passes unless
 * required, a null one passes when nullable */
gboolean
stride_record_check_int (JsonObject *object,
                         const char *member,
                         gint64      min,
                         gint64      max,
                         gboolean    required,
                         gboolean    nullable)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL)
    return !required;
  if (JSON_NODE_HOLDS_NULL (node))
    return nullable;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  value = json_node_get_int (node);
  return value >= min && value <= max;
}

gboolean
stride_record_check_number (JsonObject *object,
                            const char *member,
                            double      min,
                            double      max,
                            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;
  double value;

  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    value = json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    value = json_node_get_double (node);
  else
    return FALSE;

  return value >= min && value <= max;
}

gboolean
stride_record_check_array (JsonObject *object,
                           const char *member,
                           gboolean    (*check) (JsonNode *item))
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (!check (json_array_get_element (array, i)))
        return FALSE;
    }

  return TRUE;
}

/**
 * stride_outcome_get_short_label:
 *
 * Returns: @outcome in a few words, as the self-test chart and the report
 *   label a result
 */
const char *
stride_outcome_get_short_label (StrideOutcome outcome)
{
  switch (outcome)
    {
    case STRIDE_OUTCOME_OK:
      /* Translators: a squat test outcome on the chart, in a few words */
      return C_("self-test outcome", "No sign");
    case STRIDE_OUTCOME_TIGHT_OR_WEAK:
      return C_("self-test outcome", "Tight or weak");
    case STRIDE_OUTCOME_BALANCED:
      /* Translators: a bridge test outcome on the chart, in a few words */
      return C_("self-test outcome", "Level");
    case STRIDE_OUTCOME_LEFT_WEAKER:
      return C_("self-test outcome", "Left weaker");
    case STRIDE_OUTCOME_RIGHT_WEAKER:
      return C_("self-test outcome", "Right weaker");
    case STRIDE_OUTCOME_BOTH_WEAKER:
      return C_("self-test outcome", "Both weaker");
    case STRIDE_OUTCOME_UNKNOWN:
    default:
      return C_("self-test outcome", "Unknown");
    }
}
