/* stride-player-page.c
 *
 * The workout player: what to do now and for how long, readable from the
 * mat. Big remaining time and rep count, the phase in colour, the set and
 * side, what comes next, the figure in step with the rep tempo, and large
 * controls with Space, Left, Right, Escape, M and F11 on the keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-accessible.h"
#include "stride-catalog.h"
#include "stride-confirm-dialog.h"
#include "stride-cue-player.h"
#include "stride-figure-view.h"
#include "stride-frame-timer.h"
#include "stride-inhibitor.h"
#include "stride-movement.h"
#include "stride-player-page.h"

#define SECOND G_GINT64_CONSTANT (1000000)

/* A long pause no longer keeps the screen awake */
#define PAUSE_INHIBIT_SECONDS (5 * 60)

struct _StridePlayerPage
{
  AdwBin parent_instance;

  StrideEngine *engine;
  /* The application's actions while it is told a workout runs, kept to
   * tell it the end even after the page left its window */
  GActionGroup *running_told;
  /* The app's cue player, handed in by the window; NULL without sound */
  StrideCuePlayer *cue_player;
  /* What the loaded workout plays its cues on */
  StrideCuePlayer *cues;
  GSettings *settings;
  StrideInhibitor *inhibitor;
  guint flash_timeout;
  StrideFrameTimer *figure_frames;
  gboolean mat_mode;
  GtkCssProvider *time_css;
  int time_font_size;
  guint time_font_source;
  /* Checks of the digits' size after a change, once drawn at it */
  guint time_font_rechecks;
  GdkFrameClock *recheck_clock;
  gulong recheck_id;

  GtkRevealer *header_revealer;
  AdwWindowTitle *window_title;
  GtkToggleButton *mat_button;
  GtkWidget *mute_indicator;
  GtkLabel *sound_label;
  AdwToastOverlay *stage_overlay;
  GtkWidget *stage;
  GtkLabel *phase_label;
  GtkLabel *time_label;
  GtkLabel *rep_label;
  StrideFigureView *figure;
  GtkLabel *exercise_label;
  GtkLabel *set_label;
  GtkLabel *next_label;
  GtkProgressBar *progress;
  GtkButton *play_button;
};

G_DEFINE_FINAL_TYPE (StridePlayerPage, stride_player_page, ADW_TYPE_BIN)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_CUE_PLAYER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *phase_classes[] = { "phase-ready", "phase-work", "phase-rest", "phase-switch", "phase-done" };
/* A paused workout has a look of its own, whatever its phase: from the
 * mat it must not pass for one that runs */
#define PAUSED_CLASS "phase-paused"

static const StrideDose *
lookup_dose (const StrideSegment *segment)
{
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), segment->exercise_id);

  return exercise != NULL ? stride_exercise_get_dose (exercise) : NULL;
}

static const char *
phase_name (const StrideSegment *segment)
{
  switch (segment->kind)
    {
    case STRIDE_SEGMENT_GET_READY:
      return _("Get Ready");
    case STRIDE_SEGMENT_WORK:
      return _("Work");
    case STRIDE_SEGMENT_REST:
      return _("Rest");
    case STRIDE_SEGMENT_SWITCH_SIDES:
      return stride_dose_get_switch_title (lookup_dose (segment));
    case STRIDE_SEGMENT_DONE:
    default:
      return _("Done");
    }
}

static char *
format_clock (gint64 microseconds)
{
  /* Rounded up: "0:01" until the very end of the last second */
  gint64 seconds = (MAX (microseconds, 0) + SECOND - 1) / SECOND;

  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

static char *
describe_exercise (const StrideSegment *segment)
{
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), segment->exercise_id);
  const char *name = exercise != NULL ? stride_exercise_get_name (exercise) : segment->exercise_id;
  g_autofree char *harder = NULL;

  if (segment->harder)
    /* Translators: an exercise done in its harder variation */
    harder = g_strdup_printf (_("%s, harder"), name);

  return stride_dose_name_side (lookup_dose (segment), harder != NULL ? harder : name, segment->side);
}

