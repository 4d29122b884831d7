/* stride-self-test-wizard.c
 *
 * A self-test, step by step: what it checks → how to get into position →
 * a countdown and a timed hold with sound → the questions as large
 * choices → the result in plain words, saved only when the runner says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "stride-accessible.h"
#include "stride-catalog.h"
#include "stride-confirm-dialog.h"
#include "stride-cue-player.h"
#include "stride-figure-view.h"
#include "stride-finished-signal.h"
#include "stride-movement.h"
#include "stride-number-ranges.h"
#include "stride-self-test-hold.h"
#include "stride-self-test-wizard.h"

struct _StrideSelfTestWizard
{
  AdwBin parent_instance;

  StrideStore *store;
  StrideClock *clock;
  /* The app's cue player, handed in by the window; NULL without sound */
  StrideCuePlayer *cue_player;
  /* What the timed holds play their cues on */
  StrideCuePlayer *cues;
  StrideSelfTestKind kind;
  guint step;
  JsonObject *answers;

  AdwWindowTitle *window_title;
  GtkScrolledWindow *scroller;
  GtkBox *content;
  GtkButton *back_button;
  GtkButton *next_button;

  /* The widgets of the step shown that change while it is shown */
  StrideSelfTestHold *hold;
  /* Start was pressed on this step's hold */
  gboolean hold_begun;
  StrideFigureView *figure;
  GtkWidget *first_choice;
  /* What the step says, and the control that the keyboard lands on and
   * says it to a screen reader, which otherwise heard only “Next” */
  GString *step_text;
  GtkWidget *described;
};

G_DEFINE_FINAL_TYPE (StrideSelfTestWizard, stride_self_test_wizard, ADW_TYPE_BIN)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_STORE,
  PROP_CUE_PLAYER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const StrideSelfTestStep *
current_step (StrideSelfTestWizard *self)
{
  return stride_self_test_get_step (self->kind, self->step);
}

static GtkLabel *
add_label (StrideSelfTestWizard *self,
           const char           *text,
           const char           *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  stride_number_ranges_join_label (GTK_LABEL (label));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (self->content, label);

  /* The step's title and text; not the headings and notes of its lists */
  if (g_strv_contains ((const char * const[]) { "title-1", "title-2", "body-large", NULL }, css_class))
    {
      if (self->step_text->len > 0)
        g_string_append_c (self->step_text, ' ');
      g_string_append (self->step_text, text);
      /* Read as a sentence of its own, as the title is seen */
      if (strchr (".?!:", self->step_text->str[self->step_text->len - 1]) == NULL)
        g_string_append_c (self->step_text, '.');
    }

  return GTK_LABEL (label);
}

static GtkWidget *
create_figure_frame (const char        *movement_id,
                     StrideSide         side,
                     StrideFigureView **figure_out)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *figure = stride_figure_view_new (movement_id);

  gtk_widget_add_css_class (frame, "illustration-frame");
  /* At least big enough to follow on a phone; bigger on a laptop, to be
   * seen from the mat */
  gtk_widget_set_size_request (figure, -1, 200);
  gtk_widget_set_vexpand (frame, TRUE);
  gtk_widget_set_vexpand (figure, TRUE);
  stride_figure_view_set_side (STRIDE_FIGURE_VIEW (figure), side);
  gtk_box_append (GTK_BOX (frame), figure);

  *figure_out = STRIDE_FIGURE_VIEW (figure);
  return frame;
}

static StrideFigureView *
add_figure (StrideSelfTestWizard *self,
            const char           *movement_id,
            StrideSide            side)
{
  StrideFigureView *figure;

  gtk_box_append (self->content, create_figure_frame (movement_id, side, &figure));
  return figure;
}

static void show_step (StrideSelfTestWizard *self,
                       guint                 step);

static void
stop_timing (StrideSelfTestWizard *self)
{
  if (self->hold != NULL)
    stride_self_test_hold_stop (self->hold);
}

