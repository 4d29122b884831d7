/* stride-self-test-hold.c
 *
 * The timed part of a self-test: a countdown to get into position, then
 * the hold. The engine that runs workouts walks it as a plan on the
 * injected clock, with the cues played on their deadlines and the screen
 * kept on meanwhile; this widget only shows it. The figure beside it
 * shows the position to hold once the hold starts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-engine.h"
#include "stride-inhibitor.h"
#include "stride-movement.h"
#include "stride-self-test-hold.h"

#define SECOND G_USEC_PER_SEC

struct _StrideSelfTestHold
{
  GtkBox parent_instance;

  const StrideSelfTestStep *step;
  StrideClock *clock;
  StrideCuePlayer *cues;
  StrideFigureView *figure;
  StridePlan *plan;

  /* From Start to the end of the hold or a stop */
  StrideEngine *engine;
  StrideInhibitor *inhibitor;

  GtkWidget *stage;
  GtkLabel *prompt_label;
  GtkLabel *phase_label;
  GtkLabel *count_label;
  GtkButton *start_button;
};

G_DEFINE_FINAL_TYPE (StrideSelfTestHold, stride_self_test_hold, GTK_TYPE_BOX)

enum {
  STARTED,
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_count (StrideSelfTestHold *self,
            gboolean            holding,
            gint64              left)
{
  g_autofree char *count = g_strdup_printf ("%d", (int) ((left + SECOND - 1) / SECOND));
  const StrideMovement *movement = stride_movement_lookup (self->step->movement_id);

  gtk_label_set_label (self->phase_label, holding ? _("Hold") : _("Get Ready"));
  gtk_label_set_label (self->count_label, count);
  gtk_widget_remove_css_class (self->stage, holding ? "phase-ready" : "phase-work");
  gtk_widget_add_css_class (self->stage, holding ? "phase-work" : "phase-ready");

  /* The figure shows the position to hold once the hold starts */
  stride_figure_view_set_phase (self->figure, holding && movement != NULL ? stride_movement_get_end_phase (movement) : 0);
}

/* Before Start, and after a hold cut short, nothing counts: the hold
 * says what to do instead of showing a countdown that is not running */
static void
show_waiting (StrideSelfTestHold *self)
{
  g_autofree char *prompt = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "When you are in position, press Start. "
                                                       "After a short countdown, hold for %u second.",
                                                       "When you are in position, press Start. "
                                                       "After a short countdown, hold for %u seconds.",
                                                       self->step->hold_seconds),
                                             self->step->hold_seconds);

  gtk_label_set_label (self->prompt_label, prompt);
  gtk_widget_set_visible (GTK_WIDGET (self->prompt_label), TRUE);
  gtk_widget_set_visible (self->stage, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), TRUE);
  stride_figure_view_set_phase (self->figure, 0);
}

static void
update_display (StrideSelfTestHold *self)
{
  gint64 go = self->step->get_ready_seconds * SECOND;
  gint64 end = go + self->step->hold_seconds * SECOND;
  gint64 elapsed = MAX (0, stride_engine_get_offset (self->engine));
  gboolean holding = elapsed >= go;

  show_count (self, holding, (holding ? end : go) - elapsed);
}

static void
on_engine_finished (StrideSelfTestHold *self)
{
  /* Done: the last cue has played */
  stride_inhibitor_release (self->inhibitor);
  g_signal_emit (self, signals[DONE], 0);
}

static void
drop_engine (StrideSelfTestHold *self)
{
  if (self->engine == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->engine, self);
  stride_engine_stop (self->engine);
  g_clear_object (&self->engine);
}

/**
 * stride_self_test_hold_start:
 *
 * Starts the countdown, then the hold; #StrideSelfTestHold::done follows
 * when the hold's time is up.
 */
void
stride_self_test_hold_start (StrideSelfTestHold *self)
{
  g_return_if_fail (STRIDE_IS_SELF_TEST_HOLD (self));

  if (stride_self_test_hold_get_timing (self))
    return;

  drop_engine (self);
  self->engine = stride_engine_new (self->plan, self->clock);
  if (self->cues != NULL)
    stride_cue_player_follow (self->cues, self->engine);
  g_signal_connect_object (self->engine, "segment-changed", G_CALLBACK (update_display), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "tick", G_CALLBACK (update_display), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "finished", G_CALLBACK (on_engine_finished), self, G_CONNECT_SWAPPED);

  stride_inhibitor_hold (self->inhibitor);
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->prompt_label), FALSE);
  gtk_widget_set_visible (self->stage, TRUE);

  /* Started a cue lead ahead: the first sound, at the very start, needs
   * that long to start on time */
  stride_engine_start_in (self->engine, stride_engine_get_cue_lead (self->engine));
  update_display (self);
  g_signal_emit (self, signals[STARTED], 0);
}

/**
 * stride_self_test_hold_stop:
 *
 * Cuts the hold short: back to before Start, to be taken again from its
 * countdown.
 */
