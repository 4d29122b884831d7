/* stride-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stride-catalog.h"
#include "stride-plan.h"
#include "stride-self-test.h"

#define SECOND G_GINT64_CONSTANT (1000000)

struct _StridePlan
{
  gatomicrefcount ref_count;

  StrideRoutine *routine;
  GArray *segments;
  GArray *cues;
  gint64 duration;
  guint total_reps;
  /* The offset of the announcement of the work that comes next, while
   * the plan is being made */
  gint64 announcing;
};

G_DEFINE_BOXED_TYPE (StridePlan, stride_plan, stride_plan_ref, stride_plan_unref)

static gint64
to_us (double seconds)
{
  return llround (seconds * 1e6);
}

static StrideCue *
add_cue (StridePlan    *self,
         StrideCueKind  kind,
         gint64         offset,
         guint          number,
         StrideRepPhase phase,
         const char    *exercise_id,
         StrideSide     side)
{
  StrideCue cue = { kind, offset, number, phase, exercise_id, side, 0 };

  g_array_append_val (self->cues, cue);

  return &g_array_index (self->cues, StrideCue, self->cues->len - 1);
}

/* What tells the runner which exercise, side and set comes: one cue,
 * the same whether it is heard ahead, in the pause before the work, or
 * at the start of the work when the runner skipped to it */
static void
add_announcement (StridePlan          *self,
                  StrideCueKind        kind,
                  gint64               offset,
                  const StrideSegment *next)
{
  StrideCue *cue = add_cue (self, kind, offset, next->set, STRIDE_REP_PHASE_NONE, next->exercise_id, next->side);

  cue->n_sets = next->n_sets;
  self->announcing = offset;
}

/* 3, 2, 1 before the end of a pause, as far as the pause is long */
static void
add_countdown (StridePlan          *self,
               const StrideSegment *pause,
               const char          *exercise_id,
               StrideSide           side)
{
  for (guint n = 3; n >= 1; n--)
    {
      gint64 offset = pause->start + pause->duration - n * SECOND;

      if (offset >= pause->start)
        add_cue (self, STRIDE_CUE_COUNTDOWN, offset, n, STRIDE_REP_PHASE_NONE, exercise_id, side);
    }
}

static StrideSegment *
add_segment (StridePlan        *self,
             StrideSegmentKind  kind,
             gint64            *now,
             gint64             duration)
{
  StrideSegment segment = { 0, };

  segment.kind = kind;
  segment.announced_at = -1;
  segment.start = *now;
  segment.duration = duration;
  g_array_append_val (self->segments, segment);
  *now += duration;

  return &g_array_index (self->segments, StrideSegment, self->segments->len - 1);
}

static void
describe (StrideSegment           *segment,
          guint                    item_index,
          const StrideRoutineItem *item,
          guint                    set,
          guint                    n_sets,
          StrideSide               side)
{
  segment->item = item_index;
  segment->exercise_id = stride_exercise_get_id (stride_catalog_lookup (stride_catalog_get_default (),
                                                                        item->exercise_id));
  segment->harder = item->harder;
  segment->set = set;
  segment->n_sets = n_sets;
  segment->side = side;
  segment->reps = item->reps;
  segment->tempo_down = to_us (item->tempo_down);
  segment->tempo_hold = to_us (item->tempo_hold);
  segment->tempo_up = to_us (item->tempo_up);
}

