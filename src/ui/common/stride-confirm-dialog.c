/* stride-confirm-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-confirm-dialog.h"

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

  return dialog;
}
