/* stride-chart-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-chart.h"
#include "stride-toaster.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_CHART_CARD (stride_chart_card_get_type ())

G_DECLARE_FINAL_TYPE (StrideChartCard, stride_chart_card, STRIDE, CHART_CARD, GtkWidget)

StrideChart *stride_chart_card_get_chart   (StrideChartCard *self);
void         stride_chart_card_set_toaster (StrideChartCard *self,
                                            StrideToaster   *toaster);

G_END_DECLS
