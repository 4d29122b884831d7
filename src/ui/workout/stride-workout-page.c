/* stride-workout-page.c
 *
 * The Workout area: the routines Stride comes with and the user's own,
 * each with what it holds and how long it takes, to start with one press.
 * A .stride-routine file dropped on it is imported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-number-ranges.h"
#include "stride-routine-library.h"
#include "stride-stats.h"
#include "stride-weekly-goal-text.h"
#include "stride-workout-page.h"

struct _StrideWorkoutPage
{
  AdwBin parent_instance;

  StrideStore *store;
  GSettings *settings;
  GtkLabel *intro_label;
  GtkListBox *list;
  GtkLabel *week_label;
  GtkRevealer *drop_revealer;

  /* A routine whose Start gets the keyboard once it is in the list */
  char *focus_once_listed;
};

G_DEFINE_FINAL_TYPE (StrideWorkoutPage, stride_workout_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* @name: the button's name for screen readers, with the routine's name:
 * the same icon is on every row */
static GtkWidget *
create_action_button (const char    *icon,
                      const char    *tooltip,
                      const char    *name,
                      const char    *action,
                      StrideRoutine *routine)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", stride_routine_get_id (routine));

  return button;
}

/* Export and Delete, for a routine of the runner's own */
static GtkWidget *
create_more_button (StrideRoutine *routine)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) export = g_menu_item_new (_("_Export Routine…"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);
  const char *id = stride_routine_get_id (routine);
  /* Translators: %s is a routine's name, for screen readers */
  g_autofree char *name = g_strdup_printf (_("More for %s"), stride_routine_get_name (routine));

  g_menu_item_set_action_and_target_value (export, "win.export-routine", g_variant_new_string (id));
  g_menu_item_set_action_and_target_value (delete, "win.delete-routine", g_variant_new_string (id));
  g_menu_append_item (menu, export);
  g_menu_append_item (menu, delete);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("More"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_name (button, "routine-more");

  return button;
}

static GtkWidget *
create_row (StrideRoutine *routine)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *start = gtk_button_new_with_mnemonic (_("_Start"));
  g_autofree char *subtitle = stride_routine_dup_summary (routine);
  const char *name = stride_routine_get_name (routine);
  gboolean builtin = stride_routine_library_is_builtin (stride_routine_get_id (routine));
  g_autofree char *accessible = NULL;
  /* Translators: %s is a routine's name, for screen readers */
  g_autofree char *edit_name = builtin ? g_strdup_printf (_("Edit a Copy of %s"), name)
                                       : g_strdup_printf (_("Edit %s"), name);
  /* Translators: %s is a routine's name, for screen readers */
  g_autofree char *duplicate_name = g_strdup_printf (_("Duplicate %s"), name);

  /* The runner's name for it, as written, not read as markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stride_routine_get_name (routine));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "routine-id", g_strdup (stride_routine_get_id (routine)), g_free);

  gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (start, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "win.start-workout");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "s", stride_routine_get_id (routine));
  /* Translators: %s is a routine's name, for screen readers */
  accessible = g_strdup_printf (_("Start %s"), stride_routine_get_name (routine));
  /* Built-in routines are edited as a copy of the user's own */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_action_button ("document-edit-symbolic",
                                                   builtin ? _("Edit a Copy") : _("Edit"),
                                                   edit_name, "win.edit-routine", routine));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_action_button ("edit-copy-symbolic", _("Duplicate"),
                                                   duplicate_name, "win.duplicate-routine", routine));
  /* The user's own routines are the ones to pass on as a file, and to
   * delete; in a menu, so that a phone's row keeps room for the name */
  if (!builtin)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_more_button (routine));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), start);
  /* Its own name says it all, without the row's title after it */
  stride_accessible_set_label (start, accessible);
  /* Tab goes from button to button: the row does what its Start does,
   * and a stop of its own would only add a Tab per routine */
  gtk_widget_set_focusable (row, FALSE);

  return row;
}

/* In place of the weaker-side routine until a bridge test makes it:
 * what makes it, and the test, one press away */
static GtkWidget *
create_weaker_side_row (const char *explanation)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *test = gtk_button_new_with_mnemonic (_("_Take the Test"));

  gtk_widget_set_name (row, "weaker-side-explained");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Weaker side"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), explanation);

  gtk_widget_set_valign (test, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (test), "win.start-self-test");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (test), "s", "bridge");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), test);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), test);
  stride_accessible_set_label (test, _("Take the bridge test"));

  return row;
}

/* Which button of which routine's row has the keyboard, to give it back
 * once the rows are made again */
typedef struct
{
  char *routine_id;
  char *action;
  char *name;
  int index;
} FocusedButton;

