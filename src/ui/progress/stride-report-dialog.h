/* stride-report-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-report.h"
#include "stride-store.h"
#include "stride-toaster.h"

G_BEGIN_DECLS

GtkWindow          *stride_report_dialog_present (GtkWidget               *parent,
                                                  StrideStore             *store,
                                                  StrideToaster           *toaster,
                                                  GDateTime               *now,
                                                  guint                    goal_min,
                                                  guint                    goal_max);
GtkPrintOperation  *stride_report_print          (StrideReport            *report,
                                                  GtkWindow               *parent,
                                                  StrideToaster           *toaster,
                                                  GtkPrintOperationAction  action,
                                                  const char              *export_filename);

G_END_DECLS
