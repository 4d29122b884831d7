/* test-library.c
 *
 * The Exercises and Self-tests areas as a user meets them: open every
 * card's page and come back, filter, search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-catalog.h"
#include "stride-exercise-card.h"
#include "stride-exercise-page.h"
#include "stride-icon-theme-preload.h"
#include "stride-library-page.h"
#include "stride-player-page.h"
#include "stride-progress-page.h"
#include "stride-routine-editor.h"
#include "stride-self-test-wizard.h"
#include "stride-self-tests-page.h"
#include "stride-test-measure-counter.h"
#include "stride-test-utils.h"
#include "stride-window.h"

typedef struct
{
  GApplication *app;
  StrideWindow *window;
  AdwLeaflet *leaflet;
  StrideLibraryPage *library;
} Fixture;

static GApplication *app;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = stride_window_new (STRIDE_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_window_present (GTK_WINDOW (fixture->window));
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->window);

  fixture->leaflet = ADW_LEAFLET (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                           ADW_TYPE_LEAFLET, NULL));
  fixture->library = STRIDE_LIBRARY_PAGE (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                   STRIDE_TYPE_LIBRARY_PAGE, NULL));
  g_assert_nonnull (fixture->leaflet);
  g_assert_nonnull (fixture->library);
  /* The exercise page is made when first opened */
  g_assert_null (stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_EXERCISE_PAGE, NULL));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
}

/* The cards of an area in the order shown, skipping those filtered out */
static GPtrArray *
find_cards (GtkWidget *area)
{
  GPtrArray *cards = g_ptr_array_new ();
  GtkWidget *flow_box = stride_test_find_widget (area, GTK_TYPE_FLOW_BOX, NULL);

  g_assert_nonnull (flow_box);
  for (GtkWidget *child = gtk_widget_get_first_child (flow_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (STRIDE_IS_EXERCISE_CARD (child) && gtk_widget_get_child_visible (child))
        g_ptr_array_add (cards, child);
    }

  return cards;
}

static StrideExercisePage *
get_exercise_page (Fixture *fixture)
{
  return (StrideExercisePage *) stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                         STRIDE_TYPE_EXERCISE_PAGE, NULL);
}

static gboolean
exercise_page_shown (gpointer user_data)
{
  Fixture *fixture = user_data;
  StrideExercisePage *page = get_exercise_page (fixture);

  return page != NULL
         && adw_leaflet_get_visible_child (fixture->leaflet) == GTK_WIDGET (page)
         && !adw_leaflet_get_child_transition_running (fixture->leaflet);
}

static gboolean
main_page_shown (gpointer user_data)
{
  Fixture *fixture = user_data;
  StrideExercisePage *page = get_exercise_page (fixture);

  return (page == NULL || adw_leaflet_get_visible_child (fixture->leaflet) != GTK_WIDGET (page))
         && !adw_leaflet_get_child_transition_running (fixture->leaflet);
}

