/* stride-catalog-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-catalog-types.h"

/**
 * stride_muscle_from_index:
 * @index: 0 to %STRIDE_MUSCLE_N_MUSCLES - 1
 *
 * Lets a list of filters walk the muscles in a stable order.
 *
 * Returns: the single muscle flag at @index
 */
StrideMuscle
stride_muscle_from_index (guint index)
{
  g_return_val_if_fail (index < STRIDE_MUSCLE_N_MUSCLES, STRIDE_MUSCLE_NONE);

  return 1 << index;
}

/**
 * stride_muscle_get_label:
 * @muscle: a single muscle flag
 *
 * Returns: (transfer none): the muscle's name in the user's language
 */
const char *
stride_muscle_get_label (StrideMuscle muscle)
{
  switch (muscle)
    {
    case STRIDE_MUSCLE_GLUTEUS_MAXIMUS:
      return _("Gluteus maximus");
    case STRIDE_MUSCLE_GLUTEUS_MEDIUS:
      return _("Gluteus medius");
    case STRIDE_MUSCLE_GLUTEUS_MINIMUS:
      return _("Gluteus minimus");
    case STRIDE_MUSCLE_HAMSTRINGS:
      return _("Hamstrings");
    case STRIDE_MUSCLE_LOWER_BACK:
      return _("Lower back");
    case STRIDE_MUSCLE_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * stride_equipment_get_label:
 * @equipment: a #StrideEquipment
 *
 * Returns: (transfer none): what the user needs, in their language
 */
const char *
stride_equipment_get_label (StrideEquipment equipment)
{
  switch (equipment)
    {
    case STRIDE_EQUIPMENT_NONE:
      return _("No equipment");
    case STRIDE_EQUIPMENT_BAND:
      return _("Resistance band");
    default:
      g_return_val_if_reached (NULL);
    }
}
