/* stride-reminders-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-coaching-service.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_REMINDERS_GROUP (stride_reminders_group_get_type ())

G_DECLARE_FINAL_TYPE (StrideRemindersGroup, stride_reminders_group, STRIDE, REMINDERS_GROUP, AdwPreferencesGroup)

GtkWidget *stride_reminders_group_new (StrideCoachingService *coaching);

G_END_DECLS
