/* stride-window.c
 *
 * The main window: the four areas in a view stack, and the pages that
 * slide in over them (an exercise, the player, the session log, a
 * self-test, the routine editor); its toasts. The window's actions are
 * in stride-window-actions.c, what it says and asks about the progress
 * file in stride-window-progress-file.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-progress-page.h"
#include "stride-routine-editor.h"
#include "stride-routine-library.h"
#include "stride-session-log-page.h"
#include "stride-session-sets.h"
#include "stride-workout-page.h"
#include "stride-self-test-wizard.h"
#include "stride-self-tests-page.h"
#include "stride-toaster.h"
#include "stride-window-private.h"

static void stride_window_toaster_init (StrideToasterInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StrideWindow, stride_window, ADW_TYPE_APPLICATION_WINDOW,
                               G_IMPLEMENT_INTERFACE (STRIDE_TYPE_TOASTER, stride_window_toaster_init))

gboolean
_stride_window_is_showing_exercise (StrideWindow *self)
{
  return self->exercise_page != NULL
         && adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->exercise_page);
}

/* Whether something is open over the areas, other than an exercise's
 * page: a workout, a session not yet saved, a self-test, a routine being
 * edited. A request from outside (the desktop's actions, the command line,
 * the desktop's search, a reminder) must not take its place. */
gboolean
_stride_window_is_busy (StrideWindow *self)
{
  GtkWidget *shown = adw_leaflet_get_visible_child (self->leaflet);

  return shown != self->main_page && !_stride_window_is_showing_exercise (self);
}

/* A workout open but not yet started is only a choice: another routine
 * may take its place */
gboolean
_stride_window_is_showing_workout_not_started (StrideWindow *self)
{
  return self->player_page != NULL
         && adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->player_page)
         && stride_engine_get_state (stride_player_page_get_engine (self->player_page)) == STRIDE_ENGINE_READY;
}

/* Says why a request from outside was not followed; see above */
gboolean
_stride_window_refuse_if_busy (StrideWindow *self)
{
  if (!_stride_window_is_busy (self))
    return FALSE;

  _stride_window_show_toast (self, _("Finish what is open first, then try again"));
  return TRUE;
}

static void
update_actions (StrideWindow *self)
{
  gboolean on_exercises =
    g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "exercises") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", _stride_window_is_showing_exercise (self));
  /* A workout, a self-test or a routine being edited covers the areas:
   * their keys must not change what is behind it */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-area", !_stride_window_is_busy (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", !_stride_window_is_busy (self));
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), on_exercises);
}

StrideStore *
_stride_window_get_store (StrideWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? stride_application_get_store (STRIDE_APPLICATION (app)) : NULL;
}

/* The cue player is made when first asked for: only a workout or a
 * self-test on the real clock plays cues, and tests run on a fake one */
static StrideCuePlayer *
get_cue_player_for (StrideWindow *self,
                    StrideClock  *clock)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL || (clock != NULL && !STRIDE_IS_MONOTONIC_CLOCK (clock)))
    return NULL;

  return stride_application_get_cue_player (STRIDE_APPLICATION (app));
}

void
_stride_window_show_toast (StrideWindow *self,
                           const char   *message)
{
  stride_toaster_show (STRIDE_TOASTER (self), message);
}

/* Areas other than the first are filled when first shown */
static void
ensure_area (StrideWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);

  if (visible == GTK_WIDGET (self->self_tests_area) && adw_bin_get_child (self->self_tests_area) == NULL)
    {
      GtkWidget *self_tests = g_object_new (STRIDE_TYPE_SELF_TESTS_PAGE,
                                            "store", _stride_window_get_store (self),
                                            NULL);

      adw_bin_set_child (self->self_tests_area, self_tests);
    }

  if (visible == GTK_WIDGET (self->workout_area) && adw_bin_get_child (self->workout_area) == NULL)
    {
      GtkWidget *workout = g_object_new (STRIDE_TYPE_WORKOUT_PAGE,
                                         "store", _stride_window_get_store (self),
                                         NULL);

      adw_bin_set_child (self->workout_area, workout);
    }

  if (visible == GTK_WIDGET (self->progress_area) && adw_bin_get_child (self->progress_area) == NULL)
    {
      GtkWidget *progress = g_object_new (STRIDE_TYPE_PROGRESS_PAGE,
                                          "store", _stride_window_get_store (self),
                                          "toaster", self,
                                          NULL);

      adw_bin_set_child (self->progress_area, progress);
    }
}

