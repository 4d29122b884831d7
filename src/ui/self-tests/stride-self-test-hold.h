/* stride-self-test-hold.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-clock.h"
#include "stride-cue-player.h"
#include "stride-figure-view.h"
#include "stride-self-test.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SELF_TEST_HOLD (stride_self_test_hold_get_type ())

G_DECLARE_FINAL_TYPE (StrideSelfTestHold, stride_self_test_hold, STRIDE, SELF_TEST_HOLD, GtkBox)

GtkWidget *stride_self_test_hold_new         (const StrideSelfTestStep *step,
                                              StrideSelfTestKind        kind,
                                              StrideClock              *clock,
                                              StrideCuePlayer          *cues,
                                              StrideFigureView         *figure);
void       stride_self_test_hold_start       (StrideSelfTestHold       *self);
void       stride_self_test_hold_stop        (StrideSelfTestHold       *self);
gboolean   stride_self_test_hold_get_timing  (StrideSelfTestHold       *self);
GtkWidget *stride_self_test_hold_get_start_button (StrideSelfTestHold *self);

G_END_DECLS
