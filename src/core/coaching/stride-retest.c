/* stride-retest.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-consistency.h"
#include "stride-retest.h"

/**
 * stride_retest_dup_due_from_results:
 * @results: (element-type JsonObject): stored results of every test
 * @kind: the test
 * @time_zone: (nullable): where the due day is counted, or %NULL for
 *   local time
 *
 * The re-test is due STRIDE_SELF_TEST_RETEST_DAYS days after the latest
 * result of @kind that Stride can read, at the same time of day on the
 * clock of @time_zone, whatever daylight saving did in between.
 *
 * Returns: (transfer full) (nullable): when @kind is due again, in
 *   @time_zone, or %NULL if it was never taken
 */
GDateTime *
stride_retest_dup_due_from_results (GPtrArray          *results,
                                    StrideSelfTestKind  kind,
                                    GTimeZone          *time_zone)
{
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) taken = NULL;
  g_autoptr(GDateTime) there = NULL;

  g_return_val_if_fail (results != NULL, NULL);

  /* Newest first */
  listed = stride_self_test_list_results (results, kind);
  if (listed->len == 0)
    return NULL;

  if (time_zone == NULL)
    time_zone = local = g_time_zone_new_local ();
  taken = stride_self_test_result_dup_taken (listed->pdata[0]);
  there = g_date_time_to_timezone (taken, time_zone);

  return g_date_time_add_days (there != NULL ? there : taken, STRIDE_SELF_TEST_RETEST_DAYS);
}

/**
 * stride_retest_dup_due:
 * @store: the progress store
 * @kind: the test
 * @time_zone: (nullable): where the due day is counted, or %NULL for
 *   local time
 *
 * As stride_retest_dup_due_from_results() for the results in @store.
 *
 * Returns: (transfer full) (nullable): when @kind is due again, or %NULL
 *   if it was never taken
 */
GDateTime *
stride_retest_dup_due (StrideStore        *store,
                       StrideSelfTestKind  kind,
                       GTimeZone          *time_zone)
{
  g_autoptr(GPtrArray) results = NULL;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);

  results = stride_store_list (store, STRIDE_COLLECTION_RESULTS);
  return stride_retest_dup_due_from_results (results, kind, time_zone);
}

/**
 * stride_retest_get_state:
 * @due: (nullable): when the test is due again, %NULL if never taken
 * @now: the current time
 * @time_zone: (nullable): where days are counted, or %NULL for local time
 *
 * Days, not hours, decide: a test due at six in the evening is due from
 * the morning of that day, and overdue from the next.
 *
 * Returns: where @now stands against @due
 */
StrideRetestState
stride_retest_get_state (GDateTime *due,
                         GDateTime *now,
                         GTimeZone *time_zone)
{
  guint32 due_day, today;

  g_return_val_if_fail (now != NULL, STRIDE_RETEST_NOT_TAKEN);

  if (due == NULL)
    return STRIDE_RETEST_NOT_TAKEN;

  due_day = stride_consistency_get_day (due, time_zone);
  today = stride_consistency_get_day (now, time_zone);

  if (today < due_day)
    return STRIDE_RETEST_SCHEDULED;
  if (today == due_day)
    return STRIDE_RETEST_DUE;
  return STRIDE_RETEST_OVERDUE;
}

/**
 * stride_retest_get_next_due:
 * @store: the progress store
 * @time_zone: (nullable): where the due day is counted, or %NULL for
 *   local time
 * @kind: (out) (optional): the test due first
 * @due: (out) (optional) (transfer full): when it is due
 *
 * The first re-test to come, or the one overdue the longest: what a
 * reminder asks for. Of two tests due at the same time, the squat test,
 * the guide's first.
 *
 * Returns: %FALSE if no test was ever taken, and then @kind and @due are
 *   not set
 */
gboolean
stride_retest_get_next_due (StrideStore        *store,
                            GTimeZone          *time_zone,
                            StrideSelfTestKind *kind,
                            GDateTime         **due)
{
  static const StrideSelfTestKind kinds[] = { STRIDE_SELF_TEST_SQUAT, STRIDE_SELF_TEST_BRIDGE };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GDateTime) earliest = NULL;
  StrideSelfTestKind earliest_kind = STRIDE_SELF_TEST_SQUAT;

  g_return_val_if_fail (STRIDE_IS_STORE (store), FALSE);

  results = stride_store_list (store, STRIDE_COLLECTION_RESULTS);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GDateTime) one = stride_retest_dup_due_from_results (results, kinds[i], time_zone);

      if (one != NULL && (earliest == NULL || g_date_time_compare (one, earliest) < 0))
        {
          g_clear_pointer (&earliest, g_date_time_unref);
          earliest = g_steal_pointer (&one);
          earliest_kind = kinds[i];
        }
    }

  if (earliest == NULL)
    return FALSE;

  if (kind != NULL)
    *kind = earliest_kind;
  if (due != NULL)
    *due = g_steal_pointer (&earliest);

  return TRUE;
}
