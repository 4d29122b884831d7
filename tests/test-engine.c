/* test-engine.c
 *
 * Routines, the plans they compile to, and the engine that walks a plan
 * against a fake clock: durations and cues where the routine puts them,
 * validation messages a runner understands, pause and skip that keep
 * every deadline exact, and the session a stopped workout leaves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "stride-catalog.h"
#include "stride-engine.h"
#include "stride-plan-completion.h"
#include "stride-self-test.h"
#include "stride-session-sets.h"
#include "stride-test-i18n.h"

#define SECOND G_GINT64_CONSTANT (1000000)
#define MINUTE (60 * SECOND)

static StrideRoutine *
builtin (const char *id)
{
  g_autoptr(GPtrArray) routines = stride_routine_get_builtins ();

  for (guint i = 0; i < routines->len; i++)
    if (g_strcmp0 (stride_routine_get_id (routines->pdata[i]), id) == 0)
      return stride_routine_ref (routines->pdata[i]);

  g_assert_not_reached ();
}

static void
test_routine_builtins (void)
{
  g_autoptr(GPtrArray) routines = stride_routine_get_builtins ();
  g_autoptr(StrideRoutine) full = builtin ("full");
  g_autoptr(StrideRoutine) quick = builtin ("quick");
  const char *order[] = { "squat", "clamshell", "side-step", "glute-bridge", "hip-extension" };
  /* The guide's doses: squats 10–15, clamshells 12–15 per side, side
   * steps 10–12 each direction, bridge 12–15, hip extension 12 per side */
  guint min_reps[] = { 10, 12, 10, 12, 12 };
  guint max_reps[] = { 15, 15, 12, 15, 12 };

  g_assert_cmpuint (routines->len, ==, 3);
  g_assert_cmpstr (stride_routine_get_id (routines->pdata[0]), ==, "full");
  g_assert_cmpstr (stride_routine_get_id (routines->pdata[1]), ==, "quick");
  g_assert_cmpstr (stride_routine_get_id (routines->pdata[2]), ==, "weaker-side");

  for (guint r = 0; r < routines->len; r++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (stride_routine_validate (routines->pdata[r], &error));
      g_assert_no_error (error);
      g_assert_cmpuint (stride_routine_get_n_items (routines->pdata[r]), ==, 5);
      for (guint i = 0; i < 5; i++)
        {
          StrideRoutineItem *item = stride_routine_get_item (routines->pdata[r], i);

          g_assert_cmpstr (item->exercise_id, ==, order[i]);
          g_assert_cmpuint (item->reps, >=, min_reps[i]);
          g_assert_cmpuint (item->reps, <=, max_reps[i]);
        }
    }

  g_assert_cmpuint (stride_routine_get_item (full, 0)->sets, ==, 2);
  /* A session of 10–25 minutes, and the quick one ten */
  g_assert_cmpfloat (stride_routine_get_seconds (full), >=, 10 * 60);
  g_assert_cmpfloat (stride_routine_get_seconds (full), <=, 25 * 60);
  g_assert_cmpfloat (stride_routine_get_seconds (quick), ==, 10 * 60);
}

static void
assert_invalid (StrideRoutine *routine,
                int            code,
                const char    *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (stride_routine_validate (routine, &error));
  g_assert_error (error, STRIDE_ROUTINE_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

/* “Start This Exercise” plays the exercise alone at the start of the
 * guide's dose, under its own name, and can run */
static void
test_routine_single_exercise (void)
{
  const char *ids[] = { "squat", "clamshell", "side-step", "glute-bridge", "hip-extension" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), ids[i]);
      g_autoptr(StrideRoutine) routine = stride_routine_new_single_exercise (exercise);
      g_autofree char *id = g_strconcat ("exercise-", ids[i], NULL);
      g_autoptr(GError) error = NULL;
      StrideRoutineItem *item;

      g_assert_cmpstr (stride_routine_get_id (routine), ==, id);
      g_assert_cmpstr (stride_routine_get_name (routine), ==, stride_exercise_get_name (exercise));
      g_assert_cmpuint (stride_routine_get_n_items (routine), ==, 1);
      item = stride_routine_get_item (routine, 0);
      g_assert_cmpstr (item->exercise_id, ==, ids[i]);
      g_assert_cmpuint (item->reps, ==, stride_exercise_get_dose (exercise)->min);
      g_assert_cmpuint (item->sets, ==, 2);
      g_assert_true (stride_routine_validate (routine, &error));
      g_assert_no_error (error);
    }
}

static void
test_routine_validation (void)
{
  g_autoptr(StrideRoutine) routine = stride_routine_new ("mine", "Mine");
  StrideRoutineItem *item;
  g_autoptr(GError) error = NULL;

  assert_invalid (routine, STRIDE_ROUTINE_ERROR_EMPTY, "at least one exercise");

  item = stride_routine_add_item (routine, "burpee");
  assert_invalid (routine, STRIDE_ROUTINE_ERROR_UNKNOWN_EXERCISE, "“burpee” is not an exercise");
  g_free (item->exercise_id);
  item->exercise_id = g_strdup ("squat-test");
  assert_invalid (routine, STRIDE_ROUTINE_ERROR_UNKNOWN_EXERCISE, "not an exercise");
  g_free (item->exercise_id);
  item->exercise_id = g_strdup ("clamshell");
  g_assert_true (stride_routine_validate (routine, NULL));

  item->sets = 0;
  assert_invalid (routine, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE, "Clamshells: the number of sets must be between 1 and 10");
  item->sets = 2;

  item->tempo_hold = 45;
  assert_invalid (routine, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE, "each part of a rep");
  item->tempo_down = item->tempo_hold = item->tempo_up = 0.2;
  assert_invalid (routine, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE, "at least one second");
  item->tempo_down = item->tempo_up = 2;
  item->tempo_hold = 1;

  item->reps = 0;
  item->hold_seconds = 0;
  assert_invalid (routine, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE, "the time to hold");
  item->reps = 12;

  stride_routine_get_item (routine, 0)->harder = TRUE;
  g_assert_true (stride_routine_validate (routine, NULL));
  item = stride_routine_add_item (routine, "hip-extension");
  item->harder = TRUE;
  assert_invalid (routine, STRIDE_ROUTINE_ERROR_INVALID, "no harder variation");
  item->harder = FALSE;

  /* Ten sets of 100 slow reps, ten times over: far past four hours */
  for (guint i = 0; i < 10; i++)
    {
      StrideRoutineItem *long_item = stride_routine_add_item (routine, "glute-bridge");

      long_item->sets = 10;
      long_item->reps = 100;
      long_item->tempo_down = long_item->tempo_up = 3;
    }
  assert_invalid (routine, STRIDE_ROUTINE_ERROR_TOO_LONG, "under four hours");

  /* A negative number in a file is out of range, not a huge one */
  {
    g_autoptr(JsonNode) node = json_from_string ("{\"id\": \"x\", \"name\": \"X\", \"items\": ["
                                                 "{\"exercise\": \"squat\", \"sets\": -1, \"reps\": 10}]}", NULL);
    g_autoptr(StrideRoutine) from_file = stride_routine_new_from_json (json_node_get_object (node), &error);

    g_assert_no_error (error);
    assert_invalid (from_file, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE, "the number of sets");
  }
}

