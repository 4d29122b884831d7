/* stride-routine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stride-catalog.h"
#include "stride-date-text.h"
#include "stride-routine.h"

struct _StrideRoutine
{
  gatomicrefcount ref_count;

  char *id;
  char *name;
  guint get_ready;
  guint switch_sides;
  GPtrArray *items;

  /* Members of a stored routine that this version does not know, kept
   * so that they survive the next save */
  JsonObject *unknown;
};

G_DEFINE_BOXED_TYPE (StrideRoutine, stride_routine, stride_routine_ref, stride_routine_unref)
G_DEFINE_QUARK (stride-routine-error-quark, stride_routine_error)

/* @name as one line of text that reads as written: control characters
 * (line breaks, tabs) are spaces, one between words, and the characters
 * that would turn the text around are left out */
static char *
dup_plain_name (const char *name)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = name != NULL ? name : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        continue;
      if (g_unichar_iscntrl (c) || g_unichar_isspace (c))
        {
          if (plain->len > 0 && plain->str[plain->len - 1] != ' ')
            g_string_append_c (plain, ' ');
          continue;
        }
      g_string_append_unichar (plain, c);
    }
  if (plain->len > 0 && plain->str[plain->len - 1] == ' ')
    g_string_truncate (plain, plain->len - 1);

  return g_string_free (plain, FALSE);
}

static void
item_free (StrideRoutineItem *item)
{
  g_free (item->exercise_id);
  g_free (item);
}

StrideRoutine *
stride_routine_new (const char *id,
                    const char *name)
{
  StrideRoutine *self = g_new0 (StrideRoutine, 1);

  g_return_val_if_fail (id != NULL, NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strdup (id);
  self->name = dup_plain_name (name);
  self->get_ready = 10;
  self->switch_sides = 5;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);

  return self;
}

StrideRoutine *
stride_routine_ref (StrideRoutine *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
stride_routine_unref (StrideRoutine *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->id);
  g_free (self->name);
  g_ptr_array_unref (self->items);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_free (self);
}

/**
 * stride_routine_copy:
 * @new_id: the copy's ID
 *
 * Returns: (transfer full): a routine with the same content, e.g. to
 *   duplicate one or to edit a built-in one
 */
StrideRoutine *
stride_routine_copy (StrideRoutine *self,
                     const char    *new_id)
{
  StrideRoutine *copy;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (new_id != NULL, NULL);

  copy = stride_routine_new (new_id, self->name);
  copy->get_ready = self->get_ready;
  copy->switch_sides = self->switch_sides;
  for (guint i = 0; i < self->items->len; i++)
    {
      StrideRoutineItem *item = g_memdup2 (self->items->pdata[i], sizeof (StrideRoutineItem));

      item->exercise_id = g_strdup (item->exercise_id);
      g_ptr_array_add (copy->items, item);
    }
  if (self->unknown != NULL)
    copy->unknown = json_object_ref (self->unknown);

  return copy;
}

