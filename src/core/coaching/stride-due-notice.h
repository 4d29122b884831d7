/* stride-due-notice.h
 *
 * The notices of the coaching loop that come at a time of their own,
 * such as a workout reminder: what each says, the buttons it offers and
 * when it is due, and the context every kind plans its next notice
 * from (see stride-due-planner.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stride-store.h"

G_BEGIN_DECLS

/* What every planner is given */
typedef struct
{
  /* The app's settings (the schema io.github.stridehips.Stride) */
  GSettings *settings;
  /* The runner's progress, loaded */
  StrideStore *store;
  GTimeZone *time_zone;
  /* Microseconds since 1970 UTC */
  gint64 now;
  /* Since when the service waits, in the same units: a notice due
   * before may have been missed while it was not running */
  gint64 waiting_since;
  gboolean workout_running;
} StrideCoachingContext;

typedef struct
{
  /* Shown as is */
  char *label;
  /* A detailed action name, "app.NAME", and its target */
  char *action;
  GVariant *target;
} StrideDueButton;

typedef struct
{
  /* The notification's ID: a later notice of the same kind replaces it */
  char *id;
  GDateTime *due;
  char *title;
  char *body;
  /* The setting (an int64) that keeps when a notice of this kind was
   * last sent, in seconds since 1970 UTC; or NULL */
  char *sent_key;
  /* What clicking the notice itself does */
  char *default_action;
  GVariant *default_target;
  /* (element-type StrideDueButton) */
  GPtrArray *buttons;
} StrideDueNotice;

StrideDueNotice *stride_due_notice_new        (const char                  *id,
                                               GDateTime                   *due);
void             stride_due_notice_add_button (StrideDueNotice             *self,
                                               const char                  *label,
                                               const char                  *action,
                                               GVariant                    *target);
void             stride_due_notice_free       (StrideDueNotice             *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideDueNotice, stride_due_notice_free)

G_END_DECLS
