/* stride-confirm-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-confirm-dialog.h"

/* The answer to have the keyboard, and the last that had it */
#define FOCUS_KEY "stride-focus-response"
#define LAST_FOCUS_KEY "stride-focus-last"

/**
 * stride_confirm_dialog_new:
 * @parent: the widget whose window the dialog belongs to
 * @safe_id: the response that keeps everything as it is
 * @destructive_id: the response that loses something
 *
 * Returns: (transfer none): the dialog, not yet presented; connect to
 *   its AdwMessageDialog::response, then present it
 */
GtkWidget *
stride_confirm_dialog_new (GtkWidget  *parent,
                           const char *heading,
                           const char *body,
                           const char *safe_id,
                           const char *safe_label,
                           const char *destructive_id,
                           const char *destructive_label)
{
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (safe_id != NULL && destructive_id != NULL, NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    safe_id, safe_label,
                                    destructive_id, destructive_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), destructive_id, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), safe_id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), safe_id);
  stride_message_dialog_focus_response (ADW_MESSAGE_DIALOG (dialog), safe_id);

  return dialog;
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  /* The dialog has a button for each answer in each of its layouts,
   * side by side and stacked: the one shown */
  if (!gtk_widget_get_child_visible (widget))
    return NULL;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
remember_focus (AdwMessageDialog *dialog,
                GtkWidget        *focus)
{
  g_object_set_data_full (G_OBJECT (dialog), LAST_FOCUS_KEY,
                          focus != NULL ? g_object_ref (focus) : NULL, g_object_unref);
}

/* libadwaita 1.2 has a button for each answer in each of its layouts,
 * side by side and stacked, and puts the keyboard on the first answer of
 * the one it shows as it lays the dialog out: the answer that had the
 * keyboard keeps it, in the layout shown */
static void
on_focus_changed (AdwMessageDialog *dialog)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  GtkWidget *last = g_object_get_data (G_OBJECT (dialog), LAST_FOCUS_KEY);

  if (focus == NULL)
    return;

  /* From an answer of one layout to one of the other: Tab moves within
   * one, so the dialog switched them */
  if (last != NULL && GTK_IS_BUTTON (last) && GTK_IS_BUTTON (focus)
      && gtk_widget_get_parent (last) != gtk_widget_get_parent (focus)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (last)), gtk_button_get_label (GTK_BUTTON (focus))) != 0)
    {
      GtkWidget *twin = find_button_labelled (gtk_widget_get_parent (focus), gtk_button_get_label (GTK_BUTTON (last)));

      if (twin != NULL)
        {
          remember_focus (dialog, twin);
          gtk_widget_grab_focus (twin);
          return;
        }
    }

  remember_focus (dialog, focus);
}

/* Once shown, as the dialog puts the keyboard on an answer as it maps */
static void
on_mapped (AdwMessageDialog *dialog)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), FOCUS_KEY);
  GtkWidget *button = find_button_labelled (GTK_WIDGET (dialog), adw_message_dialog_get_response_label (dialog, id));

  if (button != NULL)
    gtk_widget_grab_focus (button);
}

/**
 * stride_message_dialog_focus_response:
 * @dialog: a message dialog with its responses, not yet presented
 * @id: the response to have the keyboard when it opens, the default
 *
 * libadwaita 1.2 gives the keyboard to the first answer shown, which in
 * a dialog too narrow for its answers side by side, stacked last first,
 * is the last added: often the destructive one, which Return then gave
 * instead of the default.
 */
void
stride_message_dialog_focus_response (AdwMessageDialog *dialog,
                                      const char       *id)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (adw_message_dialog_has_response (dialog, id));

  g_object_set_data_full (G_OBJECT (dialog), FOCUS_KEY, g_strdup (id), g_free);
  g_signal_connect_after (dialog, "map", G_CALLBACK (on_mapped), NULL);
  g_signal_connect (dialog, "notify::focus-widget", G_CALLBACK (on_focus_changed), NULL);
}
