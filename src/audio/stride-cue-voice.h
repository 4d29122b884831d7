/* stride-cue-voice.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gst/gst.h>

#include "stride-cue.h"
#include "stride-cue-source.h"

G_BEGIN_DECLS

#define STRIDE_CUE_VOICE_ERROR (stride_cue_voice_error_quark ())

typedef enum
{
  STRIDE_CUE_VOICE_ERROR_NO_SPEECH,
  STRIDE_CUE_VOICE_ERROR_FAILED,
} StrideCueVoiceError;

#define STRIDE_TYPE_CUE_VOICE (stride_cue_voice_get_type ())

G_DECLARE_FINAL_TYPE (StrideCueVoice, stride_cue_voice, STRIDE, CUE_VOICE, GObject)

GQuark          stride_cue_voice_error_quark    (void);

gboolean        stride_cue_voice_is_supported   (void);
char           *stride_cue_voice_dup_language   (void);
char           *stride_cue_voice_dup_text       (const StrideCue *cue);

StrideCueVoice *stride_cue_voice_new            (const char      *language);
const char     *stride_cue_voice_get_language   (StrideCueVoice  *self);
GBytes         *stride_cue_voice_render         (StrideCueVoice  *self,
                                                 const char      *text,
                                                 GError         **error);
void            stride_cue_voice_prepare        (StrideCueVoice  *self,
                                                 const char      *text);
void            stride_cue_voice_speak_at       (StrideCueVoice  *self,
                                                 const char      *text,
                                                 StrideCueSource *source,
                                                 GstClockTime     when);

G_END_DECLS
