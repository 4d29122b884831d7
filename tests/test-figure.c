/* test-figure.c
 *
 * The exercise illustrations: every movement draws a figure at every size
 * and scale, inside its canvas, moving from start to end, mirrored for
 * the other side, with the sides its description names; the export
 * writes every file; the widget only animates while it is on screen,
 * holds still when animations are off, and follows the style.
 *
 * The exported pictures stay in `<build>/tests/figures/` to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "stride-catalog.h"
#include "stride-figure-export.h"
#include "stride-figure-renderer.h"
#include "stride-figure-view.h"
#include "stride-movement.h"
#include "stride-test-utils.h"

static GApplication *app;

static const int sizes[] = { 64, 200, 512 };

/* Drawing */

static void
init_style (StrideFigureStyle *style)
{
  const StrideFigureColor ink = { 0, 0, 0, 0.8f }, accent = { 0.2f, 0.5f, 0.9f, 1 };

  /* As the widget draws: over whatever is beneath */
  stride_figure_style_init (style, &ink, &accent, NULL);
}

static cairo_surface_t *
render (const StrideMovement *movement,
        double                phase,
        gboolean              mirrored,
        int                   size,
        double                scale)
{
  cairo_surface_t *surface;
  StrideFigureStyle style;
  cairo_t *cr;

  init_style (&style);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size * scale, size * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  stride_figure_render_movement (cr, movement, phase, mirrored, size, size, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);
}

static guint
alpha (guint32 argb)
{
  return argb >> 24;
}

/* Pixels at least @min_alpha opaque, in a rectangle of @surface */
static guint
count_covered (cairo_surface_t *surface,
               int              x0,
               int              y0,
               int              x1,
               int              y1,
               guint            min_alpha)
{
  guint n = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      n += alpha (pixel (surface, x, y)) >= min_alpha;

  return n;
}

/* Pixels with anything drawn, in a rectangle of @surface */
static guint
count_ink (cairo_surface_t *surface,
           int              x0,
           int              y0,
           int              x1,
           int              y1)
{
  return count_covered (surface, x0, y0, x1, y1, 1);
}

static guint
count_all_ink (cairo_surface_t *surface)
{
  return count_ink (surface, 0, 0,
                    cairo_image_surface_get_width (surface),
                    cairo_image_surface_get_height (surface));
}

/* Pixels that differ by more than @threshold in some channel; @flip
 * compares @a with @b mirrored left to right */
static guint
count_different (cairo_surface_t *a,
                 cairo_surface_t *b,
                 gboolean         flip,
                 guint            threshold)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint n = 0;

  g_assert_cmpint (width, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 p = pixel (a, x, y), q = pixel (b, flip ? width - 1 - x : x, y);

        for (guint shift = 0; shift < 32; shift += 8)
          {
            if ((guint) ABS ((int) ((p >> shift) & 0xff) - (int) ((q >> shift) & 0xff)) > threshold)
              {
                n++;
                break;
              }
          }
      }

  return n;
}

static double
end_phase (const StrideMovement *movement)
{
  return stride_movement_get_end_phase (movement);
}

/* Movements */

static void
test_figure_lookup (void)
{
  StrideCatalog *catalog = stride_catalog_get_default ();
  GListModel *lists[] = {
    stride_catalog_get_exercises (catalog),
    stride_catalog_get_self_tests (catalog),
  };

  /* Every exercise, its harder variation and every self-test is shown */
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
        {
          g_autoptr(StrideExercise) exercise = g_list_model_get_item (lists[l], i);
          const char *id = stride_exercise_get_id (exercise);
          const StrideMovement *movement = stride_movement_lookup_for_exercise (id, FALSE);
          const StrideMovement *harder = stride_movement_lookup_for_exercise (id, TRUE);

          g_test_message ("%s", id);
          g_assert_nonnull (movement);
          g_assert_cmpstr (stride_movement_get_id (movement), ==, id);
          if (stride_exercise_get_harder (exercise) != NULL)
            {
              g_assert_nonnull (harder);
              g_assert_true (harder != movement);
            }
          else
            {
              g_assert_null (harder);
            }

          /* The band is drawn where the exercise uses one */
          g_assert_cmpint (stride_movement_get_band (movement) != STRIDE_BAND_NONE, ==,
                           stride_exercise_get_equipment (exercise) == STRIDE_EQUIPMENT_BAND);
          if (harder != NULL)
            g_assert_cmpint (stride_movement_get_band (harder) != STRIDE_BAND_NONE, ==,
                             stride_exercise_get_harder_equipment (exercise) == STRIDE_EQUIPMENT_BAND);
        }
    }

  /* What to look for in the bridge test has a picture of its own */
  g_assert_nonnull (stride_movement_lookup ("bridge-test-drop"));
  g_assert_null (stride_movement_lookup ("no-such-movement"));

  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);
      const char *description = stride_movement_get_description (movement, FALSE);
      const char *mirrored = stride_movement_get_description (movement, TRUE);

      g_assert_true (stride_movement_lookup (stride_movement_get_id (movement)) == movement);
      g_assert_cmpuint (strlen (description), >, 20);
      g_assert_cmpuint (stride_movement_get_duration (movement), >, 0);
      g_assert_cmpfloat (end_phase (movement), >, 0);
      g_assert_cmpfloat (end_phase (movement), <, 1);

      /* The other side is said to be the other side */
      if (stride_movement_is_sided (movement))
        g_assert_cmpstr (description, !=, mirrored);
      else
        g_assert_cmpstr (description, ==, mirrored);
    }
}

