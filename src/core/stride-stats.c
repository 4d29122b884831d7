/* stride-stats.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-catalog.h"
#include "stride-session.h"
#include "stride-session-sets.h"
#include "stride-stats.h"

/* More reps in one set than the schema allows are not a real set */
#define MAX_SET_REPS 10000

struct _StrideStats
{
  GObject parent_instance;

  GTimeZone *time_zone;

  /* The weeks from the first to the last with a session, every week in
   * between included; sessions per week (WeekCount) and, per exercise ID,
   * reps per week (guint), indexed by weeks since first_week */
  StrideWeek first_week;
  GArray    *week_sessions;
  GHashTable *week_reps;
  GStrv      exercise_ids;

  /* Oldest first */
  GArray *self_tests;
  GArray *pain;
};

G_DEFINE_FINAL_TYPE (StrideStats, stride_stats, G_TYPE_OBJECT)

/* A runner does sessions, not parts of them: a partly done session is one
 * session, and the count says how many of them were partly done */
typedef struct
{
  guint sessions;
  guint partial;
  /* The time worked in the sessions that recorded it */
  gint64 seconds_worked;
} WeekCount;

static void
stride_stats_finalize (GObject *object)
{
  StrideStats *self = (StrideStats *) object;

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->week_sessions, g_array_unref);
  g_clear_pointer (&self->week_reps, g_hash_table_unref);
  g_clear_pointer (&self->exercise_ids, g_strfreev);
  g_clear_pointer (&self->self_tests, g_array_unref);
  g_clear_pointer (&self->pain, g_array_unref);

  G_OBJECT_CLASS (stride_stats_parent_class)->finalize (object);
}

static void
stride_stats_class_init (StrideStatsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stride_stats_finalize;
}

static void
clear_self_test_point (gpointer data)
{
  StrideSelfTestPoint *point = data;

  g_clear_pointer (&point->taken, g_date_time_unref);
}

static void
clear_pain_point (gpointer data)
{
  StridePainPoint *point = data;

  g_clear_pointer (&point->when, g_date_time_unref);
}

static void
stride_stats_init (StrideStats *self)
{
  self->week_sessions = g_array_new (FALSE, TRUE, sizeof (WeekCount));
  self->week_reps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  self->self_tests = g_array_new (FALSE, TRUE, sizeof (StrideSelfTestPoint));
  g_array_set_clear_func (self->self_tests, clear_self_test_point);
  self->pain = g_array_new (FALSE, TRUE, sizeof (StridePainPoint));
  g_array_set_clear_func (self->pain, clear_pain_point);
}

/* The julian day of @time's date on its own calendar */
static guint32
get_julian_day (GDateTime *time)
{
  GDate date;
  int year, month, day;

  g_date_time_get_ymd (time, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

/* The week @time is in where @time_zone is; a time at the very edge of
 * GDateTime's range that cannot move there keeps its own calendar */
static void
get_week_of (GDateTime  *time,
             GTimeZone  *time_zone,
             StrideWeek *week)
{
  if (!stride_week_init_for_time (week, time, time_zone))
    stride_week_init_for_julian (week, get_julian_day (time));
}

static GDateTime *
dup_local_time (StrideStats *self,
                JsonObject  *record,
                const char  *member)
{
  g_autoptr(GDateTime) time = stride_record_dup_time (record, member);

  if (time == NULL)
    return NULL;

  return g_date_time_to_timezone (time, self->time_zone);
}

typedef struct
{
  JsonObject *session;
  GDateTime  *started;
  guint32     monday;
} DatedSession;

static void
clear_dated_session (gpointer data)
{
  DatedSession *dated = data;

  g_clear_pointer (&dated->started, g_date_time_unref);
}

static void
add_sets (StrideStats *self,
          guint        index,
          JsonObject  *session)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;
  guint n_weeks = self->week_sessions->len;
  /* Sets of one exercise follow each other: its reps are looked up once */
  const char *last_exercise = NULL;
  GArray *reps = NULL;

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      const char *exercise = set.exercise;
      gint64 done = set.reps;

      /* A set planned and not done makes no line of reps at 0 */
      if (done <= 0 || done > MAX_SET_REPS)
        continue;

      if (last_exercise == NULL || !g_str_equal (exercise, last_exercise))
        {
          reps = g_hash_table_lookup (self->week_reps, exercise);
          if (reps == NULL)
            {
              reps = g_array_sized_new (FALSE, TRUE, sizeof (guint), n_weeks);
              g_array_set_size (reps, n_weeks);
              g_hash_table_insert (self->week_reps, g_strdup (exercise), reps);
            }
          last_exercise = exercise;
        }
      g_array_index (reps, guint, index) += (guint) done;
    }
}

