/* test-chart.c
 *
 * The Progress charts as a user meets them: bars against a goal band,
 * several lines, rows of events and the empty state, at a phone's width
 * and a laptop's, light and dark. Nothing is cut off or drawn over; the
 * PNGs are left in the build directory to look at. Pointing and the
 * arrow keys show a point's details; a screen reader gets a summary;
 * exports are images that other programs read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-chart-card.h"
#include "stride-chart-export.h"
#include "stride-chart-private.h"
#include "stride-progress-charts.h"
#include "stride-session.h"
#include "stride-session-sets.h"
#include "stride-week.h"
#include "stride-stats.h"
#include "stride-test-utils.h"

static GApplication *app;

/* Monday 3 March 2025 */
#define FIRST_MONDAY 739313

typedef enum {
  CHART_SESSIONS,
  CHART_REPS,
  CHART_EVENTS,
  CHART_EMPTY,
} ChartKind;

static const char *kind_names[] = { "sessions", "reps", "events", "empty" };

static void
add_sessions (StrideChart *chart)
{
  static const double sessions[] = { 2, 3, 1, 0, 2, 3, 4, 2, 2.5, 3, 2, 1 };
  g_autoptr(StrideChartSeries) series = stride_chart_series_new ("Sessions", STRIDE_CHART_SERIES_BARS);

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    stride_chart_series_add (series, FIRST_MONDAY + 7 * i, sessions[i]);

  stride_chart_set_title (chart, "Sessions per week");
  stride_chart_set_period_days (chart, 7);
  stride_chart_set_goal (chart, 2, 3);
  stride_chart_add_series (chart, series);
}

static void
add_reps (StrideChart *chart)
{
  static const char *names[] = { "Squat", "Clamshell", "Side-lying leg raise", "Glute bridge", "Hip extension" };

  stride_chart_set_title (chart, "Reps per exercise");
  stride_chart_set_period_days (chart, 7);

  for (guint e = 0; e < G_N_ELEMENTS (names); e++)
    {
      g_autoptr(StrideChartSeries) series = stride_chart_series_new (names[e], STRIDE_CHART_SERIES_LINE);

      for (guint week = 0; week < 12; week++)
        stride_chart_series_add (series, FIRST_MONDAY + 7 * week, 20 + 4 * e + week * (1 + e % 3) + (week * e) % 5);
      stride_chart_add_series (chart, series);
    }
}

static void
add_events (StrideChart *chart)
{
  g_autoptr(StrideChartSeries) squat = stride_chart_series_new ("Squat test", STRIDE_CHART_SERIES_EVENTS);
  g_autoptr(StrideChartSeries) bridge = stride_chart_series_new ("Bridge test", STRIDE_CHART_SERIES_EVENTS);
  g_autoptr(StrideChartSeries) pain = stride_chart_series_new ("Pain reported", STRIDE_CHART_SERIES_EVENTS);

  stride_chart_set_title (chart, "Self-tests and pain");
  for (guint i = 0; i < 6; i++)
    {
      stride_chart_series_add_event (squat, FIRST_MONDAY + 14 * i + 6, i < 3 ? "Knees cave in" : "Knees steady");
      stride_chart_series_add_event (bridge, FIRST_MONDAY + 14 * i + 6, i < 4 ? "Left weaker" : "Even");
    }
  stride_chart_series_add_event (pain, FIRST_MONDAY + 9, "Knee, 3 of 10");
  stride_chart_series_add_event (pain, FIRST_MONDAY + 11, "Knee, 2 of 10");
  stride_chart_series_add_event (pain, FIRST_MONDAY + 40, "Hip, 4 of 10");

  stride_chart_add_series (chart, squat);
  stride_chart_add_series (chart, bridge);
  stride_chart_add_series (chart, pain);
}

