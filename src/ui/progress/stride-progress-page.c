/* stride-progress-page.c
 *
 * The Progress area: first what a runner wants to know at a glance (this
 * week against the weekly goal, the streak and the weekly score, the
 * latest self-tests and when each is due again, and any advice the
 * progress calls for), a calendar of the training days of the last
 * months, then four charts over a range of
 * time, and the list of sessions one step further. Everything is worked
 * out again from the store when it changes, once per burst of changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-catalog.h"
#include "stride-card-grid.h"
#include "stride-chart-card.h"
#include "stride-consistency.h"
#include "stride-heatmap.h"
#include "stride-history-page.h"
#include "stride-progress-advice.h"
#include "stride-progress-charts.h"
#include "stride-progress-page.h"
#include "stride-report-dialog.h"
#include "stride-retest-row.h"
#include "stride-weekly-goal-text.h"
#include "stride-self-test-summary.h"
#include "stride-stats.h"

struct _StrideProgressPage
{
  AdwBin parent_instance;

  GSettings *settings;
  StrideStore *store;
  /* The window the page is in, which shows its toasts */
  StrideToaster *toaster;
  StrideStats *stats;
  /* "Now" for the week and the ranges; NULL for the real time */
  GDateTime *now;
  StrideStatsRange range;
  guint update_source;

  AdwLeaflet *leaflet;
  StrideProgressAdvice *advice;
  GtkFlowBox *home_grid;
  GtkLabel *week_label;
  GtkLevelBar *week_bar;
  GtkLabel *status_label;
  GtkLabel *streak_label;
  GtkLabel *score_label;
  GtkListBox *retest_list;
  StrideHeatmap *heatmap;
  AdwActionRow *squat_row;
  AdwActionRow *bridge_row;
  AdwActionRow *sessions_row;
  GtkScrolledWindow *overview_scroller;
  GtkFlowBox *chart_grid;
  StrideChartCard *sessions_card;
  StrideChartCard *reps_card;
  StrideChartCard *self_tests_card;
  StrideChartCard *pain_card;
  GtkWidget *back_button;
  StrideHistoryPage *history;
};

G_DEFINE_FINAL_TYPE (StrideProgressPage, stride_progress_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RANGE,
  PROP_STORE,
  PROP_TOASTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The range selector's targets, in the order of StrideStatsRange */
static const char *range_names[] = { "4-weeks", "3-months", "year", "all" };

static GDateTime *
dup_now (StrideProgressPage *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static void
update_week (StrideProgressPage     *self,
             const StrideWeeklyGoal *goal)
{
  g_autofree char *week = stride_weekly_goal_dup_count (goal);
  g_autofree char *status = NULL;
  g_autofree char *streak = NULL;

  if (goal->sessions > goal->goal_max)
    status = g_strdup (_("More than your goal this week. The guide pairs these exercises with rest days."));
  else if (goal->met)
    status = g_strdup (_("Goal met this week. Well done!"));
  else
    {
      guint needed = goal->goal_min - goal->sessions;

      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more session meets your goal",
                                             "%u more sessions meet your goal", needed),
                                needed);
    }

  if (goal->streak == 0)
    streak = g_strdup (_("Meet your goal this week to start a streak."));
  else
    streak = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Streak: %u week in a row met your goal",
                                           "Streak: %u weeks in a row met your goal", goal->streak),
                              goal->streak);

  gtk_label_set_label (self->week_label, week);
  gtk_label_set_label (self->status_label, status);
  gtk_label_set_label (self->streak_label, streak);

  gtk_level_bar_set_max_value (self->week_bar, MAX (goal->goal_max, goal->sessions));
  gtk_level_bar_set_value (self->week_bar, goal->sessions);
  /* Filled in the "full" style once the goal is met */
  gtk_level_bar_add_offset_value (self->week_bar, GTK_LEVEL_BAR_OFFSET_FULL, goal->goal_min);
}

/* The forgiving count beside the streak: one missed week is one of
 * eight, not a fall back to zero */
