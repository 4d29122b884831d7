/* stride-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-record.h"
#include "stride-routine.h"
#include "stride-session.h"
#include "stride-session-sets.h"

/**
 * stride_session_new:
 * @started: (nullable): when the workout began
 * @routine: the routine's ID
 * @routine_name: the routine's name, kept in case the routine goes
 *
 * Returns: (transfer full): a session with no sets yet, and no time
 *   worked
 */
JsonObject *
stride_session_new (GDateTime  *started,
                    const char *routine,
                    const char *routine_name)
{
  JsonObject *session = json_object_new ();
  const char *english;

  g_return_val_if_fail (routine != NULL, session);

  if (started != NULL)
    {
      g_autofree char *text = g_date_time_format_iso8601 (started);

      json_object_set_string_member (session, STRIDE_SESSION_STARTED, text);
    }
  json_object_set_string_member (session, STRIDE_SESSION_ROUTINE, routine);
  /* A built-in routine's in English, to be shown in the language of
   * whenever it is read */
  english = routine_name != NULL ? stride_routine_untranslate_builtin_name (routine, routine_name) : NULL;
  if (english != NULL)
    routine_name = english;
  json_object_set_string_member (session, STRIDE_SESSION_ROUTINE_NAME, routine_name != NULL ? routine_name : routine);

  return session;
}

/**
 * stride_session_set_duration:
 * @seconds: how long the workout ran, pauses left out
 */
void
stride_session_set_duration (JsonObject *session,
                             gint64      seconds)
{
  g_return_if_fail (session != NULL);

  json_object_set_int_member (session, STRIDE_SESSION_DURATION, seconds);
}

/**
 * stride_session_set_completion:
 * @completion: the part of the planned work done, 0 to 1
 */
void
stride_session_set_completion (JsonObject *session,
                               double      completion)
{
  g_return_if_fail (session != NULL);

  json_object_set_double_member (session, STRIDE_SESSION_COMPLETION, CLAMP (completion, 0.0, 1.0));
}

/**
 * stride_session_set_effort:
 * @effort: the perceived effort, 1 to 10, or anything else for not
 *   rated, which is left out rather than counted as a middle value
 */
void
stride_session_set_effort (JsonObject *session,
                           int         effort)
{
  g_return_if_fail (session != NULL);

  if (effort >= 1 && effort <= STRIDE_SESSION_MAX_EFFORT)
    json_object_set_int_member (session, STRIDE_SESSION_EFFORT, effort);
  else
    json_object_remove_member (session, STRIDE_SESSION_EFFORT);
}

/**
 * stride_session_set_note:
 * @note: (nullable): the runner's note; an empty one is left out
 */
void
stride_session_set_note (JsonObject *session,
                         const char *note)
{
  g_return_if_fail (session != NULL);

  if (note != NULL && note[0] != '\0')
    json_object_set_string_member (session, STRIDE_SESSION_NOTE, note);
  else
    json_object_remove_member (session, STRIDE_SESSION_NOTE);
}

/**
 * stride_session_clear_pain:
 *
 * Records that the runner felt no pain: an empty list of reports.
 */
void
stride_session_clear_pain (JsonObject *session)
{
  g_return_if_fail (session != NULL);

  json_object_set_array_member (session, STRIDE_SESSION_PAIN, json_array_new ());
}

/**
 * stride_session_add_pain:
 * @area: one of the areas the session log asks about
 * @side: the side, or %STRIDE_PAIN_SIDE_UNSPECIFIED
 */
void
stride_session_add_pain (JsonObject     *session,
                         StridePainArea  area,
                         StridePainSide  side)
{
  JsonArray *reports;
  JsonObject *report;

  g_return_if_fail (session != NULL);
  g_return_if_fail (stride_pain_area_to_string (area) != NULL);

  reports = stride_record_get_array (session, STRIDE_SESSION_PAIN);
  if (reports == NULL)
    {
      stride_session_clear_pain (session);
      reports = stride_record_get_array (session, STRIDE_SESSION_PAIN);
    }

  report = json_object_new ();
  json_object_set_string_member (report, STRIDE_PAIN_REPORT_AREA, stride_pain_area_to_string (area));
  if (stride_pain_side_to_string (side) != NULL)
    json_object_set_string_member (report, STRIDE_PAIN_REPORT_SIDE, stride_pain_side_to_string (side));
  json_array_add_object_element (reports, report);
}