/* Everything the guide says about the exercise is on its page */
static void
assert_page_shows (Fixture        *fixture,
                   StrideExercise *exercise)
{
  StrideExercisePage *page = get_exercise_page (fixture);
  g_autoptr(GPtrArray) texts = stride_test_collect_text (GTK_WIDGET (page));
  g_autofree char *dose = stride_exercise_dup_dose_label (exercise);
  const char *optional[] = {
    stride_exercise_get_harder (exercise),
    stride_exercise_get_tip (exercise),
    stride_exercise_get_look_for (exercise),
  };

  g_assert_true (stride_exercise_page_get_exercise (page) == exercise);
  g_assert_true (stride_test_text_contains (texts, stride_exercise_get_name (exercise)));
  g_assert_true (stride_test_text_contains (texts, stride_exercise_get_target (exercise)));
  g_assert_true (stride_test_text_contains (texts, stride_exercise_get_purpose (exercise)));
  g_assert_true (stride_test_text_contains (texts, stride_exercise_get_equipment_label (exercise)));
  if (dose != NULL)
    g_assert_true (stride_test_text_contains (texts, dose));

  for (guint i = 0; i < stride_exercise_get_n_steps (exercise); i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_true (stride_test_text_contains (texts, number));
      g_assert_true (stride_test_text_contains (texts, stride_exercise_get_step (exercise, i)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    {
      if (optional[i] != NULL)
        g_assert_true (stride_test_text_contains (texts, optional[i]));
    }

  /* A section the guide has nothing for is not shown empty */
  g_assert_false (stride_test_text_contains (texts, ""));
}

static gboolean
focus_moved (gpointer user_data)
{
  gpointer *before = user_data;

  return gtk_window_get_focus (before[0]) != before[1];
}

/* The keyboard lands on the page, which a screen reader reads by the
 * exercise's name; Tab then goes through what is on it and never comes
 * back to the page itself, which shows nothing to Tab to */
static void
assert_page_focus (Fixture        *fixture,
                   StrideExercise *exercise)
{
  GtkWidget *page = GTK_WIDGET (get_exercise_page (fixture));
  GtkWindow *window = GTK_WINDOW (fixture->window);

  g_assert_true (gtk_window_get_focus (window) == page);
  gtk_test_accessible_assert_role (page, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (page, GTK_ACCESSIBLE_PROPERTY_LABEL, stride_exercise_get_name (exercise));

  for (guint i = 0; i < 40; i++)
    {
      gpointer before[2] = { window, gtk_window_get_focus (window) };

      stride_test_press_keys (window, i < 20 ? "Tab" : "shift+Tab");
      stride_test_wait_until (focus_moved, before);
      g_assert_true (gtk_window_get_focus (window) != page);
    }
  gtk_widget_grab_focus (page);
}

static void
open_and_return (Fixture   *fixture,
                 GtkWidget *card)
{
  StrideExercise *exercise = stride_exercise_card_get_exercise (STRIDE_EXERCISE_CARD (card));

  gtk_widget_grab_focus (card);
  gtk_widget_activate (card);
  stride_test_wait_until (exercise_page_shown, fixture);
  assert_page_shows (fixture, exercise);
  assert_page_focus (fixture, exercise);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  stride_test_wait_until (main_page_shown, fixture);

  /* Focus comes back to the card, so keyboard users keep their place */
  g_assert_true (stride_test_is_focus (card));
}

static void
test_library_open_each (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = find_cards (GTK_WIDGET (fixture->library));
  GListModel *exercises = stride_catalog_get_exercises (stride_catalog_get_default ());

  g_assert_cmpuint (cards->len, ==, g_list_model_get_n_items (exercises));

  for (guint i = 0; i < cards->len; i++)
    {
      g_autoptr(StrideExercise) exercise = g_list_model_get_item (exercises, i);

      g_assert_true (stride_exercise_card_get_exercise (cards->pdata[i]) == exercise);
      open_and_return (fixture, cards->pdata[i]);
    }

  /* Going back does nothing more on the main page */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_true (main_page_shown (fixture));
}

/* The same in German: every page shows its fields in the user's language */
static void
test_library_open_each_german (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = NULL;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  texts = stride_test_collect_text (GTK_WIDGET (fixture->library));
  g_assert_true (stride_test_text_contains (texts, "Kniebeugen"));
  g_assert_true (stride_test_text_contains (texts, "12–15 Wiederholungen pro Seite"));
  test_library_open_each (fixture, data);
}

static void
test_library_open_self_tests (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *area;
  g_autoptr(GPtrArray) cards = NULL;

  stride_window_show_area (fixture->window, "self-tests");
  area = stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_SELF_TESTS_PAGE, NULL);
  cards = find_cards (area);

  g_assert_cmpuint (cards->len, ==, 2);
  for (guint i = 0; i < cards->len; i++)
    {
      g_assert_cmpint (stride_exercise_get_kind (stride_exercise_card_get_exercise (cards->pdata[i])),
                       ==, STRIDE_EXERCISE_KIND_SELF_TEST);
      open_and_return (fixture, cards->pdata[i]);
    }
}

static char *
shown_ids (Fixture *fixture)
{
  g_autoptr(GPtrArray) cards = find_cards (GTK_WIDGET (fixture->library));
  g_autoptr(GString) ids = g_string_new (NULL);

  g_assert_cmpuint (cards->len, ==, stride_library_page_get_n_shown (fixture->library));
  for (guint i = 0; i < cards->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            stride_exercise_get_id (stride_exercise_card_get_exercise (cards->pdata[i])));

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
assert_shown (Fixture    *fixture,
              const char *expected)
{
  g_autofree char *ids = shown_ids (fixture);
  GtkWidget *no_results = stride_test_find_widget (GTK_WIDGET (fixture->library),
                                                   ADW_TYPE_STATUS_PAGE, NULL);

  g_assert_cmpstr (ids, ==, expected);
  /* With nothing to show, the page says so instead of staying blank (the
   * empty state is made when first needed) */
  if (expected[0] == '\0')
    g_assert_true (no_results != NULL && gtk_widget_get_child_visible (no_results));
  else
    g_assert_true (no_results == NULL || !gtk_widget_get_child_visible (no_results));
}

static void
test_library_filter (Fixture       *fixture,
                     gconstpointer  data)
{
  assert_shown (fixture, "squat clamshell side-step glute-bridge hip-extension");

  stride_library_page_set_equipment_filter (fixture->library, STRIDE_EQUIPMENT_FILTER_NONE);
  assert_shown (fixture, "squat clamshell glute-bridge hip-extension");

  /* The clamshell's harder variation uses a band */
  stride_library_page_set_equipment_filter (fixture->library, STRIDE_EQUIPMENT_FILTER_BAND);
  assert_shown (fixture, "clamshell side-step");

  stride_library_page_set_muscle_filter (fixture->library, STRIDE_MUSCLE_GLUTEUS_MINIMUS);
  assert_shown (fixture, "side-step");

  stride_library_page_set_muscle_filter (fixture->library, STRIDE_MUSCLE_HAMSTRINGS);
  assert_shown (fixture, "");

  stride_library_page_set_equipment_filter (fixture->library, STRIDE_EQUIPMENT_FILTER_ANY);
  assert_shown (fixture, "glute-bridge");

  stride_library_page_clear_filters (fixture->library);
  assert_shown (fixture, "squat clamshell side-step glute-bridge hip-extension");
}

typedef struct
{
  Fixture *fixture;
  guint n_shown;
} ShownCount;

static gboolean
n_shown_is (gpointer user_data)
{
  ShownCount *count = user_data;

  return stride_library_page_get_n_shown (count->fixture->library) == count->n_shown;
}

static void
type_search (Fixture    *fixture,
             const char *text,
             guint       n_expected)
{
  GtkWidget *entry = stride_test_find_widget (GTK_WIDGET (fixture->library), GTK_TYPE_SEARCH_ENTRY, NULL);
  ShownCount count = { fixture, n_expected };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry waits a moment after typing before it searches */
  stride_test_wait_until (n_shown_is, &count);
}

static gboolean
search_has_focus (gpointer user_data)
{
  Fixture *fixture = user_data;
  GtkWidget *entry = stride_test_find_widget (GTK_WIDGET (fixture->library), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

static void
keep_result (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static gboolean
result_arrived (gpointer user_data)
{
  return *(GAsyncResult **) user_data != NULL;
}

/* The icon themes the application reads on another core at start are
 * the ones the window then uses: the window's icons, Stride's own among
 * them, are found, and showing the window does not make the theme drop
 * what was read and read it again */
static void
test_library_icon_theme_preload (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (display);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  gulong handler;
  StrideWindow *window;

  /* GTK starts reading the themes when it makes the theme object, and
   * the application's start-up, adding its icons, may have made it drop
   * that reading: the news of it may still be on its way */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  handler = g_signal_connect_swapped (theme, "changed", G_CALLBACK (count_change), &changes);
  stride_icon_theme_preload_async (display, NULL, keep_result, &result);
  stride_test_wait_until (result_arrived, &result);
  g_assert_true (stride_icon_theme_preload_finish (result, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_icon_theme_has_icon (theme, "stride-exercises-symbolic"));
  g_assert_true (gtk_icon_theme_has_icon (theme, "stride-progress-symbolic"));
  g_assert_true (gtk_icon_theme_has_icon (theme, "open-menu-symbolic"));

  window = stride_window_new (STRIDE_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (changes, ==, 0);

  g_signal_handler_disconnect (theme, handler);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the first window shows needs no SVG renderer: every icon it shows
 * is pre-rendered, and the search's empty state, with its large icon, is
 * made only when it is shown. librsvg costs 6 MB and a
 * twentieth of the start-up's work. Before the tests that open other
 * pages, which could load it. Where the icon theme has its symbolic
 * icons as SVG only (adwaita-icon-theme 48, Debian 13), GTK's own
 * window buttons need librsvg and there is nothing to test. */
static void
test_library_no_svg_at_start (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  g_autoptr(GtkIconPaintable) close_icon = gtk_icon_theme_lookup_icon (theme, "window-close-symbolic", NULL, 16, 1,
                                                                       GTK_TEXT_DIR_NONE, 0);
  g_autoptr(GFile) close_file = gtk_icon_paintable_get_file (close_icon);
  const char *close_path = close_file != NULL ? g_file_peek_path (close_file) : NULL;
  g_autofree char *maps = NULL;

  if (close_path != NULL && g_str_has_suffix (close_path, ".svg"))
    {
      g_test_skip ("The icon theme's own window-close-symbolic is an SVG");
      return;
    }

  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  g_assert_null (strstr (maps, "librsvg"));
  g_assert_null (strstr (maps, "libpixbufloader-svg"));
}

static gboolean
popover_open (gpointer menu_button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (menu_button);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

static gboolean
popover_closed (gpointer menu_button)
{
  return !popover_open (menu_button);
}

/* The main menu opens with F10 and holds its items, though its popover
 * is only built when it first opens */
static void
test_library_main_menu (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *menu_button = stride_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, NULL);
  g_autoptr(GPtrArray) texts = NULL;
  GtkPopover *popover;

  g_assert_nonnull (menu_button);
  g_assert_true (gtk_widget_get_sensitive (menu_button));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));

  stride_test_press_keys (GTK_WINDOW (fixture->window), "F10");
  stride_test_wait_until (popover_open, menu_button);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  texts = stride_test_collect_text (GTK_WIDGET (popover));
  g_assert_true (stride_test_text_contains (texts, "Export Progress…"));
  g_assert_true (stride_test_text_contains (texts, "Keyboard Shortcuts"));
  g_assert_true (stride_test_text_contains (texts, "About Stride"));

  /* Closed and opened again: the same menu */
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Escape");
  stride_test_wait_until (popover_closed, menu_button);
  stride_test_settle (GTK_WIDGET (fixture->window));
  stride_test_press_keys (GTK_WINDOW (fixture->window), "F10");
  stride_test_wait_until (popover_open, menu_button);
  g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)) == popover);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Escape");
  stride_test_wait_until (popover_closed, menu_button);
}

static guint
count_widgets (GtkWidget *root,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);

  return n;
}

static gboolean
widget_is_shown (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static gboolean
switcher_bar_is_shown (gpointer bar)
{
  return adw_view_switcher_bar_get_reveal (bar)
         && count_widgets (bar, GTK_TYPE_TOGGLE_BUTTON) == 4
         && widget_is_shown (bar);
}

static gboolean
progress_is_shown (gpointer window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (stride_test_find_widget (window, ADW_TYPE_VIEW_STACK, NULL));

  return g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "progress") == 0;
}

/* The first frame has only what it shows: the search's empty state is
 * made when a search first finds nothing, and the view switcher at the
 * bottom of narrow windows gets its buttons when the window is narrow.
 * Each cost start-up a hundredth of its work, the empty state a big font
 * of its own. */
static void
test_library_first_frame_only (void)
{
  Fixture fixture = { NULL, };
  GtkWidget *no_results, *bar, *progress_button = NULL;

  fixture.window = stride_window_new (STRIDE_APPLICATION (app));
  fixture.library = STRIDE_LIBRARY_PAGE (stride_test_find_widget (GTK_WIDGET (fixture.window),
                                                                  STRIDE_TYPE_LIBRARY_PAGE, NULL));
  bar = stride_test_find_widget (GTK_WIDGET (fixture.window), ADW_TYPE_VIEW_SWITCHER_BAR, NULL);
  g_assert_nonnull (bar);

  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 800, 600);
  gtk_window_present (GTK_WINDOW (fixture.window));
  stride_test_wait_for_frames (GTK_WIDGET (fixture.window), 2);
  g_assert_null (stride_test_find_widget (GTK_WIDGET (fixture.library), ADW_TYPE_STATUS_PAGE, NULL));
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  g_assert_cmpuint (count_widgets (bar, GTK_TYPE_TOGGLE_BUTTON), ==, 0);

  /* A search that finds nothing shows the empty state, as wide as the
   * cards were, and its button shows every card again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.find", NULL));
  type_search (&fixture, "treadmill", 0);
  no_results = stride_test_find_widget (GTK_WIDGET (fixture.library), ADW_TYPE_STATUS_PAGE, NULL);
  stride_test_wait_until (widget_is_shown, no_results);
  g_assert_cmpint (gtk_widget_get_width (no_results), ==,
                   gtk_widget_get_width (gtk_widget_get_parent (gtk_widget_get_parent (no_results))));
  {
    g_autoptr(GPtrArray) texts = stride_test_collect_text (no_results);

    g_assert_true (stride_test_text_contains (texts, "No Matching Exercises"));
    g_assert_true (stride_test_text_contains (texts, "Try another search or filter."));
  }
  gtk_widget_activate (GTK_WIDGET (stride_test_find_button (no_results, "_Show All Exercises")));
  stride_test_wait_until (n_shown_is, &(ShownCount) { &fixture, 5 });
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stride_test_find_widget (GTK_WIDGET (fixture.library),
                                                                                 GTK_TYPE_SEARCH_ENTRY, NULL))), ==, "");

  /* On a phone's width the bar shows the four areas, and switches */
  stride_test_remap_at_size (GTK_WINDOW (fixture.window), 360, 720);
  stride_test_wait_until (switcher_bar_is_shown, bar);
  for (GtkWidget *button = stride_test_find_widget (bar, GTK_TYPE_TOGGLE_BUTTON, NULL);
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      g_autoptr(GPtrArray) texts = stride_test_collect_text (button);

      if (stride_test_text_contains (texts, "Progress"))
        progress_button = button;
    }
  g_assert_nonnull (progress_button);
  stride_test_wait_until (widget_is_shown, progress_button);
  g_assert_true (gtk_widget_activate (progress_button));
  stride_test_wait_until (progress_is_shown, fixture.window);

  gtk_window_destroy (GTK_WINDOW (fixture.window));
}

/* On a phone's width in German the search's empty state shows whole:
 * its text takes more lines there than the height the page was measured
 * for, and its button was cut off */
static void
test_library_empty_state_narrow (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  GtkWidget *no_results;
  GtkAdjustment *scrolling;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  stride_test_remap_at_size (GTK_WINDOW (fixture->window), 360, 720);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  type_search (fixture, "laufband", 0);
  no_results = stride_test_find_widget (GTK_WIDGET (fixture->library), ADW_TYPE_STATUS_PAGE, NULL);
  stride_test_wait_until (widget_is_shown, no_results);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpint (gtk_widget_get_width (content), <=, 360);

  {
    g_autofree char *shot = stride_test_save_screenshot (content, "library-no-results-360-de");

    g_test_message ("Screenshot: %s", shot);
  }
  /* Nothing of it hidden below its own scrolling */
  scrolling = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (stride_test_find_widget (no_results,
                                                                                                 GTK_TYPE_SCROLLED_WINDOW,
                                                                                                 NULL)));
  g_test_message ("empty state: %.0f px of content in %.0f px",
                  gtk_adjustment_get_upper (scrolling), gtk_adjustment_get_page_size (scrolling));
  g_assert_cmpfloat (gtk_adjustment_get_upper (scrolling), <=, gtk_adjustment_get_page_size (scrolling));
}

static gboolean
content_is_narrower (gpointer user_data)
{
  gpointer *args = user_data;

  return gtk_widget_get_mapped (args[0]) && gtk_widget_get_width (args[0]) < GPOINTER_TO_INT (args[1]);
}

static gboolean
fills_stack (gpointer user_data)
{
  gpointer *args = user_data;

  return gtk_widget_get_mapped (args[0])
         && gtk_widget_get_width (args[0]) == gtk_widget_get_width (args[1])
         && gtk_widget_get_height (args[0]) == gtk_widget_get_height (args[1]);
}

/* An area not shown is not laid out: once every area has been opened,
 * resizing the window over the Exercises area leaves the others alone,
 * and the Progress area, shown again, fills the window as before */
static void
test_library_hidden_areas (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *areas[] = { "workout", "self-tests", "progress", "exercises" };
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  GtkWidget *stack = stride_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *progress;
  StrideTestMeasureCounter *counter;
  int width;

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      stride_window_show_area (fixture->window, areas[i]);
      stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
    }
  progress = stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_PROGRESS_PAGE, NULL);
  g_assert_nonnull (progress);
  counter = stride_test_count_measures (progress);

  width = gtk_widget_get_width (content);
  stride_test_remap_at_size (GTK_WINDOW (fixture->window), 600, 500);
  stride_test_wait_until (content_is_narrower, (gpointer[]) { content, GINT_TO_POINTER (width) });
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpuint (stride_test_measure_count (counter), ==, 0);

  stride_window_show_area (fixture->window, "progress");
  stride_test_wait_until (fills_stack, (gpointer[]) { progress, stack });
  g_assert_cmpuint (stride_test_measure_count (counter), >, 0);
}

