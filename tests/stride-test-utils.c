/* stride-test-utils.c
 *
 * What the in-process UI tests share: starting the app without running
 * it, waiting on the main loop for a condition (never for a fixed time),
 * looking into widget trees, and saving screenshots for review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>

#include "stride-application.h"
#include "stride-movement.h"
#include "stride-test-i18n.h"
#include "stride-test-utils.h"
#include "stride-vec3.h"
#include "stride-window.h"

#define WAIT_TIMEOUT_SECONDS 30

/**
 * stride_test_init_app:
 *
 * Initializes GTK for testing and registers a Stride application, so that
 * its start-up (styles, icons, accelerators) has run, without entering
 * its main loop.
 *
 * Returns: (transfer full): the application
 */
GApplication *
stride_test_init_app (int    *argc,
                      char ***argv)
{
  const char *xdg_variables[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR" };
  g_autoptr(GError) error = NULL;
  StrideApplication *app;

  /* The build tree's private home, in place of the user's */
  for (guint i = 0; i < G_N_ELEMENTS (xdg_variables); i++)
    {
      const char *dir = g_getenv (xdg_variables[i]);

      if (dir != NULL)
        g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
    }

  /* Progress of its own for each run of each test program, within the
   * home tests/meson.build gives them all: what an earlier or interrupted
   * run stored does not change what this one sees. A test that made a
   * home of its own keeps it. */
  if (g_strcmp0 (g_getenv ("XDG_DATA_HOME"), TEST_BUILD_DIR "/home/data") == 0)
    {
      g_autofree char *name = g_path_get_basename ((*argv)[0]);
      g_autofree char *data_home = g_strdup_printf ("%s/%s-XXXXXX", g_getenv ("XDG_DATA_HOME"), name);

      g_assert_nonnull (g_mkdtemp (data_home));
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
    }

  /* The recovery journal of unsaved progress likewise */
  if (g_getenv ("XDG_STATE_HOME") == NULL
      || g_strcmp0 (g_getenv ("XDG_STATE_HOME"), TEST_BUILD_DIR "/home/state") == 0)
    {
      g_autofree char *state_home = g_build_filename (g_getenv ("XDG_DATA_HOME"), "state", NULL);

      g_setenv ("XDG_STATE_HOME", state_home, TRUE);
    }

  stride_test_init_language ();
  gtk_test_init (argc, argv, NULL);

  app = stride_application_new (STRIDE_TYPE_WINDOW);
  /* Tests run side by side on one session bus: each is its own instance */
  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return G_APPLICATION (app);
}

static gboolean
on_wait_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * stride_test_wait_until_at:
 *
 * Iterates the main context until @condition holds; fails the test if it
 * does not within a generous timeout, naming @condition_name and
 * @location. Called as stride_test_wait_until (condition, user_data).
 */
void
stride_test_wait_until_at (StrideTestCondition  condition,
                           gpointer             user_data,
                           const char          *condition_name,
                           const char          *location)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WAIT_TIMEOUT_SECONDS, on_wait_timeout, &timed_out);

  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("%s: %s not met within %d seconds", location, condition_name, WAIT_TIMEOUT_SECONDS);

  g_source_remove (timeout_id);
}

typedef struct
{
  GtkWidget *widget;
  guint painted;
  guint wanted;
} FrameCount;

static void
on_after_paint (GdkFrameClock *clock,
                FrameCount    *count)
{
  /* Each frame asks for the next, until enough have been painted */
  if (++count->painted < count->wanted)
    gtk_widget_queue_draw (count->widget);
}

static gboolean
frames_painted (gpointer user_data)
{
  FrameCount *count = user_data;

  return count->painted >= count->wanted;
}

/**
 * stride_test_wait_for_frames:
 *
 * Waits until @widget's window has painted @n_frames more frames, so that
 * layout, styles, transitions and drawing have settled.
 */
