/* stride-window-unsaved-work.c
 *
 * Closing the window, with its close button or Ctrl+Q, while it holds
 * something the runner did that is not recorded yet asks first, as the
 * pages' own Stop and Cancel do: a workout running or paused in the
 * player, or finished and waiting in the session log for Save; a
 * self-test's result waiting for Save Result, or its answers half-way;
 * a routine changed in the editor. A workout is paused while the
 * question is open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-confirm-dialog.h"
#include "stride-routine-editor.h"
#include "stride-self-test-wizard.h"
#include "stride-session-log-page.h"
#include "stride-window-private.h"

typedef enum
{
  UNSAVED_NOTHING,
  UNSAVED_WORKOUT,
  UNSAVED_TEST_RESULT,
  UNSAVED_TEST_ANSWERS,
  UNSAVED_ROUTINE,
} UnsavedWork;

static StrideEngine *
get_active_engine (StrideWindow *self)
{
  StrideEngine *engine = self->player_page != NULL ? stride_player_page_get_engine (self->player_page) : NULL;

  if (engine == NULL)
    return NULL;

  switch (stride_engine_get_state (engine))
    {
    case STRIDE_ENGINE_RUNNING:
    case STRIDE_ENGINE_PAUSED:
      return engine;
    case STRIDE_ENGINE_READY:
    case STRIDE_ENGINE_FINISHED:
    case STRIDE_ENGINE_STOPPED:
    default:
      return NULL;
    }
}

static UnsavedWork
find_unsaved_work (StrideWindow *self)
{
  StrideEngine *engine = get_active_engine (self);

  if (_stride_window_get_store (self) == NULL)
    return UNSAVED_NOTHING;

  if (self->session_log_page != NULL)
    {
      if (stride_session_log_page_has_something_to_save (STRIDE_SESSION_LOG_PAGE (self->session_log_page)))
        return UNSAVED_WORKOUT;
    }
  else if (engine != NULL && stride_engine_has_done (engine))
    {
      return UNSAVED_WORKOUT;
    }

  if (self->self_test_wizard != NULL)
    {
      StrideSelfTestWizard *wizard = STRIDE_SELF_TEST_WIZARD (self->self_test_wizard);

      if (stride_self_test_wizard_shows_result (wizard))
        return UNSAVED_TEST_RESULT;
      if (stride_self_test_wizard_has_answers (wizard))
        return UNSAVED_TEST_ANSWERS;
    }

  if (self->routine_editor != NULL
      && stride_routine_editor_has_changes (STRIDE_ROUTINE_EDITOR (self->routine_editor)))
    return UNSAVED_ROUTINE;

  return UNSAVED_NOTHING;
}

/**
 * _stride_window_holds_unsaved_work:
 *
 * Returns: %TRUE if closing now would lose a workout with at least one
 *   rep done or one second held, a self-test's answers, or changes to
 *   a routine
 */
gboolean
_stride_window_holds_unsaved_work (StrideWindow *self)
{
  return find_unsaved_work (self) != UNSAVED_NOTHING;
}

/* Returns: %FALSE if something could not be saved as it is, such as a
 * routine without exercises, which the editor then points out */
static gboolean
save_work (StrideWindow *self)
{
  StrideEngine *engine = get_active_engine (self);

  /* Stopped, the player hands the workout to the session log, which
   * records it as the runner left it */
  if (engine != NULL)
    stride_engine_stop (engine);
  if (self->session_log_page != NULL)
    stride_session_log_page_save (STRIDE_SESSION_LOG_PAGE (self->session_log_page));
  if (self->self_test_wizard != NULL)
    stride_self_test_wizard_save (STRIDE_SELF_TEST_WIZARD (self->self_test_wizard));
  if (self->routine_editor != NULL)
    return stride_routine_editor_save (STRIDE_ROUTINE_EDITOR (self->routine_editor));

  return TRUE;
}

static void
on_unsaved_work_response (AdwMessageDialog *dialog,
                          const char       *response,
                          StrideWindow     *self)
{
  StrideEngine *engine = get_active_engine (self);

  if (g_strcmp0 (response, "save") == 0)
    {
      if (save_work (self))
        _stride_window_close_when_idle (self);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      self->unsaved_work_discarded = TRUE;
      _stride_window_close_when_idle (self);
    }
  else if (engine != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "was-running")))
    {
      stride_engine_resume (engine);
    }
}

void
_stride_window_ask_about_unsaved_work (StrideWindow *self)
{
  StrideEngine *engine = get_active_engine (self);
  gboolean was_running = engine != NULL && stride_engine_get_state (engine) == STRIDE_ENGINE_RUNNING;
  AdwMessageDialog *dialog;

  switch (find_unsaved_work (self))
    {
    case UNSAVED_WORKOUT:
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save the Workout?"),
                                                           _("What you did so far is not recorded yet. Save it to count it toward your progress.")));
      break;
    case UNSAVED_TEST_RESULT:
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save the Test Result?"),
                                                           _("The result is not recorded yet. Save it to see it in your progress and to know when the next test is due.")));
      break;
    case UNSAVED_ROUTINE:
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save the Routine?"),
                                                           _("What you changed in this routine is not saved yet.")));
      break;
    case UNSAVED_TEST_ANSWERS:
      /* The same question as the test's own Cancel */
      dialog = ADW_MESSAGE_DIALOG (stride_confirm_dialog_new (GTK_WIDGET (self), _("Leave the Test?"),
                                                              _("Your answers will not be saved."),
                                                              "cancel", _("_Continue Test"),
                                                              "discard", _("_Leave")));
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_work_response), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    case UNSAVED_NOTHING:
    default:
      return;
    }

  /* The clock does not run on while the runner reads the question */
  if (was_running)
    stride_engine_pause (engine);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  stride_message_dialog_focus_response (dialog, "save");
  g_object_set_data (G_OBJECT (dialog), "was-running", GINT_TO_POINTER (was_running));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_work_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