static void
on_view_stack_visible_child_changed (StrideWindow *self)
{
  ensure_area (self);
  update_actions (self);
}

/* The bar at the bottom of narrow windows gets its buttons when it first
 * shows: a hidden bar's buttons are styled and measured all the same */
static void
on_switcher_bar_reveal_changed (StrideWindow *self)
{
  if (adw_view_switcher_bar_get_reveal (self->switcher_bar)
      && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
}

static void
on_leaflet_visible_child_changed (StrideWindow *self)
{
  update_actions (self);

  if (!_stride_window_is_showing_exercise (self) && self->opened_from != NULL)
    {
      gtk_widget_grab_focus (self->opened_from);
      g_clear_weak_pointer (&self->opened_from);
    }
}

/* A page over the main one until it says it is done: the session log,
 * the routine editor, a self-test. Swiping back would leave it without
 * the question its own Cancel or Discard asks, so the leaflet cannot be
 * swiped meanwhile. @slot is where the window keeps it. */
static void
close_page (StrideWindow  *self,
            GtkWidget    **slot)
{
  if (*slot == NULL)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->main_page);
  adw_leaflet_remove (self->leaflet, *slot);
  *slot = NULL;
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
}

static void
open_page (StrideWindow  *self,
           GtkWidget    **slot,
           GtkWidget     *page,
           GCallback      on_finished)
{
  close_page (self, slot);
  *slot = page;
  g_signal_connect_object (page, "finished", on_finished, self, G_CONNECT_SWAPPED);
  adw_leaflet_page_set_navigatable (adw_leaflet_append (self->leaflet, page), FALSE);
  adw_leaflet_set_can_navigate_back (self->leaflet, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, page);
}

static gboolean focus_in_its_area (StrideWindow *self,
                                   GtkWidget    *widget);

/* A workout left with nothing saved gives the keyboard back to the Start
 * that began it or, begun from elsewhere, to its routine's Start in the
 * Workout area: never to another routine's, which Return would start */
static void
return_from_unsaved_workout (StrideWindow *self)
{
  g_autoptr(GtkWidget) started_from = self->workout_started_from != NULL
                                      ? g_object_ref (self->workout_started_from) : NULL;
  StrideRoutine *routine = NULL;
  GtkWidget *page;

  g_clear_weak_pointer (&self->workout_started_from);
  if (started_from != NULL && focus_in_its_area (self, started_from))
    return;

  stride_window_show_area (self, "workout");
  page = adw_bin_get_child (self->workout_area);
  if (self->player_page != NULL)
    routine = stride_plan_get_routine (stride_engine_get_plan (stride_player_page_get_engine (self->player_page)));
  if (STRIDE_IS_WORKOUT_PAGE (page) && routine != NULL)
    stride_workout_page_show_routine (STRIDE_WORKOUT_PAGE (page), stride_routine_get_id (routine));
}

static void
on_session_log_finished (StrideWindow *self,
                         gboolean      saved)
{
  close_page (self, &self->session_log_page);
  if (!saved)
    {
      return_from_unsaved_workout (self);
      return;
    }

  g_clear_weak_pointer (&self->workout_started_from);
  stride_window_show_area (self, "progress");
  _stride_window_confirm_saved (self, _("Session saved"));
}

/* The workout is over: the runner confirms what was done. Stopped before
 * the first exercise, there is nothing to confirm or correct; stopped
 * with sets begun but not a rep done, the session log offers only to
 * discard it, unless the runner enters reps the player did not count. */
