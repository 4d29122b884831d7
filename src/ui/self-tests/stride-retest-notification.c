/* stride-retest-notification.c
 *
 * The notification that a self-test is due again, ready for whatever
 * sends it (see stride_retest_get_next_due() for when): clicking it, or
 * its button, opens that test's wizard through the application's
 * app.start-self-test action, which also works when Stride was not
 * running.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-retest-notification.h"

/**
 * stride_retest_notification_dup_id:
 *
 * Returns: (transfer full): the ID to send the notification of @kind
 *   with: one per test, so that a new one replaces an old one not yet
 *   read, and g_application_withdraw_notification() takes it back once
 *   the test is taken
 */
char *
stride_retest_notification_dup_id (StrideSelfTestKind kind)
{
  return g_strconcat ("retest-", stride_self_test_kind_get_id (kind), NULL);
}

/**
 * stride_retest_notification_new:
 * @kind: the test due again
 *
 * Returns: (transfer full): "Time to re-test: squat self-test", whose
 *   default action and button open that test
 */
GNotification *
stride_retest_notification_new (StrideSelfTestKind kind)
{
  gboolean squat = kind == STRIDE_SELF_TEST_SQUAT;
  GNotification *notification;
  GVariant *target = g_variant_new_string (stride_self_test_kind_get_id (kind));

  notification = g_notification_new (squat ? _("Time to re-test: squat self-test") : _("Time to re-test: bridge self-test"));
  g_notification_set_body (notification,
                           squat ? _("Four weeks have passed since your last squat self-test. Take it again to see how your hips have changed.")
                                 : _("Four weeks have passed since your last bridge self-test. Take it again to see how your hips have changed."));
  g_notification_set_default_action_and_target_value (notification, "app.start-self-test", target);
  g_notification_add_button_with_target_value (notification, _("Take Test"), "app.start-self-test", target);

  return notification;
}
