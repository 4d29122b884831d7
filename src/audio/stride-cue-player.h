/* stride-cue-player.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "stride-audio-enums.h"
#include "stride-cue.h"
#include "stride-engine.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_CUE_MODE_TONES,            /* a tone for every cue */
  STRIDE_CUE_MODE_VOICE_AND_TONES,  /* and words after some, where espeak is installed */
} StrideCueMode;

#define STRIDE_TYPE_CUE_PLAYER (stride_cue_player_get_type ())

G_DECLARE_FINAL_TYPE (StrideCuePlayer, stride_cue_player, STRIDE, CUE_PLAYER, GObject)

StrideCuePlayer *stride_cue_player_new                 (void);
StrideCuePlayer *stride_cue_player_new_for_sink        (const char      *sink_description);

gboolean         stride_cue_player_get_available       (StrideCuePlayer *self);
gboolean         stride_cue_player_get_voice_available (StrideCuePlayer *self);
gint64           stride_cue_player_get_lead_time       (StrideCuePlayer *self);

StrideCueMode    stride_cue_player_get_mode            (StrideCuePlayer *self);
void             stride_cue_player_set_mode            (StrideCuePlayer *self,
                                                        StrideCueMode    mode);
double           stride_cue_player_get_volume          (StrideCuePlayer *self);
void             stride_cue_player_set_volume          (StrideCuePlayer *self,
                                                        double           volume);
gboolean         stride_cue_player_get_muted           (StrideCuePlayer *self);
void             stride_cue_player_set_muted           (StrideCuePlayer *self,
                                                        gboolean         muted);

gboolean         stride_cue_player_get_ticks           (StrideCuePlayer *self);
void             stride_cue_player_set_ticks           (StrideCuePlayer *self,
                                                        gboolean         ticks);
double           stride_cue_player_get_tick_volume     (StrideCuePlayer *self);
void             stride_cue_player_set_tick_volume     (StrideCuePlayer *self,
                                                        double           volume);

void             stride_cue_player_prepare             (StrideCuePlayer *self,
                                                        const StrideCue *cue);
void             stride_cue_player_schedule            (StrideCuePlayer *self,
                                                        const StrideCue *cue,
                                                        gint64           deadline_monotonic_us);
void             stride_cue_player_play                (StrideCuePlayer *self,
                                                        const StrideCue *cue);
void             stride_cue_player_cancel              (StrideCuePlayer *self);

void             stride_cue_player_prepare_plan        (StrideCuePlayer *self,
                                                        StridePlan      *plan);
void             stride_cue_player_follow              (StrideCuePlayer *self,
                                                        StrideEngine    *engine);

G_END_DECLS