static void
update_figure (StridePlayerPage *self)
{
  StridePlan *plan = stride_engine_get_plan (self->engine);
  const StrideSegment *segment = stride_plan_get_segment (plan, stride_engine_get_segment (self->engine));
  const StrideMovement *movement = stride_movement_lookup (stride_figure_view_get_movement (self->figure));
  double phase = 0;

  if (movement == NULL)
    return;

  if (segment->kind == STRIDE_SEGMENT_WORK && segment->reps > 0)
    {
      double progress;

      /* In step with this routine's tempo, not the loop's own pace */
      if (stride_segment_get_rep_at (segment, stride_engine_get_offset (self->engine), NULL, &progress) > 0)
        phase = stride_movement_get_rep_phase (movement,
                                               progress * stride_segment_get_rep_duration (segment),
                                               segment->tempo_down, segment->tempo_hold, segment->tempo_up);
    }
  else if (segment->kind == STRIDE_SEGMENT_WORK)
    {
      /* A hold holds the far position */
      phase = stride_movement_get_end_phase (movement);
    }

  stride_figure_view_set_phase (self->figure, phase);
}

/* Only a change of phase restyles the stage: taking a class off and
 * putting it back would restyle it every second */
static void
set_phase_class (StridePlayerPage *self,
                 const char       *phase_class)
{
  if (gtk_widget_has_css_class (self->stage, phase_class))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (phase_classes); i++)
    gtk_widget_remove_css_class (self->stage, phase_classes[i]);
  gtk_widget_remove_css_class (self->stage, PAUSED_CLASS);
  gtk_widget_add_css_class (self->stage, phase_class);
}

static void queue_time_font (StridePlayerPage *self);

static void
update_display (StridePlayerPage *self)
{
  StridePlan *plan = stride_engine_get_plan (self->engine);
  guint index = stride_engine_get_segment (self->engine);
  const StrideSegment *segment = stride_plan_get_segment (plan, index);
  guint next = stride_plan_find_next_work (plan, index);
  const StrideSegment *shown = segment->kind == STRIDE_SEGMENT_DONE ? NULL : segment;
  gint64 offset = stride_engine_get_offset (self->engine);
  gint64 duration = stride_plan_get_duration (plan);
  StrideEngineState state = stride_engine_get_state (self->engine);
  g_autofree char *time = format_clock (segment->start + segment->duration - offset);
  g_autofree char *left = format_clock (duration - offset);
  g_autofree char *subtitle = NULL;

  if (state == STRIDE_ENGINE_PAUSED)
    {
      set_phase_class (self, PAUSED_CLASS);
      gtk_label_set_label (self->phase_label, _("Paused"));
    }
  else
    {
      set_phase_class (self, phase_classes[MIN (segment->kind, G_N_ELEMENTS (phase_classes) - 1)]);
      gtk_label_set_label (self->phase_label, phase_name (segment));
    }
  /* "10:00" after "9:59" needs room for one more digit */
  if (strlen (gtk_label_get_label (self->time_label)) != strlen (segment->kind == STRIDE_SEGMENT_DONE ? "0:00" : time))
    queue_time_font (self);
  gtk_label_set_label (self->time_label, segment->kind == STRIDE_SEGMENT_DONE ? "0:00" : time);

  if (segment->kind == STRIDE_SEGMENT_WORK && segment->reps > 0)
    {
      guint rep = stride_segment_get_rep_at (segment, offset, NULL, NULL);
      g_autofree char *reps = stride_dose_format_count_of (lookup_dose (segment), MAX (rep, 1), segment->reps);

      gtk_label_set_label (self->rep_label, reps);
    }
  else if (segment->kind == STRIDE_SEGMENT_WORK)
    gtk_label_set_label (self->rep_label, _("Hold"));
  else
    gtk_label_set_label (self->rep_label, "");

  if (shown != NULL)
    {
      g_autofree char *exercise = describe_exercise (shown);
      g_autofree char *set = g_strdup_printf (_("Set %u of %u"), shown->set, shown->n_sets);
      const StrideMovement *movement = stride_movement_lookup_for_exercise (shown->exercise_id, shown->harder);

      gtk_label_set_label (self->exercise_label, exercise);
      gtk_label_set_label (self->set_label, set);
      if (movement != NULL && g_strcmp0 (stride_figure_view_get_movement (self->figure),
                                         stride_movement_get_id (movement)) != 0)
        stride_figure_view_set_movement (self->figure, stride_movement_get_id (movement));
      stride_figure_view_set_side (self->figure, shown->side);
      gtk_widget_set_visible (GTK_WIDGET (self->figure), movement != NULL);
    }
  else
    {
      /* Praise for a workout done, not for one skipped to its end */
      gtk_label_set_label (self->exercise_label, stride_engine_has_done (self->engine)
                                                 ? _("Workout done. Well done!")
                                                 : _("End of the routine"));
      gtk_label_set_label (self->set_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->figure), FALSE);
    }

  if (next != G_MAXUINT)
    {
      const StrideSegment *after = stride_plan_get_segment (plan, next);
      g_autofree char *what = describe_exercise (after);
      g_autofree char *text = NULL;

      /* Another set of the same exercise says which, or "Next: Squats"
       * during Squats would read as if they were done */
      if (after->item == segment->item && after->set != segment->set)
        {
          g_autofree char *set = NULL;

          /* Translators: an exercise and one of its sets, e.g. "Squats, set 2 of 3" */
          set = g_strdup_printf (_("%s, set %u of %u"), what, after->set, after->n_sets);
          g_free (what);
          what = g_steal_pointer (&set);
        }
      /* Translators: what comes after the current exercise or set */
      text = g_strdup_printf (_("Next: %s"), what);
      gtk_label_set_label (self->next_label, text);
    }
  else if (shown != NULL)
    gtk_label_set_label (self->next_label, _("Last exercise"));
  else
    gtk_label_set_label (self->next_label, "");

  gtk_progress_bar_set_fraction (self->progress, duration > 0 ? (double) offset / duration : 1.0);
  /* Translators: the time left in the whole workout, e.g. "12:30 left" */
  subtitle = g_strdup_printf (_("%s left"), left);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  switch (state)
    {
    case STRIDE_ENGINE_READY:
      stride_accessible_set_button_label (self->play_button, _("_Start"));
      break;
    case STRIDE_ENGINE_RUNNING:
      stride_accessible_set_button_label (self->play_button, _("_Pause"));
      break;
    case STRIDE_ENGINE_PAUSED:
      stride_accessible_set_button_label (self->play_button, _("_Resume"));
      break;
    case STRIDE_ENGINE_FINISHED:
    case STRIDE_ENGINE_STOPPED:
    default:
      stride_accessible_set_button_label (self->play_button, _("_Done"));
      break;
    }

  update_figure (self);
}