/* Tab from the header bar walks into each area's page and on through it,
 * never kept in one place */
static void
test_library_tab (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *areas[] = { "exercises", "workout", "self-tests" };

  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    {
      GtkWidget *menu_button = stride_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, NULL);
      AdwViewStack *stack = ADW_VIEW_STACK (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                     ADW_TYPE_VIEW_STACK, NULL));
      g_autoptr(GPtrArray) visited = g_ptr_array_new ();
      GtkWidget *page;

      stride_window_show_area (fixture->window, areas[a]);
      stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
      page = adw_view_stack_get_visible_child (stack);
      gtk_widget_grab_focus (menu_button);

      for (guint i = 0; i < 8; i++)
        {
          GtkWidget *focus;

          stride_test_press_keys (GTK_WINDOW (fixture->window), "Tab");
          stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 1);
          focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
          g_test_message ("%s, Tab %u: %s", areas[a], i + 1, focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
          if (focus != NULL && gtk_widget_is_ancestor (focus, page) && !g_ptr_array_find (visited, focus, NULL))
            g_ptr_array_add (visited, focus);
        }
      /* Each area has more than three controls to reach */
      g_assert_cmpuint (visited->len, >=, 3);
    }
}

static void
test_library_search (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *search_bar = stride_test_find_widget (GTK_WIDGET (fixture->library), GTK_TYPE_SEARCH_BAR, NULL);

  /* Ctrl+F works from any area */
  stride_window_show_area (fixture->window, "progress");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  stride_test_wait_until (search_has_focus, fixture);

  type_search (fixture, "donkey", 1);
  assert_shown (fixture, "hip-extension");

  type_search (fixture, "gluteus minimus", 3);
  assert_shown (fixture, "squat side-step glute-bridge");

  type_search (fixture, "hamstrings", 1);
  assert_shown (fixture, "glute-bridge");

  type_search (fixture, "treadmill", 0);
  assert_shown (fixture, "");
  {
    GtkWidget *no_results = stride_test_find_widget (GTK_WIDGET (fixture->library), ADW_TYPE_STATUS_PAGE, NULL);

    g_assert_true (gtk_widget_get_mapped (no_results));
    g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (no_results)), ==, "edit-find-symbolic");
  }

  /* Closing the search bar shows everything again */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (search_bar), FALSE);
  type_search (fixture, "", 5);
  assert_shown (fixture, "squat clamshell side-step glute-bridge hip-extension");
}

