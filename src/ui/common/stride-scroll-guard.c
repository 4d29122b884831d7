/* stride-scroll-guard.c
 *
 * A spin button or a scale changes its value when a mouse wheel or a
 * touchpad scrolls over it. On a page that scrolls, that is a value the
 * runner never chose: a wheel turned to read further down the session log
 * lowered the effort, and a number of reps could change the same way.
 * Guarded widgets give the scroll to the page they sit in instead, so the
 * page scrolls as it would anywhere else, and the value stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stride-scroll-guard.h"

static void
scroll_adjustment (GtkAdjustment *adjustment,
                   double         delta,
                   GdkScrollUnit  unit)
{
  double page = gtk_adjustment_get_page_size (adjustment);
  double lower = gtk_adjustment_get_lower (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment) - page;

  if (delta == 0.0 || upper <= lower)
    return;

  /* A wheel click moves as far as GtkScrolledWindow moves it itself */
  if (unit == GDK_SCROLL_UNIT_WHEEL)
    delta *= pow (page, 2.0 / 3.0);

  gtk_adjustment_set_value (adjustment, CLAMP (gtk_adjustment_get_value (adjustment) + delta, lower, upper));
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           gpointer                  user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GdkScrollUnit unit = gtk_event_controller_scroll_get_unit (controller);

  if (scrolled != NULL)
    {
      scroll_adjustment (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), dy, unit);
      scroll_adjustment (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)), dx, unit);
    }

  /* Never to the widget itself */
  return GDK_EVENT_STOP;
}

/**
 * stride_scroll_guard_attach:
 * @widget: a widget whose value a scroll would change
 *
 * Makes scrolling over @widget scroll the page around it and leave its
 * value alone.
 */
void
stride_scroll_guard_attach (GtkWidget *widget)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  /* Ahead of the widget's own handler, which runs as the event bubbles */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "stride-scroll-guard");
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), NULL);
  gtk_widget_add_controller (widget, controller);
}