static void
figure_frame_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  update_figure (user_data);
}

/* The figure follows the rep tempo while the workout runs and the style
 * allows animation; otherwise it is only updated with the display */
static void
update_figure_ticking (StridePlayerPage *self)
{
  gboolean animations = TRUE;
  gboolean want;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);
  want = animations && self->engine != NULL && stride_engine_get_state (self->engine) == STRIDE_ENGINE_RUNNING;

  if (want && self->figure_frames == NULL)
    self->figure_frames = stride_frame_timer_new (GTK_WIDGET (self->figure), STRIDE_FIGURE_FRAME_MS,
                                                  figure_frame_cb, self);
  else if (!want)
    g_clear_pointer (&self->figure_frames, stride_frame_timer_free);
}

/* No reminder comes while a workout runs or is paused: the
 * application's app.workout-running says so */
static void
tell_running (StridePlayerPage *self,
              gboolean          running)
{
  if (running && self->running_told == NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkApplication *application = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

      if (application == NULL || !g_action_group_has_action (G_ACTION_GROUP (application), "workout-running"))
        return;
      self->running_told = G_ACTION_GROUP (g_object_ref (application));
      g_action_group_change_action_state (self->running_told, "workout-running", g_variant_new_boolean (TRUE));
    }
  else if (!running && self->running_told != NULL)
    {
      g_action_group_change_action_state (self->running_told, "workout-running", g_variant_new_boolean (FALSE));
      g_clear_object (&self->running_told);
    }
}

/* The screen stays on while the workout runs: the runner is on the mat */
static void
update_inhibit (StridePlayerPage *self)
{
  StrideEngineState state = stride_engine_get_state (self->engine);

  tell_running (self, state == STRIDE_ENGINE_RUNNING || state == STRIDE_ENGINE_PAUSED);

  switch (stride_engine_get_state (self->engine))
    {
    case STRIDE_ENGINE_RUNNING:
      stride_inhibitor_hold (self->inhibitor);
      break;
    case STRIDE_ENGINE_PAUSED:
      stride_inhibitor_release_after (self->inhibitor, PAUSE_INHIBIT_SECONDS);
      break;
    case STRIDE_ENGINE_READY:
    case STRIDE_ENGINE_FINISHED:
    case STRIDE_ENGINE_STOPPED:
    default:
      stride_inhibitor_release (self->inhibitor);
      break;
    }
}

