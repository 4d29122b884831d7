/* stride-chart-card.c
 *
 * One chart of the Progress area in a card: its title above it, and a
 * menu to export it as an image. The title is the chart's too, so that
 * a screen reader and an exported file name the same thing. The card
 * measures its content itself, to ask for less width than the chart
 * would (see NATURAL_WIDTH).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-chart-card.h"

struct _StrideChartCard
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkWidget *menu_button;
  StrideChart *chart;
};

G_DEFINE_FINAL_TYPE (StrideChartCard, stride_chart_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The menu is not inside the chart, so it cannot reach the chart's own
 * actions: the card passes the request on */
static void
export (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  StrideChartCard *self = STRIDE_CHART_CARD (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->chart), "chart.export", NULL);
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