static void update_buttons (StrideSelfTestWizard *self);

static void
on_hold_started (StrideSelfTestWizard *self)
{
  self->hold_begun = TRUE;
  update_buttons (self);
  /* Start is gone; Next skips the rest of the hold */
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

static void
on_hold_done (StrideSelfTestWizard *self)
{
  /* The last cue has played: on to the question about the hold */
  show_step (self, self->step + 1);
}

static void
build_perform (StrideSelfTestWizard     *self,
               const StrideSelfTestStep *step)
{
  GtkWidget *frame = create_figure_frame (step->movement_id, step->side, &self->figure);
  GtkWidget *hold = stride_self_test_hold_new (step, self->kind, self->clock, self->cues, self->figure);

  add_label (self, stride_self_test_translate (step->text), "body-large");
  g_signal_connect_object (hold, "started", G_CALLBACK (on_hold_started), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hold, "done", G_CALLBACK (on_hold_done), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->content, hold);
  gtk_box_append (self->content, frame);
  self->hold = STRIDE_SELF_TEST_HOLD (hold);
}

static gboolean
get_answer (StrideSelfTestWizard *self,
            const char           *key,
            gboolean             *value)
{
  JsonNode *node = json_object_get_member (self->answers, key);

  if (node == NULL)
    return FALSE;

  *value = json_node_get_boolean (node);
  return TRUE;
}

static void
on_choice_clicked (GtkButton *button)
{
  gboolean value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "answer"));

  gtk_widget_activate_action (GTK_WIDGET (button), "wizard.answer", "b", value);
}

static GtkWidget *
create_choice (const char *label,
               gboolean    value,
               gboolean    chosen)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *text = gtk_label_new (label);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_button_set_child (GTK_BUTTON (button), text);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), chosen);
  gtk_widget_add_css_class (button, "self-test-choice");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* Not an actionable: an action would own the toggle's pressed state,
   * which shows the answer given before */
  g_object_set_data (G_OBJECT (button), "answer", GINT_TO_POINTER (value));
  g_signal_connect (button, "clicked", G_CALLBACK (on_choice_clicked), NULL);

  return button;
}

static void
build_question (StrideSelfTestWizard     *self,
                const StrideSelfTestStep *step)
{
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gboolean answer = FALSE;
  gboolean answered = get_answer (self, step->answer_key, &answer);
  GtkWidget *yes = create_choice (stride_self_test_translate (step->yes_label), TRUE, answered && answer);
  GtkWidget *no = create_choice (stride_self_test_translate (step->no_label), FALSE, answered && !answer);

  if (step->text != NULL)
    add_label (self, stride_self_test_translate (step->text), "body-large");

  gtk_box_append (GTK_BOX (choices), yes);
  gtk_box_append (GTK_BOX (choices), no);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (choices), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  gtk_widget_get_first_child (GTK_WIDGET (self->content)), NULL, -1);
  gtk_box_append (self->content, choices);

  /* What the question asks about, e.g. the hips dropping */
  if (step->movement_id != NULL)
    {
      const StrideMovement *movement = stride_movement_lookup (step->movement_id);

      self->figure = add_figure (self, step->movement_id, step->side);
      stride_figure_view_set_still (self->figure, TRUE);
      if (movement != NULL)
        stride_figure_view_set_phase (self->figure, stride_movement_get_end_phase (movement));
    }

  /* Focus goes to the answer given before, or the first */
  self->first_choice = answered && !answer ? no : yes;
}

static GtkWidget *
create_link_row (const char *title,
                 const char *subtitle,
                 const char *action,
                 GVariant   *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);

  return row;
}

