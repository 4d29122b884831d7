/* stride-window-private.h
 *
 * What the parts of the main window share: stride-window.c,
 * stride-window-actions.c, stride-window-progress-file.c,
 * stride-window-routine-files.c and stride-window-unsaved-work.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-exercise-page.h"
#include "stride-library-page.h"
#include "stride-player-page.h"
#include "stride-routine-editor.h"
#include "stride-store.h"
#include "stride-window.h"

G_BEGIN_DECLS

struct _StrideWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;

  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  GtkWidget *main_page;
  AdwViewStack *view_stack;
  GtkToggleButton *search_button;
  StrideLibraryPage *library_page;
  AdwBin *self_tests_area;
  AdwBin *progress_area;
  AdwBin *workout_area;
  StridePlayerPage *player_page;
  GtkWidget *session_log_page;
  GtkWidget *routine_editor;
  GtkWidget *self_test_wizard;
  /* What had the keyboard when the workout or the self-test began, and
   * when the routine editor opened */
  GtkWidget *workout_started_from;
  GtkWidget *self_test_started_from;
  GtkWidget *editor_opened_from;

  /* The user chose to close although changes are not saved */
  gboolean close_confirmed;
  /* A copy is being saved before the window closes */
  gboolean close_after_export;
  /* The question asked on closing while saves fail, while it is open */
  GtkWidget *close_question;
  /* The user chose to close without recording the workout or test */
  gboolean unsaved_work_discarded;

  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkButton *banner_button;
  char *dismissed_banner;

  /* Filled when first needed, to keep start-up short: the main menu's
   * popover, the narrow window's view switcher */
  GtkMenuButton *menu_button;
  GMenuModel *primary_menu;
  AdwViewSwitcherBar *switcher_bar;

  /* Made when first needed */
  StrideExercisePage *exercise_page;
  GtkWindow *shortcuts_window;

  /* The card that opened the exercise page, to give focus back to it */
  GtkWidget *opened_from;

  /* The toast shown whose Undo Ctrl+Z presses */
  AdwToast *undo_toast;
};

StrideStore *_stride_window_get_store            (StrideWindow         *self);
void         _stride_window_show_toast           (StrideWindow         *self,
                                                  const char           *message);
gboolean     _stride_window_is_showing_exercise  (StrideWindow         *self);
gboolean     _stride_window_is_busy              (StrideWindow         *self);
gboolean     _stride_window_is_showing_workout_not_started (StrideWindow *self);
gboolean     _stride_window_refuse_if_busy       (StrideWindow         *self);
void         _stride_window_undo                 (StrideWindow         *self);
void         _stride_window_open_routine_editor  (StrideWindow            *self,
                                                  StrideRoutine           *routine,
                                                  StrideRoutineEditorKind  kind,
                                                  const char              *original_name);
void         _stride_window_close_when_idle      (StrideWindow         *self);

/* stride-window-actions.c */
void         _stride_window_class_actions_init   (GtkWidgetClass       *widget_class);

/* stride-window-routine-files.c */
void         _stride_window_class_routine_files_init (GtkWidgetClass   *widget_class);

/* stride-window-progress-file.c */
void         _stride_window_class_progress_file_init (GtkWidgetClass   *widget_class);
void         _stride_window_follow_store         (StrideWindow         *self);
void         _stride_window_choose_file          (StrideWindow         *self,
                                                  const char           *purpose,
                                                  GtkFileChooserAction  action,
                                                  const char           *title,
                                                  const char           *accept,
                                                  const char           *suggested_name,
                                                  const char           *pattern);
char        *_stride_window_dup_export_name      (const char           *stem,
                                                  const char           *extension);
void         _stride_window_confirm_saved        (StrideWindow         *self,
                                                  const char           *message);
void         _stride_window_tell_before_workout  (StrideWindow         *self);
void         _stride_window_ask_before_close     (StrideWindow         *self);

/* stride-window-unsaved-work.c */
gboolean     _stride_window_holds_unsaved_work     (StrideWindow       *self);
void         _stride_window_ask_about_unsaved_work (StrideWindow       *self);

G_END_DECLS
