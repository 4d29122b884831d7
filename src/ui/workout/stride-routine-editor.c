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
#include "stride-confirm-dialog.h"
#include "stride-number-ranges.h"
#include "stride-routine-editor.h"
#include "stride-scroll-guard.h"

struct _StrideRoutineEditor
{
  AdwBin parent_instance;

  StrideStore *store;
  StrideRoutine *routine;
  GPtrArray *item_rows;
  /* Once Save was pressed, an empty routine is an error to point out;
   * before, the empty list itself says what to do */
  gboolean save_tried;
  /* The routine as it was opened, to tell whether anything changed */
  JsonNode *opened;
  StrideRoutineEditorKind kind;

  AdwWindowTitle *window_title;
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  AdwPreferencesGroup *general_group;
  AdwPreferencesGroup *items_group;
  AdwEntryRow *name_row;
  GtkMenuButton *add_button;
  GtkWidget *empty_row;
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

/* What an exercise's row shows of it: either reps at a tempo, or a hold */
typedef struct
{
  StrideRoutineItem *item;
  AdwExpanderRow *expander;
  GtkSpinButton *reps;
  GtkSpinButton *hold;
  GtkWidget *reps_row;
  GtkWidget *hold_row;
  GtkWidget *tempo_rows[3];
} ItemRow;

/* A hold Stride suggests when a set turns into one */
#define DEFAULT_HOLD_SECONDS 30

static void rebuild_items (StrideRoutineEditor *self,
                           GArray              *expanded);

/* The banner says why the routine cannot run yet, as things stand now;
 * the title's subtitle how long it takes */
static void
update_state (StrideRoutineEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint n_items = stride_routine_get_n_items (self->routine);
  gboolean valid = stride_routine_validate (self->routine, &error);

  if (!valid && (self->save_tried || !g_error_matches (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_EMPTY)))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
    }
  else
    gtk_revealer_set_reveal_child (self->error_revealer, FALSE);

  gtk_widget_set_visible (self->empty_row, n_items == 0);

  if (n_items > 0)
    {
      /* Under a minute in seconds, not "0 minutes" */
      g_autofree char *duration = stride_routine_dup_duration (self->routine);

      adw_window_title_set_subtitle (self->window_title, duration);
    }
  else
    adw_window_title_set_subtitle (self->window_title, NULL);

  /* A copy of a built-in routine is stored once something in it differs:
   * unchanged, it would only be the built-in one again */
  if (self->kind == STRIDE_ROUTINE_EDITOR_COPY && self->opened != NULL)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", stride_routine_editor_has_changes (self));
}

/* The exercise's summary, as a plan reads: sets × reps, or sets × a hold */
static void
update_item_row (ItemRow *row)
{
  StrideRoutineItem *item = row->item;
  gboolean hold = item->reps == 0;
  g_autofree char *summary = NULL;

  if (!hold)
    {
      StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), item->exercise_id);

      /* In the guide's unit: steps in each direction, or reps */
      summary = stride_dose_format_sets (exercise != NULL ? stride_exercise_get_dose (exercise) : NULL,
                                         item->sets, item->reps);
    }
  else
    /* Translators: sets × a hold, e.g. "2 × 30 s hold" */
    summary = g_strdup_printf (_("%u × %u s hold"), item->sets, item->hold_seconds);
  {
    g_autofree char *joined = stride_number_ranges_join (summary);

    adw_expander_row_set_subtitle (row->expander, joined);
  }

  /* A tempo is for reps; a hold has its time */
  gtk_widget_set_visible (row->reps_row, !hold);
  gtk_widget_set_visible (row->hold_row, hold);
  for (guint i = 0; i < G_N_ELEMENTS (row->tempo_rows); i++)
    gtk_widget_set_visible (row->tempo_rows[i], !hold);
}

static void
on_spin_changed (GtkSpinButton       *spin,
                 StrideRoutineEditor *self)
{
  ItemRow *row = g_object_get_data (G_OBJECT (spin), "row");
  StrideRoutineItem *item = row != NULL ? row->item : NULL;
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "field"));
  double value = gtk_spin_button_get_value (spin);

  switch (field)
    {
    case FIELD_GET_READY:
      stride_routine_set_get_ready (self->routine, (guint) value);
      break;
    case FIELD_SWITCH_SIDES:
      stride_routine_set_switch_sides (self->routine, (guint) value);
      break;
    case FIELD_SETS:
      item->sets = (guint) value;
      break;
    case FIELD_REPS:
      /* While the sets are holds, the reps wait here for a switch back */
      if (item->reps > 0)
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

  if (row != NULL)
    update_item_row (row);
  update_state (self);
}