static void
on_player_done (StrideWindow *self,
                JsonObject   *session)
{
  StrideStore *store = _stride_window_get_store (self);
  gboolean anything = stride_session_count_sets (session) > 0;

  if (self->player_page != NULL)
    stride_player_page_set_mat_mode (self->player_page, FALSE);

  if (!anything || store == NULL)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->main_page);
      adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
      return_from_unsaved_workout (self);
      if (store != NULL)
        _stride_window_show_toast (self, _("Stopped before the first exercise: nothing was recorded"));
      return;
    }

  open_page (self, &self->session_log_page,
             stride_session_log_page_new (store, session,
                                          self->player_page != NULL
                                          ? stride_engine_get_plan (stride_player_page_get_engine (self->player_page))
                                          : NULL),
             G_CALLBACK (on_session_log_finished));
  stride_session_log_page_focus_save (STRIDE_SESSION_LOG_PAGE (self->session_log_page));
}

/**
 * stride_window_start_workout:
 * @clock: (nullable): the clock to run on; %NULL for the monotonic clock
 *
 * Opens the player on @routine, ready to start with Space.
 *
 * Returns: %FALSE if the routine cannot run (then the window says why)
 */
gboolean
stride_window_start_workout (StrideWindow  *self,
                             StrideRoutine *routine,
                             StrideClock   *clock)
{
  g_autoptr(StrideClock) monotonic = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (STRIDE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (routine != NULL, FALSE);

  if (clock == NULL)
    clock = monotonic = stride_monotonic_clock_new ();

  /* Another routine chosen in a player not yet started keeps the Start
   * that opened the first */
  if (!_stride_window_is_showing_workout_not_started (self))
    {
      g_clear_weak_pointer (&self->workout_started_from);
      if (gtk_root_get_focus (GTK_ROOT (self)) != NULL)
        g_set_weak_pointer (&self->workout_started_from, gtk_root_get_focus (GTK_ROOT (self)));
    }

  if (self->player_page == NULL)
    {
      AdwLeafletPage *page;

      self->player_page = g_object_new (STRIDE_TYPE_PLAYER_PAGE,
                                        "cue-player", get_cue_player_for (self, clock),
                                        NULL);
      g_signal_connect_object (self->player_page, "done", G_CALLBACK (on_player_done), self, G_CONNECT_SWAPPED);
      page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->player_page));
      adw_leaflet_page_set_navigatable (page, FALSE);
    }

  if (!stride_player_page_load (self->player_page, routine, clock, &error))
    {
      /* Translators: %s says what is wrong with the routine */
      g_autofree char *message = g_strdup_printf (_("This routine cannot start: %s"), error->message);

      _stride_window_show_toast (self, message);
      return FALSE;
    }

  /* Swiping back would leave a workout running out of sight */
  adw_leaflet_set_can_navigate_back (self->leaflet, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->player_page));
  stride_player_page_focus_play_button (self->player_page);
  _stride_window_tell_before_workout (self);
  /* On the mat the keyboard is what the runner uses: show where it acts */
  gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);

  return TRUE;
}

/* Shows the area, or the exercise's page, that holds @widget and gives
 * it the keyboard; %FALSE if @widget is in none of them */
static gboolean
focus_in_its_area (StrideWindow *self,
                   GtkWidget    *widget)
{
  GtkWidget *area = widget;

  if (self->exercise_page != NULL && gtk_widget_is_ancestor (widget, GTK_WIDGET (self->exercise_page)))
    {
      adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->exercise_page));
      return gtk_widget_grab_focus (widget);
    }

  while (area != NULL && gtk_widget_get_parent (area) != NULL
         && !ADW_IS_VIEW_STACK (gtk_widget_get_parent (area)))
    area = gtk_widget_get_parent (area);
  if (area == NULL || gtk_widget_get_parent (area) == NULL)
    return FALSE;

  adw_view_stack_set_visible_child (self->view_stack, area);
  return gtk_widget_grab_focus (widget);
}

/* A result is shown in the Self-tests area, with the keyboard on its
 * test's row; a test left without one gives the keyboard back to what
 * started it, where a screen reader user left off */
