/* stride-progress-advice.c
 *
 * What the guide would tell the runner after reading their progress: to
 * see a physical therapist or orthopedic specialist when pain keeps
 * coming back, to make an exercise harder once it has become easy and
 * did not hurt, and to go back to the basic exercise when its harder
 * variation came with pain, each with a button that does it. All can be
 * dismissed; the dismissal remembers what it was about, so that new
 * pain, or another session, brings the advice back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-advice.h"
#include "stride-catalog.h"
#include "stride-number-ranges.h"
#include "stride-progress-advice.h"
#include "stride-progression.h"
#include "stride-record.h"
#include "stride-routine-library.h"
#include "stride-session.h"
#include "stride-specialist-text.h"

struct _StrideProgressAdvice
{
  GtkBox parent_instance;

  GSettings *settings;
  StrideStore *store;
  /* The window the advice is in, which shows its toasts */
  StrideToaster *toaster;

  /* What the shown specialist advice is about, to dismiss it by */
  char *specialist_key;
  GtkWidget *specialist;
  /* One card per suggested exercise */
  GPtrArray *suggestions;
  /* One card per exercise to step back from its harder variation */
  GPtrArray *step_backs;
  guint update_source;
};

G_DEFINE_FINAL_TYPE (StrideProgressAdvice, stride_progress_advice, GTK_TYPE_BOX)

static const char *
get_id (JsonObject *record)
{
  const char *id = record != NULL ? stride_record_get_string (record, "id") : NULL;

  return id != NULL ? id : "";
}

static JsonObject *
find_newest (GPtrArray  *records,
             const char *member,
             gboolean    (*wanted) (JsonObject *record))
{
  JsonObject *newest = NULL;
  g_autoptr(GDateTime) newest_time = NULL;

  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(GDateTime) time = stride_record_dup_time (records->pdata[i], member);

      if (time == NULL || !wanted (records->pdata[i]))
        continue;
      if (newest_time == NULL || g_date_time_compare (time, newest_time) > 0)
        {
          g_clear_pointer (&newest_time, g_date_time_unref);
          newest_time = g_steal_pointer (&time);
          newest = records->pdata[i];
        }
    }

  return newest;
}

static gboolean
is_known_result (JsonObject *result)
{
  return stride_result_get_test (result) != STRIDE_RECORD_TEST_UNKNOWN;
}

/* The painful session or self-test that the advice is about: the newest
 * of them. A newer one is new pain, and makes a new key. */
