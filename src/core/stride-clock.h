/* stride-clock.h
 *
 * Time for the engine, injected: the monotonic clock in the app, a fake
 * one that tests move by hand. A clock tells the time in microseconds
 * and calls back once at a deadline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_CLOCK (stride_clock_get_type ())

G_DECLARE_INTERFACE (StrideClock, stride_clock, STRIDE, CLOCK, GObject)

struct _StrideClockInterface
{
  GTypeInterface parent_iface;

  gint64 (*get_time) (StrideClock *self);
  guint  (*schedule) (StrideClock *self,
                      gint64       deadline,
                      GSourceFunc  callback,
                      gpointer     user_data);
  void   (*cancel)   (StrideClock *self,
                      guint        id);
};

gint64 stride_clock_get_time (StrideClock *self);
guint  stride_clock_schedule (StrideClock *self,
                              gint64       deadline,
                              GSourceFunc  callback,
                              gpointer     user_data);
void   stride_clock_cancel   (StrideClock *self,
                              guint        id);

#define STRIDE_TYPE_MONOTONIC_CLOCK (stride_monotonic_clock_get_type ())

G_DECLARE_FINAL_TYPE (StrideMonotonicClock, stride_monotonic_clock, STRIDE, MONOTONIC_CLOCK, GObject)

StrideClock *stride_monotonic_clock_new (void);

#define STRIDE_TYPE_FAKE_CLOCK (stride_fake_clock_get_type ())

G_DECLARE_FINAL_TYPE (StrideFakeClock, stride_fake_clock, STRIDE, FAKE_CLOCK, GObject)

StrideClock *stride_fake_clock_new        (gint64           start);
void         stride_fake_clock_advance_to (StrideFakeClock *self,
                                           gint64           time);
guint        stride_fake_clock_get_n_wakeups (StrideFakeClock *self);

G_END_DECLS