static void
cancel_sounds (StridePlayerPage *self)
{
  if (self->cues != NULL)
    stride_cue_player_cancel (self->cues);
}

static void
on_engine_state_changed (StridePlayerPage *self)
{
  StrideEngineState state = stride_engine_get_state (self->engine);

  /* Sounds already scheduled would play into the pause or the stop; at
   * the end, "workout done" is still to be said */
  if (state == STRIDE_ENGINE_PAUSED || state == STRIDE_ENGINE_STOPPED)
    cancel_sounds (self);

  update_inhibit (self);
  update_figure_ticking (self);
  update_display (self);

  if (state == STRIDE_ENGINE_FINISHED || state == STRIDE_ENGINE_STOPPED)
    {
      g_autoptr(JsonObject) session = stride_engine_dup_session (self->engine);

      g_signal_emit (self, signals[DONE], 0, session);
    }
}

static gboolean
end_flash (gpointer user_data)
{
  StridePlayerPage *self = user_data;

  self->flash_timeout = 0;
  gtk_widget_remove_css_class (self->stage, "flash");
  return G_SOURCE_REMOVE;
}

static void
on_segment_changed (StridePlayerPage *self)
{
  /* For runners who cannot hear the cues: the whole stage flashes */
  if (g_settings_get_boolean (self->settings, "flash-on-phase-change")
      && stride_engine_get_state (self->engine) == STRIDE_ENGINE_RUNNING)
    {
      gtk_widget_add_css_class (self->stage, "flash");
      g_clear_handle_id (&self->flash_timeout, g_source_remove);
      self->flash_timeout = g_timeout_add (250, end_flash, self);
    }

  update_display (self);
}

static void
toggle (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (widget);

  switch (stride_engine_get_state (self->engine))
    {
    case STRIDE_ENGINE_READY:
      stride_engine_start (self->engine);
      break;
    case STRIDE_ENGINE_RUNNING:
      stride_engine_pause (self->engine);
      break;
    case STRIDE_ENGINE_PAUSED:
      stride_engine_resume (self->engine);
      break;
    case STRIDE_ENGINE_FINISHED:
    case STRIDE_ENGINE_STOPPED:
    default:
      break;
    }
}

static void
skip_next (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (widget);

  cancel_sounds (self);
  stride_engine_next (self->engine);
  update_display (self);
}

static void
skip_previous (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (widget);

  cancel_sounds (self);
  stride_engine_previous (self->engine);
  update_display (self);
}

static void
on_stop_response (AdwMessageDialog *dialog,
                  const char       *response,
                  StridePlayerPage *self)
{
  if (g_strcmp0 (response, "stop") == 0)
    stride_engine_stop (self->engine);
  else if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "was-running")))
    stride_engine_resume (self->engine);
}

static void
stop (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (widget);
  StrideEngineState state = stride_engine_get_state (self->engine);
  GtkWidget *dialog;

  if (state == STRIDE_ENGINE_FINISHED || state == STRIDE_ENGINE_STOPPED)
    return;

  /* Not started yet: nothing to lose, nothing to ask */
  if (state == STRIDE_ENGINE_READY)
    {
      stride_engine_stop (self->engine);
      return;
    }

  stride_engine_pause (self->engine);
  dialog = stride_confirm_dialog_new (widget, _("Stop the Workout?"),
                                      _("What you did so far is kept, and you can record it as a partly done session."),
                                      "continue", _("_Continue"), "stop", _("_Stop"));
  g_object_set_data (G_OBJECT (dialog), "was-running", GINT_TO_POINTER (state == STRIDE_ENGINE_RUNNING));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_stop_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toggle_mute (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (widget);

  g_settings_set_boolean (self->settings, "muted", !g_settings_get_boolean (self->settings, "muted"));
}

static void
toggle_mat_mode (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (widget);

  stride_player_page_set_mat_mode (self, !self->mat_mode);
}

/* The font size that lets the page fit @height: what the rest of the
 * page needs is measured, at the digits' present size */
static int
get_fitting_font_size (StridePlayerPage *self,
                       int               width,
                       int               height)
{
  /* Without a size of their own the digits are 72 pt, 96 px */
  int font_size = self->time_font_size > 0 ? self->time_font_size : 96;
  int page_height, digits_height;

  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, width, &page_height, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->time_label), GTK_ORIENTATION_VERTICAL, -1, &digits_height, NULL, NULL, NULL);
  if (digits_height <= 0)
    return G_MAXINT;

  /* The line grows with the font, nearly in proportion: rounding the
   * trimmed line to pixels may add up to two */
  return (int) floor ((height - 2 - (page_height - digits_height)) * (double) font_size / digits_height);
}

