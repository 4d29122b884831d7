/* stride-routine-file.c
 *
 * A .stride-routine file holds one routine:
 *
 *   { "format": "stride-routine", "version": 1,
 *     "routine": { "name": "…", "get_ready": 10, "switch_sides": 5,
 *                  "items": [ { "exercise": "clamshell", "variation": "base",
 *                               "sets": 2, "reps": 12, "tempo": [2, 1, 2],
 *                               "rest_between_sets": 30, "rest_after": 45 } ] } }
 *
 * with "hold_seconds" when "reps" is 0 and "extra_set_side" ("left" or
 * "right") for a weaker side. The file comes from anywhere, so reading it
 * checks every member before the routine's own checks, and says what is
 * wrong in words for the user. It carries no ID: an imported routine is
 * a new one of the user's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-json-reader.h"
#include "stride-json-text.h"
#include "stride-routine-file.h"
#include "stride-routine-library.h"
#include "stride-routine-naming.h"

G_DEFINE_QUARK (stride-routine-file-error-quark, stride_routine_file_error)

/* What each member is, for a message about it */
static const struct
{
  const char *member;
  const char *what;
} member_words[] = {
  { "name", N_("the name") },
  { "get_ready", N_("the time to get ready") },
  { "switch_sides", N_("the time to switch sides") },
  { "items", N_("the exercises") },
  { "exercise", N_("the exercise") },
  { "variation", N_("the variation") },
  { "sets", N_("the number of sets") },
  { "reps", N_("the number of reps") },
  { "hold_seconds", N_("the time to hold") },
  { "tempo", N_("the tempo") },
  { "rest_between_sets", N_("the rest between sets") },
  { "rest_after", N_("the rest after the exercise") },
};

static const char *
describe_member (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (member_words); i++)
    if (g_strcmp0 (member_words[i].member, member) == 0)
      return _(member_words[i].what);

  return member;
}

/* @index: the exercise's place from 1, or 0 for the routine itself */
static void
set_missing (GError    **error,
             guint       index,
             const char *member)
{
  if (index == 0)
    /* Translators: %s says what, e.g. "the time to get ready" */
    g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_MISSING,
                 _("The routine in the file does not give %s."), describe_member (member));
  else
    /* Translators: %u is the exercise's place in the routine, %s says what, e.g. "the number of sets" */
    g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_MISSING,
                 _("Exercise %u of the routine does not give %s."), index, describe_member (member));
}

static void
set_not_whole (GError    **error,
               guint       index,
               const char *member)
{
  if (index == 0)
    /* Translators: %s says what, e.g. "the time to get ready" */
    g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                 _("In the routine, %s must be a whole number."), describe_member (member));
  else
    /* Translators: %u is the exercise's place in the routine, %s says what, e.g. "the number of sets" */
    g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                 _("In exercise %u of the routine, %s must be a whole number."), index, describe_member (member));
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* A count from the file. A negative or huge one becomes G_MAXUINT, out
 * of every range, so that the routine's own check names it. */
static gboolean
read_count (JsonObject  *object,
            const char  *member,
            guint        index,
            guint       *count,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      set_missing (error, index, member);
      return FALSE;
    }
  if (!holds_type (node, G_TYPE_INT64))
    {
      set_not_whole (error, index, member);
      return FALSE;
    }

  value = json_node_get_int (node);
  *count = value < 0 || value > G_MAXUINT ? G_MAXUINT : (guint) value;
  return TRUE;
}

static gboolean
read_tempo (JsonObject         *entry,
            guint               index,
            StrideRoutineItem  *item,
            GError            **error)
{
  JsonNode *node = json_object_get_member (entry, "tempo");
  double parts[3];
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      set_missing (error, index, "tempo");
      return FALSE;
    }

  array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  for (guint i = 0; array != NULL && i < 3 && json_array_get_length (array) == 3; i++)
    {
      JsonNode *part = json_array_get_element (array, i);

      if (holds_type (part, G_TYPE_INT64))
        parts[i] = json_node_get_int (part);
      else if (holds_type (part, G_TYPE_DOUBLE))
        parts[i] = json_node_get_double (part);
      else
        array = NULL;
    }

  if (array == NULL || json_array_get_length (array) != 3)
    {
      /* Translators: %u is the exercise's place in the routine */
      g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                   _("In exercise %u of the routine, the tempo must be three numbers of seconds: down, hold and up."),
                   index);
      return FALSE;
    }

  item->tempo_down = parts[0];
  item->tempo_hold = parts[1];
  item->tempo_up = parts[2];
  return TRUE;
}