static void
on_self_test_finished (StrideWindow *self,
                       gboolean      saved)
{
  StrideSelfTestKind kind = stride_self_test_wizard_get_kind (STRIDE_SELF_TEST_WIZARD (self->self_test_wizard));
  g_autoptr(GtkWidget) started_from = self->self_test_started_from != NULL
                                      ? g_object_ref (self->self_test_started_from) : NULL;

  g_clear_weak_pointer (&self->self_test_started_from);
  close_page (self, &self->self_test_wizard);
  if (saved || started_from == NULL || !focus_in_its_area (self, started_from))
    {
      GtkWidget *page;

      stride_window_show_area (self, "self-tests");
      page = adw_bin_get_child (self->self_tests_area);
      if (STRIDE_IS_SELF_TESTS_PAGE (page))
        stride_self_tests_page_focus_test (STRIDE_SELF_TESTS_PAGE (page), kind);
    }
  if (saved)
    _stride_window_confirm_saved (self, _("Result saved"));
}

/**
 * stride_window_start_self_test:
 * @clock: (nullable): the clock of the timed holds; %NULL for the
 *   monotonic clock
 *
 * Opens the wizard of a self-test, at its first step.
 */
void
stride_window_start_self_test (StrideWindow       *self,
                               StrideSelfTestKind  kind,
                               StrideClock        *clock)
{
  StrideStore *store = _stride_window_get_store (self);

  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (store != NULL);

  g_clear_weak_pointer (&self->self_test_started_from);
  if (gtk_root_get_focus (GTK_ROOT (self)) != NULL)
    g_set_weak_pointer (&self->self_test_started_from, gtk_root_get_focus (GTK_ROOT (self)));
  open_page (self, &self->self_test_wizard,
             stride_self_test_wizard_new (store, kind, clock, get_cue_player_for (self, clock)),
             G_CALLBACK (on_self_test_finished));
}

/* A routine saved is shown in the Workout area with the keyboard on its
 * Start, what comes next; an editor left unsaved gives the keyboard back
 * to the button that opened it */
static void
on_editor_finished (StrideWindow *self,
                    gboolean      saved)
{
  g_autofree char *id = g_strdup (stride_routine_get_id (stride_routine_editor_get_routine (STRIDE_ROUTINE_EDITOR (self->routine_editor))));
  g_autoptr(GtkWidget) opened_from = self->editor_opened_from != NULL ? g_object_ref (self->editor_opened_from) : NULL;

  g_clear_weak_pointer (&self->editor_opened_from);
  close_page (self, &self->routine_editor);
  if (saved || opened_from == NULL || !focus_in_its_area (self, opened_from))
    {
      GtkWidget *page;

      stride_window_show_area (self, "workout");
      page = adw_bin_get_child (self->workout_area);
      if (STRIDE_IS_WORKOUT_PAGE (page) && !stride_workout_page_show_routine (STRIDE_WORKOUT_PAGE (page), id))
        stride_workout_page_focus_first_start (STRIDE_WORKOUT_PAGE (page));
    }
  if (saved)
    _stride_window_confirm_saved (self, _("Routine saved"));
}

void
_stride_window_open_routine_editor (StrideWindow            *self,
                                    StrideRoutine           *routine,
                                    StrideRoutineEditorKind  kind,
                                    const char              *original_name)
{
  g_clear_weak_pointer (&self->editor_opened_from);
  if (gtk_root_get_focus (GTK_ROOT (self)) != NULL)
    g_set_weak_pointer (&self->editor_opened_from, gtk_root_get_focus (GTK_ROOT (self)));
  open_page (self, &self->routine_editor,
             stride_routine_editor_new (_stride_window_get_store (self), routine, kind, original_name),
             G_CALLBACK (on_editor_finished));
}

/**
 * stride_window_edit_routine:
 *
 * Opens the routine editor on @routine; saving stores it under its ID.
 */
void
stride_window_edit_routine (StrideWindow  *self,
                            StrideRoutine *routine)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (routine != NULL);

  _stride_window_open_routine_editor (self, routine, STRIDE_ROUTINE_EDITOR_EDIT, NULL);
}