static void recheck_after_next_frame (StridePlayerPage *self);

/* The font size at which the digits' ink is @ink_height high, from their
 * ink at the present size */
static int
get_font_size_for_ink (StridePlayerPage *self,
                       int               ink_height)
{
  int font_size = self->time_font_size > 0 ? self->time_font_size : 96;
  PangoRectangle ink;

  pango_layout_get_pixel_extents (gtk_label_get_layout (self->time_label), &ink, NULL);
  if (ink.height <= 0)
    return G_MAXINT;

  return (int) ceil (ink_height * (double) font_size / ink.height);
}

/* How wide the window must be for the words about the sound to be
 * large in mat mode, “No sound: cues on screen only” on one line */
#define MAT_WIDE_STAGE 720

/* The largest font for the digits in mat mode that leaves the figure a
 * quarter of @height, or a sixth of it for the digits' ink in a window
 * too short for both: the controls stay on the screen either way */
static int
get_mat_font_size (StridePlayerPage *self,
                   int               height)
{
  int page_width = gtk_widget_get_width (GTK_WIDGET (self));
  int figure_least;
  int figure_share;
  int indicator_height = 0;
  int leaving_figure_share, sixth, size;

  /* Above the figure's least height, as the template asks, which the
   * page's measure holds */
  gtk_widget_get_size_request (GTK_WIDGET (self->figure), NULL, &figure_least);
  figure_share = MAX (0, (height + 3) / 4 - MAX (figure_least, 0));

  /* "Sound Off", shown below the digits, takes its room out of the
   * figure's share: muting does not change the digits */
  if (gtk_widget_get_visible (self->mute_indicator))
    {
      gtk_widget_measure (self->mute_indicator, GTK_ORIENTATION_VERTICAL, -1, &indicator_height, NULL, NULL, NULL);
      indicator_height += gtk_box_get_spacing (GTK_BOX (self->stage));
    }
  leaving_figure_share = get_fitting_font_size (self, page_width, height - figure_share + indicator_height);
  /* A pixel over, as the glyphs' outlines are rounded to pixels */
  sixth = get_font_size_for_ink (self, (height + 5) / 6 + 1);
  size = MAX (leaving_figure_share, MIN (sixth, get_fitting_font_size (self, page_width, height)));

  /* Worked out from the present size, the result may differ by a pixel
   * from one change to the next: the digits keep their size while the
   * page fits */
  if (self->time_font_size > 0 && ABS (size - self->time_font_size) <= 2)
    {
      int page_height;

      gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, page_width, &page_height, NULL, NULL, NULL);
      if (page_height <= height)
        size = self->time_font_size;
    }

  return size;
}

/* In mat mode the digits take a quarter of the height where the rest of
 * the page leaves room for it and the figure its quarter, and less where
 * not (see get_mat_font_size()). The font is sized from the page's
 * height, since CSS has no unit for that. In a window narrower than that
 * allows, e.g. a phone held upright, they take the whole width instead
 * of being cut off. Checked after the window changed size, once the page
 * has its new one, and when "Sound Off" comes or goes. */
