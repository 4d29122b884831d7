/* stride-consistency.h
 *
 * How consistent the weeks were: sessions per day over a stretch of days,
 * for the calendar of the Progress area, and a forgiving weekly score,
 * "goal met in 7 of the last 8 weeks", so that one missed week is not a
 * fall back to nothing the way a broken streak is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "stride-stats.h"

G_BEGIN_DECLS

/* The weeks the score looks back over */
#define STRIDE_CONSISTENCY_SCORE_WEEKS 8

typedef struct
{
  /* The day, as a GDate julian day number in the time zone counted in */
  guint32 day;
  /* Sessions started that day, a partly done one counting as one */
  guint   sessions;
  /* How many of them were partly done */
  guint   partial;
} StrideDaySessions;

typedef struct
{
  /* Weeks in the score that reached the goal's minimum */
  guint      met;
  /* Weeks in the score: up to STRIDE_CONSISTENCY_SCORE_WEEKS, none before
   * the week of the first session; 0 without any session */
  guint      weeks;
  /* The score's first and last week. The last is this week once it has
   * met the goal, last week until then */
  StrideWeek first;
  StrideWeek last;
  /* This week is in the score, because it met the goal */
  gboolean   includes_this_week;
} StrideWeeklyScore;

guint32  stride_consistency_get_day         (GDateTime          *time,
                                             GTimeZone          *time_zone);
GArray  *stride_consistency_count_days      (GPtrArray          *sessions,
                                             GTimeZone          *time_zone,
                                             guint32             first_day,
                                             guint32             last_day);
void     stride_consistency_get_score       (StrideStats        *stats,
                                             GDateTime          *now,
                                             guint               goal_min,
                                             StrideWeeklyScore  *score);

G_END_DECLS
