/* stride-figure-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-cue.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_FIGURE_VIEW (stride_figure_view_get_type ())

/* A figure in motion, playing on its own or driven by the player, looks
 * smooth at 30 frames a second, at half the drawing of the display's 60 */
#define STRIDE_FIGURE_FRAME_MS (1000 / 30)

G_DECLARE_FINAL_TYPE (StrideFigureView, stride_figure_view, STRIDE, FIGURE_VIEW, GtkWidget)

GtkWidget  *stride_figure_view_new          (const char       *movement);
const char *stride_figure_view_get_movement (StrideFigureView *self);
void        stride_figure_view_set_movement (StrideFigureView *self,
                                             const char       *movement);
gboolean    stride_figure_view_get_mirrored (StrideFigureView *self);
void        stride_figure_view_set_mirrored (StrideFigureView *self,
                                             gboolean          mirrored);
StrideSide  stride_figure_view_get_side      (StrideFigureView *self);
void        stride_figure_view_set_side      (StrideFigureView *self,
                                             StrideSide        side);
const char *stride_figure_view_get_description (StrideFigureView *self);
gboolean    stride_figure_view_get_playing  (StrideFigureView *self);
void        stride_figure_view_set_playing  (StrideFigureView *self,
                                             gboolean          playing);
double      stride_figure_view_get_phase    (StrideFigureView *self);
void        stride_figure_view_set_phase    (StrideFigureView *self,
                                             double            phase);
gboolean    stride_figure_view_get_still    (StrideFigureView *self);
void        stride_figure_view_set_still    (StrideFigureView *self,
                                             gboolean          still);

G_END_DECLS
