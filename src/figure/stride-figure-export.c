/* stride-figure-export.c
 *
 * Writes every movement's start and end positions as SVG and PNG files,
 * for the help pages and the AppStream screenshots, in a fixed light
 * palette so that they look the same whoever makes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stride-drawing.h"
#include "stride-figure-export.h"
#include "stride-figure-renderer.h"
#include "stride-movement.h"

typedef struct
{
  const StrideMovement *movement;
  double phase;
  const StrideFigureStyle *style;
} Frame;

static void
draw_frame (cairo_t  *cr,
            int       width,
            int       height,
            gpointer  user_data)
{
  const Frame *frame = user_data;

  stride_figure_render_movement (cr, frame->movement, frame->phase, FALSE, width, height, frame->style);
}

static gboolean
write_frame (const Frame        *frame,
             StrideImageFormat   format,
             const char         *path,
             GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_status_t status;
  const char *why;

  status = stride_drawing_write (format, STRIDE_FIGURE_EXPORT_SIZE, STRIDE_FIGURE_EXPORT_SIZE,
                                 draw_frame, (gpointer) frame, &bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    why = cairo_status_to_string (status);
  else if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error))
    why = local_error->message;
  else
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file, the second what went wrong */
               _("Could not write “%s”: %s"), path, why);
  return FALSE;
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
          const Frame frame = { movement, frames[j].phase, &style };
          g_autofree char *base = g_strdup_printf ("%s-%s", stride_movement_get_id (movement), frames[j].name);
          g_autofree char *svg_name = g_strconcat (base, ".svg", NULL);
          g_autofree char *png_name = g_strconcat (base, ".png", NULL);
          g_autofree char *svg_path = g_build_filename (dir, svg_name, NULL);
          g_autofree char *png_path = g_build_filename (dir, png_name, NULL);

          if (!write_frame (&frame, STRIDE_IMAGE_FORMAT_SVG, svg_path, error)
              || !write_frame (&frame, STRIDE_IMAGE_FORMAT_PNG, png_path, error))
            return FALSE;
        }
    }

  return TRUE;
}