static void
fill (StrideChart *chart,
      ChartKind    kind)
{
  switch (kind)
    {
    case CHART_SESSIONS:
      add_sessions (chart);
      break;
    case CHART_REPS:
      add_reps (chart);
      break;
    case CHART_EVENTS:
      add_events (chart);
      break;
    case CHART_EMPTY:
      stride_chart_set_title (chart, "Sessions per week");
      stride_chart_set_empty_text (chart, "Your sessions per week will appear here after your first workout");
      break;
    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  GtkWindow *window;
  StrideChart *chart;
} Fixture;

typedef struct
{
  GtkWidget *widget;
  int width;
  int height;
} SizeCheck;

static gboolean
has_size (gpointer user_data)
{
  SizeCheck *check = user_data;

  return gtk_widget_get_mapped (check->widget)
         && gtk_widget_get_width (check->widget) == check->width
         && gtk_widget_get_height (check->widget) == check->height;
}

/* A window holding only the chart, at @width × @height */
static void
show_chart (Fixture   *fixture,
            ChartKind  kind,
            int        width,
            int        height)
{
  SizeCheck check;

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->chart = STRIDE_CHART (stride_chart_new ());
  fill (fixture->chart, kind);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->chart));
  gtk_window_set_default_size (fixture->window, width, height);
  gtk_window_present (fixture->window);

  check = (SizeCheck) { GTK_WIDGET (fixture->chart), width, height };
  stride_test_wait_until (has_size, &check);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
}

static void
close_chart (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
}

static gboolean
rects_overlap (const graphene_rect_t *a,
               const graphene_rect_t *b)
{
  graphene_rect_t meet;

  return graphene_rect_intersection (a, b, &meet) && meet.size.width > 0.5 && meet.size.height > 0.5;
}

/* Every label lies inside the chart and clear of every other: nothing a
 * reader would see cut off or written over */
static void
assert_labels_fit (StrideChart *chart)
{
  const StrideChartLayout *layout = stride_chart_peek_layout (chart);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, layout->width, layout->height);
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));

  g_assert_cmpuint (layout->texts->len, >, 0);

  for (guint i = 0; i < layout->texts->len; i++)
    {
      const StrideChartText *text = &g_array_index (layout->texts, StrideChartText, i);
      graphene_rect_t rect = GRAPHENE_RECT_INIT (text->x, text->y, text->width, text->height);

      if (!graphene_rect_contains_rect (&bounds, &rect))
        g_error ("“%s” at %g,%g %dx%d is cut off in %dx%d", pango_layout_get_text (text->layout),
                 text->x, text->y, text->width, text->height, layout->width, layout->height);
      for (guint j = 0; j < rects->len; j++)
        if (rects_overlap (&rect, &g_array_index (rects, graphene_rect_t, j)))
          g_error ("“%s” overlaps “%s”", pango_layout_get_text (text->layout),
                   pango_layout_get_text (g_array_index (layout->texts, StrideChartText, j).layout));
      g_array_append_val (rects, rect);
    }

  /* Legend entries stay clear of the plot */
  for (guint i = 0; i < layout->keys->len; i++)
    {
      const StrideChartKey *key = &g_array_index (layout->keys, StrideChartKey, i);

      g_assert_cmpfloat (key->y + key->height, <=, layout->plot.origin.y);
      g_assert_cmpfloat (key->x + key->width, <=, layout->width);
    }
}

typedef struct
{
  ChartKind kind;
  int width;
  int height;
  AdwColorScheme scheme;
  const char *style;
} Shot;

static void
test_chart_screenshot (gconstpointer data)
{
  const Shot *shot = data;
  Fixture fixture;
  g_autofree char *name = g_strdup_printf ("chart-%s-%d-%s", kind_names[shot->kind], shot->width, shot->style);
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  const StrideChartLayout *layout;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), shot->scheme);
  show_chart (&fixture, shot->kind, shot->width, shot->height);

  layout = stride_chart_peek_layout (fixture.chart);
  g_assert_cmpint (layout->empty, ==, shot->kind == CHART_EMPTY);
  assert_labels_fit (fixture.chart);
  if (shot->kind != CHART_EMPTY)
    {
      /* Dates label the axis, not just ticks */
      g_assert_cmpuint (layout->x_ticks->len, >=, 2);
      /* One legend entry per series, and one for the goal */
      g_assert_cmpuint (layout->keys->len, ==, stride_chart_get_n_series (fixture.chart) + (shot->kind == CHART_SESSIONS));
    }

  path = stride_test_save_screenshot (GTK_WIDGET (fixture.chart), name);
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, shot->width);
  g_test_message ("Screenshot: %s", path);

  close_chart (&fixture);
}

