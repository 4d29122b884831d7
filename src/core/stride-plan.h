/* stride-plan.h
 *
 * A routine compiled into a flat timeline: segments (get ready, work,
 * rest, switch sides, done) and cues at exact offsets from the start, in
 * microseconds, with the total duration and reps known up front. A
 * self-test's timed hold is laid out the same way, so that one engine
 * runs both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-cue.h"
#include "stride-routine.h"
#include "stride-self-test.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_SEGMENT_GET_READY,
  STRIDE_SEGMENT_WORK,
  STRIDE_SEGMENT_REST,
  STRIDE_SEGMENT_SWITCH_SIDES,
  STRIDE_SEGMENT_DONE,
} StrideSegmentKind;

typedef struct
{
  StrideSegmentKind kind;
  gint64            start;
  gint64            duration;
  /* The routine item the segment belongs to; for a get ready, a switch
   * or a rest, the item that comes next */
  guint             item;
  const char       *exercise_id;
  gboolean          harder;
  /* Set number from 1, of n_sets (an extra weaker-side set counts) */
  guint             set;
  guint             n_sets;
  StrideSide        side;
  /* Planned reps, or 0 for a hold of the whole segment */
  guint             reps;
  gint64            tempo_down;
  gint64            tempo_hold;
  gint64            tempo_up;
  /* For a work: the offset of the cue that announces it (in the get
   * ready, rest or switch before it), or -1 when nothing before it does */
  gint64            announced_at;
} StrideSegment;

#define STRIDE_TYPE_PLAN (stride_plan_get_type ())

typedef struct _StridePlan StridePlan;

GType                stride_plan_get_type         (void) G_GNUC_CONST;
StridePlan          *stride_plan_new              (StrideRoutine  *routine,
                                                   GError        **error);
StridePlan          *stride_plan_new_for_hold     (const StrideSelfTestStep *step,
                                                   StrideSelfTestKind        kind);
StridePlan          *stride_plan_ref              (StridePlan     *self);
void                 stride_plan_unref            (StridePlan     *self);

StrideRoutine       *stride_plan_get_routine      (StridePlan     *self);
gint64               stride_plan_get_duration     (StridePlan     *self);
guint                stride_plan_get_total_reps   (StridePlan     *self);
guint                stride_plan_get_n_segments   (StridePlan     *self);
const StrideSegment *stride_plan_get_segment      (StridePlan     *self,
                                                   guint           index);
guint                stride_plan_find_segment     (StridePlan     *self,
                                                   gint64          offset);
guint                stride_plan_find_next_work   (StridePlan   *self,
                                                     guint         index);
guint                stride_plan_get_n_cues       (StridePlan     *self);
const StrideCue     *stride_plan_get_cue          (StridePlan     *self,
                                                   guint           index);
guint                stride_plan_find_cue         (StridePlan     *self,
                                                   gint64          offset);
gboolean             stride_plan_get_announcement (StridePlan     *self,
                                                   guint           segment,
                                                   StrideCue      *cue);

gint64               stride_segment_get_rep_duration (const StrideSegment *segment);
guint                stride_segment_get_rep_at       (const StrideSegment *segment,
                                                      gint64               offset,
                                                      StrideRepPhase      *phase,
                                                      double              *rep_progress);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StridePlan, stride_plan_unref)

G_END_DECLS
