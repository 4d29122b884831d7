/* stride-cue.h
 *
 * What a workout tells the runner, and when: the plan puts cues at exact
 * offsets, the engine fires them at their deadlines, and the audio layer
 * turns each into a sound or a spoken word.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  STRIDE_CUE_ANNOUNCE,        /* get ready: names the exercise and side */
  STRIDE_CUE_COUNTDOWN,       /* a countdown pip; number is 3, 2 or 1 */
  STRIDE_CUE_GO,              /* work starts */
  STRIDE_CUE_TEMPO_TICK,      /* a phase of a rep: number is the rep, phase below */
  STRIDE_CUE_LAST_REP,        /* the last rep of the set starts */
  STRIDE_CUE_HALFWAY,         /* halfway through a hold */
  STRIDE_CUE_REST,            /* rest starts */
  STRIDE_CUE_SWITCH_SIDES,    /* change to the other side */
  STRIDE_CUE_EXERCISE_DONE,   /* the last set of an exercise is done */
  STRIDE_CUE_WORKOUT_DONE,    /* the routine is done */
  STRIDE_CUE_PAUSED,          /* the runner paused the workout */
  STRIDE_CUE_RESUMED,         /* the runner resumed it */
} StrideCueKind;

#define STRIDE_CUE_N_KINDS (STRIDE_CUE_RESUMED + 1)

typedef enum
{
  STRIDE_REP_PHASE_NONE,
  STRIDE_REP_PHASE_DOWN,      /* lowering, or the effort away from the start */
  STRIDE_REP_PHASE_HOLD,
  STRIDE_REP_PHASE_UP,        /* back to the start */
} StrideRepPhase;

typedef enum
{
  STRIDE_SIDE_NONE,
  STRIDE_SIDE_LEFT,
  STRIDE_SIDE_RIGHT,
} StrideSide;

#define STRIDE_TYPE_CUE (stride_cue_get_type ())

typedef struct
{
  StrideCueKind  kind;
  /* Microseconds from the start of the workout */
  gint64         offset;
  /* The countdown number, the rep (from 1) of a tempo tick, or the set
   * (from 1) that an announcement or a switch of sides leads to */
  guint          number;
  StrideRepPhase phase;
  /* The exercise the cue belongs to (a catalog ID), and its side */
  const char    *exercise_id;
  StrideSide     side;
  /* For an announcement: how many sets the exercise has */
  guint          n_sets;
} StrideCue;

GType       stride_cue_get_type        (void) G_GNUC_CONST;
StrideCue  *stride_cue_copy            (const StrideCue *cue);
void        stride_cue_free            (StrideCue       *cue);
const char *stride_cue_kind_get_nick   (StrideCueKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideCue, stride_cue_free)

G_END_DECLS
