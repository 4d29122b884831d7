/* stride-report-private.h
 *
 * What the report says, as blocks that its pages lay out in order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-chart-layout.h"
#include "stride-report.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_REPORT_BLOCK_TITLE,
  STRIDE_REPORT_BLOCK_SUBTITLE,
  STRIDE_REPORT_BLOCK_HEADING,
  STRIDE_REPORT_BLOCK_TEXT,
  STRIDE_REPORT_BLOCK_TABLE,
  STRIDE_REPORT_BLOCK_CHART,
  STRIDE_REPORT_BLOCK_PAGE_BREAK,
} StrideReportBlockKind;

/* A table: the header, its columns' shares of the width, and rows of
 * as many cells. A chart: its series and what the chart widget takes. */
typedef struct
{
  StrideReportBlockKind kind;
  char *text;

  GStrv columns;
  double *widths;
  GPtrArray *rows;

  GPtrArray *series;
  guint period_days;
  gboolean has_goal;
  StrideChartGoal goal;
  guint32 first_day;
  guint32 last_day;
  char *chart_name;
} StrideReportBlock;

/* Where a block, or some rows of a table, went: its page and its top */
typedef struct
{
  guint block;
  guint page;
  double y;
  double height;
  /* For a table: the rows on this page; the header is drawn above them */
  guint first_row;
  guint n_rows;
  /* A table or a section continued from the page before */
  gboolean continued;
} StrideReportPlacement;

/* How the blocks were laid out, for the page size and context given */
typedef struct
{
  GArray *placements;
  guint n_pages;
  double width;
  double height;
} StrideReportPages;

GPtrArray         *_stride_report_get_blocks (StrideReport *self);
StrideReportPages *_stride_report_get_pages  (StrideReport *self);
char              *_stride_report_dup_made   (StrideReport *self);

G_END_DECLS
