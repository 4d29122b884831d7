/* stride-cue-tones.h
 *
 * The sound of each cue: short melodies of soft, bell-like notes,
 * synthesized once into PCM so that playing one costs nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "stride-cue.h"

G_BEGIN_DECLS

/* Every PCM buffer of the audio layer: mono, 32-bit float, this rate */
#define STRIDE_CUE_RATE 48000

GBytes *stride_cue_tones_render           (StrideCueKind  kind,
                                           StrideRepPhase phase);
guint   stride_cue_tones_get_speech_delay (StrideCueKind  kind);

G_END_DECLS
