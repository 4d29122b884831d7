/* stride-cue-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gst/base/gstbasesrc.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_CUE_SOURCE (stride_cue_source_get_type ())

G_DECLARE_FINAL_TYPE (StrideCueSource, stride_cue_source, STRIDE, CUE_SOURCE, GstBaseSrc)

StrideCueSource *stride_cue_source_new               (void);
void             stride_cue_source_add               (StrideCueSource *self,
                                                      GBytes          *pcm,
                                                      GstClockTime     when,
                                                      gboolean         yields);
void             stride_cue_source_clear             (StrideCueSource *self);
guint            stride_cue_source_get_epoch         (StrideCueSource *self);
void             stride_cue_source_set_gain          (StrideCueSource *self,
                                                      double           gain);
GstClockTime     stride_cue_source_get_lead_time     (StrideCueSource *self);
GstClockTime     stride_cue_source_get_stream_origin (StrideCueSource *self);
guint            stride_cue_source_get_n_late        (StrideCueSource *self);

G_END_DECLS