static void
build_result (StrideSelfTestWizard *self)
{
  StrideSelfTestOutcome outcome;
  const char * const *focus;
  guint n_focus;

  if (!stride_self_test_evaluate (self->kind, self->answers, &outcome))
    {
      /* Only reachable by skipping questions: say which are missing */
      add_label (self, _("Some questions have no answer yet. Go back and answer them to see your result."), "body-large");
      return;
    }

  add_label (self, stride_self_test_outcome_get_title (outcome), "title-2");
  add_label (self, stride_self_test_describe_result (self->kind, self->answers), "body-large");

  if (stride_self_test_had_pain (self->answers))
    {
      GtkLabel *advice = add_label (self, stride_self_test_get_specialist_advice (), "body-large");

      gtk_widget_add_css_class (GTK_WIDGET (advice), "specialist-advice");
    }

  n_focus = stride_self_test_outcome_get_focus (outcome, &focus);
  if (n_focus > 0)
    {
      GtkWidget *list = gtk_list_box_new ();

      add_label (self, _("Exercises to Focus On"), "heading");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      for (guint i = 0; i < n_focus; i++)
        {
          StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), focus[i]);

          gtk_list_box_append (GTK_LIST_BOX (list),
                               create_link_row (stride_exercise_get_name (exercise),
                                                stride_exercise_get_purpose (exercise),
                                                "wizard.open-exercise", g_variant_new_string (focus[i])));
        }
      gtk_box_append (self->content, list);
    }

  if (stride_self_test_outcome_get_weaker_side (outcome) != STRIDE_SIDE_NONE)
    {
      GtkWidget *list = gtk_list_box_new ();

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_append (GTK_LIST_BOX (list),
                           create_link_row (_("Start the Weaker-Side Routine"),
                                            _("The full routine with an extra set on your weaker side"),
                                            "wizard.start-routine", NULL));
      gtk_box_append (self->content, list);
    }

  /* Said only where there are links to leave by */
  if (n_focus > 0 || stride_self_test_outcome_get_weaker_side (outcome) != STRIDE_SIDE_NONE)
    add_label (self, _("Leaving this page from one of the links saves your result."), "dim-label");
}

static void
clear_content (StrideSelfTestWizard *self)
{
  GtkWidget *child;

  if (self->described != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->described), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  self->described = NULL;
  g_string_truncate (self->step_text, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);

  self->hold = NULL;
  self->hold_begun = FALSE;
  self->figure = NULL;
  self->first_choice = NULL;
}

static void
update_buttons (StrideSelfTestWizard *self)
{
  const StrideSelfTestStep *step = current_step (self);
  gboolean last = step->kind == STRIDE_SELF_TEST_STEP_RESULT;
  gboolean answered = TRUE;

  if (step->kind == STRIDE_SELF_TEST_STEP_QUESTION)
    answered = json_object_has_member (self->answers, step->answer_key);
  /* A hold is done, or at least begun, before the questions about it:
   * Next, pressed out of habit after an answer, skipped it unseen. Once
   * begun, Next ends it early. */
  if (step->kind == STRIDE_SELF_TEST_STEP_PERFORM)
    answered = self->hold_begun;
  if (last)
    answered = stride_self_test_is_complete (self->kind, self->answers);

  stride_accessible_set_button_label (self->next_button, last ? _("_Save Result") : _("_Next"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back", self->step > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next", answered);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.start", step->kind == STRIDE_SELF_TEST_STEP_PERFORM);
}

static gboolean
scroll_to_top (GtkWidget     *scroller,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);
  return G_SOURCE_REMOVE;
}