static void
add_work (StridePlan              *self,
          gint64                  *now,
          guint                    item_index,
          const StrideRoutineItem *item,
          guint                    set,
          guint                    n_sets,
          StrideSide               side)
{
  gint64 rep = to_us (item->tempo_down) + to_us (item->tempo_hold) + to_us (item->tempo_up);
  gint64 duration = item->reps > 0 ? item->reps * rep : item->hold_seconds * SECOND;
  StrideSegment *work = add_segment (self, STRIDE_SEGMENT_WORK, now, duration);
  const char *id;

  describe (work, item_index, item, set, n_sets, side);
  id = work->exercise_id;
  work->announced_at = self->announcing;
  self->announcing = -1;

  add_cue (self, STRIDE_CUE_GO, work->start, 0, STRIDE_REP_PHASE_NONE, id, side);

  if (item->reps == 0)
    {
      add_cue (self, STRIDE_CUE_HALFWAY, work->start + duration / 2, 0, STRIDE_REP_PHASE_NONE, id, side);
      return;
    }

  self->total_reps += item->reps;
  for (guint r = 1; r <= item->reps; r++)
    {
      gint64 start = work->start + (r - 1) * rep;

      if (r == item->reps && item->reps > 1)
        add_cue (self, STRIDE_CUE_LAST_REP, start, r, STRIDE_REP_PHASE_NONE, id, side);
      if (work->tempo_down > 0)
        add_cue (self, STRIDE_CUE_TEMPO_TICK, start, r, STRIDE_REP_PHASE_DOWN, id, side);
      if (work->tempo_hold > 0)
        add_cue (self, STRIDE_CUE_TEMPO_TICK, start + work->tempo_down, r, STRIDE_REP_PHASE_HOLD, id, side);
      if (work->tempo_up > 0)
        add_cue (self, STRIDE_CUE_TEMPO_TICK, start + work->tempo_down + work->tempo_hold, r,
                 STRIDE_REP_PHASE_UP, id, side);
    }
}

/* A pause before more work: a rest or a switch, which announces and
 * counts down to what comes next */
static void
add_pause (StridePlan              *self,
           gint64                  *now,
           StrideSegmentKind        kind,
           guint                    seconds,
           guint                    next_index,
           const StrideRoutineItem *next,
           guint                    next_set,
           guint                    n_sets,
           StrideSide               next_side)
{
  StrideSegment *pause;

  if (seconds == 0)
    return;

  pause = add_segment (self, kind, now, seconds * SECOND);
  describe (pause, next_index, next, next_set, n_sets, next_side);

  /* "Switch sides" is what announces the other side: the exercise and
   * the set go on */
  if (kind == STRIDE_SEGMENT_SWITCH_SIDES)
    add_announcement (self, STRIDE_CUE_SWITCH_SIDES, pause->start, pause);
  else
    {
      guint get_ready = stride_routine_get_get_ready (self->routine);
      gint64 at = MAX (pause->start, pause->start + pause->duration - (gint64) get_ready * SECOND);

      add_cue (self, STRIDE_CUE_REST, pause->start, 0, STRIDE_REP_PHASE_NONE, pause->exercise_id, next_side);
      /* Not on top of "rest": a short rest announces at the start of
       * the work instead, as a skip to it does */
      if (at > pause->start)
        add_announcement (self, STRIDE_CUE_ANNOUNCE, at, pause);
    }
  add_countdown (self, pause, pause->exercise_id, next_side);
}

static int
compare_cues (gconstpointer a,
              gconstpointer b)
{
  const StrideCue *x = a, *y = b;

  return (x->offset > y->offset) - (x->offset < y->offset);
}

/**
 * stride_plan_new:
 *
 * Compiles @routine, after checking it with stride_routine_validate().
 *
 * Returns: (transfer full) (nullable): the plan
 */