static char *
dup_specialist_key (StrideSpecialistReason  reason,
                    GPtrArray              *sessions,
                    GPtrArray              *results)
{
  g_autoptr(GString) key = g_string_new (NULL);

  if (reason & STRIDE_SPECIALIST_REASON_SESSION_PAIN)
    {
      JsonObject *session = find_newest (sessions, STRIDE_SESSION_STARTED, stride_session_has_pain);

      g_string_append_printf (key, "session:%s;", get_id (session));
    }
  if (reason & STRIDE_SPECIALIST_REASON_SELF_TEST_PAIN)
    {
      JsonObject *result = find_newest (results, "taken", is_known_result);

      g_string_append_printf (key, "self-test:%s;", get_id (result));
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

static GtkWidget *
create_dismiss_button (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  stride_accessible_set_label (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");

  return button;
}

static GtkWidget *
create_text_label (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  stride_number_ranges_join_label (GTK_LABEL (label));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A card of advice: a heading, the text, maybe a button, and a button
 * to dismiss it, which gets @on_dismiss */
static GtkWidget *
create_advice_card (const char  *heading,
                    const char  *text,
                    const char  *css_class,
                    const char  *dismiss_tooltip,
                    GtkWidget  **dismiss_button,
                    GtkWidget  **text_box)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (card, "stride-advice");
  gtk_widget_add_css_class (card, css_class);
  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (column), create_text_label (heading, "heading"));
  gtk_box_append (GTK_BOX (column), create_text_label (text, NULL));
  gtk_box_append (GTK_BOX (card), column);

  *dismiss_button = create_dismiss_button (dismiss_tooltip);
  gtk_box_append (GTK_BOX (card), *dismiss_button);
  *text_box = column;

  return card;
}

static void
on_specialist_dismissed (StrideProgressAdvice *self)
{
  g_settings_set_string (self->settings, "specialist-advice-dismissed", self->specialist_key);
}

static void
update_specialist (StrideProgressAdvice *self,
                   GPtrArray            *sessions,
                   GPtrArray            *results)
{
  StrideSpecialistReason reason = stride_advice_get_specialist_reason (sessions, results);
  g_autofree char *dismissed = g_settings_get_string (self->settings, "specialist-advice-dismissed");
  g_autofree char *text = NULL;
  GtkWidget *dismiss, *column;

  if (self->specialist != NULL)
    gtk_box_remove (GTK_BOX (self), g_steal_pointer (&self->specialist));
  g_clear_pointer (&self->specialist_key, g_free);

  if (reason == STRIDE_SPECIALIST_REASON_NONE)
    return;

  self->specialist_key = dup_specialist_key (reason, sessions, results);
  if (g_strcmp0 (self->specialist_key, dismissed) == 0)
    return;

  text = stride_specialist_text_dup (reason, find_newest (results, "taken", is_known_result));
  self->specialist = create_advice_card (_("Consider Seeing a Specialist"), text, "stride-specialist",
                                         _("Dismiss Until New Pain"), &dismiss, &column);
  g_signal_connect_object (dismiss, "clicked", G_CALLBACK (on_specialist_dismissed), self, G_CONNECT_SWAPPED);
  gtk_box_prepend (GTK_BOX (self), self->specialist);
}

/* A suggestion is dismissed for the latest session that had the
 * exercise: another session ready for harder suggests it again */
static char *
dup_suggestion_key (GPtrArray  *sessions_by_date,
                    const char *exercise_id)
{
  JsonObject *latest = stride_progression_find_latest_session (sessions_by_date, exercise_id);

  return g_strdup_printf ("%s@%s", exercise_id, get_id (latest));
}

static void
dismiss_in (StrideProgressAdvice *self,
            const char           *settings_key,
            const char           *key)
{
  g_auto(GStrv) dismissed = g_settings_get_strv (self->settings, settings_key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  const char *exercise_id_end = strchr (key, '@');

  /* One entry per exercise: an older dismissal of it means nothing now */
  for (guint i = 0; dismissed[i] != NULL; i++)
    if (exercise_id_end == NULL || strncmp (dismissed[i], key, exercise_id_end - key + 1) != 0)
      g_strv_builder_add (builder, dismissed[i]);
  g_strv_builder_add (builder, key);
  updated = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, settings_key, (const char * const *) updated);
}

static void
dismiss_suggestion (StrideProgressAdvice *self,
                    const char           *key)
{
  dismiss_in (self, "progressions-dismissed", key);
}

static void
on_suggestion_dismissed (GtkButton            *button,
                         StrideProgressAdvice *self)
{
  dismiss_suggestion (self, g_object_get_data (G_OBJECT (button), "suggestion-key"));
}

static void
on_make_harder_clicked (GtkButton            *button,
                        StrideProgressAdvice *self)
{
  const char *exercise_id = g_object_get_data (G_OBJECT (button), "exercise-id");
  g_autofree char *key = g_strdup (g_object_get_data (G_OBJECT (button), "suggestion-key"));
  g_autofree char *builtin_name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(StrideRoutine) routine = NULL;
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), exercise_id);
  gboolean made_copy;

  /* The name it had before it was copied */
  {
    g_autoptr(StrideRoutine) before = stride_progression_find_routine (self->store, exercise_id);

    if (before != NULL)
      builtin_name = g_strdup (stride_routine_get_name (before));
  }

  routine = stride_progression_apply (self->store, exercise_id, &made_copy);
  if (routine == NULL)
    return;

  if (made_copy)
    /* Translators: the user's copy of a built-in routine, the built-in
     * routine, and an exercise, e.g. "Saved “My Full hip routine”, a copy
     * of “Full hip routine” with the harder variation of Squats" */
    message = g_strdup_printf (_("Saved “%s”, a copy of “%s” with the harder variation of %s"),
                               stride_routine_get_name (routine), builtin_name, stride_exercise_get_name (exercise));
  else
    /* Translators: a routine and an exercise */
    message = g_strdup_printf (_("“%s” now has the harder variation of %s"),
                               stride_routine_get_name (routine), stride_exercise_get_name (exercise));

  /* Taken up: the suggestion has done its job */
  dismiss_suggestion (self, key);

  /* "Saved" only once it is on disk; written now either way */
  if (self->toaster != NULL)
    stride_toaster_show_when_saved (self->toaster, self->store, message);
  else
    stride_store_flush_async (self->store, NULL, NULL, NULL);
}