static gboolean
window_is_active (gpointer user_data)
{
  return gtk_window_is_active (user_data);
}

static gboolean
entry_is_drawable (gpointer entry)
{
  return gtk_widget_is_drawable (entry);
}

/* Typing on the page, with a card focused, opens the search with what was
 * typed, as in GNOME's other apps */
static void
test_library_type_to_search (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = find_cards (GTK_WIDGET (fixture->library));
  GtkWidget *search_bar = stride_test_find_widget (GTK_WIDGET (fixture->library), GTK_TYPE_SEARCH_BAR, NULL);
  GtkWidget *entry = stride_test_find_widget (GTK_WIDGET (fixture->library), GTK_TYPE_SEARCH_ENTRY, NULL);
  ShownCount count = { fixture, 1 };

  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  gtk_widget_grab_focus (cards->pdata[0]);
  for (const char *key = "donkey"; *key != '\0'; key++)
    {
      char name[2] = { *key, '\0' };

      stride_test_press_keys (GTK_WINDOW (fixture->window), name);
    }
  stride_test_wait_until (n_shown_is, &count);

  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "donkey");
  /* Shown on the frame after the bar opened, which a slow machine (or
   * AddressSanitizer) reaches after the search has run */
  stride_test_wait_until (entry_is_drawable, entry);
  g_assert_true (search_has_focus (fixture));
}

