/* test-narrow.c
 *
 * Every page and dialog on a phone's width, 360 px, in English and in
 * German: each page's smallest width, measured as GTK lays it out, fits
 * the window, so nothing is cut off at the right, and no range of
 * numbers can be broken over two lines. The player is measured
 * in each phase, paused and in mat mode, the wizards at each step. Each
 * page leaves a PNG in light and dark style in the build directory to
 * look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "stride-application.h"
#include "stride-catalog.h"
#include "stride-player-page.h"
#include "stride-progress-page.h"
#include "stride-report-period.h"
#include "stride-routine.h"
#include "stride-self-test.h"
#include "stride-self-test-wizard.h"
#include "stride-session-log-page.h"
#include "stride-test-utils.h"
#include "stride-toaster.h"
#include "stride-window.h"

#define WIDTH 360
#define HEIGHT 720
#define SECOND G_GINT64_CONSTANT (1000000)

static GApplication *app;

typedef struct
{
  StrideWindow *window;
  GtkWidget *content;
  StrideClock *clock;
  /* The pages that need more than WIDTH or have covered controls,
   * said together at the end */
  GString *too_wide;
} Fixture;

static gboolean
content_has_size (gpointer user_data)
{
  GtkWidget *content = user_data;

  return gtk_widget_get_mapped (content)
         && gtk_widget_get_width (content) == WIDTH
         && gtk_widget_get_height (content) == HEIGHT;
}

/* Sizes the window so that its content, inside the frame that X11
 * windows get without a compositor, is WIDTH × HEIGHT */
static void
open_window (Fixture *fixture)
{
  int frame_width, frame_height;

  fixture->window = stride_window_new (STRIDE_APPLICATION (app));
  fixture->content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (fixture->window));
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);

  frame_width = WIDTH - gtk_widget_get_width (fixture->content);
  frame_height = HEIGHT - gtk_widget_get_height (fixture->content);
  stride_test_remap_at_size (GTK_WINDOW (fixture->window), WIDTH + frame_width, HEIGHT + frame_height);
  stride_test_wait_until (content_has_size, fixture->content);
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
advance (Fixture *fixture,
         gint64   delta)
{
  stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (fixture->clock), stride_clock_get_time (fixture->clock) + delta);
  iterate ();
}

/* Names the innermost widgets that are wider than WIDTH at their
 * smallest, to say what to fix */
static gboolean
report_too_wide (GtkWidget *widget,
                 GString   *report)
{
  gboolean child_reported = FALSE;
  int minimum;

  if (!gtk_widget_get_visible (widget))
    return FALSE;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= WIDTH)
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    child_reported |= report_too_wide (child, report);

  if (!child_reported)
    {
      g_autoptr(GPtrArray) texts = stride_test_collect_text (widget);
      g_autofree char *words = NULL;

      g_ptr_array_add (texts, NULL);
      words = g_strjoinv (" | ", (char **) texts->pdata);
      /* Its words say which one it is: a header bar's, a row's */
      g_string_append_printf (report, "    %s (%s) in %s needs %d px: %s\n",
                              G_OBJECT_TYPE_NAME (widget), gtk_widget_get_css_name (widget),
                              G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)), minimum, words);
    }
  return TRUE;
}

/* Every label under @widget that is cut off with "…" where it is shown */
static void
report_cut_off (GtkWidget *widget,
                GString   *report)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    g_string_append_printf (report, "    cut off: “%s”\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    report_cut_off (child, report);
}

/* Every label under @widget that may break a line inside a range of
 * numbers, "10–\n15 reps": read as one number, it must not */
static void
report_breakable_ranges (GtkWidget *widget,
                         GString   *report)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      const char *text = pango_layout_get_text (layout);
      int n_attrs;
      const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
      gunichar previous = 0;
      int i = 0;

      for (const char *p = text; *p != '\0' && i < n_attrs; p = g_utf8_next_char (p), i++)
        {
          gunichar c = g_utf8_get_char (p);

          if (c == 0x2013 && g_unichar_isdigit (previous))
            {
              /* From after the dash to the next number's first digit */
              const char *q = g_utf8_next_char (p);
              int j = i + 1;

              for (; *q != '\0' && j < n_attrs; q = g_utf8_next_char (q), j++)
                {
                  if (attrs[j].is_line_break)
                    {
                      g_string_append_printf (report, "    may break after the dash: “%s”\n", text);
                      break;
                    }
                  if (g_unichar_isdigit (g_utf8_get_char (q)))
                    break;
                }
            }
          previous = c;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    report_breakable_ranges (child, report);
}

