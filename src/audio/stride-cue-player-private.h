/* stride-cue-player-private.h
 *
 * What the tests and the benchmark look at inside the player.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gst/gst.h>

#include "stride-cue-player.h"

G_BEGIN_DECLS

GstElement *stride_cue_player_get_pipeline      (StrideCuePlayer *self);
gint64      stride_cue_player_get_stream_origin (StrideCuePlayer *self);
guint       stride_cue_player_get_n_late        (StrideCuePlayer *self);

G_END_DECLS
