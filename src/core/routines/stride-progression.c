/* stride-progression.c
 *
 * Taking up the suggestion of a harder variation: the routine the user
 * last did the exercise in switches that exercise to its "make it
 * harder" variation. The user's own routine changes in place; a built-in
 * one cannot change, so the user gets a copy of it that does.
 *
 * And the way back: pain in the latest session that did an exercise at
 * its harder variation suggests the basic one again, and taking that up
 * switches the routine back the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-advice.h"
#include "stride-catalog.h"
#include "stride-progression.h"
#include "stride-record.h"
#include "stride-routine-library.h"
#include "stride-session.h"
#include "stride-session-sets.h"

/* Whether @session did @exercise_id: a set of it recorded with nothing
 * done is a workout stopped or skipped through before it */
static gboolean
has_exercise (JsonObject *session,
              const char *exercise_id)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      if (g_str_equal (set.exercise, exercise_id) && stride_session_set_is_done (&set))
        return TRUE;
    }

  return FALSE;
}

/**
 * stride_progression_find_latest_session:
 * @sessions_by_date: (element-type JsonObject): oldest first, as
 *   stride_store_list_sessions_by_date() gives them
 *
 * Returns: (transfer none) (nullable): the latest session with a set done of
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

/* Whether switching @exercise_id to the other variation than @harder
 * would change @routine */
static gboolean
has_item_at (StrideRoutine *routine,
             const char    *exercise_id,
             gboolean       harder)
{
  for (guint i = 0; i < stride_routine_get_n_items (routine); i++)
    {
      StrideRoutineItem *item = stride_routine_get_item (routine, i);

      if (g_strcmp0 (item->exercise_id, exercise_id) == 0 && !item->harder == !harder)
        return TRUE;
    }

  return FALSE;
}

/* The routine of the latest session that had @exercise_id, if it still
 * exists and still has the exercise at the @harder variation */
static StrideRoutine *
find_routine_at (StrideStore *store,
                 const char  *exercise_id,
                 gboolean     harder)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(StrideRoutine) routine = NULL;
  JsonObject *latest;

  sessions = stride_store_list_sessions_by_date (store);
  latest = stride_progression_find_latest_session (sessions, exercise_id);
  if (latest == NULL)
    return NULL;

  routine = stride_routine_library_lookup (store, stride_record_get_string (latest, STRIDE_SESSION_ROUTINE), NULL);
  if (routine == NULL || !has_item_at (routine, exercise_id, harder))
    return NULL;

  return g_steal_pointer (&routine);
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
  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  return find_routine_at (store, exercise_id, FALSE);
}

/**
 * stride_progression_find_step_back_routine:
 *
 * Returns: (transfer full) (nullable): the routine of the latest session
 *   that had @exercise_id, if it still exists and still has the exercise
 *   at its harder variation: the routine stepping back would change
 */
StrideRoutine *
stride_progression_find_step_back_routine (StrideStore *store,
                                           const char  *exercise_id)
{
  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  return find_routine_at (store, exercise_id, TRUE);
}

/* Switches @exercise_id to the @harder variation in the routine of the
 * latest session that had it, or in a copy of it if it is built in */
static StrideRoutine *
switch_variation (StrideStore *store,
                  const char  *exercise_id,
                  gboolean     harder,
                  gboolean    *made_copy)
{
  g_autoptr(StrideRoutine) routine = find_routine_at (store, exercise_id, !harder);
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
        item->harder = harder;
    }

  object = stride_routine_to_json (routine);
  stride_store_put (store, STRIDE_COLLECTION_ROUTINES, object);

  if (made_copy != NULL)
    *made_copy = copy;

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
  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  return switch_variation (store, exercise_id, TRUE, made_copy);
}

/* Whether @session did a set of @exercise_id at its harder variation */
static gboolean
did_harder (JsonObject *session,
            const char *exercise_id)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      if (g_str_equal (set.exercise, exercise_id) && g_strcmp0 (set.variation, STRIDE_SESSION_VARIATION_HARDER) == 0
          && stride_session_set_is_done (&set))
        return TRUE;
    }

  return FALSE;
}

/* Whether the latest session of @exercise_id did it at the harder
 * variation, and hurt */
static gboolean
needs_step_back (GPtrArray  *sessions_by_date,
                 const char *exercise_id)
{
  JsonObject *latest = stride_progression_find_latest_session (sessions_by_date, exercise_id);

  return latest != NULL && did_harder (latest, exercise_id) && stride_session_has_pain (latest);
}

/**
 * stride_progression_step_back:
 * @made_copy: (out) (optional): whether the routine is a new copy of a
 *   built-in one
 *
 * Switches @exercise_id back to its basic variation in the routine that
 * stride_progression_find_step_back_routine() finds, and stores it, if
 * stride_progression_list_step_backs() suggests it.
 *
 * Returns: (transfer full) (nullable): the stored routine, or %NULL if
 *   there was none to change
 */
StrideRoutine *
stride_progression_step_back (StrideStore *store,
                              const char  *exercise_id,
                              gboolean    *made_copy)
{
  g_autoptr(GPtrArray) sessions = NULL;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  if (made_copy != NULL)
    *made_copy = FALSE;

  /* Only while the suggestion stands */
  sessions = stride_store_list_sessions_by_date (store);
  if (!needs_step_back (sessions, exercise_id))
    return NULL;

  return switch_variation (store, exercise_id, FALSE, made_copy);
}

/**
 * stride_progression_list_step_backs:
 * @sessions_by_date: (element-type JsonObject): oldest first, as
 *   stride_store_list_sessions_by_date() gives them
 *
 * The way back from a harder variation: an exercise whose latest session
 * did it at the harder variation and reported pain is better done at
 * its basic variation again. A later session without pain, or at the
 * basic variation, ends the suggestion.
 *
 * Returns: (transfer full): the catalog IDs of the exercises to suggest
 *   the basic variation of, in the catalog's order; empty, never %NULL
 */
GStrv
stride_progression_list_step_backs (GPtrArray *sessions_by_date)
{
  GListModel *exercises = stride_catalog_get_exercises (stride_catalog_get_default ());
  g_autoptr(GStrvBuilder) step_back = g_strv_builder_new ();

  g_return_val_if_fail (sessions_by_date != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(StrideExercise) exercise = g_list_model_get_item (exercises, i);
      const char *id = stride_exercise_get_id (exercise);

      if (stride_exercise_get_harder (exercise) != NULL && needs_step_back (sessions_by_date, id))
        g_strv_builder_add (step_back, id);
    }

  return g_strv_builder_end (step_back);
}
