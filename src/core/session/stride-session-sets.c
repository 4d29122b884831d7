/* stride-session-sets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-session-sets.h"

enum
{
  ENTRY_EXERCISE,
  ENTRY_VARIATION,
  ENTRY_SIDE,
  ENTRY_PLAN,
  ENTRY_FIRST_SET,
};

/* One call per node: json_node_get_value_type() answers for any node */
static inline gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return json_node_get_value_type (node) == type;
}

/* A string or null: the NULL of @out for null */
static gboolean
read_optional_string (JsonNode    *node,
                      const char **out)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    *out = json_node_get_string (node);
  else if (type == G_TYPE_INVALID && JSON_NODE_HOLDS_NULL (node))
    *out = NULL;
  else
    return FALSE;

  return TRUE;
}

/* The members of an entry common to its sets; FALSE for an entry of the
 * wrong shape */
static gboolean
read_entry (JsonNode          *node,
            StrideSessionSet  *common,
            gboolean          *is_hold,
            JsonArray        **entry_out)
{
  JsonArray *entry;
  JsonNode *plan;
  GType plan_type;

  if (!holds_type (node, JSON_TYPE_ARRAY))
    return FALSE;

  entry = json_node_get_array (node);
  if (json_array_get_length (entry) < ENTRY_FIRST_SET
      || !holds_type (json_array_get_element (entry, ENTRY_EXERCISE), G_TYPE_STRING)
      || !read_optional_string (json_array_get_element (entry, ENTRY_VARIATION), &common->variation)
      || !read_optional_string (json_array_get_element (entry, ENTRY_SIDE), &common->side))
    return FALSE;
  common->exercise = json_node_get_string (json_array_get_element (entry, ENTRY_EXERCISE));

  plan = json_array_get_element (entry, ENTRY_PLAN);
  plan_type = json_node_get_value_type (plan);
  common->reps_planned = -1;
  *is_hold = FALSE;
  if (plan_type == G_TYPE_INT64)
    common->reps_planned = json_node_get_int (plan);
  else if (plan_type == G_TYPE_STRING && g_str_equal (json_node_get_string (plan), STRIDE_SESSION_PLAN_HOLD))
    *is_hold = TRUE;
  else if (!JSON_NODE_HOLDS_NULL (plan))
    return FALSE;

  *entry_out = entry;
  return TRUE;
}

static JsonArray *
get_entries (JsonObject *session)
{
  JsonNode *node = json_object_get_member (session, STRIDE_SESSION_EXERCISES);

  return node != NULL && holds_type (node, JSON_TYPE_ARRAY) ? json_node_get_array (node) : NULL;
}

void
stride_session_set_iter_init (StrideSessionSetIter *iter,
                              JsonObject           *session)
{
  g_return_if_fail (iter != NULL);
  g_return_if_fail (session != NULL);

  iter->entries = get_entries (session);
  iter->entry = 0;
  iter->set = 0;
}

/* Like stride_session_set_iter_next(), and gives the node of the number
 * done, for changing it */
static gboolean
iter_next (StrideSessionSetIter  *iter,
           StrideSessionSet      *set,
           JsonNode             **done_node)
{
  guint n_entries = iter->entries != NULL ? json_array_get_length (iter->entries) : 0;

  while (iter->entry < n_entries)
    {
      JsonArray *entry;
      JsonNode *node;
      gboolean is_hold;
      guint index = iter->set;

      if (!read_entry (json_array_get_element (iter->entries, iter->entry), set, &is_hold, &entry)
          || ENTRY_FIRST_SET + index >= json_array_get_length (entry))
        {
          iter->entry++;
          iter->set = 0;
          continue;
        }

      iter->set++;
      node = json_array_get_element (entry, ENTRY_FIRST_SET + index);
      if (!holds_type (node, G_TYPE_INT64))
        continue;

      set->number = index + 1;
      set->hold_seconds = is_hold ? json_node_get_int (node) : -1;
      set->reps = is_hold ? set->hold_seconds > 0 : json_node_get_int (node);
      *done_node = node;
      return TRUE;
    }

  return FALSE;
}

/**
 * stride_session_set_iter_next:
 *
 * Gives the next set: the sets of the first exercise one after the other,
 * then those of the next. The strings in @set belong to the session.
 *
 * Returns: %FALSE when there are no more sets
 */
gboolean
stride_session_set_iter_next (StrideSessionSetIter *iter,
                              StrideSessionSet     *set)
{
  JsonNode *done_node;

  g_return_val_if_fail (iter != NULL, FALSE);
  g_return_val_if_fail (set != NULL, FALSE);

  return iter_next (iter, set, &done_node);
}

guint
stride_session_count_sets (JsonObject *session)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;
  guint n = 0;

  g_return_val_if_fail (session != NULL, 0);

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    n++;

  return n;
}

/**
 * stride_session_set_is_done:
 *
 * Returns: whether a rep of @set was done or a second of it held: a set
 *   of a workout stopped or skipped through before it is recorded with
 *   none, and is not a set of that exercise done
 */