static gboolean
update_time_font (gpointer user_data)
{
  StridePlayerPage *self = user_data;
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  int height = root != NULL ? gtk_widget_get_height (root) : 0;
  int width = root != NULL ? gtk_widget_get_width (root) : 0;
  /* In these bold tabular digits a digit is about 0.66 of the font size
   * wide and the colon 0.51: "0:59" is 2.5 times as wide, "10:00" 3.2 */
  double em_wide = 0.66 * (g_utf8_strlen (gtk_label_get_label (self->time_label), -1) - 1) + 0.51;
  /* Digits are about 0.66 of the font size tall; a quarter of the
   * window's height, with a little to spare. 24 px keep them off the
   * window's edges. */
  int size = MIN ((int) ceil (height * 0.27 / 0.66), (int) floor ((width - 24) / MAX (em_wide, 1.0)));
  int wanted;

  /* The words about the sound as large as the rest of mat mode's only
   * where they take a line, not three */
  if ((width >= MAT_WIDE_STAGE) != gtk_widget_has_css_class (self->mute_indicator, "wide-stage"))
    {
      if (width >= MAT_WIDE_STAGE)
        gtk_widget_add_css_class (self->mute_indicator, "wide-stage");
      else
        gtk_widget_remove_css_class (self->mute_indicator, "wide-stage");
    }

  if (self->mat_mode && height > 0)
    size = MIN (size, get_mat_font_size (self, height));
  size = MAX (size, 12);
  wanted = self->mat_mode ? size : 0;

  self->time_font_source = 0;

  if (wanted != self->time_font_size)
    {
      g_autofree char *css = NULL;

      self->time_font_size = wanted;
      css = self->mat_mode
            ? g_strdup_printf ("label.player-time { font-size: %dpx; }", size)
            : g_strdup ("");
      gtk_css_provider_load_from_data (self->time_css, css, -1);

      /* The size was worked out from the digits at the size before:
       * once they are drawn at the new one it is checked again, which
       * settles it in a pass or two, so that a later change (pausing,
       * muting) starts from where it settled */
      if (self->mat_mode && self->time_font_rechecks < 3)
        {
          self->time_font_rechecks++;
          recheck_after_next_frame (self);
        }
    }
  else
    {
      self->time_font_rechecks = 0;
    }

  return G_SOURCE_REMOVE;
}

static void
queue_time_font (StridePlayerPage *self)
{
  if (self->time_font_source == 0)
    self->time_font_source = g_idle_add_full (GTK_PRIORITY_RESIZE + 1, update_time_font, self, NULL);
}

static void
stop_recheck (StridePlayerPage *self)
{
  if (self->recheck_clock != NULL)
    g_clear_signal_handler (&self->recheck_id, self->recheck_clock);
  g_clear_object (&self->recheck_clock);
}

static void
on_recheck_frame (GdkFrameClock    *clock,
                  StridePlayerPage *self)
{
  stop_recheck (self);
  queue_time_font (self);
}

static void
recheck_after_next_frame (StridePlayerPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || self->recheck_clock != NULL)
    return;

  self->recheck_clock = g_object_ref (clock);
  self->recheck_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_recheck_frame), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_root_changed (StridePlayerPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    {
      g_signal_connect_object (root, "notify::default-height", G_CALLBACK (queue_time_font), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (root, "notify::default-width", G_CALLBACK (queue_time_font), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (root, "notify::fullscreened", G_CALLBACK (queue_time_font), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (root, "notify::maximized", G_CALLBACK (queue_time_font), self, G_CONNECT_SWAPPED);
    }
}

static void
stride_player_page_dispose (GObject *object)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (object);

  tell_running (self, FALSE);
  g_clear_object (&self->inhibitor);
  g_clear_handle_id (&self->flash_timeout, g_source_remove);
  g_clear_handle_id (&self->time_font_source, g_source_remove);
  stop_recheck (self);
  g_clear_pointer (&self->figure_frames, stride_frame_timer_free);
  if (self->engine != NULL)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  g_clear_object (&self->engine);
  cancel_sounds (self);
  g_clear_object (&self->cues);
  g_clear_object (&self->cue_player);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_PLAYER_PAGE);
  g_clear_object (&self->settings);
  g_clear_object (&self->time_css);

  G_OBJECT_CLASS (stride_player_page_parent_class)->dispose (object);
}

/**
 * stride_player_page_focus_play_button:
 *
 * Puts the keyboard on Start, Pause or Resume: what the runner does
 * next. Not a grab_focus override: GTK grabs the focus on the page
 * itself while Tab moves through the window, and Tab would only go
 * round the page's own buttons then.
 *
 * Returns: whether the button took the focus
 */
gboolean
stride_player_page_focus_play_button (StridePlayerPage *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER_PAGE (self), FALSE);

  return gtk_widget_grab_focus (GTK_WIDGET (self->play_button));
}

