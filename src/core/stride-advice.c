/* stride-advice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-advice.h"
#include "stride-catalog.h"
#include "stride-record.h"
#include "stride-session.h"
#include "stride-session-sets.h"

typedef struct
{
  gint64      time;
  JsonObject *record;
} TimedRecord;

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const TimedRecord *x = a, *y = b;

  return (x->time < y->time) - (x->time > y->time);
}

/* The records with a readable @member time, newest first. Records
 * without one cannot be placed among the others and are left out. */
static GArray *
sort_newest_first (GPtrArray  *records,
                   const char *member)
{
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (TimedRecord), records->len);

  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(GDateTime) time = stride_record_dup_time (records->pdata[i], member);
      TimedRecord entry;

      if (time == NULL)
        continue;

      entry.time = g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
      entry.record = records->pdata[i];
      g_array_append_val (sorted, entry);
    }

  /* g_array_sort() is stable: records started at the same moment keep
   * their order */
  g_array_sort (sorted, compare_newest_first);

  return sorted;
}

static gboolean
has_session_pain (GPtrArray *sessions)
{
  g_autoptr(GArray) sorted = sort_newest_first (sessions, STRIDE_SESSION_STARTED);
  guint with_pain = 0;

  for (guint i = 0; i < MIN (sorted->len, STRIDE_ADVICE_PAIN_WINDOW); i++)
    if (stride_session_has_pain (g_array_index (sorted, TimedRecord, i).record))
      with_pain++;

  return with_pain >= STRIDE_ADVICE_PAIN_SESSIONS;
}

static gboolean
has_self_test_pain (GPtrArray *results)
{
  g_autoptr(GPtrArray) known = g_ptr_array_new ();
  g_autoptr(GArray) sorted = NULL;

  for (guint i = 0; i < results->len; i++)
    if (stride_result_get_test (results->pdata[i]) != STRIDE_RECORD_TEST_UNKNOWN)
      g_ptr_array_add (known, results->pdata[i]);

  sorted = sort_newest_first (known, "taken");
  if (sorted->len == 0)
    return FALSE;

  return stride_result_get_answer (g_array_index (sorted, TimedRecord, 0).record,
                                   STRIDE_ANSWER_KEY_PAIN) == STRIDE_ANSWER_YES;
}

/**
 * stride_advice_get_specialist_reason:
 * @sessions: (element-type JsonObject): sessions as stored, in any order
 * @results: (element-type JsonObject): self-test results as stored
 *
 * The guide's "When to See a Specialist": pain that keeps coming back in
 * the workouts, or pain during a self-test. The advice stays due for as
 * long as the latest sessions or the latest self-test report pain.
 *
 * Returns: why a physical therapist or orthopedic specialist should be
 *   seen, or %STRIDE_SPECIALIST_REASON_NONE
 */
StrideSpecialistReason
stride_advice_get_specialist_reason (GPtrArray *sessions,
                                     GPtrArray *results)
{
  StrideSpecialistReason reason = STRIDE_SPECIALIST_REASON_NONE;

  g_return_val_if_fail (sessions != NULL, STRIDE_SPECIALIST_REASON_NONE);
  g_return_val_if_fail (results != NULL, STRIDE_SPECIALIST_REASON_NONE);

  if (has_session_pain (sessions))
    reason |= STRIDE_SPECIALIST_REASON_SESSION_PAIN;
  if (has_self_test_pain (results))
    reason |= STRIDE_SPECIALIST_REASON_SELF_TEST_PAIN;

  return reason;
}

typedef enum
{
  ABSENT,      /* the session does not have the exercise */
  AT_TOP,      /* base variation, every set and side at the top, easy */
  NOT_AT_TOP,
} SessionVerdict;

/* Whether @session did @exercise_id at the top of @dose: every set of it
 * at the base variation with at least dose->max reps, and for a dose per
 * side or direction both sides done; a set without a side counts for
 * both, as the schema says. The effort is the session's, and so is the
 * pain: a session that reported pain is never at the top. */
static SessionVerdict
judge_session (JsonObject       *session,
               const char       *exercise_id,
               const StrideDose *dose)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;
  gboolean found = FALSE, at_top = TRUE;
  /* Sets of it recorded with nothing done, if none was, are a workout
   * that stopped or was skipped through before the exercise */
  gboolean left = FALSE, right = FALSE;
  int effort;

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      if (!g_str_equal (set.exercise, exercise_id))
        continue;
      found = found || stride_session_set_is_done (&set);

      if (set.variation != NULL && !g_str_equal (set.variation, STRIDE_SESSION_VARIATION_BASE))
        at_top = FALSE;
      if (set.reps < (gint64) dose->max)
        at_top = FALSE;

      if (set.side == NULL || g_str_equal (set.side, STRIDE_SESSION_SIDE_LEFT))
        left = TRUE;
      if (set.side == NULL || g_str_equal (set.side, STRIDE_SESSION_SIDE_RIGHT))
        right = TRUE;
    }

  if (!found)
    return ABSENT;

  if (stride_dose_get_n_sides (dose) > 1 && !(left && right))
    at_top = FALSE;

  effort = stride_session_get_effort (session);
  if (effort < 1 || effort > STRIDE_ADVICE_EASY_EFFORT)
    at_top = FALSE;

  /* Pain is no time to make anything harder, wherever it was felt */
  if (stride_session_has_pain (session))
    at_top = FALSE;

  return at_top ? AT_TOP : NOT_AT_TOP;
}

static gboolean
is_ready_for_harder (GArray           *sorted,
                     const char       *exercise_id,
                     const StrideDose *dose)
{
  guint at_top = 0;

  /* The latest sessions that have the exercise, newest first: one that
   * did not reach the top ends the run */
  for (guint i = 0; i < sorted->len; i++)
    {
      switch (judge_session (g_array_index (sorted, TimedRecord, i).record, exercise_id, dose))
        {
        case ABSENT:
          continue;
        case AT_TOP:
          if (++at_top == STRIDE_ADVICE_SESSIONS_AT_TOP)
            return TRUE;
          continue;
        case NOT_AT_TOP:
        default:
          return FALSE;
        }
    }

  return FALSE;
}

/**
 * stride_advice_list_progressions:
 * @sessions: (element-type JsonObject): sessions as stored, in any order
 *
 * The guide's progression: an exercise whose rep range was topped at an
 * effort of 6 or less, without pain, in the last two sessions that had
 * it is ready for its "make it harder" variation. Sessions that did it
 * at the harder variation already, left a set or a side short, or
 * reported pain end the run.
 *
 * Returns: (transfer full): the catalog IDs of the exercises to suggest
 *   the harder variation of, in the catalog's order; empty, never %NULL
 */
GStrv
stride_advice_list_progressions (GPtrArray *sessions)
{
  GListModel *exercises = stride_catalog_get_exercises (stride_catalog_get_default ());
  g_autoptr(GStrvBuilder) ready = g_strv_builder_new ();
  g_autoptr(GArray) sorted = NULL;

  g_return_val_if_fail (sessions != NULL, NULL);

  sorted = sort_newest_first (sessions, STRIDE_SESSION_STARTED);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(StrideExercise) exercise = g_list_model_get_item (exercises, i);
      const StrideDose *dose = stride_exercise_get_dose (exercise);

      if (dose == NULL || stride_exercise_get_harder (exercise) == NULL)
        continue;

      if (is_ready_for_harder (sorted, stride_exercise_get_id (exercise), dose))
        g_strv_builder_add (ready, stride_exercise_get_id (exercise));
    }

  return g_strv_builder_end (ready);
}