void
stride_test_wait_for_frames (GtkWidget *widget,
                             guint      n_frames)
{
  FrameCount count = { widget, 0, n_frames };
  GdkFrameClock *clock;
  gulong handler;

  g_assert_true (gtk_widget_get_realized (widget));
  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &count);

  gtk_widget_queue_draw (widget);
  stride_test_wait_until (frames_painted, &count);
  g_signal_handler_disconnect (clock, handler);
}

/* A condition for stride_test_wait_until(): @widget is mapped */
gboolean
stride_test_widget_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/**
 * stride_test_settle:
 *
 * Lets @window catch up with the store and the settings: what is pending
 * is dispatched, then two frames are drawn
 */
void
stride_test_settle (GtkWidget *window)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  stride_test_wait_for_frames (window, 2);
}

/**
 * stride_test_show_progress_page:
 * @width: the window's width; 1100 px high
 * @now: the time the page counts from
 * @window: (out): the new window
 *
 * Opens a window of the app on its Progress area and waits until it is
 * drawn.
 *
 * Returns: (transfer none): the Progress page
 */
StrideProgressPage *
stride_test_show_progress_page (GApplication  *app,
                                int            width,
                                GDateTime     *now,
                                GtkWindow    **window)
{
  StrideWindow *shown = stride_window_new (STRIDE_APPLICATION (app));
  StrideProgressPage *page;

  gtk_window_set_default_size (GTK_WINDOW (shown), width, 1100);
  gtk_window_present (GTK_WINDOW (shown));
  stride_window_show_area (shown, "progress");
  page = STRIDE_PROGRESS_PAGE (stride_test_find_widget (GTK_WIDGET (shown), STRIDE_TYPE_PROGRESS_PAGE, NULL));
  g_assert_nonnull (page);
  stride_progress_page_set_now (page, now);
  stride_test_wait_until (stride_test_widget_is_mapped, page);
  stride_test_wait_for_frames (GTK_WIDGET (shown), 3);

  *window = GTK_WINDOW (shown);
  return page;
}

/**
 * stride_test_forget_window_size:
 *
 * A main window that closes keeps its size for the next one to open
 * with; a test that closed one calls this, so that the tests after it
 * open theirs at the size they expect.
 */
void
stride_test_forget_window_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

static gboolean
is_cleared (gpointer user_data)
{
  return *(gpointer *) user_data == NULL;
}

/**
 * stride_test_close_window:
 * @window: (inout): a main window; cleared once it has closed
 *
 * Closes *@window as its close button does.
 *
 * Returns: (transfer none) (nullable): the question it asks before it
 *   closes, or %NULL once it has closed without one
 */
AdwMessageDialog *
stride_test_close_window (StrideWindow **window)
{
  g_object_add_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  gtk_window_close (GTK_WINDOW (*window));
  if (*window == NULL)
    {
      stride_test_forget_window_size ();
      return NULL;
    }
  g_object_remove_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  return ADW_MESSAGE_DIALOG (stride_test_find_dialog (GTK_WINDOW (*window)));
}

/**
 * stride_test_answer_close_question:
 * @window: (inout): the window that asked; cleared once it has closed
 *
 * Answers @dialog, the question *@window asked before closing, with
 * @response, and waits for the window to close.
 */
void
stride_test_answer_close_question (StrideWindow     **window,
                                   AdwMessageDialog  *dialog,
                                   const char        *response)
{
  g_object_add_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  adw_message_dialog_response (dialog, response);
  /* Answered, it is no longer what a runner sees */
  gtk_window_destroy (GTK_WINDOW (dialog));
  stride_test_wait_until (is_cleared, window);
  stride_test_forget_window_size ();
}

/**
 * stride_test_remap_at_size:
 * @window: a window, mapped or not
 *
 * Shows @window at a default size of @width × @height. A mapped window
 * keeps its size when its default size changes, so it is hidden and
 * mapped again at the new one. Returns at once: wait for the size.
 */
void
stride_test_remap_at_size (GtkWindow *window,
                           int        width,
                           int        height)
{
  gtk_widget_hide (GTK_WIDGET (window));
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
}