static gboolean
detail_is (gpointer user_data)
{
  gpointer *args = user_data;
  g_autofree char *detail = stride_chart_dup_detail (args[0]);

  return g_strcmp0 (detail, args[1]) == 0;
}

static void
wait_for_detail (StrideChart *chart,
                 const char  *expected)
{
  gpointer args[] = { chart, (gpointer) expected };

  stride_test_wait_until (detail_is, args);
}

static void
test_chart_keyboard (void)
{
  Fixture fixture;
  guint series, point;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  show_chart (&fixture, CHART_REPS, 800, 400);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture.chart)));

  /* Focus starts on the latest point of the first series; a screen
   * reader says the chart's name, and its summary */
  gtk_widget_grab_focus (GTK_WIDGET (fixture.chart));
  wait_for_detail (fixture.chart, "Squat, Week of 19 May 2025: 31");
  gtk_test_accessible_assert_property (fixture.chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Reps per exercise");

  /* Then each point the keys move to, as the name of what has the
   * keyboard: GTK 4.8 has no other way to have it said */
  stride_test_press_keys (fixture.window, "Home");
  wait_for_detail (fixture.chart, "Squat, Week of 3 March 2025: 20");
  gtk_test_accessible_assert_property (fixture.chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Squat, Week of 3 March 2025: 20");
  stride_test_press_keys (fixture.window, "Right");
  wait_for_detail (fixture.chart, "Squat, Week of 10 March 2025: 21");
  gtk_test_accessible_assert_property (fixture.chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Squat, Week of 10 March 2025: 21");
  stride_test_press_keys (fixture.window, "Down");
  wait_for_detail (fixture.chart, "Clamshell, Week of 10 March 2025: 27");
  gtk_test_accessible_assert_property (fixture.chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Clamshell, Week of 10 March 2025: 27");
  stride_test_press_keys (fixture.window, "Left");
  wait_for_detail (fixture.chart, "Clamshell, Week of 3 March 2025: 24");
  /* The first point stays the first */
  stride_test_press_keys (fixture.window, "Left");
  stride_test_wait_for_frames (GTK_WIDGET (fixture.chart), 1);
  wait_for_detail (fixture.chart, "Clamshell, Week of 3 March 2025: 24");
  stride_test_press_keys (fixture.window, "End");
  wait_for_detail (fixture.chart, "Clamshell, Week of 19 May 2025: 47");

  g_assert_true (stride_chart_get_shown_point (fixture.chart, &series, &point));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (point, ==, 11);

  /* Away from the chart, its name is its title again */
  gtk_window_set_focus (fixture.window, NULL);
  gtk_test_accessible_assert_property (fixture.chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Reps per exercise");

  close_chart (&fixture);
}

static void
test_chart_hover (void)
{
  Fixture fixture;
  const StrideChartLayout *layout;
  guint series, point;
  double x, y;
  g_autofree char *detail = NULL;

  show_chart (&fixture, CHART_SESSIONS, 640, 320);
  layout = stride_chart_peek_layout (fixture.chart);

  /* A little beside and below the fourth bar's top: that week */
  stride_chart_layout_point_position (layout, 0, 3, &x, &y);
  stride_chart_hover (fixture.chart, x + 4, y - 30);
  g_assert_true (stride_chart_get_shown_point (fixture.chart, &series, &point));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (point, ==, 3);
  detail = stride_chart_dup_detail (fixture.chart);
  g_assert_cmpstr (detail, ==, "Sessions, Week of 24 March 2025: 0");

  /* Halfway to the next week's bar, but nearer to it */
  stride_chart_layout_point_position (layout, 0, 8, &x, &y);
  stride_chart_hover (fixture.chart, x - stride_chart_layout_slot_width (layout) * 0.4, y);
  g_assert_true (stride_chart_get_shown_point (fixture.chart, &series, &point));
  g_assert_cmpuint (point, ==, 8);
  g_clear_pointer (&detail, g_free);
  detail = stride_chart_dup_detail (fixture.chart);
  g_assert_cmpstr (detail, ==, "Sessions, Week of 28 April 2025: 2.5");

  /* Over the legend no point is hovered: the keyboard's point shows */
  stride_chart_hover (fixture.chart, 10, 10);
  g_assert_true (stride_chart_get_shown_point (fixture.chart, &series, &point));
  g_assert_cmpuint (point, ==, 11);

  close_chart (&fixture);

  /* Events: the row decides which series */
  show_chart (&fixture, CHART_EVENTS, 640, 320);
  layout = stride_chart_peek_layout (fixture.chart);
  stride_chart_layout_point_position (layout, 1, 2, &x, &y);
  stride_chart_hover (fixture.chart, x + 2, y + 3);
  g_clear_pointer (&detail, g_free);
  detail = stride_chart_dup_detail (fixture.chart);
  g_assert_cmpstr (detail, ==, "Bridge test, 6 April 2025: Left weaker");
  stride_test_wait_for_frames (GTK_WIDGET (fixture.chart), 1);
  g_free (stride_test_save_screenshot (GTK_WIDGET (fixture.chart), "chart-events-hover"));

  close_chart (&fixture);
}

static void
test_chart_summary (void)
{
  g_autoptr(StrideChart) chart = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));
  g_autoptr(StrideChart) events = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));
  g_autoptr(StrideChart) empty = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));

  add_sessions (chart);
  g_assert_cmpstr (stride_chart_get_description (chart), ==,
                   "Sessions per week, 12 weeks: average 2.1, latest 1; goal 2–3");

  stride_chart_set_summary (chart, "Two sessions most weeks");
  g_assert_cmpstr (stride_chart_get_description (chart), ==, "Two sessions most weeks");
  stride_chart_set_summary (chart, NULL);
  g_assert_cmpstr (stride_chart_get_description (chart), ==,
                   "Sessions per week, 12 weeks: average 2.1, latest 1; goal 2–3");

  add_events (events);
  g_assert_cmpstr (stride_chart_get_description (events), ==,
                   "Self-tests and pain, 9 March 2025 to 18 May 2025: "
                   "Squat test: 6 events, latest “Knees steady” on 18 May 2025; "
                   "Bridge test: 6 events, latest “Even” on 18 May 2025; "
                   "Pain reported: 3 events, latest “Hip, 4 of 10” on 12 April 2025");

  fill (empty, CHART_EMPTY);
  g_assert_cmpstr (stride_chart_get_description (empty), ==,
                   "Your sessions per week will appear here after your first workout");

  /* Events all before the period shown: said so, and drawn as such, not
   * as empty rows under a legend */
  stride_chart_set_empty_text (events, "Your self-test results will appear here");
  stride_chart_set_range (events, FIRST_MONDAY + 200, FIRST_MONDAY + 290);
  g_assert_cmpstr (stride_chart_get_description (events), ==, "Nothing in this period");
  {
    g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (events, 360, 240);

    g_assert_true (layout->empty);
    g_assert_cmpuint (layout->texts->len, ==, 1);
    g_assert_cmpstr (pango_layout_get_text (g_array_index (layout->texts, StrideChartText, 0).layout), ==,
                     "Nothing in this period");
  }
  /* No points at all: what will come, whatever the period */
  {
    g_autoptr(StrideChartSeries) none = stride_chart_series_new ("Sessions", STRIDE_CHART_SERIES_BARS);

    stride_chart_add_series (empty, none);
    stride_chart_set_range (empty, FIRST_MONDAY + 200, FIRST_MONDAY + 290);
    g_assert_cmpstr (stride_chart_get_description (empty), ==,
                     "Your sessions per week will appear here after your first workout");
  }
  /* One in the period: drawn */
  stride_chart_set_range (events, FIRST_MONDAY + 30, FIRST_MONDAY + 120);
  g_assert_cmpstr (stride_chart_get_description (events), !=, "Nothing in this period");
  {
    g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (events, 360, 240);

    g_assert_false (layout->empty);
  }
}

