/* stride-test-wav.c
 *
 * Reading back what the cue player wrote through `wavenc ! filesink`,
 * and finding where each sound starts, for the tests that judge cues by
 * their samples.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "stride-cue-tones.h"
#include "stride-test-wav.h"

void
stride_test_wav_free (StrideTestWav *wav)
{
  g_free (wav->samples);
  g_free (wav);
}

gsize
stride_test_ms_to_samples (double ms)
{
  return (gsize) llround (ms * STRIDE_CUE_RATE / 1000);
}

double
stride_test_samples_to_ms (gsize samples)
{
  return samples * 1000.0 / STRIDE_CUE_RATE;
}

static guint32
read_le32 (const guint8 *p)
{
  return p[0] | p[1] << 8 | p[2] << 16 | (guint32) p[3] << 24;
}

static guint16
read_le16 (const guint8 *p)
{
  return p[0] | p[1] << 8;
}

/**
 * stride_test_read_wav:
 *
 * Reads a 16-bit mono PCM WAV file as wavenc writes it, at the cue
 * player's rate; fails the test otherwise.
 */
StrideTestWav *
stride_test_read_wav (const char *path)
{
  g_autofree guint8 *data = NULL;
  g_autoptr(GError) error = NULL;
  StrideTestWav *wav = g_new0 (StrideTestWav, 1);
  gsize size, at = 12;

  g_file_get_contents (path, (char **) &data, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (size, >=, 44);
  g_assert_cmpmem (data, 4, "RIFF", 4);
  g_assert_cmpmem (data + 8, 4, "WAVE", 4);

  while (at + 8 <= size)
    {
      guint32 length = read_le32 (data + at + 4);
      const guint8 *body = data + at + 8;

      if (memcmp (data + at, "fmt ", 4) == 0)
        {
          g_assert_cmpuint (read_le16 (body), ==, 1);      /* PCM */
          g_assert_cmpuint (read_le16 (body + 2), ==, 1);  /* mono */
          g_assert_cmpuint (read_le16 (body + 14), ==, 16);
          wav->rate = read_le32 (body + 4);
        }
      else if (memcmp (data + at, "data", 4) == 0)
        {
          /* A file whose end was never written still has its samples */
          length = MIN (length, size - at - 8);
          wav->n_samples = length / 2;
          wav->samples = g_new (float, wav->n_samples);
          for (gsize i = 0; i < wav->n_samples; i++)
            wav->samples[i] = (gint16) read_le16 (body + 2 * i) / 32768.0f;
          break;
        }
      at += 8 + length + (length & 1);
    }

  g_assert_cmpuint (wav->rate, ==, STRIDE_CUE_RATE);
  g_assert_nonnull (wav->samples);

  return wav;
}

/**
 * stride_test_find_onsets:
 * @threshold: quieter than this is silence
 * @min_gap_ms: how long a silence must be for what follows to be a new
 *   sound
 *
 * Returns: (transfer full) (element-type gsize): where each sound starts,
 *   in samples
 */
GArray *
stride_test_find_onsets (const StrideTestWav *wav,
                         float                threshold,
                         double               min_gap_ms)
{
  GArray *onsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize gap = stride_test_ms_to_samples (min_gap_ms);
  gsize quiet = gap;

  for (gsize i = 0; i < wav->n_samples; i++)
    {
      if (fabsf (wav->samples[i]) < threshold)
        {
          quiet++;
          continue;
        }
      if (quiet >= gap)
        g_array_append_val (onsets, i);
      quiet = 0;
    }

  return onsets;
}

/**
 * stride_test_loudness_db:
 *
 * How loud a cue is heard, tones and words alike: the RMS, in dBFS, of
 * its 10 ms frames within 30 dB of its loudest one, so that the gaps
 * between notes or words do not count.
 */
double
stride_test_loudness_db (const float *samples,
                         gsize        n_samples)
{
  const gsize frame = stride_test_ms_to_samples (10);
  g_autoptr(GArray) energies = g_array_new (FALSE, FALSE, sizeof (double));
  double loudest = 0, sum = 0;
  gsize counted = 0;

  for (gsize from = 0; from < n_samples; from += frame)
    {
      gsize to = MIN (from + frame, n_samples);
      double energy = 0;

      for (gsize i = from; i < to; i++)
        energy += (double) samples[i] * samples[i];
      energy /= to - from;
      g_array_append_val (energies, energy);
      loudest = MAX (loudest, energy);
    }

  for (guint f = 0; f < energies->len; f++)
    {
      double energy = g_array_index (energies, double, f);
      gsize length = MIN (frame, n_samples - f * frame);

      if (energy >= loudest / 1000)
        {
          sum += energy * length;
          counted += length;
        }
    }

  return counted > 0 ? 10 * log10 (sum / counted) : -200;
}
