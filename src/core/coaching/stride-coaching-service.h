/* stride-coaching-service.h
 *
 * What runs between workouts, in the app and in its hidden service
 * mode: it plans the next due notice (see stride-due-planner.h), sleeps
 * to it on the clock it is given, sends it as a notification, and plans
 * again when the settings, the progress, the time zone or a running
 * workout change. It adds the actions the notification's buttons
 * activate to the application (app.reminder-snooze, app.reminder-skip),
 * and app.workout-running, which the player sets while a workout runs.
 * While reminders are on, it holds the application so that it keeps
 * waiting with no window, and asks to start at login.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stride-clock.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_COACHING_SERVICE (stride_coaching_service_get_type ())

G_DECLARE_FINAL_TYPE (StrideCoachingService, stride_coaching_service, STRIDE, COACHING_SERVICE, GObject)

StrideCoachingService *stride_coaching_service_new                    (GApplication          *application,
                                                                       GSettings             *settings,
                                                                       StrideStore           *store,
                                                                       StrideClock           *clock);
void                   stride_coaching_service_set_time_zone          (StrideCoachingService *self,
                                                                       GTimeZone             *time_zone);
GDateTime             *stride_coaching_service_get_next_due           (StrideCoachingService *self);
char                  *stride_coaching_service_describe_next_reminder (StrideCoachingService *self);
const char            *stride_coaching_service_get_background_error   (StrideCoachingService *self);
gboolean               stride_coaching_service_get_workout_running    (StrideCoachingService *self);

G_END_DECLS
