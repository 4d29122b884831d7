/* stride-realtime-clock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <stdint.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "stride-realtime-clock.h"

struct _StrideRealtimeClock
{
  GObject parent_instance;
};

static void realtime_clock_iface_init (StrideClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StrideRealtimeClock, stride_realtime_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STRIDE_TYPE_CLOCK, realtime_clock_iface_init))

typedef struct
{
  GSource source;
  int fd;
  gpointer tag;
  gint64 deadline;
} TimerSource;

/* Armed on CLOCK_REALTIME at an absolute time: the kernel wakes the
 * process at that time of the wall clock, whatever happened between
 * (a suspend, the clock being set), with no polling of ours. A clock
 * that is set makes the read fail with ECANCELED; the same deadline is
 * armed again against the new time. */
static gboolean
timer_source_arm (TimerSource *self)
{
  struct itimerspec spec = { 0 };

  spec.it_value.tv_sec = self->deadline / G_USEC_PER_SEC;
  spec.it_value.tv_nsec = (self->deadline % G_USEC_PER_SEC) * 1000;
  /* A deadline of 0 would disarm the timer instead */
  if (spec.it_value.tv_sec == 0 && spec.it_value.tv_nsec == 0)
    spec.it_value.tv_nsec = 1;

  return timerfd_settime (self->fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, NULL) == 0;
}

static gboolean
timer_source_dispatch (GSource     *source,
                       GSourceFunc  callback,
                       gpointer     user_data)
{
  TimerSource *self = (TimerSource *) source;
  uint64_t expirations = 0;
  ssize_t n;

  if (!(g_source_query_unix_fd (source, self->tag) & G_IO_IN))
    return G_SOURCE_CONTINUE;

  n = read (self->fd, &expirations, sizeof expirations);
  if (n < 0 && errno == ECANCELED)
    {
      /* The clock was set: still waiting for the same moment, unless
       * it is already past */
      if (g_get_real_time () < self->deadline && timer_source_arm (self))
        return G_SOURCE_CONTINUE;
    }
  else if (n < 0 && (errno == EAGAIN || errno == EINTR))
    return G_SOURCE_CONTINUE;

  if (callback != NULL)
    callback (user_data);

  return G_SOURCE_REMOVE;
}

static void
timer_source_finalize (GSource *source)
{
  TimerSource *self = (TimerSource *) source;

  if (self->fd >= 0)
    close (self->fd);
}

static GSourceFuncs timer_source_funcs = {
  .dispatch = timer_source_dispatch,
  .finalize = timer_source_finalize,
};

static gint64
realtime_get_time (StrideClock *clock)
{
  return g_get_real_time ();
}

static guint
realtime_schedule (StrideClock *clock,
                   gint64       deadline,
                   GSourceFunc  callback,
                   gpointer     user_data)
{
  g_autoptr(GSource) source = g_source_new (&timer_source_funcs, sizeof (TimerSource));
  TimerSource *timer = (TimerSource *) source;

  timer->fd = timerfd_create (CLOCK_REALTIME, TFD_CLOEXEC | TFD_NONBLOCK);
  timer->deadline = deadline;
  if (timer->fd < 0 || !timer_source_arm (timer))
    {
      /* No timer from the kernel: the main loop's own, on the
       * monotonic clock, which is right unless the machine sleeps or
       * the clock is set meanwhile */
      g_warning ("Could not set a timer on the real-time clock: %s", g_strerror (errno));
      return g_timeout_add_full (G_PRIORITY_DEFAULT,
                                 (guint) CLAMP ((deadline - g_get_real_time ()) / 1000, 0, G_MAXUINT),
                                 callback, user_data, NULL);
    }

  timer->tag = g_source_add_unix_fd (source, timer->fd, G_IO_IN);
  g_source_set_callback (source, callback, user_data, NULL);
  g_source_set_static_name (source, "[stride] real-time deadline");

  return g_source_attach (source, NULL);
}

static void
realtime_cancel (StrideClock *clock,
                 guint        id)
{
  g_source_remove (id);
}

static void
realtime_clock_iface_init (StrideClockInterface *iface)
{
  iface->get_time = realtime_get_time;
  iface->schedule = realtime_schedule;
  iface->cancel = realtime_cancel;
}

static void
stride_realtime_clock_class_init (StrideRealtimeClockClass *klass)
{
}

static void
stride_realtime_clock_init (StrideRealtimeClock *self)
{
}

StrideClock *
stride_realtime_clock_new (void)
{
  return g_object_new (STRIDE_TYPE_REALTIME_CLOCK, NULL);
}
