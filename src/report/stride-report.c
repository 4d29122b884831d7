/* stride-report.c
 *
 * The report a runner takes to a physiotherapist: for a period, how many
 * sessions each week brought against the weekly goal, every session with
 * its effort and pain, the exercises and variations done with their reps,
 * every pain report by site, side and date, the self-tests over time,
 * the charts of the Progress page, and the notes written after sessions.
 * Only records of the period are in it. This file says what the report
 * holds, as blocks; stride-report-pages.c lays them out on pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-catalog.h"
#include "stride-date-text.h"
#include "stride-record.h"
#include "stride-report-private.h"
#include "stride-self-test.h"
#include "stride-session-sets.h"
#include "stride-session-text.h"
#include "stride-session.h"
#include "stride-stats.h"

struct _StrideReport
{
  GObject parent_instance;

  StrideReportPeriod period;
  GDateTime *made;
  guint goal_min;
  guint goal_max;

  /* The period's records, sessions by start */
  GPtrArray *sessions;
  GPtrArray *results;
  StrideStats *stats;

  GPtrArray *blocks;
  StrideReportPages pages;
};

G_DEFINE_FINAL_TYPE (StrideReport, stride_report, G_TYPE_OBJECT)

/* About ten lines of a note's column: a row of a table must fit a page */
#define NOTE_PIECE_CHARS 700

static void
block_free (StrideReportBlock *block)
{
  g_free (block->text);
  g_strfreev (block->columns);
  g_free (block->widths);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->series, g_ptr_array_unref);
  g_free (block->chart_name);
  g_free (block);
}

static StrideReportBlock *
add_block (StrideReport          *self,
           StrideReportBlockKind  kind,
           const char            *text)
{
  StrideReportBlock *block = g_new0 (StrideReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (self->blocks, block);

  return block;
}

static void
add_text (StrideReport *self,
          const char   *text)
{
  add_block (self, STRIDE_REPORT_BLOCK_TEXT, text);
}

/* @columns: NULL-terminated pairs of a header and its share of the width */
static StrideReportBlock *
add_table (StrideReport *self,
           const char   *first_column,
           ...)
{
  StrideReportBlock *block = add_block (self, STRIDE_REPORT_BLOCK_TABLE, NULL);
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  const char *column = first_column;
  va_list args;

  va_start (args, first_column);
  while (column != NULL)
    {
      double width = va_arg (args, double);

      g_strv_builder_add (columns, column);
      g_array_append_val (widths, width);
      column = va_arg (args, const char *);
    }
  va_end (args);

  block->columns = g_strv_builder_end (columns);
  block->widths = (double *) g_array_free (g_steal_pointer (&widths), FALSE);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  return block;
}

/* Takes the cells, as many as the table has columns */
static void
add_row (StrideReportBlock *table,
         ...)
{
  guint n = g_strv_length (table->columns);
  char **cells = g_new0 (char *, n + 1);
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < n; i++)
    {
      char *cell = va_arg (args, char *);

      cells[i] = cell != NULL ? cell : g_strdup ("");
    }
  va_end (args);

  g_ptr_array_add (table->rows, cells);
}

static StrideReportBlock *
add_chart (StrideReport *self,
           const char   *name,
           guint         period_days,
           guint32       first_day,
           guint32       last_day)
{
  StrideReportBlock *block = add_block (self, STRIDE_REPORT_BLOCK_CHART, NULL);

  block->chart_name = g_strdup (name);
  block->series = g_ptr_array_new_with_free_func (g_object_unref);
  block->period_days = period_days;
  block->first_day = first_day;
  block->last_day = last_day;

  return block;
}

static char *
format_time_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return stride_date_text_format_day (local != NULL ? local : time);
}

static char *
format_week_start (guint32 monday)
{
  GDate date;
  g_autoptr(GDateTime) time = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, monday);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);

  /* Translators: a week in the report's table, by its number and the
   * date of its Monday, in strftime format; e.g. "Week 45, from 2 Nov". %V
   * is the ISO week number, %-d the day without a leading zero. */
  return g_date_time_format (time, _("Week %V, from %-d %b %Y"));
}

