/* test-screenshots.c
 *
 * The library and an exercise page at a phone's width and a laptop's, in
 * light and dark style, and in German: fits without clipping, and leaves
 * PNGs in the build directory to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "stride-catalog.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;

typedef struct
{
  int width;
  int height;
  AdwColorScheme scheme;
  const char *style;
  const char *language;
} Shot;

typedef struct
{
  GtkWidget *content;
  const Shot *shot;
} SizeCheck;

static gboolean
content_has_size (gpointer user_data)
{
  SizeCheck *check = user_data;

  return gtk_widget_get_mapped (check->content)
         && gtk_widget_get_width (check->content) == check->shot->width
         && gtk_widget_get_height (check->content) == check->shot->height;
}

/* Sizes the window so that its content, what the user sees inside the
 * frame that X11 windows without a compositor get, is the shot's size. */
static GtkWidget *
size_window (StrideWindow *window,
             const Shot   *shot)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  SizeCheck check = { content, shot };
  int frame_width, frame_height;

  gtk_window_set_default_size (GTK_WINDOW (window), shot->width, shot->height);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_for_frames (GTK_WIDGET (window), 1);

  frame_width = shot->width - gtk_widget_get_width (content);
  frame_height = shot->height - gtk_widget_get_height (content);
  stride_test_remap_at_size (GTK_WINDOW (window), shot->width + frame_width, shot->height + frame_height);
  stride_test_wait_until (content_has_size, &check);

  return content;
}

static gboolean
transition_done (gpointer user_data)
{
  return !adw_leaflet_get_child_transition_running (user_data);
}

/* Names the innermost widgets that are wider than @width at their
 * smallest, to say what to fix when a page does not fit */
static gboolean
report_too_wide (GtkWidget *widget,
                 int        width)
{
  gboolean child_reported = FALSE;
  int minimum;

  if (!gtk_widget_get_visible (widget))
    return FALSE;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= width)
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    child_reported |= report_too_wide (child, width);

  if (!child_reported)
    g_test_message ("Too wide: %s (%s, “%s”) needs %d px",
                    G_OBJECT_TYPE_NAME (widget), gtk_widget_get_css_name (widget),
                    GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "",
                    minimum);
  return TRUE;
}

static void
assert_fits (GtkWidget *content,
             int        width)
{
  int minimum, natural;

  /* Everything can shrink to the window's width: nothing is cut off */
  report_too_wide (content, width);
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, width);
}

static void
save (GtkWidget  *content,
      const char *what,
      const Shot *shot)
{
  g_autofree char *name = g_strdup_printf ("%s-%d-%s%s%s", what, shot->width, shot->style,
                                           shot->language ? "-" : "",
                                           shot->language ? shot->language : "");
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  stride_test_wait_for_frames (content, 2);
  path = stride_test_save_screenshot (content, name);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, shot->width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, shot->height);
  g_test_message ("Screenshot: %s", path);
}

static void
test_screenshot (gconstpointer data)
{
  const Shot *shot = data;
  StrideWindow *window;
  GtkWidget *content;
  GtkWidget *leaflet;

  if (shot->language != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (shot->language);
      return;
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), shot->scheme);

  window = stride_window_new (STRIDE_APPLICATION (app));
  content = size_window (window, shot);
  leaflet = stride_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL);

  assert_fits (content, shot->width);
  save (content, "library", shot);

  if (g_strcmp0 (shot->language, "de") == 0)
    {
      g_autoptr(GPtrArray) texts = stride_test_collect_text (content);

      g_assert_true (stride_test_text_contains (texts, "Kniebeugen"));
      g_assert_true (stride_test_text_contains (texts, "Alle Muskeln"));
    }

  stride_window_show_exercise (window, stride_catalog_lookup (stride_catalog_get_default (), "clamshell"));
  stride_test_wait_until (transition_done, leaflet);
  assert_fits (content, shot->width);
  save (content, "exercise", shot);

  stride_window_show_exercise (window, stride_catalog_lookup (stride_catalog_get_default (), "bridge-test"));
  stride_test_wait_until (transition_done, leaflet);
  assert_fits (content, shot->width);
  save (content, "self-test", shot);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  stride_test_wait_until (transition_done, leaflet);
  stride_window_show_area (window, "self-tests");
  save (content, "self-tests", shot);

  stride_window_show_area (window, "workout");
  save (content, "workout", shot);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window that has just asked to be drawn again, as a blinking cursor
 * or a running transition does between two frames, has no picture of
 * itself until its next frame: a screenshot then still shows it */
static void
test_screenshot_between_frames (void)
{
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  graphene_rect_t bounds;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_test_wait_for_frames (GTK_WIDGET (window), 2);

  gtk_widget_queue_draw (GTK_WIDGET (window));
  path = stride_test_save_screenshot (GTK_WIDGET (window), "between-frames");
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (window), GTK_WIDGET (window), &bounds));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, (int) ceilf (bounds.size.width));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, (int) ceilf (bounds.size.height));

  gtk_window_destroy (GTK_WINDOW (window));
}

static const Shot shots[] = {
  { 360, 720, ADW_COLOR_SCHEME_FORCE_LIGHT, "light", NULL },
  { 360, 720, ADW_COLOR_SCHEME_FORCE_DARK, "dark", NULL },
  { 1280, 800, ADW_COLOR_SCHEME_FORCE_LIGHT, "light", NULL },
  { 1280, 800, ADW_COLOR_SCHEME_FORCE_DARK, "dark", NULL },
  { 360, 720, ADW_COLOR_SCHEME_FORCE_LIGHT, "light", "de" },
  { 1280, 800, ADW_COLOR_SCHEME_FORCE_DARK, "dark", "de" },
};

int
main (int   argc,
      char *argv[])
{
  int status;

  app = stride_test_init_app (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/screenshots/%d-%s%s%s",
                                               shots[i].width, shots[i].style,
                                               shots[i].language ? "-" : "",
                                               shots[i].language ? shots[i].language : "");

      g_test_add_data_func (path, &shots[i], test_screenshot);
    }

  g_test_add_func ("/stride/screenshots/between-frames", test_screenshot_between_frames);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