static void
update_score (StrideProgressPage *self,
              GDateTime          *now,
              guint               goal_min)
{
  g_autofree char *text = NULL;
  StrideWeeklyScore score;

  stride_consistency_get_score (self->stats, now, goal_min, &score);
  gtk_widget_set_visible (GTK_WIDGET (self->score_label), score.weeks > 0);
  if (score.weeks == 0)
    return;

  /* Translators: the first %u is weeks that met the goal, the second the
   * weeks counted, up to 8, e.g. "Goal met in 7 of the last 8 weeks" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Goal met in %u of %u week", "Goal met in %u of the last %u weeks",
                                       score.weeks),
                          score.met, score.weeks);
  gtk_label_set_label (self->score_label, text);
}

/* The calendar's weeks end with this one */
static void
update_heatmap (StrideProgressPage *self,
                GPtrArray          *sessions,
                GDateTime          *now)
{
  GTimeZone *time_zone = stride_stats_get_time_zone (self->stats);
  guint32 today = stride_consistency_get_day (now, time_zone);
  g_autoptr(GArray) days = NULL;
  StrideWeek week;

  stride_week_init_for_julian (&week, today);
  days = stride_consistency_count_days (sessions, time_zone, week.monday - 7 * (STRIDE_HEATMAP_WEEKS - 1), today);
  stride_heatmap_set_days (self->heatmap, days, today);
}

static void
update_retests (StrideProgressPage *self,
                GPtrArray          *results,
                GDateTime          *now)
{
  static const StrideSelfTestKind kinds[] = { STRIDE_SELF_TEST_SQUAT, STRIDE_SELF_TEST_BRIDGE };
  GTimeZone *time_zone = stride_stats_get_time_zone (self->stats);
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->retest_list))) != NULL)
    gtk_list_box_remove (self->retest_list, child);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GDateTime) due = stride_retest_dup_due_from_results (results, kinds[i], time_zone);

      if (due == NULL)
        continue;
      gtk_list_box_append (self->retest_list, stride_retest_row_new (kinds[i], due, now, time_zone));
      any = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->retest_list), any);
}

static void
update_self_test_row (AdwActionRow *row,
                      GPtrArray    *results,
                      const char   *test_id)
{
  StrideExercise *test = stride_catalog_lookup (stride_catalog_get_default (), test_id);
  g_autofree char *summary = stride_self_test_summary_dup_latest (results, test_id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stride_exercise_get_name (test));
  adw_action_row_set_subtitle (row, summary);
}

static void
update_sessions_row (StrideProgressPage *self,
                     guint               n_sessions)
{
  g_autofree char *subtitle = NULL;

  if (n_sessions == 0)
    subtitle = g_strdup (_("None recorded yet"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session recorded", "%u sessions recorded", n_sessions),
                                n_sessions);

  adw_action_row_set_subtitle (self->sessions_row, subtitle);

  /* The keyboard lands on Back when the sessions open: a screen reader
   * says where it is there, and then, as the tooltip does, what Back does */
  {
    g_autofree char *heard = g_strdup_printf ("%s. %s. %s",
                                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->sessions_row)),
                                              subtitle, gtk_widget_get_tooltip_text (self->back_button));

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, heard, -1);
  }
}

static void
get_goal (StrideProgressPage *self,
          guint              *goal_min,
          guint              *goal_max)
{
  stride_weekly_goal_read_settings (self->settings, goal_min, goal_max);
}

/* The weekly charts hold the weeks of the range; the charts of events
 * hold every event and are only shown the range */
