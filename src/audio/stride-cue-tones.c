/* stride-cue-tones.c
 *
 * Each cue differs from the others in rhythm (how many notes, how fast)
 * and in pitch together, so that someone who hears some pitches poorly
 * can still tell them apart by their pattern. The notes come from one
 * major scale, so that nothing sounds harsh, and stay between 390 Hz and
 * 1.8 kHz, where laptop speakers are loud and hearing loss comes late.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stride-cue-tones.h"

#define MAX_NOTES 4

/* Equal temperament, A4 = 440 Hz */
#define G4 391.995
#define C5 523.251
#define E5 659.255
#define G5 783.991
#define A5 880.000
#define C6 1046.502
#define D6 1174.659
#define E6 1318.510
#define A6 1760.000

typedef struct
{
  double frequency;
  guint  start_ms;
  guint  length_ms;
} Note;

typedef struct
{
  Note   notes[MAX_NOTES];
  guint  n_notes;
  /* When speech follows the tone, it starts after the last note */
  guint  speech_delay_ms;
} Design;

static const Design designs[STRIDE_CUE_N_KINDS] = {
  /* Ding-dong, like a station announcement: listen, a name follows */
  [STRIDE_CUE_ANNOUNCE] = { { { E6, 0, 240 }, { C6, 250, 500 } }, 2, 780 },
  /* One short pip, as a race start counts down */
  [STRIDE_CUE_COUNTDOWN] = { { { A5, 0, 100 } }, 1, 130 },
  /* The octave above the pips, long: the start signal */
  [STRIDE_CUE_GO] = { { { A6, 0, 450 } }, 1, 0 },
  /* A blip, long enough to be heard as loud as the rest; its pitch
   * follows the phase (see tick_frequency ()) */
  [STRIDE_CUE_TEMPO_TICK] = { { { C5, 0, 80 } }, 1, 0 },
  /* Three quick high knocks: the one cue that must cut through */
  [STRIDE_CUE_LAST_REP] = { { { D6, 0, 70 }, { D6, 110, 70 }, { D6, 220, 70 } }, 3, 320 },
  /* Up a fourth: the turn of a hold */
  [STRIDE_CUE_HALFWAY] = { { { G5, 0, 120 }, { C6, 160, 120 } }, 2, 0 },
  /* Three notes down, the last one long: let go */
  [STRIDE_CUE_REST] = { { { G5, 0, 150 }, { E5, 180, 150 }, { C5, 360, 400 } }, 3, 790 },
  /* Back and forth, like left and right */
  [STRIDE_CUE_SWITCH_SIDES] = { { { A5, 0, 90 }, { E5, 130, 90 }, { A5, 260, 90 }, { E5, 390, 90 } }, 4, 510 },
  /* Three notes up: done, moving on */
  [STRIDE_CUE_EXERCISE_DONE] = { { { E5, 0, 110 }, { G5, 130, 110 }, { C6, 260, 350 } }, 3, 0 },
  /* The whole chord up to the octave, the last note ringing out */
  [STRIDE_CUE_WORKOUT_DONE] = { { { C5, 0, 140 }, { E5, 160, 140 }, { G5, 320, 140 }, { C6, 480, 900 } }, 4, 1400 },
  /* Down a fifth and held: everything stops */
  [STRIDE_CUE_PAUSED] = { { { G5, 0, 160 }, { C5, 200, 400 } }, 2, 640 },
  /* Up a fifth and held: on we go */
  [STRIDE_CUE_RESUMED] = { { { C5, 0, 160 }, { G5, 200, 400 } }, 2, 640 },
};

/* Lower going down, higher coming back up, in between for a hold */
static double
tick_frequency (StrideRepPhase phase)
{
  switch (phase)
    {
    case STRIDE_REP_PHASE_DOWN:
      return G4;
    case STRIDE_REP_PHASE_UP:
      return E5;
    case STRIDE_REP_PHASE_HOLD:
    case STRIDE_REP_PHASE_NONE:
      return C5;
    default:
      g_return_val_if_reached (C5);
    }
}

/* One note, added into @out. It starts and ends at exactly zero, through
 * a raised-cosine fade of a few milliseconds, so that it never clicks;
 * in between it decays like a struck bar, its overtones sooner than its
 * fundamental, which makes it soft rather than beeping. */
