/* stride-engine.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "stride-clock.h"
#include "stride-plan.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_ENGINE_READY,
  STRIDE_ENGINE_RUNNING,
  STRIDE_ENGINE_PAUSED,
  STRIDE_ENGINE_FINISHED,
  STRIDE_ENGINE_STOPPED,
} StrideEngineState;

#define STRIDE_TYPE_ENGINE (stride_engine_get_type ())

G_DECLARE_FINAL_TYPE (StrideEngine, stride_engine, STRIDE, ENGINE, GObject)

StrideEngine      *stride_engine_new             (StridePlan   *plan,
                                                  StrideClock  *clock);
StridePlan        *stride_engine_get_plan        (StrideEngine *self);
StrideEngineState  stride_engine_get_state       (StrideEngine *self);
gint64             stride_engine_get_offset      (StrideEngine *self);
guint              stride_engine_get_segment     (StrideEngine *self);
void               stride_engine_set_cue_lead    (StrideEngine *self,
                                                  gint64        lead);
gint64             stride_engine_get_cue_lead    (StrideEngine *self);

void               stride_engine_start           (StrideEngine *self);
void               stride_engine_start_in        (StrideEngine *self,
                                                  gint64        delay);
void               stride_engine_pause           (StrideEngine *self);
void               stride_engine_resume          (StrideEngine *self);
void               stride_engine_next            (StrideEngine *self);
void               stride_engine_previous        (StrideEngine *self);
void               stride_engine_restart_segment (StrideEngine *self);
void               stride_engine_stop            (StrideEngine *self);

gboolean           stride_engine_has_done        (StrideEngine *self);
JsonObject        *stride_engine_dup_session     (StrideEngine *self);

G_END_DECLS