void
stride_self_test_hold_stop (StrideSelfTestHold *self)
{
  gboolean timing;

  g_return_if_fail (STRIDE_IS_SELF_TEST_HOLD (self));

  timing = stride_self_test_hold_get_timing (self);
  drop_engine (self);
  if (timing && self->cues != NULL)
    stride_cue_player_cancel (self->cues);
  stride_inhibitor_release (self->inhibitor);

  if (timing)
    show_waiting (self);
}

gboolean
stride_self_test_hold_get_timing (StrideSelfTestHold *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_HOLD (self), FALSE);

  return self->engine != NULL && stride_engine_get_state (self->engine) == STRIDE_ENGINE_RUNNING;
}

/**
 * stride_self_test_hold_get_start_button:
 *
 * Returns: (transfer none): Start, where the keyboard goes first, so that
 *   Space starts the hold
 */
GtkWidget *
stride_self_test_hold_get_start_button (StrideSelfTestHold *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_HOLD (self), NULL);

  return GTK_WIDGET (self->start_button);
}

static void
stride_self_test_hold_unmap (GtkWidget *widget)
{
  /* Nothing counts down out of sight, nor keeps the screen on */
  stride_self_test_hold_stop (STRIDE_SELF_TEST_HOLD (widget));

  GTK_WIDGET_CLASS (stride_self_test_hold_parent_class)->unmap (widget);
}

static void
stride_self_test_hold_dispose (GObject *object)
{
  StrideSelfTestHold *self = STRIDE_SELF_TEST_HOLD (object);

  if (self->clock != NULL)
    stride_self_test_hold_stop (self);
  g_clear_object (&self->inhibitor);
  g_clear_pointer (&self->plan, stride_plan_unref);
  g_clear_object (&self->clock);
  g_clear_object (&self->cues);
  g_clear_object (&self->figure);

  G_OBJECT_CLASS (stride_self_test_hold_parent_class)->dispose (object);
}

static void
stride_self_test_hold_class_init (StrideSelfTestHoldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_self_test_hold_dispose;
  widget_class->unmap = stride_self_test_hold_unmap;

  /**
   * StrideSelfTestHold::started:
   *
   * The countdown has started; Start is hidden until the hold is stopped.
   */
  signals[STARTED] =
    g_signal_new ("started",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * StrideSelfTestHold::done:
   *
   * The hold's time is up.
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
stride_self_test_hold_init (StrideSelfTestHold *self)
{
  GtkWidget *prompt = gtk_label_new (NULL);
  GtkWidget *phase = gtk_label_new (_("Get Ready"));
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *start = gtk_button_new_with_mnemonic (_("_Start"));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);

  self->stage = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->stage, "phase-ready");
  gtk_widget_set_halign (phase, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (phase, "phase-pill");
  gtk_widget_add_css_class (count, "player-time");
  gtk_widget_add_css_class (count, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (count), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Seconds left"), -1);
  gtk_box_append (GTK_BOX (self->stage), phase);
  gtk_box_append (GTK_BOX (self->stage), count);
  gtk_box_append (GTK_BOX (self), self->stage);

  gtk_label_set_wrap (GTK_LABEL (prompt), TRUE);
  gtk_label_set_justify (GTK_LABEL (prompt), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (prompt, "title-4");
  gtk_box_append (GTK_BOX (self), prompt);

  gtk_widget_set_halign (start, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (start, "pill");
  gtk_widget_add_css_class (start, "suggested-action");
  gtk_widget_add_css_class (start, "player-play");
  g_signal_connect_swapped (start, "clicked", G_CALLBACK (stride_self_test_hold_start), self);
  gtk_box_append (GTK_BOX (self), start);

  self->prompt_label = GTK_LABEL (prompt);
  self->phase_label = GTK_LABEL (phase);
  self->count_label = GTK_LABEL (count);
  self->start_button = GTK_BUTTON (start);
  self->inhibitor = stride_inhibitor_new (GTK_WIDGET (self), _("A self-test is running"));
}

/**
 * stride_self_test_hold_new:
 * @step: a timed step of @kind
 * @cues: (nullable): where the cues play; %NULL for silence, as on a fake
 *   clock in tests
 * @figure: the illustration beside the hold, posed as the hold goes
 */
GtkWidget *
stride_self_test_hold_new (const StrideSelfTestStep *step,
                           StrideSelfTestKind        kind,
                           StrideClock              *clock,
                           StrideCuePlayer          *cues,
                           StrideFigureView         *figure)
{
  StrideSelfTestHold *self;

  g_return_val_if_fail (step != NULL && step->kind == STRIDE_SELF_TEST_STEP_PERFORM, NULL);
  g_return_val_if_fail (STRIDE_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (STRIDE_IS_FIGURE_VIEW (figure), NULL);

  self = g_object_new (STRIDE_TYPE_SELF_TEST_HOLD, NULL);
  self->step = step;
  self->clock = g_object_ref (clock);
  self->cues = cues != NULL ? g_object_ref (cues) : NULL;
  self->figure = g_object_ref (figure);
  self->plan = stride_plan_new_for_hold (step, kind);

  show_waiting (self);
  stride_figure_view_set_playing (figure, FALSE);

  /* Words and sounds are made before they are needed */
  if (cues != NULL)
    stride_cue_player_prepare_plan (cues, self->plan);

  return GTK_WIDGET (self);
}