static gboolean
read_item (StrideRoutine  *routine,
           JsonNode       *node,
           guint           index,
           GError        **error)
{
  JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  StrideRoutineItem *item;
  JsonNode *member;
  const char *text;

  if (entry == NULL)
    {
      /* Translators: %u is the exercise's place in the routine */
      g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                   _("Exercise %u of the routine is not written as Stride writes an exercise."), index);
      return FALSE;
    }

  member = json_object_get_member (entry, "exercise");
  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    {
      set_missing (error, index, "exercise");
      return FALSE;
    }
  if (!holds_type (member, G_TYPE_STRING))
    {
      /* Translators: %u is the exercise's place in the routine; “clamshell” stays as it is */
      g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                   _("In exercise %u of the routine, the exercise must be named by its ID, such as “clamshell”."),
                   index);
      return FALSE;
    }
  item = stride_routine_add_item (routine, json_node_get_string (member));

  member = json_object_get_member (entry, "variation");
  text = holds_type (member, G_TYPE_STRING) ? json_node_get_string (member) : NULL;
  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    {
      set_missing (error, index, "variation");
      return FALSE;
    }
  if (g_strcmp0 (text, "base") != 0 && g_strcmp0 (text, "harder") != 0)
    {
      /* Translators: %u is the exercise's place in the routine; “base” and “harder” stay as they are */
      g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                   _("In exercise %u of the routine, the variation must be “base” or “harder”."), index);
      return FALSE;
    }
  item->harder = g_str_equal (text, "harder");

  if (!read_count (entry, "sets", index, &item->sets, error)
      || !read_count (entry, "reps", index, &item->reps, error))
    return FALSE;

  /* 0 reps is how a file says "hold"; written by hand, it may as well
   * be a slip, so the message says both ways out */
  if (item->reps == 0 && json_object_get_member (entry, "hold_seconds") == NULL)
    {
      /* Translators: %u is the exercise's place in the routine; “hold_seconds” stays as it is */
      g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_MISSING,
                   _("Exercise %u of the routine has 0 reps and no time to hold. Give it from 1 to 100 reps, "
                     "or, with 0 reps, the seconds to hold in “hold_seconds”."),
                   index);
      return FALSE;
    }

  if ((item->reps == 0 && !read_count (entry, "hold_seconds", index, &item->hold_seconds, error))
      || !read_tempo (entry, index, item, error)
      || !read_count (entry, "rest_between_sets", index, &item->rest_between_sets, error)
      || !read_count (entry, "rest_after", index, &item->rest_after, error))
    return FALSE;

  member = json_object_get_member (entry, "extra_set_side");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      text = holds_type (member, G_TYPE_STRING) ? json_node_get_string (member) : NULL;
      if (g_strcmp0 (text, "left") == 0)
        item->extra_set_side = STRIDE_SIDE_LEFT;
      else if (g_strcmp0 (text, "right") == 0)
        item->extra_set_side = STRIDE_SIDE_RIGHT;
      else
        {
          /* Translators: %u is the exercise's place in the routine; “left” and “right” stay as they are */
          g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                       _("In exercise %u of the routine, the side of the extra set must be “left” or “right”."),
                       index);
          return FALSE;
        }
    }

  return TRUE;
}

static StrideRoutine *
read_routine (JsonObject  *object,
              GError     **error)
{
  g_autoptr(StrideRoutine) routine = NULL;
  JsonNode *name = json_object_get_member (object, "name");
  JsonNode *items = json_object_get_member (object, "items");
  guint seconds;

  if (name == NULL || JSON_NODE_HOLDS_NULL (name))
    {
      set_missing (error, 0, "name");
      return NULL;
    }
  if (!holds_type (name, G_TYPE_STRING))
    {
      g_set_error_literal (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                           _("The routine’s name in the file must be text."));
      return NULL;
    }

  /* Its ID is given when it is imported */
  routine = stride_routine_new ("imported", json_node_get_string (name));

  if (!read_count (object, "get_ready", 0, &seconds, error))
    return NULL;
  stride_routine_set_get_ready (routine, seconds);
  if (!read_count (object, "switch_sides", 0, &seconds, error))
    return NULL;
  stride_routine_set_switch_sides (routine, seconds);

  if (items == NULL || JSON_NODE_HOLDS_NULL (items))
    {
      set_missing (error, 0, "items");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (items) || json_array_get_length (json_node_get_array (items)) == 0)
    {
      g_set_error_literal (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
                           _("The routine in the file has no exercises."));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (items)); i++)
    if (!read_item (routine, json_array_get_element (json_node_get_array (items), i), i + 1, error))
      return NULL;

  /* Unknown exercises, numbers out of range, too long to run */
  if (!stride_routine_validate (routine, error))
    return NULL;

  return g_steal_pointer (&routine);
}

