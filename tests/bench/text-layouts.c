/* text-layouts.c
 *
 * Where the text of a window costs: a library to preload into an app,
 * which times every PangoLayout the app lays out and measures
 * (pango_layout_get_extents, _get_size, _get_pixel_size) and prints one
 * line per layout on stderr, with the width it wraps at and its text:
 *
 *   LD_PRELOAD=_build/tests/bench/libtext-layouts.so \
 *     _build/install/bin/stride 2> layouts.txt
 *
 * A text laid out again at a new width costs a new layout, and the first
 * layout in each font also loads that font. Sort by the time or count
 * the texts to see which labels cost the most, or which are laid out
 * though never shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <pango/pango.h>
#include <stdio.h>

typedef void (*GetExtents) (PangoLayout    *layout,
                            PangoRectangle *ink_rect,
                            PangoRectangle *logical_rect);

void
pango_layout_get_extents (PangoLayout    *layout,
                          PangoRectangle *ink_rect,
                          PangoRectangle *logical_rect)
{
  static GetExtents real_get_extents;
  gint64 start;
  double us;

  if (real_get_extents == NULL)
    real_get_extents = (GetExtents) dlsym (RTLD_NEXT, "pango_layout_get_extents");

  start = g_get_monotonic_time ();
  real_get_extents (layout, ink_rect, logical_rect);
  us = (double) (g_get_monotonic_time () - start);

  if (pango_layout_get_width (layout) < 0)
    fprintf (stderr, "layout %8.0f us  unwrapped         %s\n", us, pango_layout_get_text (layout));
  else
    fprintf (stderr, "layout %8.0f us  width %7.1f px  %s\n",
             us, pango_layout_get_width (layout) / (double) PANGO_SCALE, pango_layout_get_text (layout));
}

/* Inside libpango these call its own pango_layout_get_extents directly:
 * routed here, they are timed too */
void
pango_layout_get_size (PangoLayout *layout,
                       int         *width,
                       int         *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = logical.width;
  if (height != NULL)
    *height = logical.height;
}

void
pango_layout_get_pixel_size (PangoLayout *layout,
                             int         *width,
                             int         *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  pango_extents_to_pixels (&logical, NULL);
  if (width != NULL)
    *width = logical.width;
  if (height != NULL)
    *height = logical.height;
}