static StrideVec3
joint_at (const char *movement,
          double      phase,
          StrideJoint joint)
{
  StrideFigureScene scene;

  stride_movement_get_scene (stride_movement_lookup (movement), phase, &scene);
  return scene.skeleton.joints[joint];
}

/* The descriptions name sides; the pictures must show those sides. Seen
 * unmirrored, the figure's right side is the one nearer the eye. */
static void
test_figure_sides (void)
{
  const char *side_views[] = { "squat-harder", "glute-bridge-harder", "hip-extension", "bridge-test" };
  const StrideMovement *clamshell = stride_movement_lookup ("clamshell");
  const StrideMovement *extension = stride_movement_lookup ("hip-extension");
  const StrideMovement *bridge_test = stride_movement_lookup ("bridge-test");
  const StrideMovement *drop = stride_movement_lookup ("bridge-test-drop");
  const StrideMovement *side_step = stride_movement_lookup ("side-step");
  StrideVec3 a, b;

  for (guint i = 0; i < G_N_ELEMENTS (side_views); i++)
    {
      StrideFigureScene scene;

      stride_movement_get_scene (stride_movement_lookup (side_views[i]), 0, &scene);
      g_assert_cmpfloat (stride_camera_depth (&scene.camera, scene.skeleton.joints[STRIDE_JOINT_HIP_RIGHT]), <,
                         stride_camera_depth (&scene.camera, scene.skeleton.joints[STRIDE_JOINT_HIP_LEFT]));
      g_assert_true (strstr (stride_movement_get_description (stride_movement_lookup (side_views[i]), FALSE), "right") != NULL);
    }

  /* Clamshell: lying on the left side; the top knee opens, the feet stay together */
  a = joint_at ("clamshell", 0, STRIDE_JOINT_HIP_LEFT);
  b = joint_at ("clamshell", 0, STRIDE_JOINT_HIP_RIGHT);
  g_assert_cmpfloat (a.y + 0.1, <, b.y);
  g_assert_true (strstr (stride_movement_get_description (clamshell, FALSE), "left side") != NULL);
  a = joint_at ("clamshell", 0, STRIDE_JOINT_KNEE_RIGHT);
  b = joint_at ("clamshell", end_phase (clamshell), STRIDE_JOINT_KNEE_RIGHT);
  g_assert_cmpfloat (b.y, >, a.y + 0.15);
  a = joint_at ("clamshell", end_phase (clamshell), STRIDE_JOINT_ANKLE_LEFT);
  b = joint_at ("clamshell", end_phase (clamshell), STRIDE_JOINT_ANKLE_RIGHT);
  g_assert_cmpfloat (stride_vec3_length (stride_vec3_sub (a, b)), <, 0.1);

  /* Hip extension: the right knee goes up, bent at 90° */
  a = joint_at ("hip-extension", 0, STRIDE_JOINT_KNEE_RIGHT);
  b = joint_at ("hip-extension", end_phase (extension), STRIDE_JOINT_KNEE_RIGHT);
  g_assert_cmpfloat (b.y, >, a.y + 0.3);
  {
    StrideVec3 hip = joint_at ("hip-extension", end_phase (extension), STRIDE_JOINT_HIP_RIGHT);
    StrideVec3 ankle = joint_at ("hip-extension", end_phase (extension), STRIDE_JOINT_ANKLE_RIGHT);
    StrideVec3 thigh = stride_vec3_normalize (stride_vec3_sub (hip, b));
    StrideVec3 shin = stride_vec3_normalize (stride_vec3_sub (ankle, b));

    g_assert_cmpfloat (fabs (stride_vec3_dot (thigh, shin)), <, 0.05);
  }

  /* Bridge test: the right foot lifts; what to look for: the right hip drops */
  a = joint_at ("bridge-test", end_phase (bridge_test), STRIDE_JOINT_HEEL_RIGHT);
  b = joint_at ("bridge-test", end_phase (bridge_test), STRIDE_JOINT_HEEL_LEFT);
  g_assert_cmpfloat (a.y, >, b.y + 0.05);
  a = joint_at ("bridge-test-drop", end_phase (drop), STRIDE_JOINT_HIP_RIGHT);
  b = joint_at ("bridge-test-drop", end_phase (drop), STRIDE_JOINT_HIP_LEFT);
  g_assert_cmpfloat (a.y + 0.03, <, b.y);

  /* Side step: the left foot steps out first */
  a = joint_at ("side-step", 0, STRIDE_JOINT_ANKLE_LEFT);
  b = joint_at ("side-step", end_phase (side_step), STRIDE_JOINT_ANKLE_LEFT);
  g_assert_cmpfloat (b.z, <, a.z - 0.2);
  g_assert_nonnull (strstr (stride_movement_get_description (side_step, FALSE), "the left foot steps"));
}

/* Asked for a side, every movement shows that side at work, by its
 * skeleton and by its description; a movement that works both sides at
 * once is never mirrored */