/**
 * stride_session_get_routine_name:
 *
 * Returns: (nullable): the routine's name as it was when the session was
 *   recorded, or its ID for a session that did not keep the name
 */
const char *
stride_session_get_routine_name (JsonObject *session)
{
  const char *name = stride_record_get_string (session, STRIDE_SESSION_ROUTINE_NAME);

  return name != NULL ? name : stride_record_get_string (session, STRIDE_SESSION_ROUTINE);
}

/* @text cut after @max_chars characters, with "…" to say so */
static char *
dup_shortened (const char *text,
               guint       max_chars)
{
  const char *end;

  if (text == NULL)
    return NULL;

  end = text;
  for (guint n = 0; n < max_chars && *end != '\0'; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);

  {
    g_autofree char *start = g_strndup (text, end - text);

    return g_strconcat (start, "…", NULL);
  }
}

/**
 * stride_session_dup_routine_name:
 *
 * Returns: (transfer full) (nullable): the routine's name as
 *   stride_session_get_routine_name() gives it, a built-in routine's in
 *   the language of now
 */
char *
stride_session_dup_routine_name (JsonObject *session)
{
  const char *name = stride_session_get_routine_name (session);
  const char *translated = stride_routine_translate_builtin_name (stride_record_get_string (session, STRIDE_SESSION_ROUTINE),
                                                                  name);

  return g_strdup (translated != NULL ? translated : name);
}

/**
 * stride_session_dup_routine_name_shown:
 *
 * Returns: (transfer full) (nullable): the routine's name as
 *   stride_session_dup_routine_name() gives it, cut after
 *   %STRIDE_SESSION_MAX_SHOWN_NAME characters
 */
char *
stride_session_dup_routine_name_shown (JsonObject *session)
{
  g_autofree char *name = stride_session_dup_routine_name (session);

  return dup_shortened (name, STRIDE_SESSION_MAX_SHOWN_NAME);
}

/**
 * stride_session_get_duration:
 *
 * Returns: the seconds the workout ran, or -1 if the session does not say
 */
gint64
stride_session_get_duration (JsonObject *session)
{
  gint64 duration;

  if (!stride_record_get_int (session, STRIDE_SESSION_DURATION, &duration) || duration < 0)
    return -1;

  return duration;
}

/**
 * stride_session_dup_started:
 *
 * Returns: (transfer full) (nullable): when the workout began, in the
 *   time zone it was written with
 */
GDateTime *
stride_session_dup_started (JsonObject *session)
{
  return stride_record_dup_time (session, STRIDE_SESSION_STARTED);
}

/**
 * stride_session_get_note:
 *
 * Returns: (nullable): the runner's note, %NULL when there is none
 */
const char *
stride_session_get_note (JsonObject *session)
{
  const char *note = stride_record_get_string (session, STRIDE_SESSION_NOTE);

  return note != NULL && note[0] != '\0' ? note : NULL;
}

/**
 * stride_session_dup_note_shown:
 *
 * Returns: (transfer full) (nullable): the runner's note as
 *   stride_session_get_note() gives it, cut after
 *   %STRIDE_SESSION_MAX_SHOWN_NOTE characters
 */
char *
stride_session_dup_note_shown (JsonObject *session)
{
  return dup_shortened (stride_session_get_note (session), STRIDE_SESSION_MAX_SHOWN_NOTE);
}

/**
 * stride_session_get_completion:
 * @session: a stored session
 *
 * Returns: the part of the routine done, 0 to 1; a session that does not
 *   say counts as complete
 */
double
stride_session_get_completion (JsonObject *session)
{
  JsonNode *node = stride_record_get_value (session, STRIDE_SESSION_COMPLETION);
  GType type = node != NULL ? json_node_get_value_type (node) : G_TYPE_INVALID;
  double completion;

  if (type == G_TYPE_DOUBLE)
    completion = json_node_get_double (node);
  else if (type == G_TYPE_INT64)
    completion = (double) json_node_get_int (node);
  else
    return 1.0;

  /* NaN fails both comparisons and counts as complete, like any
   * completion the app cannot make sense of */
  if (completion >= 0.0 && completion <= 1.0)
    return completion;
  if (completion > 1.0)
    return 1.0;
  if (completion < 0.0)
    return 0.0;
  return 1.0;
}