static void
stride_player_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (stride_player_page_parent_class)->map (widget);

  stride_player_page_focus_play_button (STRIDE_PLAYER_PAGE (widget));
}

static void
stride_player_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (object);

  switch (prop_id)
    {
    case PROP_CUE_PLAYER:
      g_value_set_object (value, self->cue_player);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the runner hears of the cues, shown on the stage from across the
 * room for as long as it lasts: muted, or no sound device at all, when
 * the cues are only on screen */
static void
update_sound_indicator (StridePlayerPage *self)
{
  gboolean unavailable = self->cue_player != NULL && !stride_cue_player_get_available (self->cue_player);
  gboolean muted = self->settings != NULL && g_settings_get_boolean (self->settings, "muted");

  /* Translators: on the workout's stage; the cues are shown but not heard */
  gtk_label_set_label (self->sound_label, unavailable ? _("No sound: cues on screen only") : _("Sound Off"));
  gtk_widget_set_visible (self->mute_indicator, unavailable || muted);
}

static void
stride_player_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  StridePlayerPage *self = STRIDE_PLAYER_PAGE (object);

  switch (prop_id)
    {
    case PROP_CUE_PLAYER:
      self->cue_player = g_value_dup_object (value);
      if (self->cue_player != NULL)
        g_signal_connect_object (self->cue_player, "notify::available", G_CALLBACK (update_sound_indicator), self,
                                 G_CONNECT_SWAPPED);
      update_sound_indicator (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_player_page_class_init (StridePlayerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_player_page_dispose;
  object_class->get_property = stride_player_page_get_property;
  object_class->set_property = stride_player_page_set_property;
  widget_class->map = stride_player_page_map;

  /**
   * StridePlayerPage::done:
   * @session: the session as done, for the session log
   */
  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, JSON_TYPE_OBJECT);

  /**
   * StridePlayerPage:cue-player:
   *
   * What plays the cues of workouts on the monotonic clock; %NULL for
   * none, as for a page that runs on a test's clock.
   */
  properties[PROP_CUE_PLAYER] =
    g_param_spec_object ("cue-player", NULL, NULL, STRIDE_TYPE_CUE_PLAYER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STRIDE_TYPE_FIGURE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-player-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, header_revealer);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, mat_button);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, mute_indicator);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, sound_label);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, stage_overlay);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, stage);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, time_label);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, rep_label);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, figure);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, set_label);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, next_label);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, progress);
  gtk_widget_class_bind_template_child (widget_class, StridePlayerPage, play_button);

  gtk_widget_class_install_action (widget_class, "player.toggle", NULL, toggle);
  gtk_widget_class_install_action (widget_class, "player.next", NULL, skip_next);
  gtk_widget_class_install_action (widget_class, "player.previous", NULL, skip_previous);
  gtk_widget_class_install_action (widget_class, "player.stop", NULL, stop);
  gtk_widget_class_install_action (widget_class, "player.mute", NULL, toggle_mute);
  gtk_widget_class_install_action (widget_class, "player.mat-mode", NULL, toggle_mat_mode);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "player.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "player.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "player.stop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, 0, "player.mute", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "player.mat-mode", NULL);
}

/* Space starts and pauses wherever the keyboard is in the player, before
 * the button it is on takes it: the ⋮ button after the menu was closed
 * would open it again, Skip would skip. Return presses that button. A
 * menu open over the player keeps its own keys. */