/* Return in the search opens the first card shown, as in GNOME's other
 * apps: the one card found, or the first of several; with none it does
 * nothing */
static void
test_library_search_return (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *entry = stride_test_find_widget (GTK_WIDGET (fixture->library), GTK_TYPE_SEARCH_ENTRY, NULL);
  static const struct
  {
    const char *typed;
    guint n_shown;
    const char *opened;
  } searches[] = {
    { "donkey", 1, "hip-extension" },
    { "treadmill", 0, NULL },
    { "hamstrings", 1, "glute-bridge" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_test_message ("%s", searches[i].typed);
      stride_library_page_start_search (fixture->library);
      stride_test_wait_until (search_has_focus, fixture);
      type_search (fixture, searches[i].typed, searches[i].n_shown);
      stride_test_press_keys (GTK_WINDOW (fixture->window), "Return");

      if (searches[i].opened == NULL)
        {
          stride_test_settle (GTK_WIDGET (fixture->window));
          g_assert_true (main_page_shown (fixture));
          g_assert_true (search_has_focus (fixture));
          g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, searches[i].typed);
          continue;
        }

      stride_test_wait_until (exercise_page_shown, fixture);
      g_assert_cmpstr (stride_exercise_get_id (stride_exercise_page_get_exercise (get_exercise_page (fixture))), ==,
                       searches[i].opened);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
      stride_test_wait_until (main_page_shown, fixture);
    }
}

static gboolean
search_revealed (gpointer user_data)
{
  GtkWidget *revealer = stride_test_find_widget (user_data, GTK_TYPE_REVEALER, NULL);

  return gtk_revealer_get_child_revealed (GTK_REVEALER (revealer));
}

static gboolean
search_closed (gpointer user_data)
{
  GtkWidget *revealer = stride_test_find_widget (user_data, GTK_TYPE_REVEALER, NULL);

  return !gtk_search_bar_get_search_mode (user_data)
         && !gtk_revealer_get_child_revealed (GTK_REVEALER (revealer));
}

static void
test_library_keyboard (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = find_cards (GTK_WIDGET (fixture->library));
  GtkWidget *search_bar = stride_test_find_widget (GTK_WIDGET (fixture->library), GTK_TYPE_SEARCH_BAR, NULL);
  const char *back_keys[] = { "Escape", "alt+Left" };

  stride_test_press_keys (GTK_WINDOW (fixture->window), "ctrl+f");
  stride_test_wait_until (search_has_focus, fixture);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));

  /* Keys typed while the bar still slides in may not reach the entry */
  stride_test_wait_until (search_revealed, search_bar);

  /* In the search entry, Escape closes the search and stays on the page */
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Escape");
  stride_test_wait_until (search_closed, search_bar);
  g_assert_true (main_page_shown (fixture));

  for (guint i = 0; i < G_N_ELEMENTS (back_keys); i++)
    {
      gtk_widget_grab_focus (cards->pdata[i]);
      stride_test_press_keys (GTK_WINDOW (fixture->window), "Return");
      stride_test_wait_until (window_is_active, fixture->window);
      stride_test_wait_until (exercise_page_shown, fixture);

      stride_test_press_keys (GTK_WINDOW (fixture->window), back_keys[i]);
      stride_test_wait_until (main_page_shown, fixture);
      g_assert_true (stride_test_is_focus (cards->pdata[i]));
    }
}

static guint
count_own_routines (StrideStore *store)
{
  g_autoptr(GPtrArray) own = stride_store_list (store, STRIDE_COLLECTION_ROUTINES);

  return own->len;
}

static void
clear_own_routines (StrideStore *store)
{
  g_autoptr(GPtrArray) own = stride_store_list (store, STRIDE_COLLECTION_ROUTINES);

  for (guint i = 0; i < own->len; i++)
    stride_store_remove (store, STRIDE_COLLECTION_ROUTINES, json_object_get_string_member (own->pdata[i], "id"));
}

