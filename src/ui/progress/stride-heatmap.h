/* stride-heatmap.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The weeks the calendar shows when there is room for them */
#define STRIDE_HEATMAP_WEEKS 26

#define STRIDE_TYPE_HEATMAP (stride_heatmap_get_type ())

G_DECLARE_FINAL_TYPE (StrideHeatmap, stride_heatmap, STRIDE, HEATMAP, GtkWidget)

GtkWidget *stride_heatmap_new             (void);
void       stride_heatmap_set_days        (StrideHeatmap *self,
                                           GArray        *days,
                                           guint32        today);
guint32    stride_heatmap_get_today       (StrideHeatmap *self);
guint32    stride_heatmap_get_first_shown (StrideHeatmap *self);
guint      stride_heatmap_get_n_weeks_shown (StrideHeatmap *self);
guint32    stride_heatmap_get_focus_day   (StrideHeatmap *self);
guint      stride_heatmap_get_sessions    (StrideHeatmap *self,
                                           guint32        day);
char      *stride_heatmap_dup_day_text    (StrideHeatmap *self,
                                           guint32        day);
const char *stride_heatmap_get_label      (StrideHeatmap *self);
GStrv      stride_heatmap_dup_month_names (StrideHeatmap *self);

G_END_DECLS