StridePlan *
stride_plan_new (StrideRoutine  *routine,
                 GError        **error)
{
  g_autoptr(StridePlan) self = NULL;
  guint n_items;
  gint64 now = 0;

  g_return_val_if_fail (routine != NULL, NULL);

  if (!stride_routine_validate (routine, error))
    return NULL;

  self = g_new0 (StridePlan, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->routine = stride_routine_copy (routine, stride_routine_get_id (routine));
  stride_routine_set_name (self->routine, stride_routine_get_name (routine));
  self->segments = g_array_new (FALSE, FALSE, sizeof (StrideSegment));
  self->cues = g_array_new (FALSE, FALSE, sizeof (StrideCue));
  self->announcing = -1;
  n_items = stride_routine_get_n_items (routine);

  for (guint i = 0; i < n_items; i++)
    {
      const StrideRoutineItem *item = stride_routine_get_item (self->routine, i);
      guint n_sides = stride_routine_item_get_n_sides (item);
      gboolean extra = item->extra_set_side != STRIDE_SIDE_NONE && n_sides == 2;
      guint n_sets = item->sets + (extra ? 1 : 0);
      StrideSide first_side = n_sides == 2 ? STRIDE_SIDE_LEFT : STRIDE_SIDE_NONE;

      if (i == 0)
        {
          StrideSegment *ready = add_segment (self, STRIDE_SEGMENT_GET_READY, &now,
                                              stride_routine_get_get_ready (routine) * SECOND);

          describe (ready, 0, item, 1, n_sets, first_side);
          add_announcement (self, STRIDE_CUE_ANNOUNCE, 0, ready);
          add_countdown (self, ready, ready->exercise_id, first_side);
        }

      for (guint set = 1; set <= n_sets; set++)
        {
          gboolean is_extra = extra && set == n_sets;

          for (guint s = 0; s < n_sides; s++)
            {
              StrideSide side = n_sides == 2 ? (s == 0 ? STRIDE_SIDE_LEFT : STRIDE_SIDE_RIGHT) : STRIDE_SIDE_NONE;

              if (is_extra && side != item->extra_set_side)
                continue;

              add_work (self, &now, i, item, set, n_sets, side);

              /* The other side of this set comes next */
              if (s + 1 < n_sides && !is_extra)
                add_pause (self, &now, STRIDE_SEGMENT_SWITCH_SIDES, stride_routine_get_switch_sides (routine),
                           i, item, set, n_sets, STRIDE_SIDE_RIGHT);
            }

          if (set < n_sets)
            {
              StrideSide next_side = extra && set + 1 == n_sets ? item->extra_set_side : first_side;

              add_pause (self, &now, STRIDE_SEGMENT_REST, item->rest_between_sets,
                         i, item, set + 1, n_sets, next_side);
            }
        }

      add_cue (self, STRIDE_CUE_EXERCISE_DONE, now, 0, STRIDE_REP_PHASE_NONE,
               g_array_index (self->segments, StrideSegment, self->segments->len - 1).exercise_id, STRIDE_SIDE_NONE);

      if (i + 1 < n_items)
        {
          const StrideRoutineItem *next = stride_routine_get_item (self->routine, i + 1);
          gboolean next_extra = next->extra_set_side != STRIDE_SIDE_NONE && stride_routine_item_get_n_sides (next) == 2;

          add_pause (self, &now, STRIDE_SEGMENT_REST, item->rest_after, i + 1, next, 1,
                     next->sets + (next_extra ? 1 : 0),
                     stride_routine_item_get_n_sides (next) == 2 ? STRIDE_SIDE_LEFT : STRIDE_SIDE_NONE);
        }
    }

  add_cue (self, STRIDE_CUE_WORKOUT_DONE, now, 0, STRIDE_REP_PHASE_NONE, NULL, STRIDE_SIDE_NONE);
  add_segment (self, STRIDE_SEGMENT_DONE, &now, 0)->item = n_items - 1;
  self->duration = now;

  /* Stable: at one offset, cues keep the order they were made in */
  g_array_sort (self->cues, compare_cues);

  return g_steal_pointer (&self);
}

/**
 * stride_plan_new_for_hold:
 * @step: a timed step of a self-test of @kind
 *
 * The timeline of a self-test's hold: a countdown to get into position,
 * then the hold, with the cues of stride_self_test_step_get_cues(). The
 * engine walks it as it walks a workout.
 *
 * Returns: (transfer full): the plan; it has no routine
 */
StridePlan *
stride_plan_new_for_hold (const StrideSelfTestStep *step,
                          StrideSelfTestKind        kind)
{
  StridePlan *self;
  g_autoptr(GArray) cues = NULL;
  StrideSegment *segment;
  gint64 now = 0;

  g_return_val_if_fail (step != NULL && step->kind == STRIDE_SELF_TEST_STEP_PERFORM, NULL);

  self = g_new0 (StridePlan, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->segments = g_array_new (FALSE, FALSE, sizeof (StrideSegment));
  cues = stride_self_test_step_get_cues (step, kind);
  self->cues = g_array_ref (cues);

  segment = add_segment (self, STRIDE_SEGMENT_GET_READY, &now, step->get_ready_seconds * SECOND);
  segment->exercise_id = stride_self_test_kind_get_id (kind);
  segment->side = step->side;
  segment->set = segment->n_sets = 1;

  /* Announced by the test's name at the start of the countdown */
  segment = add_segment (self, STRIDE_SEGMENT_WORK, &now, step->hold_seconds * SECOND);
  segment->exercise_id = stride_self_test_kind_get_id (kind);
  segment->side = step->side;
  segment->set = segment->n_sets = 1;
  segment->announced_at = 0;

  add_segment (self, STRIDE_SEGMENT_DONE, &now, 0);
  self->duration = now;

  return self;
}

StridePlan *
stride_plan_ref (StridePlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
stride_plan_unref (StridePlan *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->routine, stride_routine_unref);
  g_array_unref (self->segments);
  g_array_unref (self->cues);
  g_free (self);
}

/**
 * stride_plan_get_routine:
 *
 * Returns: (transfer none) (nullable): the routine as it was compiled, or
 *   %NULL for a self-test's hold
 */
StrideRoutine *
stride_plan_get_routine (StridePlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->routine;
}

/**
 * stride_plan_get_duration:
 *
 * Returns: the whole workout, in microseconds, if nothing is skipped
 */
gint64
stride_plan_get_duration (StridePlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->duration;
}

guint
stride_plan_get_total_reps (StridePlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->total_reps;
}

guint
stride_plan_get_n_segments (StridePlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->segments->len;
}

const StrideSegment *
stride_plan_get_segment (StridePlan *self,
                         guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->segments->len, NULL);

  return &g_array_index (self->segments, StrideSegment, index);
}

/**
 * stride_plan_find_next_work:
 * @index: a segment
 *
 * What the runner is told comes next: the next block of work that is not
 * the one @index shows, be it another set of the same exercise, its
 * other side or the next exercise. During a get ready, a rest or a
 * switch, the exercise shown is the one about to start, so "next" is
 * what follows it, never the one being prepared for.
 *
 * Returns: the index of that work segment, or G_MAXUINT during the last
 *   block of work
 */
guint
stride_plan_find_next_work (StridePlan *self,
                            guint       index)
{
  const StrideSegment *current;

  g_return_val_if_fail (self != NULL, G_MAXUINT);
  g_return_val_if_fail (index < self->segments->len, G_MAXUINT);

  current = &g_array_index (self->segments, StrideSegment, index);
  if (current->kind == STRIDE_SEGMENT_DONE)
    return G_MAXUINT;

  for (guint i = index + 1; i < self->segments->len; i++)
    {
      const StrideSegment *segment = &g_array_index (self->segments, StrideSegment, i);

      if (segment->kind == STRIDE_SEGMENT_WORK
          && (segment->item != current->item || segment->set != current->set || segment->side != current->side))
        return i;
    }

  return G_MAXUINT;
}

/**
 * stride_plan_find_segment:
 *
 * Returns: the index of the segment running at @offset; past the end,
 *   the final done segment
 */
guint
stride_plan_find_segment (StridePlan *self,
                          gint64      offset)
{
  guint low = 0, high;

  g_return_val_if_fail (self != NULL, 0);

  high = self->segments->len - 1;
  while (low < high)
    {
      guint middle = (low + high + 1) / 2;

      if (g_array_index (self->segments, StrideSegment, middle).start <= offset)
        low = middle;
      else
        high = middle - 1;
    }

  /* Zero-length segments other than done are never running */
  while (low + 1 < self->segments->len && g_array_index (self->segments, StrideSegment, low).duration == 0
         && g_array_index (self->segments, StrideSegment, low).kind != STRIDE_SEGMENT_DONE)
    low++;

  return low;
}

guint
stride_plan_get_n_cues (StridePlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->cues->len;
}

const StrideCue *
stride_plan_get_cue (StridePlan *self,
                     guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->cues->len, NULL);

  return &g_array_index (self->cues, StrideCue, index);
}