static void
test_routine_json (void)
{
  g_autoptr(StrideRoutine) full = builtin ("full");
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(StrideRoutine) back = NULL;
  g_autoptr(JsonObject) again = NULL;
  g_autoptr(GError) error = NULL;

  stride_routine_get_item (full, 1)->extra_set_side = STRIDE_SIDE_LEFT;
  stride_routine_get_item (full, 3)->reps = 0;
  stride_routine_get_item (full, 3)->hold_seconds = 30;
  object = stride_routine_to_json (full);
  json_object_set_string_member (object, "colour", "teal");

  back = stride_routine_new_from_json (object, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stride_routine_get_name (back), ==, "Full hip routine");
  g_assert_cmpuint (stride_routine_get_n_items (back), ==, 5);
  g_assert_cmpint (stride_routine_get_item (back, 1)->extra_set_side, ==, STRIDE_SIDE_LEFT);
  g_assert_cmpuint (stride_routine_get_item (back, 3)->hold_seconds, ==, 30);
  g_assert_cmpfloat (stride_routine_get_item (back, 0)->tempo_down, ==, 2);
  g_assert_cmpfloat (stride_routine_get_seconds (back), ==, stride_routine_get_seconds (full));

  /* What this version does not know is kept */
  again = stride_routine_to_json (back);
  g_assert_cmpstr (json_object_get_string_member (again, "colour"), ==, "teal");

  {
    g_autoptr(JsonNode) bad = json_from_string ("{\"name\": \"No id\", \"items\": []}", NULL);

    g_assert_null (stride_routine_new_from_json (json_node_get_object (bad), &error));
    g_assert_error (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_INVALID);
  }
}

static guint
count_segments (StridePlan        *plan,
                StrideSegmentKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < stride_plan_get_n_segments (plan); i++)
    n += stride_plan_get_segment (plan, i)->kind == kind;
  return n;
}

static guint
count_cues (StridePlan    *plan,
            StrideCueKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < stride_plan_get_n_cues (plan); i++)
    n += stride_plan_get_cue (plan, i)->kind == kind;
  return n;
}

static void
test_plan_full (void)
{
  g_autoptr(StrideRoutine) full = builtin ("full");
  g_autoptr(StridePlan) plan = stride_plan_new (full, NULL);
  const StrideSegment *segment;
  gint64 previous_end = 0;

  g_assert_nonnull (plan);
  g_assert_cmpint (stride_plan_get_duration (plan), ==, (gint64) (stride_routine_get_seconds (full) * SECOND));
  /* 2×10 squats, 2×12 clamshells a side, 2×10 steps a direction, 2×12
   * bridges, 2×12 hip extensions a side */
  g_assert_cmpuint (stride_plan_get_total_reps (plan), ==, 20 + 48 + 40 + 24 + 48);

  /* Segments follow each other without gaps or overlaps */
  for (guint i = 0; i < stride_plan_get_n_segments (plan); i++)
    {
      segment = stride_plan_get_segment (plan, i);
      g_assert_cmpint (segment->start, ==, previous_end);
      previous_end = segment->start + segment->duration;
    }
  g_assert_cmpint (previous_end, ==, stride_plan_get_duration (plan));

  /* Get ready, 2 + 4 + 4 + 2 + 4 work sets, a switch inside each
   * two-sided set, rests between sets and between exercises, done */
  g_assert_cmpuint (count_segments (plan, STRIDE_SEGMENT_GET_READY), ==, 1);
  g_assert_cmpuint (count_segments (plan, STRIDE_SEGMENT_WORK), ==, 16);
  g_assert_cmpuint (count_segments (plan, STRIDE_SEGMENT_SWITCH_SIDES), ==, 6);
  g_assert_cmpuint (count_segments (plan, STRIDE_SEGMENT_REST), ==, 5 + 4);
  g_assert_cmpuint (count_segments (plan, STRIDE_SEGMENT_DONE), ==, 1);

  /* After get ready, squats, rest, squats and a rest, the clamshell:
   * left, switch, right, rest, left, switch, right */
  segment = stride_plan_get_segment (plan, 5);
  g_assert_cmpstr (segment->exercise_id, ==, "clamshell");
  g_assert_cmpint (segment->kind, ==, STRIDE_SEGMENT_WORK);
  g_assert_cmpint (segment->side, ==, STRIDE_SIDE_LEFT);
  g_assert_cmpint (stride_plan_get_segment (plan, 6)->kind, ==, STRIDE_SEGMENT_SWITCH_SIDES);
  g_assert_cmpint (stride_plan_get_segment (plan, 7)->side, ==, STRIDE_SIDE_RIGHT);
  g_assert_cmpuint (stride_plan_get_segment (plan, 7)->set, ==, 1);
  g_assert_cmpint (stride_plan_get_segment (plan, 8)->kind, ==, STRIDE_SEGMENT_REST);
  g_assert_cmpuint (stride_plan_get_segment (plan, 9)->set, ==, 2);
  g_assert_cmpuint (stride_plan_get_segment (plan, 9)->n_sets, ==, 2);

  /* Every rep has its three phases, the last rep of each set is called */
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_TEMPO_TICK), ==, 20 * 2 + 48 * 3 + 40 * 2 + 24 * 3 + 48 * 3);
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_LAST_REP), ==, 16);
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_GO), ==, 16);
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_SWITCH_SIDES), ==, 6);
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_EXERCISE_DONE), ==, 5);
  /* Each exercise and each next set is announced in the pause before
   * it, the other side by "switch sides": every work, ahead of it */
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_ANNOUNCE), ==, 5 + 5);
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_WORKOUT_DONE), ==, 1);
  for (guint i = 0; i < stride_plan_get_n_segments (plan); i++)
    {
      segment = stride_plan_get_segment (plan, i);
      if (segment->kind == STRIDE_SEGMENT_WORK)
        {
          g_assert_cmpint (segment->announced_at, >=, 0);
          g_assert_cmpint (segment->announced_at, <, segment->start);
        }
    }

  for (guint i = 1; i < stride_plan_get_n_cues (plan); i++)
    g_assert_cmpint (stride_plan_get_cue (plan, i - 1)->offset, <=, stride_plan_get_cue (plan, i)->offset);
}

/* "Next" is the exercise after the one shown, in every segment of every
 * built-in plan: never the one a get ready, rest or switch prepares for */
/* What the runner is told comes next is the next block of work that is
 * not the one shown: another set of the same exercise, its other side,
 * or the next exercise. During a get ready, a rest or a switch the
 * exercise shown is the one about to start, so next is the one after. */
