/* stride-background.h
 *
 * Asking to run in the background and start at login, so that
 * reminders arrive while Stride is closed: in a Flatpak sandbox through
 * the XDG Background portal, elsewhere by an autostart entry in the
 * user's configuration folder, written when reminders are turned on
 * and removed when they are turned off.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define STRIDE_BACKGROUND_ERROR (stride_background_error_quark ())

typedef enum
{
  /* The user or the system said no */
  STRIDE_BACKGROUND_ERROR_REFUSED,
  /* The request could not be made or the entry not written */
  STRIDE_BACKGROUND_ERROR_FAILED,
} StrideBackgroundError;

/* The command line that starts the hidden reminder service */
#define STRIDE_BACKGROUND_OPTION "--reminders"

GQuark    stride_background_error_quark     (void);
gboolean  stride_background_is_sandboxed    (void);
char     *stride_background_get_autostart_path (void);
gboolean  stride_background_set_autostart   (gboolean              enable,
                                             GError              **error);
void      stride_background_request_async   (gboolean              enable,
                                             gboolean              sandboxed,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean  stride_background_request_finish  (GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
