/* stride-theme-colors.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  GdkRGBA foreground;
  GdkRGBA background;
  GdkRGBA accent;
} StrideThemeColors;

void stride_theme_colors_read (GtkWidget         *widget,
                               StrideThemeColors *colors);

G_END_DECLS
