/* stride-theme-colors.c
 *
 * The colours a drawn widget takes from its style: the text colour, the
 * window's background and the accent. The figure and the chart draw in
 * them, so that a switch between light and dark or a new accent shows
 * in both at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-theme-colors.h"

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
/**
 * stride_theme_colors_read:
 *
 * Reads @widget's colours from its style, with a blue accent and a
 * background opposite to the text where the style names none.
 */
void
stride_theme_colors_read (GtkWidget         *widget,
                          StrideThemeColors *colors)
{
  /* libadwaita's names first, then plain GTK's */
  const char *accent_names[] = { "accent_color", "accent_bg_color", "theme_selected_bg_color" };
  GtkStyleContext *context;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (colors != NULL);

  /* GTK 4.8 has no gtk_widget_get_color(); its style context is how a
   * widget of that version reads its colours */
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &colors->foreground);

  colors->accent = (GdkRGBA) { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0, 1 };
  for (guint i = 0; i < G_N_ELEMENTS (accent_names); i++)
    {
      if (gtk_style_context_lookup_color (context, accent_names[i], &colors->accent))
        break;
    }

  if (!gtk_style_context_lookup_color (context, "window_bg_color", &colors->background))
    {
      /* Without libadwaita's colours: the opposite of the text */
      const GdkRGBA *text = &colors->foreground;
      gboolean light_text = text->red + text->green + text->blue > 1.5;

      colors->background = light_text ? (GdkRGBA) { 0.14, 0.14, 0.14, 1 } : (GdkRGBA) { 0.98, 0.98, 0.98, 1 };
    }
}
G_GNUC_END_IGNORE_DEPRECATIONS
