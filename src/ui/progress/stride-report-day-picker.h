/* stride-report-day-picker.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void stride_report_day_picker_attach (AdwEntryRow *row,
                                      const char  *accessible_label);

G_END_DECLS
