/* stride-specialist-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-advice.h"

G_BEGIN_DECLS

char *stride_specialist_text_dup (StrideSpecialistReason  reason,
                                  JsonObject             *latest_result);

G_END_DECLS