static gboolean
on_key_captured (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 StridePlayerPage      *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

  if (keyval != GDK_KEY_space || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;
  if (event == NULL || native == NULL || gdk_event_get_surface (event) != gtk_native_get_surface (native))
    return GDK_EVENT_PROPAGATE;

  gtk_widget_activate_action (GTK_WIDGET (self), "player.toggle", NULL);

  return GDK_EVENT_STOP;
}

static void
stride_player_page_init (StridePlayerPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_captured), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  stride_accessible_watch_toasts (GTK_WIDGET (self->stage_overlay));

  self->inhibitor = stride_inhibitor_new (GTK_WIDGET (self), _("A workout is running"));
  self->settings = g_settings_new (APP_ID);
  {
    g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
    g_autoptr(GAction) flash = g_settings_create_action (self->settings, "flash-on-phase-change");
    g_autoptr(GAction) muted = g_settings_create_action (self->settings, "muted");

    g_action_map_add_action (G_ACTION_MAP (group), flash);
    g_action_map_add_action (G_ACTION_MAP (group), muted);
    gtk_widget_insert_action_group (GTK_WIDGET (self), "settings", G_ACTION_GROUP (group));
  }

  g_signal_connect (self, "notify::root", G_CALLBACK (on_root_changed), NULL);

  /* Muted shows on the stage, however it was muted (M, the options
   * menu, the preferences); the menu's item shows it checked */
  g_signal_connect_object (self->settings, "changed::muted", G_CALLBACK (update_sound_indicator), self,
                           G_CONNECT_SWAPPED);
  update_sound_indicator (self);
  /* In a window too short for both, the digits make room for it */
  g_signal_connect_object (self->mute_indicator, "notify::visible", G_CALLBACK (queue_time_font), self, G_CONNECT_SWAPPED);

  self->time_css = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->time_label)),
                                  GTK_STYLE_PROVIDER (self->time_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
}

/**
 * stride_player_page_load:
 * @clock: the clock to run on: the monotonic one in the app
 *
 * Prepares @routine to start when the runner presses Start or Space.
 *
 * Returns: %FALSE with @error set if the routine cannot run
 */
gboolean
stride_player_page_load (StridePlayerPage  *self,
                         StrideRoutine     *routine,
                         StrideClock       *clock,
                         GError           **error)
{
  g_autoptr(StridePlan) plan = NULL;

  g_return_val_if_fail (STRIDE_IS_PLAYER_PAGE (self), FALSE);
  g_return_val_if_fail (routine != NULL, FALSE);

  plan = stride_plan_new (routine, error);
  if (plan == NULL)
    return FALSE;

  if (self->engine != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->engine, self);
      stride_engine_stop (self->engine);
      stride_inhibitor_release (self->inhibitor);
      tell_running (self, FALSE);
    }
  g_clear_object (&self->engine);

  self->engine = stride_engine_new (plan, clock);

  /* Sound follows the real clock only; tests run on a fake one */
  if (STRIDE_IS_MONOTONIC_CLOCK (clock))
    g_set_object (&self->cues, self->cue_player);
  if (self->cues != NULL)
    {
      stride_cue_player_follow (self->cues, self->engine);
      stride_cue_player_prepare_plan (self->cues, plan);
    }
  g_signal_connect_object (self->engine, "notify::state", G_CALLBACK (on_engine_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "segment-changed", G_CALLBACK (on_segment_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "tick", G_CALLBACK (update_display), self, G_CONNECT_SWAPPED);

  adw_window_title_set_title (self->window_title, stride_routine_get_name (routine));
  update_display (self);

  return TRUE;
}

/**
 * stride_player_page_get_engine:
 *
 * Returns: (transfer none) (nullable): the engine of the loaded routine
 */
StrideEngine *
stride_player_page_get_engine (StridePlayerPage *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER_PAGE (self), NULL);

  return self->engine;
}

gboolean
stride_player_page_get_mat_mode (StridePlayerPage *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER_PAGE (self), FALSE);

  return self->mat_mode;
}

/**
 * stride_player_page_set_mat_mode:
 *
 * Full screen, the phase colour on the whole stage, digits up to a
 * quarter of the screen high, as large as the controls leave room for:
 * for the runner on the mat, metres away.
 */
void
stride_player_page_set_mat_mode (StridePlayerPage *self,
                                 gboolean          mat_mode)
{
  GtkWindow *window;

  g_return_if_fail (STRIDE_IS_PLAYER_PAGE (self));

  self->mat_mode = mat_mode;
  window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  if (mat_mode)
    gtk_widget_add_css_class (GTK_WIDGET (self), "mat-mode");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "mat-mode");
  gtk_toggle_button_set_active (self->mat_button, mat_mode);

  if (window != NULL)
    {
      if (mat_mode)
        gtk_window_fullscreen (window);
      else
        gtk_window_unfullscreen (window);
    }

  queue_time_font (self);
}
