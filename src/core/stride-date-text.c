/* stride-date-text.c
 *
 * One way of writing a date, wherever Stride shows one: a self-test's
 * result, a session in the history, a point on a chart. The day has no
 * leading zero or space ("3 December", not "03" or " 3"), and the month
 * is a word, so that no reader has to guess whether 10/11 is October or
 * November.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-date-text.h"

/**
 * stride_date_text_format_day:
 * @time: a time, in the zone its day is to be read in
 *
 * Returns: (transfer full): e.g. "25 November 2026"
 */
char *
stride_date_text_format_day (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, NULL);

  /* Translators: a date, in strftime format, see man strftime; e.g. "25
   * November 2026". %-d is the day without a leading zero or space. */
  return g_date_time_format (time, _("%-d %B %Y"));
}

/**
 * stride_date_text_format_day_time:
 * @time: a time, in the zone it is to be read in
 *
 * Returns: (transfer full): e.g. "Wednesday, 25 November 2026, 18:30"
 */
char *
stride_date_text_format_day_time (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, NULL);

  /* Translators: a date with its weekday and the time, in strftime
   * format, see man strftime; e.g. "Wednesday, 25 November 2026, 18:30".
   * %-d is the day without a leading zero or space. */
  return g_date_time_format (time, _("%A, %-d %B %Y, %H:%M"));
}

/**
 * stride_date_text_format_duration:
 * @seconds: a length of time, at least 0
 *
 * Returns: (transfer full): e.g. "40 seconds" under a minute, "12
 *   minutes" from there on, rounded to the nearest minute
 */
char *
stride_date_text_format_duration (gint64 seconds)
{
  guint minutes;

  g_return_val_if_fail (seconds >= 0, NULL);

  if (seconds < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", seconds), (guint) seconds);

  minutes = (guint) ((seconds + 30) / 60);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes), minutes);
}