/* Measures @widget, the content of a window, at its smallest; notes it
 * when it needs more than WIDTH; and saves it in light and dark */
static void
check (Fixture    *fixture,
       GtkWidget  *widget,
       const char *what)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *language = g_getenv ("STRIDE_TEST_LANGUAGE");
  int minimum;

  stride_test_wait_for_frames (widget, 2);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("%s: at least %d px", what, minimum);
  if (minimum > WIDTH)
    {
      g_string_append_printf (fixture->too_wide, "%s needs %d px:\n", what, minimum);
      report_too_wide (widget, fixture->too_wide);
    }
  {
    g_autoptr(GString) cut = g_string_new (NULL);

    report_cut_off (widget, cut);
    report_breakable_ranges (widget, cut);
    if (cut->len > 0)
      g_string_append_printf (fixture->too_wide, "%s:\n%s", what, cut->str);
  }

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *name = g_strdup_printf ("narrow-%s-%s%s%s", what, dark ? "dark" : "light",
                                               language != NULL ? "-" : "", language != NULL ? language : "");
      g_autofree char *path = NULL;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      /* Long enough for transitions and the focus ring to settle */
      stride_test_wait_for_frames (widget, 20);
      path = stride_test_save_screenshot (widget, name);
      g_test_message ("Screenshot: %s", path);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
check_page (Fixture    *fixture,
            const char *what)
{
  check (fixture, fixture->content, what);
}

/* A message dialog over the window, as it is shown */
static void
check_dialog (Fixture    *fixture,
              const char *what)
{
  GtkWindow *dialog;

  stride_test_wait_until (stride_test_dialog_shown, fixture->window);
  dialog = stride_test_find_dialog (GTK_WINDOW (fixture->window));
  stride_test_wait_until ((StrideTestCondition) gtk_widget_get_mapped, dialog);
  check (fixture, GTK_WIDGET (dialog), what);
}

static GtkWidget *
find_css (GtkWidget  *root,
          const char *css_name)
{
  if (g_str_equal (gtk_widget_get_css_name (root), css_name) && gtk_widget_get_mapped (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_css (child, css_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
toast_shown (gpointer user_data)
{
  return find_css (user_data, "toast") != NULL;
}

/* Every word and button under @root that @toast covers */
static void
find_covered (GtkWidget       *root,
              GtkWidget       *toast,
              graphene_rect_t *toast_bounds,
              GString         *covered)
{
  graphene_rect_t bounds;

  if (root == toast || !gtk_widget_get_mapped (root))
    return;

  if ((GTK_IS_BUTTON (root) || (GTK_IS_LABEL (root) && *gtk_label_get_text (GTK_LABEL (root)) != '\0'))
      && gtk_widget_compute_bounds (root, GTK_WIDGET (gtk_widget_get_root (root)), &bounds)
      && graphene_rect_intersection (&bounds, toast_bounds, NULL))
    {
      const char *name = GTK_IS_LABEL (root) ? gtk_label_get_text (GTK_LABEL (root))
                         : gtk_button_get_label (GTK_BUTTON (root)) != NULL ? gtk_button_get_label (GTK_BUTTON (root))
                         : G_OBJECT_TYPE_NAME (root);

      g_string_append_printf (covered, " “%s”", name);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    find_covered (child, toast, toast_bounds, covered);
}

/* A notice that comes while a page is open, such as the one that sound
 * is unavailable, covers no control and nothing the runner reads there:
 * at most the picture */
static void
check_notice_saying (Fixture    *fixture,
                     const char *what,
                     const char *message)
{
  g_autoptr(GString) covered = g_string_new (NULL);
  GtkWidget *toast;
  graphene_rect_t bounds;

  stride_toaster_show (STRIDE_TOASTER (fixture->window), message);
  stride_test_wait_until (toast_shown, fixture->content);
  toast = find_css (fixture->content, "toast");
  /* Slid in */
  stride_test_wait_for_frames (toast, 30);
  g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (fixture->window), &bounds));
  check_page (fixture, what);
  find_covered (fixture->content, toast, &bounds, covered);
  if (covered->len > 0)
    g_string_append_printf (fixture->too_wide, "%s: the notice covers%s\n", what, covered->str);
  /* And it is read whole: its words have the width they need */
  {
    GtkWidget *title = stride_test_find_widget (toast, GTK_TYPE_LABEL, NULL);
    int natural;

    g_assert_nonnull (title);
    if (gtk_label_get_wrap (GTK_LABEL (title)))
      {
        /* A long one wraps: then it needs the height of its lines */
        int needed;

        gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (title), &needed, NULL, NULL, NULL);
        if (needed > gtk_widget_get_height (title) || pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title))))
          g_string_append_printf (fixture->too_wide, "%s: the notice is cut off, %d px of %d high: %s\n", what,
                                  gtk_widget_get_height (title), needed, gtk_label_get_text (GTK_LABEL (title)));
        natural = 0;
      }
    else
      gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
    if (natural > gtk_widget_get_width (title))
      g_string_append_printf (fixture->too_wide, "%s: the notice is cut off, %d px of %d shown: %s\n", what,
                              gtk_widget_get_width (title), natural, gtk_label_get_text (GTK_LABEL (title)));
  }

  /* Closed as a runner closes it */
  gtk_widget_activate (find_css (toast, "button"));
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 30);
}

