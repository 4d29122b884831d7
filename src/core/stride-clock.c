/* stride-clock.c
 *
 * The clock interface, and its two implementations: the real monotonic
 * clock, whose deadlines are GSources with a ready time in microseconds
 * (not millisecond timeouts), and the fake clock for tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-clock.h"

G_DEFINE_INTERFACE (StrideClock, stride_clock, G_TYPE_OBJECT)

static void
stride_clock_default_init (StrideClockInterface *iface)
{
}

gint64
stride_clock_get_time (StrideClock *self)
{
  g_return_val_if_fail (STRIDE_IS_CLOCK (self), 0);

  return STRIDE_CLOCK_GET_IFACE (self)->get_time (self);
}

/**
 * stride_clock_schedule:
 * @deadline: a time of this clock, in microseconds
 * @callback: called once at @deadline (its return value is ignored)
 *
 * Returns: an ID for stride_clock_cancel()
 */
guint
stride_clock_schedule (StrideClock *self,
                       gint64       deadline,
                       GSourceFunc  callback,
                       gpointer     user_data)
{
  g_return_val_if_fail (STRIDE_IS_CLOCK (self), 0);
  g_return_val_if_fail (callback != NULL, 0);

  return STRIDE_CLOCK_GET_IFACE (self)->schedule (self, deadline, callback, user_data);
}

void
stride_clock_cancel (StrideClock *self,
                     guint        id)
{
  g_return_if_fail (STRIDE_IS_CLOCK (self));

  if (id != 0)
    STRIDE_CLOCK_GET_IFACE (self)->cancel (self, id);
}

/* The monotonic clock */

struct _StrideMonotonicClock
{
  GObject parent_instance;
};

static void monotonic_clock_iface_init (StrideClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StrideMonotonicClock, stride_monotonic_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STRIDE_TYPE_CLOCK, monotonic_clock_iface_init))

static gint64
monotonic_get_time (StrideClock *self)
{
  return g_get_monotonic_time ();
}

static gboolean
deadline_dispatch (GSource     *source,
                   GSourceFunc  callback,
                   gpointer     user_data)
{
  callback (user_data);
  return G_SOURCE_REMOVE;
}

static GSourceFuncs deadline_funcs = {
  .dispatch = deadline_dispatch,
};

static guint
monotonic_schedule (StrideClock *self,
                    gint64       deadline,
                    GSourceFunc  callback,
                    gpointer     user_data)
{
  g_autoptr(GSource) source = g_source_new (&deadline_funcs, sizeof (GSource));

  /* Woken by the main loop at the deadline itself, to the microsecond
   * the poll allows, with no timer of our own */
  g_source_set_ready_time (source, deadline);
  g_source_set_priority (source, G_PRIORITY_HIGH);
  g_source_set_callback (source, callback, user_data, NULL);
  g_source_set_static_name (source, "[stride] deadline");

  return g_source_attach (source, NULL);
}

static void
monotonic_cancel (StrideClock *self,
                  guint        id)
{
  g_source_remove (id);
}

static void
monotonic_clock_iface_init (StrideClockInterface *iface)
{
  iface->get_time = monotonic_get_time;
  iface->schedule = monotonic_schedule;
  iface->cancel = monotonic_cancel;
}

static void
stride_monotonic_clock_class_init (StrideMonotonicClockClass *klass)
{
}

static void
stride_monotonic_clock_init (StrideMonotonicClock *self)
{
}

StrideClock *
stride_monotonic_clock_new (void)
{
  return g_object_new (STRIDE_TYPE_MONOTONIC_CLOCK, NULL);
}

/* The fake clock: time moves only when a test moves it */

typedef struct
{
  guint id;
  gint64 deadline;
  GSourceFunc callback;
  gpointer user_data;
} FakeTimer;

struct _StrideFakeClock
{
  GObject parent_instance;

  gint64 now;
  GArray *timers;
  guint next_id;
  guint n_wakeups;
};

static void fake_clock_iface_init (StrideClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StrideFakeClock, stride_fake_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STRIDE_TYPE_CLOCK, fake_clock_iface_init))

static gint64
fake_get_time (StrideClock *clock)
{
  return STRIDE_FAKE_CLOCK (clock)->now;
}

static guint
fake_schedule (StrideClock *clock,
               gint64       deadline,
               GSourceFunc  callback,
               gpointer     user_data)
{
  StrideFakeClock *self = STRIDE_FAKE_CLOCK (clock);
  FakeTimer timer = { ++self->next_id, deadline, callback, user_data };

  g_array_append_val (self->timers, timer);
  return timer.id;
}

static void
fake_cancel (StrideClock *clock,
             guint        id)
{
  StrideFakeClock *self = STRIDE_FAKE_CLOCK (clock);

  for (guint i = 0; i < self->timers->len; i++)
    {
      if (g_array_index (self->timers, FakeTimer, i).id == id)
        {
          g_array_remove_index (self->timers, i);
          return;
        }
    }
}

static void
fake_clock_iface_init (StrideClockInterface *iface)
{
  iface->get_time = fake_get_time;
  iface->schedule = fake_schedule;
  iface->cancel = fake_cancel;
}

static void
stride_fake_clock_finalize (GObject *object)
{
  g_array_unref (STRIDE_FAKE_CLOCK (object)->timers);

  G_OBJECT_CLASS (stride_fake_clock_parent_class)->finalize (object);
}

static void
stride_fake_clock_class_init (StrideFakeClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stride_fake_clock_finalize;
}

static void
stride_fake_clock_init (StrideFakeClock *self)
{
  self->timers = g_array_new (FALSE, FALSE, sizeof (FakeTimer));
}

StrideClock *
stride_fake_clock_new (gint64 start)
{
  StrideFakeClock *self = g_object_new (STRIDE_TYPE_FAKE_CLOCK, NULL);

  self->now = start;
  return STRIDE_CLOCK (self);
}

/**
 * stride_fake_clock_advance_to:
 *
 * Moves time forward to @time, calling every timer due on the way at its
 * own deadline, in order, as a real clock would.
 */
void
stride_fake_clock_advance_to (StrideFakeClock *self,
                              gint64           time)
{
  g_return_if_fail (STRIDE_IS_FAKE_CLOCK (self));

  for (;;)
    {
      guint earliest = G_MAXUINT;
      FakeTimer timer;

      for (guint i = 0; i < self->timers->len; i++)
        {
          FakeTimer *candidate = &g_array_index (self->timers, FakeTimer, i);

          if (candidate->deadline <= time
              && (earliest == G_MAXUINT
                  || candidate->deadline < g_array_index (self->timers, FakeTimer, earliest).deadline))
            earliest = i;
        }

      if (earliest == G_MAXUINT)
        break;

      timer = g_array_index (self->timers, FakeTimer, earliest);
      g_array_remove_index (self->timers, earliest);
      self->now = MAX (self->now, timer.deadline);
      self->n_wakeups++;
      timer.callback (timer.user_data);
    }

  self->now = MAX (self->now, time);
}

/**
 * stride_fake_clock_get_n_wakeups:
 *
 * Returns: how many timers fired: what a test counts to show that the
 *   engine sleeps until deadlines instead of polling
 */
guint
stride_fake_clock_get_n_wakeups (StrideFakeClock *self)
{
  g_return_val_if_fail (STRIDE_IS_FAKE_CLOCK (self), 0);

  return self->n_wakeups;
}