/* A row with a spin button for a number of seconds, sets or reps. The
 * spin's range is what the routine accepts, so that it cannot be set to
 * what would only be refused on saving. */
static GtkSpinButton *
add_spin_row (StrideRoutineEditor *self,
              GtkWidget           *parent,
              const char          *title,
              const char          *subtitle,
              ItemRow             *item_row,
              Field                field,
              double               value,
              double               min,
              double               max,
              double               step,
              GtkWidget          **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), step < 1 ? 1 : 0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (spin), "row", item_row);
  g_object_set_data (G_OBJECT (spin), "field", GINT_TO_POINTER (field));
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_spin_changed), self);
  stride_scroll_guard_attach (spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  /* Which also names the spin button by the row's title */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  /* Tab goes from number to number, where typing changes it */
  gtk_widget_set_focusable (row, FALSE);

  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);
  if (row_out != NULL)
    *row_out = row;

  return GTK_SPIN_BUTTON (spin);
}

static void
on_harder_toggled (GtkSwitch         *toggle,
                   GParamSpec        *pspec,
                   StrideRoutineItem *item)
{
  item->harder = gtk_switch_get_active (toggle);
}

/* Reps or a hold: switching keeps the other's number for switching back */
static void
on_hold_toggled (GtkSwitch  *toggle,
                 GParamSpec *pspec,
                 ItemRow    *row)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (toggle),
                                                                              STRIDE_TYPE_ROUTINE_EDITOR));

  if (gtk_switch_get_active (toggle))
    {
      row->item->reps = 0;
      row->item->hold_seconds = (guint) gtk_spin_button_get_value (row->hold);
    }
  else
    row->item->reps = (guint) gtk_spin_button_get_value (row->reps);

  update_item_row (row);
  update_state (self);
}

/* The button named @what ("up", "down" or "remove") on an exercise's row */
static GtkWidget *
find_item_button (GtkWidget  *widget,
                  const char *what)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_name (widget), what) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_item_button (child, what);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether each exercise's row is open, in the list's order */
static GArray *
dup_expanded (StrideRoutineEditor *self)
{
  GArray *expanded = g_array_new (FALSE, FALSE, sizeof (gboolean));

  for (guint i = 0; i < self->item_rows->len; i++)
    {
      gboolean open = adw_expander_row_get_expanded (self->item_rows->pdata[i]);

      g_array_append_val (expanded, open);
    }

  return expanded;
}

static void
on_item_button_clicked (GtkButton           *button,
                        StrideRoutineEditor *self)
{
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  guint n = stride_routine_get_n_items (self->routine);
  guint focus_index = index;
  GtkWidget *focus = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean focus_visible = GTK_IS_WINDOW (root) && gtk_window_get_focus_visible (GTK_WINDOW (root));
  /* Which exercises are open, to open them again once rebuilt */
  g_autoptr(GArray) expanded = dup_expanded (self);

  if (g_strcmp0 (what, "up") == 0 && index > 0)
    stride_routine_move_item (self->routine, index, focus_index = index - 1);
  else if (g_strcmp0 (what, "down") == 0 && index + 1 < n)
    stride_routine_move_item (self->routine, index, focus_index = index + 1);
  else if (g_strcmp0 (what, "remove") == 0)
    stride_routine_remove_item (self->routine, index);

  /* The same change to the open ones */
  if (focus_index != index)
    {
      gboolean moved = g_array_index (expanded, gboolean, index);

      g_array_index (expanded, gboolean, index) = g_array_index (expanded, gboolean, focus_index);
      g_array_index (expanded, gboolean, focus_index) = moved;
    }
  else if (g_strcmp0 (what, "remove") == 0 && index < expanded->len)
    g_array_remove_index (expanded, index);

  rebuild_items (self, expanded);

  /* The keyboard stays with the exercise that moved, on the same button
   * so that it moves again with the same key (or, at the end of the
   * list, on the other one), or goes to the exercise that took the
   * removed one's place; never lost with a button that is gone */
  n = self->item_rows->len;
  if (n > 0)
    {
      GtkWidget *row = g_ptr_array_index (self->item_rows, MIN (focus_index, n - 1));
      const char *wanted[] = { what, "up", "down", "remove" };

      for (guint i = 0; i < G_N_ELEMENTS (wanted) && focus == NULL; i++)
        {
          GtkWidget *candidate = find_item_button (row, wanted[i]);

          if (candidate != NULL && gtk_widget_get_sensitive (candidate))
            focus = candidate;
        }
    }
  else
    focus = GTK_WIDGET (self->add_button);
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
  /* Pressed from the keyboard, the ring stays on where the keyboard went,
   * though the button it was on is gone */
  if (focus_visible)
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
}

