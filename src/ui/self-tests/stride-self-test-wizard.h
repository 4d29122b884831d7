/* stride-self-test-wizard.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-clock.h"
#include "stride-cue-player.h"
#include "stride-self-test.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SELF_TEST_WIZARD (stride_self_test_wizard_get_type ())

G_DECLARE_FINAL_TYPE (StrideSelfTestWizard, stride_self_test_wizard, STRIDE, SELF_TEST_WIZARD, AdwBin)

GtkWidget          *stride_self_test_wizard_new        (StrideStore          *store,
                                                        StrideSelfTestKind    kind,
                                                        StrideClock          *clock,
                                                        StrideCuePlayer      *cue_player);
StrideSelfTestKind  stride_self_test_wizard_get_kind   (StrideSelfTestWizard *self);
guint               stride_self_test_wizard_get_step   (StrideSelfTestWizard *self);
gboolean            stride_self_test_wizard_get_timing (StrideSelfTestWizard *self);
gboolean            stride_self_test_wizard_has_answers (StrideSelfTestWizard *self);
gboolean            stride_self_test_wizard_shows_result (StrideSelfTestWizard *self);
void                stride_self_test_wizard_save       (StrideSelfTestWizard *self);

G_END_DECLS
