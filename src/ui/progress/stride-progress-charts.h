/* stride-progress-charts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-chart.h"
#include "stride-stats.h"

G_BEGIN_DECLS

void stride_progress_charts_fill_sessions   (StrideChart      *chart,
                                             StrideStats      *stats,
                                             const StrideWeek *first,
                                             const StrideWeek *last,
                                             guint             goal_min,
                                             guint             goal_max);
void stride_progress_charts_fill_reps       (StrideChart      *chart,
                                             StrideStats      *stats,
                                             const StrideWeek *first,
                                             const StrideWeek *last,
                                             const StrideWeek *under_way);
void stride_progress_charts_fill_self_tests (StrideChart      *chart,
                                             StrideStats      *stats);
void stride_progress_charts_fill_pain       (StrideChart      *chart,
                                             StrideStats      *stats);

G_END_DECLS
