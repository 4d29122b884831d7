/* stride-realtime-clock.h
 *
 * The wall clock as a StrideClock, for what is due at a time of day: it
 * tells the time in microseconds since 1970 UTC and calls back at a
 * deadline on that clock. Sleeping to the deadline on a timer of the
 * kernel's real-time clock, it wakes the process at the deadline only:
 * also after a suspend that lasted past it, and when the clock is set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-clock.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_REALTIME_CLOCK (stride_realtime_clock_get_type ())

G_DECLARE_FINAL_TYPE (StrideRealtimeClock, stride_realtime_clock, STRIDE, REALTIME_CLOCK, GObject)

StrideClock *stride_realtime_clock_new (void);

G_END_DECLS
