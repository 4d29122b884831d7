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

static gboolean
in_steps (const StrideDose *dose)
{
  return dose != NULL && dose->unit == STRIDE_DOSE_UNIT_STEPS;
}

/**
 * stride_dose_side_from_string:
 * @side: (nullable): "left", "right", or anything else for neither
 *
 * Returns: the side a stored set names
 */
StrideSide
stride_dose_side_from_string (const char *side)
{
  if (g_strcmp0 (side, "left") == 0)
    return STRIDE_SIDE_LEFT;
  if (g_strcmp0 (side, "right") == 0)
    return STRIDE_SIDE_RIGHT;
  return STRIDE_SIDE_NONE;
}

/**
 * stride_dose_name_side:
 * @dose: (nullable): the exercise's dose
 * @name: the exercise's name, or its harder variation's
 *
 * Returns: (transfer full): the exercise and its side, or for steps its
 *   direction, e.g. "Clamshells, left side" or "Banded Side Steps, to
 *   the left"
 */
char *
stride_dose_name_side (const StrideDose *dose,
                       const char       *name,
                       StrideSide        side)
{
  g_return_val_if_fail (name != NULL, NULL);

  switch (side)
    {
    case STRIDE_SIDE_LEFT:
      if (in_steps (dose))
        /* Translators: an exercise and the way the feet step, e.g. "Banded Side Steps, to the left" */
        return g_strdup_printf (_("%s, to the left"), name);
      /* Translators: an exercise and its side, e.g. "Clamshells, left side" */
      return g_strdup_printf (_("%s, left side"), name);
    case STRIDE_SIDE_RIGHT:
      if (in_steps (dose))
        return g_strdup_printf (_("%s, to the right"), name);
      return g_strdup_printf (_("%s, right side"), name);
    case STRIDE_SIDE_NONE:
    default:
      return g_strdup (name);
    }
}

/**
 * stride_dose_name_set:
 * @dose: (nullable): the exercise's dose
 *
 * Returns: (transfer full): a set of an exercise and its side or
 *   direction, e.g. "Clamshells, set 2, left side"
 */
char *
stride_dose_name_set (const StrideDose *dose,
                      const char       *name,
                      int               set,
                      StrideSide        side)
{
  g_return_val_if_fail (name != NULL, NULL);

  switch (side)
    {
    case STRIDE_SIDE_LEFT:
      if (in_steps (dose))
        /* Translators: e.g. "Banded Side Steps, set 2, to the left" */
        return g_strdup_printf (_("%s, set %d, to the left"), name, set);
      /* Translators: e.g. "Clamshells, set 2, left side" */
      return g_strdup_printf (_("%s, set %d, left side"), name, set);
    case STRIDE_SIDE_RIGHT:
      if (in_steps (dose))
        return g_strdup_printf (_("%s, set %d, to the right"), name, set);
      return g_strdup_printf (_("%s, set %d, right side"), name, set);
    case STRIDE_SIDE_NONE:
    default:
      /* Translators: exercise and set, e.g. "Squats, set 2" */
      return g_strdup_printf (_("%s, set %d"), name, set);
    }
}

/**
 * stride_dose_format_count_of:
 *
 * Returns: (transfer full): where a set is, e.g. "Rep 3 of 12" or
 *   "Step 3 of 10"
 */
char *
stride_dose_format_count_of (const StrideDose *dose,
                             guint             count,
                             guint             total)
{
  if (in_steps (dose))
    /* Translators: the step a set of side steps is at */
    return g_strdup_printf (C_("side steps", "Step %u of %u"), count, total);

  return g_strdup_printf (_("Rep %u of %u"), count, total);
}

/**
 * stride_dose_format_planned:
 *
 * Returns: (transfer full): how many a routine planned, e.g. "12 reps
 *   planned"
 */
char *
stride_dose_format_planned (const StrideDose *dose,
                            gint64            planned)
{
  if (in_steps (dose))
    /* Translators: how many steps the routine planned for the set */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d step planned", "%d steps planned", planned), (int) planned);

  /* Translators: how many reps the routine planned for the set */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep planned", "%d reps planned", planned), (int) planned);
}

/**
 * stride_dose_format_done_of:
 *
 * Returns: (transfer full): how many were done of how many planned, e.g.
 *   "12 of 15 reps"
 */
char *
stride_dose_format_done_of (const StrideDose *dose,
                            gint64            done,
                            gint64            planned)
{
  if (in_steps (dose))
    /* Translators: steps done of steps planned, e.g. "8 of 10 steps" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d step", "%d of %d steps", planned), (int) done, (int) planned);

  /* Translators: reps done of reps planned, e.g. "12 of 15 reps" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d rep", "%d of %d reps", planned), (int) done, (int) planned);
}

/**
 * stride_dose_format_done:
 *
 * Returns: (transfer full): how many were done, e.g. "12 reps"
 */
char *
stride_dose_format_done (const StrideDose *dose,
                         gint64            done)
{
  if (in_steps (dose))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d step", "%d steps", done), (int) done);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", done), (int) done);
}

/**
 * stride_dose_format_sets:
 * @dose: (nullable): the exercise's dose
 *
 * Returns: (transfer full): sets of so many, as a routine plans them,
 *   e.g. "2 × 12 reps per side" or "2 × 10 steps in each direction"
 */
char *
stride_dose_format_sets (const StrideDose *dose,
                         guint             sets,
                         guint             count)
{
  if (in_steps (dose))
    /* Translators: sets × steps, e.g. "2 × 10 steps in each direction" */
    return g_strdup_printf (_("%u × %u steps in each direction"), sets, count);

  if (dose != NULL && stride_dose_get_n_sides (dose) == 2)
    /* Translators: sets × reps, e.g. "2 × 12 reps per side" */
    return g_strdup_printf (_("%u × %u reps per side"), sets, count);

  return g_strdup_printf (_("%u × %u reps"), sets, count);
}

/**
 * stride_dose_get_count_title:
 * @dose: (nullable): the exercise's dose
 *
 * Returns: the title of the number counted in a set, "Reps" or "Steps",
 *   e.g. over the field that sets it
 */
const char *
stride_dose_get_count_title (const StrideDose *dose)
{
  if (in_steps (dose))
    /* Translators: the title of the number of side steps in a set */
    return C_("side steps", "Steps");

  return _("Reps");
}

/**
 * stride_dose_get_last_one:
 *
 * Returns: what is said when the last rep, or step, of a set starts
 */
const char *
stride_dose_get_last_one (const StrideDose *dose)
{
  if (in_steps (dose))
    /* Translators: spoken when the last step of a set of side steps starts */
    return _("Last step");

  /* Translators: spoken when the last repetition of a set starts */
  return _("Last rep");
}

/**
 * stride_dose_get_switch_cue:
 *
 * Returns: what is said when a set goes on with the other side, or for
 *   steps the other way
 */
const char *
stride_dose_get_switch_cue (const StrideDose *dose)
{
  if (in_steps (dose))
    /* Translators: spoken when side steps go on the other way */
    return _("Change direction");

  /* Translators: spoken when the same exercise goes on with the other leg */
  return _("Switch sides");
}

/**
 * stride_dose_get_switch_title:
 *
 * Returns: the phase between the two sides, or directions, of a set
 */
const char *
stride_dose_get_switch_title (const StrideDose *dose)
{
  if (in_steps (dose))
    /* Translators: the phase between the two directions of side steps */
    return _("Change Direction");

  return _("Switch Sides");
}