static void
show_step (StrideSelfTestWizard *self,
           guint                 index)
{
  const StrideSelfTestStep *step;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (index < stride_self_test_get_n_steps (self->kind));

  stop_timing (self);
  clear_content (self);
  self->step = index;
  step = current_step (self);

  adw_window_title_set_title (self->window_title,
                              stride_exercise_get_name (stride_catalog_lookup (stride_catalog_get_default (),
                                                                               stride_self_test_kind_get_id (self->kind))));
  /* Translators: where the runner is in a self-test */
  subtitle = g_strdup_printf (_("Step %u of %u"), index + 1, stride_self_test_get_n_steps (self->kind));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  add_label (self, stride_self_test_translate (step->title), "title-1");

  switch (step->kind)
    {
    case STRIDE_SELF_TEST_STEP_INTRO:
      add_label (self, stride_self_test_translate (step->text), "body-large");
      add_label (self, _("Stop if anything hurts. Stride asks about pain at the end."), "body-large");
      stride_figure_view_set_playing (add_figure (self, step->movement_id, step->side), TRUE);
      break;

    case STRIDE_SELF_TEST_STEP_SETUP:
      add_label (self, stride_self_test_translate (step->text), "body-large");
      self->figure = add_figure (self, step->movement_id, step->side);
      stride_figure_view_set_still (self->figure, TRUE);
      break;

    case STRIDE_SELF_TEST_STEP_PERFORM:
      build_perform (self, step);
      break;

    case STRIDE_SELF_TEST_STEP_QUESTION:
      build_question (self, step);
      break;

    case STRIDE_SELF_TEST_STEP_RESULT:
    default:
      build_result (self);
      break;
    }

  update_buttons (self);

  /* Back to the top, once the new step is laid out, and focus where the
   * runner acts next */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_widget_add_tick_callback (GTK_WIDGET (self->scroller), scroll_to_top, NULL, NULL);
  /* A question's choices are a group named by the question: the rest is
   * what the choice needs to say */
  if (self->first_choice != NULL)
    {
      const char *title = stride_self_test_translate (step->title);

      self->described = self->first_choice;
      if (g_str_has_prefix (self->step_text->str, title))
        {
          gsize skip = strlen (title);

          /* With the full stop and space added after it */
          while (skip < self->step_text->len && strchr (". ", self->step_text->str[skip]) != NULL)
            skip++;
          g_string_erase (self->step_text, 0, skip);
        }
    }
  else if (self->hold != NULL)
    self->described = stride_self_test_hold_get_start_button (self->hold);
  else
    self->described = GTK_WIDGET (self->next_button);
  /* Of a question, every answer: Tab comes to the other one with no
   * more than the group's name, and it says the rest too (which foot
   * was lifted) */
  if (self->first_choice != NULL)
    {
      for (GtkWidget *choice = gtk_widget_get_first_child (gtk_widget_get_parent (self->first_choice));
           choice != NULL;
           choice = gtk_widget_get_next_sibling (choice))
        gtk_accessible_update_property (GTK_ACCESSIBLE (choice),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->step_text->str, -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->described),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->step_text->str, -1);
  gtk_widget_grab_focus (self->described);

  /* The ring shows where the focus went: GTK shows it only after keys
   * that move it, not after Space or Return on the previous step, nor
   * after a hold the runner spent on the mat */
  if (GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))) && self->step > 0)
    gtk_window_set_focus_visible (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), TRUE);
}

static gboolean
save_result (StrideSelfTestWizard *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(JsonObject) result = stride_self_test_new_result (self->kind, self->answers, now);

  if (result == NULL)
    return FALSE;

  stride_store_put (self->store, STRIDE_COLLECTION_RESULTS, result);
  return TRUE;
}

static void
finish (StrideSelfTestWizard *self,
        gboolean              saved)
{
  stop_timing (self);
  g_signal_emit (self, signals[FINISHED], 0, saved);
}

static void
go_next (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (widget);

  if (stride_self_test_wizard_shows_result (self))
    stride_self_test_wizard_save (self);
  else
    show_step (self, self->step + 1);
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (widget);

  if (self->step > 0)
    show_step (self, self->step - 1);
}

static void
start (GtkWidget  *widget,
       const char *action_name,
       GVariant   *parameter)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (widget);

  if (self->hold != NULL)
    stride_self_test_hold_start (self->hold);
}