static void
show_range (StrideProgressPage *self)
{
  g_autoptr(GDateTime) now = dup_now (self);
  StrideWeek first, last, this_week;
  guint goal_min, goal_max;
  guint32 first_day, last_day;

  if (self->stats == NULL)
    return;

  if (!stride_week_init_for_time (&this_week, now, stride_stats_get_time_zone (self->stats)))
    this_week = (StrideWeek) { 0, };

  get_goal (self, &goal_min, &goal_max);
  stride_stats_get_range (self->stats, self->range, now, &first, &last);

  stride_progress_charts_fill_sessions (stride_chart_card_get_chart (self->sessions_card), self->stats,
                                        &first, &last, goal_min, goal_max);
  stride_progress_charts_fill_reps (stride_chart_card_get_chart (self->reps_card), self->stats, &first, &last,
                                    &this_week);
  stride_chart_set_range (stride_chart_card_get_chart (self->sessions_card), first.monday, last.monday);
  stride_chart_set_range (stride_chart_card_get_chart (self->reps_card), first.monday, last.monday);

  /* All of it begins with the first event, which may be a self-test
   * taken before the first session */
  first_day = self->range == STRIDE_STATS_RANGE_ALL ? 0 : first.monday;
  last_day = last.monday + 6;
  stride_chart_set_range (stride_chart_card_get_chart (self->self_tests_card), first_day, last_day);
  stride_chart_set_range (stride_chart_card_get_chart (self->pain_card), first_day, last_day);
}

static void
update (StrideProgressPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GDateTime) now = dup_now (self);
  StrideWeeklyGoal goal;
  guint goal_min, goal_max;

  g_clear_handle_id (&self->update_source, g_source_remove);

  sessions = self->store != NULL ? stride_store_list (self->store, STRIDE_COLLECTION_SESSIONS) : g_ptr_array_new ();
  results = self->store != NULL ? stride_store_list (self->store, STRIDE_COLLECTION_RESULTS) : g_ptr_array_new ();

  g_clear_object (&self->stats);
  self->stats = stride_stats_new (sessions, results, NULL);

  get_goal (self, &goal_min, &goal_max);
  stride_stats_get_weekly_goal (self->stats, now, goal_min, goal_max, &goal);
  update_week (self, &goal);
  update_score (self, now, goal_min);
  update_heatmap (self, sessions, now);
  update_retests (self, results, now);
  update_self_test_row (self->squat_row, results, STRIDE_TEST_ID_SQUAT);
  update_self_test_row (self->bridge_row, results, STRIDE_TEST_ID_BRIDGE);
  update_sessions_row (self, sessions->len);

  stride_progress_charts_fill_self_tests (stride_chart_card_get_chart (self->self_tests_card), self->stats);
  stride_progress_charts_fill_pain (stride_chart_card_get_chart (self->pain_card), self->stats);
  show_range (self);

  stride_progress_advice_update (self->advice);
}

static gboolean
update_cb (gpointer user_data)
{
  update (user_data);

  return G_SOURCE_REMOVE;
}

/* An import or a synced file changes many records at once: the page is
 * worked out again once they are all in */
static void
queue_update (StrideProgressPage *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add (update_cb, self);
}

/* Shows @range of time in every chart, as the range buttons do */
static void
set_range (StrideProgressPage *self,
           StrideStatsRange    range)
{
  if (self->range == range)
    return;

  self->range = range;
  show_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

static void
on_sessions_row_activated (StrideProgressPage *self)
{
  stride_progress_page_show_history (self);
}

/* The self-tests are the Self-tests area's: the row leads there */
static void
on_self_test_row_activated (StrideProgressPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-area", "s", "self-tests");
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Back from the sessions, by the button, Escape or Alt+Left, the
 * keyboard returns to All Sessions, where it was; it stayed on the
 * hidden Back button */
static void
on_leaflet_page_changed (StrideProgressPage *self)
{
  gboolean on_history = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "history") == 0;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.back", on_history);
  if (!on_history && focus != NULL
      && gtk_widget_is_ancestor (focus, adw_leaflet_get_child_by_name (self->leaflet, "history")))
    gtk_widget_grab_focus (GTK_WIDGET (self->sessions_row));
}

static void stride_progress_page_set_store (StrideProgressPage *self,
                                            StrideStore        *store);

static void
stride_progress_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_string (value, range_names[self->range]);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TOASTER:
      g_value_set_object (value, self->toaster);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_progress_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      for (guint i = 0; i < G_N_ELEMENTS (range_names); i++)
        if (g_strcmp0 (g_value_get_string (value), range_names[i]) == 0)
          set_range (self, (StrideStatsRange) i);
      break;
    case PROP_STORE:
      stride_progress_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_TOASTER:
      g_set_weak_pointer (&self->toaster, g_value_get_object (value));
      stride_history_page_set_toaster (self->history, self->toaster);
      stride_progress_advice_set_toaster (self->advice, self->toaster);
      stride_chart_card_set_toaster (self->sessions_card, self->toaster);
      stride_chart_card_set_toaster (self->reps_card, self->toaster);
      stride_chart_card_set_toaster (self->self_tests_card, self->toaster);
      stride_chart_card_set_toaster (self->pain_card, self->toaster);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_progress_page_dispose (GObject *object)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->toaster);
  g_clear_object (&self->stats);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (stride_progress_page_parent_class)->dispose (object);
}

