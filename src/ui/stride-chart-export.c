/* stride-chart-export.c
 *
 * A chart as a PNG or SVG file, drawn by the same code as on screen, in
 * the colours the user sees, on the window's background. Rendering into
 * memory is quick; writing the file runs in the background. The
 * “chart.export” action asks where to save and says how it went in a
 * toast of the nearest toast overlay.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "stride-chart-private.h"
#include "stride-chart-renderer.h"

#define MIN_EXPORT_WIDTH 800
#define MIN_EXPORT_HEIGHT 360

void stride_chart_class_add_export_action (GtkWidgetClass *widget_class);

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
draw (StrideChart *self,
      cairo_t     *cr,
      int          width,
      int          height)
{
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
                           StrideChartFormat   format,
                           int                 width,
                           int                 height,
                           GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (format == STRIDE_CHART_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_to_bytes, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  draw (self, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == STRIDE_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_bytes, bytes);
  /* An SVG surface writes its document as it finishes */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s says what went wrong */
                   _("The chart could not be drawn: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * stride_chart_export:
 *
 * Writes the chart to @file at @width × @height pixels, replacing it.
 * It blocks on the disk: the app uses stride_chart_export_to().
 *
 * Returns: whether the file was written
 */
gboolean
stride_chart_export (StrideChart        *self,
                     GFile              *file,
                     StrideChartFormat   format,
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

static void
tell (StrideChart *self,
      const char  *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(StrideChart) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *message = NULL;

  if (g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Chart saved as “%s”"), name);
  else
    /* Translators: %s is a file name, then why it failed */
    message = g_strdup_printf (_("Could not save the chart as “%s”: %s"), name, error->message);

  tell (self, message);
}

/**
 * stride_chart_export_to:
 *
 * Writes the chart to @file at its size on screen, but no smaller than
 * 800 × 360 pixels, in the background, and says how it went in a toast.
 */
void
stride_chart_export_to (StrideChart       *self,
                        GFile             *file,
                        StrideChartFormat  format)
{
  int width, height;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (STRIDE_IS_CHART (self));
  g_return_if_fail (G_IS_FILE (file));

  width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), MIN_EXPORT_WIDTH);
  height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), MIN_EXPORT_HEIGHT);
  bytes = stride_chart_render_bytes (self, format, width, height, &error);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Could not save the chart as “%s”: %s"), name, error->message);

      tell (self, message);
      return;
    }

  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, on_written, g_object_ref (self));
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     StrideChart     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (file);
      StrideChartFormat format;

      /* The name's extension decides; without one, the chosen filter */
      if (g_str_has_suffix (name, ".svg") || g_str_has_suffix (name, ".SVG"))
        format = STRIDE_CHART_FORMAT_SVG;
      else if (g_str_has_suffix (name, ".png") || g_str_has_suffix (name, ".PNG"))
        format = STRIDE_CHART_FORMAT_PNG;
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *full_name = NULL;

          format = filter != NULL && g_object_get_data (G_OBJECT (filter), "svg") != NULL
                   ? STRIDE_CHART_FORMAT_SVG : STRIDE_CHART_FORMAT_PNG;
          full_name = g_strconcat (name, format == STRIDE_CHART_FORMAT_SVG ? ".svg" : ".png", NULL);
          if (parent != NULL)
            g_set_object (&file, g_file_get_child (parent, full_name));
        }

      stride_chart_export_to (self, file, format);
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) png = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) svg = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("stride-chart-%s.png", date);

  chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);

  gtk_file_filter_set_name (png, _("PNG Image"));
  gtk_file_filter_add_mime_type (png, "image/png");
  gtk_file_filter_add_pattern (png, "*.png");
  gtk_file_filter_set_name (svg, _("SVG Image"));
  gtk_file_filter_add_mime_type (svg, "image/svg+xml");
  gtk_file_filter_add_pattern (svg, "*.svg");
  g_object_set_data (G_OBJECT (svg), "svg", GINT_TO_POINTER (TRUE));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), svg);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Installs “chart.export”: ask where, then write a PNG or an SVG */
void
stride_chart_class_add_export_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export);
}