gboolean
stride_session_set_is_done (const StrideSessionSet *set)
{
  g_return_val_if_fail (set != NULL, FALSE);

  return set->hold_seconds >= 0 ? set->hold_seconds > 0 : set->reps > 0;
}

/**
 * stride_session_has_done:
 *
 * Returns: %TRUE if at least one rep was done or one second held: a
 *   session without is one the runner never really began
 */
gboolean
stride_session_has_done (JsonObject *session)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;

  g_return_val_if_fail (session != NULL, FALSE);

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      if (stride_session_set_is_done (&set))
        return TRUE;
    }

  return FALSE;
}

/**
 * stride_session_get_seconds_worked:
 *
 * Returns: the seconds spent on the exercises themselves, rests and
 *   get-readies left out, or -1 for a session recorded before Stride kept
 *   them
 */
gint64
stride_session_get_seconds_worked (JsonObject *session)
{
  JsonNode *node;
  JsonArray *worked;
  gint64 total = 0;

  g_return_val_if_fail (session != NULL, -1);

  node = json_object_get_member (session, STRIDE_SESSION_WORKED);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return -1;

  worked = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (worked); i++)
    {
      JsonNode *entry = json_array_get_element (worked, i);

      /* Entries of the wrong shape, in a file edited by hand, are skipped */
      if (stride_session_worked_entry_is_valid (entry))
        total += json_array_get_int_element (json_node_get_array (entry), 2);
    }

  return total;
}

/**
 * stride_session_set_done:
 * @index: the set's place in the order stride_session_set_iter_next()
 *   gives them, from 0
 * @done: the reps done, or for a timed hold the seconds held
 *
 * Returns: %FALSE if the session has no set at @index
 */
