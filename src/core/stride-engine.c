/* stride-engine.c
 *
 * Walks a plan against a clock. Every event of the plan has an offset
 * from the start; the engine keeps the clock time of offset zero (the
 * origin) and sleeps until the next event's deadline, origin + offset.
 * Nothing is summed from intervals, so nothing drifts, and pausing or
 * skipping only moves the origin.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-engine.h"
#include "stride-plan-completion.h"
#include "stride-session.h"
#include "stride-session-sets.h"

#define SECOND G_GINT64_CONSTANT (1000000)

/* Going back within this much of a segment's start goes to the one before */
#define PREVIOUS_GRACE (2 * SECOND)

struct _StrideEngine
{
  GObject parent_instance;

  StridePlan *plan;
  StrideClock *clock;
  StrideEngineState state;

  gint64 origin;
  gint64 paused_offset;
  gint64 furthest;
  guint timer;

  guint segment;
  guint next_cue;
  guint next_ahead;
  gint64 next_tick;
  gint64 cue_lead;

  /* Where the cues heard without a break began: the start, or where the
   * runner last skipped or went back to */
  gint64 heard_from;
  /* The work whose announcement was made at its start, if any */
  guint announced;

  /* Per segment: what was done, reps for a set of reps, seconds for a hold */
  GArray *done;
  /* Per segment: microseconds the workout ran in it, pauses left out;
   * counted up to accounted, the offset where the clock last was */
  GArray *ran;
  gint64 accounted;
  GDateTime *started;
};