static void
add_pain_point (StrideStats     *self,
                GDateTime       *when,
                StridePainSource source,
                StridePainArea   area,
                StridePainSide   side)
{
  StridePainPoint point = { g_date_time_ref (when), source, area, side };

  g_array_append_val (self->pain, point);
}

static void
add_session_pain (StrideStats *self,
                  GDateTime   *started,
                  JsonObject  *session)
{
  for (guint i = 0; i < stride_session_get_n_pain (session); i++)
    {
      const char *area, *side;

      if (stride_session_get_pain (session, i, &area, &side))
        add_pain_point (self, started, STRIDE_PAIN_SOURCE_SESSION,
                        stride_pain_area_from_string (area), stride_pain_side_from_string (side));
    }
}

static void
add_sessions (StrideStats *self,
              GPtrArray   *sessions)
{
  g_autoptr(GArray) dated = g_array_sized_new (FALSE, FALSE, sizeof (DatedSession), sessions->len);
  guint32 first = G_MAXUINT32, last = 0;

  g_array_set_clear_func (dated, clear_dated_session);

  /* Each start time read once, and the span of weeks found, before
   * anything is counted into those weeks */
  for (guint i = 0; i < sessions->len; i++)
    {
      DatedSession entry = { sessions->pdata[i], NULL, 0 };
      StrideWeek week;

      if (entry.session == NULL)
        continue;
      entry.started = dup_local_time (self, entry.session, STRIDE_SESSION_STARTED);
      if (entry.started == NULL)
        continue;

      stride_week_init_for_julian (&week, get_julian_day (entry.started));
      entry.monday = week.monday;
      first = MIN (first, week.monday);
      last = MAX (last, week.monday);
      g_array_append_val (dated, entry);
    }

  if (dated->len == 0)
    return;

  stride_week_init_for_julian (&self->first_week, first);
  g_array_set_size (self->week_sessions, (last - first) / 7 + 1);

  for (guint i = 0; i < dated->len; i++)
    {
      const DatedSession *entry = &g_array_index (dated, DatedSession, i);
      guint index = (entry->monday - first) / 7;

      WeekCount *count = &g_array_index (self->week_sessions, WeekCount, index);

      if (stride_session_counts_as_done (entry->session))
        {
          gint64 worked = stride_session_get_seconds_worked (entry->session);

          count->sessions++;
          if (stride_session_is_partial (entry->session))
            count->partial++;
          if (worked > 0)
            count->seconds_worked += worked;
        }
      add_sets (self, index, entry->session);
      add_session_pain (self, entry->started, entry->session);
    }
}

static void
add_results (StrideStats *self,
             GPtrArray   *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      JsonObject *result = results->pdata[i];
      StrideSelfTestPoint point = { NULL, };

      if (result == NULL)
        continue;
      point.test = stride_result_get_test (result);
      if (point.test == STRIDE_RECORD_TEST_UNKNOWN)
        continue;
      point.taken = dup_local_time (self, result, "taken");
      if (point.taken == NULL)
        continue;

      point.outcome = stride_result_get_outcome (result);
      if (point.test == STRIDE_RECORD_TEST_SQUAT)
        {
          point.depth = stride_result_get_answer (result, STRIDE_ANSWER_KEY_DEPTH);
          point.fell_backward = stride_result_get_answer (result, STRIDE_ANSWER_KEY_FELL_BACKWARD);
        }
      else
        {
          point.left_dropped = stride_result_get_answer (result, STRIDE_ANSWER_KEY_LEFT_DROPPED);
          point.right_dropped = stride_result_get_answer (result, STRIDE_ANSWER_KEY_RIGHT_DROPPED);
        }
      point.pain = stride_result_get_answer (result, STRIDE_ANSWER_KEY_PAIN);

      if (point.pain == STRIDE_ANSWER_YES)
        add_pain_point (self, point.taken, STRIDE_PAIN_SOURCE_SELF_TEST,
                        STRIDE_PAIN_AREA_NONE, STRIDE_PAIN_SIDE_UNSPECIFIED);
      g_array_append_val (self->self_tests, point);
    }
}