static void
answer (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (widget);
  const StrideSelfTestStep *step = current_step (self);

  if (step->kind != STRIDE_SELF_TEST_STEP_QUESTION)
    return;

  json_object_set_boolean_member (self->answers, step->answer_key, g_variant_get_boolean (parameter));

  /* One choice is one answer: on to the next step */
  show_step (self, self->step + 1);
}

static void
on_cancel_response (StrideSelfTestWizard *self,
                    const char           *response)
{
  if (g_strcmp0 (response, "leave") == 0)
    finish (self, FALSE);
}

static void
cancel (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (widget);
  GtkWidget *dialog;

  /* Nothing to lose yet: leave at once */
  if (json_object_get_size (self->answers) == 0)
    {
      finish (self, FALSE);
      return;
    }

  dialog = stride_confirm_dialog_new (widget, _("Leave the Test?"), _("Your answers will not be saved."),
                                      "continue", _("_Continue Test"), "leave", _("_Leave"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The links of the result page act on the result: it is saved first,
 * then the wizard closes and the window does what the link says */
static void
leave_through (StrideSelfTestWizard *self,
               const char           *action,
               GVariant             *target)
{
  g_autoptr(GVariant) owned = target != NULL ? g_variant_ref_sink (target) : NULL;
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));

  if (!save_result (self))
    return;

  g_object_ref (window);
  finish (self, TRUE);
  gtk_widget_activate_action_variant (window, action, owned);
  g_object_unref (window);
}

static void
open_exercise (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  leave_through (STRIDE_SELF_TEST_WIZARD (widget), "win.show-exercise", g_variant_ref (parameter));
}

static void
start_routine (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  leave_through (STRIDE_SELF_TEST_WIZARD (widget), "win.start-workout", g_variant_new_string ("weaker-side"));
}

static void
stride_self_test_wizard_dispose (GObject *object)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (object);

  self->described = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_SELF_TEST_WIZARD);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->cues);
  g_clear_object (&self->cue_player);

  G_OBJECT_CLASS (stride_self_test_wizard_parent_class)->dispose (object);
}

static void
stride_self_test_wizard_finalize (GObject *object)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (object);

  g_clear_pointer (&self->answers, json_object_unref);
  g_string_free (self->step_text, TRUE);

  G_OBJECT_CLASS (stride_self_test_wizard_parent_class)->finalize (object);
}

static void
stride_self_test_wizard_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CUE_PLAYER:
      g_value_set_object (value, self->cue_player);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_self_test_wizard_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  StrideSelfTestWizard *self = STRIDE_SELF_TEST_WIZARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CUE_PLAYER:
      self->cue_player = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_self_test_wizard_class_init (StrideSelfTestWizardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_self_test_wizard_dispose;
  object_class->finalize = stride_self_test_wizard_finalize;
  object_class->get_property = stride_self_test_wizard_get_property;
  object_class->set_property = stride_self_test_wizard_set_property;

  /**
   * StrideSelfTestWizard:store:
   *
   * Where the result is saved.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, STRIDE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideSelfTestWizard:cue-player:
   *
   * What plays the cues of the timed holds on the monotonic clock;
   * %NULL for none.
   */
  properties[PROP_CUE_PLAYER] =
    g_param_spec_object ("cue-player", NULL, NULL, STRIDE_TYPE_CUE_PLAYER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Whether a result was saved */
  signals[FINISHED] = stride_finished_signal_new (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-self-test-wizard.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestWizard, window_title);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestWizard, scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestWizard, content);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestWizard, back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestWizard, next_button);

  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, go_next);
  gtk_widget_class_install_action (widget_class, "wizard.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "wizard.cancel", NULL, cancel);
  gtk_widget_class_install_action (widget_class, "wizard.start", NULL, start);
  gtk_widget_class_install_action (widget_class, "wizard.answer", "b", answer);
  gtk_widget_class_install_action (widget_class, "wizard.open-exercise", "s", open_exercise);
  gtk_widget_class_install_action (widget_class, "wizard.start-routine", NULL, start_routine);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "wizard.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "wizard.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "wizard.next", NULL);
}