/**
 * stride_session_is_partial:
 * @session: a stored session
 *
 * Returns: %TRUE if the session was stopped before its routine was done
 */
gboolean
stride_session_is_partial (JsonObject *session)
{
  /* Less than what would show as 100 % */
  return stride_session_get_completion (session) < 0.995;
}

/**
 * stride_session_counts_as_done:
 * @session: a stored session
 *
 * Returns: %TRUE if the session counts as one the runner did, partly or
 *   wholly, wherever sessions are counted: some of it was done by its
 *   completion or by its sets. One with nothing done in it, from an older
 *   Stride, does not.
 */
gboolean
stride_session_counts_as_done (JsonObject *session)
{
  g_return_val_if_fail (session != NULL, FALSE);

  return stride_session_get_completion (session) > 0.0 || stride_session_has_done (session);
}

/**
 * stride_session_get_percent_done:
 * @session: a stored session
 *
 * Returns: the part of the routine done in whole percent, as shown: 100
 *   only when all of it was done, and never 0 for a session with
 *   something done in it
 */
int
stride_session_get_percent_done (JsonObject *session)
{
  double completion = stride_session_get_completion (session);
  int percent = (int) (completion * 100 + 0.5);

  /* Reps entered after a stop before the player counted any: the time
   * says nothing was done, the runner says otherwise */
  if (completion <= 0.0)
    return stride_session_has_done (session) ? 1 : 0;
  if (!stride_session_is_partial (session))
    return 100;

  return CLAMP (percent, 1, 99);
}

/**
 * stride_session_get_effort:
 * @session: a stored session
 *
 * Returns: the perceived effort, 1 to 10, or -1 if not rated
 */
int
stride_session_get_effort (JsonObject *session)
{
  gint64 effort;

  if (!stride_record_get_int (session, STRIDE_SESSION_EFFORT, &effort) || effort < 1 || effort > STRIDE_SESSION_MAX_EFFORT)
    return -1;

  return (int) effort;
}

/**
 * stride_session_has_pain:
 * @session: a stored session
 *
 * Returns: %TRUE if the session reports pain in at least one area
 */
gboolean
stride_session_has_pain (JsonObject *session)
{
  JsonArray *reports = stride_record_get_array (session, STRIDE_SESSION_PAIN);

  for (guint i = 0; reports != NULL && i < json_array_get_length (reports); i++)
    {
      JsonNode *report = json_array_get_element (reports, i);

      if (JSON_NODE_HOLDS_OBJECT (report) &&
          stride_record_get_string (json_node_get_object (report), STRIDE_PAIN_REPORT_AREA) != NULL)
        return TRUE;
    }

  return FALSE;
}


/**
 * stride_session_get_n_pain:
 *
 * Returns: how many pain reports the session has, readable or not
 */
guint
stride_session_get_n_pain (JsonObject *session)
{
  JsonArray *reports = stride_record_get_array (session, STRIDE_SESSION_PAIN);

  return reports != NULL ? json_array_get_length (reports) : 0;
}

/**
 * stride_session_get_pain:
 * @index: from 0 to stride_session_get_n_pain()
 * @area: (out): the area as stored, e.g. "lower-back"
 * @side: (out) (nullable): the side as stored, or %NULL if it does not say
 *
 * Returns: %FALSE for a report without an area
 */
