/* stride-self-tests-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-self-test.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SELF_TESTS_PAGE (stride_self_tests_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideSelfTestsPage, stride_self_tests_page, STRIDE, SELF_TESTS_PAGE, AdwBin)

void     stride_self_tests_page_set_now     (StrideSelfTestsPage *self,
                                             GDateTime           *now);
gboolean stride_self_tests_page_focus_test  (StrideSelfTestsPage *self,
                                             StrideSelfTestKind   kind);

G_END_DECLS