/**
 * stride_test_is_focus:
 * @widget: a widget
 *
 * Whether @widget is the focus widget of its window: what a keyboard
 * user types into. Unlike gtk_widget_has_focus(), it does not depend on
 * the window being active, which a test window under Xvfb without a
 * window manager is not with GTK 4.18 (Debian 13).
 */
gboolean
stride_test_is_focus (gpointer widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return root != NULL && gtk_root_get_focus (root) == widget;
}

/**
 * stride_test_find_widget:
 * @type: the widget type to look for
 * @name: (nullable): a css name (gtk_widget_set_name) to match, or %NULL
 *
 * Returns: (transfer none) (nullable): the first match, depth first
 */
GtkWidget *
stride_test_find_widget (GtkWidget  *root,
                         GType       type,
                         const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = stride_test_find_widget (child, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_text (GtkWidget *widget,
              GPtrArray *texts)
{
  /* A stack's other pages and a closed revealer's child are visible
   * widgets that nobody sees */
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      /* As read: a word joiner, which only keeps a line from breaking,
       * is not seen */
      GString *text = g_string_new (gtk_label_get_text (GTK_LABEL (widget)));

      g_string_replace (text, "\u2060", "", 0);
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, texts);
}

/**
 * stride_test_collect_text:
 *
 * Returns: (transfer full): the text of every visible label under @root:
 *   what a user can read there
 */
GPtrArray *
stride_test_collect_text (GtkWidget *root)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_text (root, texts);

  return texts;
}

gboolean
stride_test_text_contains (GPtrArray  *texts,
                           const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (texts, i), text) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * stride_test_find_dialog:
 *
 * Returns: (transfer none) (nullable): a message dialog over @parent
 */
GtkWindow *
stride_test_find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return window;
    }

  return NULL;
}

/* A condition for stride_test_wait_until(): a dialog over the window */
gboolean
stride_test_dialog_shown (gpointer parent)
{
  return stride_test_find_dialog (parent) != NULL;
}

/**
 * stride_test_find_file_chooser:
 *
 * Returns: (transfer none) (nullable): the shown file chooser dialog,
 *   e.g. the one a native chooser falls back to without a portal
 */
GtkWindow *
stride_test_find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* A condition for stride_test_wait_until(): a file chooser is shown */
gboolean
stride_test_file_chooser_shown (gpointer user_data)
{
  return stride_test_find_file_chooser () != NULL;
}

/**
 * stride_test_find_button:
 * @label: the button's label, with its mnemonic underscore
 *
 * Returns: (transfer none) (nullable): a mapped button with @label under
 *   @root, e.g. a toast's Undo
 */
GtkButton *
stride_test_find_button (GtkWidget  *root,
                         const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0
      && gtk_widget_get_mapped (root))
    return GTK_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = stride_test_find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
button_shown (gpointer user_data)
{
  gpointer *args = user_data;

  return stride_test_find_button (args[0], args[1]) != NULL;
}

/**
 * stride_test_wait_for_toast:
 * @root: where the toast is shown, e.g. a window
 * @label: the label of the toast's button
 *
 * Waits until a toast with a button labelled @label is shown and has slid
 * all the way in: it stays in place from one painted frame to the next.
 * A runner cannot press its button any sooner; and libadwaita 1.2 frees a
 * toast dismissed while it still slides in, in place of another, before
 * its animation has ended.
 */
void
stride_test_wait_for_toast (GtkWidget  *root,
                            const char *label)
{
  gpointer args[2] = { root, (gpointer) label };
  GtkWidget *toast;
  graphene_rect_t before, after;

  stride_test_wait_until (button_shown, args);
  toast = GTK_WIDGET (stride_test_find_button (root, label));
  while (toast != NULL && !g_str_equal (gtk_widget_get_css_name (toast), "toast"))
    toast = gtk_widget_get_parent (toast);
  g_assert_nonnull (toast);

  for (guint frame = 0;; frame++)
    {
      g_assert_cmpuint (frame, <, 600);
      g_assert_true (gtk_widget_compute_bounds (toast, gtk_widget_get_parent (toast), &before));
      stride_test_wait_for_frames (toast, 1);
      g_assert_true (gtk_widget_compute_bounds (toast, gtk_widget_get_parent (toast), &after));
      if (graphene_rect_equal (&before, &after))
        return;
    }
}