G_DEFINE_FINAL_TYPE (StrideEngine, stride_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

enum {
  SEGMENT_CHANGED,
  TICK,
  CUE,
  CUE_AHEAD,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void wake (StrideEngine *self);

static void
set_state (StrideEngine      *self,
           StrideEngineState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static const StrideSegment *
current_segment (StrideEngine *self)
{
  return stride_plan_get_segment (self->plan, self->segment);
}

/* The reps done, or seconds held, of the current segment at @offset */
static guint
count_done_at (StrideEngine *self,
               gint64        offset)
{
  const StrideSegment *segment = current_segment (self);
  gint64 into = MIN (offset, segment->start + segment->duration) - segment->start;

  if (segment->kind != STRIDE_SEGMENT_WORK || into <= 0)
    return 0;

  if (segment->reps > 0)
    return into / stride_segment_get_rep_duration (segment);
  else
    return into / SECOND;
}

/* What the runner has done of the current segment, at @offset */
static void
record_progress (StrideEngine *self,
                 gint64        offset)
{
  guint *done = &g_array_index (self->done, guint, self->segment);

  *done = MAX (*done, count_done_at (self, offset));
}

/* The workout ran from the last accounted offset to @offset: each segment
 * it passed gets the time spent in it. Skipping and going back move the
 * offset without time passing, so they account first, then jump. */
static void
account (StrideEngine *self,
         gint64        offset)
{
  guint n_segments = stride_plan_get_n_segments (self->plan);

  offset = MIN (offset, stride_plan_get_duration (self->plan));
  if (offset > self->accounted)
    {
      for (guint s = stride_plan_find_segment (self->plan, self->accounted); s < n_segments; s++)
        {
          const StrideSegment *segment = stride_plan_get_segment (self->plan, s);
          gint64 from = MAX (segment->start, self->accounted);
          gint64 to = MIN (segment->start + segment->duration, offset);

          if (segment->start >= offset)
            break;
          if (to > from)
            g_array_index (self->ran, gint64, s) += to - from;
        }
    }
  self->accounted = offset;
}

static gboolean
on_timer (gpointer user_data)
{
  StrideEngine *self = user_data;

  self->timer = 0;
  wake (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_next (StrideEngine *self,
               gint64        offset)
{
  gint64 next = stride_plan_get_duration (self->plan);
  guint n_cues = stride_plan_get_n_cues (self->plan);
  guint n_segments = stride_plan_get_n_segments (self->plan);

  if (self->next_cue < n_cues)
    next = MIN (next, stride_plan_get_cue (self->plan, self->next_cue)->offset);
  if (self->next_ahead < n_cues)
    next = MIN (next, stride_plan_get_cue (self->plan, self->next_ahead)->offset - self->cue_lead);
  if (self->segment + 1 < n_segments)
    next = MIN (next, stride_plan_get_segment (self->plan, self->segment + 1)->start);
  next = MIN (next, self->next_tick);

  next = MAX (next, offset);
  stride_clock_cancel (self->clock, self->timer);
  self->timer = stride_clock_schedule (self->clock, self->origin + next, on_timer, self);
}

static void
enter_segment (StrideEngine *self,
               guint         segment)
{
  const StrideSegment *entered;

  self->segment = segment;
  entered = current_segment (self);
  self->next_tick = entered->start + SECOND;
  g_signal_emit (self, signals[SEGMENT_CHANGED], 0, segment);
}

static void
finish (StrideEngine *self)
{
  stride_clock_cancel (self->clock, self->timer);
  self->timer = 0;
  self->paused_offset = stride_plan_get_duration (self->plan);
  account (self, self->paused_offset);
  self->furthest = self->paused_offset;
  set_state (self, STRIDE_ENGINE_FINISHED);
  g_signal_emit (self, signals[FINISHED], 0);
}

/* A cue that the plan does not place, said now: pause and resume */
static void
emit_now (StrideEngine    *self,
          const StrideCue *cue)
{
  gint64 now = stride_clock_get_time (self->clock);

  g_signal_emit (self, signals[CUE_AHEAD], 0, cue, now + self->cue_lead);
  g_signal_emit (self, signals[CUE], 0, cue, now);
}

/* Every work is announced once each time the runner comes to it. The
 * plan announces it in the pause before; a runner who skipped that
 * pause, went back to the work's start, or had no pause before it hears
 * the same announcement at the start of the work, before its "go". */
static void
announce_if_unheard (StrideEngine *self)
{
  const StrideSegment *segment = current_segment (self);
  guint n_cues = stride_plan_get_n_cues (self->plan);
  StrideCue cue;

  if (self->announced == self->segment || segment->announced_at >= self->heard_from
      || !stride_plan_get_announcement (self->plan, self->segment, &cue))
    return;

  /* Only once the cues before the work are all out, in their order */
  if (self->next_cue < n_cues && stride_plan_get_cue (self->plan, self->next_cue)->offset < segment->start)
    return;

  self->announced = self->segment;
  g_signal_emit (self, signals[CUE_AHEAD], 0, &cue, self->origin + cue.offset);
  g_signal_emit (self, signals[CUE], 0, &cue, self->origin + cue.offset);
}

/* Everything due by now happens, each at its own planned deadline */
static void
wake (StrideEngine *self)
{
  gint64 offset = stride_clock_get_time (self->clock) - self->origin;
  guint n_cues = stride_plan_get_n_cues (self->plan);
  guint segment;

  if (self->state != STRIDE_ENGINE_RUNNING)
    return;

  self->furthest = MAX (self->furthest, offset);
  account (self, offset);

  while (self->next_ahead < n_cues
         && stride_plan_get_cue (self->plan, self->next_ahead)->offset - self->cue_lead <= offset)
    {
      const StrideCue *cue = stride_plan_get_cue (self->plan, self->next_ahead++);

      g_signal_emit (self, signals[CUE_AHEAD], 0, cue, self->origin + cue->offset);
    }

  segment = stride_plan_find_segment (self->plan, offset);
  if (segment != self->segment)
    {
      /* Left by the clock: every segment passed on the way was done whole */
      for (guint s = self->segment; s < segment; s++)
        {
          self->segment = s;
          record_progress (self, offset);
        }
      enter_segment (self, segment);
    }

  announce_if_unheard (self);

  while (self->next_cue < n_cues && stride_plan_get_cue (self->plan, self->next_cue)->offset <= offset)
    {
      const StrideCue *cue = stride_plan_get_cue (self->plan, self->next_cue++);

      g_signal_emit (self, signals[CUE], 0, cue, self->origin + cue->offset);
      if (self->state != STRIDE_ENGINE_RUNNING)
        return;
    }

  if (offset >= self->next_tick)
    {
      const StrideSegment *current = current_segment (self);

      self->next_tick = current->start + ((offset - current->start) / SECOND + 1) * SECOND;
      g_signal_emit (self, signals[TICK], 0, current->start + current->duration - offset);
    }

  if (offset >= stride_plan_get_duration (self->plan))
    {
      finish (self);
      return;
    }

  schedule_next (self, offset);
}

static void
seek (StrideEngine *self,
      gint64        offset)
{
  gint64 now = stride_engine_get_offset (self);
  guint segment;

  record_progress (self, now);
  account (self, now);

  offset = CLAMP (offset, 0, stride_plan_get_duration (self->plan));
  self->accounted = offset;
  segment = stride_plan_find_segment (self->plan, offset);

  /* Cues at the new offset itself will fire: going back to a segment's
   * start says "go" again */
  self->next_cue = stride_plan_find_cue (self->plan, offset);
  self->next_ahead = stride_plan_find_cue (self->plan, offset + self->cue_lead);
  if (self->next_ahead > self->next_cue)
    self->next_ahead = self->next_cue;

  if (self->state == STRIDE_ENGINE_RUNNING)
    self->origin = stride_clock_get_time (self->clock) - offset;
  else
    self->paused_offset = offset;

  /* What was announced before the jump is not what the runner is at */
  self->heard_from = offset;
  self->announced = G_MAXUINT;

  enter_segment (self, segment);

  if (self->state == STRIDE_ENGINE_RUNNING)
    wake (self);
}

static void
stride_engine_dispose (GObject *object)
{
  StrideEngine *self = STRIDE_ENGINE (object);

  if (self->clock != NULL)
    stride_clock_cancel (self->clock, self->timer);
  self->timer = 0;
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (stride_engine_parent_class)->dispose (object);
}

static void
stride_engine_finalize (GObject *object)
{
  StrideEngine *self = STRIDE_ENGINE (object);

  g_clear_pointer (&self->plan, stride_plan_unref);
  g_clear_pointer (&self->done, g_array_unref);
  g_clear_pointer (&self->ran, g_array_unref);
  g_clear_pointer (&self->started, g_date_time_unref);

  G_OBJECT_CLASS (stride_engine_parent_class)->finalize (object);
}

static void
stride_engine_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StrideEngine *self = STRIDE_ENGINE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_engine_class_init (StrideEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_engine_dispose;
  object_class->finalize = stride_engine_finalize;
  object_class->get_property = stride_engine_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      STRIDE_ENGINE_READY, STRIDE_ENGINE_STOPPED, STRIDE_ENGINE_READY,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StrideEngine::segment-changed:
   * @segment: the index of the segment now running
   */
  signals[SEGMENT_CHANGED] =
    g_signal_new ("segment-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * StrideEngine::tick:
   * @remaining: microseconds left in the segment, at a whole second of it
   */
  signals[TICK] =
    g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * StrideEngine::cue:
   * @cue: the cue, at its deadline: one of the plan's, a work's
   *   announcement that the runner skipped past (see
   *   stride_plan_get_announcement()), or a pause or a resume, said at once
   * @deadline: its time on the engine's clock
   */
  signals[CUE] =
    g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  STRIDE_TYPE_CUE | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_INT64);

  /**
   * StrideEngine::cue-ahead:
   * @cue: a cue due in the cue lead's time, for sound that must be
   *   scheduled ahead to start on time
   * @deadline: its time on the engine's clock
   */
  signals[CUE_AHEAD] =
    g_signal_new ("cue-ahead", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  STRIDE_TYPE_CUE | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_INT64);

  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stride_engine_init (StrideEngine *self)
{
}

StrideEngine *
stride_engine_new (StridePlan  *plan,
                   StrideClock *clock)
{
  StrideEngine *self;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (STRIDE_IS_CLOCK (clock), NULL);

  self = g_object_new (STRIDE_TYPE_ENGINE, NULL);
  self->plan = stride_plan_ref (plan);
  self->clock = g_object_ref (clock);
  self->done = g_array_sized_new (FALSE, TRUE, sizeof (guint), stride_plan_get_n_segments (plan));
  g_array_set_size (self->done, stride_plan_get_n_segments (plan));
  self->ran = g_array_sized_new (FALSE, TRUE, sizeof (gint64), stride_plan_get_n_segments (plan));
  g_array_set_size (self->ran, stride_plan_get_n_segments (plan));
  self->next_tick = SECOND;
  self->announced = G_MAXUINT;

  return self;
}

StridePlan *
stride_engine_get_plan (StrideEngine *self)
{
  g_return_val_if_fail (STRIDE_IS_ENGINE (self), NULL);

  return self->plan;
}

StrideEngineState
stride_engine_get_state (StrideEngine *self)
{
  g_return_val_if_fail (STRIDE_IS_ENGINE (self), STRIDE_ENGINE_READY);

  return self->state;
}

/**
 * stride_engine_get_offset:
 *
 * Returns: where the workout is, in microseconds from its start
 */
gint64
stride_engine_get_offset (StrideEngine *self)
{
  g_return_val_if_fail (STRIDE_IS_ENGINE (self), 0);

  if (self->state == STRIDE_ENGINE_RUNNING)
    return MIN (stride_clock_get_time (self->clock) - self->origin, stride_plan_get_duration (self->plan));

  return self->paused_offset;
}

guint
stride_engine_get_segment (StrideEngine *self)
{
  g_return_val_if_fail (STRIDE_IS_ENGINE (self), 0);

  return self->segment;
}

/**
 * stride_engine_set_cue_lead:
 * @lead: microseconds before its deadline that #StrideEngine::cue-ahead
 *   announces a cue
 */
void
stride_engine_set_cue_lead (StrideEngine *self,
                            gint64        lead)
{
  g_return_if_fail (STRIDE_IS_ENGINE (self));
  g_return_if_fail (lead >= 0);

  self->cue_lead = lead;
}

gint64
stride_engine_get_cue_lead (StrideEngine *self)
{
  g_return_val_if_fail (STRIDE_IS_ENGINE (self), 0);

  return self->cue_lead;
}

void
stride_engine_start (StrideEngine *self)
{
  stride_engine_start_in (self, 0);
}

/**
 * stride_engine_start_in:
 * @delay: microseconds from now to the start of the plan
 *
 * Starts the plan @delay from now; until then stride_engine_get_offset()
 * is negative. Started a cue lead ahead, even the sounds at the very
 * start of the plan are scheduled in time to start on their deadlines.
 */
void
stride_engine_start_in (StrideEngine *self,
                        gint64        delay)
{
  g_return_if_fail (STRIDE_IS_ENGINE (self));
  g_return_if_fail (self->state == STRIDE_ENGINE_READY);
  g_return_if_fail (delay >= 0);

  self->started = g_date_time_new_now_utc ();
  self->origin = stride_clock_get_time (self->clock) + delay - self->paused_offset;
  self->accounted = self->paused_offset;
  self->heard_from = self->paused_offset;
  set_state (self, STRIDE_ENGINE_RUNNING);
  enter_segment (self, stride_plan_find_segment (self->plan, self->paused_offset));
  wake (self);
}

void
stride_engine_pause (StrideEngine *self)
{
  g_return_if_fail (STRIDE_IS_ENGINE (self));

  if (self->state != STRIDE_ENGINE_RUNNING)
    return;

  self->paused_offset = stride_engine_get_offset (self);
  account (self, self->paused_offset);
  stride_clock_cancel (self->clock, self->timer);
  self->timer = 0;
  set_state (self, STRIDE_ENGINE_PAUSED);

  /* Said after the state changed, so that it is not taken for one of
   * the workout's own cues that a pause silences */
  {
    const StrideSegment *segment = current_segment (self);
    StrideCue cue = { STRIDE_CUE_PAUSED, self->paused_offset, 0, STRIDE_REP_PHASE_NONE,
                      segment->exercise_id, segment->side, 0 };

    emit_now (self, &cue);
  }
}

void
stride_engine_resume (StrideEngine *self)
{
  g_return_if_fail (STRIDE_IS_ENGINE (self));

  if (self->state != STRIDE_ENGINE_PAUSED)
    return;

  /* The paused time is simply not part of the workout */
  self->origin = stride_clock_get_time (self->clock) - self->paused_offset;
  set_state (self, STRIDE_ENGINE_RUNNING);

  {
    const StrideSegment *segment = current_segment (self);
    StrideCue cue = { STRIDE_CUE_RESUMED, self->paused_offset, 0, STRIDE_REP_PHASE_NONE,
                      segment->exercise_id, segment->side, 0 };

    emit_now (self, &cue);
  }
  wake (self);
}

/**
 * stride_engine_next:
 *
 * Skips to the start of the next segment.
 */
void
stride_engine_next (StrideEngine *self)
{
  guint next;

  g_return_if_fail (STRIDE_IS_ENGINE (self));

  if (self->state == STRIDE_ENGINE_FINISHED || self->state == STRIDE_ENGINE_STOPPED)
    return;

  next = MIN (self->segment + 1, stride_plan_get_n_segments (self->plan) - 1);
  seek (self, stride_plan_get_segment (self->plan, next)->start);
}

/**
 * stride_engine_previous:
 *
 * Goes back to the start of the segment, or to the one before when the
 * segment has only just begun.
 */
void
stride_engine_previous (StrideEngine *self)
{
  const StrideSegment *segment;
  gint64 offset;

  g_return_if_fail (STRIDE_IS_ENGINE (self));

  if (self->state == STRIDE_ENGINE_FINISHED || self->state == STRIDE_ENGINE_STOPPED)
    return;

  offset = stride_engine_get_offset (self);
  segment = current_segment (self);

  if (offset - segment->start < PREVIOUS_GRACE && self->segment > 0)
    {
      guint previous = self->segment - 1;

      /* Zero-length segments are not somewhere to go back to */
      while (previous > 0 && stride_plan_get_segment (self->plan, previous)->duration == 0)
        previous--;
      seek (self, stride_plan_get_segment (self->plan, previous)->start);
    }
  else
    seek (self, segment->start);
}

void
stride_engine_restart_segment (StrideEngine *self)
{
  g_return_if_fail (STRIDE_IS_ENGINE (self));

  if (self->state == STRIDE_ENGINE_FINISHED || self->state == STRIDE_ENGINE_STOPPED)
    return;

  seek (self, current_segment (self)->start);
}

/**
 * stride_engine_stop:
 *
 * Ends the workout early; what was done so far stays in
 * stride_engine_dup_session().
 */
void
stride_engine_stop (StrideEngine *self)
{
  g_return_if_fail (STRIDE_IS_ENGINE (self));

  if (self->state == STRIDE_ENGINE_FINISHED || self->state == STRIDE_ENGINE_STOPPED)
    return;

  self->paused_offset = stride_engine_get_offset (self);
  self->furthest = MAX (self->furthest, self->paused_offset);
  record_progress (self, self->paused_offset);
  account (self, self->paused_offset);
  stride_clock_cancel (self->clock, self->timer);
  self->timer = 0;
  set_state (self, STRIDE_ENGINE_STOPPED);
}

typedef struct
{
  const char *exercise;
  const char *side;
  gint64      ran;
} Worked;

/* The time the workout ran in each work segment, added up per exercise
 * and side, in the order first done */
static void
add_worked (StrideEngine *self,
            JsonObject   *session)
{
  g_autoptr(GArray) worked = g_array_new (FALSE, TRUE, sizeof (Worked));

  for (guint i = 0; i < stride_plan_get_n_segments (self->plan); i++)
    {
      const StrideSegment *segment = stride_plan_get_segment (self->plan, i);
      gint64 ran = g_array_index (self->ran, gint64, i);
      const char *side = stride_segment_get_side_name (segment);
      guint entry;

      if (segment->kind != STRIDE_SEGMENT_WORK || ran <= 0)
        continue;

      for (entry = 0; entry < worked->len; entry++)
        {
          Worked *row = &g_array_index (worked, Worked, entry);

          if (g_strcmp0 (row->exercise, segment->exercise_id) == 0 && g_strcmp0 (row->side, side) == 0)
            break;
        }
      if (entry == worked->len)
        g_array_append_val (worked, ((Worked) { segment->exercise_id, side, 0 }));
      g_array_index (worked, Worked, entry).ran += ran;
    }

  stride_session_clear_worked (session);
  for (guint entry = 0; entry < worked->len; entry++)
    {
      Worked *row = &g_array_index (worked, Worked, entry);

      stride_session_add_worked (session, row->exercise, row->side, (row->ran + SECOND / 2) / SECOND);
    }
}

/**
 * stride_engine_has_done:
 *
 * Whether the runner has done anything yet, the segment under way
 * included: stride_engine_dup_session() counts that segment's reps only
 * once the workout has left it or stopped.
 *
 * Returns: %TRUE once a rep is done or a second held
 */
gboolean
stride_engine_has_done (StrideEngine *self)
{
  g_return_val_if_fail (STRIDE_IS_ENGINE (self), FALSE);

  for (guint i = 0; i < self->done->len; i++)
    {
      if (g_array_index (self->done, guint, i) > 0)
        return TRUE;
    }

  return self->state != STRIDE_ENGINE_READY && count_done_at (self, stride_engine_get_offset (self)) > 0;
}

/**
 * stride_engine_dup_session:
 *
 * Returns: (transfer full): the session as done so far, for the session
 *   log: each set reached with its reps, the time the workout ran
 *   ("duration", pauses and skipped parts left out), the time worked per
 *   exercise and side ("worked"), and the part of the planned reps done
 */
JsonObject *
stride_engine_dup_session (StrideEngine *self)
{
  StrideRoutine *routine;
  JsonObject *session;
  gint64 ran = 0;

  g_return_val_if_fail (STRIDE_IS_ENGINE (self), NULL);

  routine = stride_plan_get_routine (self->plan);
  session = stride_session_new (self->started, stride_routine_get_id (routine), stride_routine_get_name (routine));
  for (guint i = 0; i < self->ran->len; i++)
    ran += g_array_index (self->ran, gint64, i);
  stride_session_set_duration (session, (ran + SECOND / 2) / SECOND);
  add_worked (self, session);
  stride_session_clear_sets (session);

  for (guint i = 0; i < stride_plan_get_n_segments (self->plan); i++)
    {
      const StrideSegment *segment = stride_plan_get_segment (self->plan, i);
      guint done = g_array_index (self->done, guint, i);
      StrideSessionSet set;

      if (segment->kind != STRIDE_SEGMENT_WORK)
        continue;

      /* Sets the workout never reached are not part of the session */
      if (segment->start > self->furthest)
        continue;

      set = (StrideSessionSet) {
        .exercise = segment->exercise_id,
        .variation = segment->harder ? STRIDE_SESSION_VARIATION_HARDER : STRIDE_SESSION_VARIATION_BASE,
        .side = stride_segment_get_side_name (segment),
        .number = segment->set,
        /* A hold counts as one rep once begun */
        .reps = segment->reps > 0 ? (gint64) done : done > 0,
        .reps_planned = segment->reps > 0 ? (gint64) segment->reps : -1,
        .hold_seconds = segment->reps > 0 ? -1 : (gint64) done,
      };
      stride_session_add_set (session, &set);
    }

  /* The part of the planned work done: skipped sets do not count */
  stride_session_set_completion (session, MAX (stride_plan_get_completion (self->plan, session), 0.0));

  return session;
}