static void
test_plan_next_work (void)
{
  g_autoptr(GPtrArray) routines = stride_routine_get_builtins ();

  g_ptr_array_add (routines, stride_routine_new_weaker_side (STRIDE_SIDE_LEFT));
  g_ptr_array_add (routines, stride_routine_new_weaker_side (STRIDE_SIDE_RIGHT));

  for (guint r = 0; r < routines->len; r++)
    {
      StrideRoutine *routine = routines->pdata[r];
      g_autoptr(StridePlan) plan = stride_plan_new (routine, NULL);
      guint n_same_exercise = 0, n_last = 0;

      g_assert_nonnull (plan);
      for (guint i = 0; i < stride_plan_get_n_segments (plan); i++)
        {
          const StrideSegment *segment = stride_plan_get_segment (plan, i);
          guint next = stride_plan_find_next_work (plan, i);
          const StrideSegment *found;
          guint expected = G_MAXUINT;

          for (guint j = i + 1; segment->kind != STRIDE_SEGMENT_DONE && j < stride_plan_get_n_segments (plan); j++)
            {
              const StrideSegment *later = stride_plan_get_segment (plan, j);

              if (later->kind == STRIDE_SEGMENT_WORK
                  && (later->item != segment->item || later->set != segment->set || later->side != segment->side))
                {
                  expected = j;
                  break;
                }
            }
          g_assert_cmpuint (next, ==, expected);
          if (next == G_MAXUINT)
            {
              n_last += segment->kind != STRIDE_SEGMENT_DONE;
              continue;
            }

          found = stride_plan_get_segment (plan, next);
          g_assert_cmpint (found->kind, ==, STRIDE_SEGMENT_WORK);
          n_same_exercise += found->item == segment->item;
        }

      /* Some exercises have another set or side after the one shown, and
       * the last block of work has nothing after it */
      if (g_strcmp0 (stride_routine_get_id (routine), "quick") != 0)
        g_assert_cmpuint (n_same_exercise, >, 0);
      g_assert_cmpuint (n_last, >, 0);
    }
}

static void
test_plan_first_cues (void)
{
  g_autoptr(StrideRoutine) full = builtin ("full");
  g_autoptr(StridePlan) plan = stride_plan_new (full, NULL);
  struct {
    StrideCueKind kind;
    gint64 offset;
    guint number;
    StrideRepPhase phase;
  } expected[] = {
    { STRIDE_CUE_ANNOUNCE, 0, 1, STRIDE_REP_PHASE_NONE },
    { STRIDE_CUE_COUNTDOWN, 7 * SECOND, 3, STRIDE_REP_PHASE_NONE },
    { STRIDE_CUE_COUNTDOWN, 8 * SECOND, 2, STRIDE_REP_PHASE_NONE },
    { STRIDE_CUE_COUNTDOWN, 9 * SECOND, 1, STRIDE_REP_PHASE_NONE },
    { STRIDE_CUE_GO, 10 * SECOND, 0, STRIDE_REP_PHASE_NONE },
    { STRIDE_CUE_TEMPO_TICK, 10 * SECOND, 1, STRIDE_REP_PHASE_DOWN },
    { STRIDE_CUE_TEMPO_TICK, 12 * SECOND, 1, STRIDE_REP_PHASE_UP },
    { STRIDE_CUE_TEMPO_TICK, 14 * SECOND, 2, STRIDE_REP_PHASE_DOWN },
  };
  const StrideCue *last_rep;
  const StrideSegment *work;
  StrideRepPhase phase;
  double progress;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const StrideCue *cue = stride_plan_get_cue (plan, i);

      g_assert_cmpint (cue->kind, ==, expected[i].kind);
      g_assert_cmpint (cue->offset, ==, expected[i].offset);
      g_assert_cmpuint (cue->number, ==, expected[i].number);
      g_assert_cmpint (cue->phase, ==, expected[i].phase);
      g_assert_cmpstr (cue->exercise_id, ==, "squat");
    }

  /* The tenth squat starts 36 s into the set */
  last_rep = stride_plan_get_cue (plan, stride_plan_find_cue (plan, 46 * SECOND));
  g_assert_cmpint (last_rep->kind, ==, STRIDE_CUE_LAST_REP);
  g_assert_cmpint (last_rep->offset, ==, 46 * SECOND);
  g_assert_cmpuint (last_rep->number, ==, 10);

  /* The rep and its phase at any moment, for the counter and the figure */
  work = stride_plan_get_segment (plan, stride_plan_find_segment (plan, 15 * SECOND));
  g_assert_cmpint (work->kind, ==, STRIDE_SEGMENT_WORK);
  g_assert_cmpuint (stride_segment_get_rep_at (work, 15 * SECOND, &phase, &progress), ==, 2);
  g_assert_cmpint (phase, ==, STRIDE_REP_PHASE_DOWN);
  g_assert_cmpfloat_with_epsilon (progress, 0.25, 1e-9);
}

/* Two 30 s bridge holds with no rest, then one set of squats, no get
 * ready */
static StrideRoutine *
new_holds_routine (void)
{
  StrideRoutine *routine = stride_routine_new ("hold", "Holds");
  StrideRoutineItem *bridge = stride_routine_add_item (routine, "glute-bridge");
  StrideRoutineItem *squat = stride_routine_add_item (routine, "squat");

  bridge->reps = 0;
  bridge->hold_seconds = 30;
  bridge->sets = 2;
  bridge->rest_between_sets = 0;
  bridge->rest_after = 0;
  squat->sets = 1;
  stride_routine_set_get_ready (routine, 0);

  return routine;
}

static void
test_plan_zero_rest_and_hold (void)
{
  g_autoptr(StrideRoutine) routine = new_holds_routine ();
  g_autoptr(StridePlan) plan = NULL;
  const StrideCue *halfway;

  plan = stride_plan_new (routine, NULL);
  g_assert_nonnull (plan);
  g_assert_cmpuint (count_segments (plan, STRIDE_SEGMENT_REST), ==, 0);
  g_assert_cmpuint (count_segments (plan, STRIDE_SEGMENT_GET_READY), ==, 1);
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_REST), ==, 0);
  g_assert_cmpuint (count_cues (plan, STRIDE_CUE_HALFWAY), ==, 2);
  halfway = stride_plan_get_cue (plan, stride_plan_find_cue (plan, 1));
  g_assert_cmpint (halfway->kind, ==, STRIDE_CUE_HALFWAY);
  g_assert_cmpint (halfway->offset, ==, 15 * SECOND);
  /* Two holds back to back, then the squats */
  g_assert_cmpint (stride_plan_get_duration (plan), ==, 60 * SECOND + 10 * 4 * SECOND);
  g_assert_cmpuint (stride_plan_get_total_reps (plan), ==, 10);
}

static void
test_plan_weaker_side (void)
{
  g_autoptr(StrideRoutine) left = stride_routine_new_weaker_side (STRIDE_SIDE_LEFT);
  g_autoptr(StridePlan) plan = stride_plan_new (left, NULL);
  guint clamshell_left = 0, clamshell_right = 0, steps_left = 0, steps_right = 0;

  g_assert_cmpstr (stride_routine_get_name (left), ==, "Weaker side: left");
  for (guint i = 0; i < stride_plan_get_n_segments (plan); i++)
    {
      const StrideSegment *segment = stride_plan_get_segment (plan, i);

      if (segment->kind != STRIDE_SEGMENT_WORK)
        continue;
      if (g_strcmp0 (segment->exercise_id, "clamshell") == 0)
        *(segment->side == STRIDE_SIDE_LEFT ? &clamshell_left : &clamshell_right) += 1;
      if (g_strcmp0 (segment->exercise_id, "side-step") == 0)
        *(segment->side == STRIDE_SIDE_LEFT ? &steps_left : &steps_right) += 1;
    }

  /* One more set on the weaker side of one-sided exercises only */
  g_assert_cmpuint (clamshell_left, ==, 3);
  g_assert_cmpuint (clamshell_right, ==, 2);
  g_assert_cmpuint (steps_left, ==, 2);
  g_assert_cmpuint (steps_right, ==, 2);
  g_assert_cmpint (stride_plan_get_duration (plan), ==, (gint64) (stride_routine_get_seconds (left) * SECOND));
}

