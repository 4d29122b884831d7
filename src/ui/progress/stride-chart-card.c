/* stride-chart-card.c
 *
 * One chart of the Progress area in a card: its title above it, and a
 * menu to export it as an image. The title is the chart's too, so that
 * a screen reader and an exported file name the same thing. Exporting
 * asks where to save, writes the file in the background and says how it
 * went in a toast of the window's toaster. The card measures its
 * content itself, to ask for less width than the chart would (see
 * NATURAL_WIDTH).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-chart-card.h"
#include "stride-chart-export.h"
#include "stride-toaster.h"

#define MIN_EXPORT_WIDTH 800
#define MIN_EXPORT_HEIGHT 360

struct _StrideChartCard
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkWidget *menu_button;
  StrideChart *chart;
  StrideToaster *toaster;
};

G_DEFINE_FINAL_TYPE (StrideChartCard, stride_chart_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tell (StrideChartCard *self,
      const char      *message)
{
  if (self->toaster != NULL)
    stride_toaster_show (self->toaster, message);
  else
    g_message ("%s", message);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(StrideChartCard) self = user_data;
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

/* Writes the chart to @file at its size on screen, but no smaller than
 * 800 × 360 pixels, in the background, and says how it went */
static void
export_to (StrideChartCard   *self,
           GFile             *file,
           StrideImageFormat  format)
{
  GtkWidget *chart = GTK_WIDGET (self->chart);
  int width = MAX (gtk_widget_get_width (chart), MIN_EXPORT_WIDTH);
  int height = MAX (gtk_widget_get_height (chart), MIN_EXPORT_HEIGHT);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = stride_chart_render_bytes (self->chart, format, width, height, &error);
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
                     StrideChartCard *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (file);
      StrideImageFormat format;

      /* The name's extension decides; without one, the chosen filter */
      if (g_str_has_suffix (name, ".svg") || g_str_has_suffix (name, ".SVG"))
        format = STRIDE_IMAGE_FORMAT_SVG;
      else if (g_str_has_suffix (name, ".png") || g_str_has_suffix (name, ".PNG"))
        format = STRIDE_IMAGE_FORMAT_PNG;
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *full_name = NULL;

          format = filter != NULL && g_object_get_data (G_OBJECT (filter), "svg") != NULL
                   ? STRIDE_IMAGE_FORMAT_SVG : STRIDE_IMAGE_FORMAT_PNG;
          full_name = g_strconcat (name, format == STRIDE_IMAGE_FORMAT_SVG ? ".svg" : ".png", NULL);
          if (parent != NULL)
            g_set_object (&file, g_file_get_child (parent, full_name));
        }

      export_to (self, file, format);
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

/* Asks where, then writes a PNG or an SVG */
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

/* The chart would like to be wide; the Progress page puts two cards side
 * by side where two fit at a smaller width than that */
#define NATURAL_WIDTH 460

static void
stride_chart_card_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  StrideChartCard *self = STRIDE_CHART_CARD (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static void
stride_chart_card_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  gtk_widget_allocate (STRIDE_CHART_CARD (widget)->box, width, height, baseline, NULL);
}

static void
stride_chart_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StrideChartCard *self = STRIDE_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, stride_chart_get_title (self->chart));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_chart_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StrideChartCard *self = STRIDE_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      stride_chart_set_title (self->chart, g_value_get_string (value));
      gtk_label_set_label (self->title_label, g_value_get_string (value));
      {
        /* Translators: the name of a chart's menu for screen readers; %s
         * is the chart's title, e.g. “Sessions per Week” */
        g_autofree char *menu = g_strdup_printf (_("Menu of “%s”"), g_value_get_string (value));

        stride_accessible_set_label (self->menu_button, menu);
      }
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_chart_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_CHART_CARD);
  g_clear_weak_pointer (&STRIDE_CHART_CARD (object)->toaster);

  G_OBJECT_CLASS (stride_chart_card_parent_class)->dispose (object);
}

static void
stride_chart_card_class_init (StrideChartCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_chart_card_dispose;
  object_class->get_property = stride_chart_card_get_property;
  object_class->set_property = stride_chart_card_set_property;
  widget_class->measure = stride_chart_card_measure;
  widget_class->size_allocate = stride_chart_card_size_allocate;

  /**
   * StrideChartCard:title:
   *
   * What the chart shows, above it and as the chart's own title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STRIDE_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-chart-card.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideChartCard, box);
  gtk_widget_class_bind_template_child (widget_class, StrideChartCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, StrideChartCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, StrideChartCard, chart);

  gtk_widget_class_install_action (widget_class, "card.export", NULL, export);
}

static void
stride_chart_card_init (StrideChartCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * stride_chart_card_get_chart:
 *
 * Returns: (transfer none): the card's chart, to fill
 */
StrideChart *
stride_chart_card_get_chart (StrideChartCard *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART_CARD (self), NULL);

  return self->chart;
}

/**
 * stride_chart_card_set_toaster:
 * @toaster: (nullable): where the card says how an export went
 */
void
stride_chart_card_set_toaster (StrideChartCard *self,
                               StrideToaster   *toaster)
{
  g_return_if_fail (STRIDE_IS_CHART_CARD (self));
  g_return_if_fail (toaster == NULL || STRIDE_IS_TOASTER (toaster));

  g_set_weak_pointer (&self->toaster, toaster);
}
