/* stride-figure-style.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A colour, laid out as GdkRGBA is, without needing GDK */
typedef struct
{
  float red;
  float green;
  float blue;
  float alpha;
} StrideFigureColor;

/* The colours a figure is drawn in */
typedef struct
{
  StrideFigureColor ink;     /* the body, and the limbs on the near side */
  StrideFigureColor ink_far; /* the limbs on the far side */
  StrideFigureColor band;
  StrideFigureColor mat;
  StrideFigureColor floor;
  /* Painted under everything unless fully transparent; the thin gaps
   * that keep overlapping limbs apart are of this colour, or cut out
   * when it is transparent */
  StrideFigureColor background;
} StrideFigureStyle;

void stride_figure_style_init       (StrideFigureStyle       *style,
                                     const StrideFigureColor *foreground,
                                     const StrideFigureColor *accent,
                                     const StrideFigureColor *background);
void stride_figure_style_init_light (StrideFigureStyle       *style);

G_END_DECLS
