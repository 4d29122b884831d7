/* stride-frame-timer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * StrideFrameFunc:
 * @widget: the widget the frames are for
 * @frame_clock: its frame clock, at the frame's update phase
 *
 * Moves what @widget shows on to this frame; queue a draw if it changed.
 */
typedef void (*StrideFrameFunc) (GtkWidget     *widget,
                                 GdkFrameClock *frame_clock,
                                 gpointer       user_data);

typedef struct _StrideFrameTimer StrideFrameTimer;

StrideFrameTimer *stride_frame_timer_new  (GtkWidget        *widget,
                                           guint             interval_ms,
                                           StrideFrameFunc   func,
                                           gpointer          user_data);
void              stride_frame_timer_free (StrideFrameTimer *timer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideFrameTimer, stride_frame_timer_free)

G_END_DECLS
