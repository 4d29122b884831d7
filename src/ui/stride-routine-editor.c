/* stride-routine-editor.c
 *
 * Editing a routine: its name, the time to get ready and to switch
 * sides, and its exercises, each with sets, reps or a hold, tempo and
 * rests; exercises added, moved and removed. Saving checks the routine
 * and says what to change, in the runner's words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-catalog.h"
#include "stride-routine-editor.h"

struct _StrideRoutineEditor
{
  AdwBin parent_instance;

  StrideStore *store;
  StrideRoutine *routine;
  GPtrArray *item_rows;

  AdwWindowTitle *window_title;
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  AdwPreferencesGroup *general_group;
  AdwPreferencesGroup *items_group;
  AdwEntryRow *name_row;
};

G_DEFINE_FINAL_TYPE (StrideRoutineEditor, stride_routine_editor, ADW_TYPE_BIN)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  FIELD_GET_READY,
  FIELD_SWITCH_SIDES,
  FIELD_SETS,
  FIELD_REPS,
  FIELD_HOLD,
  FIELD_TEMPO_DOWN,
  FIELD_TEMPO_HOLD,
  FIELD_TEMPO_UP,
  FIELD_REST,
  FIELD_REST_AFTER,
} Field;

static void rebuild_items (StrideRoutineEditor *self);

static void
on_spin_changed (GtkSpinButton       *spin,
                 StrideRoutineEditor *self)
{
  StrideRoutineItem *item = g_object_get_data (G_OBJECT (spin), "item");
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "field"));
  double value = gtk_spin_button_get_value (spin);
  GtkWidget *expander;

  switch (field)
    {
    case FIELD_GET_READY:
      stride_routine_set_get_ready (self->routine, (guint) value);
      return;
    case FIELD_SWITCH_SIDES:
      stride_routine_set_switch_sides (self->routine, (guint) value);
      return;
    case FIELD_SETS:
      item->sets = (guint) value;
      break;
    case FIELD_REPS:
      item->reps = (guint) value;
      break;
    case FIELD_HOLD:
      item->hold_seconds = (guint) value;
      break;
    case FIELD_TEMPO_DOWN:
      item->tempo_down = value;
      break;
    case FIELD_TEMPO_HOLD:
      item->tempo_hold = value;
      break;
    case FIELD_TEMPO_UP:
      item->tempo_up = value;
      break;
    case FIELD_REST:
      item->rest_between_sets = (guint) value;
      break;
    case FIELD_REST_AFTER:
      item->rest_after = (guint) value;
      break;
    default:
      g_return_if_reached ();
    }

  /* The exercise's summary follows what was changed */
  expander = gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_EXPANDER_ROW);
  if (expander != NULL)
    {
      g_autofree char *summary = NULL;
      guint sides = stride_routine_item_get_n_sides (item);

      if (item->reps > 0)
        /* Translators: sets × reps, e.g. "2 × 12 reps per side" */
        summary = g_strdup_printf (sides == 2 ? _("%u × %u reps per side") : _("%u × %u reps"), item->sets, item->reps);
      else
        /* Translators: sets × a hold, e.g. "2 × 30 s hold" */
        summary = g_strdup_printf (_("%u × %u s hold"), item->sets, item->hold_seconds);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), summary);
    }
}

static GtkWidget *
create_spin_row (StrideRoutineEditor *self,
                 const char          *title,
                 const char          *subtitle,
                 StrideRoutineItem   *item,
                 Field                field,
                 double               value,
                 double               max,
                 double               step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), step < 1 ? 1 : 0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (spin), "item", item);
  g_object_set_data (G_OBJECT (spin), "field", GINT_TO_POINTER (field));
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_spin_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  /* Which also names the spin button by the row's title */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);

  return row;
}

static void
on_harder_toggled (GtkSwitch         *toggle,
                   GParamSpec        *pspec,
                   StrideRoutineItem *item)
{
  item->harder = gtk_switch_get_active (toggle);
}

static void
on_item_button_clicked (GtkButton           *button,
                        StrideRoutineEditor *self)
{
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  guint n = stride_routine_get_n_items (self->routine);

  if (g_strcmp0 (what, "up") == 0 && index > 0)
    stride_routine_move_item (self->routine, index, index - 1);
  else if (g_strcmp0 (what, "down") == 0 && index + 1 < n)
    stride_routine_move_item (self->routine, index, index + 1);
  else if (g_strcmp0 (what, "remove") == 0)
    stride_routine_remove_item (self->routine, index);

  rebuild_items (self);
}

static GtkWidget *
create_item_button (StrideRoutineEditor *self,
                    const char          *icon,
                    const char          *tooltip,
                    const char          *what,
                    guint                index,
                    gboolean             sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* The row's title says which exercise */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_sensitive (button, sensitive);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (on_item_button_clicked), self);

  return button;
}

