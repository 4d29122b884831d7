/* chart-bench.c
 *
 * Frame times of the Progress charts with ten years of data: sessions
 * per week (520 weekly bars and a goal band), reps of five exercises per
 * week (5 × 520 points on lines), self-test outcomes (250 events on two
 * rows) and pain reports (300 events). Each frame is drawn as the widget
 * draws it — cairo drawing recorded into a render node — and rendered
 * by GTK's cairo renderer at 1280 × 400. Prints, per chart, the median
 * and worst of 50 frames, with the layout (labels, ticks, legend) kept
 * from the frame before, as the widget keeps it; and the same with the
 * layout made afresh, as after a resize; then the slowest chart's
 * median against the goal of 4 ms. With `--save DIR` it also writes each
 * chart as a PNG, to look at.
 *
 * Needs a display: run it under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "bench-data.h"
#include "stride-chart-export.h"
#include "stride-chart-private.h"
#include "stride-chart-renderer.h"

#define WIDTH 1280
#define HEIGHT 400
#define N_FRAMES 50
#define GOAL_MS 4.0
#define N_WEEKS 520
/* Monday 4 January 2016 */
#define FIRST_MONDAY 735967

static const char *exercises[] = { "Squat", "Clamshell", "Side-lying leg raise", "Glute bridge", "Hip extension" };

static StrideChart *
make_sessions (void)
{
  StrideChart *chart = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));
  g_autoptr(StrideChartSeries) series = stride_chart_series_new ("Sessions", STRIDE_CHART_SERIES_BARS);

  for (guint week = 0; week < N_WEEKS; week++)
    /* Mostly two or three, with gaps and good weeks */
    stride_chart_series_add (series, FIRST_MONDAY + 7 * week, (week * 7) % 11 < 2 ? (week % 3 ? 0 : 1) : 2 + (week * 5) % 3 % 2);
  stride_chart_set_period_days (chart, 7);
  stride_chart_set_goal (chart, 2, 3);
  stride_chart_add_series (chart, series);

  return chart;
}

static StrideChart *
make_reps (void)
{
  StrideChart *chart = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));

  stride_chart_set_period_days (chart, 7);
  for (guint e = 0; e < G_N_ELEMENTS (exercises); e++)
    {
      g_autoptr(StrideChartSeries) series = stride_chart_series_new (exercises[e], STRIDE_CHART_SERIES_LINE);

      for (guint week = 0; week < N_WEEKS; week++)
        /* Slow progress with some ups and downs from week to week */
        stride_chart_series_add (series, FIRST_MONDAY + 7 * week,
                                 20 + 3 * e + week / 26.0 + (double) ((week * 7 + e * 3) % 7) - 3);
      stride_chart_add_series (chart, series);
    }

  return chart;
}

static StrideChart *
make_self_tests (void)
{
  StrideChart *chart = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));
  g_autoptr(StrideChartSeries) squat = stride_chart_series_new ("Squat test", STRIDE_CHART_SERIES_EVENTS);
  g_autoptr(StrideChartSeries) bridge = stride_chart_series_new ("Bridge test", STRIDE_CHART_SERIES_EVENTS);

  /* One test every other week, alternating: 250 in ten years */
  for (guint i = 0; i < 250; i++)
    stride_chart_series_add_event (i % 2 ? bridge : squat, FIRST_MONDAY + 14 * i + 6,
                                   i % 3 ? "Even" : "Left weaker");
  stride_chart_add_series (chart, squat);
  stride_chart_add_series (chart, bridge);

  return chart;
}

static StrideChart *
make_pain (void)
{
  StrideChart *chart = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));
  g_autoptr(StrideChartSeries) pain = stride_chart_series_new ("Pain reported", STRIDE_CHART_SERIES_EVENTS);

  for (guint i = 0; i < 300; i++)
    stride_chart_series_add_event (pain, FIRST_MONDAY + (i * 12) + i % 5, "Knee, 3 of 10");
  stride_chart_add_series (chart, pain);

  return chart;
}

/* One frame: drawn into a cairo node, as the widget does, and rendered */
static double
time_frame (StrideChart       *chart,
            GskRenderer       *renderer,
            StrideChartLayout *kept_layout)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT);
  g_autoptr(StrideChartLayout) fresh = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  StrideChartStyle style;
  gint64 start = g_get_monotonic_time ();
  cairo_t *cr;

  if (kept_layout == NULL)
    kept_layout = fresh = stride_chart_build_layout (chart, WIDTH, HEIGHT);

  stride_chart_get_style (chart, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  stride_chart_render (cr, kept_layout, &style);
  cairo_destroy (cr);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &bounds);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Returns: the median frame with the layout kept */
static double
measure (const char  *name,
         StrideChart *chart,
         GskRenderer *renderer)
{
  g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (chart, WIDTH, HEIGHT);
  double kept[N_FRAMES], fresh[N_FRAMES];

  /* One unmeasured frame warms the font and glyph caches */
  time_frame (chart, renderer, layout);

  for (guint i = 0; i < N_FRAMES; i++)
    {
      kept[i] = time_frame (chart, renderer, layout);
      fresh[i] = time_frame (chart, renderer, NULL);
    }

  qsort (kept, N_FRAMES, sizeof (double), bench_compare_doubles);
  qsort (fresh, N_FRAMES, sizeof (double), bench_compare_doubles);
  printf ("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |\n", name,
          kept[N_FRAMES / 2], kept[N_FRAMES - 1], fresh[N_FRAMES / 2], fresh[N_FRAMES - 1]);
  return kept[N_FRAMES / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GskRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  StrideChart *charts[4];
  double slowest = 0;
  const char *names[] = {
    "sessions per week: 520 bars, goal band",
    "reps per exercise: 5 lines × 520 weeks",
    "self-tests: 250 events on 2 rows",
    "pain reports: 300 events",
  };

  const char *save_dir = argc == 3 && g_str_equal (argv[1], "--save") ? argv[2] : NULL;

  gtk_init ();
  adw_init ();

  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, NULL, &error))
    g_error ("Could not start the cairo renderer: %s", error->message);

  charts[0] = make_sessions ();
  charts[1] = make_reps ();
  charts[2] = make_self_tests ();
  charts[3] = make_pain ();

  printf ("%d frames at %d×%d, cairo renderer\n\n", N_FRAMES, WIDTH, HEIGHT);
  printf ("| chart | median | worst | median, new layout | worst, new layout |\n|---|---|---|---|---|\n");
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      /* In a window, as on the Progress page, so that its style, and so
       * its colours, are the app's. The window need not be shown. */
      GtkWidget *window = gtk_window_new ();
      double median;

      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (charts[i]));
      median = measure (names[i], charts[i], renderer);
      slowest = MAX (slowest, median);
      if (save_dir != NULL)
        {
          g_autofree char *name = g_strdup_printf ("chart-bench-%u.png", i);
          g_autoptr(GFile) file = g_file_new_build_filename (save_dir, name, NULL);

          if (!stride_chart_export (charts[i], file, STRIDE_IMAGE_FORMAT_PNG, WIDTH, HEIGHT, &error))
            g_error ("%s", error->message);
        }
      g_object_unref (charts[i]);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  gsk_renderer_unrealize (renderer);
  printf ("\n» chart frame, slowest chart's median: %.2f ms (goal ≤ %.0f ms): %s\n",
          slowest, GOAL_MS, slowest <= GOAL_MS ? "met" : "missed");

  return 0;
}