/* An icon button on an exercise's row. Its icon is unlike the row's own
 * expander arrow, and it has a name for screen readers and a tooltip
 * for the pointer. */
static GtkWidget *
create_item_button (StrideRoutineEditor *self,
                    const char          *icon,
                    const char          *label,
                    const char          *name,
                    const char          *what,
                    guint                index,
                    gboolean             sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  /* Each exercise's row has these three: the name says whose */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_sensitive (button, sensitive);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_name (button, what);
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
  const StrideDose *dose = exercise != NULL ? stride_exercise_get_dose (exercise) : NULL;
  guint n = stride_routine_get_n_items (self->routine);
  GtkWidget *expander = adw_expander_row_new ();
  ItemRow *row = g_new0 (ItemRow, 1);
  GtkWidget *hold_row = adw_action_row_new ();
  GtkWidget *hold_switch = gtk_switch_new ();
  const char *name = exercise != NULL ? stride_exercise_get_name (exercise) : item->exercise_id;
  g_autofree char *move_down_name = NULL;
  g_autofree char *move_up_name = NULL;
  g_autofree char *remove_name = NULL;
  guint reps, hold;

  row->item = item;
  row->expander = ADW_EXPANDER_ROW (expander);
  g_object_set_data_full (G_OBJECT (expander), "item-row", row, g_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), name);
  stride_accessible_name_expander_row (expander);

  /* Translators: %s is an exercise's name, for screen readers */
  move_down_name = g_strdup_printf (_("Move %s Down"), name);
  /* Translators: %s is an exercise's name, for screen readers */
  move_up_name = g_strdup_printf (_("Move %s Up"), name);
  /* Translators: %s is an exercise's name, for screen readers */
  remove_name = g_strdup_printf (_("Remove %s"), name);
  /* Each action goes before those added earlier: they read Remove,
   * Move Up, Move Down, with the row's own arrow last */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander),
                               create_item_button (self, "stride-move-down-symbolic", _("Move Down"), move_down_name,
                                                   "down", index, index + 1 < n));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander),
                               create_item_button (self, "stride-move-up-symbolic", _("Move Up"), move_up_name,
                                                   "up", index, index > 0));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander),
                               create_item_button (self, "user-trash-symbolic", _("Remove"), remove_name,
                                                   "remove", index, TRUE));

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
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), harder_row);
    }

  add_spin_row (self, expander, _("Sets"), NULL, row, FIELD_SETS, item->sets, 1, 10, 1, NULL);

  /* Each set is reps or a hold, chosen by a switch; the number that is
   * not used is kept ready for switching back */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hold_row), _("Hold Instead of Reps"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (hold_row), _("Hold the position for a time in each set"));
  gtk_switch_set_active (GTK_SWITCH (hold_switch), item->reps == 0);
  gtk_widget_set_valign (hold_switch, GTK_ALIGN_CENTER);
  gtk_widget_set_name (hold_switch, "hold");
  adw_action_row_add_suffix (ADW_ACTION_ROW (hold_row), hold_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (hold_row), hold_switch);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), hold_row);

  reps = item->reps > 0 ? item->reps : (dose != NULL && dose->min > 0 ? dose->min : 10);
  hold = item->hold_seconds > 0 ? item->hold_seconds : DEFAULT_HOLD_SECONDS;
  row->reps = add_spin_row (self, expander, stride_dose_get_count_title (dose), NULL, row, FIELD_REPS, reps, 1, 100, 1, &row->reps_row);
  row->hold = add_spin_row (self, expander, _("Hold"), _("Seconds"), row, FIELD_HOLD, hold, 1, 600, 5, &row->hold_row);

  /* Each rep's tempo, in the order the body moves */
  add_spin_row (self, expander, _("Move"), _("Seconds into the position"), row, FIELD_TEMPO_DOWN,
                item->tempo_down, 0, 30, 0.5, &row->tempo_rows[0]);
  add_spin_row (self, expander, _("Pause"), _("Seconds held in the position"), row, FIELD_TEMPO_HOLD,
                item->tempo_hold, 0, 30, 0.5, &row->tempo_rows[1]);
  add_spin_row (self, expander, _("Return"), _("Seconds back to the start"), row, FIELD_TEMPO_UP,
                item->tempo_up, 0, 30, 0.5, &row->tempo_rows[2]);

  add_spin_row (self, expander, _("Rest Between Sets"), _("Seconds"), row, FIELD_REST,
                item->rest_between_sets, 0, 600, 5, NULL);
  add_spin_row (self, expander, _("Rest Afterwards"), _("Seconds before the next exercise"), row, FIELD_REST_AFTER,
                item->rest_after, 0, 600, 5, NULL);

  /* Connected once the numbers are in place, so that filling them in
   * changes nothing */
  g_signal_connect (hold_switch, "notify::active", G_CALLBACK (on_hold_toggled), row);
  update_item_row (row);

  /* Its arrow is a decoration */
  stride_accessible_hide_decorations (expander);

  return expander;
}