/* The report for the physio, over the records and goal the page shows */
static void
export_report (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (widget);

  stride_report_dialog_present (widget, self->store, self->toaster, self->now,
                                MAX (g_settings_get_int (self->settings, "weekly-goal-min"), 1),
                                MAX (g_settings_get_int (self->settings, "weekly-goal-max"), 1));
}

static void
stride_progress_page_class_init (StrideProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_progress_page_dispose;
  object_class->get_property = stride_progress_page_get_property;
  object_class->set_property = stride_progress_page_set_property;

  /**
   * StrideProgressPage:range:
   *
   * How far back the charts look: "4-weeks", "3-months", "year" or "all".
   */
  properties[PROP_RANGE] =
    g_param_spec_string ("range", NULL, NULL,
                         "3-months",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideProgressPage:store:
   *
   * The progress the page shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, STRIDE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideProgressPage:toaster:
   *
   * Where the page and its history and advice show their toasts: the
   * window the page is in.
   */
  properties[PROP_TOASTER] =
    g_param_spec_object ("toaster", NULL, NULL, STRIDE_TYPE_TOASTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STRIDE_TYPE_CARD_GRID);
  g_type_ensure (STRIDE_TYPE_CHART_CARD);
  g_type_ensure (STRIDE_TYPE_HEATMAP);
  g_type_ensure (STRIDE_TYPE_HISTORY_PAGE);
  g_type_ensure (STRIDE_TYPE_PROGRESS_ADVICE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, advice);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, home_grid);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, week_bar);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, retest_list);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, heatmap);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, squat_row);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, bridge_row);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, sessions_row);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, overview_scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, chart_grid);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, sessions_card);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, reps_card);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, self_tests_card);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, pain_card);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, history);
  gtk_widget_class_bind_template_callback (widget_class, on_sessions_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_self_test_row_activated);

  gtk_widget_class_install_property_action (widget_class, "progress.range", "range");
  gtk_widget_class_install_action (widget_class, "progress.export-report", NULL, export_report);
  gtk_widget_class_install_action (widget_class, "progress.back", NULL, go_back);

  /* As on an exercise's page; only reaches the page when no child (a
   * menu, an entry) wants it */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "progress.back", NULL);
}

/* The grids lay out cards; the cards' own buttons take the focus */
static void
make_children_unfocusable (GtkFlowBox *grid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

static void
set_empty_texts (StrideProgressPage *self)
{
  stride_chart_set_empty_text (stride_chart_card_get_chart (self->sessions_card),
                               _("Your sessions per week will appear here after your first workout, against your weekly goal."));
  stride_chart_set_empty_text (stride_chart_card_get_chart (self->reps_card),
                               _("The reps you do of each exercise will appear here, week by week, after your first workout."));
  stride_chart_set_empty_text (stride_chart_card_get_chart (self->self_tests_card),
                               _("The outcomes of the squat and bridge self-tests will appear here once you take one."));
  stride_chart_set_empty_text (stride_chart_card_get_chart (self->pain_card),
                               _("Pain you report after a workout or during a self-test will appear here. None so far."));
}

static void
stride_progress_page_init (StrideProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin owns its child and unparents it */
  self->leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (self)));

  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_page_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.back", FALSE);

  self->range = STRIDE_STATS_RANGE_3_MONTHS;
  make_children_unfocusable (self->home_grid);
  make_children_unfocusable (self->chart_grid);
  set_empty_texts (self);

  /* The level bar shows the goal, not a level that is low or high */
  gtk_level_bar_remove_offset_value (self->week_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->week_bar, GTK_LEVEL_BAR_OFFSET_HIGH);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::weekly-goal-min", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::weekly-goal-max", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);

  update (self);
}

