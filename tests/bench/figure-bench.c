/* figure-bench.c
 *
 * Frame times of the exercise figure as the workout player shows it:
 * each movement in a figure view of 640 × 480 in a window, its phase
 * stepped through one repetition in 50 frames, each frame drawn by the
 * widget's snapshot function and rendered by GTK's cairo renderer, as
 * chart-bench renders the charts. Two kinds of frame: in motion, each
 * phase right after the one before, as the player draws a rep (with
 * cairo's fast antialiasing), and at rest, each phase drawn as a still
 * frame at full quality, as a held position or a paused workout is
 * drawn. Prints, per movement, the median and worst frame of each kind,
 * and the median and worst over all of them, the median at rest (the
 * slower) against the goal of 2 ms a frame.
 *
 * Needs a display: run it under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-data.h"
#include "stride-figure-view.h"
#include "stride-movement.h"

#define WIDTH 640
#define HEIGHT 480
#define N_FRAMES 50
#define GOAL_MS 2.0

/* One frame of the figure: drawn from the view's own snapshot function,
 * as GTK calls it when the view needs drawing, and rendered. (A
 * GtkWidgetPaintable would give back the picture of the view's last
 * frame in its window, the same picture for every phase, as no frame
 * is drawn in between.) */
static double
time_frame (GtkWidget   *view,
            GskRenderer *renderer)
{
  const graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gint64 start = g_get_monotonic_time ();

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    g_error ("The figure drew nothing");
  texture = gsk_renderer_render_texture (renderer, node, &bounds);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Frame times of one movement's repetition, into @all; @still draws
 * each phase as a still frame */
static void
time_movement (GtkWidget            *view,
               GskRenderer          *renderer,
               const StrideMovement *movement,
               gboolean              still,
               GArray               *all,
               double               *median,
               double               *worst)
{
  double times[N_FRAMES];

  stride_figure_view_set_movement (STRIDE_FIGURE_VIEW (view), stride_movement_get_id (movement));
  stride_figure_view_set_still (STRIDE_FIGURE_VIEW (view), still);
  /* One unmeasured frame warms the caches */
  time_frame (view, renderer);
  for (guint i = 0; i < N_FRAMES; i++)
    {
      stride_figure_view_set_phase (STRIDE_FIGURE_VIEW (view), (double) i / N_FRAMES);
      times[i] = time_frame (view, renderer);
      g_array_append_val (all, times[i]);
    }

  qsort (times, N_FRAMES, sizeof (double), bench_compare_doubles);
  *median = times[N_FRAMES / 2];
  *worst = times[N_FRAMES - 1];
}

static void
median_and_worst (GArray *all,
                  double *median,
                  double *worst)
{
  g_array_sort (all, bench_compare_doubles);
  *median = g_array_index (all, double, all->len / 2);
  *worst = g_array_index (all, double, all->len - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GskRenderer) renderer = NULL;
  g_autoptr(GArray) moving = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) resting = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *view;
  double moving_median, moving_worst, median, worst;

  gtk_init ();
  adw_init ();

  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, NULL, &error))
    g_error ("Could not start the cairo renderer: %s", error->message);

  /* Shown in a window, as in the player, so that it has its style and
   * size; its phase is set from here, frame by frame */
  view = stride_figure_view_new (stride_movement_get_id (stride_movement_get_nth (0)));
  stride_figure_view_set_playing (STRIDE_FIGURE_VIEW (view), FALSE);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (view) || gtk_widget_get_width (view) < WIDTH / 2)
    g_main_context_iteration (NULL, TRUE);

  printf ("Exercise figure: %d frames per movement at %d×%d (one repetition), cairo renderer\n\n",
          N_FRAMES, WIDTH, HEIGHT);
  printf ("| movement | in motion, median | worst | at rest, median | worst |\n|---|---|---|---|---|\n");
  for (guint m = 0; m < stride_movement_get_n_movements (); m++)
    {
      const StrideMovement *movement = stride_movement_get_nth (m);

      time_movement (view, renderer, movement, FALSE, moving, &moving_median, &moving_worst);
      time_movement (view, renderer, movement, TRUE, resting, &median, &worst);
      printf ("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |\n", stride_movement_get_id (movement),
              moving_median, moving_worst, median, worst);
    }

  median_and_worst (moving, &moving_median, &moving_worst);
  median_and_worst (resting, &median, &worst);
  printf ("\nIn motion: median %.2f ms, worst %.2f ms\n", moving_median, moving_worst);
  printf ("» figure frame at full quality: median %.2f ms, worst %.2f ms (goal: median ≤ %.0f ms): %s\n",
          median, worst, GOAL_MS, median <= GOAL_MS ? "met" : "missed");

  gtk_window_destroy (GTK_WINDOW (window));
  gsk_renderer_unrealize (renderer);

  return 0;
}