/* Makes the exercises' rows again; those @expanded says, by their place,
 * are open from the start, with no animation that would shrink the page
 * for a moment and scroll it */
static void
rebuild_items (StrideRoutineEditor *self,
               GArray              *expanded)
{
  for (guint i = 0; i < self->item_rows->len; i++)
    adw_preferences_group_remove (self->items_group, self->item_rows->pdata[i]);
  g_ptr_array_set_size (self->item_rows, 0);

  for (guint i = 0; i < stride_routine_get_n_items (self->routine); i++)
    {
      GtkWidget *row = create_item_row (self, i);

      if (expanded != NULL && i < expanded->len)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_array_index (expanded, gboolean, i));
      g_ptr_array_add (self->item_rows, row);
      adw_preferences_group_add (self->items_group, row);
    }

  update_state (self);
}

static void
add_exercise (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (widget);
  g_autoptr(GArray) expanded = dup_expanded (self);
  /* The new exercise, open to set it up; the open ones stay open */
  gboolean open = TRUE;

  stride_routine_add_item (self->routine, g_variant_get_string (parameter, NULL));
  g_array_append_val (expanded, open);
  rebuild_items (self, expanded);
}

/* The name as typed is the routine's, checked with the rest as it is
 * typed; an empty one is the default name */
static void
take_name (StrideRoutineEditor *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  stride_routine_set_name (self->routine, name != NULL && name[0] != '\0' ? name : _("My routine"));
}

static void
on_name_changed (StrideRoutineEditor *self)
{
  take_name (self);
  update_state (self);
}

/* Checks the routine and stores it; if it cannot run, shows why and
 * stays open. An unchanged copy of a built-in routine is stored only
 * when @even_unchanged, as when it is to be passed on as a file. */
static gboolean
save_routine (StrideRoutineEditor *self,
              gboolean             even_unchanged)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) object = NULL;

  if (self->kind == STRIDE_ROUTINE_EDITOR_COPY && !even_unchanged && !stride_routine_editor_has_changes (self))
    return FALSE;

  take_name (self);

  self->save_tried = TRUE;
  update_state (self);
  if (!stride_routine_validate (self->routine, &error))
    return FALSE;

  object = stride_routine_to_json (self->routine);
  stride_store_put (self->store, STRIDE_COLLECTION_ROUTINES, object);
  g_signal_emit (self, signals[FINISHED], 0, TRUE);

  return TRUE;
}

/**
 * stride_routine_editor_save:
 *
 * Checks the routine and stores it; if it cannot run, shows why and
 * stays open. A copy of a built-in routine is stored once something in
 * it was changed.
 *
 * Returns: %TRUE if saved
 */
gboolean
stride_routine_editor_save (StrideRoutineEditor *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_EDITOR (self), FALSE);

  return save_routine (self, FALSE);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  stride_routine_editor_save (STRIDE_ROUTINE_EDITOR (widget));
}

/* Saved first: a routine is passed on as the user has it */
static void
save_and_export (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  /* Saving closes the editor: the window asks for the file */
  g_autoptr(GtkWidget) window = root != NULL ? g_object_ref (GTK_WIDGET (root)) : NULL;
  g_autofree char *id = g_strdup (stride_routine_get_id (self->routine));

  if (save_routine (self, TRUE) && window != NULL)
    gtk_widget_activate_action (window, "win.export-routine", "s", id);
}

