/* stride-self-test-summary.c
 *
 * A self-test's latest result in a line, for the Progress area's home:
 * its outcome in a few words and when it was taken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-date-text.h"
#include "stride-self-test.h"
#include "stride-self-test-summary.h"

/**
 * stride_self_test_summary_dup_when:
 * @result: a listed result, with a date
 *
 * Returns: (transfer full): e.g. "3 March 2026", and that it hurt if it did
 */
char *
stride_self_test_summary_dup_when (JsonObject *result)
{
  g_autoptr(GDateTime) taken = stride_self_test_result_dup_taken (result);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (taken != NULL, NULL);

  local = g_date_time_to_local (taken);
  date = stride_date_text_format_day (local);
  if (!stride_self_test_had_pain (json_object_get_object_member (result, "answers")))
    return g_steal_pointer (&date);

  /* Translators: a self-test result's date, then that it hurt */
  return g_strdup_printf ("%s · %s", date, _("pain during the test"));
}

/**
 * stride_self_test_summary_dup_latest:
 * @results: (element-type JsonObject): stored results of every test
 * @test_id: "squat-test" or "bridge-test"
 *
 * Returns: (transfer full): e.g. "You may have tight or weak hips, 3 March
 *   2026", or that the test was not taken yet
 */
char *
stride_self_test_summary_dup_latest (GPtrArray  *results,
                                     const char *test_id)
{
  g_autoptr(GPtrArray) listed = NULL;
  g_autofree char *when = NULL;
  StrideSelfTestKind kind;
  StrideSelfTestOutcome outcome;
  JsonObject *latest;

  g_return_val_if_fail (results != NULL, NULL);
  g_return_val_if_fail (stride_self_test_kind_from_id (test_id, &kind), NULL);

  listed = stride_self_test_list_results (results, kind);
  if (listed->len == 0)
    return g_strdup (_("Not taken yet"));

  /* Listed results have a date and an outcome Stride knows */
  latest = listed->pdata[0];
  stride_self_test_outcome_from_id (json_object_get_string_member (latest, "outcome"), &outcome);
  when = stride_self_test_summary_dup_when (latest);

  /* Translators: a self-test's latest outcome and its date */
  return g_strdup_printf (_("%s, %s"), stride_self_test_outcome_get_title (outcome), when);
}