typedef struct
{
  StrideFakeClock *clock;
  gint64 origin;
  guint n_cues;
  guint n_segments;
  guint n_ticks;
  gboolean finished;
  /* Exactness: the worst difference between a cue's deadline, the clock
   * when it was emitted, and its planned offset */
  gint64 worst_error;
  const StrideCue *late_cue;
} Run;

static void
on_cue (StrideEngine    *engine,
        const StrideCue *cue,
        gint64           deadline,
        Run             *run)
{
  gint64 now = stride_clock_get_time (STRIDE_CLOCK (run->clock));
  gint64 error = MAX (ABS (now - deadline), ABS (deadline - (run->origin + cue->offset)));

  run->n_cues++;
  run->worst_error = MAX (run->worst_error, error);
}

static void
on_segment_changed (StrideEngine *engine,
                    guint         segment,
                    Run          *run)
{
  run->n_segments++;
}

static void
on_tick (StrideEngine *engine,
         gint64        remaining,
         Run          *run)
{
  run->n_ticks++;
}

static void
on_finished (StrideEngine *engine,
             Run          *run)
{
  run->finished = TRUE;
}

static StrideEngine *
new_engine (StrideRoutine *routine,
            Run           *run)
{
  g_autoptr(StridePlan) plan = stride_plan_new (routine, NULL);
  g_autoptr(StrideClock) clock = stride_fake_clock_new (1000 * SECOND);
  StrideEngine *engine = stride_engine_new (plan, clock);

  memset (run, 0, sizeof *run);
  run->clock = STRIDE_FAKE_CLOCK (clock);
  g_signal_connect (engine, "cue", G_CALLBACK (on_cue), run);
  g_signal_connect (engine, "segment-changed", G_CALLBACK (on_segment_changed), run);
  g_signal_connect (engine, "tick", G_CALLBACK (on_tick), run);
  g_signal_connect (engine, "finished", G_CALLBACK (on_finished), run);

  return engine;
}

static void
advance_by (Run    *run,
            gint64  delta)
{
  stride_fake_clock_advance_to (run->clock, stride_clock_get_time (STRIDE_CLOCK (run->clock)) + delta);
}

static void
test_engine_run (void)
{
  g_autoptr(StrideRoutine) quick = builtin ("quick");
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (quick, &run);
  StridePlan *plan = stride_engine_get_plan (engine);
  guint wakeups;

  run.origin = stride_clock_get_time (STRIDE_CLOCK (run.clock));
  stride_engine_start (engine);
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_RUNNING);

  /* The clock moves on in big jumps; the engine still fires every cue at
   * its own deadline */
  for (guint i = 0; i < 11 && !run.finished; i++)
    advance_by (&run, MINUTE);

  g_assert_true (run.finished);
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_FINISHED);
  g_assert_cmpuint (run.n_cues, ==, stride_plan_get_n_cues (plan));
  g_assert_cmpint (run.worst_error, ==, 0);
  g_assert_cmpuint (run.n_segments, ==, stride_plan_get_n_segments (plan));
  g_assert_cmpint (stride_engine_get_offset (engine), ==, stride_plan_get_duration (plan));

  /* It sleeps until the next event instead of polling: no more wake-ups
   * than there are cue times, segment starts and whole-second ticks */
  wakeups = stride_fake_clock_get_n_wakeups (run.clock);
  g_assert_cmpuint (wakeups, <=, stride_plan_get_n_cues (plan) + stride_plan_get_n_segments (plan)
                                 + stride_plan_get_duration (plan) / SECOND);
  g_assert_cmpuint (run.n_ticks, >=, stride_plan_get_duration (plan) / SECOND - stride_plan_get_n_segments (plan));

  {
    g_autoptr(JsonObject) session = stride_engine_dup_session (engine);

    g_assert_cmpfloat (json_object_get_double_member (session, "completion"), ==, 1.0);
    g_assert_cmpint (json_object_get_int_member (session, "duration"), ==, 600);
    g_assert_cmpuint (stride_session_count_sets (session), ==, 8);
  }
}

static void
test_engine_pause_resume (void)
{
  g_autoptr(StrideRoutine) full = builtin ("full");
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (full, &run);
  gint64 offset;

  run.origin = stride_clock_get_time (STRIDE_CLOCK (run.clock));
  stride_engine_start (engine);
  advance_by (&run, 30 * SECOND + 123);
  stride_engine_pause (engine);
  offset = stride_engine_get_offset (engine);
  g_assert_cmpint (offset, ==, 30 * SECOND + 123);

  /* An hour of pause: nothing happens, nothing is lost */
  {
    guint cues = run.n_cues;

    advance_by (&run, 60 * MINUTE);
    g_assert_cmpuint (run.n_cues, ==, cues);
    g_assert_cmpint (stride_engine_get_offset (engine), ==, offset);
  }

  /* Every later cue keeps its place: the origin moved by the pause
   * exactly, "resume" included */
  run.origin += 60 * MINUTE;
  stride_engine_resume (engine);
  advance_by (&run, 5 * MINUTE);
  g_assert_cmpint (run.worst_error, ==, 0);
  g_assert_cmpint (stride_engine_get_offset (engine), ==, offset + 5 * MINUTE);
}

/* A timed hold is recorded as the seconds held, one cut short with what
 * was held of it, in the session's entry for its exercise and side */
static void
test_engine_session_holds (void)
{
  g_autoptr(StrideRoutine) routine = new_holds_routine ();
  g_autoptr(JsonObject) session = NULL;
  StrideSessionSetIter iter;
  StrideSessionSet set;
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (routine, &run);

  stride_engine_start (engine);
  advance_by (&run, 40 * SECOND);
  stride_engine_stop (engine);
  session = stride_engine_dup_session (engine);

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (session, STRIDE_SESSION_EXERCISES)), ==, 1);
  stride_session_set_iter_init (&iter, session);
  for (guint number = 1; number <= 2; number++)
    {
      g_assert_true (stride_session_set_iter_next (&iter, &set));
      g_assert_cmpstr (set.exercise, ==, "glute-bridge");
      g_assert_cmpstr (set.variation, ==, "base");
      g_assert_null (set.side);
      g_assert_cmpuint (set.number, ==, number);
      g_assert_cmpint (set.hold_seconds, ==, number == 1 ? 30 : 10);
      g_assert_cmpint (set.reps, ==, 1);
      g_assert_cmpint (set.reps_planned, ==, -1);
    }
  /* The squats were never reached */
  g_assert_false (stride_session_set_iter_next (&iter, &set));
}

/* Whether anything is done counts the set under way, which the session
 * takes in only once the workout leaves it or stops: closing the window
 * asks about a workout by it */
static void
test_engine_has_done (void)
{
  g_autoptr(StrideRoutine) quick = builtin ("quick");
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (quick, &run);
  g_autoptr(JsonObject) during = NULL;
  g_autoptr(JsonObject) stopped = NULL;
  guint tenths = 0;

  g_assert_false (stride_engine_has_done (engine));
  stride_engine_start (engine);
  /* The get-ready and the first rep's way down and up */
  advance_by (&run, 11 * SECOND);
  g_assert_false (stride_engine_has_done (engine));

  while (!stride_engine_has_done (engine) && tenths++ < 100)
    advance_by (&run, SECOND / 10);
  g_assert_true (stride_engine_has_done (engine));
  during = stride_engine_dup_session (engine);
  g_assert_false (stride_session_has_done (during));

  stride_engine_pause (engine);
  g_assert_true (stride_engine_has_done (engine));
  stride_engine_stop (engine);
  stopped = stride_engine_dup_session (engine);
  g_assert_true (stride_session_has_done (stopped));
}