static void
check_notice (Fixture    *fixture,
              const char *what)
{
  check_notice_saying (fixture, what, g_dgettext (GETTEXT_PACKAGE, "No sound: cues on screen only"));
}

static StrideRoutine *
lookup (const char *id)
{
  g_autoptr(GPtrArray) routines = stride_routine_get_builtins ();

  for (guint i = 0; i < routines->len; i++)
    if (g_strcmp0 (stride_routine_get_id (routines->pdata[i]), id) == 0)
      return stride_routine_ref (routines->pdata[i]);
  g_assert_not_reached ();
}

static gboolean
store_is_loaded (gpointer user_data)
{
  return stride_store_get_loaded (stride_application_get_store (STRIDE_APPLICATION (app)));
}

static gboolean
leaflets_settled (gpointer user_data)
{
  Fixture *fixture = user_data;
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, fixture->window);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (ADW_IS_LEAFLET (widget) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (widget)))
        return FALSE;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }

  return TRUE;
}

static void
settle (Fixture *fixture)
{
  iterate ();
  stride_test_wait_until (leaflets_settled, fixture);
}

static gboolean
no_dialog_shown (gpointer window)
{
  return !stride_test_dialog_shown (window);
}

static void
check_areas (Fixture *fixture)
{
  StrideProgressPage *progress;

  check_page (fixture, "library");

  stride_window_show_exercise (fixture->window, stride_catalog_lookup (stride_catalog_get_default (), "clamshell"));
  settle (fixture);
  check_page (fixture, "exercise");
  stride_window_show_exercise (fixture->window, stride_catalog_lookup (stride_catalog_get_default (), "bridge-test"));
  settle (fixture);
  check_page (fixture, "exercise-self-test");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  settle (fixture);

  stride_window_show_area (fixture->window, "workout");
  settle (fixture);
  check_page (fixture, "workout");
  /* A long notice, e.g. about a workout stopped early, is read whole too */
  check_notice_saying (fixture, "workout-long-notice",
                       g_dgettext (GETTEXT_PACKAGE, "Stopped before the first exercise: nothing was recorded"));

  stride_window_show_area (fixture->window, "self-tests");
  settle (fixture);
  check_page (fixture, "self-tests");

  stride_window_show_area (fixture->window, "progress");
  settle (fixture);
  check_page (fixture, "progress");
  progress = STRIDE_PROGRESS_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                            STRIDE_TYPE_PROGRESS_PAGE, NULL));
  stride_progress_page_show_history (progress);
  settle (fixture);
  check_page (fixture, "history");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  settle (fixture);

  /* The report's dialog, with its dates to type */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (progress), "progress.export-report", NULL));
  stride_test_wait_until (stride_test_dialog_shown, fixture->window);
  adw_combo_row_set_selected (ADW_COMBO_ROW (stride_test_find_widget (GTK_WIDGET (stride_test_find_dialog (GTK_WINDOW (fixture->window))),
                                                                      ADW_TYPE_COMBO_ROW, "report-period")),
                              STRIDE_REPORT_RANGE_DATES);
  check_dialog (fixture, "dialog-report-dates");
  gtk_window_destroy (stride_test_find_dialog (GTK_WINDOW (fixture->window)));
  stride_test_wait_until (no_dialog_shown, fixture->window);
  settle (fixture);
}