static void
stride_progress_page_set_store (StrideProgressPage *self,
                                StrideStore        *store)
{
  g_return_if_fail (STRIDE_IS_PROGRESS_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);

  stride_history_page_set_store (self->history, store);
  stride_progress_advice_set_store (self->advice, store);
  update (self);
}

/**
 * stride_progress_page_set_now:
 * @now: (nullable): the time to count this week and the ranges from, or
 *   %NULL for the real time
 */
void
stride_progress_page_set_now (StrideProgressPage *self,
                              GDateTime          *now)
{
  g_return_if_fail (STRIDE_IS_PROGRESS_PAGE (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);

  update (self);
}

/**
 * stride_progress_page_get_chart:
 *
 * Returns: (transfer none): one of the page's charts
 */
StrideChart *
stride_progress_page_get_chart (StrideProgressPage  *self,
                                StrideProgressChart  chart)
{
  StrideChartCard *cards[] = { self->sessions_card, self->reps_card, self->self_tests_card, self->pain_card };

  g_return_val_if_fail (STRIDE_IS_PROGRESS_PAGE (self), NULL);
  g_return_val_if_fail (chart < G_N_ELEMENTS (cards), NULL);

  return stride_chart_card_get_chart (cards[chart]);
}

/* Focusing a row scrolls it into view, and the week's count above it
 * with it; where both fit, the page goes back to its top */
static gboolean
show_top_with_focus (GtkWidget     *widget,
                     GdkFrameClock *frame_clock,
                     gpointer       user_data)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->overview_scroller);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->overview_scroller);
  GtkWidget *content = viewport != NULL ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  graphene_rect_t bounds;

  if (content != NULL && gtk_widget_compute_bounds (GTK_WIDGET (self->sessions_row), content, &bounds)
      && bounds.origin.y + bounds.size.height <= gtk_adjustment_get_page_size (adjustment))
    gtk_adjustment_set_value (adjustment, 0);

  return G_SOURCE_REMOVE;
}

/**
 * stride_progress_page_focus_sessions:
 *
 * Puts the keyboard on All Sessions, where a session just saved is, and
 * shows the page from its top, with this week's count, where that
 * leaves the row in view. Where the area is arrived at, after a session
 * is saved or from a shortcut; it took its first self-test row before.
 *
 * Returns: whether the row took the focus
 */
gboolean
stride_progress_page_focus_sessions (StrideProgressPage *self)
{
  g_return_val_if_fail (STRIDE_IS_PROGRESS_PAGE (self), FALSE);

  /* The list of sessions, if open, stays where the runner left it */
  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "overview") != 0
      || !gtk_widget_grab_focus (GTK_WIDGET (self->sessions_row)))
    return FALSE;

  gtk_widget_add_tick_callback (GTK_WIDGET (self), show_top_with_focus, NULL, NULL);
  return TRUE;
}

/**
 * stride_progress_page_show_history:
 *
 * Opens the list of sessions, from which Back returns.
 */
void
stride_progress_page_show_history (StrideProgressPage *self)
{
  g_return_if_fail (STRIDE_IS_PROGRESS_PAGE (self));

  stride_history_page_show_newest (self->history);
  adw_leaflet_set_visible_child_name (self->leaflet, "history");
  gtk_widget_grab_focus (self->back_button);
}