static void
get_week_bounds (const StrideReportPeriod *period,
                 StrideWeek               *first,
                 StrideWeek               *last)
{
  stride_week_init_for_julian (first, period->first);
  stride_week_init_for_julian (last, period->last);
}

/* The weekly goal in words: "2 to 3 sessions", or "3 sessions" */
static char *
dup_goal_text (StrideReport *self)
{
  if (self->goal_min == self->goal_max)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", self->goal_max),
                            self->goal_max);

  /* Translators: the weekly goal, the fewest and the most sessions */
  return g_strdup_printf (_("%u to %u sessions"), self->goal_min, self->goal_max);
}

static void
add_title_page (StrideReport *self,
                guint         weeks_met,
                guint         weeks_counted,
                guint         n_pain)
{
  g_autofree char *period = stride_report_period_dup_text (&self->period);
  g_autofree char *made = _stride_report_dup_made (self);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *goal = dup_goal_text (self);
  guint partial = 0;

  for (guint i = 0; i < self->sessions->len; i++)
    if (stride_session_is_partial (g_ptr_array_index (self->sessions, i)))
      partial++;

  add_block (self, STRIDE_REPORT_BLOCK_TITLE, _("Stride Report"));
  add_block (self, STRIDE_REPORT_BLOCK_SUBTITLE, period);
  add_text (self, _("Hip-strengthening exercises for runners"));
  add_text (self, made);

  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", self->sessions->len),
                          self->sessions->len);
  if (partial > 0)
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, ", %u of them partly done",
                                                  ", %u of them partly done", partial),
                            partial);
  g_string_append (summary, "\n");
  if (weeks_counted > 0)
    g_string_append_printf (summary,
                            /* Translators: %s is the weekly goal, e.g. "2 to 3 sessions" */
                            g_dngettext (GETTEXT_PACKAGE, "Weekly goal of %s met in %u of %u week",
                                         "Weekly goal of %s met in %u of %u weeks", weeks_counted),
                            goal, weeks_met, weeks_counted);
  else
    /* Translators: %s is the weekly goal, e.g. "2 to 3 sessions" */
    g_string_append_printf (summary, _("Weekly goal: %s"), goal);
  g_string_append (summary, "\n");
  if (n_pain > 0)
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u report of pain", "%u reports of pain", n_pain),
                            n_pain);
  else
    g_string_append (summary, _("No pain reported"));
  g_string_append (summary, "\n");
  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u self-test", "%u self-tests", self->results->len),
                          self->results->len);

  add_block (self, STRIDE_REPORT_BLOCK_HEADING, _("Summary"));
  add_text (self, summary->str);
  add_text (self, _("The runner recorded each session in Stride after the workout: the exercises done, how hard it felt on a scale of 1 to 10, any pain and where, and a note. The self-tests are the guide’s standing deep squat test and hip bridge test."));
  add_block (self, STRIDE_REPORT_BLOCK_PAGE_BREAK, NULL);
}

/* Whether all of @week's days are in the period: a period of chosen
 * days may begin or end in the middle of one */
static gboolean
is_whole_week (StrideReport             *self,
               const StrideWeekSessions *week)
{
  return week->week.monday >= self->period.first && week->week.monday + 6 <= self->period.last;
}

/* The weeks of the period against the goal. A week still under way, or
 * with days outside the period, counts once it has met the goal, and is
 * not held against it before: the days it lacks may yet meet it. */
static void
count_weeks (StrideReport *self,
             GArray       *weeks,
             guint        *met,
             guint        *counted)
{
  guint32 today = stride_report_day_of (self->made);

  *met = 0;
  *counted = 0;
  for (guint i = 0; i < weeks->len; i++)
    {
      const StrideWeekSessions *week = &g_array_index (weeks, StrideWeekSessions, i);
      gboolean judged = week->week.monday + 6 < today && is_whole_week (self, week);

      if (week->sessions >= self->goal_min)
        (*met)++;
      if (judged || week->sessions >= self->goal_min)
        (*counted)++;
    }
}

