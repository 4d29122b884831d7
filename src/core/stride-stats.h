/* stride-stats.h
 *
 * What the progress charts show, computed once from the stored sessions
 * and self-test results: sessions and reps per ISO week on a continuous
 * axis, the self-test timeline, pain over time, and the weekly goal with
 * its streak. Weeks and days are those of one time zone (the user's,
 * unless a test gives another). A StrideStats never changes; compute a
 * new one when the store does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "stride-record.h"
#include "stride-session-pain.h"
#include "stride-week.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_STATS (stride_stats_get_type ())

G_DECLARE_FINAL_TYPE (StrideStats, stride_stats, STRIDE, STATS, GObject)

/* How far back a chart looks */
typedef enum
{
  STRIDE_STATS_RANGE_4_WEEKS,   /* this week and the 3 before it */
  STRIDE_STATS_RANGE_3_MONTHS,  /* from the week of the same day 3 months ago */
  STRIDE_STATS_RANGE_YEAR,      /* from the week of the same day a year ago */
  STRIDE_STATS_RANGE_ALL,       /* from the first week with a session */
} StrideStatsRange;

typedef struct
{
  StrideWeek week;
  /* Sessions started that week, a partly done one counting as one */
  guint      sessions;
  /* How many of them were partly done */
  guint      partial;
  /* Seconds spent on the exercises in them, as far as they recorded it */
  gint64     seconds_worked;
} StrideWeekSessions;

typedef struct
{
  /* When it was taken, in the stats' time zone */
  GDateTime     *taken;
  StrideRecordTest test;
  StrideOutcome  outcome;
  /* The squat test's answers; UNKNOWN for the bridge */
  StrideAnswer   depth;
  StrideAnswer   fell_backward;
  /* The bridge test's answers: did the hips drop with that foot lifted */
  StrideAnswer   left_dropped;
  StrideAnswer   right_dropped;
  StrideAnswer   pain;
} StrideSelfTestPoint;

typedef enum
{
  STRIDE_PAIN_SOURCE_SESSION,
  STRIDE_PAIN_SOURCE_SELF_TEST,
} StridePainSource;

/* One area that hurt, or a self-test that hurt (area NONE, side
 * UNSPECIFIED): a session reporting hip and knee gives two */
typedef struct
{
  /* When the session started or the test was taken, in the stats' zone */
  GDateTime       *when;
  StridePainSource source;
  StridePainArea   area;
  StridePainSide   side;
} StridePainPoint;

typedef struct
{
  /* The week "now" is in, its sessions so far and how many of them were
   * partly done */
  StrideWeek week;
  guint      sessions;
  guint      partial;
  guint      goal_min;
  guint      goal_max;
  /* This week's sessions reached goal_min */
  gboolean   met;
  /* Weeks in a row that reached goal_min, ending with last week, plus
   * this week once it has reached it too */
  guint      streak;
} StrideWeeklyGoal;

StrideStats *stride_stats_new                  (GPtrArray          *sessions,
                                                GPtrArray          *results,
                                                GTimeZone          *time_zone);
GTimeZone   *stride_stats_get_time_zone        (StrideStats        *self);

gboolean     stride_stats_get_first_week       (StrideStats        *self,
                                                StrideWeek         *week);
gboolean     stride_stats_get_last_week        (StrideStats        *self,
                                                StrideWeek         *week);
guint        stride_stats_get_week_sessions    (StrideStats        *self,
                                                const StrideWeek   *week);
guint        stride_stats_get_week_partial     (StrideStats        *self,
                                                const StrideWeek   *week);
gint64       stride_stats_get_week_seconds_worked (StrideStats     *self,
                                                const StrideWeek   *week);
guint        stride_stats_get_week_reps        (StrideStats        *self,
                                                const char         *exercise_id,
                                                const StrideWeek   *week);
GArray      *stride_stats_list_weeks           (StrideStats        *self,
                                                const StrideWeek   *first,
                                                const StrideWeek   *last);
GArray      *stride_stats_list_reps            (StrideStats        *self,
                                                const char         *exercise_id,
                                                const StrideWeek   *first,
                                                const StrideWeek   *last);
const char * const *stride_stats_get_exercise_ids (StrideStats     *self);

GArray      *stride_stats_get_self_tests       (StrideStats        *self);
GArray      *stride_stats_get_pain             (StrideStats        *self);

void         stride_stats_get_weekly_goal      (StrideStats        *self,
                                                GDateTime          *now,
                                                guint               goal_min,
                                                guint               goal_max,
                                                StrideWeeklyGoal   *goal);

gboolean     stride_stats_range_get_first_week (StrideStatsRange    range,
                                                GDateTime          *now,
                                                GTimeZone          *time_zone,
                                                StrideWeek         *first);
void         stride_stats_get_range            (StrideStats        *self,
                                                StrideStatsRange    range,
                                                GDateTime          *now,
                                                StrideWeek         *first,
                                                StrideWeek         *last);

G_END_DECLS