const char *
stride_routine_get_id (StrideRoutine *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

const char *
stride_routine_get_name (StrideRoutine *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

void
stride_routine_set_name (StrideRoutine *self,
                         const char    *name)
{
  g_return_if_fail (self != NULL);

  g_free (self->name);
  self->name = dup_plain_name (name);
}

guint
stride_routine_get_get_ready (StrideRoutine *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->get_ready;
}

void
stride_routine_set_get_ready (StrideRoutine *self,
                              guint          seconds)
{
  g_return_if_fail (self != NULL);

  self->get_ready = seconds;
}

guint
stride_routine_get_switch_sides (StrideRoutine *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->switch_sides;
}

void
stride_routine_set_switch_sides (StrideRoutine *self,
                                 guint          seconds)
{
  g_return_if_fail (self != NULL);

  self->switch_sides = seconds;
}

guint
stride_routine_get_n_items (StrideRoutine *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->items->len;
}

/**
 * stride_routine_get_item:
 *
 * Returns: (transfer none): the item, to read or to change in place
 */
StrideRoutineItem *
stride_routine_get_item (StrideRoutine *self,
                         guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return self->items->pdata[index];
}

/**
 * stride_routine_add_item:
 *
 * Appends an exercise with the guide's dose, two sets, and a tempo and
 * rests that suit it.
 *
 * Returns: (transfer none): the new item
 */
StrideRoutineItem *
stride_routine_add_item (StrideRoutine *self,
                         const char    *exercise_id)
{
  StrideExercise *exercise;
  StrideRoutineItem *item;
  const StrideDose *dose;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  item = g_new0 (StrideRoutineItem, 1);
  item->exercise_id = g_strdup (exercise_id);
  item->sets = 2;
  item->reps = 10;
  item->tempo_down = 2;
  item->tempo_hold = 1;
  item->tempo_up = 2;
  item->rest_between_sets = 30;
  item->rest_after = 45;

  exercise = stride_catalog_lookup (stride_catalog_get_default (), exercise_id);
  dose = exercise != NULL ? stride_exercise_get_dose (exercise) : NULL;
  if (dose != NULL)
    {
      item->reps = dose->min;
      /* A side step is quick; squats and steps do not pause */
      if (dose->unit == STRIDE_DOSE_UNIT_STEPS)
        item->tempo_down = item->tempo_up = 1;
      if (dose->unit == STRIDE_DOSE_UNIT_STEPS || g_strcmp0 (exercise_id, "squat") == 0)
        item->tempo_hold = 0;
    }

  g_ptr_array_add (self->items, item);
  return item;
}

void
stride_routine_remove_item (StrideRoutine *self,
                            guint          index)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->items->len);

  g_ptr_array_remove_index (self->items, index);
}

/**
 * stride_routine_move_item:
 *
 * Moves the item at @from so that it ends up at @to.
 */
void
stride_routine_move_item (StrideRoutine *self,
                          guint          from,
                          guint          to)
{
  gpointer item;

  g_return_if_fail (self != NULL);
  g_return_if_fail (from < self->items->len && to < self->items->len);

  item = g_ptr_array_steal_index (self->items, from);
  g_ptr_array_insert (self->items, to, item);
}

/**
 * stride_routine_item_get_n_sides:
 *
 * Returns: 2 for an exercise done for each side or direction, else 1
 */
guint
stride_routine_item_get_n_sides (const StrideRoutineItem *item)
{
  StrideExercise *exercise;
  const StrideDose *dose;

  g_return_val_if_fail (item != NULL, 1);

  exercise = stride_catalog_lookup (stride_catalog_get_default (), item->exercise_id);
  dose = exercise != NULL ? stride_exercise_get_dose (exercise) : NULL;

  return dose != NULL ? stride_dose_get_n_sides (dose) : 1;
}

static const char *
item_name (const StrideRoutineItem *item)
{
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), item->exercise_id);

  return exercise != NULL ? stride_exercise_get_name (exercise) : item->exercise_id;
}

static gboolean
check_range (double       value,
             double       min,
             double       max,
             const char  *what,
             GError     **error)
{
  if (value >= min && value <= max && !isnan (value))
    return TRUE;

  g_set_error (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE,
               /* Translators: the first %s says what, e.g. "Clamshells: sets"; then the allowed range */
               _("%s must be between %g and %g."), what, min, max);
  return FALSE;
}

static double
get_item_seconds (StrideRoutine           *self,
                  const StrideRoutineItem *item)
{
  guint sides = stride_routine_item_get_n_sides (item);
  double work = item->reps > 0
                ? item->reps * (item->tempo_down + item->tempo_hold + item->tempo_up)
                : item->hold_seconds;
  double seconds = item->sets * (sides * work + (sides - 1) * self->switch_sides)
                   + (item->sets - 1) * item->rest_between_sets;

  if (item->extra_set_side != STRIDE_SIDE_NONE && sides == 2)
    seconds += item->rest_between_sets + work;

  return seconds;
}

