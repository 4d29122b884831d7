/* stride-exercise-page.c
 *
 * Everything the guide says about one exercise or self-test, on one page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-exercise-page.h"
#include "stride-figure-view.h"
#include "stride-movement.h"
#include "stride-number-ranges.h"
#include "stride-routine-library.h"

struct _StrideExercisePage
{
  AdwBin parent_instance;

  StrideExercise *exercise;
  StrideStore *store;

  AdwWindowTitle *window_title;
  GtkMenuButton *add_button;
  GtkButton *start_button;
  GtkScrolledWindow *scroller;
  StrideFigureView *figure;
  StrideFigureView *harder_figure;
  StrideFigureView *look_for_figure;
  GtkLabel *name_label;
  GtkLabel *also_known_as_label;
  AdwActionRow *target_row;
  AdwActionRow *dose_row;
  AdwActionRow *equipment_row;
  GtkLabel *purpose_heading;
  GtkLabel *purpose_label;
  GtkBox *steps_box;
  GtkWidget *look_for_section;
  GtkLabel *look_for_label;
  GtkWidget *harder_section;
  GtkLabel *harder_label;
  GtkWidget *tip_section;
  GtkLabel *tip_label;
};

G_DEFINE_FINAL_TYPE (StrideExercisePage, stride_exercise_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Shows @section with @text, or hides it when the guide has nothing to say */
static void
set_optional_text (GtkWidget  *section,
                   GtkLabel   *label,
                   const char *text)
{
  gtk_widget_set_visible (section, text != NULL);
  gtk_label_set_label (label, text != NULL ? text : "");
}

/* Plays @movement in @view, or hides the view when there is none */
static void
set_figure (StrideFigureView     *view,
            const StrideMovement *movement)
{
  gtk_widget_set_visible (GTK_WIDGET (view), movement != NULL);
  if (movement == NULL)
    return;

  stride_figure_view_set_movement (view, stride_movement_get_id (movement));
  stride_figure_view_set_playing (view, TRUE);
}

static GtkWidget *
create_step (guint       number,
             const char *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  GtkWidget *badge = gtk_label_new (number_text);
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *accessible = NULL;

  gtk_widget_add_css_class (badge, "step-number");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "body-large");

  gtk_box_append (GTK_BOX (row), badge);
  gtk_box_append (GTK_BOX (row), label);

  /* Translators: how a screen reader announces a numbered step: "Step 2: …" */
  accessible = g_strdup_printf (_("Step %u: %s"), number, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  return row;
}

static void
fill_steps (StrideExercisePage *self)
{
  GtkWidget *child;
  guint n_steps = stride_exercise_get_n_steps (self->exercise);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);

  for (guint i = 0; i < n_steps; i++)
    gtk_box_append (self->steps_box,
                    create_step (i + 1, stride_exercise_get_step (self->exercise, i)));
}

static void
fill (StrideExercisePage *self)
{
  StrideExercise *exercise = self->exercise;
  gboolean is_self_test = stride_exercise_get_kind (exercise) == STRIDE_EXERCISE_KIND_SELF_TEST;
  const char *name = stride_exercise_get_name (exercise);
  const char *also_known_as = stride_exercise_get_also_known_as (exercise);
  g_autofree char *dose = stride_exercise_dup_dose_label (exercise);
  g_autofree char *also_known_as_text = NULL;

  adw_window_title_set_title (self->window_title, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  set_figure (self->figure, stride_movement_lookup_for_exercise (stride_exercise_get_id (exercise), FALSE));
  set_figure (self->harder_figure, stride_exercise_get_harder (exercise) != NULL
                                   ? stride_movement_lookup_for_exercise (stride_exercise_get_id (exercise), TRUE)
                                   : NULL);
  /* The bridge test shows what a weaker side looks like */
  set_figure (self->look_for_figure, g_strcmp0 (stride_exercise_get_id (exercise), "bridge-test") == 0
                                     ? stride_movement_lookup ("bridge-test-drop") : NULL);
  gtk_label_set_label (self->name_label, name);

  /* A self-test is taken; an exercise is done on its own or added to one
   * of the runner's routines */
  gtk_button_set_label (self->start_button, is_self_test ? _("_Take the Test") : _("_Start This Exercise"));
  /* The target first: an action that takes one is not set without it */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->start_button), "s", stride_exercise_get_id (exercise));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button),
                                  is_self_test ? "win.start-self-test" : "win.start-exercise");
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), !is_self_test);

  if (also_known_as != NULL)
    /* Translators: %s is another name of an exercise, e.g. "Also known as donkey kicks" */
    also_known_as_text = g_strdup_printf (_("Also known as %s"), also_known_as);
  set_optional_text (GTK_WIDGET (self->also_known_as_label), self->also_known_as_label,
                     also_known_as_text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row),
                                 is_self_test ? _("Checks for") : _("Target muscles"));
  adw_action_row_set_subtitle (self->target_row, stride_exercise_get_target (exercise));

  gtk_widget_set_visible (GTK_WIDGET (self->dose_row), dose != NULL);
  {
    g_autofree char *joined = stride_number_ranges_join (dose != NULL ? dose : "");

    adw_action_row_set_subtitle (self->dose_row, joined);
  }
  adw_action_row_set_subtitle (self->equipment_row, stride_exercise_get_equipment_label (exercise));

  gtk_label_set_label (self->purpose_heading,
                       is_self_test ? _("What It Checks") : _("Why It Works"));
  gtk_label_set_label (self->purpose_label, stride_exercise_get_purpose (exercise));

  fill_steps (self);

  set_optional_text (self->look_for_section, self->look_for_label,
                     stride_exercise_get_look_for (exercise));
  set_optional_text (self->harder_section, self->harder_label,
                     stride_exercise_get_harder (exercise));
  set_optional_text (self->tip_section, self->tip_label,
                     stride_exercise_get_tip (exercise));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
