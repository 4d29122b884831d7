/* stride-frame-timer.c
 *
 * Frames for an animation at a rate of its own, below the display's.
 * A tick callback runs the frame clock at the display's rate, 60 frames
 * a second, for as long as it is kept: at 30 frames every other frame
 * would cost without drawing anything. A timer asks the frame clock for
 * one frame at a time instead, and the frame is the clock's: it comes
 * in the update phase, with the frame's time, and not at all while the
 * window cannot be seen. Then the timer stops too, until the frame it
 * asked for comes: a hidden window is not woken 30 times a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-frame-timer.h"

struct _StrideFrameTimer
{
  GtkWidget *widget;
  StrideFrameFunc func;
  gpointer user_data;
  guint interval_ms;

  guint timeout_id;
  guint tick_id;
};

static gboolean on_timeout (gpointer user_data);

static gboolean
on_frame (GtkWidget     *widget,
          GdkFrameClock *frame_clock,
          gpointer       user_data)
{
  StrideFrameTimer *timer = user_data;

  timer->tick_id = 0;
  if (timer->timeout_id == 0)
    timer->timeout_id = g_timeout_add (timer->interval_ms, on_timeout, timer);
  timer->func (widget, frame_clock, timer->user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
on_timeout (gpointer user_data)
{
  StrideFrameTimer *timer = user_data;

  /* The frame asked for last time has not come: the clock is stopped
   * (the window hidden, minimized). Wait for that frame. */
  if (timer->tick_id != 0)
    {
      timer->timeout_id = 0;
      return G_SOURCE_REMOVE;
    }

  timer->tick_id = gtk_widget_add_tick_callback (timer->widget, on_frame, timer, NULL);
  return G_SOURCE_CONTINUE;
}

/**
 * stride_frame_timer_new:
 * @widget: the widget to animate; it must outlive the timer
 * @interval_ms: the time between two frames
 * @func: called at each frame
 *
 * Calls @func at a frame of @widget's frame clock every @interval_ms
 * until the timer is freed.
 *
 * Returns: (transfer full): the timer
 */
StrideFrameTimer *
stride_frame_timer_new (GtkWidget       *widget,
                        guint            interval_ms,
                        StrideFrameFunc  func,
                        gpointer         user_data)
{
  StrideFrameTimer *timer;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (interval_ms > 0 && func != NULL, NULL);

  timer = g_new0 (StrideFrameTimer, 1);
  timer->widget = widget;
  timer->func = func;
  timer->user_data = user_data;
  timer->interval_ms = interval_ms;
  timer->timeout_id = g_timeout_add (interval_ms, on_timeout, timer);

  return timer;
}

void
stride_frame_timer_free (StrideFrameTimer *timer)
{
  if (timer == NULL)
    return;

  g_clear_handle_id (&timer->timeout_id, g_source_remove);
  if (timer->tick_id != 0)
    gtk_widget_remove_tick_callback (timer->widget, timer->tick_id);
  g_free (timer);
}
