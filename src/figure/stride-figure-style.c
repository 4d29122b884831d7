/* stride-figure-style.c
 *
 * The figure's colours, derived from a foreground and an accent colour
 * as the widget's style gives them, so that the figure follows the light
 * and dark styles and the user's accent. Everything but the band is a
 * tone of the foreground: the far-side limbs, the mat and the floor are
 * the foreground faded toward the background.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-figure-style.h"

/* How much of the foreground each tone keeps */
#define FAR_STRENGTH   0.45
#define MAT_STRENGTH   0.13
#define FLOOR_STRENGTH 0.32

static StrideFigureColor
fade (const StrideFigureColor *foreground,
      const StrideFigureColor *background,
      double                   strength)
{
  StrideFigureColor c = *foreground;

  /* Over a known background the tone is mixed opaque, so that the
   * picture is the same in a vector file; over an unknown one it is
   * the foreground made translucent */
  if (background == NULL || background->alpha == 0)
    {
      c.alpha *= strength;
      return c;
    }

  c.red = background->red + (foreground->red - background->red) * strength * foreground->alpha;
  c.green = background->green + (foreground->green - background->green) * strength * foreground->alpha;
  c.blue = background->blue + (foreground->blue - background->blue) * strength * foreground->alpha;
  c.alpha = 1;
  return c;
}

/**
 * stride_figure_style_init:
 * @foreground: the text colour of where the figure is shown
 * @accent: the accent colour, for the resistance band
 * @background: (nullable): an opaque colour to paint under the figure,
 *   or %NULL to leave what is beneath showing
 */
void
stride_figure_style_init (StrideFigureStyle       *style,
                          const StrideFigureColor *foreground,
                          const StrideFigureColor *accent,
                          const StrideFigureColor *background)
{
  const StrideFigureColor transparent = { 0, 0, 0, 0 };

  g_return_if_fail (style != NULL && foreground != NULL && accent != NULL);

  style->ink = *foreground;
  style->ink_far = fade (foreground, background, FAR_STRENGTH);
  style->band = *accent;
  style->mat = fade (foreground, background, MAT_STRENGTH);
  style->floor = fade (foreground, background, FLOOR_STRENGTH);
  style->background = background != NULL ? *background : transparent;
}

/**
 * stride_figure_style_init_light:
 *
 * The fixed light palette of exported pictures: GNOME's dark grey on
 * white, with its blue for the band.
 */
void
stride_figure_style_init_light (StrideFigureStyle *style)
{
  const StrideFigureColor foreground = { 0x3d / 255.0, 0x38 / 255.0, 0x46 / 255.0, 1 };
  const StrideFigureColor accent = { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 1 };
  const StrideFigureColor white = { 1, 1, 1, 1 };

  g_return_if_fail (style != NULL);

  stride_figure_style_init (style, &foreground, &accent, &white);
}
