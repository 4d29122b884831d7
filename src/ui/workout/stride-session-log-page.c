/* stride-session-log-page.c
 *
 * After a workout: the runner confirms or corrects the reps of each set,
 * rates the effort, reports any pain and writes a note, then saves the
 * session or discards it. A stopped workout arrives here with what was
 * done, and is saved as partly done. What the page says of the workout
 * follows the reps as they are entered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-choice-list-factory.h"
#include "stride-confirm-dialog.h"
#include "stride-finished-signal.h"
#include "stride-json-text.h"
#include "stride-plan-completion.h"
#include "stride-scroll-guard.h"
#include "stride-session.h"
#include "stride-session-log-page.h"
#include "stride-session-sets.h"
#include "stride-session-text.h"

struct _StrideSessionLogPage
{
  AdwBin parent_instance;

  StrideStore *store;
  JsonObject *draft;
  /* The plan the player ran, when it is known */
  StridePlan *plan;
  GPtrArray *rep_spins;
  GPtrArray *pain_choices;

  GtkWidget *save_button;
  AdwWindowTitle *window_title;
  GtkLabel *summary_label;
  AdwPreferencesGroup *sets_group;
  AdwPreferencesGroup *pain_group;
  AdwComboRow *effort_row;
  AdwEntryRow *note_row;
};

G_DEFINE_FINAL_TYPE (StrideSessionLogPage, stride_session_log_page, ADW_TYPE_BIN)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Something done is something to save: a rep or a second held, as the
 * player counted it or as the runner corrected it */
static gboolean
anything_done (StrideSessionLogPage *self)
{
  for (guint i = 0; i < self->rep_spins->len; i++)
    {
      if (gtk_spin_button_get_value_as_int (self->rep_spins->pdata[i]) > 0)
        return TRUE;
    }

  return FALSE;
}

/* A copy of the draft with the reps and seconds as the runner entered
 * them; the draft given to the page is not changed */
static JsonObject *
dup_session_as_entered (StrideSessionLogPage *self)
{
  g_autoptr(JsonNode) draft = json_node_init_object (json_node_alloc (), self->draft);
  g_autofree char *text = stride_json_text_generate (draft, FALSE, NULL);
  g_autoptr(JsonNode) copy = json_from_string (text, NULL);
  JsonObject *session = json_object_ref (json_node_get_object (copy));

  for (guint i = 0; i < self->rep_spins->len; i++)
    stride_session_set_done (session, i, gtk_spin_button_get_value_as_int (self->rep_spins->pdata[i]));

  /* How much of the routine was done follows the reps as entered, counted
   * as the player counts them */
  if (self->plan != NULL)
    {
      double completion = stride_plan_get_completion (self->plan, session);

      if (completion >= 0.0)
        stride_session_set_completion (session, completion);
    }

  return session;
}

/* What the page says of the workout follows the reps entered: two reps
 * the player did not count are something to save */
static void
update_summary (StrideSessionLogPage *self)
{
  g_autoptr(JsonObject) session = dup_session_as_entered (self);
  g_autofree char *text = stride_session_text_dup_outcome (session);
  g_autofree char *heard = NULL;

  gtk_label_set_label (self->summary_label, text);
  /* The keyboard lands on Save when the workout ends: a screen reader
   * says the page's question and how it went there, not only “Save” */
  heard = g_strdup_printf ("%s %s", adw_window_title_get_title (self->window_title), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, heard, -1);
}

static void
update_save (StrideSessionLogPage *self)
{
  gtk_widget_set_sensitive (self->save_button, anything_done (self));
}

static void
on_reps_changed (StrideSessionLogPage *self)
{
  update_save (self);
  update_summary (self);
}

