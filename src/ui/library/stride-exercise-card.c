/* stride-exercise-card.c
 *
 * A card in a grid of exercises or self-tests: name, target, dose and
 * equipment, activated to open the exercise's page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-exercise-card.h"
#include "stride-figure-view.h"
#include "stride-movement.h"
#include "stride-number-ranges.h"

struct _StrideExerciseCard
{
  GtkFlowBoxChild parent_instance;

  StrideExercise *exercise;

  StrideFigureView *figure;
  GtkLabel *name_label;
  GtkLabel *target_label;
  GtkWidget *dose_caption;
  GtkLabel *dose_label;
  GtkLabel *equipment_label;
};

G_DEFINE_FINAL_TYPE (StrideExerciseCard, stride_exercise_card, GTK_TYPE_FLOW_BOX_CHILD)

static void
stride_exercise_card_dispose (GObject *object)
{
  StrideExerciseCard *self = STRIDE_EXERCISE_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_EXERCISE_CARD);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (stride_exercise_card_parent_class)->dispose (object);
}

static void
stride_exercise_card_class_init (StrideExerciseCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_exercise_card_dispose;

  g_type_ensure (STRIDE_TYPE_FIGURE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-exercise-card.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseCard, figure);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseCard, target_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseCard, dose_caption);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseCard, dose_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseCard, equipment_label);
}

static void
stride_exercise_card_init (StrideExerciseCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_exercise (StrideExerciseCard *self,
              StrideExercise     *exercise)
{
  g_autofree char *dose = stride_exercise_dup_dose_label (exercise);
  g_autofree char *description = NULL;

  const StrideMovement *movement = stride_movement_lookup_for_exercise (stride_exercise_get_id (exercise), FALSE);

  self->exercise = g_object_ref (exercise);

  /* A still frame at the movement's far end says most about it */
  gtk_widget_set_visible (GTK_WIDGET (self->figure), movement != NULL);
  if (movement != NULL)
    {
      stride_figure_view_set_movement (self->figure, stride_movement_get_id (movement));
      stride_figure_view_set_phase (self->figure, stride_movement_get_end_phase (movement));
    }

  gtk_label_set_label (self->name_label, stride_exercise_get_name (exercise));
  gtk_label_set_label (self->target_label, stride_exercise_get_target (exercise));
  gtk_label_set_label (self->dose_label, dose);
  stride_number_ranges_join_label (self->dose_label);
  gtk_widget_set_visible (self->dose_caption, dose != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->dose_label), dose != NULL);
  gtk_label_set_label (self->equipment_label, stride_exercise_get_equipment_label (exercise));

  /* A screen reader reads the card as one item, so it says it all at once */
  description = g_strjoin (", ",
                           stride_exercise_get_target (exercise),
                           dose != NULL ? dose : stride_exercise_get_equipment_label (exercise),
                           dose != NULL ? stride_exercise_get_equipment_label (exercise) : NULL,
                           NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, stride_exercise_get_name (exercise),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

GtkWidget *
stride_exercise_card_new (StrideExercise *exercise)
{
  StrideExerciseCard *self;

  g_return_val_if_fail (STRIDE_IS_EXERCISE (exercise), NULL);

  self = g_object_new (STRIDE_TYPE_EXERCISE_CARD, NULL);
  set_exercise (self, exercise);

  return GTK_WIDGET (self);
}

/**
 * stride_exercise_card_create:
 *
 * A #GtkFlowBoxCreateWidgetFunc for models of #StrideExercise.
 */
GtkWidget *
stride_exercise_card_create (gpointer item,
                             gpointer user_data)
{
  return stride_exercise_card_new (STRIDE_EXERCISE (item));
}

StrideExercise *
stride_exercise_card_get_exercise (StrideExerciseCard *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE_CARD (self), NULL);

  return self->exercise;
}

/**
 * stride_exercise_card_open:
 * @flow_box: the grid of cards
 * @child: the activated #StrideExerciseCard
 *
 * A #GtkFlowBox::child-activated handler for grids of cards: opens the
 * card's exercise through the window's `win.show-exercise` action.
 */
void
stride_exercise_card_open (GtkFlowBox      *flow_box,
                           GtkFlowBoxChild *child)
{
  StrideExerciseCard *self = STRIDE_EXERCISE_CARD (child);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-exercise", "s",
                              stride_exercise_get_id (self->exercise));
}
