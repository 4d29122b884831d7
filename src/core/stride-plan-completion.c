/* stride-plan-completion.c
 *
 * How much of a routine's planned work a session's sets did. The player
 * works it out when a workout ends, from the reps it counted; the runner
 * may then enter reps it did not count, and the share follows them: a
 * routine skipped through in seconds and done in full, as entered, is
 * done in full, not 1 % done. One way of counting for both, here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-plan-completion.h"
#include "stride-session-sets.h"

#define SECOND G_GINT64_CONSTANT (1000000)

/**
 * stride_segment_get_side_name:
 *
 * Returns: (nullable): the name a set's side has in a session, "left" or
 *   "right", or %NULL for both or none
 */
const char *
stride_segment_get_side_name (const StrideSegment *segment)
{
  switch (segment->side)
    {
    case STRIDE_SIDE_LEFT:
      return STRIDE_SESSION_SIDE_LEFT;
    case STRIDE_SIDE_RIGHT:
      return STRIDE_SESSION_SIDE_RIGHT;
    case STRIDE_SIDE_NONE:
    default:
      return NULL;
    }
}

/* Whether @set is the one the player recorded for @segment */
static gboolean
set_is_of (const StrideSessionSet *set,
           const StrideSegment    *segment)
{
  return g_strcmp0 (set->exercise, segment->exercise_id) == 0
         && set->number == segment->set
         && g_strcmp0 (set->side, stride_segment_get_side_name (segment)) == 0
         && (set->hold_seconds >= 0) == (segment->reps == 0);
}

/**
 * stride_plan_get_completion:
 * @session: a session of this plan, its sets as done
 *
 * The part of the plan's work that @session's sets did, weighted by the
 * time each takes: a rep by its tempo, a hold by its seconds, no more
 * than planned of either. The player records the sets it reached, in the
 * plan's order; sets it never reached count as not done.
 *
 * Returns: the part done, 0 to 1, or -1 if @session's sets are not this
 *   plan's
 */
double
stride_plan_get_completion (StridePlan *self,
                            JsonObject *session)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;
  gboolean has_set;
  gint64 planned = 0, done = 0;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (session != NULL, -1);

  stride_session_set_iter_init (&iter, session);
  has_set = stride_session_set_iter_next (&iter, &set);

  for (guint i = 0; i < stride_plan_get_n_segments (self); i++)
    {
      const StrideSegment *segment = stride_plan_get_segment (self, i);

      if (segment->kind != STRIDE_SEGMENT_WORK)
        continue;

      planned += segment->duration;
      if (!has_set)
        continue;
      if (!set_is_of (&set, segment))
        return -1;

      if (segment->reps > 0)
        done += MIN (set.reps, (gint64) segment->reps) * stride_segment_get_rep_duration (segment);
      else
        done += MIN (set.hold_seconds * SECOND, segment->duration);
      has_set = stride_session_set_iter_next (&iter, &set);
    }

  /* Sets left over belong to another plan */
  if (has_set)
    return -1;

  return planned > 0 ? CLAMP ((double) done / planned, 0.0, 1.0) : 0.0;
}