static GtkWidget *
create_set_row (StrideSessionLogPage   *self,
                const StrideSessionSet *set)
{
  GtkWidget *row = adw_action_row_new ();
  gboolean is_hold = set->hold_seconds >= 0;
  GtkWidget *spin = gtk_spin_button_new_with_range (0, is_hold ? STRIDE_SESSION_MAX_HOLD_SECONDS : STRIDE_SESSION_MAX_REPS, 1);
  g_autofree char *title = stride_session_text_dup_set_title (set);
  g_autofree char *subtitle = stride_session_text_dup_set_planned (set);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), is_hold ? set->hold_seconds : set->reps);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  stride_scroll_guard_attach (spin);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_reps_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  /* Which also names the spin button by the row's title */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  /* Tab goes from reps to reps, where typing changes them: a stop on
   * the row before each would take the number typed nowhere */
  gtk_widget_set_focusable (row, FALSE);
  g_ptr_array_add (self->rep_spins, spin);

  return row;
}

/* A drop-down per area: no pain, then the side, in the order of
 * StridePainSide */
static GtkWidget *
create_pain_row (StrideSessionLogPage *self,
                 StridePainArea        area)
{
  GtkWidget *row = adw_action_row_new ();
  const char *choices[] = {
    stride_pain_side_get_choice (STRIDE_PAIN_SIDE_UNSPECIFIED),
    stride_pain_side_get_choice (STRIDE_PAIN_SIDE_LEFT),
    stride_pain_side_get_choice (STRIDE_PAIN_SIDE_RIGHT),
    stride_pain_side_get_choice (STRIDE_PAIN_SIDE_BOTH),
    NULL,
  };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stride_pain_area_get_title (area));
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
  /* The drop-down's own button is what a screen reader reads: it gets
   * the name, and the drop-down no longer says the row's title twice */
  stride_accessible_set_label (dropdown, stride_pain_area_get_title (area));
  stride_choice_list_factory_attach (dropdown);
  gtk_widget_set_focusable (row, FALSE);
  g_ptr_array_add (self->pain_choices, dropdown);

  return row;
}

static void
fill (StrideSessionLogPage *self)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;

  stride_session_set_iter_init (&iter, self->draft);
  while (stride_session_set_iter_next (&iter, &set))
    adw_preferences_group_add (self->sets_group, create_set_row (self, &set));
  gtk_widget_set_visible (GTK_WIDGET (self->sets_group), self->rep_spins->len > 0);
  update_save (self);
  update_summary (self);

  for (StridePainArea area = STRIDE_PAIN_AREA_FIRST; area <= STRIDE_PAIN_AREA_LAST; area++)
    adw_preferences_group_add (self->pain_group, create_pain_row (self, area));
}

/**
 * stride_session_log_page_has_something_to_save:
 *
 * Returns: %TRUE if at least one rep or second is done, as the player
 *   counted it or as the runner corrected it
 */
gboolean
stride_session_log_page_has_something_to_save (StrideSessionLogPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SESSION_LOG_PAGE (self), FALSE);

  return anything_done (self);
}

/**
 * stride_session_log_page_save:
 *
 * Records the session as the user confirmed it, and finishes; a session
 * with nothing done in it is not recorded.
 */