/**
 * stride_routine_get_seconds:
 *
 * Returns: how long the routine takes, in seconds, if nothing is skipped
 */
double
stride_routine_get_seconds (StrideRoutine *self)
{
  double seconds;

  g_return_val_if_fail (self != NULL, 0);

  seconds = self->get_ready;
  for (guint i = 0; i < self->items->len; i++)
    {
      StrideRoutineItem *item = self->items->pdata[i];

      seconds += get_item_seconds (self, item);
      if (i + 1 < self->items->len)
        seconds += item->rest_after;
    }

  return seconds;
}

/**
 * stride_routine_dup_duration:
 *
 * Returns: (transfer full): how long the routine takes, as Stride writes
 *   lengths: "20 minutes", or "40 seconds" under a minute
 */
char *
stride_routine_dup_duration (StrideRoutine *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_date_text_format_duration ((gint64) round (stride_routine_get_seconds (self)));
}

/**
 * stride_routine_dup_summary:
 *
 * Returns: (transfer full): the routine as a list of routines says it:
 *   how many exercises, and how long it takes, e.g. "5 exercises · 20
 *   minutes", or "1 exercise · 40 seconds" under a minute
 */
char *
stride_routine_dup_summary (StrideRoutine *self)
{
  guint n_items;
  g_autofree char *exercises = NULL;
  g_autofree char *duration = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  n_items = stride_routine_get_n_items (self);
  exercises = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", n_items), n_items);
  duration = stride_routine_dup_duration (self);

  return g_strdup_printf ("%s · %s", exercises, duration);
}

static gboolean
has_name (StrideRoutine *self)
{
  for (const char *p = self->name; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/**
 * stride_routine_validate:
 *
 * Rejects what cannot be run: no name or one over 100 characters, no exercises,
 * an exercise Stride does not know, numbers out of range, or a routine longer
 * than four hours.
 * @error says what to change, in the user's language.
 */
gboolean
stride_routine_validate (StrideRoutine  *self,
                         GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!has_name (self))
    {
      g_set_error_literal (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_INVALID,
                           _("Give the routine a name."));
      return FALSE;
    }

  if (g_utf8_strlen (self->name, -1) > STRIDE_ROUTINE_MAX_NAME_CHARS)
    {
      /* Translators: the first number is at least 101, the second is 100 */
      g_set_error (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_INVALID,
                   _("The routine’s name is %ld characters long; keep it to %d or fewer."),
                   g_utf8_strlen (self->name, -1), STRIDE_ROUTINE_MAX_NAME_CHARS);
      return FALSE;
    }

  if (self->items->len == 0)
    {
      g_set_error_literal (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_EMPTY,
                           _("Add at least one exercise to the routine."));
      return FALSE;
    }

  if (!check_range (self->get_ready, 0, 120, _("The time to get ready"), error)
      || !check_range (self->switch_sides, 0, 120, _("The time to switch sides"), error))
    return FALSE;

  for (guint i = 0; i < self->items->len; i++)
    {
      StrideRoutineItem *item = self->items->pdata[i];
      StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), item->exercise_id);
      const char *name = item_name (item);
      g_autofree char *sets = NULL;
      g_autofree char *reps = NULL;
      g_autofree char *hold = NULL;
      g_autofree char *tempo = NULL;
      g_autofree char *rest = NULL;
      g_autofree char *rest_after = NULL;

      if (exercise == NULL || stride_exercise_get_kind (exercise) != STRIDE_EXERCISE_KIND_EXERCISE)
        {
          g_set_error (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_UNKNOWN_EXERCISE,
                       _("“%s” is not an exercise Stride knows."), item->exercise_id);
          return FALSE;
        }

      if (item->harder && stride_exercise_get_harder (exercise) == NULL)
        {
          g_set_error (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_INVALID,
                       _("%s has no harder variation."), name);
          return FALSE;
        }

      /* Translators: %s is an exercise, the rest says what of it is out of range */
      sets = g_strdup_printf (_("%s: the number of sets"), name);
      reps = g_strdup_printf (_("%s: the number of reps"), name);
      hold = g_strdup_printf (_("%s: the time to hold"), name);
      tempo = g_strdup_printf (_("%s: each part of a rep, in seconds,"), name);
      rest = g_strdup_printf (_("%s: the rest between sets, in seconds,"), name);
      rest_after = g_strdup_printf (_("%s: the rest after the exercise, in seconds,"), name);

      if (!check_range (item->sets, 1, 10, sets, error)
          || (item->reps > 0 && !check_range (item->reps, 1, 100, reps, error))
          || (item->reps == 0 && !check_range (item->hold_seconds, 1, 600, hold, error))
          || !check_range (item->tempo_down, 0, 30, tempo, error)
          || !check_range (item->tempo_hold, 0, 30, tempo, error)
          || !check_range (item->tempo_up, 0, 30, tempo, error)
          || !check_range (item->rest_between_sets, 0, 600, rest, error)
          || !check_range (item->rest_after, 0, 600, rest_after, error))
        return FALSE;

      if (item->reps > 0 && item->tempo_down + item->tempo_hold + item->tempo_up < 1)
        {
          g_set_error (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE,
                       _("%s: a rep must take at least one second."), name);
          return FALSE;
        }
    }

  if (stride_routine_get_seconds (self) > STRIDE_ROUTINE_MAX_SECONDS)
    {
      /* Every number is in range by now, so the minutes fit an int */
      g_set_error (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_TOO_LONG,
                   _("The routine would take %d minutes; keep it under four hours."),
                   (int) MIN (stride_routine_get_seconds (self) / 60, G_MAXINT));
      return FALSE;
    }

  return TRUE;
}