static void
add_weeks (StrideReport *self,
           GArray       *weeks,
           guint         met,
           guint         counted)
{
  guint32 today = stride_report_day_of (self->made);
  StrideReportBlock *chart;
  StrideReportBlock *table;
  StrideChartSeries *series;

  add_block (self, STRIDE_REPORT_BLOCK_HEADING, _("Sessions per Week"));
  if (counted > 0)
    {
      g_autofree char *goal = dup_goal_text (self);
      g_autofree char *text =
        /* Translators: %s is the weekly goal, e.g. "2 to 3 sessions" */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The weekly goal of %s was met in %u of %u week.",
                                      "The weekly goal of %s was met in %u of %u weeks.", counted),
                         goal, met, counted);
      add_text (self, text);
    }

  chart = add_chart (self, _("Sessions per week, against the weekly goal (shaded band)"), 7,
                     weeks->len > 0 ? g_array_index (weeks, StrideWeekSessions, 0).week.monday : 0,
                     weeks->len > 0 ? g_array_index (weeks, StrideWeekSessions, weeks->len - 1).week.monday : 0);
  chart->has_goal = TRUE;
  chart->goal.low = self->goal_min;
  chart->goal.high = self->goal_max;
  series = stride_chart_series_new (_("Sessions"), STRIDE_CHART_SERIES_BARS);
  for (guint i = 0; i < weeks->len; i++)
    {
      const StrideWeekSessions *week = &g_array_index (weeks, StrideWeekSessions, i);

      stride_chart_series_add (series, week->week.monday, week->sessions);
    }
  g_ptr_array_add (chart->series, series);

  table = add_table (self, _("Week"), 0.45, _("Sessions"), 0.3, _("Weekly goal"), 0.25, NULL);
  for (guint i = 0; i < weeks->len; i++)
    {
      const StrideWeekSessions *week = &g_array_index (weeks, StrideWeekSessions, i);
      char *sessions;
      const char *goal;

      if (week->partial > 0)
        sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u (%u partly done)", "%u (%u partly done)",
                                                 week->partial),
                                    week->sessions, week->partial);
      else
        sessions = g_strdup_printf ("%u", week->sessions);

      if (week->sessions >= self->goal_min)
        goal = _("Met");
      else if (week->week.monday + 6 >= today)
        goal = _("Week under way");
      else if (!is_whole_week (self, week))
        /* Translators: in the report's table of weeks, a week that
         * began before the period's first day or ended after its last */
        goal = _("Partly in this period");
      else
        goal = _("Not met");

      add_row (table, format_week_start (week->week.monday), sessions, g_strdup (goal));
    }
}

static void
add_sessions (StrideReport *self)
{
  StrideReportBlock *table;

  add_block (self, STRIDE_REPORT_BLOCK_HEADING, _("Sessions"));
  if (self->sessions->len == 0)
    {
      add_text (self, _("No sessions were recorded in this period."));
      return;
    }

  /* Translators: the column of how much of each session's workout was done, e.g. "50 %" */
  table = add_table (self, _("Date"), 0.22, _("Routine"), 0.2, C_("report column", "Done"), 0.13, _("Effort"), 0.17,
                     _("Pain"), 0.28, NULL);
  for (guint i = 0; i < self->sessions->len; i++)
    {
      JsonObject *session = g_ptr_array_index (self->sessions, i);
      g_autoptr(GDateTime) started = stride_session_dup_started (session);
      int effort = stride_session_get_effort (session);
      char *pain = stride_session_text_dup_pain (session);
      char *routine = stride_session_dup_routine_name_shown (session);

      add_row (table,
               format_time_day (started),
               routine != NULL ? routine : g_strdup (""),
               /* Translators: how much of a session's workout was done */
               g_strdup_printf (_("%d %%"), stride_session_get_percent_done (session)),
               /* Translators: the effort the runner rated, of 10 */
               effort > 0 ? g_strdup_printf (_("%d of 10"), effort) : g_strdup (_("Not rated")),
               pain != NULL ? pain : g_strdup (_("None")));
    }
}