static char *
dup_suggestion_text (StrideExercise *exercise,
                     int             effort)
{
  StrideDose top = *stride_exercise_get_dose (exercise);
  g_autofree char *count = NULL;

  /* The top of the range, e.g. "15 reps per side" */
  top.min = top.max;
  count = stride_dose_format (&top);

  if (effort > 0)
    /* Translators: e.g. "You did 15 reps at effort 5 twice running. Make
     * it harder: Try single-leg squats to intensify glute activation and
     * improve balance." The last %s is the guide's advice. */
    return g_strdup_printf (_("You did %s at effort %d twice running. Make it harder: %s"),
                            count, effort, stride_exercise_get_harder (exercise));

  /* Translators: as above, for sessions without a rated effort */
  return g_strdup_printf (_("You did %s twice running. Make it harder: %s"),
                          count, stride_exercise_get_harder (exercise));
}

static GtkWidget *
create_suggestion (StrideProgressAdvice *self,
                   StrideExercise       *exercise,
                   GPtrArray            *sessions_by_date,
                   const char           *key)
{
  const char *exercise_id = stride_exercise_get_id (exercise);
  g_autoptr(StrideRoutine) routine = stride_progression_find_routine (self->store, exercise_id);
  /* Translators: %s is an exercise, e.g. "Ready for Harder Squats" */
  g_autofree char *heading = g_strdup_printf (_("Ready for Harder %s"), stride_exercise_get_name (exercise));
  g_autofree char *text = dup_suggestion_text (exercise,
                                               stride_progression_get_recent_effort (sessions_by_date, exercise_id));
  GtkWidget *dismiss, *column;
  GtkWidget *card = create_advice_card (heading, text, "stride-suggestion", _("Dismiss"), &dismiss, &column);

  g_object_set_data_full (G_OBJECT (dismiss), "suggestion-key", g_strdup (key), g_free);
  g_signal_connect_object (dismiss, "clicked", G_CALLBACK (on_suggestion_dismissed), self, 0);

  /* Without the routine it was done in, there is nothing to switch; the
   * advice still stands */
  if (routine != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Make It Harder"));
      g_autofree char *where = NULL;

      if (stride_routine_library_is_builtin (stride_routine_get_id (routine)))
        /* Translators: %s is a built-in routine */
        where = g_strdup_printf (_("The button saves a copy of “%s” that does the harder variation."), stride_routine_get_name (routine));
      else
        /* Translators: %s is one of the user's routines */
        where = g_strdup_printf (_("The button switches “%s” to the harder variation."), stride_routine_get_name (routine));

      gtk_box_append (GTK_BOX (column), create_text_label (where, "dim-label"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_margin_top (button, 6);
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_add_css_class (button, "pill");
      g_object_set_data_full (G_OBJECT (button), "exercise-id", g_strdup (exercise_id), g_free);
      g_object_set_data_full (G_OBJECT (button), "suggestion-key", g_strdup (key), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_make_harder_clicked), self, 0);
      gtk_box_append (GTK_BOX (column), button);
    }

  g_object_set_data_full (G_OBJECT (card), "exercise-id", g_strdup (exercise_id), g_free);

  return card;
}

static void
update_suggestions (StrideProgressAdvice *self,
                    GPtrArray            *sessions_by_date)
{
  g_auto(GStrv) ready = stride_advice_list_progressions (sessions_by_date);
  g_auto(GStrv) dismissed = g_settings_get_strv (self->settings, "progressions-dismissed");

  for (guint i = 0; i < self->suggestions->len; i++)
    gtk_box_remove (GTK_BOX (self), self->suggestions->pdata[i]);
  g_ptr_array_set_size (self->suggestions, 0);

  for (guint i = 0; ready[i] != NULL; i++)
    {
      StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), ready[i]);
      g_autofree char *key = dup_suggestion_key (sessions_by_date, ready[i]);
      GtkWidget *card;

      if (exercise == NULL || g_strv_contains ((const char * const *) dismissed, key))
        continue;

      card = create_suggestion (self, exercise, sessions_by_date, key);
      g_ptr_array_add (self->suggestions, card);
      gtk_box_append (GTK_BOX (self), card);
    }
}

static void
on_step_back_dismissed (GtkButton            *button,
                        StrideProgressAdvice *self)
{
  dismiss_in (self, "step-backs-dismissed", g_object_get_data (G_OBJECT (button), "suggestion-key"));
}

