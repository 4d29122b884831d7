/* stride-week.h
 *
 * A week as ISO 8601 counts it: Monday to Sunday, numbered 1 to 52 or 53
 * within its week-numbering year (the year of its Thursday), so that
 * 2026-12-31 and 2027-01-01 fall in the same week 2026-W53. Charts step
 * through weeks with it, so it is a plain value, cheap to copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  /* The Monday that starts the week, as a GDate julian day number:
   * consecutive weeks differ by 7, so weeks order and subtract simply */
  guint32 monday;
  /* The ISO week-numbering year and the week in it (1–53) */
  guint   year;
  guint   number;
} StrideWeek;

void     stride_week_init_for_date   (StrideWeek       *week,
                                      const GDate      *date);
void     stride_week_init_for_julian (StrideWeek       *week,
                                      guint32           julian_day);
gboolean stride_week_init_for_time   (StrideWeek       *week,
                                      GDateTime        *time,
                                      GTimeZone        *time_zone);
void     stride_week_get_monday      (const StrideWeek *week,
                                      GDate            *date);
void     stride_week_add             (StrideWeek       *week,
                                      int               n_weeks);
int      stride_week_compare         (const StrideWeek *a,
                                      const StrideWeek *b);
int      stride_week_difference      (const StrideWeek *a,
                                      const StrideWeek *b);

G_END_DECLS