typedef struct
{
  char *exercise;
  char *variation;
  guint sessions;
  guint sets;
  gint64 reps;
  gint64 held;
  guint n_effort;
  guint effort_sum;
  /* The last session counted, so that each counts once */
  guint last_session;
  /* The order the exercise was first done in, and its variation's */
  guint order;
  int variation_order;
} ExerciseDone;

static void
exercise_done_free (ExerciseDone *done)
{
  g_free (done->exercise);
  g_free (done->variation);
  g_free (done);
}

static const char *
get_variation_text (const char *variation)
{
  if (g_strcmp0 (variation, STRIDE_SESSION_VARIATION_BASE) == 0)
    /* Translators: the variation of an exercise that was done */
    return C_("variation", "Basic");
  if (g_strcmp0 (variation, STRIDE_SESSION_VARIATION_HARDER) == 0)
    return C_("variation", "Harder");

  return C_("variation", "Not recorded");
}

static int
compare_exercises (gconstpointer a,
                   gconstpointer b)
{
  const ExerciseDone *first = *(ExerciseDone **) a;
  const ExerciseDone *second = *(ExerciseDone **) b;

  if (first->order != second->order)
    return first->order < second->order ? -1 : 1;

  return first->variation_order - second->variation_order;
}

/* @sum / @n in tenths, halves rounded up as a reader rounds them: 6.25
 * is 6.3, where printing the double to one decimal gives 6.2 */
static guint
get_average_tenths (guint sum,
                    guint n)
{
  return (guint) (((guint64) sum * 20 + n) / ((guint64) n * 2));
}