void
stride_session_log_page_save (StrideSessionLogPage *self)
{
  g_autoptr(JsonObject) session = NULL;

  g_return_if_fail (STRIDE_IS_SESSION_LOG_PAGE (self));

  if (!anything_done (self))
    return;

  session = dup_session_as_entered (self);
  if (!json_object_has_member (session, STRIDE_SESSION_ID))
    {
      g_autofree char *id = stride_store_new_id ();

      json_object_set_string_member (session, STRIDE_SESSION_ID, id);
    }

  /* Position 0 is "Not rated": an effort the runner did not give is not
   * recorded, so that it counts as unknown rather than as a 5 */
  stride_session_set_effort (session, (int) adw_combo_row_get_selected (self->effort_row));

  stride_session_clear_pain (session);
  for (guint i = 0; i < self->pain_choices->len; i++)
    {
      guint side = gtk_drop_down_get_selected (self->pain_choices->pdata[i]);

      if (side >= STRIDE_PAIN_SIDE_LEFT && side <= STRIDE_PAIN_SIDE_BOTH)
        stride_session_add_pain (session, STRIDE_PAIN_AREA_FIRST + i, side);
    }

  stride_session_set_note (session, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  stride_store_put (self->store, STRIDE_COLLECTION_SESSIONS, session);
  g_signal_emit (self, signals[FINISHED], 0, TRUE);
}

static void
on_discard_response (AdwMessageDialog     *dialog,
                     const char           *response,
                     StrideSessionLogPage *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    g_signal_emit (self, signals[FINISHED], 0, FALSE);
}

/**
 * stride_session_log_page_discard:
 *
 * Asks whether to drop the session without recording it.
 */
void
stride_session_log_page_discard (StrideSessionLogPage *self)
{
  GtkWidget *dialog;

  g_return_if_fail (STRIDE_IS_SESSION_LOG_PAGE (self));

  dialog = stride_confirm_dialog_new (GTK_WIDGET (self), _("Discard This Session?"),
                                      _("It will not be recorded, and will not count toward your progress."),
                                      "cancel", _("_Keep"), "discard", _("_Discard"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stride_session_log_page_dispose (GObject *object)
{
  StrideSessionLogPage *self = STRIDE_SESSION_LOG_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_SESSION_LOG_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->draft, json_object_unref);
  g_clear_pointer (&self->plan, stride_plan_unref);
  g_clear_pointer (&self->rep_spins, g_ptr_array_unref);
  g_clear_pointer (&self->pain_choices, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_session_log_page_parent_class)->dispose (object);
}

/**
 * stride_session_log_page_focus_save:
 *
 * Puts the keyboard on Save, what most runners do here; Discard asks
 * first. Not a grab_focus override: GTK grabs the focus on the page
 * itself while Tab moves through the window, and Tab would skip the
 * header's buttons then.
 *
 * Returns: whether Save took the focus
 */
gboolean
stride_session_log_page_focus_save (StrideSessionLogPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SESSION_LOG_PAGE (self), FALSE);

  return gtk_widget_grab_focus (self->save_button);
}

/* Ctrl+S does what Save does, and nothing while it cannot be pressed */
static gboolean
save_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  StrideSessionLogPage *self = STRIDE_SESSION_LOG_PAGE (widget);

  if (!anything_done (self))
    return FALSE;

  stride_session_log_page_save (self);
  return TRUE;
}

static void
stride_session_log_page_class_init (StrideSessionLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_session_log_page_dispose;

  /* Whether the session was recorded */
  signals[FINISHED] = stride_finished_signal_new (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-session-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, sets_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, pain_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, effort_row);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, note_row);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_clicked",
                                                G_CALLBACK (stride_session_log_page_save));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_discard_clicked",
                                                G_CALLBACK (stride_session_log_page_discard));
  gtk_widget_class_add_binding (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, save_shortcut, NULL);
}

static void
stride_session_log_page_init (StrideSessionLogPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  stride_choice_list_factory_attach (GTK_WIDGET (self->effort_row));

  self->rep_spins = g_ptr_array_new ();
  self->pain_choices = g_ptr_array_new ();
}

/**
 * stride_session_log_page_new:
 * @draft: the session as the player recorded it: "started", "routine",
 *   "routine_name", "duration", "worked", "completion" and "exercises"
 *   with the reps done
 * @plan: (nullable): the plan the player ran, by which the part of the
 *   routine done follows the reps the runner enters
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
stride_session_log_page_new (StrideStore *store,
                             JsonObject  *draft,
                             StridePlan  *plan)
{
  StrideSessionLogPage *self;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_SESSION_LOG_PAGE, NULL);
  self->store = g_object_ref (store);
  self->draft = json_object_ref (draft);
  self->plan = plan != NULL ? stride_plan_ref (plan) : NULL;
  fill (self);

  return GTK_WIDGET (self);
}
