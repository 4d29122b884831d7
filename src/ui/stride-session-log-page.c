/* stride-session-log-page.c
 *
 * After a workout: the runner confirms or corrects the reps of each set,
 * rates the effort, reports any pain and writes a note, then saves the
 * session or discards it. A stopped workout arrives here with what was
 * done, and is saved as partly done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-catalog.h"
#include "stride-date-text.h"
#include "stride-record.h"
#include "stride-scroll-guard.h"
#include "stride-session-log-page.h"
#include "stride-session-sets.h"

struct _StrideSessionLogPage
{
  AdwBin parent_instance;

  StrideStore *store;
  JsonObject *draft;
  GPtrArray *rep_spins;
  GPtrArray *pain_choices;

  GtkWidget *save_button;
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

/* Where it can hurt, as the session records it */
static const char *pain_areas[] = { "hip", "knee", "lower-back", "shin", "foot" };

/* Position in a pain drop-down: no pain, then the side */
static const char *pain_sides[] = { NULL, "left", "right", "both" };

static const char *
pain_area_label (guint index)
{
  switch (index)
    {
    case 0:
      return _("Hip");
    case 1:
      return _("Knee");
    case 2:
      return _("Lower back");
    case 3:
      return _("Shin");
    case 4:
      return _("Foot");
    default:
      g_return_val_if_reached (NULL);
    }
}

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

static void
update_save (StrideSessionLogPage *self)
{
  gtk_widget_set_sensitive (self->save_button, anything_done (self));
}

static GtkWidget *
create_set_row (StrideSessionLogPage   *self,
                const StrideSessionSet *set)
{
  GtkWidget *row = adw_action_row_new ();
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), set->exercise);
  const char *name = exercise != NULL ? stride_exercise_get_name (exercise) : set->exercise;
  const StrideDose *dose = exercise != NULL ? stride_exercise_get_dose (exercise) : NULL;
  const char *side = set->side;
  int number = set->number;
  gint64 planned = set->reps_planned;
  gboolean is_hold = set->hold_seconds >= 0;
  GtkWidget *spin = gtk_spin_button_new_with_range (0, is_hold ? STRIDE_SESSION_MAX_HOLD_SECONDS : STRIDE_SESSION_MAX_REPS, 1);
  g_autofree char *title = NULL;

  title = stride_dose_name_set (dose, name, number, stride_dose_side_from_string (side));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (is_hold)
    /* Translators: the number beside it is how long a hold was held */
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Seconds held"));
  else if (planned >= 0)
    {
      g_autofree char *subtitle = stride_dose_format_planned (dose, planned);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), is_hold ? set->hold_seconds : set->reps);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  stride_scroll_guard_attach (spin);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (update_save), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  /* Which also names the spin button by the row's title */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_ptr_array_add (self->rep_spins, spin);

  return row;
}

static GtkWidget *
create_pain_row (StrideSessionLogPage *self,
                 guint                 area)
{
  GtkWidget *row = adw_action_row_new ();
  const char *choices[] = { _("No pain"), _("Left"), _("Right"), _("Both sides"), NULL };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pain_area_label (area));
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
  /* The drop-down's own button is what a screen reader reads: it gets
   * the name, and the drop-down no longer says the row's title twice */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  stride_accessible_set_label (dropdown, pain_area_label (area));
  g_ptr_array_add (self->pain_choices, dropdown);

  return row;
}

/* "8 minutes of exercise in 12 minutes", or NULL for a draft without times */
static char *
dup_time_text (JsonObject *draft)
{
  gint64 duration, worked = stride_session_get_seconds_worked (draft);
  g_autofree char *worked_text = NULL;
  g_autofree char *duration_text = NULL;

  if (worked < 0 || !stride_record_get_int (draft, "duration", &duration) || duration < 0)
    return NULL;

  worked_text = stride_date_text_format_duration (worked);
  duration_text = stride_date_text_format_duration (duration);

  /* Translators: the time spent on the exercises themselves, then the
   * time the workout ran, pauses left out: "8 minutes of exercise in 12
   * minutes" */
  return g_strdup_printf (_("%s of exercise in %s"), worked_text, duration_text);
}