static void
add_exercises (StrideReport *self,
               GArray       *weeks)
{
  g_autoptr(GPtrArray) done = g_ptr_array_new_with_free_func ((GDestroyNotify) exercise_done_free);
  const char * const *exercise_ids = stride_stats_get_exercise_ids (self->stats);
  StrideReportBlock *table;
  StrideReportBlock *chart;
  StrideWeek first, last;

  for (guint i = 0; i < self->sessions->len; i++)
    {
      JsonObject *session = g_ptr_array_index (self->sessions, i);
      int effort = stride_session_get_effort (session);
      StrideSessionSetIter iter;
      StrideSessionSet set;

      stride_session_set_iter_init (&iter, session);
      while (stride_session_set_iter_next (&iter, &set))
        {
          const char *name = stride_session_text_get_exercise (&set);
          const char *variation = get_variation_text (set.variation);
          ExerciseDone *entry = NULL;

          /* A set planned and not done, in a workout stopped before it,
           * is not a set of the exercise done */
          if (!stride_session_set_is_done (&set))
            continue;

          for (guint d = 0; d < done->len && entry == NULL; d++)
            {
              ExerciseDone *candidate = g_ptr_array_index (done, d);

              if (g_str_equal (candidate->exercise, name) && g_str_equal (candidate->variation, variation))
                entry = candidate;
            }
          if (entry == NULL)
            {
              entry = g_new0 (ExerciseDone, 1);
              entry->exercise = g_strdup (name);
              entry->variation = g_strdup (variation);
              entry->last_session = G_MAXUINT;
              entry->order = done->len;
              for (guint d = 0; d < done->len; d++)
                {
                  ExerciseDone *other = g_ptr_array_index (done, d);

                  if (g_str_equal (other->exercise, name))
                    entry->order = MIN (entry->order, other->order);
                }
              entry->variation_order = g_strcmp0 (set.variation, STRIDE_SESSION_VARIATION_BASE) == 0 ? 0
                                       : g_strcmp0 (set.variation, STRIDE_SESSION_VARIATION_HARDER) == 0 ? 1 : 2;
              g_ptr_array_add (done, entry);
            }

          entry->sets++;
          entry->reps += MAX (set.reps, 0);
          if (set.hold_seconds > 0)
            entry->held += set.hold_seconds;
          if (entry->last_session != i)
            {
              entry->last_session = i;
              entry->sessions++;
              if (effort > 0)
                {
                  entry->n_effort++;
                  entry->effort_sum += effort;
                }
            }
        }
    }

  /* Each exercise's variations together, basic first */
  g_ptr_array_sort (done, compare_exercises);

  add_block (self, STRIDE_REPORT_BLOCK_HEADING, _("Exercises and Variations"));
  if (done->len == 0)
    {
      add_text (self, _("No exercises were recorded in this period."));
      return;
    }
  add_text (self, _("Effort is the average of the runner’s rating of each session with the exercise, from 1 (very easy) to 10 (as hard as it gets)."));

  table = add_table (self, _("Exercise"), 0.23, _("Variation"), 0.15, _("Sessions"), 0.13, _("Sets"), 0.09,
                     _("Reps"), 0.21, _("Effort"), 0.19, NULL);
  for (guint i = 0; i < done->len; i++)
    {
      ExerciseDone *entry = g_ptr_array_index (done, i);
      char *reps;

      if (entry->held > 0)
        {
          g_autofree char *held = stride_date_text_format_duration (entry->held);

          /* Translators: reps of an exercise with timed holds, and how long they were held in all */
          reps = g_strdup_printf (_("%u, held %s"), (guint) MIN (entry->reps, G_MAXUINT), held);
        }
      else
        reps = g_strdup_printf ("%u", (guint) MIN (entry->reps, G_MAXUINT));

      add_row (table,
               g_strdup (entry->exercise),
               g_strdup (entry->variation),
               g_strdup_printf ("%u", entry->sessions),
               g_strdup_printf ("%u", entry->sets),
               reps,
               entry->n_effort > 0
                 /* Translators: an average effort, e.g. "6.5 of 10" */
                 ? g_strdup_printf (_("%.1f of 10"), get_average_tenths (entry->effort_sum, entry->n_effort) / 10.0)
                 : g_strdup (_("Not rated")));
    }

  get_week_bounds (&self->period, &first, &last);
  chart = add_chart (self, _("Reps of each exercise per week"), 7, first.monday, last.monday);
  for (guint e = 0; exercise_ids != NULL && exercise_ids[e] != NULL; e++)
    {
      g_autoptr(GArray) reps = stride_stats_list_reps (self->stats, exercise_ids[e], &first, &last);
      StrideSessionSet set = { .exercise = exercise_ids[e] };
      StrideChartSeries *series =
        stride_chart_series_new (stride_session_text_get_exercise (&set), STRIDE_CHART_SERIES_LINE);

      for (guint i = 0; i < MIN (reps->len, weeks->len); i++)
        stride_chart_series_add (series, g_array_index (weeks, StrideWeekSessions, i).week.monday,
                                 g_array_index (reps, guint, i));
      g_ptr_array_add (chart->series, series);
    }
}