static GtkWidget *
create_item_row (StrideRoutineEditor *self,
                 guint                index)
{
  StrideRoutineItem *item = stride_routine_get_item (self->routine, index);
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), item->exercise_id);
  guint n = stride_routine_get_n_items (self->routine);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *spin_row;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 exercise != NULL ? stride_exercise_get_name (exercise) : item->exercise_id);

  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               create_item_button (self, "go-up-symbolic", _("Move Up"), "up", index, index > 0));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               create_item_button (self, "go-down-symbolic", _("Move Down"), "down", index, index + 1 < n));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               create_item_button (self, "user-trash-symbolic", _("Remove"), "remove", index, TRUE));

  if (exercise != NULL && stride_exercise_get_harder (exercise) != NULL)
    {
      GtkWidget *harder_row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (harder_row), _("Harder Variation"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (harder_row), stride_exercise_get_harder (exercise));
      gtk_switch_set_active (GTK_SWITCH (toggle), item->harder);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (on_harder_toggled), item);
      adw_action_row_add_suffix (ADW_ACTION_ROW (harder_row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (harder_row), toggle);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), harder_row);
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, _("Sets"), NULL, item, FIELD_SETS, item->sets, 10, 1));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, _("Reps"), _("0 to hold instead"), item, FIELD_REPS, item->reps, 100, 1));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, _("Hold, seconds"), _("When reps are 0"), item, FIELD_HOLD,
                                             item->hold_seconds, 600, 5));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, _("Going, seconds"), _("Each rep: the way there"), item,
                                             FIELD_TEMPO_DOWN, item->tempo_down, 30, 0.5));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, _("Holding, seconds"), _("Each rep: the pause"), item,
                                             FIELD_TEMPO_HOLD, item->tempo_hold, 30, 0.5));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, _("Returning, seconds"), _("Each rep: the way back"), item,
                                             FIELD_TEMPO_UP, item->tempo_up, 30, 0.5));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, _("Rest between sets, seconds"), NULL, item, FIELD_REST,
                                             item->rest_between_sets, 600, 5));
  spin_row = create_spin_row (self, _("Rest after, seconds"), NULL, item, FIELD_REST_AFTER, item->rest_after, 600, 5);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), spin_row);

  /* Its arrow is a decoration */
  stride_accessible_hide_decorations (row);

  /* Fills in the summary */
  on_spin_changed (GTK_SPIN_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (spin_row))), self);

  return row;
}

static void
rebuild_items (StrideRoutineEditor *self)
{
  for (guint i = 0; i < self->item_rows->len; i++)
    adw_preferences_group_remove (self->items_group, self->item_rows->pdata[i]);
  g_ptr_array_set_size (self->item_rows, 0);

  for (guint i = 0; i < stride_routine_get_n_items (self->routine); i++)
    {
      GtkWidget *row = create_item_row (self, i);

      g_ptr_array_add (self->item_rows, row);
      adw_preferences_group_add (self->items_group, row);
    }
}

static void
add_exercise (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (widget);

  stride_routine_add_item (self->routine, g_variant_get_string (parameter, NULL));
  rebuild_items (self);
  /* The new exercise, open to set it up */
  adw_expander_row_set_expanded (g_ptr_array_index (self->item_rows, self->item_rows->len - 1), TRUE);
}

/**
 * stride_routine_editor_save:
 *
 * Checks the routine and stores it; if it cannot run, shows why and
 * stays open.
 *
 * Returns: %TRUE if saved
 */
gboolean
stride_routine_editor_save (StrideRoutineEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) object = NULL;
  const char *name;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_EDITOR (self), FALSE);

  name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  stride_routine_set_name (self->routine, name != NULL && name[0] != '\0' ? name : _("My routine"));

  if (!stride_routine_validate (self->routine, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return FALSE;
    }

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  object = stride_routine_to_json (self->routine);
  stride_store_put (self->store, STRIDE_COLLECTION_ROUTINES, object);
  g_signal_emit (self, signals[FINISHED], 0, TRUE);

  return TRUE;
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  stride_routine_editor_save (STRIDE_ROUTINE_EDITOR (widget));
}

static void
cancel (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  g_signal_emit (widget, signals[FINISHED], 0, FALSE);
}

static void
stride_routine_editor_dispose (GObject *object)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_ROUTINE_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->routine, stride_routine_unref);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_routine_editor_parent_class)->dispose (object);
}

static void
stride_routine_editor_class_init (StrideRoutineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_routine_editor_dispose;

  /**
   * StrideRoutineEditor::finished:
   * @saved: %TRUE if the routine was saved, %FALSE if cancelled
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-routine-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, general_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, items_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, name_row);

  gtk_widget_class_install_action (widget_class, "editor.add", "s", add_exercise);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
stride_routine_editor_init (StrideRoutineEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->item_rows = g_ptr_array_new ();
}

/**
 * stride_routine_editor_new:
 * @routine: the routine to edit; the editor works on a copy
 *
 * Returns: (transfer floating): the editor
 */
GtkWidget *
stride_routine_editor_new (StrideStore   *store,
                           StrideRoutine *routine)
{
  StrideRoutineEditor *self;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (routine != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_ROUTINE_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->routine = stride_routine_copy (routine, stride_routine_get_id (routine));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), stride_routine_get_name (routine));
  adw_preferences_group_add (self->general_group,
                             create_spin_row (self, _("Get ready, seconds"), _("Before the first exercise"), NULL,
                                              FIELD_GET_READY, stride_routine_get_get_ready (routine), 120, 5));
  adw_preferences_group_add (self->general_group,
                             create_spin_row (self, _("Switch sides, seconds"), NULL, NULL,
                                              FIELD_SWITCH_SIDES, stride_routine_get_switch_sides (routine), 120, 1));
  rebuild_items (self);

  return GTK_WIDGET (self);
}

/**
 * stride_routine_editor_get_routine:
 *
 * Returns: (transfer none): the routine as edited so far
 */
StrideRoutine *
stride_routine_editor_get_routine (StrideRoutineEditor *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_EDITOR (self), NULL);

  return self->routine;
}
