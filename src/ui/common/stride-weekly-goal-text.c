/* stride-weekly-goal-text.c
 *
 * The weekly goal as the settings hold it, and this week's count against
 * it in words, for every page that shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include "stride-number-ranges.h"
#include "stride-weekly-goal-text.h"

/**
 * stride_weekly_goal_read_settings:
 * @goal_min: (out): the fewest sessions a week that meet the goal
 * @goal_max: (out): the most the goal asks for, never below @goal_min
 */
void
stride_weekly_goal_read_settings (GSettings *settings,
                                  guint     *goal_min,
                                  guint     *goal_max)
{
  *goal_min = (guint) MAX (g_settings_get_int (settings, "weekly-goal-min"), 1);
  /* The preferences keep the range in order; a hand-edited setting may not */
  *goal_max = MAX ((guint) g_settings_get_int (settings, "weekly-goal-max"), *goal_min);
}

/**
 * stride_weekly_goal_dup_count:
 *
 * Returns: (transfer full): e.g. "2 of 2–3 sessions this week", and how
 *   many of them were partly done: "2 of 2–3 sessions this week, 1 partly
 *   done"
 */
char *
stride_weekly_goal_dup_count (const StrideWeeklyGoal *goal)
{
  g_autofree char *range = NULL;
  g_autofree char *count = NULL;

  if (goal->goal_min == goal->goal_max)
    range = g_strdup_printf ("%u", goal->goal_max);
  else
    {
      /* Translators: the weekly goal as a range of sessions, e.g. "2–3" */
      g_autofree char *plain = g_strdup_printf (_("%u–%u"), goal->goal_min, goal->goal_max);

      range = stride_number_ranges_join (plain);
    }

  /* Translators: this week's sessions against the goal, e.g. "1 of 2–3
   * sessions this week"; the plural follows the goal's largest number */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %s session this week", "%u of %s sessions this week",
                                        goal->goal_max),
                           goal->sessions, range);
  if (goal->partial == 0)
    return g_steal_pointer (&count);

  /* Translators: %s is this week's count as above, e.g. "2 of 2–3
   * sessions this week, 1 partly done" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u partly done", "%s, %u partly done", goal->partial),
                          count, goal->partial);
}
