/* stride-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <cairo.h>

#include "stride-report-period.h"

G_BEGIN_DECLS

/**
 * StrideReportPaper:
 * @STRIDE_REPORT_PAPER_A4: 210 × 297 mm
 * @STRIDE_REPORT_PAPER_LETTER: 8.5 × 11 inches
 */
typedef enum
{
  STRIDE_REPORT_PAPER_A4,
  STRIDE_REPORT_PAPER_LETTER,
} StrideReportPaper;

#define STRIDE_TYPE_REPORT (stride_report_get_type ())

G_DECLARE_FINAL_TYPE (StrideReport, stride_report, STRIDE, REPORT, GObject)

StrideReport      *stride_report_new               (GPtrArray                *sessions,
                                                    GPtrArray                *results,
                                                    const StrideReportPeriod *period,
                                                    guint                     goal_min,
                                                    guint                     goal_max,
                                                    GDateTime                *made);
const StrideReportPeriod *stride_report_get_period (StrideReport             *self);
guint              stride_report_get_n_sessions    (StrideReport             *self);

StrideReportPaper  stride_report_paper_get_default (void);
void               stride_report_paper_get_size    (StrideReportPaper         paper,
                                                    double                   *width,
                                                    double                   *height);
char              *stride_report_dup_file_name     (GDateTime                *made);

guint              stride_report_paginate          (StrideReport             *self,
                                                    cairo_t                  *cr,
                                                    double                    width,
                                                    double                    height);
void               stride_report_draw_page         (StrideReport             *self,
                                                    cairo_t                  *cr,
                                                    guint                     page);
GBytes            *stride_report_render_pdf        (StrideReport             *self,
                                                    StrideReportPaper         paper,
                                                    GError                  **error);
gboolean           stride_report_write_pdf         (StrideReport             *self,
                                                    GFile                    *file,
                                                    StrideReportPaper         paper,
                                                    GError                  **error);

G_END_DECLS