static const char *
side_to_string (StrideSide side)
{
  switch (side)
    {
    case STRIDE_SIDE_LEFT:
      return "left";
    case STRIDE_SIDE_RIGHT:
      return "right";
    case STRIDE_SIDE_NONE:
    default:
      return NULL;
    }
}

static StrideSide
side_from_string (const char *side)
{
  if (g_strcmp0 (side, "left") == 0)
    return STRIDE_SIDE_LEFT;
  if (g_strcmp0 (side, "right") == 0)
    return STRIDE_SIDE_RIGHT;
  return STRIDE_SIDE_NONE;
}

static const char *known_members[] = {
  "id", "name", "get_ready", "switch_sides", "items", "modified", NULL
};

/**
 * stride_routine_to_json:
 *
 * Returns: (transfer full): the routine as the store keeps it
 */
JsonObject *
stride_routine_to_json (StrideRoutine *self)
{
  JsonObject *object = json_object_new ();
  JsonArray *items = json_array_new ();

  g_return_val_if_fail (self != NULL, NULL);

  if (self->unknown != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init (&iter, self->unknown);
      while (json_object_iter_next (&iter, &name, &value))
        if (!g_strv_contains (known_members, name))
          json_object_set_member (object, name, json_node_copy (value));
    }

  json_object_set_string_member (object, "id", self->id);
  json_object_set_string_member (object, "name", self->name);
  json_object_set_int_member (object, "get_ready", self->get_ready);
  json_object_set_int_member (object, "switch_sides", self->switch_sides);

  for (guint i = 0; i < self->items->len; i++)
    {
      StrideRoutineItem *item = self->items->pdata[i];
      JsonObject *entry = json_object_new ();
      JsonArray *tempo = json_array_new ();

      json_object_set_string_member (entry, "exercise", item->exercise_id);
      json_object_set_string_member (entry, "variation", item->harder ? "harder" : "base");
      json_object_set_int_member (entry, "sets", item->sets);
      json_object_set_int_member (entry, "reps", item->reps);
      if (item->reps == 0)
        json_object_set_int_member (entry, "hold_seconds", item->hold_seconds);
      json_array_add_double_element (tempo, item->tempo_down);
      json_array_add_double_element (tempo, item->tempo_hold);
      json_array_add_double_element (tempo, item->tempo_up);
      json_object_set_array_member (entry, "tempo", tempo);
      json_object_set_int_member (entry, "rest_between_sets", item->rest_between_sets);
      json_object_set_int_member (entry, "rest_after", item->rest_after);
      if (item->extra_set_side != STRIDE_SIDE_NONE)
        json_object_set_string_member (entry, "extra_set_side", side_to_string (item->extra_set_side));
      json_array_add_object_element (items, entry);
    }
  json_object_set_array_member (object, "items", items);

  return object;
}