/**
 * stride_test_snapshot_widget:
 *
 * What @widget showed in its window's last frame, as a render node of
 * its own size. A widget that has asked to be drawn again (a blinking
 * cursor, a transition, an animation between two of its frames) has
 * dropped its last picture until its next frame: then the picture is
 * taken after that frame.
 *
 * Returns: (transfer full): the picture
 */
GskRenderNode *
stride_test_snapshot_widget (GtkWidget *widget)
{
  GskRenderNode *node = NULL;

  g_assert_true (gtk_widget_get_mapped (widget));

  for (guint frames = 0; node == NULL && frames <= 10; frames++)
    {
      g_autoptr(GdkPaintable) paintable = NULL;
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      if (frames > 0)
        stride_test_wait_for_frames (widget, 1);
      paintable = gtk_widget_paintable_new (widget);
      gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  return node;
}

/**
 * stride_test_save_screenshot:
 * @name: file name without extension
 *
 * Renders @widget as it is on screen, over its window's background, into
 * `<build>/tests/screenshots/<name>.png`.
 *
 * Returns: (transfer full): the path written
 */
char *
stride_test_save_screenshot (GtkWidget  *widget,
                             const char *name)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (TEST_BUILD_DIR, "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir, file, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  graphene_rect_t bounds;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  /* What is seen is also what a screen reader can name; GTK keeps the
   * names for a test to read only with its test backend */
  if (g_strcmp0 (g_getenv ("GTK_A11Y"), "test") == 0)
    stride_test_assert_buttons_named (window);

  /* The window draws the background that its content sits on */
  node = stride_test_snapshot_widget (window);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  g_assert_true (gdk_texture_save_to_png (texture, path));

  return path;
}

/* The X window of @native, as xdotool takes it */
static char *
x_window_of (GtkNative *native)
{
  GdkSurface *surface = gtk_native_get_surface (native);

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  return g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
}

/* Runs xdotool with @argv, NULL-terminated, and waits for it */
static void
run_xdotool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
}

/**
 * stride_test_press_keys:
 * @window: a mapped window
 * @keys: key names as xdotool takes them, e.g. "Escape" or "alt+Left"
 *
 * Types @keys into @window through the X server, as a keyboard would, so
 * that the app's own shortcuts and bindings handle them.
 */
void
stride_test_press_keys (GtkWindow  *window,
                        const char *keys)
{
  g_autofree char *xid = x_window_of (GTK_NATIVE (window));
  const char *argv[] = { "xdotool", "windowfocus", "--sync", xid, "key", "--clearmodifiers", keys, NULL };

  run_xdotool (argv);
}

/**
 * stride_test_hide_window_on_screen:
 * @hidden: %TRUE to take @window off the screen, %FALSE to put it back
 *
 * Unmaps or maps @window's surface through the X server, as minimizing
 * it does: GTK's widgets stay mapped, but its frame clock stops.
 */
void
stride_test_hide_window_on_screen (GtkWindow *window,
                                   gboolean   hidden)
{
  g_autofree char *xid = x_window_of (GTK_NATIVE (window));
  const char *argv[] = { "xdotool", hidden ? "windowunmap" : "windowmap", "--sync", xid, NULL };

  run_xdotool (argv);
}

/**
 * stride_test_scroll_over:
 * @widget: a widget shown in a mapped window
 * @clicks: wheel clicks, down when positive, up when negative
 *
 * Moves the pointer to the middle of @widget and turns the mouse wheel
 * through the X server, as a runner's mouse would. The caller waits for
 * what the scroll does.
 */