static void
test_figure_shows_side (void)
{
  const StrideSide sides[] = { STRIDE_SIDE_NONE, STRIDE_SIDE_LEFT, STRIDE_SIDE_RIGHT };

  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);

      g_assert_cmpint (stride_movement_is_sided (movement), ==,
                       stride_movement_get_side (movement) != STRIDE_SIDE_NONE);

      for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
        {
          GtkWidget *figure = g_object_ref_sink (stride_figure_view_new (stride_movement_get_id (movement)));

          stride_figure_view_set_side (STRIDE_FIGURE_VIEW (figure), sides[s]);
          if (!stride_movement_is_sided (movement))
            {
              g_assert_false (stride_figure_view_get_mirrored (STRIDE_FIGURE_VIEW (figure)));
              g_assert_cmpint (stride_test_figure_worked_side (STRIDE_FIGURE_VIEW (figure)), ==, STRIDE_SIDE_NONE);
            }
          else if (sides[s] != STRIDE_SIDE_NONE)
            stride_test_assert_figure_side (STRIDE_FIGURE_VIEW (figure), sides[s]);

          g_assert_finalize_object (figure);
        }
    }

  /* The side is kept when the movement changes, as in the player */
  {
    GtkWidget *figure = g_object_ref_sink (stride_figure_view_new ("squat"));

    stride_figure_view_set_side (STRIDE_FIGURE_VIEW (figure), STRIDE_SIDE_LEFT);
    stride_figure_view_set_movement (STRIDE_FIGURE_VIEW (figure), "hip-extension");
    stride_test_assert_figure_side (STRIDE_FIGURE_VIEW (figure), STRIDE_SIDE_LEFT);
    stride_figure_view_set_movement (STRIDE_FIGURE_VIEW (figure), "side-step");
    stride_test_assert_figure_side (STRIDE_FIGURE_VIEW (figure), STRIDE_SIDE_LEFT);
    stride_figure_view_set_side (STRIDE_FIGURE_VIEW (figure), STRIDE_SIDE_RIGHT);
    stride_test_assert_figure_side (STRIDE_FIGURE_VIEW (figure), STRIDE_SIDE_RIGHT);
    g_assert_finalize_object (figure);
  }
}

/* What the guide says about each position, measured on the skeleton */
static void
test_figure_guide (void)
{
  const StrideMovement *squat = stride_movement_lookup ("squat");
  const StrideMovement *bridge = stride_movement_lookup ("glute-bridge");
  const StrideMovement *single = stride_movement_lookup ("glute-bridge-harder");
  StrideFigureScene scene;
  const StrideVec3 *j = scene.skeleton.joints;

  /* Squat: thighs parallel to the floor, knees behind the toes */
  stride_movement_get_scene (squat, end_phase (squat), &scene);
  for (StrideBodySide side = 0; side < STRIDE_N_BODY_SIDES; side++)
    {
      StrideVec3 thigh = stride_vec3_sub (j[STRIDE_JOINT_KNEE_LEFT + side], j[STRIDE_JOINT_HIP_LEFT + side]);

      g_assert_cmpfloat (fabs (thigh.y) / stride_vec3_length (thigh), <, sin (STRIDE_DEG (5)));
      g_assert_cmpfloat (j[STRIDE_JOINT_KNEE_LEFT + side].x + 0.05, <, j[STRIDE_JOINT_TOE_LEFT + side].x);
    }

  /* Bridge: at the top, hips in line with knees and shoulders */
  stride_movement_get_scene (bridge, end_phase (bridge), &scene);
  {
    StrideVec3 to_hip = stride_vec3_sub (j[STRIDE_JOINT_HIP_RIGHT], j[STRIDE_JOINT_SHOULDER_RIGHT]);
    StrideVec3 to_knee = stride_vec3_sub (j[STRIDE_JOINT_KNEE_RIGHT], j[STRIDE_JOINT_SHOULDER_RIGHT]);

    g_assert_cmpfloat (fabs (atan2 (to_hip.y, to_hip.x) - atan2 (to_knee.y, to_knee.x)), <, STRIDE_DEG (3));
    g_assert_cmpfloat (j[STRIDE_JOINT_HIP_RIGHT].y, >, 0.3);
  }

  /* Single-leg bridge: the free leg straight */
  for (double phase = 0; phase < 1; phase += 0.125)
    {
      StrideVec3 thigh, shin;

      stride_movement_get_scene (single, phase, &scene);
      thigh = stride_vec3_normalize (stride_vec3_sub (j[STRIDE_JOINT_KNEE_RIGHT], j[STRIDE_JOINT_HIP_RIGHT]));
      shin = stride_vec3_normalize (stride_vec3_sub (j[STRIDE_JOINT_ANKLE_RIGHT], j[STRIDE_JOINT_KNEE_RIGHT]));
      g_assert_cmpfloat (stride_vec3_dot (thigh, shin), >, cos (STRIDE_DEG (3)));
    }
}

/* Rendering */

static void
test_figure_render_sizes (void)
{
  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          double phases[] = { 0, end_phase (movement) };

          for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
            {
              cairo_surface_t *surface = render (movement, phases[p], FALSE, sizes[s], 1);
              cairo_surface_t *doubled = render (movement, phases[p], FALSE, sizes[s], 2);
              guint area = sizes[s] * sizes[s];
              guint ink = count_all_ink (surface);
              /* Counted without the antialiased edges, which weigh more
               * the fewer the pixels */
              guint solid = count_covered (surface, 0, 0, sizes[s], sizes[s], 128);
              guint solid2 = count_covered (doubled, 0, 0, 2 * sizes[s], 2 * sizes[s], 128);

              g_test_message ("%s at %d px, phase %.2f: %u pixels drawn, %u solid, %u at scale 2",
                              stride_movement_get_id (movement), sizes[s], phases[p], ink, solid, solid2);
              /* A figure, not a speck: lying figures fill a square the least */
              g_assert_cmpuint (ink, >, area / 20);
              /* At scale 2 it covers the same share of four times the
               * pixels: drawn at the finer size, not scaled up */
              g_assert_cmpfloat (solid2, >, 3.5 * solid);
              g_assert_cmpfloat (solid2, <, 4.5 * solid);

              cairo_surface_destroy (surface);
              cairo_surface_destroy (doubled);
            }
        }
    }
}