static void
on_step_back_clicked (GtkButton            *button,
                      StrideProgressAdvice *self)
{
  const char *exercise_id = g_object_get_data (G_OBJECT (button), "exercise-id");
  g_autofree char *key = g_strdup (g_object_get_data (G_OBJECT (button), "suggestion-key"));
  g_autofree char *message = NULL;
  g_autoptr(StrideRoutine) routine = NULL;
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), exercise_id);

  routine = stride_progression_step_back (self->store, exercise_id, NULL);
  if (routine == NULL)
    return;

  /* Translators: a routine and an exercise, e.g. "“My hips” is back to
   * the basic variation of Squats" */
  message = g_strdup_printf (_("“%s” is back to the basic variation of %s"),
                             stride_routine_get_name (routine), stride_exercise_get_name (exercise));

  /* Taken up: the suggestion has done its job */
  dismiss_in (self, "step-backs-dismissed", key);

  if (self->toaster != NULL)
    stride_toaster_show_when_saved (self->toaster, self->store, message);
  else
    stride_store_flush_async (self->store, NULL, NULL, NULL);
}

static GtkWidget *
create_step_back (StrideProgressAdvice *self,
                  StrideExercise       *exercise,
                  const char           *key)
{
  const char *exercise_id = stride_exercise_get_id (exercise);
  g_autoptr(StrideRoutine) routine = stride_progression_find_step_back_routine (self->store, exercise_id);
  /* Translators: %s is an exercise, e.g. "Step Back: Squats" */
  g_autofree char *heading = g_strdup_printf (_("Step Back: %s"), stride_exercise_get_name (exercise));
  g_autofree char *dose = stride_exercise_dup_dose_label (exercise);
  /* Translators: %s is the basic exercise's dose, e.g. "10–15 reps". The
   * guide's "When to See a Specialist" ends it. */
  g_autofree char *text = g_strdup_printf (_("You reported pain in your last session with the harder variation. "
                                             "Go back to the basic exercise (%s) until it feels easy again. "
                                             "If the pain persists, consider seeing a physical therapist or "
                                             "orthopedic specialist."), dose);
  GtkWidget *dismiss, *column;
  GtkWidget *card = create_advice_card (heading, text, "stride-step-back", _("Dismiss"), &dismiss, &column);

  g_object_set_data_full (G_OBJECT (dismiss), "suggestion-key", g_strdup (key), g_free);
  g_signal_connect_object (dismiss, "clicked", G_CALLBACK (on_step_back_dismissed), self, 0);

  /* Without the routine it was done in, there is nothing to switch back;
   * the advice still stands */
  if (routine != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Back to the Basic Exercise"));
      /* Translators: %s is one of the user's routines */
      g_autofree char *where = g_strdup_printf (_("The button switches “%s” back to the basic variation."),
                                                stride_routine_get_name (routine));

      gtk_box_append (GTK_BOX (column), create_text_label (where, "dim-label"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_margin_top (button, 6);
      gtk_widget_add_css_class (button, "pill");
      g_object_set_data_full (G_OBJECT (button), "exercise-id", g_strdup (exercise_id), g_free);
      g_object_set_data_full (G_OBJECT (button), "suggestion-key", g_strdup (key), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_step_back_clicked), self, 0);
      gtk_box_append (GTK_BOX (column), button);
    }

  g_object_set_data_full (G_OBJECT (card), "exercise-id", g_strdup (exercise_id), g_free);

  return card;
}

static void
update_step_backs (StrideProgressAdvice *self,
                   GPtrArray            *sessions_by_date)
{
  g_auto(GStrv) step_backs = stride_progression_list_step_backs (sessions_by_date);
  g_auto(GStrv) dismissed = g_settings_get_strv (self->settings, "step-backs-dismissed");

  for (guint i = 0; i < self->step_backs->len; i++)
    gtk_box_remove (GTK_BOX (self), self->step_backs->pdata[i]);
  g_ptr_array_set_size (self->step_backs, 0);

  for (guint i = 0; step_backs[i] != NULL; i++)
    {
      StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), step_backs[i]);
      g_autofree char *key = dup_suggestion_key (sessions_by_date, step_backs[i]);
      GtkWidget *card;

      if (exercise == NULL || g_strv_contains ((const char * const *) dismissed, key))
        continue;

      card = create_step_back (self, exercise, key);
      g_ptr_array_add (self->step_backs, card);
      gtk_box_append (GTK_BOX (self), card);
    }
}

/**
 * stride_progress_advice_update:
 *
 * Reads the progress again and shows the advice that is due and was not
 * dismissed.
 */