/* How much of a routine was done follows the reps the runner enters
 * after it, not only those the player counted: skipped through to the
 * end in seconds, then 118 of 120 reps entered, it is 98 %, not 1 % */
static void
test_plan_completion_as_entered (void)
{
  g_autoptr(StrideRoutine) quick = builtin ("quick");
  g_autoptr(StrideRoutine) holds = new_holds_routine ();
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (quick, &run);
  StridePlan *plan = stride_engine_get_plan (engine);
  g_autoptr(StridePlan) holds_plan = stride_plan_new (holds, NULL);
  g_autoptr(JsonObject) session = NULL;
  StrideSessionSetIter iter;
  StrideSessionSet set;
  guint n_sets = 0, last_reps = 0;
  double engine_completion;

  stride_engine_start (engine);
  while (stride_engine_get_state (engine) != STRIDE_ENGINE_FINISHED)
    stride_engine_next (engine);
  session = stride_engine_dup_session (engine);

  /* The player's own count reads the same either way */
  engine_completion = json_object_get_double_member (session, "completion");
  g_assert_cmpfloat (engine_completion, <, 0.05);
  g_assert_cmpfloat_with_epsilon (stride_plan_get_completion (plan, session), engine_completion, 1e-9);

  /* Every set in full, as entered */
  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      g_assert_cmpint (set.reps_planned, >, 0);
      stride_session_set_done (session, n_sets++, set.reps_planned);
      last_reps = set.reps_planned;
    }
  g_assert_cmpuint (n_sets, >, 2);
  g_assert_cmpfloat (stride_plan_get_completion (plan, session), ==, 1.0);

  /* Two reps short in the last set: most of it, not all */
  stride_session_set_done (session, n_sets - 1, last_reps - 2);
  g_assert_cmpfloat (stride_plan_get_completion (plan, session), >, 0.95);
  g_assert_cmpfloat (stride_plan_get_completion (plan, session), <, 0.995);

  /* More than planned counts as the set in full */
  stride_session_set_done (session, n_sets - 1, last_reps + 5);
  g_assert_cmpfloat (stride_plan_get_completion (plan, session), ==, 1.0);

  /* The sets of another routine say nothing of this one */
  g_assert_cmpfloat (stride_plan_get_completion (holds_plan, session), <, 0.0);

  /* The full routine, whose sides take turns set by set while a session
   * keeps each side's sets together: played to the end, all of it */
  {
    g_autoptr(StrideRoutine) full = builtin ("full");
    Run full_run;
    g_autoptr(StrideEngine) full_engine = new_engine (full, &full_run);
    g_autoptr(JsonObject) full_session = NULL;

    stride_engine_start (full_engine);
    for (guint i = 0; i < 40 && !full_run.finished; i++)
      advance_by (&full_run, 60 * SECOND);
    g_assert_true (full_run.finished);
    full_session = stride_engine_dup_session (full_engine);
    g_assert_cmpfloat (json_object_get_double_member (full_session, "completion"), ==, 1.0);
    g_assert_cmpfloat (stride_plan_get_completion (stride_engine_get_plan (full_engine), full_session), ==, 1.0);
  }
}

static void
test_engine_skip (void)
{
  g_autoptr(StrideRoutine) full = builtin ("full");
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (full, &run);
  StridePlan *plan = stride_engine_get_plan (engine);
  g_autoptr(JsonObject) session = NULL;
  StrideSessionSetIter iter;
  StrideSessionSet set;

  stride_engine_start (engine);
  g_assert_cmpuint (stride_engine_get_segment (engine), ==, 0);

  /* Skip the get ready: squats start at once */
  stride_engine_next (engine);
  g_assert_cmpuint (stride_engine_get_segment (engine), ==, 1);
  g_assert_cmpint (stride_engine_get_offset (engine), ==, stride_plan_get_segment (plan, 1)->start);

  /* Five squats, then go back: within two seconds of a start, back means
   * the segment before; later, the start of this one */
  advance_by (&run, 20 * SECOND + 1);
  stride_engine_previous (engine);
  g_assert_cmpuint (stride_engine_get_segment (engine), ==, 1);
  g_assert_cmpint (stride_engine_get_offset (engine), ==, 10 * SECOND);
  stride_engine_previous (engine);
  g_assert_cmpuint (stride_engine_get_segment (engine), ==, 0);

  /* Forward again, three squats, skip the rest of the set */
  stride_engine_next (engine);
  advance_by (&run, 12 * SECOND + 5);
  stride_engine_next (engine);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->kind, ==, STRIDE_SEGMENT_REST);

  /* Restarting a segment replays its cues */
  {
    guint cues = run.n_cues;

    stride_engine_restart_segment (engine);
    g_assert_cmpuint (run.n_cues, >, cues);
  }

  stride_engine_stop (engine);
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_STOPPED);
  session = stride_engine_dup_session (engine);
  stride_session_set_iter_init (&iter, session);

  /* The first squat set, cut short: the better of its two tries */
  g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpstr (set.exercise, ==, "squat");
  g_assert_cmpuint (set.number, ==, 1);
  g_assert_cmpint (set.reps, ==, 5);
  g_assert_cmpint (set.reps_planned, ==, 10);
  g_assert_cmpint (set.hold_seconds, ==, -1);
  g_assert_false (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), <, 0.05);
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), >, 0.0);
}

/* The seconds @session records as worked on @exercise_id and @side */
static gint64
get_worked (JsonObject *session,
            const char *exercise_id,
            const char *side)
{
  JsonArray *worked = json_object_get_array_member (session, STRIDE_SESSION_WORKED);

  for (guint i = 0; i < json_array_get_length (worked); i++)
    {
      JsonArray *entry = json_array_get_array_element (worked, i);

      g_assert_true (stride_session_worked_entry_is_valid (json_array_get_element (worked, i)));
      if (g_str_equal (json_array_get_string_element (entry, 0), exercise_id)
          && g_strcmp0 (json_array_get_string_element (entry, 1), side) == 0)
        return json_array_get_int_element (entry, 2);
    }

  return 0;
}

/* Skipped through the quick routine a few seconds at a time, as in the
 * report of a workout saved as its planned ten minutes: the session
 * records the time it really ran, and what of it went to each exercise
 * and side */