static void
open_exercise_page (Fixture    *fixture,
                    const char *id)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-exercise", "s", id);
  stride_test_wait_until (exercise_page_shown, fixture);
}

static GtkWidget *
find_player (Fixture *fixture)
{
  return stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_PLAYER_PAGE, NULL);
}

static gboolean
editor_shown (gpointer user_data)
{
  Fixture *fixture = user_data;
  GtkWidget *editor = stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_ROUTINE_EDITOR, NULL);

  return editor != NULL && adw_leaflet_get_visible_child (fixture->leaflet) == editor;
}

/* The labels of a menu model's items, through its sections */
static void
collect_menu_labels (GMenuModel *model,
                     GPtrArray  *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      char *label = NULL;

      if (section != NULL)
        collect_menu_labels (section, labels);
      else if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (labels, label);
    }
}

/* What @button's menu offers once opened, as it is filled then */
static GPtrArray *
dup_menu_labels (GtkMenuButton *button)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  gtk_menu_button_popup (button);
  collect_menu_labels (gtk_menu_button_get_menu_model (button), labels);
  gtk_menu_button_popdown (button);

  return labels;
}

/* Add to Routine's choice of @routine_id ("" for a new one): the editor
 * opens with @exercise_id added at the end of its @n_items, a change to
 * save, and saves it */
static void
add_in_the_editor (Fixture       *fixture,
                   GtkMenuButton *add,
                   const char    *routine_id,
                   const char    *exercise_id,
                   guint          n_items)
{
  StrideRoutineEditor *editor;
  StrideRoutine *edited;

  gtk_widget_activate_action (GTK_WIDGET (add), "win.add-to-routine", "(ss)", routine_id, exercise_id);
  stride_test_wait_until (editor_shown, fixture);
  editor = STRIDE_ROUTINE_EDITOR (stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_ROUTINE_EDITOR, NULL));
  edited = stride_routine_editor_get_routine (editor);
  g_assert_cmpuint (stride_routine_get_n_items (edited), ==, n_items);
  g_assert_cmpstr (stride_routine_get_item (edited, n_items - 1)->exercise_id, ==, exercise_id);
  g_assert_true (stride_routine_editor_has_changes (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
}

/* An exercise's page starts it alone in the player, or adds it to one of
 * the runner's routines or a new one, in the routine editor (C3); a
 * self-test's page takes the test */
static void
test_library_start_and_add (Fixture       *fixture,
                            gconstpointer  data)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  StrideExercisePage *page;
  GtkButton *start;
  GtkMenuButton *add;
  StrideRoutine *played;
  g_autoptr(GPtrArray) cards = find_cards (GTK_WIDGET (fixture->library));

  /* Start This Exercise, on the page opened from its card */
  gtk_widget_grab_focus (cards->pdata[1]);
  open_exercise_page (fixture, "clamshell");
  page = get_exercise_page (fixture);
  start = stride_test_find_button (GTK_WIDGET (page), "_Start This Exercise");
  g_assert_nonnull (start);
  /* As a click or the keyboard leaves it */
  gtk_widget_grab_focus (GTK_WIDGET (start));
  g_signal_emit_by_name (start, "clicked");
  g_assert_nonnull (find_player (fixture));
  g_assert_true (adw_leaflet_get_visible_child (fixture->leaflet) == find_player (fixture));
  played = stride_plan_get_routine (stride_engine_get_plan (stride_player_page_get_engine (STRIDE_PLAYER_PAGE (find_player (fixture)))));
  g_assert_cmpstr (stride_routine_get_name (played), ==, "Clamshells");
  g_assert_cmpuint (stride_routine_get_n_items (played), ==, 1);
  g_assert_cmpstr (stride_routine_get_item (played, 0)->exercise_id, ==, "clamshell");
  /* Not started: Escape leaves the player, back to where it began */
  gtk_widget_activate_action (find_player (fixture), "player.stop", NULL);
  stride_test_wait_until (exercise_page_shown, fixture);
  g_assert_true (stride_test_is_focus (start));
  /* and back from the page, to its card, as before the workout */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  stride_test_wait_until (main_page_shown, fixture);
  g_assert_true (stride_test_is_focus (cards->pdata[1]));
  open_exercise_page (fixture, "clamshell");

  /* Add to Routine, with none of the runner's own: a new one */
  add = GTK_MENU_BUTTON (stride_test_find_widget (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, NULL));
  g_assert_nonnull (add);
  {
    g_autoptr(GPtrArray) labels = dup_menu_labels (add);

    g_assert_cmpuint (labels->len, ==, 1);
    g_assert_cmpstr (labels->pdata[0], ==, "New Routine…");
  }
  add_in_the_editor (fixture, add, "", "clamshell", 1);
  g_assert_cmpuint (count_own_routines (store), ==, 1);

  /* Now that one is there: squats added to it, at its end */
  open_exercise_page (fixture, "squat");
  page = get_exercise_page (fixture);
  add = GTK_MENU_BUTTON (stride_test_find_widget (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, NULL));
  {
    g_autoptr(GPtrArray) labels = dup_menu_labels (add);

    g_assert_cmpuint (labels->len, ==, 2);
    g_assert_cmpstr (labels->pdata[0], ==, "My routine");
    g_assert_cmpstr (labels->pdata[1], ==, "New Routine…");
  }
  {
    g_autoptr(GPtrArray) own = stride_store_list (store, STRIDE_COLLECTION_ROUTINES);
    const char *id = json_object_get_string_member (own->pdata[0], "id");

    add_in_the_editor (fixture, add, id, "squat", 2);
  }
  g_assert_cmpuint (count_own_routines (store), ==, 1);

  /* A self-test's page takes the test; nothing to add */
  open_exercise_page (fixture, "bridge-test");
  page = get_exercise_page (fixture);
  g_assert_false (gtk_widget_get_visible (stride_test_find_widget (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, NULL)));
  start = stride_test_find_button (GTK_WIDGET (page), "_Take the Test");
  g_assert_nonnull (start);
  g_signal_emit_by_name (start, "clicked");
  g_assert_nonnull (stride_test_find_widget (GTK_WIDGET (fixture->window), STRIDE_TYPE_SELF_TEST_WIZARD, NULL));

  clear_own_routines (store);
}

