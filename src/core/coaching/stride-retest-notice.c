/* stride-retest-notice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-retest.h"
#include "stride-retest-notice.h"

/* The setting that keeps when this test's notice was last sent: one per
 * test, so that two overdue tests are each told once */
static const char *
sent_key (StrideSelfTestKind kind)
{
  return kind == STRIDE_SELF_TEST_SQUAT ? "squat-retest-last-sent" : "bridge-retest-last-sent";
}

/**
 * stride_retest_notice_dup_id:
 *
 * Returns: (transfer full): the notification's ID for @kind: a new notice
 *   of the same test replaces one not yet read
 */
char *
stride_retest_notice_dup_id (StrideSelfTestKind kind)
{
  return g_strconcat ("retest-", stride_self_test_kind_get_id (kind), NULL);
}

static StrideDueNotice *
make_notice (StrideSelfTestKind  kind,
             GDateTime          *due)
{
  gboolean squat = kind == STRIDE_SELF_TEST_SQUAT;
  g_autofree char *id = stride_retest_notice_dup_id (kind);
  const char *test = stride_self_test_kind_get_id (kind);
  StrideDueNotice *notice = stride_due_notice_new (id, due);

  notice->sent_key = g_strdup (sent_key (kind));
  notice->title = g_strdup (squat ? _("Time to re-test: squat self-test") : _("Time to re-test: bridge self-test"));
  notice->body = g_strdup (squat
                           ? _("Four weeks have passed since your last squat self-test. Take it again to see how your hips have changed.")
                           : _("Four weeks have passed since your last bridge self-test. Take it again to see how your hips have changed."));
  notice->default_action = g_strdup ("app.start-self-test");
  notice->default_target = g_variant_ref_sink (g_variant_new_string (test));
  stride_due_notice_add_button (notice, _("Take Test"), "app.start-self-test", g_variant_new_string (test));

  return notice;
}

/**
 * stride_retest_notice_plan:
 *
 * The next self-test due again whose notice was not sent since it fell
 * due; one that fell due while Stride was not running comes at once. None
 * while reminders are off or a workout runs (the service plans again
 * when either changes).
 *
 * Returns: (transfer full) (nullable): the notice, or %NULL
 */
StrideDueNotice *
stride_retest_notice_plan (const StrideCoachingContext *context)
{
  const StrideSelfTestKind kinds[] = { STRIDE_SELF_TEST_SQUAT, STRIDE_SELF_TEST_BRIDGE };
  g_autoptr(GDateTime) earliest = NULL;
  StrideSelfTestKind earliest_kind = STRIDE_SELF_TEST_SQUAT;

  g_return_val_if_fail (context != NULL && G_IS_SETTINGS (context->settings), NULL);

  if (!g_settings_get_boolean (context->settings, "reminders-enabled") || context->workout_running
      || context->store == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GDateTime) due = stride_retest_dup_due (context->store, kinds[i], context->time_zone);

      if (due == NULL)
        continue;
      /* Told already: sent when, or after, it fell due */
      if (g_settings_get_int64 (context->settings, sent_key (kinds[i])) >= g_date_time_to_unix (due))
        continue;
      if (earliest == NULL || g_date_time_compare (due, earliest) < 0)
        {
          g_clear_pointer (&earliest, g_date_time_unref);
          earliest = g_steal_pointer (&due);
          earliest_kind = kinds[i];
        }
    }

  return earliest != NULL ? make_notice (earliest_kind, earliest) : NULL;
}