gboolean
stride_session_set_done (JsonObject *session,
                         guint       index,
                         gint64      done)
{
  StrideSessionSetIter iter;
  StrideSessionSet set;
  JsonNode *done_node;

  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (done >= 0, FALSE);

  stride_session_set_iter_init (&iter, session);
  for (guint i = 0; iter_next (&iter, &set, &done_node); i++)
    {
      if (i == index)
        {
          json_node_set_int (done_node, MIN (done, set.hold_seconds >= 0 ? STRIDE_SESSION_MAX_HOLD_SECONDS
                                                                         : STRIDE_SESSION_MAX_REPS));
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
entry_has_key (JsonNode               *node,
               const StrideSessionSet *set,
               guint                  *n_sets,
               JsonArray             **entry)
{
  StrideSessionSet common;
  gboolean is_hold;

  if (!read_entry (node, &common, &is_hold, entry))
    return FALSE;

  *n_sets = json_array_get_length (*entry) - ENTRY_FIRST_SET;
  return g_str_equal (common.exercise, set->exercise)
         && g_strcmp0 (common.variation, set->variation) == 0
         && g_strcmp0 (common.side, set->side) == 0
         && is_hold == (set->hold_seconds >= 0)
         && (is_hold || common.reps_planned == MAX (set->reps_planned, -1));
}

static void
add_optional_string (JsonArray  *array,
                     const char *value)
{
  if (value != NULL)
    json_array_add_string_element (array, value);
  else
    json_array_add_null_element (array);
}

static JsonArray *
add_entry (JsonArray              *entries,
           const StrideSessionSet *set)
{
  JsonArray *entry = json_array_sized_new (ENTRY_FIRST_SET + 1);

  json_array_add_string_element (entry, set->exercise);
  add_optional_string (entry, set->variation);
  add_optional_string (entry, set->side);
  if (set->hold_seconds >= 0)
    json_array_add_string_element (entry, STRIDE_SESSION_PLAN_HOLD);
  else if (set->reps_planned >= 0)
    json_array_add_int_element (entry, set->reps_planned);
  else
    json_array_add_null_element (entry);

  json_array_add_array_element (entries, entry);
  return entry;
}

/**
 * stride_session_clear_sets:
 *
 * Gives the session an empty list of sets, to add them to.
 */
void
stride_session_clear_sets (JsonObject *session)
{
  g_return_if_fail (session != NULL);

  json_object_set_array_member (session, STRIDE_SESSION_EXERCISES, json_array_new ());
}

/**
 * stride_session_add_set:
 *
 * Records @set after the session's other sets: it joins the entry of its
 * exercise, variation, side and plan that has set->number - 1 sets, or
 * starts one. A set number that follows no entry (a gap) joins the last
 * entry of its kind, so that what was done is kept even where its number
 * is not. A timed hold keeps its seconds; its reps follow from them.
 */
void
stride_session_add_set (JsonObject             *session,
                        const StrideSessionSet *set)
{
  JsonArray *entries;
  JsonArray *entry = NULL, *same_kind = NULL;

  g_return_if_fail (session != NULL);
  g_return_if_fail (set != NULL && set->exercise != NULL);

  entries = get_entries (session);
  if (entries == NULL)
    {
      entries = json_array_new ();
      json_object_set_array_member (session, STRIDE_SESSION_EXERCISES, entries);
    }

  for (guint i = json_array_get_length (entries); i > 0 && entry == NULL; i--)
    {
      JsonArray *candidate;
      guint n_sets;

      if (!entry_has_key (json_array_get_element (entries, i - 1), set, &n_sets, &candidate))
        continue;
      if (same_kind == NULL)
        same_kind = candidate;
      if (set->number > 1 && n_sets == set->number - 1)
        entry = candidate;
    }

  if (entry == NULL)
    entry = set->number > 1 && same_kind != NULL ? same_kind : add_entry (entries, set);

  json_array_add_int_element (entry, set->hold_seconds >= 0 ? set->hold_seconds : set->reps);
}

/**
 * stride_session_clear_worked:
 *
 * Records that no time was worked yet: an empty "worked" list, which a
 * session recorded before Stride kept the time worked does not have.
 */
void
stride_session_clear_worked (JsonObject *session)
{
  g_return_if_fail (session != NULL);

  json_object_set_array_member (session, STRIDE_SESSION_WORKED, json_array_new ());
}

/**
 * stride_session_add_worked:
 * @exercise: the exercise's ID
 * @side: (nullable): "left", "right", or %NULL for both or none
 * @seconds: the time worked on it, rests and pauses left out
 *
 * Records the time worked on one exercise and side, after those
 * recorded before.
 */
void
stride_session_add_worked (JsonObject *session,
                           const char *exercise,
                           const char *side,
                           gint64      seconds)
{
  JsonNode *node;
  JsonArray *entry;

  g_return_if_fail (session != NULL);
  g_return_if_fail (exercise != NULL);
  g_return_if_fail (seconds >= 0);

  node = json_object_get_member (session, STRIDE_SESSION_WORKED);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      stride_session_clear_worked (session);
      node = json_object_get_member (session, STRIDE_SESSION_WORKED);
    }

  entry = json_array_sized_new (3);
  json_array_add_string_element (entry, exercise);
  add_optional_string (entry, side);
  json_array_add_int_element (entry, seconds);
  json_array_add_array_element (json_node_get_array (node), entry);
}

/**
 * stride_session_entry_is_valid:
 *
 * Whether @entry is one a loaded file may hold: the shape of the header
 * comment, with 1 to %STRIDE_SESSION_MAX_SETS sets, and reps or seconds
 * in range.
 */
gboolean
stride_session_entry_is_valid (JsonNode *entry)
{
  StrideSessionSet common;
  JsonArray *array;
  gboolean is_hold;
  gint64 max;
  guint length;

  g_return_val_if_fail (entry != NULL, FALSE);

  if (!read_entry (entry, &common, &is_hold, &array))
    return FALSE;

  length = json_array_get_length (array);
  max = is_hold ? STRIDE_SESSION_MAX_HOLD_SECONDS : STRIDE_SESSION_MAX_REPS;
  if (common.exercise[0] == '\0' || length == ENTRY_FIRST_SET || length > ENTRY_FIRST_SET + STRIDE_SESSION_MAX_SETS
      || common.reps_planned < -1 || common.reps_planned > STRIDE_SESSION_MAX_REPS)
    return FALSE;
  /* -1 is how a null plan reads; in the file it would be a negative plan */
  if (common.reps_planned == -1 && holds_type (json_array_get_element (array, ENTRY_PLAN), G_TYPE_INT64))
    return FALSE;

  for (guint i = ENTRY_FIRST_SET; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gint64 done;

      if (!holds_type (node, G_TYPE_INT64))
        return FALSE;
      done = json_node_get_int (node);
      if (done < 0 || done > max)
        return FALSE;
    }

  return TRUE;
}

/**
 * stride_session_worked_entry_is_valid:
 *
 * Whether @entry is one of a session's "worked" entries as a loaded file
 * may hold it: [exercise, side, seconds], side "left", "right" or null.
 */
gboolean
stride_session_worked_entry_is_valid (JsonNode *entry)
{
  JsonArray *array;
  JsonNode *side;
  JsonNode *seconds;

  g_return_val_if_fail (entry != NULL, FALSE);

  if (!JSON_NODE_HOLDS_ARRAY (entry))
    return FALSE;
  array = json_node_get_array (entry);
  if (json_array_get_length (array) != 3)
    return FALSE;

  side = json_array_get_element (array, 1);
  seconds = json_array_get_element (array, 2);

  return holds_type (json_array_get_element (array, 0), G_TYPE_STRING)
         && json_array_get_string_element (array, 0)[0] != '\0'
         && (JSON_NODE_HOLDS_NULL (side)
             || (holds_type (side, G_TYPE_STRING)
                 && (g_str_equal (json_node_get_string (side), STRIDE_SESSION_SIDE_LEFT)
                     || g_str_equal (json_node_get_string (side), STRIDE_SESSION_SIDE_RIGHT))))
         && holds_type (seconds, G_TYPE_INT64)
         && json_node_get_int (seconds) >= 0 && json_node_get_int (seconds) <= STRIDE_SESSION_MAX_HOLD_SECONDS;
}
