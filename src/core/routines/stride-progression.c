/* stride-progression.c
 *
 * Taking up the suggestion of a harder variation: the routine the user
 * last did the exercise in switches that exercise to its "make it
 * harder" variation. The user's own routine changes in place; a built-in
 * one cannot change, so the user gets a copy of it that does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-advice.h"
#include "stride-progression.h"
#include "stride-record.h"
#include "stride-routine-library.h"
#include "stride-session.h"
#include "stride-session-sets.h"

static gboolean
has_exercise (JsonObject *session,
              const char *exercise_id)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      if (g_str_equal (set.exercise, exercise_id))
        return TRUE;
    }

  return FALSE;
}

/**
 * stride_progression_find_latest_session:
 * @sessions_by_date: (element-type JsonObject): oldest first, as
 *   stride_store_list_sessions_by_date() gives them
 *
 * Returns: (transfer none) (nullable): the latest session with a set of
 *   @exercise_id
 */
JsonObject *
stride_progression_find_latest_session (GPtrArray  *sessions_by_date,
                                        const char *exercise_id)
{
  g_return_val_if_fail (sessions_by_date != NULL, NULL);

  for (guint i = sessions_by_date->len; i > 0; i--)
    if (has_exercise (sessions_by_date->pdata[i - 1], exercise_id))
      return sessions_by_date->pdata[i - 1];

  return NULL;
}

/**
 * stride_progression_get_recent_effort:
 *
 * Returns: the highest effort rated in the sessions that made @exercise_id
 *   ready for its harder variation, the latest ones that had it; 0 if
 *   none was rated
 */
int
stride_progression_get_recent_effort (GPtrArray  *sessions_by_date,
                                      const char *exercise_id)
{
  guint n_found = 0;
  int effort = 0;

  g_return_val_if_fail (sessions_by_date != NULL, 0);

  for (guint i = sessions_by_date->len; i > 0 && n_found < STRIDE_ADVICE_SESSIONS_AT_TOP; i--)
    if (has_exercise (sessions_by_date->pdata[i - 1], exercise_id))
      {
        effort = MAX (effort, stride_session_get_effort (sessions_by_date->pdata[i - 1]));
        n_found++;
      }

  return effort;
}

/* Whether switching @exercise_id to harder would change @routine */
static gboolean
has_base_item (StrideRoutine *routine,
               const char    *exercise_id)
{
  for (guint i = 0; i < stride_routine_get_n_items (routine); i++)
    {
      StrideRoutineItem *item = stride_routine_get_item (routine, i);

      if (g_strcmp0 (item->exercise_id, exercise_id) == 0 && !item->harder)
        return TRUE;
    }

  return FALSE;
}

/**
 * stride_progression_find_routine:
 *
 * Returns: (transfer full) (nullable): the routine of the latest session
 *   that had @exercise_id, if it still exists and still has the exercise
 *   at its base variation: the routine the suggestion would change
 */
StrideRoutine *
stride_progression_find_routine (StrideStore *store,
                                 const char  *exercise_id)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(StrideRoutine) routine = NULL;
  JsonObject *latest;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  sessions = stride_store_list_sessions_by_date (store);
  latest = stride_progression_find_latest_session (sessions, exercise_id);
  if (latest == NULL)
    return NULL;

  routine = stride_routine_library_lookup (store, stride_record_get_string (latest, STRIDE_SESSION_ROUTINE), NULL);
  if (routine == NULL || !has_base_item (routine, exercise_id))
    return NULL;

  return g_steal_pointer (&routine);
}

/**
 * stride_progression_apply:
 * @made_copy: (out) (optional): whether the routine is a new copy of a
 *   built-in one
 *
 * Switches @exercise_id to its harder variation in the routine that
 * stride_progression_find_routine() finds, and stores it.
 *
 * Returns: (transfer full) (nullable): the stored routine, or %NULL if
 *   there was none to change
 */
StrideRoutine *
stride_progression_apply (StrideStore *store,
                          const char  *exercise_id,
                          gboolean    *made_copy)
{
  g_autoptr(StrideRoutine) routine = stride_progression_find_routine (store, exercise_id);
  g_autoptr(JsonObject) object = NULL;
  gboolean copy = FALSE;

  if (made_copy != NULL)
    *made_copy = FALSE;
  if (routine == NULL)
    return NULL;

  if (stride_routine_library_is_builtin (stride_routine_get_id (routine)))
    {
      StrideRoutine *builtin = g_steal_pointer (&routine);

      routine = stride_routine_library_copy_builtin (builtin);
      stride_routine_unref (builtin);
      copy = TRUE;
    }

  for (guint i = 0; i < stride_routine_get_n_items (routine); i++)
    {
      StrideRoutineItem *item = stride_routine_get_item (routine, i);

      if (g_strcmp0 (item->exercise_id, exercise_id) == 0)
        item->harder = TRUE;
    }

  object = stride_routine_to_json (routine);
  stride_store_put (store, STRIDE_COLLECTION_ROUTINES, object);

  if (made_copy != NULL)
    *made_copy = copy;

  return g_steal_pointer (&routine);
}
