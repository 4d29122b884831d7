/* stride-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-coaching-service.h"
#include "stride-cue-player.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_APPLICATION (stride_application_get_type ())

G_DECLARE_FINAL_TYPE (StrideApplication, stride_application, STRIDE, APPLICATION, AdwApplication)

StrideApplication *stride_application_new       (GType              window_type);
StrideStore       *stride_application_get_store (StrideApplication *self);
StrideCuePlayer   *stride_application_get_cue_player (StrideApplication *self);
StrideCoachingService *stride_application_get_coaching (StrideApplication *self);

G_END_DECLS
