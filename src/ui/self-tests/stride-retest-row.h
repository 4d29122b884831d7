/* stride-retest-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-retest.h"

G_BEGIN_DECLS

char      *stride_retest_row_dup_title (StrideSelfTestKind  kind,
                                        GDateTime          *due,
                                        GDateTime          *now,
                                        StrideRetestState   state);
GtkWidget *stride_retest_row_new       (StrideSelfTestKind  kind,
                                        GDateTime          *due,
                                        GDateTime          *now,
                                        GTimeZone          *time_zone);

G_END_DECLS
