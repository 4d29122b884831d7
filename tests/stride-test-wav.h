/* stride-test-wav.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  float *samples;
  gsize  n_samples;
  guint  rate;
} StrideTestWav;

StrideTestWav *stride_test_read_wav      (const char          *path);
void           stride_test_wav_free      (StrideTestWav       *wav);
GArray        *stride_test_find_onsets   (const StrideTestWav *wav,
                                          float                threshold,
                                          double               min_gap_ms);
gsize          stride_test_ms_to_samples (double               ms);
double         stride_test_samples_to_ms (gsize                samples);
double         stride_test_loudness_db   (const float         *samples,
                                          gsize                n_samples);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideTestWav, stride_test_wav_free)

G_END_DECLS
