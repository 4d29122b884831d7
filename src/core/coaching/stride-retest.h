/* stride-retest.h
 *
 * When each self-test is due again: four weeks after its latest result,
 * none before the first. The Progress and Self-tests areas show the
 * date; a reminder asks for the test once it is due.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "stride-self-test.h"
#include "stride-store.h"

G_BEGIN_DECLS

typedef enum
{
  /* Never taken: there is no date to take it again */
  STRIDE_RETEST_NOT_TAKEN,
  /* The due day is still to come */
  STRIDE_RETEST_SCHEDULED,
  /* Due today */
  STRIDE_RETEST_DUE,
  /* The due day has passed without a new result */
  STRIDE_RETEST_OVERDUE,
} StrideRetestState;

GDateTime         *stride_retest_dup_due_from_results (GPtrArray          *results,
                                                       StrideSelfTestKind  kind,
                                                       GTimeZone          *time_zone);
GDateTime         *stride_retest_dup_due              (StrideStore        *store,
                                                       StrideSelfTestKind  kind,
                                                       GTimeZone          *time_zone);
StrideRetestState  stride_retest_get_state            (GDateTime          *due,
                                                       GDateTime          *now,
                                                       GTimeZone          *time_zone);
gboolean           stride_retest_get_next_due         (StrideStore        *store,
                                                       GTimeZone          *time_zone,
                                                       StrideSelfTestKind *kind,
                                                       GDateTime         **due);

G_END_DECLS
