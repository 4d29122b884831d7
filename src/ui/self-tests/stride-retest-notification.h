/* stride-retest-notification.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stride-self-test.h"

G_BEGIN_DECLS

char          *stride_retest_notification_dup_id (StrideSelfTestKind kind);
GNotification *stride_retest_notification_new    (StrideSelfTestKind kind);

G_END_DECLS
