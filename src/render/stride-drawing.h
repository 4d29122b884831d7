/* stride-drawing.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  STRIDE_IMAGE_FORMAT_PNG,
  STRIDE_IMAGE_FORMAT_SVG,
} StrideImageFormat;

/**
 * StrideDrawFunc:
 * @cr: where to draw, from (0, 0)
 * @width: in pixels
 * @height: in pixels
 *
 * Draws a picture the same way on screen and into a file.
 */
typedef void (*StrideDrawFunc) (cairo_t  *cr,
                                int       width,
                                int       height,
                                gpointer  user_data);

GskRenderNode  *stride_drawing_record (int                 width,
                                       int                 height,
                                       StrideDrawFunc      draw,
                                       gpointer            user_data);
void            stride_drawing_append (GtkSnapshot        *snapshot,
                                       int                 width,
                                       int                 height,
                                       StrideDrawFunc      draw,
                                       gpointer            user_data);
void            stride_drawing_append_part (GtkSnapshot           *snapshot,
                                            const graphene_rect_t *part,
                                            int                    width,
                                            int                    height,
                                            StrideDrawFunc         draw,
                                            gpointer               user_data);
cairo_status_t  stride_drawing_write  (StrideImageFormat   format,
                                       int                 width,
                                       int                 height,
                                       StrideDrawFunc      draw,
                                       gpointer            user_data,
                                       GBytes            **bytes);

G_END_DECLS