static void
test_engine_time_skipped (void)
{
  g_autoptr(StrideRoutine) quick = builtin ("quick");
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (quick, &run);
  StridePlan *plan = stride_engine_get_plan (engine);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonObject) session = NULL;
  gint64 ran = 0, worked = 0;
  GHashTableIter iter;
  gpointer key, value;

  stride_engine_start (engine);
  for (guint i = 0; i < 200 && !run.finished; i++)
    {
      const StrideSegment *segment = stride_plan_get_segment (plan, stride_engine_get_segment (engine));
      gint64 step = (1 + i % 3) * SECOND;

      /* Never past the segment's end: the time is all in it */
      step = MIN (step, segment->start + segment->duration - stride_engine_get_offset (engine));
      advance_by (&run, step);
      ran += step;
      if (segment->kind == STRIDE_SEGMENT_WORK)
        {
          g_autofree char *name = g_strdup_printf ("%s/%d", segment->exercise_id, segment->side);

          worked += step;
          g_hash_table_insert (expected, g_strdup (name),
                               GSIZE_TO_POINTER (GPOINTER_TO_SIZE (g_hash_table_lookup (expected, name)) + step / SECOND));
        }
      stride_engine_next (engine);
    }
  g_assert_true (run.finished);
  g_assert_cmpint (ran, <, 2 * MINUTE);

  session = stride_engine_dup_session (engine);
  g_assert_cmpint (json_object_get_int_member (session, "duration"), ==, ran / SECOND);
  g_assert_cmpint (stride_session_get_seconds_worked (session), ==, worked / SECOND);
  g_assert_cmpuint (g_hash_table_size (expected), >=, 4);
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, "/", 2);
      StrideSide side = atoi (parts[1]);

      g_assert_cmpint (get_worked (session, parts[0], side == STRIDE_SIDE_NONE ? NULL : side == STRIDE_SIDE_LEFT ? "left" : "right"),
                       ==, GPOINTER_TO_SIZE (value));
    }
  g_assert_cmpfloat (json_object_get_double_member (session, "completion"), <, 0.5);
}

/* Paused time is not worked time, and a workout stopped midway records
 * the time up to the stop */
static void
test_engine_time_paused (void)
{
  g_autoptr(StrideRoutine) quick = builtin ("quick");
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (quick, &run);
  StridePlan *plan = stride_engine_get_plan (engine);
  const StrideSegment *get_ready = stride_plan_get_segment (plan, 0);
  const StrideSegment *first = stride_plan_get_segment (plan, 1);
  g_autoptr(JsonObject) session = NULL;

  g_assert_cmpint (first->kind, ==, STRIDE_SEGMENT_WORK);
  g_assert_cmpint (first->duration, >, 20 * SECOND);

  stride_engine_start (engine);
  advance_by (&run, get_ready->duration + 12 * SECOND);
  stride_engine_pause (engine);
  advance_by (&run, 45 * MINUTE);
  /* Going back while paused takes no time either */
  stride_engine_restart_segment (engine);
  stride_engine_resume (engine);
  advance_by (&run, 8 * SECOND);
  stride_engine_stop (engine);
  advance_by (&run, 10 * MINUTE);

  session = stride_engine_dup_session (engine);
  g_assert_cmpint (json_object_get_int_member (session, "duration"), ==, get_ready->duration / SECOND + 20);
  g_assert_cmpint (stride_session_get_seconds_worked (session), ==, 20);
  g_assert_cmpint (get_worked (session, first->exercise_id, NULL), ==, 20);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (session, STRIDE_SESSION_WORKED)), ==, 1);
}

/* Where the quick routine's first set of reps starts */
static const StrideSegment *
first_work (StridePlan *plan)
{
  for (guint i = 0; i < stride_plan_get_n_segments (plan); i++)
    {
      const StrideSegment *segment = stride_plan_get_segment (plan, i);

      if (segment->kind == STRIDE_SEGMENT_WORK)
        return segment;
    }
  g_assert_not_reached ();
}

/* What counts as done is a rep or a second of a hold actually performed:
 * stopped a moment before the first rep ends, nothing was done; at its
 * end, one rep was. The same for the first second of a hold. */
