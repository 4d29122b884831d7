/* stride-progress-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-chart.h"
#include "stride-store.h"

G_BEGIN_DECLS

/* The charts of the page, top to bottom */
typedef enum
{
  STRIDE_PROGRESS_CHART_SESSIONS,
  STRIDE_PROGRESS_CHART_REPS,
  STRIDE_PROGRESS_CHART_SELF_TESTS,
  STRIDE_PROGRESS_CHART_PAIN,
  STRIDE_PROGRESS_N_CHARTS,
} StrideProgressChart;

#define STRIDE_TYPE_PROGRESS_PAGE (stride_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideProgressPage, stride_progress_page, STRIDE, PROGRESS_PAGE, AdwBin)

void              stride_progress_page_set_now      (StrideProgressPage  *self,
                                                     GDateTime           *now);
StrideChart      *stride_progress_page_get_chart    (StrideProgressPage  *self,
                                                     StrideProgressChart  chart);
void              stride_progress_page_show_history (StrideProgressPage  *self);
gboolean          stride_progress_page_focus_sessions (StrideProgressPage *self);

G_END_DECLS