/* A rep at any tempo: every exercise's figure starts moving at once,
 * reaches the far position as the way out ends, stays there through the
 * hold at one phase, and is back at the start as the rep ends; never going back on
 * itself */
static void
test_figure_rep_tempo (void)
{
  const double tempos[][3] = { { 2, 1, 2 }, { 3, 0, 1 }, { 1, 3, 1 }, { 1, 0, 1 }, { 0.5, 4, 6 } };

  for (guint m = 0; m < stride_movement_get_n_movements (); m++)
    {
      const StrideMovement *movement = stride_movement_get_nth (m);
      double end = stride_movement_get_end_phase (movement);
      gboolean holds = stride_test_pose_distance (movement, end - 0.01, end + 0.01) == 0;

      for (guint t = 0; t < G_N_ELEMENTS (tempos); t++)
        {
          double out = tempos[t][0], hold = tempos[t][1], back = tempos[t][2];
          double total = out + hold + back, last = 0;

          g_test_message ("%s at %g/%g/%g", stride_movement_get_id (movement), out, hold, back);
          g_assert_cmpfloat (stride_test_pose_distance (movement, stride_movement_get_rep_phase (movement, 0, out, hold, back), 0),
                             ==, 0);
          g_assert_cmpfloat (stride_test_pose_distance (movement, stride_movement_get_rep_phase (movement, total, out, hold, back), 0),
                             <, 1e-9);
          for (guint i = 0; i <= 200; i++)
            {
              double into = total * i / 200;
              double phase = stride_movement_get_rep_phase (movement, into, out, hold, back);

              g_assert_cmpfloat (phase, >=, last);
              g_assert_cmpfloat (phase, <=, 1);
              last = phase;
              if (!holds)
                continue;
              /* Moving all the way out, still through the hold */
              if (into > 0 && into < out)
                g_assert_cmpfloat (stride_test_pose_distance (movement, phase, end), >, 0);
              if (into >= out && into <= out + hold)
                g_assert_cmpfloat (stride_test_pose_distance (movement, phase, end), ==, 0);
              /* One phase through the hold, so that nothing is redrawn */
              if (into >= out && into < out + hold)
                g_assert_cmpfloat (phase, ==, stride_movement_get_rep_phase (movement, out, out, hold, back));
              if (into > out + hold && into < total)
                g_assert_cmpfloat (stride_test_pose_distance (movement, phase, end), >, 0);
            }
        }
    }

  /* A side step has no far position to hold: its loop goes evenly */
  g_assert_cmpfloat_with_epsilon (stride_movement_get_rep_phase (stride_movement_lookup ("side-step"), 1, 1, 0, 1),
                                  0.5, 1e-9);
}

static void
test_figure_start_end_differ (void)
{
  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);
      cairo_surface_t *start = render (movement, 0, FALSE, 200, 1);
      cairo_surface_t *end = render (movement, end_phase (movement), FALSE, 200, 1);
      cairo_surface_t *loop_end = render (movement, 1, FALSE, 200, 1);
      guint changed = count_different (start, end, FALSE, 64);

      g_test_message ("%s: %u pixels change", stride_movement_get_id (movement), changed);
      g_assert_cmpuint (changed, >, 200 * 200 / 100);
      /* The loop comes back to where it started */
      g_assert_cmpuint (count_different (start, loop_end, FALSE, 0), ==, 0);

      cairo_surface_destroy (start);
      cairo_surface_destroy (end);
      cairo_surface_destroy (loop_end);
    }
}

static void
test_figure_mirror (void)
{
  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);
      cairo_surface_t *plain = render (movement, end_phase (movement), FALSE, 200, 1);
      cairo_surface_t *mirrored = render (movement, end_phase (movement), TRUE, 200, 1);
      guint asymmetric = count_different (plain, plain, TRUE, 64);
      guint unlike = count_different (plain, mirrored, TRUE, 24);

      g_test_message ("%s: %u pixels unlike their mirror image, %u unlike the mirrored render",
                      stride_movement_get_id (movement), asymmetric, unlike);
      /* Mirroring shows a different picture… */
      g_assert_cmpuint (asymmetric, >, 200 * 200 / 100);
      /* …which is the plain one flipped, to the odd edge pixel */
      g_assert_cmpuint (unlike, <, 200 * 200 / 1000);

      cairo_surface_destroy (plain);
      cairo_surface_destroy (mirrored);
    }
}

