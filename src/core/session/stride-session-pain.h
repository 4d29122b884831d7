/* stride-session-pain.h
 *
 * Where a runner felt pain in a workout, as the session log asks it, the
 * session stores it and the history and the Progress charts show it: the
 * areas and sides, their names in the file and their words on screen.
 * A session's "pain" member lists reports {"area": …, "side": …}, the
 * side left out when the runner did not say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where it hurt. OTHER is an area this version does not know, NONE a
 * self-test, which does not ask where. HIP to FOOT are the areas the
 * session log asks about, in its order. */
typedef enum
{
  STRIDE_PAIN_AREA_NONE,
  STRIDE_PAIN_AREA_HIP,
  STRIDE_PAIN_AREA_KNEE,
  STRIDE_PAIN_AREA_LOWER_BACK,
  STRIDE_PAIN_AREA_SHIN,
  STRIDE_PAIN_AREA_FOOT,
  STRIDE_PAIN_AREA_OTHER,
} StridePainArea;

#define STRIDE_PAIN_AREA_FIRST STRIDE_PAIN_AREA_HIP
#define STRIDE_PAIN_AREA_LAST  STRIDE_PAIN_AREA_FOOT

/* Which side; UNSPECIFIED when the report does not say */
typedef enum
{
  STRIDE_PAIN_SIDE_UNSPECIFIED,
  STRIDE_PAIN_SIDE_LEFT,
  STRIDE_PAIN_SIDE_RIGHT,
  STRIDE_PAIN_SIDE_BOTH,
} StridePainSide;

StridePainArea  stride_pain_area_from_string      (const char     *area);
const char     *stride_pain_area_to_string        (StridePainArea  area);
const char     *stride_pain_area_get_title        (StridePainArea  area);
const char     *stride_pain_area_get_label        (StridePainArea  area);
const char     *stride_pain_area_get_chart_label  (StridePainArea  area);

StridePainSide  stride_pain_side_from_string      (const char     *side);
const char     *stride_pain_side_to_string        (StridePainSide  side);
const char     *stride_pain_side_get_choice       (StridePainSide  side);
const char     *stride_pain_side_get_label        (StridePainSide  side);
const char     *stride_pain_side_get_chart_label  (StridePainSide  side,
                                                   gboolean        self_test);

G_END_DECLS
