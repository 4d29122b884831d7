/* stride-test-measure-counter.c
 *
 * Tells whether GTK did any layout work for a widget: a layout manager
 * that places the widget's children as GtkBinLayout does, each over the
 * whole widget, and counts the times the widget is measured. GTK
 * measures a widget before it lays out or draws it, so a count of 0
 * means the widget cost nothing but its creation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-test-measure-counter.h"

struct _StrideTestMeasureCounter
{
  GtkLayoutManager parent_instance;

  guint count;
};

G_DEFINE_FINAL_TYPE (StrideTestMeasureCounter, stride_test_measure_counter, GTK_TYPE_LAYOUT_MANAGER)

static void
stride_test_measure_counter_measure (GtkLayoutManager *manager,
                                     GtkWidget        *widget,
                                     GtkOrientation    orientation,
                                     int               for_size,
                                     int              *minimum,
                                     int              *natural,
                                     int              *minimum_baseline,
                                     int              *natural_baseline)
{
  StrideTestMeasureCounter *self = STRIDE_TEST_MEASURE_COUNTER (manager);

  self->count++;
  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, for_size, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural = MAX (*natural, child_natural);
    }
}

static void
stride_test_measure_counter_allocate (GtkLayoutManager *manager,
                                      GtkWidget        *widget,
                                      int               width,
                                      int               height,
                                      int               baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_should_layout (child))
        gtk_widget_allocate (child, width, height, baseline, NULL);
    }
}

static void
stride_test_measure_counter_class_init (StrideTestMeasureCounterClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = stride_test_measure_counter_measure;
  manager_class->allocate = stride_test_measure_counter_allocate;
}

static void
stride_test_measure_counter_init (StrideTestMeasureCounter *self)
{
}

/**
 * stride_test_count_measures:
 * @widget: a widget that lays out its children as GtkBinLayout does
 *
 * Gives @widget a layout manager that counts its measurements.
 *
 * Returns: (transfer none): the counter, owned by @widget
 */
StrideTestMeasureCounter *
stride_test_count_measures (GtkWidget *widget)
{
  GtkLayoutManager *counter = g_object_new (STRIDE_TEST_TYPE_MEASURE_COUNTER, NULL);

  gtk_widget_set_layout_manager (widget, counter);
  return STRIDE_TEST_MEASURE_COUNTER (counter);
}

guint
stride_test_measure_count (StrideTestMeasureCounter *self)
{
  g_return_val_if_fail (STRIDE_TEST_IS_MEASURE_COUNTER (self), 0);

  return self->count;
}