static void
test_figure_bounds (void)
{
  StrideFigureStyle styles[2];

  init_style (&styles[0]);
  stride_figure_style_init_light (&styles[1]);

  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);

      for (guint s = 0; s < 2; s++)
        for (guint k = 0; k < 10; k++)
          {
            int size = sizes[s];
            /* The whole loop, the other side, and the opaque export style */
            double phase = k / 8.0;
            gboolean mirrored = k == 8;
            const StrideFigureStyle *style = &styles[k == 9];
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 3 * size, 3 * size);
            cairo_t *cr = cairo_create (surface);
            guint inside;

            /* No clip: only the renderer keeps it in its canvas */
            cairo_translate (cr, size, size);
            stride_figure_render_movement (cr, movement, phase, mirrored, size, size, style);
            cairo_destroy (cr);
            cairo_surface_flush (surface);

            inside = count_ink (surface, size, size, 2 * size, 2 * size);
            g_assert_cmpuint (inside, >, 0);
            g_assert_cmpuint (count_all_ink (surface), ==, inside);

            /* Nothing touches the canvas's edges either: no figure is cut */
            if (k != 9)
              {
                g_assert_cmpuint (count_ink (surface, size, size, 2 * size, size + 1), ==, 0);
                g_assert_cmpuint (count_ink (surface, size, 2 * size - 1, 2 * size, 2 * size), ==, 0);
                g_assert_cmpuint (count_ink (surface, size, size, size + 1, 2 * size), ==, 0);
                g_assert_cmpuint (count_ink (surface, 2 * size - 1, size, 2 * size, 2 * size), ==, 0);
              }

            cairo_surface_destroy (surface);
          }
    }
}

/* The view paints, thirty times a second, only the area the renderer
 * says can hold ink: every pixel of every movement must fall inside it,
 * on wide and tall canvases, on both sides; and on a canvas much wider
 * than the figure that area must leave the sides out */
static void
test_figure_drawn_area (void)
{
  StrideFigureStyle style, opaque;
  const int canvases[][2] = { { 900, 240 }, { 240, 900 }, { 300, 300 }, { 1280, 380 } };
  guint narrower = 0;

  init_style (&style);
  stride_figure_style_init_light (&opaque);

  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);
      StrideBox frame;

      stride_movement_get_frame (movement, &frame);

      for (guint c = 0; c < G_N_ELEMENTS (canvases); c++)
        {
          int width = canvases[c][0], height = canvases[c][1];
          StrideBox area, whole;

          stride_figure_get_drawn_area (&frame, &style, width, height, &area);
          g_assert_cmpfloat (area.x0, >=, 0);
          g_assert_cmpfloat (area.y0, >=, 0);
          g_assert_cmpfloat (area.x1, <=, width);
          g_assert_cmpfloat (area.y1, <=, height);
          if ((area.x1 - area.x0) * (area.y1 - area.y0) < 0.6 * width * height)
            narrower++;

          /* An opaque background fills the canvas: all of it is drawn */
          stride_figure_get_drawn_area (&frame, &opaque, width, height, &whole);
          g_assert_cmpfloat (whole.x0, ==, 0);
          g_assert_cmpfloat (whole.y0, ==, 0);
          g_assert_cmpfloat (whole.x1, ==, width);
          g_assert_cmpfloat (whole.y1, ==, height);

          for (guint k = 0; k <= 8; k++)
            {
              cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
              cairo_t *cr = cairo_create (surface);

              stride_figure_render_movement (cr, movement, k / 8.0, k % 2 == 1, width, height, &style);
              cairo_destroy (cr);
              cairo_surface_flush (surface);

              g_assert_cmpuint (count_ink (surface, area.x0, area.y0, area.x1, area.y1), >, 0);
              g_assert_cmpuint (count_all_ink (surface), ==,
                                count_ink (surface, area.x0, area.y0, area.x1, area.y1));
              cairo_surface_destroy (surface);
            }
        }
    }

  /* The player's stage is wide and its figures are not */
  g_assert_cmpuint (narrower, >=, stride_movement_get_n_movements ());
}

static void
test_figure_export (void)
{
  g_autofree char *dir = g_build_filename (TEST_BUILD_DIR, "figures", NULL);
  g_autoptr(GError) error = NULL;
  const char *frames[] = { "start", "end" };

  g_assert_true (stride_figure_export_all (dir, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const char *id = stride_movement_get_id (stride_movement_get_nth (i));

      for (guint f = 0; f < G_N_ELEMENTS (frames); f++)
        {
          g_autofree char *png_name = g_strdup_printf ("%s-%s.png", id, frames[f]);
          g_autofree char *svg_name = g_strdup_printf ("%s-%s.svg", id, frames[f]);
          g_autofree char *png_path = g_build_filename (dir, png_name, NULL);
          g_autofree char *svg_path = g_build_filename (dir, svg_name, NULL);
          g_autoptr(GFile) png = g_file_new_for_path (png_path);
          g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
          g_autoptr(GdkTexture) png_texture = gdk_texture_new_from_file (png, &error);
          g_autoptr(GdkTexture) svg_texture = NULL;
          g_autofree char *svg_text = NULL;

          g_assert_no_error (error);
          g_assert_cmpint (gdk_texture_get_width (png_texture), ==, 512);
          g_assert_cmpint (gdk_texture_get_height (png_texture), ==, 512);

          /* The SVG reads as a picture of the same size, made of paths only */
          svg_texture = gdk_texture_new_from_file (svg, &error);
          g_assert_no_error (error);
          g_assert_cmpint (gdk_texture_get_width (svg_texture), ==, 512);
          g_assert_cmpint (gdk_texture_get_height (svg_texture), ==, 512);
          g_assert_true (g_file_get_contents (svg_path, &svg_text, NULL, &error));
          g_assert_no_error (error);
          g_assert_null (strstr (svg_text, "<image"));
        }
    }

  /* A folder that cannot be made is an error, not a crash */
  {
    g_autofree char *file = g_build_filename (dir, "squat-start.png", "below-a-file", NULL);

    g_assert_false (stride_figure_export_all (file, &error));
    g_assert_nonnull (error);
  }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Measures, does not test: run with -m perf */
static void
test_figure_render_time (void)
{
  StrideFigureStyle style;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 400);
  const guint runs = 50;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  init_style (&style);

  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);

      for (guint r = 0; r < runs; r++)
        {
          cairo_t *cr = cairo_create (surface);
          gint64 start;
          double ms;

          cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
          cairo_paint (cr);
          cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
          start = g_get_monotonic_time ();
          stride_figure_render_movement (cr, movement, (double) r / runs, FALSE, 400, 400, &style);
          cairo_surface_flush (surface);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (times, ms);
          cairo_destroy (cr);
        }
    }

  g_array_sort (times, compare_doubles);
  g_test_minimized_result (g_array_index (times, double, times->len / 2) / 1000,
                           "median time to draw one 400×400 frame: %.3f ms (90th percentile %.3f ms)",
                           g_array_index (times, double, times->len / 2),
                           g_array_index (times, double, times->len * 9 / 10));
  cairo_surface_destroy (surface);
}