static double
get_node_number (JsonNode *node,
                 double    fallback)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return json_node_get_double (node);
  return fallback;
}

static double
get_number (JsonObject *object,
            const char *member,
            double      fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return json_node_get_double (node);
  return fallback;
}

/* Unsigned fields from a file: a negative or huge number is kept out of
 * range (so validation names it) instead of wrapping around */
static guint
get_count (JsonObject *object,
           const char *member,
           guint       fallback)
{
  double value = get_number (object, member, fallback);

  if (!(value >= 0))
    return G_MAXUINT;
  return value > G_MAXUINT ? G_MAXUINT : (guint) value;
}

/**
 * stride_routine_new_from_json:
 *
 * Returns: (transfer full) (nullable): the routine, or %NULL if @object
 *   is not one; it may still need stride_routine_validate()
 */
StrideRoutine *
stride_routine_new_from_json (JsonObject  *object,
                              GError     **error)
{
  g_autoptr(StrideRoutine) self = NULL;
  JsonNode *items;

  g_return_val_if_fail (object != NULL, NULL);

  items = json_object_get_member (object, "items");
  if (json_object_get_string_member_with_default (object, "id", NULL) == NULL
      || items == NULL || !JSON_NODE_HOLDS_ARRAY (items))
    {
      g_set_error_literal (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_INVALID,
                           _("This is not a routine Stride can read."));
      return NULL;
    }

  self = stride_routine_new (json_object_get_string_member (object, "id"),
                             json_object_get_string_member_with_default (object, "name", ""));
  self->get_ready = get_count (object, "get_ready", self->get_ready);
  self->switch_sides = get_count (object, "switch_sides", self->switch_sides);
  self->unknown = json_object_ref (object);

  for (guint i = 0; i < json_array_get_length (json_node_get_array (items)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (items), i);
      JsonObject *entry;
      StrideRoutineItem *item;
      JsonNode *tempo;

      if (!JSON_NODE_HOLDS_OBJECT (node)
          || json_object_get_string_member_with_default (json_node_get_object (node), "exercise", NULL) == NULL)
        {
          g_set_error_literal (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_INVALID,
                               _("This is not a routine Stride can read."));
          return NULL;
        }

      entry = json_node_get_object (node);
      item = stride_routine_add_item (self, json_object_get_string_member (entry, "exercise"));
      item->harder = g_strcmp0 (json_object_get_string_member_with_default (entry, "variation", "base"), "harder") == 0;
      item->sets = get_count (entry, "sets", item->sets);
      item->reps = get_count (entry, "reps", item->reps);
      item->hold_seconds = get_count (entry, "hold_seconds", 0);
      item->rest_between_sets = get_count (entry, "rest_between_sets", item->rest_between_sets);
      item->rest_after = get_count (entry, "rest_after", item->rest_after);
      item->extra_set_side = side_from_string (json_object_get_string_member_with_default (entry, "extra_set_side", NULL));

      tempo = json_object_get_member (entry, "tempo");
      if (tempo != NULL && JSON_NODE_HOLDS_ARRAY (tempo) && json_array_get_length (json_node_get_array (tempo)) == 3)
        {
          JsonArray *parts = json_node_get_array (tempo);

          /* Anything but a number is out of range, for validation to name */
          item->tempo_down = get_node_number (json_array_get_element (parts, 0), NAN);
          item->tempo_hold = get_node_number (json_array_get_element (parts, 1), NAN);
          item->tempo_up = get_node_number (json_array_get_element (parts, 2), NAN);
        }
    }

  return g_steal_pointer (&self);
}