static guint
add_pain (StrideReport *self)
{
  GArray *points = stride_stats_get_pain (self->stats);
  StrideChartSeries *areas[STRIDE_PAIN_AREA_OTHER + 1] = { NULL, };
  StrideReportBlock *table;
  StrideReportBlock *chart;

  add_block (self, STRIDE_REPORT_BLOCK_HEADING, _("Pain Reports"));
  if (points->len == 0)
    {
      add_text (self, _("No pain was reported in this period."));
      return 0;
    }

  table = add_table (self, _("Date"), 0.25, _("Site"), 0.2, _("Side"), 0.2, _("Reported"), 0.35, NULL);
  chart = add_chart (self, _("Pain reports by site; each mark is labelled with its side"), 0,
                     self->period.first, self->period.last);

  for (guint i = 0; i < points->len; i++)
    {
      const StridePainPoint *point = &g_array_index (points, StridePainPoint, i);
      StridePainArea area = MIN (point->area, STRIDE_PAIN_AREA_OTHER);
      gboolean self_test = point->source == STRIDE_PAIN_SOURCE_SELF_TEST;
      const char *side = stride_pain_side_get_label (point->side);

      /* A self-test asks whether it hurt, not where */
      add_row (table,
               format_time_day (point->when),
               g_strdup (self_test ? _("Not recorded") : stride_pain_area_get_chart_label (area)),
               g_strdup (side != NULL ? stride_pain_side_get_chart_label (point->side, self_test) : _("Not recorded")),
               g_strdup (self_test ? _("During a self-test") : _("After a workout")));

      if (areas[area] == NULL)
        areas[area] = stride_chart_series_new (stride_pain_area_get_chart_label (area), STRIDE_CHART_SERIES_EVENTS);
      stride_chart_series_add_event (areas[area], stride_report_day_of (point->when),
                                     stride_pain_side_get_chart_label (point->side, self_test));
    }

  /* Body areas first, top down as on the session log, then self-tests */
  for (guint area = STRIDE_PAIN_AREA_HIP; area <= STRIDE_PAIN_AREA_OTHER; area++)
    if (areas[area] != NULL)
      g_ptr_array_add (chart->series, areas[area]);
  if (areas[STRIDE_PAIN_AREA_NONE] != NULL)
    g_ptr_array_add (chart->series, areas[STRIDE_PAIN_AREA_NONE]);

  return points->len;
}

static void
append_answer (GString      *text,
               StrideAnswer  answer,
               const char   *yes,
               const char   *no)
{
  if (answer == STRIDE_ANSWER_UNKNOWN)
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, answer == STRIDE_ANSWER_YES ? yes : no);
}

static char *
dup_observations (const StrideSelfTestPoint *point)
{
  GString *text = g_string_new (NULL);

  if (point->test == STRIDE_RECORD_TEST_SQUAT)
    {
      append_answer (text, point->depth, _("Deep squat reached"), _("Deep squat not reached"));
      append_answer (text, point->fell_backward, _("Fell backward or lost balance"), _("Kept balance"));
    }
  else
    {
      append_answer (text, point->left_dropped, _("Left foot lifted: hips dropped"),
                     _("Left foot lifted: hips stayed level"));
      append_answer (text, point->right_dropped, _("Right foot lifted: hips dropped"),
                     _("Right foot lifted: hips stayed level"));
    }
  append_answer (text, point->pain, _("Pain during the test"), _("No pain"));

  return g_string_free (text, FALSE);
}

/* As the Self-tests area and the guide name it */
static const char *
get_test_name (const char *test_id)
{
  StrideExercise *test = stride_catalog_lookup (stride_catalog_get_default (), test_id);

  return test != NULL ? stride_exercise_get_name (test) : test_id;
}