static int
compare_self_test_points (gconstpointer a,
                          gconstpointer b)
{
  const StrideSelfTestPoint *x = a, *y = b;
  int order = g_date_time_compare (x->taken, y->taken);

  return order != 0 ? order : (int) x->test - (int) y->test;
}

static int
compare_pain_points (gconstpointer a,
                     gconstpointer b)
{
  const StridePainPoint *x = a, *y = b;
  int order = g_date_time_compare (x->when, y->when);

  if (order == 0)
    order = (int) x->source - (int) y->source;
  if (order == 0)
    order = (int) x->area - (int) y->area;
  if (order == 0)
    order = (int) x->side - (int) y->side;

  return order;
}

/* Catalog order, which is the guide's, then IDs the catalog does not
 * know (from a newer version) by name */
static int
compare_exercise_ids (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  GHashTable *positions = user_data;
  const char *x = *(const char * const *) a, *y = *(const char * const *) b;
  guint px = GPOINTER_TO_UINT (g_hash_table_lookup (positions, x));
  guint py = GPOINTER_TO_UINT (g_hash_table_lookup (positions, y));

  if (px == 0)
    px = G_MAXUINT;
  if (py == 0)
    py = G_MAXUINT;
  if (px != py)
    return px < py ? -1 : 1;

  return strcmp (x, y);
}

