/* stride-chart-export.c
 *
 * A chart as a PNG or SVG file, drawn by the same code as on screen, in
 * the colours the user sees, on the window's background. Asking where to
 * save and saying how it went is the chart card's part.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-chart-export.h"
#include "stride-chart-private.h"
#include "stride-chart-renderer.h"

static void
draw (cairo_t  *cr,
      int       width,
      int       height,
      gpointer  user_data)
{
  StrideChart *self = user_data;
  g_autoptr(StrideChartLayout) layout = stride_chart_build_layout (self, width, height);
  StrideChartStyle style;

  stride_chart_get_style (self, &style);
  gdk_cairo_set_source_rgba (cr, &style.background);
  cairo_paint (cr);
  stride_chart_render (cr, layout, &style);
}

/**
 * stride_chart_render_bytes:
 * @width: in pixels, at least 1
 * @height: in pixels, at least 1
 *
 * Returns: (transfer full): the chart as a PNG or SVG file's contents,
 *   without hover or focus details
 */
GBytes *
stride_chart_render_bytes (StrideChart        *self,
                           StrideImageFormat   format,
                           int                 width,
                           int                 height,
                           GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_status_t status;

  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  status = stride_drawing_write (format, width, height, draw, self, &bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s says what went wrong */
                   _("The chart could not be drawn: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

/**
 * stride_chart_export:
 *
 * Writes the chart to @file at @width × @height pixels, replacing it.
 * It blocks on the disk: the app writes the bytes of
 * stride_chart_render_bytes() in the background instead.
 *
 * Returns: whether the file was written
 */
gboolean
stride_chart_export (StrideChart        *self,
                     GFile              *file,
                     StrideImageFormat   format,
                     int                 width,
                     int                 height,
                     GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (STRIDE_IS_CHART (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = stride_chart_render_bytes (self, format, width, height, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