void
stride_test_scroll_over (GtkWidget *widget,
                         int        clicks)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0f,
                                                 gtk_widget_get_height (widget) / 2.0f);
  graphene_point_t point;
  double surface_x, surface_y;
  g_autofree char *xid = x_window_of (native);
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  g_autofree char *repeat = g_strdup_printf ("%d", ABS (clicks));

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &middle, &point));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  x = g_strdup_printf ("%d", (int) (point.x + surface_x));
  y = g_strdup_printf ("%d", (int) (point.y + surface_y));

  {
    /* Button 4 is the wheel turned up, 5 down */
    const char *argv[] = { "xdotool", "mousemove", "--sync", "--window", xid, x, y,
                           "click", "--repeat", repeat, clicks > 0 ? "5" : "4", NULL };

    run_xdotool (argv);
  }
}

/**
 * stride_test_scroll_over_until:
 *
 * Turns the wheel over @widget, as stride_test_scroll_over() does, until
 * @condition holds: once in a full run under load, a turn sent through
 * the X server reached no scroll controller, so after 5 s without it the
 * wheel is turned again, as a runner would, up to 5 times in all.
 */
void
stride_test_scroll_over_until (GtkWidget           *widget,
                               int                  clicks,
                               StrideTestCondition  condition,
                               gpointer             user_data)
{
  for (guint attempt = 0; attempt < 5; attempt++)
    {
      gboolean timed_out = FALSE;
      guint timeout_id;

      stride_test_scroll_over (widget, clicks);
      timeout_id = g_timeout_add_seconds (5, on_wait_timeout, &timed_out);
      while (!condition (user_data) && !timed_out)
        g_main_context_iteration (NULL, TRUE);
      if (!timed_out)
        {
          g_source_remove (timeout_id);
          return;
        }
      g_test_message ("No scroll seen after turn %u of the wheel", attempt + 1);
    }

  g_error ("Turning the wheel 5 times over a %s did not do what was awaited", G_OBJECT_TYPE_NAME (widget));
}

/* How to tell from the skeleton which side a one-sided movement works,
 * and how its description names that side. Worked out from the joints,
 * not from any flag of the movement, so a picture drawn for the other
 * side is caught. */
typedef enum
{
  WORKS_THE_LEG_THAT_MOVES,  /* the knee and foot that travel farther */
  WORKS_THE_LEG_STOOD_ON,    /* the foot nearer the floor */
} SideEvidence;

static const struct
{
  const char  *movement;
  SideEvidence evidence;
  /* The words around the worked side ("left" or "right"), or the other one */
  const char  *before;
  const char  *after;
  gboolean     phrase_names_other_side;
} sided_movements[] = {
  { "squat-harder", WORKS_THE_LEG_STOOD_ON, "standing on the ", " leg", FALSE },
  { "clamshell", WORKS_THE_LEG_THAT_MOVES, "lying on the ", " side", TRUE },
  { "clamshell-harder", WORKS_THE_LEG_THAT_MOVES, "lying on the ", " side", TRUE },
  { "side-step", WORKS_THE_LEG_THAT_MOVES, "the ", " foot steps sideways", FALSE },
  { "side-step-harder", WORKS_THE_LEG_THAT_MOVES, "the ", " foot steps sideways", FALSE },
  { "glute-bridge-harder", WORKS_THE_LEG_STOOD_ON, "hips lift on the ", " foot", FALSE },
  { "hip-extension", WORKS_THE_LEG_THAT_MOVES, "the ", " leg lifts", FALSE },
  { "bridge-test", WORKS_THE_LEG_THAT_MOVES, "the ", " foot lifts", FALSE },
  { "bridge-test-drop", WORKS_THE_LEG_THAT_MOVES, "the ", " foot lifts", FALSE },
};

static guint
find_sided_movement (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sided_movements); i++)
    if (g_strcmp0 (sided_movements[i].movement, id) == 0)
      return i;

  g_error ("The tests do not know how to tell the side of movement %s", id);
}

static double
distance (StrideVec3 a,
          StrideVec3 b)
{
  return stride_vec3_length (stride_vec3_sub (a, b));
}

/**
 * stride_test_figure_worked_side:
 *
 * Returns: the side of the body that @figure shows at work, as a person
 *   looking at the picture sees it (a mirror image shows the other
 *   side), or %STRIDE_SIDE_NONE for a movement that works both at once
 */
