/* stride-session-pain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-session-pain.h"

/* The names in the file, by area and by side */
static const char *area_ids[] = {
  [STRIDE_PAIN_AREA_HIP] = "hip",
  [STRIDE_PAIN_AREA_KNEE] = "knee",
  [STRIDE_PAIN_AREA_LOWER_BACK] = "lower-back",
  [STRIDE_PAIN_AREA_SHIN] = "shin",
  [STRIDE_PAIN_AREA_FOOT] = "foot",
};

static const char *side_ids[] = {
  [STRIDE_PAIN_SIDE_LEFT] = "left",
  [STRIDE_PAIN_SIDE_RIGHT] = "right",
  [STRIDE_PAIN_SIDE_BOTH] = "both",
};

/**
 * stride_pain_area_from_string:
 * @area: (nullable): a stored area, e.g. "lower-back"
 *
 * Returns: the area; %STRIDE_PAIN_AREA_OTHER for one this version does
 *   not know, so that the pain is still shown
 */
StridePainArea
stride_pain_area_from_string (const char *area)
{
  for (guint i = STRIDE_PAIN_AREA_FIRST; area != NULL && i <= STRIDE_PAIN_AREA_LAST; i++)
    if (g_str_equal (area, area_ids[i]))
      return i;

  return STRIDE_PAIN_AREA_OTHER;
}

/**
 * stride_pain_area_to_string:
 *
 * Returns: (nullable): the name of @area in the file, or %NULL for an
 *   area that is not stored by name
 */
const char *
stride_pain_area_to_string (StridePainArea area)
{
  if (area < STRIDE_PAIN_AREA_FIRST || area > STRIDE_PAIN_AREA_LAST)
    return NULL;

  return area_ids[area];
}

/**
 * stride_pain_area_get_title:
 *
 * Returns: (nullable): the area as a heading, where the session log
 *   asks about it: "Lower back"
 */
const char *
stride_pain_area_get_title (StridePainArea area)
{
  switch (area)
    {
    case STRIDE_PAIN_AREA_HIP:
      return _("Hip");
    case STRIDE_PAIN_AREA_KNEE:
      return _("Knee");
    case STRIDE_PAIN_AREA_LOWER_BACK:
      return _("Lower back");
    case STRIDE_PAIN_AREA_SHIN:
      return _("Shin");
    case STRIDE_PAIN_AREA_FOOT:
      return _("Foot");
    case STRIDE_PAIN_AREA_NONE:
    case STRIDE_PAIN_AREA_OTHER:
    default:
      return NULL;
    }
}

/**
 * stride_pain_area_get_label:
 *
 * Returns: (nullable): the area within a sentence, as the history lists
 *   it: "lower back"
 */
const char *
stride_pain_area_get_label (StridePainArea area)
{
  switch (area)
    {
    case STRIDE_PAIN_AREA_HIP:
      return _("hip");
    case STRIDE_PAIN_AREA_KNEE:
      return _("knee");
    case STRIDE_PAIN_AREA_LOWER_BACK:
      return _("lower back");
    case STRIDE_PAIN_AREA_SHIN:
      return _("shin");
    case STRIDE_PAIN_AREA_FOOT:
      return _("foot");
    case STRIDE_PAIN_AREA_NONE:
    case STRIDE_PAIN_AREA_OTHER:
    default:
      return NULL;
    }
}

/**
 * stride_pain_area_get_chart_label:
 *
 * Returns: the name of a row of the pain chart, also for a self-test's
 *   pain and for areas this version does not know
 */
const char *
stride_pain_area_get_chart_label (StridePainArea area)
{
  switch (area)
    {
    case STRIDE_PAIN_AREA_NONE:
      /* Translators: the row of pain felt during a self-test */
      return C_("pain area", "Self-test");
    case STRIDE_PAIN_AREA_HIP:
      return C_("pain area", "Hip");
    case STRIDE_PAIN_AREA_KNEE:
      return C_("pain area", "Knee");
    case STRIDE_PAIN_AREA_LOWER_BACK:
      return C_("pain area", "Lower back");
    case STRIDE_PAIN_AREA_SHIN:
      return C_("pain area", "Shin");
    case STRIDE_PAIN_AREA_FOOT:
      return C_("pain area", "Foot");
    case STRIDE_PAIN_AREA_OTHER:
    default:
      return C_("pain area", "Other");
    }
}

/**
 * stride_pain_side_from_string:
 * @side: (nullable): "left", "right" or "both"
 *
 * Returns: the side, or %STRIDE_PAIN_SIDE_UNSPECIFIED
 */
StridePainSide
stride_pain_side_from_string (const char *side)
{
  for (guint i = STRIDE_PAIN_SIDE_LEFT; side != NULL && i <= STRIDE_PAIN_SIDE_BOTH; i++)
    if (g_str_equal (side, side_ids[i]))
      return i;

  return STRIDE_PAIN_SIDE_UNSPECIFIED;
}

/**
 * stride_pain_side_to_string:
 *
 * Returns: (nullable): the name of @side in the file, or %NULL for none
 */
const char *
stride_pain_side_to_string (StridePainSide side)
{
  if (side < STRIDE_PAIN_SIDE_LEFT || side > STRIDE_PAIN_SIDE_BOTH)
    return NULL;

  return side_ids[side];
}

/**
 * stride_pain_side_get_choice:
 *
 * Returns: the side as a choice of the session log's drop-down, "No
 *   pain" for %STRIDE_PAIN_SIDE_UNSPECIFIED
 */
const char *
stride_pain_side_get_choice (StridePainSide side)
{
  switch (side)
    {
    case STRIDE_PAIN_SIDE_LEFT:
      return _("Left");
    case STRIDE_PAIN_SIDE_RIGHT:
      return _("Right");
    case STRIDE_PAIN_SIDE_BOTH:
      return _("Both sides");
    case STRIDE_PAIN_SIDE_UNSPECIFIED:
    default:
      return _("No pain");
    }
}

/**
 * stride_pain_side_get_label:
 *
 * Returns: (nullable): the side within a sentence, as the history lists
 *   it: "left"
 */
const char *
stride_pain_side_get_label (StridePainSide side)
{
  switch (side)
    {
    case STRIDE_PAIN_SIDE_LEFT:
      return _("left");
    case STRIDE_PAIN_SIDE_RIGHT:
      return _("right");
    case STRIDE_PAIN_SIDE_BOTH:
      return _("both sides");
    case STRIDE_PAIN_SIDE_UNSPECIFIED:
    default:
      return NULL;
    }
}

/**
 * stride_pain_side_get_chart_label:
 * @self_test: whether the pain was felt during a self-test
 *
 * Returns: the side as the pain chart tells it of a point
 */
const char *
stride_pain_side_get_chart_label (StridePainSide side,
                                  gboolean       self_test)
{
  switch (side)
    {
    case STRIDE_PAIN_SIDE_LEFT:
      return C_("pain side", "Left");
    case STRIDE_PAIN_SIDE_RIGHT:
      return C_("pain side", "Right");
    case STRIDE_PAIN_SIDE_BOTH:
      return C_("pain side", "Both sides");
    case STRIDE_PAIN_SIDE_UNSPECIFIED:
    default:
      return self_test ? C_("pain side", "During the test") : C_("pain side", "Pain");
    }
}
