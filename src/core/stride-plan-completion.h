/* stride-plan-completion.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "stride-plan.h"

G_BEGIN_DECLS

const char *stride_segment_get_side_name (const StrideSegment *segment);
double      stride_plan_get_completion   (StridePlan          *self,
                                          JsonObject          *session);

G_END_DECLS