static void
test_engine_done_boundaries (void)
{
  g_autoptr(StrideRoutine) quick = builtin ("quick");
  g_autoptr(StrideRoutine) holds = new_holds_routine ();
  struct {
    StrideRoutine *routine;
    gint64 extra;
    gboolean done;
  } cases[] = {
    { quick, -1, FALSE },
    { quick, 0, TRUE },
    { holds, -1, FALSE },
    { holds, 0, TRUE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Run run;
      g_autoptr(StrideEngine) engine = new_engine (cases[c].routine, &run);
      const StrideSegment *work = first_work (stride_engine_get_plan (engine));
      gint64 unit = work->reps > 0 ? stride_segment_get_rep_duration (work) : SECOND;
      g_autoptr(JsonObject) session = NULL;

      stride_engine_start (engine);
      advance_by (&run, work->start + unit + cases[c].extra);
      stride_engine_stop (engine);
      session = stride_engine_dup_session (engine);

      /* The set was begun either way */
      g_assert_cmpuint (stride_session_count_sets (session), ==, 1);
      g_assert_cmpint (stride_session_has_done (session), ==, cases[c].done);
      if (cases[c].done)
        g_assert_cmpfloat (json_object_get_double_member (session, "completion"), >, 0.0);
      else
        g_assert_cmpfloat (json_object_get_double_member (session, "completion"), ==, 0.0);
    }
}

static void
test_engine_hour (void)
{
  g_autoptr(StrideRoutine) routine = stride_routine_new ("long", "An hour");
  Run run;
  g_autoptr(StrideEngine) engine = NULL;
  StridePlan *plan;
  const StrideCue *late;
  guint index;

  /* Six exercises of ten holds of 50 s and rests of 10 s: an hour */
  stride_routine_set_get_ready (routine, 0);
  for (guint i = 0; i < 6; i++)
    {
      StrideRoutineItem *item = stride_routine_add_item (routine, "glute-bridge");

      item->sets = 10;
      item->reps = 0;
      item->hold_seconds = 50;
      item->rest_between_sets = 10;
      item->rest_after = 10;
    }
  engine = new_engine (routine, &run);
  plan = stride_engine_get_plan (engine);
  g_assert_cmpint (stride_plan_get_duration (plan), ==, 60 * MINUTE - 10 * SECOND);

  run.origin = stride_clock_get_time (STRIDE_CLOCK (run.clock));
  stride_engine_start (engine);

  /* Walk it second by second, as the app's display would */
  while (!run.finished)
    advance_by (&run, SECOND + 7);

  /* A cue 59 minutes in fired exactly at its planned offset */
  index = stride_plan_find_cue (plan, 59 * MINUTE);
  late = stride_plan_get_cue (plan, index);
  g_assert_cmpint (late->offset, >=, 59 * MINUTE);
  g_assert_cmpint (run.worst_error, ==, 0);
  g_assert_cmpuint (run.n_cues, ==, stride_plan_get_n_cues (plan));
}

/* What a runner hears, cue by cue, with the offset it was heard at */
typedef struct
{
  StrideCueKind kind;
  const char *exercise_id;
  StrideSide side;
  guint number;
  gint64 offset;
} Heard;

static void
on_cue_heard (StrideEngine    *engine,
              const StrideCue *cue,
              gint64           deadline,
              GArray          *heard)
{
  Heard h = { cue->kind, cue->exercise_id, cue->side, cue->number, stride_engine_get_offset (engine) };

  g_array_append_val (heard, h);
}

/* A routine as a runner makes it: clamshells on both sides in two sets,
 * a hold of the bridge, then squats */
static StrideRoutine *
new_user_routine (void)
{
  StrideRoutine *routine = stride_routine_new ("mine", "My routine");
  StrideRoutineItem *clamshell = stride_routine_add_item (routine, "clamshell");
  StrideRoutineItem *bridge = stride_routine_add_item (routine, "glute-bridge");
  StrideRoutineItem *squat = stride_routine_add_item (routine, "squat");

  clamshell->sets = 2;
  clamshell->reps = 3;
  clamshell->rest_between_sets = 20;
  clamshell->rest_after = 30;
  bridge->sets = 1;
  bridge->reps = 0;
  bridge->hold_seconds = 20;
  bridge->rest_after = 15;
  squat->sets = 1;
  squat->reps = 2;
  stride_routine_set_get_ready (routine, 10);
  stride_routine_set_switch_sides (routine, 5);

  return routine;
}

/* The announcement of the work now starting, heard since @from: its
 * exercise and side, at the start of the work and before its "go" */
static void
assert_announced (GArray              *heard,
                  guint                from,
                  const StrideSegment *work)
{
  guint announce = G_MAXUINT, go = G_MAXUINT;

  g_assert_cmpint (work->kind, ==, STRIDE_SEGMENT_WORK);
  for (guint i = from; i < heard->len; i++)
    {
      const Heard *h = &g_array_index (heard, Heard, i);

      /* "Switch sides" tells the side as well, in a switch reached by the clock */
      if ((h->kind == STRIDE_CUE_ANNOUNCE || h->kind == STRIDE_CUE_SWITCH_SIDES) && announce == G_MAXUINT)
        {
          announce = i;
          g_assert_cmpstr (h->exercise_id, ==, work->exercise_id);
          g_assert_cmpint (h->side, ==, work->side);
          g_assert_cmpuint (h->number, ==, work->set);
        }
      if (h->kind == STRIDE_CUE_GO && go == G_MAXUINT)
        go = i;
    }

  g_test_message ("%s, side %d, set %u: announced at %u, go at %u",
                  work->exercise_id, work->side, work->set, announce, go);
  g_assert_cmpuint (announce, !=, G_MAXUINT);
  g_assert_cmpuint (go, !=, G_MAXUINT);
  g_assert_cmpuint (announce, <, go);
  g_assert_cmpint (g_array_index (heard, Heard, announce).offset, <=, work->start);
}

static guint
count_heard (GArray        *heard,
             guint          from,
             StrideCueKind  kind)
{
  guint n = 0;

  for (guint i = from; i < heard->len; i++)
    n += g_array_index (heard, Heard, i).kind == kind;

  return n;
}

/* Every work is announced with its exercise, side and set, however the
 * runner got to it: by the clock, by skipping a rest or a switch, by
 * going back; each only once */
static void
test_engine_announce_every_way (void)
{
  g_autoptr(StrideRoutine) routine = new_user_routine ();
  g_autoptr(GArray) heard = g_array_new (FALSE, FALSE, sizeof (Heard));
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (routine, &run);
  StridePlan *plan = stride_engine_get_plan (engine);
  guint from;

  g_signal_connect (engine, "cue", G_CALLBACK (on_cue_heard), heard);
  stride_engine_start (engine);

  /* By the clock: the first work is announced in the get ready */
  advance_by (&run, 10 * SECOND);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->kind, ==, STRIDE_SEGMENT_WORK);
  assert_announced (heard, 0, stride_plan_get_segment (plan, stride_engine_get_segment (engine)));
  g_assert_cmpuint (count_heard (heard, 0, STRIDE_CUE_ANNOUNCE), ==, 1);

  /* Skipping the switch: the right side is told */
  stride_engine_next (engine);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->kind, ==, STRIDE_SEGMENT_SWITCH_SIDES);
  from = heard->len;
  stride_engine_next (engine);
  assert_announced (heard, from, stride_plan_get_segment (plan, stride_engine_get_segment (engine)));
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->side, ==, STRIDE_SIDE_RIGHT);

  /* Skipping the rest between sets: the second set is told */
  stride_engine_next (engine);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->kind, ==, STRIDE_SEGMENT_REST);
  from = heard->len;
  stride_engine_next (engine);
  assert_announced (heard, from, stride_plan_get_segment (plan, stride_engine_get_segment (engine)));
  g_assert_cmpuint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->set, ==, 2);

  /* By the clock through the switch: "switch sides" tells it, once */
  from = heard->len;
  advance_by (&run, 15 * SECOND);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->kind, ==, STRIDE_SEGMENT_SWITCH_SIDES);
  advance_by (&run, 5 * SECOND);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->side, ==, STRIDE_SIDE_RIGHT);
  assert_announced (heard, from, stride_plan_get_segment (plan, stride_engine_get_segment (engine)));
  g_assert_cmpuint (count_heard (heard, from, STRIDE_CUE_SWITCH_SIDES) + count_heard (heard, from, STRIDE_CUE_ANNOUNCE), ==, 1);

  /* From the rest into the next exercise: the bridge is told */
  stride_engine_next (engine);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->kind, ==, STRIDE_SEGMENT_REST);
  from = heard->len;
  stride_engine_next (engine);
  assert_announced (heard, from, stride_plan_get_segment (plan, stride_engine_get_segment (engine)));
  g_assert_cmpstr (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->exercise_id, ==, "glute-bridge");

  /* Going back to the start of the hold tells it again */
  advance_by (&run, 5 * SECOND);
  from = heard->len;
  stride_engine_previous (engine);
  assert_announced (heard, from, stride_plan_get_segment (plan, stride_engine_get_segment (engine)));
  g_assert_cmpuint (count_heard (heard, from, STRIDE_CUE_ANNOUNCE), ==, 1);

  /* Going back into the rest: the rest, then the bridge announced once
   * in it, not again when the hold starts */
  from = heard->len;
  stride_engine_previous (engine);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->kind, ==, STRIDE_SEGMENT_REST);
  advance_by (&run, 30 * SECOND + 1);
  g_assert_cmpint (stride_plan_get_segment (plan, stride_engine_get_segment (engine))->kind, ==, STRIDE_SEGMENT_WORK);
  g_assert_cmpuint (count_heard (heard, from, STRIDE_CUE_REST), ==, 1);
  g_assert_cmpuint (count_heard (heard, from, STRIDE_CUE_ANNOUNCE), ==, 1);
  assert_announced (heard, from, stride_plan_get_segment (plan, stride_engine_get_segment (engine)));

  /* Pausing and resuming say so, where the workout is */
  from = heard->len;
  stride_engine_pause (engine);
  advance_by (&run, MINUTE);
  g_assert_cmpuint (heard->len, ==, from + 1);
  g_assert_cmpint (g_array_index (heard, Heard, from).kind, ==, STRIDE_CUE_PAUSED);
  g_assert_cmpstr (g_array_index (heard, Heard, from).exercise_id, ==, "glute-bridge");
  stride_engine_resume (engine);
  g_assert_cmpuint (heard->len, >=, from + 2);
  g_assert_cmpint (g_array_index (heard, Heard, from + 1).kind, ==, STRIDE_CUE_RESUMED);

  /* Skipping to the end: the workout is done, and says so */
  from = heard->len;
  while (!run.finished)
    stride_engine_next (engine);
  g_assert_cmpuint (count_heard (heard, from, STRIDE_CUE_WORKOUT_DONE), ==, 1);
}

typedef struct
{
  StrideClock *clock;
  gint64 start;
  gint64 lead;
  guint n_ahead;
  guint n_wrong;
} Ahead;

