/* stride-confirm-dialog.h
 *
 * Asking before something is lost (answers given, a session not yet
 * recorded): a dialog whose safe answer is the default, what Return and
 * Escape give, and whose other answer is shown as destructive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *stride_confirm_dialog_new (GtkWidget  *parent,
                                      const char *heading,
                                      const char *body,
                                      const char *safe_id,
                                      const char *safe_label,
                                      const char *destructive_id,
                                      const char *destructive_label);
void       stride_message_dialog_focus_response (AdwMessageDialog *dialog,
                                                 const char       *id);

G_END_DECLS
