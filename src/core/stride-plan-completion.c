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

/* A set's place in a routine: its exercise and variation, side and
 * number. A session keeps each exercise's and side's sets together, while
 * the plan takes the sides in turn, set by set: sets are found by this,
 * not by their order. */
static char *
dup_key (const char *exercise,
         gboolean    harder,
         const char *side,
         guint       number,
         gboolean    hold)
{
  return g_strdup_printf ("%s/%d/%s/%u/%d", exercise, harder, side != NULL ? side : "", number, hold);
}

/**
 * stride_plan_get_completion:
 * @session: a session of this plan, its sets as done
 *
 * The part of the plan's work that @session's sets did, weighted by the
 * time each takes: a rep by its tempo, a hold by its seconds, no more
 * than planned of either. The player records the sets it reached; sets
 * it never reached count as not done.
 *
 * Returns: the part done, 0 to 1, or -1 if @session has a set this plan
 *   does not
 */
double
stride_plan_get_completion (StridePlan *self,
                            JsonObject *session)
{
  g_autoptr(GHashTable) done_by_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  StrideSessionSetIter iter;
  StrideSessionSet set;
  gint64 planned = 0, done = 0;
  guint found = 0;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (session != NULL, -1);

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      gboolean hold = set.hold_seconds >= 0;
      gint64 amount = hold ? set.hold_seconds : set.reps;

      g_hash_table_insert (done_by_set,
                           dup_key (set.exercise, g_strcmp0 (set.variation, STRIDE_SESSION_VARIATION_HARDER) == 0,
                                    set.side, set.number, hold),
                           GINT_TO_POINTER ((int) CLAMP (amount, 0, G_MAXINT)));
    }

  for (guint i = 0; i < stride_plan_get_n_segments (self); i++)
    {
      const StrideSegment *segment = stride_plan_get_segment (self, i);
      g_autofree char *key = NULL;
      gpointer value;

      if (segment->kind != STRIDE_SEGMENT_WORK)
        continue;

      planned += segment->duration;
      key = dup_key (segment->exercise_id, segment->harder, stride_segment_get_side_name (segment), segment->set,
                     segment->reps == 0);
      if (!g_hash_table_lookup_extended (done_by_set, key, NULL, &value))
        continue;

      found++;
      if (segment->reps > 0)
        done += MIN (GPOINTER_TO_INT (value), (gint64) segment->reps) * stride_segment_get_rep_duration (segment);
      else
        done += MIN (GPOINTER_TO_INT (value) * SECOND, segment->duration);
    }

  /* A set left over belongs to another plan */
  if (found < g_hash_table_size (done_by_set))
    return -1;

  return planned > 0 ? CLAMP ((double) done / planned, 0.0, 1.0) : 0.0;
}