/**
 * stride_plan_find_cue:
 *
 * Returns: the index of the first cue at or after @offset, or the number
 *   of cues if there is none
 */
guint
stride_plan_find_cue (StridePlan *self,
                      gint64      offset)
{
  guint low = 0, high;

  g_return_val_if_fail (self != NULL, 0);

  high = self->cues->len;
  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (self->cues, StrideCue, middle).offset < offset)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/**
 * stride_plan_get_announcement:
 * @segment: the index of a work segment
 * @cue: (out caller-allocates): the announcement, at the start of the work
 *
 * What to say when the runner arrives at the start of a work in another
 * way than through the pause that announces it (a skip, going back, no
 * pause before it): its exercise, side and set.
 *
 * Returns: %FALSE for a segment other than a work
 */
gboolean
stride_plan_get_announcement (StridePlan *self,
                              guint       segment,
                              StrideCue  *cue)
{
  const StrideSegment *work;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (segment < self->segments->len, FALSE);
  g_return_val_if_fail (cue != NULL, FALSE);

  work = &g_array_index (self->segments, StrideSegment, segment);
  if (work->kind != STRIDE_SEGMENT_WORK)
    return FALSE;

  *cue = (StrideCue) {
    .kind = STRIDE_CUE_ANNOUNCE,
    .offset = work->start,
    .number = work->set,
    .exercise_id = work->exercise_id,
    .side = work->side,
    .n_sets = work->n_sets,
  };

  return TRUE;
}

