/* stride-self-test-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *stride_self_test_summary_dup_when   (JsonObject *result);
char *stride_self_test_summary_dup_latest (GPtrArray  *results,
                                           const char *test_id);

G_END_DECLS