static void
add_self_tests (StrideReport *self)
{
  GArray *points = stride_stats_get_self_tests (self->stats);
  StrideChartSeries *squat;
  StrideChartSeries *bridge;
  StrideReportBlock *table;
  StrideReportBlock *chart;

  add_block (self, STRIDE_REPORT_BLOCK_HEADING, _("Self-tests"));
  if (points->len == 0)
    {
      add_text (self, _("No self-tests were taken in this period."));
      return;
    }

  table = add_table (self, _("Date"), 0.25, _("Test"), 0.2, _("Outcome"), 0.2, _("Observed"), 0.35, NULL);
  chart = add_chart (self, _("Self-test outcomes over time"), 0, self->period.first, self->period.last);
  squat = stride_chart_series_new (_("Squat test"), STRIDE_CHART_SERIES_EVENTS);
  bridge = stride_chart_series_new (_("Bridge test"), STRIDE_CHART_SERIES_EVENTS);

  for (guint i = 0; i < points->len; i++)
    {
      const StrideSelfTestPoint *point = &g_array_index (points, StrideSelfTestPoint, i);
      gboolean is_squat = point->test == STRIDE_RECORD_TEST_SQUAT;

      add_row (table,
               format_time_day (point->taken),
               g_strdup (get_test_name (is_squat ? STRIDE_TEST_ID_SQUAT : STRIDE_TEST_ID_BRIDGE)),
               g_strdup (stride_outcome_get_short_label (point->outcome)),
               dup_observations (point));
      stride_chart_series_add_event (is_squat ? squat : bridge, stride_report_day_of (point->taken),
                                     stride_outcome_get_short_label (point->outcome));
    }

  if (stride_chart_series_get_n_points (squat) > 0)
    g_ptr_array_add (chart->series, squat);
  else
    g_object_unref (squat);
  if (stride_chart_series_get_n_points (bridge) > 0)
    g_ptr_array_add (chart->series, bridge);
  else
    g_object_unref (bridge);
}

/* A note's paragraphs, a long one in pieces broken between words, so
 * that each row of the table fits on a page */
static GPtrArray *
split_note (const char *note)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) paragraphs = g_strsplit (note, "\n", -1);

  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      const char *rest = g_strstrip (paragraphs[p]);

      while (*rest != '\0')
        {
          const char *end = rest;
          const char *space = NULL;
          glong n = 0;

          while (*end != '\0' && n < NOTE_PIECE_CHARS)
            {
              if (*end == ' ')
                space = end;
              end = g_utf8_next_char (end);
              n++;
            }
          if (*end != '\0' && space != NULL && space > rest)
            end = space;

          g_ptr_array_add (pieces, g_strstrip (g_strndup (rest, end - rest)));
          rest = end;
          while (*rest == ' ')
            rest++;
        }
    }

  return pieces;
}

static void
add_notes (StrideReport *self)
{
  StrideReportBlock *table = NULL;

  add_block (self, STRIDE_REPORT_BLOCK_HEADING, _("Notes from Sessions"));
  for (guint i = 0; i < self->sessions->len; i++)
    {
      JsonObject *session = g_ptr_array_index (self->sessions, i);
      /* Whole, however long: the report is the one place to read it all,
       * split into pieces that flow from page to page */
      const char *note = stride_session_get_note (session);
      g_autoptr(GDateTime) started = NULL;
      g_autoptr(GPtrArray) pieces = NULL;

      if (note == NULL || *note == '\0')
        continue;

      if (table == NULL)
        table = add_table (self, _("Date"), 0.25, _("Note"), 0.75, NULL);
      started = stride_session_dup_started (session);
      pieces = split_note (note);
      for (guint p = 0; p < pieces->len; p++)
        add_row (table, p == 0 ? format_time_day (started) : NULL, g_strdup (g_ptr_array_index (pieces, p)));
    }

  if (table == NULL)
    add_text (self, _("No notes were written in this period."));
}

static int
compare_started (gconstpointer a,
                 gconstpointer b)
{
  g_autoptr(GDateTime) first = stride_session_dup_started (*(JsonObject **) a);
  g_autoptr(GDateTime) second = stride_session_dup_started (*(JsonObject **) b);

  return g_date_time_compare (first, second);
}

static GPtrArray *
filter_records (GPtrArray                *records,
                const StrideReportPeriod *period,
                GDateTime               *(*dup_time) (JsonObject *record))
{
  GPtrArray *kept = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      JsonObject *record = g_ptr_array_index (records, i);
      g_autoptr(GDateTime) time = dup_time (record);

      if (time != NULL && stride_report_period_contains (period, time))
        g_ptr_array_add (kept, json_object_ref (record));
    }

  return kept;
}