gint64
stride_segment_get_rep_duration (const StrideSegment *segment)
{
  g_return_val_if_fail (segment != NULL, 0);

  return segment->tempo_down + segment->tempo_hold + segment->tempo_up;
}

/**
 * stride_segment_get_rep_at:
 * @offset: an offset within the workout
 * @phase: (out) (optional): the part of the rep at @offset
 * @rep_progress: (out) (optional): how far through the rep, 0 to 1
 *
 * Returns: the rep (from 1) running at @offset in a work segment; 0
 *   outside reps
 */
guint
stride_segment_get_rep_at (const StrideSegment *segment,
                           gint64               offset,
                           StrideRepPhase      *phase,
                           double              *rep_progress)
{
  gint64 rep_duration, into, in_rep;
  guint rep;

  g_return_val_if_fail (segment != NULL, 0);

  if (phase != NULL)
    *phase = STRIDE_REP_PHASE_NONE;
  if (rep_progress != NULL)
    *rep_progress = 0;

  rep_duration = stride_segment_get_rep_duration (segment);
  into = offset - segment->start;
  if (segment->kind != STRIDE_SEGMENT_WORK || segment->reps == 0 || rep_duration == 0
      || into < 0 || into >= segment->duration)
    return 0;

  rep = into / rep_duration + 1;
  in_rep = into % rep_duration;

  if (phase != NULL)
    {
      if (in_rep < segment->tempo_down)
        *phase = STRIDE_REP_PHASE_DOWN;
      else if (in_rep < segment->tempo_down + segment->tempo_hold)
        *phase = STRIDE_REP_PHASE_HOLD;
      else
        *phase = STRIDE_REP_PHASE_UP;
    }
  if (rep_progress != NULL)
    *rep_progress = (double) in_rep / rep_duration;

  return rep;
}