static void
add_note (float  *out,
          gsize   n_samples,
          double  frequency)
{
  const double attack = 0.005 * STRIDE_CUE_RATE;
  const double release = MIN (0.025 * STRIDE_CUE_RATE, n_samples / 3.0);
  const double last = n_samples - 1;

  for (gsize i = 0; i < n_samples; i++)
    {
      double t = (double) i / STRIDE_CUE_RATE;
      double w = 2 * G_PI * frequency * t;
      double envelope = exp (-1.5 * i / last);
      double wave;

      if (i < attack)
        envelope *= 0.5 * (1 - cos (G_PI * i / attack));
      if (i > last - release)
        envelope *= 0.5 * (1 + cos (G_PI * (i - (last - release)) / release));

      wave = sin (w) + 0.25 * exp (-t / 0.12) * sin (2 * w) + 0.08 * exp (-t / 0.05) * sin (3 * w);
      out[i] += envelope * wave;
    }
}

/**
 * stride_cue_tones_render:
 * @kind: the cue
 * @phase: for a tempo tick, the phase of the rep, which sets its pitch
 *
 * Returns: (transfer full): the cue's sound, as float samples at
 *   %STRIDE_CUE_RATE, starting at its first note
 */
GBytes *
stride_cue_tones_render (StrideCueKind  kind,
                         StrideRepPhase phase)
{
  const Design *design;
  gsize n_samples = 0;
  float *samples;
  double gain;

  g_return_val_if_fail ((guint) kind < STRIDE_CUE_N_KINDS, NULL);

  design = &designs[kind];
  for (guint i = 0; i < design->n_notes; i++)
    n_samples = MAX (n_samples, (gsize) (design->notes[i].start_ms + design->notes[i].length_ms)
                                  * STRIDE_CUE_RATE / 1000);

  samples = g_new0 (float, n_samples);
  for (guint i = 0; i < design->n_notes; i++)
    {
      const Note *note = &design->notes[i];
      gsize start = (gsize) note->start_ms * STRIDE_CUE_RATE / 1000;
      gsize length = (gsize) note->length_ms * STRIDE_CUE_RATE / 1000;
      double frequency = kind == STRIDE_CUE_TEMPO_TICK ? tick_frequency (phase) : note->frequency;

      add_note (samples + start, length, frequency);
    }

  gain = STRIDE_CUE_RMS / stride_cue_tones_measure_loudness (samples, n_samples);
  for (gsize i = 0; i < n_samples; i++)
    samples[i] *= gain;

  return g_bytes_new_take (samples, n_samples * sizeof (float));
}

/**
 * stride_cue_tones_measure_loudness:
 *
 * How loud a sound is heard, as one figure for tones and words alike:
 * the RMS of its 10 ms frames that are within 30 dB of its loudest, so
 * that the gaps between notes or words do not count.
 *
 * Returns: the RMS, from 0 to 1
 */
double
stride_cue_tones_measure_loudness (const float *samples,
                                   gsize        n_samples)
{
  const gsize frame = STRIDE_CUE_RATE / 100;
  gsize n_frames = (n_samples + frame - 1) / frame;
  g_autofree double *energy = g_new0 (double, MAX (n_frames, 1));
  double loudest = 0, sum = 0;
  gsize counted = 0;

  for (gsize i = 0; i < n_samples; i++)
    energy[i / frame] += (double) samples[i] * samples[i];
  for (gsize f = 0; f < n_frames; f++)
    {
      gsize length = MIN (frame, n_samples - f * frame);

      energy[f] /= length;
      loudest = MAX (loudest, energy[f]);
    }

  for (gsize f = 0; f < n_frames; f++)
    if (energy[f] >= loudest * 1e-3)
      {
        gsize length = MIN (frame, n_samples - f * frame);

        sum += energy[f] * length;
        counted += length;
      }

  return counted > 0 ? sqrt (sum / counted) : 0;
}

/**
 * stride_cue_tones_get_speech_delay:
 *
 * Returns: milliseconds from the start of @kind's tone to where its
 *   spoken words start, after the last note so that both are clear
 */
guint
stride_cue_tones_get_speech_delay (StrideCueKind kind)
{
  g_return_val_if_fail ((guint) kind < STRIDE_CUE_N_KINDS, 0);

  return designs[kind].speech_delay_ms;
}