void
stride_progress_advice_update (StrideProgressAdvice *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_return_if_fail (STRIDE_IS_PROGRESS_ADVICE (self));

  g_clear_handle_id (&self->update_source, g_source_remove);
  sessions = self->store != NULL ? stride_store_list_sessions_by_date (self->store) : g_ptr_array_new ();
  results = self->store != NULL ? stride_store_list (self->store, STRIDE_COLLECTION_RESULTS) : g_ptr_array_new ();

  update_specialist (self, sessions, results);
  update_step_backs (self, sessions);
  update_suggestions (self, sessions);

  gtk_widget_set_visible (GTK_WIDGET (self),
                          self->specialist != NULL || self->suggestions->len > 0 || self->step_backs->len > 0);
}

static gboolean
update_cb (gpointer user_data)
{
  StrideProgressAdvice *self = user_data;

  self->update_source = 0;
  stride_progress_advice_update (self);

  return G_SOURCE_REMOVE;
}

/* Updated once the click is handled: a button must not see its card go
 * while it is still handling the click that dismissed it */
static void
queue_update (StrideProgressAdvice *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add (update_cb, self);
}

static void
stride_progress_advice_dispose (GObject *object)
{
  StrideProgressAdvice *self = STRIDE_PROGRESS_ADVICE (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->toaster);

  G_OBJECT_CLASS (stride_progress_advice_parent_class)->dispose (object);
}

static void
stride_progress_advice_finalize (GObject *object)
{
  StrideProgressAdvice *self = STRIDE_PROGRESS_ADVICE (object);

  g_free (self->specialist_key);
  g_ptr_array_unref (self->suggestions);
  g_ptr_array_unref (self->step_backs);

  G_OBJECT_CLASS (stride_progress_advice_parent_class)->finalize (object);
}

static void
stride_progress_advice_class_init (StrideProgressAdviceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_progress_advice_dispose;
  object_class->finalize = stride_progress_advice_finalize;
}

static void
stride_progress_advice_init (StrideProgressAdvice *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->suggestions = g_ptr_array_new ();
  self->step_backs = g_ptr_array_new ();

  /* A dismissal, here or in another window, hides what it was about */
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::specialist-advice-dismissed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::progressions-dismissed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::step-backs-dismissed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);

  stride_progress_advice_update (self);
}

void
stride_progress_advice_set_store (StrideProgressAdvice *self,
                                  StrideStore          *store)
{
  g_return_if_fail (STRIDE_IS_PROGRESS_ADVICE (self));

  if (g_set_object (&self->store, store))
    stride_progress_advice_update (self);
}

/**
 * stride_progress_advice_get_specialist_shown:
 *
 * Returns: whether the advice to see a specialist is shown
 */
gboolean
stride_progress_advice_get_specialist_shown (StrideProgressAdvice *self)
{
  g_return_val_if_fail (STRIDE_IS_PROGRESS_ADVICE (self), FALSE);

  return self->specialist != NULL;
}

/**
 * stride_progress_advice_list_suggested:
 *
 * Returns: (transfer full): the exercises whose harder variation is
 *   suggested, in the order shown
 */
GStrv
stride_progress_advice_list_suggested (StrideProgressAdvice *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (STRIDE_IS_PROGRESS_ADVICE (self), NULL);

  for (guint i = 0; i < self->suggestions->len; i++)
    g_strv_builder_add (builder, g_object_get_data (self->suggestions->pdata[i], "exercise-id"));

  return g_strv_builder_end (builder);
}

/**
 * stride_progress_advice_list_step_backs:
 *
 * Returns: (transfer full): the exercises whose basic variation is
 *   suggested again after pain, in the order shown
 */
GStrv
stride_progress_advice_list_step_backs (StrideProgressAdvice *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (STRIDE_IS_PROGRESS_ADVICE (self), NULL);

  for (guint i = 0; i < self->step_backs->len; i++)
    g_strv_builder_add (builder, g_object_get_data (self->step_backs->pdata[i], "exercise-id"));

  return g_strv_builder_end (builder);
}

/**
 * stride_progress_advice_set_toaster:
 * @toaster: (nullable): where the advice says that a change is saved
 */
void
stride_progress_advice_set_toaster (StrideProgressAdvice *self,
                                    StrideToaster        *toaster)
{
  g_return_if_fail (STRIDE_IS_PROGRESS_ADVICE (self));
  g_return_if_fail (toaster == NULL || STRIDE_IS_TOASTER (toaster));

  g_set_weak_pointer (&self->toaster, toaster);
}