static void
on_cue_ahead (StrideEngine    *engine,
              const StrideCue *cue,
              gint64           deadline,
              Ahead           *ahead)
{
  gint64 now = stride_clock_get_time (ahead->clock);

  /* Announced exactly the lead before its deadline, or at the start for
   * the cues of the first moments */
  ahead->n_ahead++;
  if (deadline - now != MIN (ahead->lead, deadline - ahead->start))
    ahead->n_wrong++;
}

static void
test_engine_cue_ahead (void)
{
  g_autoptr(StrideRoutine) quick = builtin ("quick");
  Run run;
  g_autoptr(StrideEngine) engine = new_engine (quick, &run);
  Ahead ahead = { STRIDE_CLOCK (run.clock), 0, 150 * 1000, 0, 0 };

  stride_engine_set_cue_lead (engine, ahead.lead);
  g_signal_connect (engine, "cue-ahead", G_CALLBACK (on_cue_ahead), &ahead);

  run.origin = ahead.start = stride_clock_get_time (STRIDE_CLOCK (run.clock));
  stride_engine_start (engine);
  while (!run.finished)
    advance_by (&run, 10 * SECOND);

  g_assert_cmpuint (ahead.n_ahead, ==, stride_plan_get_n_cues (stride_engine_get_plan (engine)));
  g_assert_cmpuint (ahead.n_wrong, ==, 0);
  g_assert_cmpint (run.worst_error, ==, 0);
}

typedef struct
{
  StrideClock *clock;
  gint64 at;
} FinishedAt;

static void
on_finished_at (StrideEngine *engine,
                FinishedAt   *finished)
{
  finished->at = stride_clock_get_time (finished->clock);
}

/* A self-test's hold is a plan too: a countdown to get into position,
 * then the hold, with the test's own cues. Started a cue lead ahead, even
 * its first sound (at offset 0) is scheduled in time to start on time. */
static void
test_engine_self_test_hold (void)
{
  const StrideSelfTestStep *step = stride_self_test_get_step (STRIDE_SELF_TEST_BRIDGE, 2);
  g_autoptr(GArray) cues = stride_self_test_step_get_cues (step, STRIDE_SELF_TEST_BRIDGE);
  g_autoptr(StridePlan) plan = stride_plan_new_for_hold (step, STRIDE_SELF_TEST_BRIDGE);
  g_autoptr(StrideClock) clock = stride_fake_clock_new (1000 * SECOND);
  g_autoptr(StrideEngine) engine = stride_engine_new (plan, clock);
  gint64 go = step->get_ready_seconds * SECOND;
  gint64 lead = 150 * 1000;
  Ahead ahead = { clock, 0, lead, 0, 0 };
  Run run = { STRIDE_FAKE_CLOCK (clock), };
  FinishedAt finished_at = { clock, -1 };

  g_assert_null (stride_plan_get_routine (plan));
  g_assert_cmpuint (stride_plan_get_n_segments (plan), ==, 3);
  g_assert_cmpint (stride_plan_get_segment (plan, 0)->kind, ==, STRIDE_SEGMENT_GET_READY);
  g_assert_cmpint (stride_plan_get_segment (plan, 0)->duration, ==, go);
  g_assert_cmpint (stride_plan_get_segment (plan, 1)->kind, ==, STRIDE_SEGMENT_WORK);
  g_assert_cmpint (stride_plan_get_segment (plan, 1)->start, ==, go);
  g_assert_cmpuint (stride_plan_get_segment (plan, 1)->reps, ==, 0);
  g_assert_cmpint (stride_plan_get_segment (plan, 2)->kind, ==, STRIDE_SEGMENT_DONE);
  g_assert_cmpint (stride_plan_get_duration (plan), ==, go + step->hold_seconds * SECOND);
  g_assert_cmpuint (stride_plan_get_n_cues (plan), ==, cues->len);
  for (guint i = 0; i < cues->len; i++)
    {
      g_assert_cmpint (stride_plan_get_cue (plan, i)->kind, ==, g_array_index (cues, StrideCue, i).kind);
      g_assert_cmpint (stride_plan_get_cue (plan, i)->offset, ==, g_array_index (cues, StrideCue, i).offset);
    }

  stride_engine_set_cue_lead (engine, lead);
  g_signal_connect (engine, "cue", G_CALLBACK (on_cue), &run);
  g_signal_connect (engine, "cue-ahead", G_CALLBACK (on_cue_ahead), &ahead);
  g_signal_connect (engine, "tick", G_CALLBACK (on_tick), &run);
  g_signal_connect (engine, "finished", G_CALLBACK (on_finished), &run);
  g_signal_connect (engine, "finished", G_CALLBACK (on_finished_at), &finished_at);

  /* Every cue, the first one too, goes out exactly one lead ahead */
  ahead.start = stride_clock_get_time (clock);
  run.origin = ahead.start + lead;
  stride_engine_start_in (engine, lead);
  g_assert_cmpuint (ahead.n_ahead, ==, 1);
  g_assert_cmpuint (run.n_cues, ==, 0);
  g_assert_cmpint (stride_engine_get_offset (engine), ==, -lead);

  while (!run.finished)
    advance_by (&run, SECOND / 4);

  g_assert_cmpuint (ahead.n_ahead, ==, cues->len);
  g_assert_cmpuint (ahead.n_wrong, ==, 0);
  g_assert_cmpuint (run.n_cues, ==, cues->len);
  g_assert_cmpint (run.worst_error, ==, 0);
  g_assert_cmpuint (run.n_ticks, ==, step->get_ready_seconds + step->hold_seconds - 2);
  g_assert_cmpint (finished_at.at, ==, run.origin + stride_plan_get_duration (plan));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/routine/builtins", test_routine_builtins);
  g_test_add_func ("/stride/routine/validation", test_routine_validation);
  g_test_add_func ("/stride/routine/single-exercise", test_routine_single_exercise);
  g_test_add_func ("/stride/routine/json", test_routine_json);
  g_test_add_func ("/stride/plan/full", test_plan_full);
  g_test_add_func ("/stride/plan/first-cues", test_plan_first_cues);
  g_test_add_func ("/stride/plan/next-work", test_plan_next_work);
  g_test_add_func ("/stride/plan/zero-rest-and-hold", test_plan_zero_rest_and_hold);
  g_test_add_func ("/stride/plan/weaker-side", test_plan_weaker_side);
  g_test_add_func ("/stride/plan/completion-as-entered", test_plan_completion_as_entered);
  g_test_add_func ("/stride/engine/run", test_engine_run);
  g_test_add_func ("/stride/engine/pause-resume", test_engine_pause_resume);
  g_test_add_func ("/stride/engine/announce-every-way", test_engine_announce_every_way);
  g_test_add_func ("/stride/engine/skip", test_engine_skip);
  g_test_add_func ("/stride/engine/session-holds", test_engine_session_holds);
  g_test_add_func ("/stride/engine/has-done", test_engine_has_done);
  g_test_add_func ("/stride/engine/time-skipped", test_engine_time_skipped);
  g_test_add_func ("/stride/engine/time-paused", test_engine_time_paused);
  g_test_add_func ("/stride/engine/done-boundaries", test_engine_done_boundaries);
  g_test_add_func ("/stride/engine/hour", test_engine_hour);
  g_test_add_func ("/stride/engine/cue-ahead", test_engine_cue_ahead);
  g_test_add_func ("/stride/engine/self-test-hold", test_engine_self_test_hold);

  return g_test_run ();
}
