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

/* How loud every cue is, tones and words alike, as
 * stride_cue_tones_measure_loudness() measures it (−17 dBFS): a tempo
 * tick is heard as well as "last rep" from the mat, and nothing startles */
#define STRIDE_CUE_RMS 0.141

GBytes *stride_cue_tones_render           (StrideCueKind  kind,
                                           StrideRepPhase phase);
guint   stride_cue_tones_get_speech_delay (StrideCueKind  kind);
double  stride_cue_tones_measure_loudness (const float   *samples,
                                           gsize          n_samples);

G_END_DECLS
