/* stride-icon-theme-preload.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     stride_icon_theme_preload_async  (GdkDisplay           *display,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean stride_icon_theme_preload_finish (GAsyncResult         *result,
                                           GError              **error);

G_END_DECLS