/**
 * stride_routine_check_json:
 *
 * Whether @object is a routine the editor would have saved: the one
 * check for a stored or imported routine, so that Stride never lists or
 * starts one it could not run.
 */
gboolean
stride_routine_check_json (JsonObject  *object,
                           GError     **error)
{
  g_autoptr(StrideRoutine) routine = NULL;
  JsonNode *name;

  g_return_val_if_fail (object != NULL, FALSE);

  name = json_object_get_member (object, "name");
  if (name == NULL || !JSON_NODE_HOLDS_VALUE (name) || json_node_get_value_type (name) != G_TYPE_STRING)
    {
      g_set_error_literal (error, STRIDE_ROUTINE_ERROR, STRIDE_ROUTINE_ERROR_INVALID,
                           _("Give the routine a name."));
      return FALSE;
    }

  routine = stride_routine_new_from_json (object, error);

  return routine != NULL && stride_routine_validate (routine, error);
}

static StrideRoutineItem *
add (StrideRoutine *self,
     const char    *exercise_id,
     guint          sets,
     guint          reps,
     guint          rest_after)
{
  StrideRoutineItem *item = stride_routine_add_item (self, exercise_id);

  item->sets = sets;
  item->reps = reps;
  item->rest_after = rest_after;
  return item;
}

static StrideRoutine *
new_full (const char *id,
          const char *name)
{
  StrideRoutine *self = stride_routine_new (id, name);

  /* All five, in the guide's order, at the start of the guide's doses */
  add (self, "squat", 2, 10, 45);
  add (self, "clamshell", 2, 12, 45);
  add (self, "side-step", 2, 10, 45);
  add (self, "glute-bridge", 2, 12, 45);
  add (self, "hip-extension", 2, 12, 45);

  return self;
}

/* The names of the routines Stride comes with, by their IDs */
enum
{
  NAME_QUICK,
  NAME_FULL,
  NAME_WEAKER,
  NAME_WEAKER_LEFT,
  NAME_WEAKER_RIGHT,
};

static const struct
{
  const char *id;
  const char *name;
} builtin_names[] = {
  [NAME_QUICK] = { "quick", N_("Quick 10 minutes") },
  [NAME_FULL] = { "full", N_("Full hip routine") },
  [NAME_WEAKER] = { "weaker-side", N_("Weaker side") },
  [NAME_WEAKER_LEFT] = { "weaker-side", N_("Weaker side: left") },
  [NAME_WEAKER_RIGHT] = { "weaker-side", N_("Weaker side: right") },
};

/**
 * stride_routine_translate_builtin_name:
 * @id: the ID a session recorded
 * @name: the routine's name it recorded
 *
 * A session keeps the name its routine had, in the language Stride spoke
 * then; the name of a routine Stride comes with, recorded in English, is
 * shown in the language of now.
 *
 * Returns: (nullable): the name to show, or %NULL when @name is not a
 *   built-in routine's English name under its own ID
 */
const char *
stride_routine_translate_builtin_name (const char *id,
                                       const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_names); i++)
    if (g_strcmp0 (id, builtin_names[i].id) == 0 && g_strcmp0 (name, builtin_names[i].name) == 0)
      return _(builtin_names[i].name);

  return NULL;
}