/* A routine file nests five deep: the file, the routine, its items, an
 * item, its tempo */
#define MAX_DEPTH 16

/**
 * stride_routine_file_parse:
 * @length: the length of @data, or -1 if it ends with a nul byte
 * @error: what is wrong with the file, in words for the user: not JSON,
 *   not a routine, from a newer Stride, a member missing or of the wrong
 *   kind, or a routine Stride could not run
 *
 * Returns: (transfer full) (nullable): the routine, checked as the
 *   editor checks one, with the ID "imported"
 */
StrideRoutine *
stride_routine_file_parse (const char  *data,
                           gssize       length,
                           GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonNode *member;
  gint64 version;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  if ((gsize) length > STRIDE_ROUTINE_FILE_MAX_BYTES)
    {
      g_autofree char *limit = g_format_size (STRIDE_ROUTINE_FILE_MAX_BYTES);

      /* Translators: %s is the largest a routine file may be, e.g. "262.1 kB" */
      g_set_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_TOO_LARGE,
                   _("The file is too large to be a routine: a routine file is at most %s."), limit);
      return NULL;
    }

  root = stride_json_read (data, length, MAX_DEPTH, NULL, NULL, NULL);
  if (root == NULL)
    {
      g_set_error_literal (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_NOT_JSON,
                           _("The file is not a Stride routine: it is not JSON text."));
      return NULL;
    }

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  member = object != NULL ? json_object_get_member (object, "format") : NULL;
  if (!holds_type (member, G_TYPE_STRING) || g_strcmp0 (json_node_get_string (member), STRIDE_ROUTINE_FILE_FORMAT) != 0)
    {
      g_set_error_literal (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_NOT_ROUTINE,
                           _("The file is not a Stride routine."));
      return NULL;
    }

  member = json_object_get_member (object, "version");
  version = holds_type (member, G_TYPE_INT64) ? json_node_get_int (member) : 0;
  if (version < 1)
    {
      g_set_error_literal (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_NOT_ROUTINE,
                           _("The file does not say which version of the routine format it is written in."));
      return NULL;
    }
  if (version > STRIDE_ROUTINE_FILE_VERSION)
    {
      g_set_error_literal (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_NEWER_VERSION,
                           _("The routine was saved by a newer version of Stride. Update Stride to open it."));
      return NULL;
    }

  member = json_object_get_member (object, "routine");
  if (member == NULL || !JSON_NODE_HOLDS_OBJECT (member))
    {
      g_set_error_literal (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_MISSING,
                           _("The file holds no routine."));
      return NULL;
    }

  return read_routine (json_node_get_object (member), error);
}

/**
 * stride_routine_file_serialize:
 *
 * Returns: (transfer full): @routine as the text of a .stride-routine
 *   file, without its ID
 */
char *
stride_routine_file_serialize (StrideRoutine *routine,
                               gsize         *length)
{
  static const char *members[] = { "name", "get_ready", "switch_sides", "items" };
  g_autoptr(JsonObject) stored = NULL;
  g_autoptr(JsonObject) file = json_object_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *content = json_object_new ();

  g_return_val_if_fail (routine != NULL, NULL);

  /* The routine's members as the store has them, and no others: what a
   * newer Stride kept there is not part of this format */
  stored = stride_routine_to_json (routine);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    json_object_set_member (content, members[i], json_node_copy (json_object_get_member (stored, members[i])));

  json_object_set_string_member (file, "format", STRIDE_ROUTINE_FILE_FORMAT);
  json_object_set_int_member (file, "version", STRIDE_ROUTINE_FILE_VERSION);
  json_object_set_object_member (file, "routine", content);

  root = json_node_init_object (json_node_alloc (), file);

  return stride_json_text_generate (root, TRUE, length);
}

/**
 * stride_routine_file_write:
 *
 * Writes @routine to @file, replacing what was there.
 */
