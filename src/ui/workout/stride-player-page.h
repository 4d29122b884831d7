/* stride-player-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-clock.h"
#include "stride-engine.h"
#include "stride-routine.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_PLAYER_PAGE (stride_player_page_get_type ())

G_DECLARE_FINAL_TYPE (StridePlayerPage, stride_player_page, STRIDE, PLAYER_PAGE, AdwBin)

gboolean      stride_player_page_load       (StridePlayerPage *self,
                                             StrideRoutine    *routine,
                                             StrideClock      *clock,
                                             GError          **error);
StrideEngine *stride_player_page_get_engine (StridePlayerPage *self);
gboolean      stride_player_page_focus_play_button (StridePlayerPage *self);
gboolean      stride_player_page_get_mat_mode (StridePlayerPage *self);
void          stride_player_page_set_mat_mode (StridePlayerPage *self,
                                               gboolean          mat_mode);

G_END_DECLS
