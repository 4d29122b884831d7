/* stride-session-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-catalog.h"
#include "stride-date-text.h"
#include "stride-record.h"
#include "stride-session.h"
#include "stride-session-text.h"

/**
 * stride_session_text_format_worked:
 * @seconds: the time spent on the exercises themselves
 *
 * Returns: (transfer full): "8 minutes of exercise", as the history says
 *   it of a session and the sessions chart of a week
 */
char *
stride_session_text_format_worked (gint64 seconds)
{
  g_autofree char *time = stride_date_text_format_duration (seconds);

  /* Translators: the time spent on the exercises themselves, rests
   * left out, e.g. "8 minutes of exercise" */
  return g_strdup_printf (_("%s of exercise"), time);
}

/**
 * stride_session_text_dup_date:
 *
 * Returns: (transfer full): the day and time the session began, in the
 *   local time zone, as its row in the history is titled
 */
char *
stride_session_text_dup_date (JsonObject *session)
{
  const char *text = stride_record_get_string (session, STRIDE_SESSION_STARTED);
  g_autoptr(GDateTime) started = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (started == NULL)
    return g_strdup (_("Unknown date"));

  local = g_date_time_to_local (started);
  return stride_date_text_format_day_time (local);
}

/**
 * stride_session_text_dup_time:
 *
 * Returns: (transfer full) (nullable): "8 minutes of exercise in 12
 *   minutes", or %NULL for a session that does not say both times
 */
char *
stride_session_text_dup_time (JsonObject *session)
{
  gint64 duration = stride_session_get_duration (session);
  gint64 worked = stride_session_get_seconds_worked (session);
  g_autofree char *worked_text = NULL;
  g_autofree char *duration_text = NULL;

  if (worked < 0 || duration < 0)
    return NULL;

  worked_text = stride_date_text_format_duration (worked);
  duration_text = stride_date_text_format_duration (duration);

  /* Translators: the time spent on the exercises themselves, then the
   * time the workout ran, pauses left out: "8 minutes of exercise in 12
   * minutes" */
  return g_strdup_printf (_("%s of exercise in %s"), worked_text, duration_text);
}

/**
 * stride_session_text_dup_outcome:
 *
 * Returns: (transfer full): what became of a workout just ended, as the
 *   session log says it: finished, stopped partway, or stopped before
 *   anything was done
 */
char *
stride_session_text_dup_outcome (JsonObject *session)
{
  g_autofree char *shown = stride_session_dup_routine_name_shown (session);
  const char *routine = shown != NULL ? shown : "";
  g_autofree char *time = stride_session_text_dup_time (session);

  if (!stride_session_has_done (session))
    /* Translators: %s is the routine's name; it ended by a stop, or
     * with every set skipped */
    return g_strdup_printf (_("“%s” ended before a rep was done, so there is nothing to save. "
                              "If you did some, enter them below."),
                            routine);

  if (stride_session_is_partial (session))
    {
      int percent = stride_session_get_percent_done (session);

      if (time != NULL)
        /* Translators: %d is how much of the routine was done, before a
         * stop or with sets skipped, the first %s the routine's name, the
         * last the time, e.g. "8 minutes of exercise in 12 minutes" */
        return g_strdup_printf (_("You did %d %% of “%s”: %s. Saving keeps it as partly done, with the sets you did."),
                                percent, routine, time);

      /* Translators: %d is how much of the routine was done, %s its name */
      return g_strdup_printf (_("You did %d %% of “%s”. Saving keeps it as partly done, with the sets you did."),
                              percent, routine);
    }

  if (time != NULL)
    /* Translators: %s is the routine's name, the last %s the time, e.g.
     * "8 minutes of exercise in 12 minutes" */
    return g_strdup_printf (_("You finished “%s”: %s. Well done!"), routine, time);

  return g_strdup_printf (_("You finished “%s”. Well done!"), routine);
}

/**
 * stride_session_text_dup_pain:
 *
 * Returns: (transfer full) (nullable): where it hurt, "knee (left),
 *   hip", or %NULL when the session reports no pain; an area or side
 *   this version does not know is shown as the file has it
 */
char *
stride_session_text_dup_pain (JsonObject *session)
{
  g_autoptr(GString) pain = g_string_new (NULL);

  for (guint i = 0; i < stride_session_get_n_pain (session); i++)
    {
      const char *area_id, *side_id, *area, *side;

      if (!stride_session_get_pain (session, i, &area_id, &side_id))
        continue;

      area = stride_pain_area_get_label (stride_pain_area_from_string (area_id));
      if (area == NULL)
        area = area_id;
      side = stride_pain_side_get_label (stride_pain_side_from_string (side_id));
      if (side == NULL)
        side = side_id;

      if (pain->len > 0)
        g_string_append (pain, ", ");
      if (side != NULL)
        /* Translators: where it hurt and on which side, e.g. "knee (left)" */
        g_string_append_printf (pain, _("%s (%s)"), area, side);
      else
        g_string_append (pain, area);
    }

  if (pain->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&pain), FALSE);
}

/**
 * stride_session_text_dup_summary:
 *
 * Returns: (transfer full): the session in one line, as the history
 *   shows it under the date: the routine, how long, the time worked, how
 *   much was done, the effort and any pain, joined by " · "
 */
