/* stride-dose.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-dose.h"

G_DEFINE_BOXED_TYPE (StrideDose, stride_dose, stride_dose_copy, stride_dose_free)

StrideDose *
stride_dose_copy (const StrideDose *dose)
{
  g_return_val_if_fail (dose != NULL, NULL);

  return g_memdup2 (dose, sizeof *dose);
}

void
stride_dose_free (StrideDose *dose)
{
  g_free (dose);
}

/**
 * stride_dose_is_valid:
 * @dose: a #StrideDose
 *
 * Returns: %TRUE if the range is non-empty and the unit and counting
 *   fit together (steps are counted per direction, reps per set or side)
 */
gboolean
stride_dose_is_valid (const StrideDose *dose)
{
  g_return_val_if_fail (dose != NULL, FALSE);

  if (dose->min == 0 || dose->min > dose->max)
    return FALSE;

  switch (dose->unit)
    {
    case STRIDE_DOSE_UNIT_REPS:
      return dose->per == STRIDE_DOSE_PER_SET || dose->per == STRIDE_DOSE_PER_SIDE;
    case STRIDE_DOSE_UNIT_STEPS:
      return dose->per == STRIDE_DOSE_PER_DIRECTION;
    default:
      return FALSE;
    }
}

/**
 * stride_dose_get_n_sides:
 * @dose: a #StrideDose
 *
 * Returns: 2 when the dose is done once for each side or direction, else 1
 */
guint
stride_dose_get_n_sides (const StrideDose *dose)
{
  g_return_val_if_fail (dose != NULL, 1);

  return dose->per == STRIDE_DOSE_PER_SET ? 1 : 2;
}

static char *
format_count (const StrideDose *dose)
{
  if (dose->min == dose->max)
    {
      if (dose->unit == STRIDE_DOSE_UNIT_STEPS)
        /* Translators: a number of sideways steps */
        return g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", dose->max), dose->max);

      /* Translators: a number of repetitions of an exercise */
      return g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", dose->max), dose->max);
    }

  if (dose->unit == STRIDE_DOSE_UNIT_STEPS)
    /* Translators: a range of sideways steps, e.g. "10–12 steps" */
    return g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u–%u step", "%u–%u steps", dose->max),
                            dose->min, dose->max);

  /* Translators: a range of repetitions, e.g. "10–15 reps" */
  return g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u–%u rep", "%u–%u reps", dose->max),
                          dose->min, dose->max);
}

/**
 * stride_dose_format:
 * @dose: a #StrideDose
 *
 * Returns: (transfer full): the dose as the user reads it, e.g.
 *   "12–15 reps per side"
 */
char *
stride_dose_format (const StrideDose *dose)
{
  g_autofree char *count = NULL;

  g_return_val_if_fail (dose != NULL, NULL);

  count = format_count (dose);

  switch (dose->per)
    {
    case STRIDE_DOSE_PER_SIDE:
      /* Translators: %s is a number of reps, e.g. "12–15 reps per side" */
      return g_strdup_printf (_("%s per side"), count);
    case STRIDE_DOSE_PER_DIRECTION:
      /* Translators: %s is a number of steps, e.g. "10–12 steps in each direction" */
      return g_strdup_printf (_("%s in each direction"), count);
    case STRIDE_DOSE_PER_SET:
    default:
      return g_steal_pointer (&count);
    }
}