static gboolean
area_shown (gpointer user_data)
{
  gpointer *args = user_data;
  Fixture *fixture = args[0];
  AdwViewStack *stack = ADW_VIEW_STACK (stride_test_find_widget (GTK_WIDGET (fixture->window),
                                                                 ADW_TYPE_VIEW_STACK, NULL));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return main_page_shown (fixture)
         && g_strcmp0 (adw_view_stack_get_visible_child_name (stack), args[1]) == 0
         && focus != NULL
         && gtk_widget_is_ancestor (focus, adw_view_stack_get_visible_child (stack));
}

/* Alt and an area's place in the view switcher shows that area, with the
 * keyboard in it, from the areas and from an exercise's page */
static void
test_library_area_keys (Fixture       *fixture,
                        gconstpointer  data)
{
  const struct { const char *keys; const char *area; } presses[] = {
    { "alt+2", "workout" },
    { "alt+3", "self-tests" },
    { "alt+4", "progress" },
    { "alt+1", "exercises" },
  };
  g_autoptr(GPtrArray) cards = find_cards (GTK_WIDGET (fixture->library));

  for (guint i = 0; i < G_N_ELEMENTS (presses); i++)
    {
      g_test_message ("%s", presses[i].keys);
      stride_test_press_keys (GTK_WINDOW (fixture->window), presses[i].keys);
      stride_test_wait_until (area_shown, (gpointer[]) { fixture, (gpointer) presses[i].area });
      stride_test_assert_buttons_named (GTK_WIDGET (fixture->window));
    }

  gtk_widget_grab_focus (cards->pdata[0]);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Return");
  stride_test_wait_until (exercise_page_shown, fixture);
  stride_test_assert_buttons_named (GTK_WIDGET (fixture->window));
  stride_test_press_keys (GTK_WINDOW (fixture->window), "alt+4");
  stride_test_wait_until (area_shown, (gpointer[]) { fixture, (gpointer) "progress" });
}

static const char *
get_chosen_text (GtkDropDown *dropdown)
{
  return gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown));
}

/* A filter's list opens with the keyboard on the choice made, as a
 * menu of choices does elsewhere in GNOME, not on the first, from which
 * a keyboard would have to find its way back to it; and its button
 * tells a screen reader the choice besides its name */
static void
test_library_filter_keys (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkDropDown *muscles = GTK_DROP_DOWN (stride_test_find_widget (GTK_WIDGET (fixture->library),
                                                                 GTK_TYPE_DROP_DOWN, NULL));
  GtkWidget *button = stride_test_find_widget (GTK_WIDGET (muscles), GTK_TYPE_BUTTON, NULL);
  g_autofree char *chosen = NULL;
  guint position;

  stride_library_page_set_muscle_filter (fixture->library, STRIDE_MUSCLE_GLUTEUS_MINIMUS);
  position = gtk_drop_down_get_selected (muscles);
  chosen = g_strdup (get_chosen_text (muscles));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, chosen);

  gtk_widget_grab_focus (GTK_WIDGET (muscles));
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Return");
  stride_test_wait_until (stride_test_focused_choice_is, (gpointer[]) { fixture->window, chosen });

  /* The next muscle is a key press away */
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Down");
  stride_test_press_keys (GTK_WINDOW (fixture->window), "Return");
  stride_test_wait_until (stride_test_is_focus, button);
  g_assert_cmpuint (gtk_drop_down_get_selected (muscles), ==, position + 1);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, get_chosen_text (muscles));
}

static GtkWindow *
find_shortcuts_window (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window)
          && gtk_window_get_transient_for (window) == GTK_WINDOW (fixture->window))
        return window;
    }

  return NULL;
}

static gboolean
shortcuts_window_shown (gpointer user_data)
{
  GtkWindow *shortcuts = find_shortcuts_window (user_data);

  return shortcuts != NULL && gtk_widget_get_mapped (GTK_WIDGET (shortcuts));
}

static void
test_library_shortcuts_window (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWindow *shortcuts;

  g_assert_null (find_shortcuts_window (fixture));

  stride_test_press_keys (GTK_WINDOW (fixture->window), "ctrl+question");
  stride_test_wait_until (shortcuts_window_shown, fixture);

  /* Closing hides it; it comes back as it was */
  shortcuts = find_shortcuts_window (fixture);
  gtk_window_close (shortcuts);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL);
  g_assert_true (find_shortcuts_window (fixture) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
}

/* Counts the entries shown under @widget and fails on one that shows no
 * key */
static void
assert_every_shortcut_shows_a_key (GtkWidget *widget,
                                   guint     *n_shortcuts)
{
  /* The window keeps a copy of every entry for its search, out of sight */
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      GtkWidget *label = stride_test_find_widget (widget, GTK_TYPE_SHORTCUT_LABEL, NULL);
      g_autofree char *title = NULL;
      const char *accelerator;

      g_object_get (widget, "title", &title, NULL);
      g_assert_nonnull (label);
      accelerator = gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (label));
      g_test_message ("%s: %s", title, accelerator != NULL ? accelerator : "(none)");
      if (accelerator == NULL || *accelerator == '\0'
          || gtk_widget_get_first_child (label) == NULL)
        g_error ("The shortcut “%s” shows no key", title);
      (*n_shortcuts)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_every_shortcut_shows_a_key (child, n_shortcuts);
}

/* Every entry of the shortcuts window shows its keys, in English and in
 * German: those that name an action read the keys the app set for it */
