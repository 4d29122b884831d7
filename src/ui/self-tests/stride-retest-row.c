/* stride-retest-row.c
 *
 * The line that says when a self-test is due again, the same on the
 * Progress and the Self-tests areas: "Next squat self-test: Thursday 2
 * April" while the day is to come, and once it has come, a button to
 * take the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-catalog.h"
#include "stride-consistency.h"
#include "stride-retest-row.h"

/* The year only when it is not this one: "due since Sunday 3 August"
 * would be read as this year's */
static char *
format_day (GDateTime *time,
            GDateTime *now)
{
  if (g_date_time_get_year (time) != g_date_time_get_year (now))
    /* Translators: a day in strftime format, see man strftime; e.g.
     * "Thursday 2 April 2026" */
    return g_date_time_format (time, _("%A %-d %B %Y"));

  /* Translators: the day a self-test is due again, in strftime format,
   * see man strftime; e.g. "Thursday 2 April". %-d is the day without a
   * leading zero or space. */
  return g_date_time_format (time, _("%A %-d %B"));
}

/**
 * stride_retest_row_dup_title:
 * @due: when the test is due again
 * @now: the current time, in the same time zone as @due
 * @state: where today stands against @due; not %STRIDE_RETEST_NOT_TAKEN
 *
 * Returns: (transfer full): e.g. "Next squat self-test: Thursday 2 April"
 */
char *
stride_retest_row_dup_title (StrideSelfTestKind kind,
                             GDateTime         *due,
                             GDateTime         *now,
                             StrideRetestState  state)
{
  g_autofree char *day = NULL;
  gboolean squat = kind == STRIDE_SELF_TEST_SQUAT;

  g_return_val_if_fail (due != NULL, NULL);
  g_return_val_if_fail (state != STRIDE_RETEST_NOT_TAKEN, NULL);

  day = format_day (due, now);
  switch (state)
    {
    case STRIDE_RETEST_DUE:
      return g_strdup (squat ? _("Squat self-test due today") : _("Bridge self-test due today"));

    case STRIDE_RETEST_OVERDUE:
      /* Translators: %s is a day, e.g. "Squat self-test due since Thursday 2 April" */
      return g_strdup_printf (squat ? _("Squat self-test due since %s") : _("Bridge self-test due since %s"), day);

    case STRIDE_RETEST_SCHEDULED:
    case STRIDE_RETEST_NOT_TAKEN:
    default:
      /* Translators: %s is a day, e.g. "Next squat self-test: Thursday 2 April" */
      return g_strdup_printf (squat ? _("Next squat self-test: %s") : _("Next bridge self-test: %s"), day);
    }
}

/**
 * stride_retest_row_new:
 * @due: when @kind is due again, from stride_retest_dup_due()
 * @now: the current time
 * @time_zone: (nullable): where days are counted, or %NULL for local time
 *
 * Returns: (transfer floating): a row for a boxed list, with a button
 *   that opens the test once it is due
 */
GtkWidget *
stride_retest_row_new (StrideSelfTestKind  kind,
                       GDateTime          *due,
                       GDateTime          *now,
                       GTimeZone          *time_zone)
{
  StrideRetestState state;
  GtkWidget *row;
  g_autofree char *title = NULL;

  g_return_val_if_fail (due != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  state = stride_retest_get_state (due, now, time_zone);
  row = adw_action_row_new ();
  title = stride_retest_row_dup_title (kind, due, now, state);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("alarm-symbolic"));
  gtk_widget_add_css_class (row, "retest-row");

  if (state == STRIDE_RETEST_SCHEDULED)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Four weeks after your last result"));
      return row;
    }

  {
    StrideExercise *test = stride_catalog_lookup (stride_catalog_get_default (), stride_self_test_kind_get_id (kind));
    guint32 taken_day = stride_consistency_get_day (due, time_zone) - STRIDE_SELF_TEST_RETEST_DAYS;
    guint weeks = (stride_consistency_get_day (now, time_zone) - taken_day) / 7;
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Taken %u week ago. Take it again to see how your hips have changed.",
                                                          "Taken %u weeks ago. Take it again to see how your hips have changed.",
                                                          weeks), weeks);
    g_autofree char *take_name = g_strdup_printf (_("Take the %s"), stride_exercise_get_name (test));
    GtkWidget *take = gtk_button_new_with_mnemonic (_("_Take Test"));

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
    gtk_widget_add_css_class (row, "retest-prompt");

    gtk_widget_set_valign (take, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (take, "suggested-action");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (take), "win.start-self-test");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (take), "s", stride_self_test_kind_get_id (kind));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), take);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), take);
    stride_accessible_set_label (take, take_name);
  }

  return row;
}
