/* stride-figure-export.c
 *
 * Writes every movement's start and end positions as SVG and PNG files,
 * for the help pages and the AppStream screenshots, in a fixed light
 * palette so that they look the same whoever makes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stride-figure-export.h"
#include "stride-figure-renderer.h"
#include "stride-movement.h"

static gboolean
check_cairo (cairo_status_t   status,
             const char      *path,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file, the second what went wrong */
               _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_svg (const StrideMovement     *movement,
           double                    phase,
           const StrideFigureStyle  *style,
           const char               *path,
           GError                  **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = cairo_svg_surface_create (path, STRIDE_FIGURE_EXPORT_SIZE, STRIDE_FIGURE_EXPORT_SIZE);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  stride_figure_render_movement (cr, movement, phase, FALSE,
                                 STRIDE_FIGURE_EXPORT_SIZE, STRIDE_FIGURE_EXPORT_SIZE, style);
  cairo_destroy (cr);
  /* The file is written as the surface finishes */
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_cairo (status, path, error);
}

static gboolean
write_png (const StrideMovement     *movement,
           double                    phase,
           const StrideFigureStyle  *style,
           const char               *path,
           GError                  **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, STRIDE_FIGURE_EXPORT_SIZE, STRIDE_FIGURE_EXPORT_SIZE);
  cr = cairo_create (surface);
  stride_figure_render_movement (cr, movement, phase, FALSE,
                                 STRIDE_FIGURE_EXPORT_SIZE, STRIDE_FIGURE_EXPORT_SIZE, style);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);

  return check_cairo (status, path, error);
}

/**
 * stride_figure_export_all:
 * @dir: the directory to write into, made if missing
 *
 * Writes `<movement>-start.svg`, `<movement>-end.svg`,
 * `<movement>-start.png` and `<movement>-end.png`, 512 pixels square,
 * for every movement.
 *
 * Returns: whether every file was written
 */
gboolean
stride_figure_export_all (const char  *dir,
                          GError     **error)
{
  StrideFigureStyle style;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder, the second what went wrong */
                   _("Could not make the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  stride_figure_style_init_light (&style);

  for (guint i = 0; i < stride_movement_get_n_movements (); i++)
    {
      const StrideMovement *movement = stride_movement_get_nth (i);
      const struct
      {
        const char *name;
        double phase;
      } frames[] = {
        { "start", 0 },
        { "end", stride_movement_get_end_phase (movement) },
      };

      for (guint j = 0; j < G_N_ELEMENTS (frames); j++)
        {
          g_autofree char *base = g_strdup_printf ("%s-%s", stride_movement_get_id (movement), frames[j].name);
          g_autofree char *svg_name = g_strconcat (base, ".svg", NULL);
          g_autofree char *png_name = g_strconcat (base, ".png", NULL);
          g_autofree char *svg_path = g_build_filename (dir, svg_name, NULL);
          g_autofree char *png_path = g_build_filename (dir, png_name, NULL);

          if (!write_svg (movement, frames[j].phase, &style, svg_path, error)
              || !write_png (movement, frames[j].phase, &style, png_path, error))
            return FALSE;
        }
    }

  return TRUE;
}