StrideSide
stride_test_figure_worked_side (StrideFigureView *figure)
{
  const StrideMovement *movement = stride_movement_lookup (stride_figure_view_get_movement (figure));
  StrideFigureScene start, end;
  StrideBodySide worked;
  guint index;

  g_assert_nonnull (movement);
  if (!stride_movement_is_sided (movement))
    return STRIDE_SIDE_NONE;

  index = find_sided_movement (stride_movement_get_id (movement));
  stride_movement_get_scene (movement, 0, &start);
  stride_movement_get_scene (movement, stride_movement_get_end_phase (movement), &end);

  if (sided_movements[index].evidence == WORKS_THE_LEG_THAT_MOVES)
    {
      double moved[STRIDE_N_BODY_SIDES];

      for (StrideBodySide side = 0; side < STRIDE_N_BODY_SIDES; side++)
        moved[side] = distance (start.skeleton.joints[STRIDE_JOINT_KNEE_LEFT + side],
                                end.skeleton.joints[STRIDE_JOINT_KNEE_LEFT + side])
                      + distance (start.skeleton.joints[STRIDE_JOINT_ANKLE_LEFT + side],
                                  end.skeleton.joints[STRIDE_JOINT_ANKLE_LEFT + side]);
      g_assert_cmpfloat (fabs (moved[STRIDE_BODY_LEFT] - moved[STRIDE_BODY_RIGHT]), >, 0.05);
      worked = moved[STRIDE_BODY_LEFT] > moved[STRIDE_BODY_RIGHT] ? STRIDE_BODY_LEFT : STRIDE_BODY_RIGHT;
    }
  else
    {
      double left = end.skeleton.joints[STRIDE_JOINT_ANKLE_LEFT].y;
      double right = end.skeleton.joints[STRIDE_JOINT_ANKLE_RIGHT].y;

      g_assert_cmpfloat (fabs (left - right), >, 0.05);
      worked = left < right ? STRIDE_BODY_LEFT : STRIDE_BODY_RIGHT;
    }

  /* The mirror image of a left leg at work is a right one */
  if (stride_figure_view_get_mirrored (figure))
    worked = worked == STRIDE_BODY_LEFT ? STRIDE_BODY_RIGHT : STRIDE_BODY_LEFT;

  return worked == STRIDE_BODY_LEFT ? STRIDE_SIDE_LEFT : STRIDE_SIDE_RIGHT;
}

/**
 * stride_test_assert_figure_side:
 * @side: the side the text beside @figure names
 *
 * Fails unless @figure shows @side at work and its description for
 * screen readers (in English) names that side.
 */
void
stride_test_assert_figure_side (StrideFigureView *figure,
                                StrideSide        side)
{
  const char *description = stride_figure_view_get_description (figure);
  const char *said, *other;
  g_autofree char *right_phrase = NULL;
  g_autofree char *wrong_phrase = NULL;
  guint index;

  g_assert_cmpint (stride_test_figure_worked_side (figure), ==, side);
  if (side == STRIDE_SIDE_NONE)
    return;

  index = find_sided_movement (stride_figure_view_get_movement (figure));
  said = side == STRIDE_SIDE_LEFT ? "left" : "right";
  other = side == STRIDE_SIDE_LEFT ? "right" : "left";
  if (sided_movements[index].phrase_names_other_side)
    {
      const char *swap = said;

      said = other;
      other = swap;
    }
  right_phrase = g_strconcat (sided_movements[index].before, said, sided_movements[index].after, NULL);
  wrong_phrase = g_strconcat (sided_movements[index].before, other, sided_movements[index].after, NULL);
  g_assert_nonnull (description);
  if (strstr (description, right_phrase) == NULL || strstr (description, wrong_phrase) != NULL)
    g_error ("The description of %s for the %s side reads “%s”",
             stride_figure_view_get_movement (figure), side == STRIDE_SIDE_LEFT ? "left" : "right",
             description);
}