/* Space starts a hold; pressed again on the mat it does not cut the hold
 * short, though the keyboard has moved on to Next. Return or a click on
 * Next still does. */
static gboolean
on_key_captured (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 StrideSelfTestWizard  *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (keyval != GDK_KEY_space || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;
  if (!stride_self_test_wizard_get_timing (self) || root == NULL
      || gtk_root_get_focus (root) != GTK_WIDGET (self->next_button))
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

static void
stride_self_test_wizard_init (StrideSelfTestWizard *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->step_text = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_captured), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->answers = json_object_new ();
}

/**
 * stride_self_test_wizard_new:
 * @store: where the result is saved
 * @clock: (nullable): the clock of the timed holds; %NULL for the
 *   monotonic clock
 * @cue_player: (nullable): what plays the cues, on the monotonic clock
 *   only
 */
GtkWidget *
stride_self_test_wizard_new (StrideStore        *store,
                             StrideSelfTestKind  kind,
                             StrideClock        *clock,
                             StrideCuePlayer    *cue_player)
{
  StrideSelfTestWizard *self;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (clock == NULL || STRIDE_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (cue_player == NULL || STRIDE_IS_CUE_PLAYER (cue_player), NULL);

  self = g_object_new (STRIDE_TYPE_SELF_TEST_WIZARD,
                       "store", store,
                       "cue-player", cue_player,
                       NULL);
  self->kind = kind;
  self->clock = clock != NULL ? g_object_ref (clock) : stride_monotonic_clock_new ();

  /* Sound follows the real clock only; tests run on a fake one */
  if (STRIDE_IS_MONOTONIC_CLOCK (self->clock) && self->cue_player != NULL)
    self->cues = g_object_ref (self->cue_player);

  show_step (self, 0);

  return GTK_WIDGET (self);
}

StrideSelfTestKind
stride_self_test_wizard_get_kind (StrideSelfTestWizard *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_WIZARD (self), STRIDE_SELF_TEST_SQUAT);

  return self->kind;
}

/**
 * stride_self_test_wizard_get_step:
 *
 * Returns: the index of the step shown, from 0
 */
guint
stride_self_test_wizard_get_step (StrideSelfTestWizard *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_WIZARD (self), 0);

  return self->step;
}

/**
 * stride_self_test_wizard_get_timing:
 *
 * Returns: whether a timed hold is counting down
 */
gboolean
stride_self_test_wizard_get_timing (StrideSelfTestWizard *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_WIZARD (self), FALSE);

  return self->hold != NULL && stride_self_test_hold_get_timing (self->hold);
}

/**
 * stride_self_test_wizard_has_answers:
 *
 * Returns: whether the runner has answered a question yet
 */
gboolean
stride_self_test_wizard_has_answers (StrideSelfTestWizard *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_WIZARD (self), FALSE);

  return json_object_get_size (self->answers) > 0;
}

/**
 * stride_self_test_wizard_shows_result:
 *
 * Returns: whether the result is shown, ready to be saved
 */
gboolean
stride_self_test_wizard_shows_result (StrideSelfTestWizard *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_WIZARD (self), FALSE);

  return current_step (self)->kind == STRIDE_SELF_TEST_STEP_RESULT;
}

/**
 * stride_self_test_wizard_save:
 *
 * Records the result shown, as Save Result does, and finishes. Does
 * nothing before the result is shown.
 */
void
stride_self_test_wizard_save (StrideSelfTestWizard *self)
{
  g_return_if_fail (STRIDE_IS_SELF_TEST_WIZARD (self));

  if (stride_self_test_wizard_shows_result (self) && save_result (self))
    finish (self, TRUE);
}
