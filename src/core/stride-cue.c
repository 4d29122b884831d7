/* stride-cue.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-cue.h"

G_DEFINE_BOXED_TYPE (StrideCue, stride_cue, stride_cue_copy, stride_cue_free)

/* exercise_id points into the static catalog, so a shallow copy is whole */
StrideCue *
stride_cue_copy (const StrideCue *cue)
{
  g_return_val_if_fail (cue != NULL, NULL);

  return g_memdup2 (cue, sizeof *cue);
}

void
stride_cue_free (StrideCue *cue)
{
  g_free (cue);
}

/**
 * stride_cue_kind_get_nick:
 *
 * Returns: a stable name for @kind, for logs, tests and file names
 */
const char *
stride_cue_kind_get_nick (StrideCueKind kind)
{
  switch (kind)
    {
    case STRIDE_CUE_ANNOUNCE:
      return "announce";
    case STRIDE_CUE_COUNTDOWN:
      return "countdown";
    case STRIDE_CUE_GO:
      return "go";
    case STRIDE_CUE_TEMPO_TICK:
      return "tempo-tick";
    case STRIDE_CUE_LAST_REP:
      return "last-rep";
    case STRIDE_CUE_HALFWAY:
      return "halfway";
    case STRIDE_CUE_REST:
      return "rest";
    case STRIDE_CUE_SWITCH_SIDES:
      return "switch-sides";
    case STRIDE_CUE_EXERCISE_DONE:
      return "exercise-done";
    case STRIDE_CUE_WORKOUT_DONE:
      return "workout-done";
    case STRIDE_CUE_PAUSED:
      return "paused";
    case STRIDE_CUE_RESUMED:
      return "resumed";
    default:
      g_return_val_if_reached (NULL);
    }
}