/**
 * stride_test_pose_distance:
 *
 * Returns: how far apart @movement's poses at phases @a and @b are: the
 *   largest distance between two of their joints, in metres
 */
double
stride_test_pose_distance (const StrideMovement *movement,
                           double                a,
                           double                b)
{
  StridePose pose_a, pose_b;
  StrideSkeleton one, other;
  double largest = 0;

  stride_movement_get_pose (movement, a, &pose_a);
  stride_movement_get_pose (movement, b, &pose_b);
  stride_pose_solve (&pose_a, &one);
  stride_pose_solve (&pose_b, &other);
  for (guint i = 0; i < STRIDE_N_JOINTS; i++)
    largest = MAX (largest, stride_vec3_length (stride_vec3_sub (one.joints[i], other.joints[i])));

  return largest;
}

static gboolean
has_visible_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
      && gtk_label_get_text (GTK_LABEL (widget))[0] != '\0')
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_visible_text (child))
      return TRUE;

  return FALSE;
}

/**
 * stride_test_assert_buttons_named:
 * @root: where to look, with GTK_A11Y=test
 *
 * Fails if a button shown under @root has no name for a screen reader:
 * no text of its own and no label set, such as a button with an icon and
 * only a tooltip (GTK 4.8 has it labelled by the icon, which a screen
 * reader reads as “GtkImage”).
 */
void
stride_test_assert_buttons_named (GtkWidget *root)
{
  if (!gtk_widget_get_mapped (root))
    return;

  /* A menu button's own button is read by the menu button's name; a
   * spin button's and the window controls' are GTK's to name */
  if ((GTK_IS_BUTTON (root) || GTK_IS_MENU_BUTTON (root))
      && !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (root))
      && !GTK_IS_SPIN_BUTTON (gtk_widget_get_parent (root))
      && !GTK_IS_WINDOW_CONTROLS (gtk_widget_get_parent (root))
      && !has_visible_text (root)
      && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (root);

      GtkWidget *child = gtk_widget_get_first_child (root);

      g_error ("A %s in a %s in a %s, holding a %s%s%s, with no name for a screen reader (tooltip: %s)",
               G_OBJECT_TYPE_NAME (root), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (root)),
               G_OBJECT_TYPE_NAME (gtk_widget_get_parent (gtk_widget_get_parent (root))),
               child != NULL ? G_OBJECT_TYPE_NAME (child) : "nothing",
               GTK_IS_IMAGE (child) ? " " : "",
               GTK_IS_IMAGE (child) && gtk_image_get_icon_name (GTK_IMAGE (child)) != NULL
               ? gtk_image_get_icon_name (GTK_IMAGE (child)) : "",
               tooltip != NULL ? tooltip : "none");
    }

  /* GTK 4.8 reads a name set on a row and then the title that
   * libadwaita labels it by: “Take the Hip Bridge Test Take the Test” */
  if (ADW_IS_PREFERENCES_ROW (root)
      && gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL)
      && gtk_test_accessible_has_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    g_error ("A %s in a %s whose name a screen reader reads with its labels' after it",
             G_OBJECT_TYPE_NAME (root), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (root)));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    stride_test_assert_buttons_named (child);
}

/**
 * stride_test_get_focused_choice:
 * @window: a window with a drop-down or combo row open
 *
 * Returns: (nullable): the text of the choice the keyboard is on in the
 *   open list, or %NULL if the keyboard is not in one
 */
const char *
stride_test_get_focused_choice (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *box;

  if (focus == NULL || gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) == NULL)
    return NULL;
  box = gtk_widget_get_first_child (focus);
  if (box == NULL || !GTK_IS_LABEL (gtk_widget_get_first_child (box)))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (box)));
}

/**
 * stride_test_focused_choice_is:
 * @user_data: the window and the text of a choice, in an array
 */
gboolean
stride_test_focused_choice_is (gpointer user_data)
{
  gpointer *args = user_data;

  return g_strcmp0 (stride_test_get_focused_choice (args[0]), args[1]) == 0;
}