static void
test_library_shortcuts_keys (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *language = data;
  guint n_shortcuts = 0;

  if (language != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (language);
      return;
    }

  stride_test_press_keys (GTK_WINDOW (fixture->window), "ctrl+question");
  stride_test_wait_until (shortcuts_window_shown, fixture);
  assert_every_shortcut_shows_a_key (GTK_WIDGET (find_shortcuts_window (fixture)), &n_shortcuts);
  g_assert_cmpuint (n_shortcuts, ==, 23);
}

static gboolean
file_exists (gpointer user_data)
{
  return g_file_test (user_data, G_FILE_TEST_EXISTS);
}

/* F1 opens the help:stride URI with whatever handles help: URIs, as
 * Yelp does on a desktop; here a stand-in records what it was given. */
static void
test_library_help (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *record = g_build_filename (g_get_user_runtime_dir (), "help-uri", NULL);
  g_autofree char *apps = g_build_filename (g_get_user_data_dir (), "applications", NULL);
  g_autofree char *handler = g_build_filename (apps, "stride-test-help.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);
  g_autofree char *desktop = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Help stand-in\n"
                                              "Exec=sh -c 'printf %%s \"$1\" > %s' sh %%u\n"
                                              "MimeType=x-scheme-handler/help;\nNoDisplay=true\n", record);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_true (g_file_set_contents (handler, desktop, -1, &error));
  g_assert_true (g_file_set_contents (mimeapps, "[Default Applications]\n"
                                      "x-scheme-handler/help=stride-test-help.desktop\n", -1, &error));
  g_assert_no_error (error);
  g_unlink (record);

  stride_test_press_keys (GTK_WINDOW (fixture->window), "F1");
  stride_test_wait_until (file_exists, record);

  g_assert_true (g_file_get_contents (record, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "help:stride");

  g_unlink (handler);
  g_unlink (mimeapps);
}

static gboolean
pointer_cleared (gpointer user_data)
{
  return *(gpointer *) user_data == NULL;
}

static void
test_library_window_state (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StrideWindow *second;

  GtkWidget *closing = GTK_WIDGET (fixture->window);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 500);

  /* Ctrl+W closes the window, which saves its size on the way */
  g_object_add_weak_pointer (G_OBJECT (closing), (gpointer *) &closing);
  stride_test_press_keys (GTK_WINDOW (fixture->window), "ctrl+w");
  stride_test_wait_until (pointer_cleared, &closing);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A new window comes back at the saved size */
  second = stride_window_new (STRIDE_APPLICATION (app));
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
    g_assert_cmpint (width, ==, 700);
    g_assert_cmpint (height, ==, 500);
  }
  gtk_window_destroy (GTK_WINDOW (second));

  /* The fixture's window is already gone */
  fixture->window = STRIDE_WINDOW (stride_window_new (STRIDE_APPLICATION (app)));
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

  /* First: the icon themes are not read yet */
  g_test_add_func ("/stride/library/icon-theme-preload", test_library_icon_theme_preload);
  g_test_add ("/stride/library/no-svg-at-start", Fixture, NULL, fixture_set_up, test_library_no_svg_at_start,
              fixture_tear_down);
  g_test_add_func ("/stride/library/first-frame-only", test_library_first_frame_only);
  g_test_add ("/stride/library/empty-state-narrow-german", Fixture, NULL, fixture_set_up,
              test_library_empty_state_narrow, fixture_tear_down);
  g_test_add ("/stride/library/hidden-areas", Fixture, NULL, fixture_set_up, test_library_hidden_areas, fixture_tear_down);
  g_test_add ("/stride/library/main-menu", Fixture, NULL, fixture_set_up, test_library_main_menu, fixture_tear_down);
  g_test_add ("/stride/library/tab", Fixture, NULL, fixture_set_up, test_library_tab, fixture_tear_down);
  g_test_add ("/stride/library/open-each", Fixture, NULL, fixture_set_up, test_library_open_each, fixture_tear_down);
  g_test_add ("/stride/library/open-each-german", Fixture, NULL, fixture_set_up, test_library_open_each_german, fixture_tear_down);
  g_test_add ("/stride/library/open-self-tests", Fixture, NULL, fixture_set_up, test_library_open_self_tests, fixture_tear_down);
  g_test_add ("/stride/library/filter", Fixture, NULL, fixture_set_up, test_library_filter, fixture_tear_down);
  g_test_add ("/stride/library/filter-keys", Fixture, NULL, fixture_set_up, test_library_filter_keys, fixture_tear_down);
  g_test_add ("/stride/library/search-return", Fixture, NULL, fixture_set_up, test_library_search_return, fixture_tear_down);
  g_test_add ("/stride/library/search", Fixture, NULL, fixture_set_up, test_library_search, fixture_tear_down);
  g_test_add ("/stride/library/type-to-search", Fixture, NULL, fixture_set_up, test_library_type_to_search,
              fixture_tear_down);
  g_test_add ("/stride/library/keyboard", Fixture, NULL, fixture_set_up, test_library_keyboard, fixture_tear_down);
  g_test_add ("/stride/library/area-keys", Fixture, NULL, fixture_set_up, test_library_area_keys, fixture_tear_down);
  g_test_add ("/stride/library/start-and-add", Fixture, NULL, fixture_set_up, test_library_start_and_add, fixture_tear_down);
  g_test_add ("/stride/library/shortcuts-window", Fixture, NULL, fixture_set_up, test_library_shortcuts_window, fixture_tear_down);
  g_test_add ("/stride/library/shortcuts-keys", Fixture, NULL, fixture_set_up, test_library_shortcuts_keys, fixture_tear_down);
  g_test_add ("/stride/library/shortcuts-keys-german", Fixture, "de", fixture_set_up, test_library_shortcuts_keys, fixture_tear_down);
  g_test_add ("/stride/library/help", Fixture, NULL, fixture_set_up, test_library_help, fixture_tear_down);
  g_test_add ("/stride/library/window-state", Fixture, NULL, fixture_set_up, test_library_window_state, fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