static void
check_svg_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  GHashTable *seen = user_data;

  g_hash_table_add (seen, g_strdup (element));
}

static void
test_chart_export (void)
{
  g_autoptr(StrideChart) chart = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));
  g_autofree char *dir = g_dir_make_tmp ("stride-chart-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *svg_png_path = g_build_filename (dir, "chart-svg.png", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) missing = g_file_new_build_filename (dir, "no-such-folder", "chart.png", NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GMarkupParser parser = { check_svg_element, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, seen, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *rsvg = g_find_program_in_path ("rsvg-convert");
  gsize length;

  add_sessions (chart);
  add_reps (chart);

  g_assert_true (stride_chart_export (chart, png, STRIDE_IMAGE_FORMAT_PNG, 1280, 400, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_file (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 400);

  g_assert_true (stride_chart_export (chart, svg, STRIDE_IMAGE_FORMAT_SVG, 1280, 400, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (seen, "svg"));
  g_assert_true (g_hash_table_contains (seen, "path"));

  if (rsvg != NULL)
    {
      const char *argv[] = { rsvg, "-o", svg_png_path, svg_path, NULL };
      int wait_status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &wait_status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
      g_clear_object (&texture);
      texture = gdk_texture_new_from_filename (svg_png_path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
    }
  else
    g_test_message ("rsvg-convert not found: the SVG was only parsed as XML");

  /* A folder that is not there: an error, no crash */
  g_assert_false (stride_chart_export (chart, missing, STRIDE_IMAGE_FORMAT_PNG, 100, 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_unlink (png_path);
  g_unlink (svg_path);
  g_unlink (svg_png_path);
  g_rmdir (dir);
}

static gboolean
text_shown (gpointer user_data)
{
  gpointer *args = user_data;
  g_autoptr(GPtrArray) texts = stride_test_collect_text (args[0]);

  return stride_test_text_contains (texts, args[1]);
}

static gboolean
chooser_in_folder (gpointer user_data)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (user_data);

  return folder != NULL;
}

static gboolean
chooser_has_file (gpointer user_data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (user_data);

  return file != NULL;
}

/* Chooses @name in the card's export dialog and accepts it, as a user
 * types a name and presses Export */
static void
export_from_card (GtkWidget  *card,
                  const char *name)
{
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (card, "card.export", NULL));
  stride_test_wait_until (stride_test_file_chooser_shown, NULL);
  chooser = stride_test_find_file_chooser ();
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Chart");
  /* The dialog starts in the current folder, which the test chose */
  stride_test_wait_until (chooser_in_folder, chooser);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  stride_test_wait_until (chooser_has_file, chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

/* Toasts into one overlay, as the window's toaster does into a page's */
#define TEST_TYPE_TOASTER (test_toaster_get_type ())
G_DECLARE_FINAL_TYPE (TestToaster, test_toaster, TEST, TOASTER, GObject)

struct _TestToaster
{
  GObject parent_instance;
  AdwToastOverlay *overlay;
};

static void
test_toaster_add_toast (StrideToaster *toaster,
                        AdwToast      *toast)
{
  adw_toast_overlay_add_toast (TEST_TOASTER (toaster)->overlay, toast);
}

static void
test_toaster_iface_init (StrideToasterInterface *iface)
{
  iface->add_toast = test_toaster_add_toast;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestToaster, test_toaster, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STRIDE_TYPE_TOASTER, test_toaster_iface_init))

static void
test_toaster_class_init (TestToasterClass *klass)
{
}

static void
test_toaster_init (TestToaster *self)
{
}

/* The card's menu asks where to save, writes the chart no smaller than
 * 800 × 360 pixels, adds the extension that the name lacks, and says so */
static void
test_chart_card_export (void)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *card = g_object_new (STRIDE_TYPE_CHART_CARD, "title", "Sessions per week", NULL);
  g_autoptr(TestToaster) toaster = g_object_new (TEST_TYPE_TOASTER, NULL);
  g_autofree char *dir = g_dir_make_tmp ("stride-chart-card-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "sessions.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "sessions.svg", NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *cwd = g_get_current_dir ();

  g_assert_cmpint (g_chdir (dir), ==, 0);
  add_sessions (stride_chart_card_get_chart (STRIDE_CHART_CARD (card)));
  toaster->overlay = ADW_TOAST_OVERLAY (overlay);
  stride_chart_card_set_toaster (STRIDE_CHART_CARD (card), STRIDE_TOASTER (toaster));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), card);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_for_frames (card, 2);

  /* No extension: the PNG filter, chosen first, decides */
  export_from_card (card, "sessions");
  stride_test_wait_until (text_shown, (gpointer[]) { overlay, (gpointer) "Chart saved as “sessions.png”" });
  texture = gdk_texture_new_from_filename (png_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 800);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 360);

  export_from_card (card, "sessions.svg");
  stride_test_wait_until (text_shown, (gpointer[]) { overlay, (gpointer) "Chart saved as “sessions.svg”" });
  g_assert_true (g_file_get_contents (svg_path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "<svg"));

  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_unlink (png_path);
  g_unlink (svg_path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static const Shot shots[] = {
  { CHART_SESSIONS, 360, 260, ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
  { CHART_SESSIONS, 360, 260, ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  { CHART_SESSIONS, 1280, 400, ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
  { CHART_SESSIONS, 1280, 400, ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  { CHART_REPS, 360, 300, ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
  { CHART_REPS, 360, 300, ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  { CHART_REPS, 1280, 400, ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
  { CHART_REPS, 1280, 400, ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  { CHART_EVENTS, 360, 220, ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
  { CHART_EVENTS, 360, 220, ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  { CHART_EVENTS, 1280, 300, ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
  { CHART_EVENTS, 1280, 300, ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  { CHART_EMPTY, 360, 220, ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
  { CHART_EMPTY, 1280, 300, ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
};

static JsonObject *
new_session_with_reps (GDateTime  *started,
                       const char *exercise,
                       guint       reps,
                       const char *other_exercise,
                       guint       other_reps)
{
  JsonObject *session = stride_session_new (started, "quick", "Quick");
  StrideSessionSet set = { .variation = STRIDE_SESSION_VARIATION_BASE, .number = 1, .reps_planned = 15,
                           .hold_seconds = -1 };

  stride_session_clear_sets (session);
  set.exercise = exercise;
  set.reps = reps;
  stride_session_add_set (session, &set);
  if (other_exercise != NULL)
    {
      set.exercise = other_exercise;
      set.reps = other_reps;
      stride_session_add_set (session, &set);
    }

  return session;
}

/* The reps chart over thirteen weeks: a line begins with the first
 * session, not with zeros for weeks before the runner began; the week
 * under way is left out of a line with reps in the weeks before (it
 * would read as a drop), but shown on a line it is all there is to */
/* Ten years of self-tests, one a month: no outcome's label is drawn
 * over a marker of its row, also the newest's, which may sit before its
 * marker at the right edge */
static void
test_chart_event_labels_clear (void)
{
  g_autoptr(StrideChart) chart = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));
  g_autoptr(StrideChartSeries) tests = stride_chart_series_new ("Bridge test", STRIDE_CHART_SERIES_EVENTS);
  const int widths[] = { 360, 600, 1280 };

  for (guint i = 0; i < 120; i++)
    stride_chart_series_add_event (tests, FIRST_MONDAY + 30 * i, i % 2 ? "Left weaker" : "Even");
  stride_chart_add_series (chart, tests);
  /* The period runs on past the last test, as “All” does to today */
  stride_chart_set_range (chart, 0, FIRST_MONDAY + 30 * 119 + 120);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (chart, widths[w], 240);
      double row_y = stride_chart_layout_row_y (layout, 0);
      guint n_labels = 0;

      for (guint t = 0; t < layout->texts->len; t++)
        {
          const StrideChartText *text = &g_array_index (layout->texts, StrideChartText, t);
          const char *words = pango_layout_get_text (text->layout);

          /* The row's labels, not the axis' */
          if (row_y < text->y || row_y > text->y + text->height)
            continue;
          n_labels++;
          for (guint p = 0; p < stride_chart_series_get_n_points (tests); p++)
            {
              double x, y;

              stride_chart_layout_point_position (layout, 0, p, &x, &y);
              if (x + 4.5 > text->x && x - 4.5 < text->x + text->width)
                g_error ("at %d px, “%s” from %.1f to %.1f covers the marker at %.1f", widths[w], words, text->x,
                         text->x + text->width, x);
            }
        }
      g_test_message ("%d px: %u labels", widths[w], n_labels);
    }

  /* Far apart, each has its label */
  {
    g_autoptr(StrideChart) sparse = g_object_ref_sink (STRIDE_CHART (stride_chart_new ()));
    g_autoptr(StrideChartSeries) few = stride_chart_series_new ("Bridge test", STRIDE_CHART_SERIES_EVENTS);
    g_autoptr(StrideChartLayout) layout = NULL;
    guint n_labels = 0;

    for (guint i = 0; i < 3; i++)
      stride_chart_series_add_event (few, FIRST_MONDAY + 120 * i, "Left weaker");
    stride_chart_add_series (sparse, few);
    layout = stride_chart_build_layout (sparse, 1280, 240);
    for (guint t = 0; t < layout->texts->len; t++)
      n_labels += g_str_equal (pango_layout_get_text (g_array_index (layout->texts, StrideChartText, t).layout),
                               "Left weaker");
    g_assert_cmpuint (n_labels, ==, 3);
  }
}

static void
test_chart_reps_weeks (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) two_weeks_ago = g_date_time_new (utc, 2026, 9, 30, 9, 0, 0);
  g_autoptr(GDateTime) last_week = g_date_time_new (utc, 2026, 10, 7, 9, 0, 0);
  g_autoptr(GDateTime) today = g_date_time_new (utc, 2026, 10, 14, 9, 0, 0);
  StrideWeek first, this_week;

  stride_week_init_for_time (&this_week, today, utc);
  first = this_week;
  stride_week_add (&first, -12);

  {
    g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
    g_autoptr(GPtrArray) results = g_ptr_array_new ();
    g_autoptr(StrideStats) stats = NULL;
    StrideChart *chart = STRIDE_CHART (g_object_ref_sink (stride_chart_new ()));
    StrideChartSeries *squats, *bridges;

    g_ptr_array_add (sessions, new_session_with_reps (two_weeks_ago, "squat", 10, NULL, 0));
    g_ptr_array_add (sessions, new_session_with_reps (last_week, "squat", 12, NULL, 0));
    g_ptr_array_add (sessions, new_session_with_reps (today, "squat", 5, "glute-bridge", 6));
    stats = stride_stats_new (sessions, results, utc);
    stride_progress_charts_fill_reps (chart, stats, &first, &this_week, &this_week);

    g_assert_cmpuint (stride_chart_get_n_series (chart), ==, 2);
    squats = stride_chart_get_series (chart, 0);
    bridges = stride_chart_get_series (chart, 1);
    g_assert_cmpstr (stride_chart_series_get_name (squats), ==, "Squats");
    g_assert_cmpstr (stride_chart_series_get_name (bridges), ==, "Glute Bridge");

    g_assert_cmpuint (stride_chart_series_get_n_points (squats), ==, 2);
    g_assert_cmpuint (stride_chart_series_get_point (squats, 0)->day, ==, this_week.monday - 14);
    g_assert_cmpfloat (stride_chart_series_get_point (squats, 0)->value, ==, 10);
    g_assert_cmpuint (stride_chart_series_get_point (squats, 1)->day, ==, this_week.monday - 7);
    g_assert_cmpfloat (stride_chart_series_get_point (squats, 1)->value, ==, 12);

    g_assert_cmpuint (stride_chart_series_get_n_points (bridges), ==, 3);
    g_assert_cmpuint (stride_chart_series_get_point (bridges, 0)->day, ==, this_week.monday - 14);
    g_assert_cmpfloat (stride_chart_series_get_point (bridges, 0)->value, ==, 0);
    g_assert_cmpuint (stride_chart_series_get_point (bridges, 2)->day, ==, this_week.monday);
    g_assert_cmpfloat (stride_chart_series_get_point (bridges, 2)->value, ==, 6);

    g_assert_finalize_object (chart);
  }

  /* A runner's first week: the lines are this week's reps */
  {
    g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
    g_autoptr(GPtrArray) results = g_ptr_array_new ();
    g_autoptr(StrideStats) stats = NULL;
    StrideChart *chart = STRIDE_CHART (g_object_ref_sink (stride_chart_new ()));
    StrideChartSeries *squats;

    g_ptr_array_add (sessions, new_session_with_reps (today, "squat", 10, NULL, 0));
    stats = stride_stats_new (sessions, results, utc);
    stride_progress_charts_fill_reps (chart, stats, &first, &this_week, &this_week);

    g_assert_cmpuint (stride_chart_get_n_series (chart), ==, 1);
    squats = stride_chart_get_series (chart, 0);
    g_assert_cmpuint (stride_chart_series_get_n_points (squats), ==, 1);
    g_assert_cmpuint (stride_chart_series_get_point (squats, 0)->day, ==, this_week.monday);
    g_assert_cmpfloat (stride_chart_series_get_point (squats, 0)->value, ==, 10);

    g_assert_finalize_object (chart);
  }
}

/* The pain chart in the words of the session record: a row per area
 * that hurt, in the session log's order, then areas this version does
 * not know, then the self-tests; each event says the side */
static void
test_chart_pain_words (gconstpointer data)
{
  const char *language = data;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) started = g_date_time_new (utc, 2026, 10, 1, 9, 0, 0);
  g_autoptr(StrideStats) stats = NULL;
  StrideChart *chart;
  JsonObject *session = stride_session_new (started, "quick", "Quick");
  JsonObject *result = json_object_new ();
  JsonObject *answers = json_object_new ();
  JsonObject *unknown;
  const char *expected[][2] = {
    { "Knee", "Left" }, { "Foot", "Both sides" }, { "Other", "Pain" }, { "Self-test", "During the test" },
  };
  const char *expected_de[][2] = {
    { "Knie", "Links" }, { "Fuß", "Beidseitig" }, { "Anderes", "Schmerz" }, { "Selbsttest", "Beim Test" },
  };

  if (language != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (language);
      return;
    }

  stride_session_clear_pain (session);
  stride_session_add_pain (session, STRIDE_PAIN_AREA_FOOT, STRIDE_PAIN_SIDE_BOTH);
  stride_session_add_pain (session, STRIDE_PAIN_AREA_KNEE, STRIDE_PAIN_SIDE_LEFT);
  /* An area a later version may ask about, without a side */
  unknown = json_object_new ();
  json_object_set_string_member (unknown, STRIDE_PAIN_REPORT_AREA, "elbow");
  json_array_add_object_element (json_object_get_array_member (session, STRIDE_SESSION_PAIN), unknown);
  g_ptr_array_add (sessions, session);

  json_object_set_string_member (result, "test", "squat-test");
  json_object_set_string_member (result, "taken", "2026-10-02T09:00:00Z");
  json_object_set_string_member (result, "outcome", "ok");
  json_object_set_boolean_member (answers, "pain", TRUE);
  json_object_set_object_member (result, "answers", answers);
  g_ptr_array_add (results, result);

  stats = stride_stats_new (sessions, results, utc);
  chart = STRIDE_CHART (g_object_ref_sink (stride_chart_new ()));
  stride_progress_charts_fill_pain (chart, stats);

  g_assert_cmpuint (stride_chart_get_n_series (chart), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      StrideChartSeries *series = stride_chart_get_series (chart, i);
      const char *const *words = language != NULL ? expected_de[i] : expected[i];

      g_test_message ("%s: %s", stride_chart_series_get_name (series), stride_chart_series_get_point (series, 0)->label);
      g_assert_cmpstr (stride_chart_series_get_name (series), ==, words[0]);
      g_assert_cmpuint (stride_chart_series_get_n_points (series), ==, 1);
      g_assert_cmpstr (stride_chart_series_get_point (series, 0)->label, ==, words[1]);
    }

  g_assert_finalize_object (chart);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* GTK keeps what a screen reader is told for a test to read only with
   * its test backend */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = stride_test_init_app (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/chart/screenshot/%s-%d-%s",
                                               kind_names[shots[i].kind], shots[i].width, shots[i].style);

      g_test_add_data_func (path, &shots[i], test_chart_screenshot);
    }
  g_test_add_func ("/stride/chart/keyboard", test_chart_keyboard);
  g_test_add_func ("/stride/chart/hover", test_chart_hover);
  g_test_add_func ("/stride/chart/summary", test_chart_summary);
  g_test_add_func ("/stride/chart/export", test_chart_export);
  g_test_add_func ("/stride/chart/card-export", test_chart_card_export);
  g_test_add_func ("/stride/chart/reps-weeks", test_chart_reps_weeks);
  g_test_add_func ("/stride/chart/event-labels-clear", test_chart_event_labels_clear);
  g_test_add_data_func ("/stride/chart/pain-words", NULL, test_chart_pain_words);
  g_test_add_data_func ("/stride/chart/pain-words/de", "de", test_chart_pain_words);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