static void
check_editor (Fixture *fixture)
{
  /* As its edit button opens it: the runner's copy of a built-in routine */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-routine", "s", "quick");
  settle (fixture);
  check_page (fixture, "routine-editor");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  settle (fixture);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-routine", NULL);
  settle (fixture);
  check_page (fixture, "routine-editor-new");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  settle (fixture);

  /* And the runner's own, with more in its header bar */
  {
    StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
    g_autoptr(StrideRoutine) quick = lookup ("quick");
    g_autoptr(StrideRoutine) own = stride_routine_copy (quick, "narrow-own");
    g_autoptr(JsonObject) object = NULL;

    stride_routine_set_name (own, "Hips before the long run");
    object = stride_routine_to_json (own);
    stride_store_put (store, STRIDE_COLLECTION_ROUTINES, object);
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-routine", "s", "narrow-own");
  settle (fixture);
  check_page (fixture, "routine-editor-own");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  settle (fixture);
  stride_store_remove (stride_application_get_store (STRIDE_APPLICATION (app)), STRIDE_COLLECTION_ROUTINES, "narrow-own");
  settle (fixture);
}

static gboolean
segment_kind_is (gpointer user_data)
{
  gpointer *args = user_data;
  StrideEngine *engine = stride_player_page_get_engine (args[0]);
  const StrideSegment *segment = stride_plan_get_segment (stride_engine_get_plan (engine),
                                                          stride_engine_get_segment (engine));

  return segment->kind == (StrideSegmentKind) GPOINTER_TO_INT (args[1]);
}

/* Skips ahead until the player is in a part of @kind */
static void
skip_to (Fixture           *fixture,
         StridePlayerPage  *player,
         StrideSegmentKind  kind)
{
  gpointer args[2] = { player, GINT_TO_POINTER (kind) };

  for (guint i = 0; i < 20 && !segment_kind_is (args); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
      iterate ();
    }
  g_assert_true (segment_kind_is (args));
}

static void
check_player (Fixture *fixture)
{
  g_autoptr(StrideRoutine) full = lookup ("full");
  StridePlayerPage *player;
  StrideEngine *engine;
  GtkWindow *dialog;

  g_assert_true (stride_window_start_workout (fixture->window, full, fixture->clock));
  player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_PLAYER_PAGE, NULL));
  engine = stride_player_page_get_engine (player);
  settle (fixture);
  check_page (fixture, "player-ready");

  gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle", NULL);
  advance (fixture, SECOND);
  check_page (fixture, "player-get-ready");
  skip_to (fixture, player, STRIDE_SEGMENT_WORK);
  advance (fixture, 3 * SECOND);
  check_page (fixture, "player-work");
  check_notice (fixture, "player-notice");
  skip_to (fixture, player, STRIDE_SEGMENT_REST);
  advance (fixture, SECOND);
  check_page (fixture, "player-rest");
  skip_to (fixture, player, STRIDE_SEGMENT_SWITCH_SIDES);
  advance (fixture, SECOND);
  check_page (fixture, "player-switch-sides");
  skip_to (fixture, player, STRIDE_SEGMENT_WORK);
  advance (fixture, SECOND);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle", NULL);
  iterate ();
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_PAUSED);
  check_page (fixture, "player-paused");
  gtk_widget_activate_action (GTK_WIDGET (player), "player.mat-mode", NULL);
  iterate ();
  check_page (fixture, "player-mat-mode");
  gtk_widget_activate_action (GTK_WIDGET (player), "player.mat-mode", NULL);
  iterate ();

  gtk_widget_activate_action (GTK_WIDGET (player), "player.stop", NULL);
  check_dialog (fixture, "dialog-stop");
  dialog = stride_test_find_dialog (GTK_WINDOW (fixture->window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "stop");
  settle (fixture);
  g_assert_nonnull (stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_SESSION_LOG_PAGE, NULL));
  check_page (fixture, "session-log");
}

static StrideSelfTestWizard *
find_wizard (Fixture *fixture)
{
  return (StrideSelfTestWizard *) stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                           STRIDE_TYPE_SELF_TEST_WIZARD, NULL);
}