static void
find_focused_button (StrideWorkoutPage *self,
                     FocusedButton     *focused)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW) : NULL;
  GtkWidget *button;

  *focused = (FocusedButton) { NULL, NULL, NULL, -1 };
  if (row == NULL || !gtk_widget_is_ancestor (row, GTK_WIDGET (self->list)))
    return;

  /* The menu button, or the button the focus is in */
  button = gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON);
  if (button == NULL)
    button = GTK_IS_BUTTON (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON);
  focused->routine_id = g_strdup (g_object_get_data (G_OBJECT (row), "routine-id"));
  focused->index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  if (button != NULL && GTK_IS_ACTIONABLE (button))
    focused->action = g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
  if (button != NULL)
    focused->name = g_strdup (gtk_widget_get_name (button));
}

static GtkWidget *
find_button (GtkWidget           *root,
             const FocusedButton *focused)
{
  if (GTK_IS_BUTTON (root) || GTK_IS_MENU_BUTTON (root))
    {
      const char *action = GTK_IS_ACTIONABLE (root) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (root)) : NULL;

      if (focused->action != NULL ? g_strcmp0 (action, focused->action) == 0
                                  : g_strcmp0 (gtk_widget_get_name (root), focused->name) == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, focused);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The same button of the same routine; the routine gone, the Start of
 * the row that took its place */
static void
restore_focus (StrideWorkoutPage   *self,
               const FocusedButton *focused)
{
  GtkListBoxRow *row = NULL;
  GtkWidget *button = NULL;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "routine-id"), focused->routine_id) == 0)
      break;

  if (row != NULL)
    button = find_button (GTK_WIDGET (row), focused);
  else
    {
      int n = 0;

      while (gtk_list_box_get_row_at_index (self->list, n) != NULL)
        n++;
      row = n > 0 ? gtk_list_box_get_row_at_index (self->list, MIN (focused->index, n - 1)) : NULL;
      if (row != NULL && ADW_IS_ACTION_ROW (row))
        button = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
    }

  if (button != NULL)
    gtk_widget_grab_focus (button);
}

static void
rebuild (StrideWorkoutPage *self)
{
  g_autoptr(GPtrArray) routines = stride_routine_library_list (self->store);
  const char *explanation = stride_routine_library_explain_no_weaker_side (self->store);
  FocusedButton focused;
  GtkWidget *child;

  /* A keyboard user who duplicated or deleted a routine keeps their
   * place, rather than start again from the top */
  find_focused_button (self, &focused);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < routines->len; i++)
    {
      gtk_list_box_append (self->list, create_row (routines->pdata[i]));

      /* Where the weaker-side routine would be, after the other built-ins */
      if (explanation != NULL && g_strcmp0 (stride_routine_get_id (routines->pdata[i]), "quick") == 0)
        gtk_list_box_append (self->list, create_weaker_side_row (explanation));
    }

  if (focused.index >= 0)
    restore_focus (self, &focused);
  if (self->focus_once_listed != NULL
      && stride_workout_page_show_routine (self, self->focus_once_listed))
    g_clear_pointer (&self->focus_once_listed, g_free);
  g_free (focused.routine_id);
  g_free (focused.action);
  g_free (focused.name);
}

/* This week's count against the goal, where the runner starts a
 * workout */
static void
update_week (StrideWorkoutPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) no_results = g_ptr_array_new ();
  g_autoptr(StrideStats) stats = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *count = NULL;
  StrideWeeklyGoal goal;
  guint goal_min, goal_max;

  gtk_widget_set_visible (GTK_WIDGET (self->week_label), self->store != NULL);
  if (self->store == NULL)
    return;

  sessions = stride_store_list (self->store, STRIDE_COLLECTION_SESSIONS);
  stats = stride_stats_new (sessions, no_results, NULL);
  stride_weekly_goal_read_settings (self->settings, &goal_min, &goal_max);
  stride_stats_get_weekly_goal (stats, now, goal_min, goal_max, &goal);
  count = stride_weekly_goal_dup_count (&goal);
  gtk_label_set_label (self->week_label, count);
}

static void
on_store_changed (StrideWorkoutPage *self,
                  guint              collection)
{
  if (collection == STRIDE_COLLECTION_SESSIONS)
    update_week (self);

  /* A bridge test result makes, changes or takes away the weaker-side routine */
  if (collection == STRIDE_COLLECTION_ROUTINES || collection == STRIDE_COLLECTION_RESULTS)
    rebuild (self);
}

/* Each file dropped goes where a file from Files or the chooser goes */
static gboolean
on_drop (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         StrideWorkoutPage *self)
{
  GSList *files = g_value_get_boxed (value);

  gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);
  if (files == NULL)
    return FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *uri = g_file_get_uri (l->data);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-routine-file", "s", uri);
    }

  return TRUE;
}

static GdkDragAction
on_drop_enter (GtkDropTarget     *target,
               double             x,
               double             y,
               StrideWorkoutPage *self)
{
  gtk_revealer_set_reveal_child (self->drop_revealer, TRUE);
  return GDK_ACTION_COPY;
}