/* The widget */

typedef struct
{
  GtkWindow *window;
  StrideFigureView *view;
  double phase;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = STRIDE_FIGURE_VIEW (stride_figure_view_new (data != NULL ? data : "squat"));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_set_default_size (fixture->window, 400, 200);
  gtk_window_present (fixture->window);
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (fixture->window)), "gtk-enable-animations", TRUE, NULL);
  gtk_window_destroy (fixture->window);
}

static gboolean
phase_moved (gpointer user_data)
{
  Fixture *fixture = user_data;

  return stride_figure_view_get_phase (fixture->view) > 0;
}

static gboolean
phase_changed (gpointer user_data)
{
  Fixture *fixture = user_data;

  return stride_figure_view_get_phase (fixture->view) != fixture->phase;
}

static void
test_figure_view_ticks_while_mapped (Fixture       *fixture,
                                     gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  double phase;

  g_assert_true (stride_figure_view_get_playing (fixture->view));

  /* On screen, it plays */
  stride_test_wait_until (phase_moved, fixture);

  /* Off screen, it stands still, however many frames the window draws */
  gtk_widget_set_visible (view, FALSE);
  g_assert_false (gtk_widget_get_mapped (view));
  phase = stride_figure_view_get_phase (fixture->view);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 5);
  g_assert_cmpfloat (stride_figure_view_get_phase (fixture->view), ==, phase);

  /* Back on screen, it plays on */
  gtk_widget_set_visible (view, TRUE);
  fixture->phase = phase;
  stride_test_wait_until (phase_changed, fixture);
}

static void
test_figure_view_driven (Fixture       *fixture,
                         gconstpointer  data)
{
  /* Whoever sets the phase sets the pace */
  stride_figure_view_set_phase (fixture->view, 0.3);
  g_assert_false (stride_figure_view_get_playing (fixture->view));
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 5);
  g_assert_cmpfloat (stride_figure_view_get_phase (fixture->view), ==, 0.3);

  stride_figure_view_set_phase (fixture->view, 0.6);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  g_assert_cmpfloat (stride_figure_view_get_phase (fixture->view), ==, 0.6);

  /* A still frame never moves */
  stride_figure_view_set_still (fixture->view, TRUE);
  stride_figure_view_set_playing (fixture->view, TRUE);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 5);
  g_assert_cmpfloat (stride_figure_view_get_phase (fixture->view), ==, 0.6);
}

typedef struct
{
  StrideFigureView *view;
  guint frames;
  guint moves;
  double phase;
} FrameRate;

static gboolean
keep_ticking (GtkWidget     *widget,
              GdkFrameClock *frame_clock,
              gpointer       user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
on_window_painted (GdkFrameClock *frame_clock,
                   FrameRate     *rate)
{
  double phase = stride_figure_view_get_phase (rate->view);

  rate->frames++;
  if (phase != rate->phase)
    rate->moves++;
  rate->phase = phase;
}

static gboolean
sixty_frames_painted (gpointer user_data)
{
  FrameRate *rate = user_data;

  return rate->frames >= 60;
}

static void
test_figure_view_frame_rate (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  FrameRate rate = { fixture->view, 0, 0, stride_figure_view_get_phase (fixture->view) };
  guint tick = gtk_widget_add_tick_callback (window, keep_ticking, NULL, NULL);
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_window_painted), &rate);
  gint64 start = g_get_monotonic_time ();
  double elapsed_ms;

  /* The window draws at the display's rate; the figure, playing on
   * its own, moves at 30 frames a second at most */
  stride_test_wait_until (sixty_frames_painted, &rate);
  elapsed_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("%u window frames and %u figure moves in %.0f ms", rate.frames, rate.moves, elapsed_ms);
  g_assert_cmpuint (rate.moves, >=, 2);
  g_assert_cmpfloat (rate.moves, <=, elapsed_ms / (1000 / 30) + 2);

  g_signal_handler_disconnect (clock, handler);
  gtk_widget_remove_tick_callback (window, tick);
}

/* How often the main loop woke, counted by its poll function */
static guint wakeups;

