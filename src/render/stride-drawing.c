/* stride-drawing.c
 *
 * One cairo function draws a picture wherever it goes: into the widget's
 * snapshot on screen, or into a PNG or SVG file's contents. The figure
 * and the chart both draw this way, so that a file shows exactly what
 * the screen does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-svg.h>

#include "stride-drawing.h"

/**
 * stride_drawing_append:
 *
 * Draws with @draw into @snapshot, over @width × @height pixels.
 */
void
stride_drawing_append (GtkSnapshot    *snapshot,
                       int             width,
                       int             height,
                       StrideDrawFunc  draw,
                       gpointer        user_data)
{
  stride_drawing_append_part (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height), width, height, draw, user_data);
}

/**
 * stride_drawing_append_part:
 * @part: the only part of the @width × @height drawing that can hold ink
 *
 * Draws with @draw into @snapshot as stride_drawing_append() does, but
 * keeps and shows only @part: a smaller picture to paint, and a smaller
 * area for GTK to redraw when it changes.
 */
void
stride_drawing_append_part (GtkSnapshot           *snapshot,
                            const graphene_rect_t *part,
                            int                    width,
                            int                    height,
                            StrideDrawFunc         draw,
                            gpointer               user_data)
{
  cairo_t *cr;

  g_return_if_fail (GTK_IS_SNAPSHOT (snapshot));
  g_return_if_fail (part != NULL);
  g_return_if_fail (draw != NULL);

  cr = gtk_snapshot_append_cairo (snapshot, part);
  draw (cr, width, height, user_data);
  cairo_destroy (cr);
}

/**
 * stride_drawing_record:
 *
 * Draws with @draw into a render node of @width × @height pixels, for a
 * widget to keep and show again until what it draws changes.
 *
 * Returns: (transfer full) (nullable): the drawing, or %NULL for nothing
 */
GskRenderNode *
stride_drawing_record (int             width,
                       int             height,
                       StrideDrawFunc  draw,
                       gpointer        user_data)
{
  g_autoptr(GtkSnapshot) recorder = gtk_snapshot_new ();

  g_return_val_if_fail (draw != NULL, NULL);

  stride_drawing_append (recorder, width, height, draw, user_data);

  return gtk_snapshot_free_to_node (g_steal_pointer (&recorder));
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * stride_drawing_write:
 * @width: in pixels, at least 1
 * @height: in pixels, at least 1
 * @bytes: (out) (transfer full): the file's contents, or %NULL on failure
 *
 * Draws with @draw into a PNG or SVG file's contents, in memory: the
 * caller decides where and how to write them.
 *
 * Returns: %CAIRO_STATUS_SUCCESS, or what went wrong
 */
cairo_status_t
stride_drawing_write (StrideImageFormat   format,
                      int                 width,
                      int                 height,
                      StrideDrawFunc      draw,
                      gpointer            user_data,
                      GBytes            **bytes)
{
  g_autoptr(GByteArray) contents = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (width > 0 && height > 0, CAIRO_STATUS_INVALID_SIZE);
  g_return_val_if_fail (draw != NULL, CAIRO_STATUS_NULL_POINTER);
  g_return_val_if_fail (bytes != NULL, CAIRO_STATUS_NULL_POINTER);

  *bytes = NULL;

  if (format == STRIDE_IMAGE_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_to_bytes, contents, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  draw (cr, width, height, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == STRIDE_IMAGE_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_bytes, contents);
  /* An SVG surface writes its document as it finishes */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    *bytes = g_byte_array_free_to_bytes (g_steal_pointer (&contents));

  return status;
}