stride_exercise_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StrideExercisePage *self = STRIDE_EXERCISE_PAGE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_exercise_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  StrideExercisePage *self = STRIDE_EXERCISE_PAGE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      stride_exercise_page_set_exercise (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The runner's own routines, as they are when the menu opens, then a
 * new one; the built-in ones are Stride's and stay as they are */
static void
fill_add_menu (GtkMenuButton *button,
               gpointer       user_data)
{
  StrideExercisePage *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) own = g_menu_new ();
  g_autoptr(GMenu) new_one = g_menu_new ();
  g_autoptr(GPtrArray) routines = stride_routine_library_list (self->store);
  const char *exercise_id = stride_exercise_get_id (self->exercise);

  for (guint i = 0; i < routines->len; i++)
    {
      const char *id = stride_routine_get_id (routines->pdata[i]);
      g_autoptr(GMenuItem) item = NULL;

      if (stride_routine_library_is_builtin (id))
        continue;

      item = g_menu_item_new (stride_routine_get_name (routines->pdata[i]), NULL);
      g_menu_item_set_action_and_target (item, "win.add-to-routine", "(ss)", id, exercise_id);
      g_menu_append_item (own, item);
    }
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("New Routine…"), NULL);

    g_menu_item_set_action_and_target (item, "win.add-to-routine", "(ss)", "", exercise_id);
    g_menu_append_item (new_one, item);
  }

  if (g_menu_model_get_n_items (G_MENU_MODEL (own)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (own));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (new_one));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
stride_exercise_page_dispose (GObject *object)
{
  StrideExercisePage *self = STRIDE_EXERCISE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_EXERCISE_PAGE);
  g_clear_object (&self->exercise);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stride_exercise_page_parent_class)->dispose (object);
}

/* The page takes the keyboard when it opens, so that a screen reader
 * reads the exercise's name first; Tab goes on through what is on it and
 * never back to the page itself, which shows nothing to focus */
static gboolean
stride_exercise_page_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  return child != NULL && gtk_widget_child_focus (child, direction);
}

static void
stride_exercise_page_class_init (StrideExercisePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_exercise_page_dispose;
  object_class->get_property = stride_exercise_page_get_property;
  object_class->set_property = stride_exercise_page_set_property;
  widget_class->focus = stride_exercise_page_focus;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, STRIDE_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STRIDE_TYPE_FIGURE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-exercise-page.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, window_title);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, add_button);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, figure);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, harder_figure);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, look_for_figure);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, also_known_as_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, target_row);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, dose_row);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, purpose_heading);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, purpose_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, steps_box);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, look_for_section);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, look_for_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, harder_section);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, harder_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, tip_section);
  gtk_widget_class_bind_template_child (widget_class, StrideExercisePage, tip_label);
}

static void
stride_exercise_page_init (StrideExercisePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->add_button, fill_add_menu, self, NULL);
}

/**
 * stride_exercise_page_new:
 * @store: (nullable): where the runner's routines are, which an exercise
 *   can be added to
 */
GtkWidget *
stride_exercise_page_new (StrideStore *store)
{
  StrideExercisePage *self;

  g_return_val_if_fail (store == NULL || STRIDE_IS_STORE (store), NULL);

  self = g_object_new (STRIDE_TYPE_EXERCISE_PAGE, NULL);
  g_set_object (&self->store, store);

  return GTK_WIDGET (self);
}

StrideExercise *
stride_exercise_page_get_exercise (StrideExercisePage *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE_PAGE (self), NULL);

  return self->exercise;
}

void
stride_exercise_page_set_exercise (StrideExercisePage *self,
                                   StrideExercise     *exercise)
{
  g_return_if_fail (STRIDE_IS_EXERCISE_PAGE (self));
  g_return_if_fail (STRIDE_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}