static int
counting_poll (GPollFD *fds,
               guint    n_fds,
               int      timeout)
{
  wakeups++;
  return g_poll (fds, n_fds, timeout);
}

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static gboolean
window_minimized (gpointer window)
{
  GdkToplevel *toplevel = GDK_TOPLEVEL (gtk_native_get_surface (GTK_NATIVE (window)));

  return (gdk_toplevel_get_state (toplevel) & GDK_TOPLEVEL_STATE_MINIMIZED) != 0;
}

/* A playing figure in a window taken off the screen (minimized) does not
 * wake the app for frames the window cannot show, and plays on when the
 * window is back */
static void
test_figure_view_hidden_window (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  stride_test_wait_until (phase_moved, fixture);

  stride_test_hide_window_on_screen (fixture->window, TRUE);
  stride_test_wait_until (window_minimized, fixture->window);
  /* What was under way when it went (a last frame asked for) settles */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  wakeups = 0;
  g_main_context_set_poll_func (NULL, counting_poll);
  g_timeout_add (1000, quit_loop, loop);
  g_main_loop_run (loop);
  g_main_context_set_poll_func (NULL, NULL);
  g_test_message ("%u wake-ups in 1 s with the window off the screen", wakeups);
  /* 30 a second when a timer asked for frames the window could not give */
  g_assert_cmpuint (wakeups, <, 10);

  stride_test_hide_window_on_screen (fixture->window, FALSE);
  fixture->phase = stride_figure_view_get_phase (fixture->view);
  stride_test_wait_until (phase_changed, fixture);
}

/* What the widget showed in the window's last frame, as the window's
 * renderer draws it */
static cairo_surface_t *
capture_view (Fixture *fixture)
{
  GtkWidget *widget = GTK_WIDGET (fixture->view);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  node = stride_test_snapshot_widget (widget);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (fixture->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);

  return surface;
}

/* What the widget shows once laid out and styled as it is on screen */
static cairo_surface_t *
snapshot_view (Fixture *fixture)
{
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  return capture_view (fixture);
}

/* Keeps what the widget showed next to the exported pictures */
static void
save_for_review (cairo_surface_t *surface,
                 const char      *name)
{
  g_autofree char *dir = g_build_filename (TEST_BUILD_DIR, "figures", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

static void
test_figure_view_no_animations (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (fixture->view));
  cairo_surface_t *moving, *both;
  int width, height, each;
  guint left, middle, right;

  stride_figure_view_set_phase (fixture->view, 0);
  moving = snapshot_view (fixture);
  width = cairo_image_surface_get_width (moving);
  height = cairo_image_surface_get_height (moving);
  each = width * 0.44;

  /* One figure in the middle */
  left = count_ink (moving, 0, 0, width / 4, height);
  right = count_ink (moving, width - width / 4, 0, width, height);
  middle = count_ink (moving, width / 4, 0, width - width / 4, height);
  g_assert_cmpuint (middle, >, 10 * (left + right));

  /* With animations off: the start and the end side by side, still */
  stride_figure_view_set_playing (fixture->view, TRUE);
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  both = snapshot_view (fixture);
  save_for_review (moving, "view-animated");
  save_for_review (both, "view-no-animations");
  left = count_ink (both, 0, 0, each, height);
  right = count_ink (both, width - each, 0, width, height);
  g_test_message ("left %u, right %u", left, right);
  g_assert_cmpuint (left, >, width * height / 40);
  g_assert_cmpuint (right, >, width * height / 40);
  {
    /* The left one is the start position, the right one the end */
    cairo_surface_t *start = cairo_surface_create_for_rectangle (both, 0, 0, each, height);
    cairo_surface_t *end = cairo_surface_create_for_rectangle (both, width - each, 0, each, height);
    cairo_surface_t *a = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, each, height);
    cairo_surface_t *b = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, each, height);
    cairo_t *cr;

    cr = cairo_create (a);
    cairo_set_source_surface (cr, start, 0, 0);
    cairo_paint (cr);
    cairo_destroy (cr);
    cr = cairo_create (b);
    cairo_set_source_surface (cr, end, 0, 0);
    cairo_paint (cr);
    cairo_destroy (cr);
    g_assert_cmpuint (count_different (a, b, FALSE, 64), >, each * height / 100);

    cairo_surface_destroy (start);
    cairo_surface_destroy (end);
    cairo_surface_destroy (a);
    cairo_surface_destroy (b);
  }
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 5);
  g_assert_cmpfloat (stride_figure_view_get_phase (fixture->view), ==, 0);

  /* Animations back on: it plays again */
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
  stride_test_wait_until (phase_moved, fixture);

  cairo_surface_destroy (moving);
  cairo_surface_destroy (both);
}

typedef struct
{
  Fixture *fixture;
  cairo_surface_t *expected;
} Match;

static gboolean
view_matches (gpointer user_data)
{
  Match *match = user_data;
  cairo_surface_t *shown = capture_view (match->fixture);
  guint different = count_different (shown, match->expected, FALSE, 0);

  cairo_surface_destroy (shown);
  return different == 0;
}

