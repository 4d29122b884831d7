/* stride-accessible.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void stride_accessible_set_label        (GtkWidget  *widget,
                                         const char *label);
void stride_accessible_label_search     (GtkWidget  *root,
                                         const char *label);
void stride_accessible_hide_decorations (GtkWidget  *root);
void stride_accessible_watch_toasts     (GtkWidget  *toast_overlay);

G_END_DECLS