static void
fill (StrideSessionLogPage *self)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;
  const char *routine = stride_record_get_string (self->draft, "routine_name");
  g_autofree char *time = dup_time_text (self->draft);
  g_autofree char *text = NULL;

  if (routine == NULL)
    routine = "";

  if (!stride_session_has_done (self->draft))
    /* Translators: %s is the routine's name */
    text = g_strdup_printf (_("You stopped “%s” before a rep was done, so there is nothing to save. "
                              "If you did some, enter them below."),
                            routine);
  else if (stride_session_is_partial (self->draft))
    {
      int percent = stride_session_get_percent_done (self->draft);

      if (time != NULL)
        /* Translators: %s is the routine's name, %d how much of it was
         * done, the last %s the time, e.g. "8 minutes of exercise in 12
         * minutes" */
        text = g_strdup_printf (_("You stopped “%s” after %d %% of it: %s. It is saved as partly done, with the sets you did."),
                                routine, percent, time);
      else
        /* Translators: %s is the routine's name, %d how much of it was done */
        text = g_strdup_printf (_("You stopped “%s” after %d %% of it. It is saved as partly done, with the sets you did."),
                                routine, percent);
    }
  else if (time != NULL)
    /* Translators: %s is the routine's name, the last %s the time, e.g.
     * "8 minutes of exercise in 12 minutes" */
    text = g_strdup_printf (_("You finished “%s”: %s. Well done!"), routine, time);
  else
    text = g_strdup_printf (_("You finished “%s”. Well done!"), routine);

  gtk_label_set_label (self->summary_label, text);

  stride_session_set_iter_init (&iter, self->draft);
  while (stride_session_set_iter_next (&iter, &set))
    adw_preferences_group_add (self->sets_group, create_set_row (self, &set));
  gtk_widget_set_visible (GTK_WIDGET (self->sets_group), self->rep_spins->len > 0);
  update_save (self);

  for (guint a = 0; a < G_N_ELEMENTS (pain_areas); a++)
    adw_preferences_group_add (self->pain_group, create_pain_row (self, a));
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
  g_autoptr(JsonNode) copy = NULL;
  JsonObject *session;
  JsonArray *pain = json_array_new ();
  const char *note;
  guint effort;

  g_return_if_fail (STRIDE_IS_SESSION_LOG_PAGE (self));

  if (!anything_done (self))
    return;

  /* A copy, so the draft given to the page is not changed */
  {
    g_autoptr(JsonNode) draft = json_node_init_object (json_node_alloc (), self->draft);
    g_autofree char *text = json_to_string (draft, FALSE);

    copy = json_from_string (text, NULL);
  }
  session = json_node_get_object (copy);

  if (!json_object_has_member (session, "id"))
    {
      g_autofree char *id = stride_store_new_id ();

      json_object_set_string_member (session, "id", id);
    }

  for (guint i = 0; i < self->rep_spins->len; i++)
    stride_session_set_done (session, i, gtk_spin_button_get_value_as_int (self->rep_spins->pdata[i]));

  /* Position 0 is "Not rated": an effort the runner did not give is not
   * recorded, so that it counts as unknown rather than as a 5 */
  effort = adw_combo_row_get_selected (self->effort_row);
  if (effort >= 1 && effort <= 10)
    json_object_set_int_member (session, "effort", effort);
  else
    json_object_remove_member (session, "effort");

  for (guint a = 0; a < G_N_ELEMENTS (pain_areas); a++)
    {
      guint side = gtk_drop_down_get_selected (self->pain_choices->pdata[a]);

      if (side > 0 && side < G_N_ELEMENTS (pain_sides))
        {
          JsonObject *report = json_object_new ();

          json_object_set_string_member (report, "area", pain_areas[a]);
          json_object_set_string_member (report, "side", pain_sides[side]);
          json_array_add_object_element (pain, report);
        }
    }
  json_object_set_array_member (session, "pain", pain);

  note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  if (note != NULL && note[0] != '\0')
    json_object_set_string_member (session, "note", note);
  else
    json_object_remove_member (session, "note");

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

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Discard This Session?"),
                                   _("It will not be recorded, and will not count toward your progress."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
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
  g_clear_pointer (&self->rep_spins, g_ptr_array_unref);
  g_clear_pointer (&self->pain_choices, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_session_log_page_parent_class)->dispose (object);
}

/* Focus starts on Save, what most runners do here; Discard asks first */
static gboolean
stride_session_log_page_grab_focus (GtkWidget *widget)
{
  StrideSessionLogPage *self = STRIDE_SESSION_LOG_PAGE (widget);

  return gtk_widget_grab_focus (self->save_button);
}

static void
stride_session_log_page_class_init (StrideSessionLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_session_log_page_dispose;
  widget_class->grab_focus = stride_session_log_page_grab_focus;

  /**
   * StrideSessionLogPage::finished:
   * @saved: %TRUE if the session was recorded, %FALSE if discarded
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-session-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, sets_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, pain_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, effort_row);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionLogPage, note_row);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_clicked",
                                                G_CALLBACK (stride_session_log_page_save));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_discard_clicked",
                                                G_CALLBACK (stride_session_log_page_discard));
}

static void
stride_session_log_page_init (StrideSessionLogPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rep_spins = g_ptr_array_new ();
  self->pain_choices = g_ptr_array_new ();
}

/**
 * stride_session_log_page_new:
 * @draft: the session as the player recorded it: "started", "routine",
 *   "routine_name", "duration", "worked", "completion" and "exercises"
 *   with the reps done
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
stride_session_log_page_new (StrideStore *store,
                             JsonObject  *draft)
{
  StrideSessionLogPage *self;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_SESSION_LOG_PAGE, NULL);
  self->store = g_object_ref (store);
  self->draft = json_object_ref (draft);
  fill (self);

  return GTK_WIDGET (self);
}