static void
restore_window_state (StrideWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (StrideWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  /* The default size tracks the unmaximized size, which is what the
   * next start should come back to. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

static gboolean
close_later (gpointer user_data)
{
  gtk_window_close (user_data);

  return G_SOURCE_REMOVE;
}

/* Closes the window once a dialog over it is done: closing it at once
 * would destroy the dialog while it is still answering */
void
_stride_window_close_when_idle (StrideWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later, g_object_ref (self), g_object_unref);
}

static gboolean
stride_window_close_request (GtkWindow *window)
{
  StrideWindow *self = STRIDE_WINDOW (window);
  StrideStore *store = _stride_window_get_store (self);

  if (!self->unsaved_work_discarded && _stride_window_holds_unsaved_work (self))
    {
      _stride_window_ask_about_unsaved_work (self);
      return TRUE;
    }
  /* Discard holds for this close only: kept open by the question below,
   * the window asks again next time about what it still holds */
  self->unsaved_work_discarded = FALSE;

  if (!self->close_confirmed && store != NULL
      && stride_store_get_unsaved (store) && stride_store_get_save_error (store) != NULL)
    {
      _stride_window_ask_before_close (self);
      return TRUE;
    }

  save_window_state (self);

  return GTK_WINDOW_CLASS (stride_window_parent_class)->close_request (window);
}

static void
stride_window_dispose (GObject *object)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  g_clear_weak_pointer (&self->opened_from);
  g_clear_weak_pointer (&self->workout_started_from);
  g_clear_weak_pointer (&self->self_test_started_from);
  g_clear_weak_pointer (&self->editor_opened_from);
  g_clear_weak_pointer (&self->close_question);
  g_clear_weak_pointer (&self->undo_toast);
  /* The application window destroys its help overlay */
  self->shortcuts_window = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_WINDOW);

  G_OBJECT_CLASS (stride_window_parent_class)->dispose (object);
}

static void
stride_window_finalize (GObject *object)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  g_clear_object (&self->settings);
  g_free (self->dismissed_banner);

  G_OBJECT_CLASS (stride_window_parent_class)->finalize (object);
}

static void
stride_window_class_init (StrideWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = stride_window_dispose;
  object_class->finalize = stride_window_finalize;
  window_class->close_request = stride_window_close_request;

  g_type_ensure (STRIDE_TYPE_LIBRARY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, main_page);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, library_page);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, self_tests_area);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, progress_area);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, workout_area);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, banner_button);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_bar_reveal_changed);
  _stride_window_class_progress_file_init (widget_class);

  _stride_window_class_actions_init (widget_class);
  _stride_window_class_routine_files_init (widget_class);
}

/* The main menu's popover is built when it first opens (a click, F10):
 * building it took a hundredth of start-up, for a menu the first frame
 * does not show */
static void
create_main_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  StrideWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
}

static void
stride_window_init (StrideWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_main_menu, self, NULL);
  stride_accessible_watch_toasts (GTK_WIDGET (self->toast_overlay));

  g_signal_connect (self, "notify::application", G_CALLBACK (_stride_window_follow_store), NULL);

  self->settings = g_settings_new (APP_ID);
  restore_window_state (self);
  /* Until a toast with Undo shows */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);

  g_object_bind_property (self->search_button, "active",
                          self->library_page, "search-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  update_actions (self);
}