static void
on_drop_leave (GtkDropTarget     *target,
               StrideWorkoutPage *self)
{
  gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);
}

/* Until the row is in view: the list was just made again, and the
 * scrolled window learns how long it is over the next frames */
static gboolean
scroll_to_row (GtkWidget     *row,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  guint frames = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "scroll-frames"));
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double height;

  if (scrolled == NULL || frames >= 30 || !gtk_widget_compute_bounds (row, scrolled, &bounds))
    return G_SOURCE_REMOVE;
  g_object_set_data (G_OBJECT (row), "scroll-frames", GUINT_TO_POINTER (frames + 1));

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  height = gtk_widget_get_height (scrolled);
  if (bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= height)
    return G_SOURCE_REMOVE;

  if (bounds.origin.y < 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + bounds.origin.y);
  else
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment)
                                          + bounds.origin.y + bounds.size.height - height);

  return G_SOURCE_CONTINUE;
}

/**
 * stride_workout_page_show_routine:
 *
 * Brings the routine with @id into view, with the keyboard on its
 * Start, e.g. once it was imported.
 *
 * Returns: whether the page has the routine
 */
gboolean
stride_workout_page_show_routine (StrideWorkoutPage *self,
                                  const char        *id)
{
  g_return_val_if_fail (STRIDE_IS_WORKOUT_PAGE (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "routine-id"), id) == 0)
      {
        GtkWidget *start = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

        gtk_widget_grab_focus (start);
        /* The list was just made again: scrolled to once it is laid out */
        gtk_widget_add_tick_callback (row, scroll_to_row, NULL, NULL);
        return TRUE;
      }

  return FALSE;
}

/**
 * stride_workout_page_focus_first_start:
 *
 * Puts the keyboard on the page's main action, the first routine's
 * Start, as when the area is shown. Not a grab_focus override: GTK
 * grabs the focus on the page itself while Tab moves through the
 * window, and Shift+Tab could not leave the page then.
 *
 * Returns: whether a Start took the focus
 */
gboolean
stride_workout_page_focus_first_start (StrideWorkoutPage *self)
{
  g_return_val_if_fail (STRIDE_IS_WORKOUT_PAGE (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *start = ADW_IS_ACTION_ROW (row) ? adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) : NULL;

      if (start != NULL && gtk_widget_is_sensitive (start))
        return gtk_widget_grab_focus (start);
    }

  return FALSE;
}

static void
stride_workout_page_dispose (GObject *object)
{
  StrideWorkoutPage *self = STRIDE_WORKOUT_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_WORKOUT_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->focus_once_listed, g_free);

  G_OBJECT_CLASS (stride_workout_page_parent_class)->dispose (object);
}

static void
stride_workout_page_set_store (StrideWorkoutPage *self,
                               StrideStore       *store);

static void
stride_workout_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StrideWorkoutPage *self = STRIDE_WORKOUT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_workout_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StrideWorkoutPage *self = STRIDE_WORKOUT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      stride_workout_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_workout_page_class_init (StrideWorkoutPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_workout_page_dispose;
  object_class->get_property = stride_workout_page_get_property;
  object_class->set_property = stride_workout_page_set_property;

  /**
   * StrideWorkoutPage:store:
   *
   * Where the user's routines and sessions are.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, STRIDE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-workout-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideWorkoutPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, StrideWorkoutPage, list);
  gtk_widget_class_bind_template_child (widget_class, StrideWorkoutPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, StrideWorkoutPage, drop_revealer);
}

static void
stride_workout_page_init (StrideWorkoutPage *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  stride_number_ranges_join_label (self->intro_label);

  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  g_signal_connect_object (drop, "enter", G_CALLBACK (on_drop_enter), self, 0);
  g_signal_connect_object (drop, "leave", G_CALLBACK (on_drop_leave), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::weekly-goal-min", G_CALLBACK (update_week), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::weekly-goal-max", G_CALLBACK (update_week), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
stride_workout_page_set_store (StrideWorkoutPage *self,
                               StrideStore       *store)
{
  g_return_if_fail (STRIDE_IS_WORKOUT_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;

  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  rebuild (self);
  update_week (self);
}

/**
 * stride_workout_page_show_routine_once_listed:
 *
 * As stride_workout_page_show_routine(), now if the list has the routine
 * with @id, else as soon as it has, as after a deletion is undone.
 */
void
stride_workout_page_show_routine_once_listed (StrideWorkoutPage *self,
                                              const char        *id)
{
  g_return_if_fail (STRIDE_IS_WORKOUT_PAGE (self));
  g_return_if_fail (id != NULL);

  g_clear_pointer (&self->focus_once_listed, g_free);
  if (!stride_workout_page_show_routine (self, id))
    self->focus_once_listed = g_strdup (id);
}