/* Every step of a self-test, through its first answers, each checked */
static void
check_wizard (Fixture            *fixture,
              StrideSelfTestKind  kind,
              const char         *name)
{
  StrideSelfTestWizard *wizard;
  guint step;

  stride_window_start_self_test (fixture->window, kind, fixture->clock);
  wizard = find_wizard (fixture);
  g_assert_nonnull (wizard);
  settle (fixture);

  while ((step = stride_self_test_wizard_get_step (wizard)) < stride_self_test_get_n_steps (kind))
    {
      const StrideSelfTestStep *info = stride_self_test_get_step (kind, step);
      g_autofree char *what = g_strdup_printf ("%s-%u", name, step + 1);

      check_page (fixture, what);
      if (step == 0)
        {
          g_autofree char *notice = g_strdup_printf ("%s-notice", name);

          check_notice (fixture, notice);
        }
      switch (info->kind)
        {
        case STRIDE_SELF_TEST_STEP_PERFORM:
          {
            g_autofree char *holding = g_strdup_printf ("%s-%u-hold", name, step + 1);

            gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.start", NULL);
            advance (fixture, (info->get_ready_seconds + 1) * SECOND);
            check_page (fixture, holding);
            for (guint s = 0; s < 60 && stride_self_test_wizard_get_timing (wizard); s++)
              advance (fixture, SECOND);
          }
          break;
        case STRIDE_SELF_TEST_STEP_QUESTION:
          gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.answer", "b", FALSE);
          iterate ();
          break;
        case STRIDE_SELF_TEST_STEP_RESULT:
          /* The last: cancelling leaves it unsaved */
          gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.cancel", NULL);
          iterate ();
          return;
        case STRIDE_SELF_TEST_STEP_INTRO:
        case STRIDE_SELF_TEST_STEP_SETUP:
        default:
          gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
          iterate ();
          break;
        }
      settle (fixture);
    }
}

static gboolean
window_shown (gpointer user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, GPOINTER_TO_SIZE (user_data)) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return TRUE;
    }

  return FALSE;
}

static void
check_preferences (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GType type = ADW_TYPE_PREFERENCES_WINDOW;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  stride_test_wait_until (window_shown, GSIZE_TO_POINTER (type));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (window))
        {
          GtkWidget *content;

          stride_test_remap_at_size (GTK_WINDOW (window), WIDTH, HEIGHT);
          stride_test_wait_until (window_shown, GSIZE_TO_POINTER (type));
          /* What the user sees inside the frame */
          content = gtk_window_get_child (window);
          check (fixture, content, "preferences");
          gtk_window_destroy (window);
          break;
        }
    }
}

static void
test_narrow (void)
{
  Fixture fixture = { 0 };
  const char *language = g_getenv ("STRIDE_TEST_LANGUAGE");

  if (language == NULL && !g_test_subprocess () && g_str_has_suffix (g_test_get_path (), "/de"))
    {
      stride_test_run_in_language ("de");
      return;
    }

  fixture.too_wide = g_string_new (NULL);
  fixture.clock = stride_fake_clock_new (5000 * SECOND);
  stride_test_wait_until (store_is_loaded, NULL);
  open_window (&fixture);

  check_areas (&fixture);
  check_editor (&fixture);
  check_player (&fixture);
  /* The session log's Discard asks first */
  stride_session_log_page_discard (STRIDE_SESSION_LOG_PAGE (stride_test_find_widget (GTK_WIDGET (fixture.window),
                                                                                     STRIDE_TYPE_SESSION_LOG_PAGE, NULL)));
  check_dialog (&fixture, "dialog-discard");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (stride_test_find_dialog (GTK_WINDOW (fixture.window))), "discard");
  settle (&fixture);
  check_wizard (&fixture, STRIDE_SELF_TEST_SQUAT, "squat-test");
  check_wizard (&fixture, STRIDE_SELF_TEST_BRIDGE, "bridge-test");
  check_preferences (&fixture);

  if (fixture.too_wide->len > 0)
    {
      g_printerr ("Not all fits at %d px (%s):\n%s", WIDTH, language != NULL ? language : "en", fixture.too_wide->str);
      g_test_fail ();
    }

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  g_clear_object (&fixture.clock);
  g_string_free (fixture.too_wide, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = stride_test_init_app (&argc, &argv);

  g_test_add_func ("/stride/narrow/en", test_narrow);
  g_test_add_func ("/stride/narrow/de", test_narrow);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