gboolean
stride_routine_file_write (StrideRoutine  *routine,
                           GFile          *file,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_autofree char *text = NULL;
  gsize length;

  g_return_val_if_fail (routine != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = stride_routine_file_serialize (routine, &length);

  return g_file_replace_contents (file, text, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

/**
 * stride_routine_file_read:
 *
 * Reads at most one byte more than a routine file may have, so that a
 * huge file or an endless stream is refused without reading it all.
 *
 * Returns: (transfer full) (nullable): the routine, see
 *   stride_routine_file_parse()
 */
StrideRoutine *
stride_routine_file_read (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  data = g_malloc (STRIDE_ROUTINE_FILE_MAX_BYTES + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), data, STRIDE_ROUTINE_FILE_MAX_BYTES + 1,
                                &length, cancellable, error))
    return NULL;

  return stride_routine_file_parse (data, length, error);
}

/**
 * stride_routine_file_add:
 *
 * Adds a routine read from a file to the user's routines under a new
 * ID, named as a copy if a routine has its name.
 *
 * Returns: (transfer full): the routine as it was stored
 */
StrideRoutine *
stride_routine_file_add (StrideStore   *store,
                         StrideRoutine *read)
{
  g_autoptr(StrideRoutine) routine = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(GPtrArray) taken = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (read != NULL, NULL);

  id = stride_store_new_id ();
  routine = stride_routine_copy (read, id);
  taken = stride_routine_library_list_taken (store);
  name = stride_routine_naming_dup_free (taken, stride_routine_get_name (read));
  stride_routine_set_name (routine, name);

  object = stride_routine_to_json (routine);
  stride_store_put (store, STRIDE_COLLECTION_ROUTINES, object);

  return g_steal_pointer (&routine);
}

/**
 * stride_routine_file_import:
 * @error: why nothing was imported, in words for the user
 *
 * Reads a routine from @file and adds it with stride_routine_file_add().
 * A file that is not a routine Stride can run changes nothing.
 *
 * Returns: (transfer full) (nullable): the routine as it was stored
 */
StrideRoutine *
stride_routine_file_import (StrideStore   *store,
                            GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(StrideRoutine) read = NULL;

  g_return_val_if_fail (STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = stride_routine_file_read (file, cancellable, error);
  if (read == NULL)
    return NULL;

  return stride_routine_file_add (store, read);
}

typedef struct
{
  GInputStream *stream;
  char *data;
} ReadData;

static void
read_data_free (ReadData *data)
{
  g_clear_object (&data->stream);
  g_free (data->data);
  g_free (data);
}

static void
on_read_all (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ReadData *data = g_task_get_task_data (task);
  GError *error = NULL;
  StrideRoutine *routine;
  gsize length;

  if (!g_input_stream_read_all_finish (G_INPUT_STREAM (source), result, &length, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  routine = stride_routine_file_parse (data->data, length, &error);
  if (routine == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, routine, (GDestroyNotify) stride_routine_unref);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ReadData *data = g_task_get_task_data (task);
  GError *error = NULL;

  data->stream = G_INPUT_STREAM (g_file_read_finish (G_FILE (source), result, &error));
  if (data->stream == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  data->data = g_malloc (STRIDE_ROUTINE_FILE_MAX_BYTES + 1);
  g_input_stream_read_all_async (data->stream, data->data, STRIDE_ROUTINE_FILE_MAX_BYTES + 1, G_PRIORITY_DEFAULT,
                                 g_task_get_cancellable (task), on_read_all, g_object_ref (task));
}

/**
 * stride_routine_file_read_async:
 *
 * Reads a routine as stride_routine_file_read() does, without blocking.
 */
void
stride_routine_file_read_async (GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, stride_routine_file_read_async);
  g_task_set_task_data (task, g_new0 (ReadData, 1), (GDestroyNotify) read_data_free);
  g_file_read_async (file, G_PRIORITY_DEFAULT, cancellable, on_opened, task);
}

/**
 * stride_routine_file_read_finish:
 *
 * Returns: (transfer full) (nullable): the routine, or %NULL with
 *   @error saying why not
 */
StrideRoutine *
stride_routine_file_read_finish (GFile         *file,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * stride_routine_file_dup_suggested_name:
 *
 * Returns: (transfer full): a file name for @routine: its name, without
 *   what a file name cannot hold, and the extension
 */
char *
stride_routine_file_dup_suggested_name (StrideRoutine *routine)
{
  g_autoptr(GString) name = g_string_new (NULL);

  g_return_val_if_fail (routine != NULL, NULL);

  for (const char *p = stride_routine_get_name (routine); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || g_unichar_iscntrl (c))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }

  g_strstrip (name->str);
  g_string_set_size (name, strlen (name->str));
  /* Not hidden, and never empty */
  while (name->str[0] == '.')
    g_string_erase (name, 0, 1);
  if (name->len == 0)
    g_string_append (name, _("routine"));

  g_string_append (name, STRIDE_ROUTINE_FILE_EXTENSION);
  return g_string_free (g_steal_pointer (&name), FALSE);
}