static void
collect_exercise_ids (StrideStats *self)
{
  GListModel *exercises = stride_catalog_get_exercises (stride_catalog_get_default ());
  g_autoptr(GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(StrideExercise) exercise = g_list_model_get_item (exercises, i);

      g_hash_table_insert (positions, (gpointer) stride_exercise_get_id (exercise), GUINT_TO_POINTER (i + 1));
    }

  g_hash_table_iter_init (&iter, self->week_reps);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_sort_with_data (ids, compare_exercise_ids, positions);
  g_ptr_array_add (ids, NULL);

  self->exercise_ids = (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

/**
 * stride_stats_new:
 * @sessions: (element-type JsonObject): sessions as stored, in any order
 * @results: (element-type JsonObject): self-test results as stored
 * @time_zone: (nullable): where weeks and days are counted, or %NULL for
 *   local time
 *
 * Computes the statistics. Records without a readable start or test
 * time are left out, as are members with the wrong type.
 *
 * Returns: (transfer full): the statistics
 */
StrideStats *
stride_stats_new (GPtrArray *sessions,
                  GPtrArray *results,
                  GTimeZone *time_zone)
{
  g_autoptr(StrideStats) self = NULL;

  g_return_val_if_fail (sessions != NULL, NULL);
  g_return_val_if_fail (results != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_STATS, NULL);
  self->time_zone = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_local ();

  add_sessions (self, sessions);
  add_results (self, results);
  g_array_sort (self->self_tests, compare_self_test_points);
  g_array_sort (self->pain, compare_pain_points);
  collect_exercise_ids (self);

  return g_steal_pointer (&self);
}

/**
 * stride_stats_get_time_zone:
 *
 * Returns: (transfer none): where weeks and days are counted
 */
GTimeZone *
stride_stats_get_time_zone (StrideStats *self)
{
  g_return_val_if_fail (STRIDE_IS_STATS (self), NULL);

  return self->time_zone;
}

/**
 * stride_stats_get_first_week:
 * @week: (out): the first week with a session
 *
 * Returns: %FALSE if there are no sessions
 */
gboolean
stride_stats_get_first_week (StrideStats *self,
                             StrideWeek  *week)
{
  g_return_val_if_fail (STRIDE_IS_STATS (self), FALSE);
  g_return_val_if_fail (week != NULL, FALSE);

  if (self->week_sessions->len == 0)
    return FALSE;

  *week = self->first_week;
  return TRUE;
}

/**
 * stride_stats_get_last_week:
 * @week: (out): the last week with a session
 *
 * Returns: %FALSE if there are no sessions
 */
gboolean
stride_stats_get_last_week (StrideStats *self,
                            StrideWeek  *week)
{
  g_return_val_if_fail (STRIDE_IS_STATS (self), FALSE);
  g_return_val_if_fail (week != NULL, FALSE);

  if (self->week_sessions->len == 0)
    return FALSE;

  *week = self->first_week;
  stride_week_add (week, (int) self->week_sessions->len - 1);
  return TRUE;
}

/* The index of @week in the per-week arrays, or -1 outside them */
static int
get_week_index (StrideStats      *self,
                const StrideWeek *week)
{
  int index;

  if (self->week_sessions->len == 0)
    return -1;

  index = stride_week_difference (week, &self->first_week);
  if (index < 0 || (guint) index >= self->week_sessions->len)
    return -1;

  return index;
}

/**
 * stride_stats_get_week_sessions:
 * @week: any week
 *
 * Returns: the sessions started in @week, a partly done one counting as
 *   one
 */
guint
stride_stats_get_week_sessions (StrideStats      *self,
                                const StrideWeek *week)
{
  int index;

  g_return_val_if_fail (STRIDE_IS_STATS (self), 0);
  g_return_val_if_fail (week != NULL, 0);

  index = get_week_index (self, week);

  return index >= 0 ? g_array_index (self->week_sessions, WeekCount, index).sessions : 0;
}

/**
 * stride_stats_get_week_seconds_worked:
 * @week: any week
 *
 * Returns: the time spent on the exercises in @week, in seconds, as the
 *   sessions that recorded it say: rests, pauses and skipped parts are
 *   not in it
 */
gint64
stride_stats_get_week_seconds_worked (StrideStats      *self,
                                      const StrideWeek *week)
{
  int index;

  g_return_val_if_fail (STRIDE_IS_STATS (self), 0);
  g_return_val_if_fail (week != NULL, 0);

  index = get_week_index (self, week);

  return index >= 0 ? g_array_index (self->week_sessions, WeekCount, index).seconds_worked : 0;
}

/**
 * stride_stats_get_week_partial:
 * @week: any week
 *
 * Returns: how many of the sessions of @week were partly done
 */
guint
stride_stats_get_week_partial (StrideStats      *self,
                               const StrideWeek *week)
{
  int index;

  g_return_val_if_fail (STRIDE_IS_STATS (self), 0);
  g_return_val_if_fail (week != NULL, 0);

  index = get_week_index (self, week);

  return index >= 0 ? g_array_index (self->week_sessions, WeekCount, index).partial : 0;
}

/**
 * stride_stats_get_week_reps:
 * @exercise_id: a catalog ID, e.g. "squat"
 * @week: any week
 *
 * Returns: the reps of @exercise_id done in @week, over every set, side
 *   and variation
 */
guint
stride_stats_get_week_reps (StrideStats      *self,
                            const char       *exercise_id,
                            const StrideWeek *week)
{
  GArray *reps;
  int index;

  g_return_val_if_fail (STRIDE_IS_STATS (self), 0);
  g_return_val_if_fail (exercise_id != NULL, 0);
  g_return_val_if_fail (week != NULL, 0);

  reps = g_hash_table_lookup (self->week_reps, exercise_id);
  index = get_week_index (self, week);

  return reps != NULL && index >= 0 ? g_array_index (reps, guint, index) : 0;
}

/* Fills in missing bounds from the data; FALSE if nothing is left to list */
static gboolean
resolve_bounds (StrideStats      *self,
                const StrideWeek *first,
                const StrideWeek *last,
                StrideWeek       *from,
                StrideWeek       *to)
{
  gboolean has_data = self->week_sessions->len > 0;

  if (first != NULL)
    *from = *first;
  else if (has_data)
    stride_stats_get_first_week (self, from);
  else if (last != NULL)
    *from = *last;
  else
    return FALSE;

  if (last != NULL)
    *to = *last;
  else if (has_data)
    stride_stats_get_last_week (self, to);
  else
    *to = *from;

  return stride_week_compare (from, to) <= 0;
}

/**
 * stride_stats_list_weeks:
 * @first: (nullable): the first week to list, or %NULL for the first
 *   week with a session
 * @last: (nullable): the last week to list, or %NULL for the last week
 *   with a session
 *
 * Returns: (transfer full) (element-type StrideWeekSessions): every week
 *   from @first to @last, those without a session too, so that a chart
 *   has a continuous axis; empty when @first is after @last or there is
 *   nothing to bound the weeks
 */
GArray *
stride_stats_list_weeks (StrideStats      *self,
                         const StrideWeek *first,
                         const StrideWeek *last)
{
  g_autoptr(GArray) weeks = g_array_new (FALSE, FALSE, sizeof (StrideWeekSessions));
  StrideWeek from, to;

  g_return_val_if_fail (STRIDE_IS_STATS (self), NULL);

  if (!resolve_bounds (self, first, last, &from, &to))
    return g_steal_pointer (&weeks);

  g_array_set_size (weeks, stride_week_difference (&to, &from) + 1);
  for (guint i = 0; i < weeks->len; i++)
    {
      StrideWeekSessions *entry = &g_array_index (weeks, StrideWeekSessions, i);

      entry->week = from;
      entry->sessions = stride_stats_get_week_sessions (self, &from);
      entry->partial = stride_stats_get_week_partial (self, &from);
      entry->seconds_worked = stride_stats_get_week_seconds_worked (self, &from);
      stride_week_add (&from, 1);
    }

  return g_steal_pointer (&weeks);
}

/**
 * stride_stats_list_reps:
 * @exercise_id: a catalog ID, e.g. "squat"
 * @first: (nullable): as for stride_stats_list_weeks()
 * @last: (nullable): as for stride_stats_list_weeks()
 *
 * Returns: (transfer full) (element-type guint): the reps of @exercise_id
 *   in each week that stride_stats_list_weeks() lists for the same bounds
 */
GArray *
stride_stats_list_reps (StrideStats      *self,
                        const char       *exercise_id,
                        const StrideWeek *first,
                        const StrideWeek *last)
{
  g_autoptr(GArray) reps = g_array_new (FALSE, TRUE, sizeof (guint));
  StrideWeek from, to;

  g_return_val_if_fail (STRIDE_IS_STATS (self), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  if (!resolve_bounds (self, first, last, &from, &to))
    return g_steal_pointer (&reps);

  g_array_set_size (reps, stride_week_difference (&to, &from) + 1);
  for (guint i = 0; i < reps->len; i++)
    {
      g_array_index (reps, guint, i) = stride_stats_get_week_reps (self, exercise_id, &from);
      stride_week_add (&from, 1);
    }

  return g_steal_pointer (&reps);
}

/**
 * stride_stats_get_exercise_ids:
 *
 * Returns: (transfer none): the exercises with reps recorded, in the
 *   catalog's order, then unknown IDs by name
 */
const char * const *
stride_stats_get_exercise_ids (StrideStats *self)
{
  g_return_val_if_fail (STRIDE_IS_STATS (self), NULL);

  return (const char * const *) self->exercise_ids;
}

/**
 * stride_stats_get_self_tests:
 *
 * Returns: (transfer none) (element-type StrideSelfTestPoint): every
 *   self-test result of a known test, oldest first
 */
GArray *
stride_stats_get_self_tests (StrideStats *self)
{
  g_return_val_if_fail (STRIDE_IS_STATS (self), NULL);

  return self->self_tests;
}

/**
 * stride_stats_get_pain:
 *
 * Returns: (transfer none) (element-type StridePainPoint): every area
 *   reported in a session and every self-test with pain, oldest first
 */
GArray *
stride_stats_get_pain (StrideStats *self)
{
  g_return_val_if_fail (STRIDE_IS_STATS (self), NULL);

  return self->pain;
}

static gboolean
reaches (guint sessions,
         guint goal)
{
  return sessions >= goal;
}

/**
 * stride_stats_get_weekly_goal:
 * @now: the current time
 * @goal_min: the fewest sessions a week that meet the goal
 * @goal_max: the most sessions a week the goal asks for
 * @goal: (out caller-allocates): this week against the goal, and the streak
 *
 * The streak counts the weeks in a row, up to last week, whose sessions
 * reached @goal_min, and this week too once it has: a week still under
 * way does not break a streak.
 */
void
stride_stats_get_weekly_goal (StrideStats      *self,
                              GDateTime        *now,
                              guint             goal_min,
                              guint             goal_max,
                              StrideWeeklyGoal *goal)
{
  StrideWeek week;

  g_return_if_fail (STRIDE_IS_STATS (self));
  g_return_if_fail (now != NULL);
  g_return_if_fail (goal != NULL);

  get_week_of (now, self->time_zone, &goal->week);
  goal->sessions = stride_stats_get_week_sessions (self, &goal->week);
  goal->partial = stride_stats_get_week_partial (self, &goal->week);
  goal->goal_min = goal_min;
  goal->goal_max = goal_max;
  goal->met = reaches (goal->sessions, goal_min);
  goal->streak = goal->met ? 1 : 0;

  /* Weeks before the first session have none; stopping there also ends
   * the count when a goal of 0 is met by every week */
  week = goal->week;
  stride_week_add (&week, -1);
  while (get_week_index (self, &week) >= 0 &&
         reaches (stride_stats_get_week_sessions (self, &week), goal_min))
    {
      goal->streak++;
      stride_week_add (&week, -1);
    }
}

/**
 * stride_stats_range_get_first_week:
 * @range: how far back to look
 * @now: the current time
 * @time_zone: (nullable): where weeks are counted, or %NULL for local time
 * @first: (out): the first week to show
 *
 * Returns: %FALSE for %STRIDE_STATS_RANGE_ALL, which has no first week
 *   of its own: it starts with the data
 */
gboolean
stride_stats_range_get_first_week (StrideStatsRange  range,
                                   GDateTime        *now,
                                   GTimeZone        *time_zone,
                                   StrideWeek       *first)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) there = NULL;
  StrideWeek this_week;
  GDate day;

  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (first != NULL, FALSE);

  if (time_zone == NULL)
    time_zone = local = g_time_zone_new_local ();

  /* Today where the weeks are counted; at the very edge of GDateTime's
   * range, today on @now's own calendar */
  there = g_date_time_to_timezone (now, time_zone);
  g_date_clear (&day, 1);
  g_date_set_julian (&day, get_julian_day (there != NULL ? there : now));
  stride_week_init_for_date (&this_week, &day);

  switch (range)
    {
    case STRIDE_STATS_RANGE_4_WEEKS:
      *first = this_week;
      stride_week_add (first, -3);
      return TRUE;

    case STRIDE_STATS_RANGE_3_MONTHS:
      g_date_subtract_months (&day, 3);
      stride_week_init_for_date (first, &day);
      return TRUE;

    case STRIDE_STATS_RANGE_YEAR:
      g_date_subtract_years (&day, 1);
      stride_week_init_for_date (first, &day);
      return TRUE;

    case STRIDE_STATS_RANGE_ALL:
    default:
      return FALSE;
    }
}

/**
 * stride_stats_get_range:
 * @range: how far back to look
 * @now: the current time
 * @first: (out): the first week to show
 * @last: (out): the last week to show, the one @now is in
 *
 * The bounds to give stride_stats_list_weeks() for a chart of @range.
 * All of it starts with the first session, or this week if none is older.
 */
void
stride_stats_get_range (StrideStats      *self,
                        StrideStatsRange  range,
                        GDateTime        *now,
                        StrideWeek       *first,
                        StrideWeek       *last)
{
  StrideWeek data_first;

  g_return_if_fail (STRIDE_IS_STATS (self));
  g_return_if_fail (now != NULL);
  g_return_if_fail (first != NULL && last != NULL);

  get_week_of (now, self->time_zone, last);
  if (stride_stats_range_get_first_week (range, now, self->time_zone, first))
    return;

  if (stride_stats_get_first_week (self, &data_first) && stride_week_compare (&data_first, last) < 0)
    *first = data_first;
  else
    *first = *last;
}