char *
stride_session_text_dup_summary (JsonObject *session)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gint64 duration = stride_session_get_duration (session);
  gint64 worked = stride_session_get_seconds_worked (session);
  int effort = stride_session_get_effort (session);
  g_autofree char *pain = stride_session_text_dup_pain (session);

  g_ptr_array_add (parts, stride_session_dup_routine_name_shown (session));
  if (duration >= 0)
    g_ptr_array_add (parts, stride_date_text_format_duration (duration));
  if (worked >= 0)
    g_ptr_array_add (parts, stride_session_text_format_worked (worked));
  if (stride_session_is_partial (session))
    {
      int percent = stride_session_get_percent_done (session);

      if (percent > 0)
        /* Translators: how much of a workout was done, e.g. "partly done (60 %)" */
        g_ptr_array_add (parts, g_strdup_printf (_("partly done (%d %%)"), percent));
      else
        g_ptr_array_add (parts, g_strdup (_("partly done")));
    }
  if (effort > 0)
    /* Translators: the effort the user rated, e.g. "effort 6 of 10" */
    g_ptr_array_add (parts, g_strdup_printf (_("effort %d of 10"), effort));
  if (pain != NULL)
    /* Translators: %s lists where it hurt, e.g. "pain: knee (left)" */
    g_ptr_array_add (parts, g_strdup_printf (_("pain: %s"), pain));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static StrideExercise *
lookup_exercise (const StrideSessionSet *set)
{
  return stride_catalog_lookup (stride_catalog_get_default (), set->exercise);
}

/**
 * stride_session_text_get_exercise:
 *
 * Returns: the name of the set's exercise, or its ID for an exercise
 *   this version does not know
 */
const char *
stride_session_text_get_exercise (const StrideSessionSet *set)
{
  StrideExercise *exercise;

  g_return_val_if_fail (set != NULL, NULL);

  exercise = lookup_exercise (set);
  return exercise != NULL ? stride_exercise_get_name (exercise) : set->exercise;
}

static const StrideDose *
get_dose (const StrideSessionSet *set)
{
  StrideExercise *exercise = lookup_exercise (set);

  return exercise != NULL ? stride_exercise_get_dose (exercise) : NULL;
}

/**
 * stride_session_text_dup_set_title:
 *
 * Returns: (transfer full): the set named in its exercise's own unit,
 *   e.g. "Clamshell, left side, set 2"
 */
char *
stride_session_text_dup_set_title (const StrideSessionSet *set)
{
  g_return_val_if_fail (set != NULL, NULL);

  return stride_dose_name_set (get_dose (set), stride_session_text_get_exercise (set),
                               (int) set->number, stride_dose_side_from_string (set->side));
}

/**
 * stride_session_text_dup_set_planned:
 *
 * Returns: (transfer full) (nullable): what the number done of a set
 *   counts, where the runner corrects it: the reps planned, or "Seconds
 *   held" for a timed hold; %NULL for reps with none planned
 */
char *
stride_session_text_dup_set_planned (const StrideSessionSet *set)
{
  g_return_val_if_fail (set != NULL, NULL);

  if (set->hold_seconds >= 0)
    /* Translators: the number beside it is how long a hold was held */
    return g_strdup (_("Seconds held"));
  if (set->reps_planned >= 0)
    return stride_dose_format_planned (get_dose (set), set->reps_planned);

  return NULL;
}

/**
 * stride_session_text_dup_set_done:
 *
 * Returns: (transfer full): what a set did, "12 of 15 reps" or "held 30
 *   seconds", or "not held"
 */
char *
stride_session_text_dup_set_done (const StrideSessionSet *set)
{
  g_return_val_if_fail (set != NULL, NULL);

  if (set->hold_seconds > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "held %d second", "held %d seconds", set->hold_seconds),
                            (int) set->hold_seconds);
  if (set->hold_seconds == 0)
    /* Translators: a timed hold of a session that was not done */
    return g_strdup (_("not held"));
  if (set->reps_planned >= 0)
    return stride_dose_format_done_of (get_dose (set), set->reps, set->reps_planned);

  return stride_dose_format_done (get_dose (set), set->reps);
}

/**
 * stride_session_text_dup_csv_date:
 * @zone: the time zone to write the date in
 *
 * Returns: (transfer full): "2026-10-01 09:00", the same in every
 *   language, or "" for a session without a date
 */
char *
stride_session_text_dup_csv_date (JsonObject *session,
                                  GTimeZone  *zone)
{
  const char *text = stride_record_get_string (session, STRIDE_SESSION_STARTED);
  g_autoptr(GDateTime) started = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (zone != NULL, NULL);

  if (started == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (started, zone);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/**
 * stride_session_text_dup_csv_pain:
 *
 * Returns: (transfer full): the pain reports as the file names them, for
 *   a spreadsheet: "knee (left); hip", or ""
 */
char *
stride_session_text_dup_csv_pain (JsonObject *session)
{
  g_autoptr(GString) pain = g_string_new (NULL);

  for (guint i = 0; i < stride_session_get_n_pain (session); i++)
    {
      const char *area = NULL, *side = NULL;

      stride_session_get_pain (session, i, &area, &side);
      if (side != NULL && side[0] == '\0')
        side = NULL;
      g_string_append_printf (pain, "%s%s%s%s%s", i > 0 ? "; " : "", area != NULL ? area : "",
                              side != NULL ? " (" : "", side != NULL ? side : "", side != NULL ? ")" : "");
    }

  return g_string_free (g_steal_pointer (&pain), FALSE);
}
