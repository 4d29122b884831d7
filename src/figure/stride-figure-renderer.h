/* stride-figure-renderer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "stride-figure-scene.h"
#include "stride-figure-style.h"
#include "stride-movement.h"

G_BEGIN_DECLS

void stride_figure_render          (cairo_t                 *cr,
                                    const StrideFigureScene *scene,
                                    gboolean                 mirrored,
                                    double                   width,
                                    double                   height,
                                    const StrideFigureStyle *style);
void stride_figure_render_movement (cairo_t                 *cr,
                                    const StrideMovement    *movement,
                                    double                   phase,
                                    gboolean                 mirrored,
                                    double                   width,
                                    double                   height,
                                    const StrideFigureStyle *style);
void stride_figure_render_arrow    (cairo_t                 *cr,
                                    double                   x,
                                    double                   y,
                                    double                   width,
                                    double                   height,
                                    const StrideFigureStyle *style);
void stride_figure_get_drawn_area  (const StrideBox         *frame,
                                    const StrideFigureStyle *style,
                                    double                   width,
                                    double                   height,
                                    StrideBox               *area);

G_END_DECLS