/* The routine as edited, with the name as typed */
static JsonNode *
dup_edited (StrideRoutineEditor *self)
{
  g_autoptr(StrideRoutine) edited = stride_routine_copy (self->routine, stride_routine_get_id (self->routine));
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  stride_routine_set_name (edited, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  json_node_take_object (node, stride_routine_to_json (edited));
  return node;
}

/**
 * stride_routine_editor_has_changes:
 *
 * Returns: whether anything differs from the routine as it was opened
 */
gboolean
stride_routine_editor_has_changes (StrideRoutineEditor *self)
{
  g_autoptr(JsonNode) edited = NULL;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_EDITOR (self), FALSE);

  edited = dup_edited (self);
  return !json_node_equal (edited, self->opened);
}

static void
on_discard_response (AdwMessageDialog    *dialog,
                     const char          *response,
                     StrideRoutineEditor *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    g_signal_emit (self, signals[FINISHED], 0, FALSE);
}

/* What the runner changed is dropped only when they say so */
static void
cancel (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (widget);
  GtkWidget *dialog;

  if (!stride_routine_editor_has_changes (self))
    {
      g_signal_emit (widget, signals[FINISHED], 0, FALSE);
      return;
    }

  dialog = stride_confirm_dialog_new (widget, _("Discard Changes?"),
                                      _("What you changed in this routine will be lost."),
                                      "cancel", _("_Keep Editing"),
                                      "discard", _("_Discard"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stride_routine_editor_dispose (GObject *object)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_ROUTINE_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->routine, stride_routine_unref);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_pointer (&self->opened, json_node_unref);

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
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, add_button);

  gtk_widget_class_install_action (widget_class, "editor.add", "s", add_exercise);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_install_action (widget_class, "editor.save-and-export", NULL, save_and_export);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
stride_routine_editor_init (StrideRoutineEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->item_rows = g_ptr_array_new ();

  /* What an empty list is for, in place of the exercises */
  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No exercises yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row), _("Choose them with Add Exercise"));
  gtk_widget_add_css_class (self->empty_row, "dim-label");
  adw_preferences_group_add (self->items_group, self->empty_row);
}

/**
 * stride_routine_editor_new:
 * @routine: the routine to edit; the editor works on a copy
 * @kind: whether @routine is being made, changed, or is the user's copy
 *   of a built-in routine
 * @original_name: (nullable): for a copy, the built-in routine's name
 *
 * Returns: (transfer floating): the editor
 */
GtkWidget *
stride_routine_editor_new (StrideStore             *store,
                           StrideRoutine           *routine,
                           StrideRoutineEditorKind  kind,
                           const char              *original_name)
{
  StrideRoutineEditor *self;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (routine != NULL, NULL);
  g_return_val_if_fail (kind <= STRIDE_ROUTINE_EDITOR_COPY, NULL);

  self = g_object_new (STRIDE_TYPE_ROUTINE_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->routine = stride_routine_copy (routine, stride_routine_get_id (routine));
  self->kind = kind;

  if (kind == STRIDE_ROUTINE_EDITOR_NEW)
    adw_window_title_set_title (self->window_title, _("New Routine"));
  else if (kind == STRIDE_ROUTINE_EDITOR_EDIT)
    adw_window_title_set_title (self->window_title, _("Edit Routine"));
  else
    /* Translators: the editor's title between Cancel and Save, which
     * leave a phone's width about 12 characters; the text under it says
     * what the copy is */
    adw_window_title_set_title (self->window_title, C_("routine editor title", "Edit a Copy"));
  if (kind == STRIDE_ROUTINE_EDITOR_COPY)
    {
      /* Translators: %s is the built-in routine's name */
      g_autofree char *about = g_strdup_printf (_("Saved as your own routine when you change something; "
                                                  "the built-in “%s” stays as it is."),
                                                original_name != NULL ? original_name : "");

      adw_preferences_group_set_description (self->general_group, about);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), stride_routine_get_name (routine));
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (on_name_changed), self, G_CONNECT_SWAPPED);
  add_spin_row (self, GTK_WIDGET (self->general_group), _("Get Ready"), _("Seconds before the first exercise"), NULL,
                FIELD_GET_READY, stride_routine_get_get_ready (routine), 0, 120, 5, NULL);
  add_spin_row (self, GTK_WIDGET (self->general_group), _("Switch Sides"), _("Seconds to change to the other side"),
                NULL, FIELD_SWITCH_SIDES, stride_routine_get_switch_sides (routine), 0, 120, 1, NULL);
  rebuild_items (self, NULL);
  self->opened = dup_edited (self);
  update_state (self);

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