static void
test_figure_view_rest_quality (Fixture       *fixture,
                               gconstpointer  data)
{
  Fixture still = { 0 };
  cairo_surface_t *full, *moving;
  guint edges, far_off;

  /* The pose drawn as a still frame, for a card: full quality */
  fixture_set_up (&still, "squat");
  stride_figure_view_set_still (still.view, TRUE);
  stride_figure_view_set_phase (still.view, 0.3);
  full = snapshot_view (&still);

  /* Driven as the player drives it, a new pose each frame: the frame
   * in motion is drawn the fast way, at the edges only */
  stride_figure_view_set_phase (fixture->view, 0.29);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
  stride_figure_view_set_phase (fixture->view, 0.3);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
  moving = capture_view (fixture);
  save_for_review (full, "view-at-rest");
  save_for_review (moving, "view-in-motion");
  edges = count_different (moving, full, FALSE, 0);
  far_off = count_different (moving, full, FALSE, 128);
  g_test_message ("in motion: %u pixels differ from full quality, %u by more than half", edges, far_off);
  g_assert_cmpuint (edges, >, 0);
  g_assert_cmpuint (far_off, <, count_all_ink (full) / 100);

  /* Held there (a hold, a pause), it is drawn again at full quality */
  stride_test_wait_until (view_matches, &(Match) { fixture, full });

  /* Taken off screen in motion and shown again: full quality too */
  stride_figure_view_set_phase (fixture->view, 0.31);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
  stride_figure_view_set_phase (fixture->view, 0.3);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), FALSE);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), TRUE);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
  stride_test_wait_until (view_matches, &(Match) { fixture, full });

  cairo_surface_destroy (full);
  cairo_surface_destroy (moving);
  fixture_tear_down (&still, NULL);
}

/* The mean brightness of what is drawn, 0 to 255 */
static double
ink_brightness (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  double sum = 0, weight = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 p = pixel (surface, x, y);
        guint a = alpha (p);

        if (a < 128)
          continue;
        /* Premultiplied: divide the alpha back out */
        sum += (((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) * 255.0 / (3 * a) * a;
        weight += a;
      }

  return weight > 0 ? sum / weight : -1;
}

static void
test_figure_view_style (Fixture       *fixture,
                        gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  cairo_surface_t *light, *dark;

  stride_figure_view_set_phase (fixture->view, 0.5);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = snapshot_view (fixture);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = snapshot_view (fixture);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  save_for_review (light, "view-light");
  save_for_review (dark, "view-dark");

  /* Dark figure on light, light figure on dark */
  g_assert_cmpfloat (ink_brightness (light), <, 80);
  g_assert_cmpfloat (ink_brightness (dark), >, 180);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_figure_view_accessible (Fixture       *fixture,
                             gconstpointer  data)
{
  const StrideMovement *movement = stride_movement_lookup ("clamshell");

  /* A screen reader hears it as a picture, and what the picture shows */
  gtk_test_accessible_assert_role (fixture->view, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (fixture->view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       stride_movement_get_description (movement, FALSE));

  /* The other side is described as the other side */
  stride_figure_view_set_mirrored (fixture->view, TRUE);
  gtk_test_accessible_assert_property (fixture->view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       stride_movement_get_description (movement, TRUE));

  stride_figure_view_set_movement (fixture->view, "squat");
  gtk_test_accessible_assert_property (fixture->view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       stride_movement_get_description (stride_movement_lookup ("squat"), TRUE));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* GTK's test backend keeps what a screen reader would be told, in
   * process and without a bus */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = stride_test_init_app (&argc, &argv);

  g_test_add_func ("/stride/figure/lookup", test_figure_lookup);
  g_test_add_func ("/stride/figure/sides", test_figure_sides);
  g_test_add_func ("/stride/figure/shows-side", test_figure_shows_side);
  g_test_add_func ("/stride/figure/guide", test_figure_guide);
  g_test_add_func ("/stride/figure/render-sizes", test_figure_render_sizes);
  g_test_add_func ("/stride/figure/rep-tempo", test_figure_rep_tempo);
  g_test_add_func ("/stride/figure/start-end-differ", test_figure_start_end_differ);
  g_test_add_func ("/stride/figure/mirror", test_figure_mirror);
  g_test_add_func ("/stride/figure/bounds", test_figure_bounds);
  g_test_add_func ("/stride/figure/drawn-area", test_figure_drawn_area);
  g_test_add_func ("/stride/figure/export", test_figure_export);
  if (g_test_perf ())
    g_test_add_func ("/stride/figure/render-time", test_figure_render_time);
  g_test_add ("/stride/figure/view/ticks-while-mapped", Fixture, NULL,
              fixture_set_up, test_figure_view_ticks_while_mapped, fixture_tear_down);
  g_test_add ("/stride/figure/view/frame-rate", Fixture, NULL,
              fixture_set_up, test_figure_view_frame_rate, fixture_tear_down);
  g_test_add ("/stride/figure/view/hidden-window", Fixture, NULL,
              fixture_set_up, test_figure_view_hidden_window, fixture_tear_down);
  g_test_add ("/stride/figure/view/driven", Fixture, NULL,
              fixture_set_up, test_figure_view_driven, fixture_tear_down);
  g_test_add ("/stride/figure/view/no-animations", Fixture, "squat",
              fixture_set_up, test_figure_view_no_animations, fixture_tear_down);
  g_test_add ("/stride/figure/view/rest-quality", Fixture, "squat",
              fixture_set_up, test_figure_view_rest_quality, fixture_tear_down);
  g_test_add ("/stride/figure/view/style", Fixture, NULL,
              fixture_set_up, test_figure_view_style, fixture_tear_down);
  g_test_add ("/stride/figure/view/accessible", Fixture, "clamshell",
              fixture_set_up, test_figure_view_accessible, fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