static void
build (StrideReport *self)
{
  g_autoptr(GArray) weeks = NULL;
  StrideWeek first, last;
  guint met, counted;
  guint title_end;
  guint n_pain;

  get_week_bounds (&self->period, &first, &last);
  weeks = stride_stats_list_weeks (self->stats, &first, &last);
  count_weeks (self, weeks, &met, &counted);

  /* The title page counts the pain reports listed later: made last */
  add_weeks (self, weeks, met, counted);
  add_sessions (self);
  add_exercises (self, weeks);
  n_pain = add_pain (self);
  add_self_tests (self);
  add_notes (self);

  title_end = self->blocks->len;
  add_title_page (self, met, counted, n_pain);
  for (guint i = title_end; i < self->blocks->len; i++)
    {
      gpointer block = g_ptr_array_steal_index (self->blocks, self->blocks->len - 1);

      g_ptr_array_insert (self->blocks, 0, block);
    }
}

/**
 * stride_report_new:
 * @sessions: (element-type JsonObject): the sessions as stored, of any time
 * @results: (element-type JsonObject): the self-test results as stored
 * @period: the days to report on
 * @goal_min: the weekly goal's fewest sessions
 * @goal_max: and its most
 * @made: when the report is made
 *
 * Returns: (transfer full): the report of the records in @period
 */
StrideReport *
stride_report_new (GPtrArray                *sessions,
                   GPtrArray                *results,
                   const StrideReportPeriod *period,
                   guint                     goal_min,
                   guint                     goal_max,
                   GDateTime                *made)
{
  StrideReport *self;

  g_return_val_if_fail (period != NULL && period->first <= period->last, NULL);
  g_return_val_if_fail (made != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_REPORT, NULL);
  self->period = *period;
  self->made = g_date_time_ref (made);
  self->goal_min = goal_min;
  self->goal_max = MAX (goal_min, goal_max);
  self->sessions = filter_records (sessions, period, stride_session_dup_started);
  g_ptr_array_sort (self->sessions, compare_started);
  self->results = filter_records (results, period, stride_self_test_result_dup_taken);
  self->stats = stride_stats_new (self->sessions, self->results, NULL);
  build (self);

  return self;
}

const StrideReportPeriod *
stride_report_get_period (StrideReport *self)
{
  g_return_val_if_fail (STRIDE_IS_REPORT (self), NULL);

  return &self->period;
}

/**
 * stride_report_get_n_sessions:
 *
 * Returns: how many sessions of the period the report lists
 */
guint
stride_report_get_n_sessions (StrideReport *self)
{
  g_return_val_if_fail (STRIDE_IS_REPORT (self), 0);

  return self->sessions->len;
}

/**
 * stride_report_dup_file_name:
 *
 * Returns: the name a saved report is offered: "Stride report 2026-12-04.pdf"
 */
char *
stride_report_dup_file_name (GDateTime *made)
{
  g_autofree char *date = g_date_time_format (made, "%Y-%m-%d");

  /* Translators: the name of a saved report's file; %s is the date it was made, as 2026-12-04 */
  return g_strdup_printf (_("Stride report %s.pdf"), date);
}

GPtrArray *
_stride_report_get_blocks (StrideReport *self)
{
  return self->blocks;
}

StrideReportPages *
_stride_report_get_pages (StrideReport *self)
{
  return &self->pages;
}

char *
_stride_report_dup_made (StrideReport *self)
{
  g_autofree char *day = format_time_day (self->made);

  /* Translators: when the report was made; %s is a date */
  return g_strdup_printf (_("Made on %s"), day);
}

static void
stride_report_finalize (GObject *object)
{
  StrideReport *self = STRIDE_REPORT (object);

  g_clear_pointer (&self->made, g_date_time_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_object (&self->stats);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages.placements, g_array_unref);

  G_OBJECT_CLASS (stride_report_parent_class)->finalize (object);
}

static void
stride_report_class_init (StrideReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stride_report_finalize;
}

static void
stride_report_init (StrideReport *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}