StrideWindow *
stride_window_new (StrideApplication *application)
{
  return g_object_new (STRIDE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static AdwToastOverlay *
find_toast_overlay_in (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = find_toast_overlay_in (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The window's toasts show at the bottom, where the switcher bar, the
 * player and the self-tests have their controls. A page with controls
 * there has a toast overlay of its own over the part above them: the
 * toast goes there, so that it covers none of them. */
static AdwToastOverlay *
find_toast_overlay (StrideWindow *self)
{
  GtkWidget *page = adw_leaflet_get_visible_child (self->leaflet);
  AdwToastOverlay *overlay = page != NULL ? find_toast_overlay_in (page) : NULL;

  if (overlay == NULL)
    return self->toast_overlay;

  /* Its close button named for screen readers */
  stride_accessible_watch_toasts (GTK_WIDGET (overlay));

  return overlay;
}

/* What fits on one line of a toast in a 360 px window */
#define MAX_TOAST_LINE_CHARS 30

static void
on_undo_toast_dismissed (AdwToast     *toast,
                         StrideWindow *self)
{
  if (self->undo_toast != toast)
    return;

  g_clear_weak_pointer (&self->undo_toast);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
}

/* Every toast of the window and its pages comes here */
static void
stride_window_add_toast (StrideToaster *toaster,
                         AdwToast      *toast)
{
  StrideWindow *self = STRIDE_WINDOW (toaster);
  const char *title = adw_toast_get_title (toast);

  /* A toast's title is one line, cut off where a narrow window ends; a
   * long one wraps instead, no wider than a phone's screen can show */
  if (title != NULL && adw_toast_get_custom_title (toast) == NULL
      && g_utf8_strlen (title, -1) > MAX_TOAST_LINE_CHARS)
    {
      GtkWidget *label = gtk_label_new (NULL);

      /* Markup, as the toast's own title is */
      gtk_label_set_markup (GTK_LABEL (label), title);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), MAX_TOAST_LINE_CHARS);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (label, "heading");
      adw_toast_set_custom_title (toast, label);
    }

  if (stride_toast_is_undo (toast))
    {
      g_set_weak_pointer (&self->undo_toast, toast);
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed), self, 0);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", TRUE);
    }

  adw_toast_overlay_add_toast (find_toast_overlay (self), toast);
}

/**
 * _stride_window_undo:
 *
 * Presses the Undo of the toast shown, if one is: as its button does,
 * and the toast goes.
 */
void
_stride_window_undo (StrideWindow *self)
{
  g_autoptr(AdwToast) toast = self->undo_toast != NULL ? g_object_ref (self->undo_toast) : NULL;

  if (toast == NULL)
    return;

  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
}

static void
stride_window_toaster_init (StrideToasterInterface *iface)
{
  iface->add_toast = stride_window_add_toast;
}

/**
 * stride_window_show_area:
 * @area: "exercises", "workout", "self-tests" or "progress"
 *
 * Switches to one of the top-level areas.
 */
void
stride_window_show_area (StrideWindow *self,
                         const char   *area)
{
  GtkWidget *visible;

  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (adw_view_stack_get_child_by_name (self->view_stack, area) != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, area);
  /* Where the keyboard starts: the area's main action, such as the
   * Workout area's first Start. Areas made when first shown are held
   * in a plain AdwBin. */
  visible = adw_view_stack_get_visible_child (self->view_stack);
  if (G_OBJECT_TYPE (visible) == ADW_TYPE_BIN && adw_bin_get_child (ADW_BIN (visible)) != NULL)
    visible = adw_bin_get_child (ADW_BIN (visible));
  if (STRIDE_IS_WORKOUT_PAGE (visible) && stride_workout_page_focus_first_start (STRIDE_WORKOUT_PAGE (visible)))
    return;
  if (STRIDE_IS_PROGRESS_PAGE (visible) && stride_progress_page_focus_sessions (STRIDE_PROGRESS_PAGE (visible)))
    return;
  /* Without one of its own, the first control it has */
  if (!gtk_widget_grab_focus (visible))
    gtk_widget_child_focus (visible, GTK_DIR_TAB_FORWARD);
}

/**
 * stride_window_show_exercise:
 *
 * Opens the page of an exercise or self-test.
 */
void
stride_window_show_exercise (StrideWindow   *self,
                             StrideExercise *exercise)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (STRIDE_IS_EXERCISE (exercise));

  if (self->exercise_page == NULL)
    {
      AdwLeafletPage *page;

      self->exercise_page = STRIDE_EXERCISE_PAGE (stride_exercise_page_new (_stride_window_get_store (self)));
      page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->exercise_page));
      adw_leaflet_page_set_name (page, "exercise");
      /* Only the back direction: nothing to swipe forward to */
      adw_leaflet_page_set_navigatable (page, FALSE);
    }

  stride_exercise_page_set_exercise (self->exercise_page, exercise);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->exercise_page));
  gtk_widget_grab_focus (GTK_WIDGET (self->exercise_page));
}
