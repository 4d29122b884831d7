/* stride-accessible.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void stride_accessible_set_label            (GtkWidget  *widget,
                                             const char *label);
void stride_accessible_label_search         (GtkWidget  *root,
                                             const char *label);
void stride_accessible_hide_decorations     (GtkWidget  *root);
void stride_accessible_watch_toasts         (GtkWidget  *toast_overlay);
void stride_accessible_name_buttons_by_text (void);
void stride_accessible_name_expander_row    (GtkWidget  *row);
void stride_accessible_set_button_label     (GtkButton  *button,
                                             const char *label);

G_END_DECLS