gboolean
stride_session_get_pain (JsonObject  *session,
                         guint        index,
                         const char **area,
                         const char **side)
{
  JsonArray *reports = stride_record_get_array (session, STRIDE_SESSION_PAIN);
  JsonNode *node;

  g_return_val_if_fail (area != NULL && side != NULL, FALSE);

  if (reports == NULL || index >= json_array_get_length (reports))
    return FALSE;

  node = json_array_get_element (reports, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  *area = stride_record_get_string (json_node_get_object (node), STRIDE_PAIN_REPORT_AREA);
  *side = stride_record_get_string (json_node_get_object (node), STRIDE_PAIN_REPORT_SIDE);
  return *area != NULL;
}

/* A set as version 1 kept it, an object each */
static gboolean
is_valid_v1_set (JsonObject *set)
{
  return stride_record_check_string (set, "exercise", TRUE)
         && stride_record_check_string (set, "variation", FALSE)
         && stride_record_check_string (set, "side", FALSE)
         && stride_record_check_int (set, "set", 1, STRIDE_SESSION_MAX_SETS, TRUE, FALSE)
         && stride_record_check_int (set, "reps_planned", 0, STRIDE_SESSION_MAX_REPS, FALSE, FALSE)
         && stride_record_check_int (set, "reps", 0, STRIDE_SESSION_MAX_REPS, TRUE, FALSE)
         && stride_record_check_int (set, "hold_seconds", 0, STRIDE_SESSION_MAX_HOLD_SECONDS, FALSE, FALSE);
}

static gboolean
is_valid_pain (JsonNode *node)
{
  JsonObject *pain;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  pain = json_node_get_object (node);
  return stride_record_check_string (pain, STRIDE_PAIN_REPORT_AREA, TRUE)
         && stride_record_check_string (pain, STRIDE_PAIN_REPORT_SIDE, FALSE);
}

/**
 * stride_session_check:
 *
 * Whether @session holds what a session may hold in a loaded file, in
 * the members the session owns; the store checks those every record has
 * ("id", "modified"). A session that fails is kept aside, unread.
 */
gboolean
stride_session_check (JsonObject *session)
{
  g_return_val_if_fail (session != NULL, FALSE);

  return stride_record_check_timestamp (session, STRIDE_SESSION_STARTED)
         && stride_record_check_string (session, STRIDE_SESSION_ROUTINE, FALSE)
         && stride_record_check_string (session, STRIDE_SESSION_ROUTINE_NAME, FALSE)
         && stride_record_check_int (session, STRIDE_SESSION_DURATION, 0, STRIDE_SESSION_MAX_DURATION, FALSE, FALSE)
         && stride_record_check_number (session, STRIDE_SESSION_COMPLETION, 0.0, 1.0, FALSE)
         && stride_record_check_int (session, STRIDE_SESSION_EFFORT, 1, STRIDE_SESSION_MAX_EFFORT, FALSE, TRUE)
         && stride_record_check_string (session, STRIDE_SESSION_NOTE, FALSE)
         && stride_record_check_array (session, STRIDE_SESSION_PAIN, is_valid_pain)
         && stride_record_check_array (session, STRIDE_SESSION_EXERCISES, stride_session_entry_is_valid)
         && stride_record_check_array (session, STRIDE_SESSION_WORKED, stride_session_worked_entry_is_valid);
}

/* Whether a version 1 set has members beyond those version 1 defined */
static gboolean
has_unknown_members (JsonObject *set)
{
  static const char *known[] = {
    "exercise", "variation", "side", "set", "reps_planned", "reps", "hold_seconds",
  };
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init (&iter, set);
  while (json_object_iter_next (&iter, &name, &value))
    {
      if (!g_strv_contains (known, name))
        return TRUE;
    }

  return FALSE;
}

/**
 * stride_session_migrate_from_v1:
 *
 * Version 1 kept a session's sets as an object each in "sets"; version 2
 * an entry per exercise in "exercises" (see stride-session-sets.h). What
 * every set did is kept; so is the old list, as a member this version
 * does not read, if a set in it holds members it cannot carry over.
 *
 * Returns: %FALSE if the sets are damaged
 */
gboolean
stride_session_migrate_from_v1 (JsonObject *session)
{
  JsonNode *node = json_object_get_member (session, "sets");
  gboolean keep_old = FALSE;
  JsonArray *sets;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  sets = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (sets); i++)
    {
      JsonNode *item = json_array_get_element (sets, i);
      JsonObject *old;
      StrideSessionSet set;

      if (!JSON_NODE_HOLDS_OBJECT (item) || !is_valid_v1_set (json_node_get_object (item)))
        return FALSE;

      old = json_node_get_object (item);
      set = (StrideSessionSet) {
        .exercise = json_object_get_string_member (old, "exercise"),
        .variation = json_object_get_string_member_with_default (old, "variation", NULL),
        .side = json_object_get_string_member_with_default (old, "side", NULL),
        .number = json_object_get_int_member (old, "set"),
        .reps = json_object_get_int_member (old, "reps"),
        .reps_planned = json_object_get_int_member_with_default (old, "reps_planned", -1),
        .hold_seconds = json_object_get_int_member_with_default (old, "hold_seconds", -1),
      };
      stride_session_add_set (session, &set);
      keep_old = keep_old || has_unknown_members (old);
    }

  if (!keep_old)
    json_object_remove_member (session, "sets");
  return TRUE;
}