/**
 * stride_routine_untranslate_builtin_name:
 * @id: a routine's ID
 * @name: its name, in the language Stride speaks now
 *
 * A session records a built-in routine's name in English, so that it
 * can be shown in whichever language Stride speaks later.
 *
 * Returns: (nullable): the English name of the built-in routine @id that
 *   is called @name now, or %NULL if @name is not one
 */
const char *
stride_routine_untranslate_builtin_name (const char *id,
                                         const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_names); i++)
    if (g_strcmp0 (id, builtin_names[i].id) == 0
        && (g_strcmp0 (name, builtin_names[i].name) == 0 || g_strcmp0 (name, _(builtin_names[i].name)) == 0))
      return builtin_names[i].name;

  return NULL;
}

/**
 * stride_routine_new_weaker_side:
 * @weaker: the side the bridge test found weaker, or %STRIDE_SIDE_NONE
 *   for the template
 *
 * Returns: (transfer full): the full routine with an extra set on the
 *   weaker side of each exercise done one side at a time
 */
StrideRoutine *
stride_routine_new_weaker_side (StrideSide weaker)
{
  const char *name;
  StrideRoutine *self;

  if (weaker == STRIDE_SIDE_LEFT)
    name = _(builtin_names[NAME_WEAKER_LEFT].name);
  else if (weaker == STRIDE_SIDE_RIGHT)
    name = _(builtin_names[NAME_WEAKER_RIGHT].name);
  else
    name = _(builtin_names[NAME_WEAKER].name);

  self = new_full ("weaker-side", name);
  for (guint i = 0; i < self->items->len; i++)
    {
      StrideRoutineItem *item = self->items->pdata[i];

      /* Side steps go both ways on both legs: not one side's exercise */
      if (stride_routine_item_get_n_sides (item) == 2 && g_strcmp0 (item->exercise_id, "side-step") != 0)
        item->extra_set_side = weaker;
    }

  return self;
}

/**
 * stride_routine_new_single_exercise:
 * @exercise: the exercise, as the catalog has it
 *
 * What “Start This Exercise” plays: @exercise alone, at the start of the
 * guide's dose, two sets, under the exercise's name and an ID of its own
 * (`exercise-` and the exercise's ID), never one of a stored routine.
 *
 * Returns: (transfer full): the routine
 */
StrideRoutine *
stride_routine_new_single_exercise (StrideExercise *exercise)
{
  g_autofree char *id = NULL;
  StrideRoutine *self;

  g_return_val_if_fail (STRIDE_IS_EXERCISE (exercise), NULL);

  id = g_strconcat ("exercise-", stride_exercise_get_id (exercise), NULL);
  self = stride_routine_new (id, stride_exercise_get_name (exercise));
  stride_routine_add_item (self, stride_exercise_get_id (exercise));

  return self;
}

/**
 * stride_routine_get_builtins:
 *
 * Returns: (transfer container) (element-type StrideRoutine): the
 *   routines Stride comes with: `full`, `quick` and `weaker-side`
 */
GPtrArray *
stride_routine_get_builtins (void)
{
  GPtrArray *routines = g_ptr_array_new_with_free_func ((GDestroyNotify) stride_routine_unref);
  StrideRoutine *quick = stride_routine_new ("quick", _(builtin_names[NAME_QUICK].name));

  g_ptr_array_add (routines, new_full ("full", _(builtin_names[NAME_FULL].name)));

  /* One set of each, ten minutes in all */
  add (quick, "squat", 1, 15, 40);
  add (quick, "clamshell", 1, 12, 40);
  add (quick, "side-step", 1, 10, 40);
  add (quick, "glute-bridge", 1, 15, 40);
  add (quick, "hip-extension", 1, 12, 40);
  g_ptr_array_add (routines, quick);

  g_ptr_array_add (routines, stride_routine_new_weaker_side (STRIDE_SIDE_NONE));

  return routines;
}
