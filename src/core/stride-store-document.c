/* stride-store-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "stride-json-reader.h"
#include "stride-json-text.h"
#include "stride-record.h"
#include "stride-routine.h"
#include "stride-self-test.h"
#include "stride-session.h"
#include "stride-session-sets.h"
#include "stride-store-document.h"
#include "stride-store-salvage.h"

/* Where records this version cannot use are kept, as the text they were
 * in the file, until the user drops them */
#define UNREADABLE_MEMBER "unreadable"

struct _StrideDocument
{
  /* The whole root, so that members this version does not know survive */
  JsonObject *root;

  /* Per collection: records in file order, and the same by ID */
  GPtrArray *records[STRIDE_N_COLLECTIONS];
  GHashTable *by_id[STRIDE_N_COLLECTIONS];

  /* Records that failed their checks: {"collection", "text"} objects,
   * "text" being the record exactly as the file had it */
  GPtrArray *unreadable;
};

static const char *collection_names[STRIDE_N_COLLECTIONS] = {
  [STRIDE_COLLECTION_SESSIONS] = "sessions",
  [STRIDE_COLLECTION_RESULTS] = "results",
  [STRIDE_COLLECTION_ROUTINES] = "routines",
  [STRIDE_COLLECTION_DELETED] = "deleted",
};

G_DEFINE_QUARK (stride-store-error-quark, stride_store_error)

StrideDocument *
stride_document_new (void)
{
  StrideDocument *self = g_new0 (StrideDocument, 1);

  self->root = json_object_new ();
  for (guint c = 0; c < STRIDE_N_COLLECTIONS; c++)
    {
      self->records[c] = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
      self->by_id[c] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  self->unreadable = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  return self;
}

void
stride_document_free (StrideDocument *self)
{
  if (self == NULL)
    return;

  for (guint c = 0; c < STRIDE_N_COLLECTIONS; c++)
    {
      g_hash_table_unref (self->by_id[c]);
      g_ptr_array_unref (self->records[c]);
    }
  g_ptr_array_unref (self->unreadable);
  json_object_unref (self->root);
  g_free (self);
}

static gboolean
is_valid_result (JsonObject *result)
{
  JsonNode *answers = json_object_get_member (result, "answers");

  StrideSelfTestKind kind;
  StrideSelfTestOutcome outcome;

  return stride_record_check_string (result, "test", TRUE)
         && stride_self_test_kind_from_id (json_object_get_string_member (result, "test"), &kind)
         && stride_record_check_timestamp (result, "taken")
         && stride_record_check_string (result, "outcome", FALSE)
         && (!json_object_has_member (result, "outcome")
             || stride_self_test_outcome_from_id (json_object_get_string_member (result, "outcome"), &outcome))
         && (answers == NULL || JSON_NODE_HOLDS_OBJECT (answers));
}

static gboolean
is_valid_tombstone (JsonObject *tombstone)
{
  const char *collection;

  if (!stride_record_check_string (tombstone, "collection", TRUE))
    return FALSE;

  collection = json_object_get_string_member (tombstone, "collection");
  for (guint c = 0; c < STRIDE_COLLECTION_DELETED; c++)
    {
      if (g_strcmp0 (collection, collection_names[c]) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_valid_record (StrideCollection  collection,
                 JsonObject       *record)
{
  const char *id;

  if (!stride_record_check_string (record, "id", TRUE) || !stride_record_check_timestamp (record, "modified"))
    return FALSE;

  id = json_object_get_string_member (record, "id");
  if (id[0] == '\0' || strlen (id) > 64)
    return FALSE;

  switch (collection)
    {
    case STRIDE_COLLECTION_SESSIONS:
      return stride_session_check (record);
    case STRIDE_COLLECTION_RESULTS:
      return is_valid_result (record);
    case STRIDE_COLLECTION_DELETED:
      return is_valid_tombstone (record);
    case STRIDE_COLLECTION_ROUTINES:
      /* The rules of the routine editor: what it would not save is not
       * listed, nor started */
      return stride_routine_check_json (record, NULL);
    case STRIDE_N_COLLECTIONS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static const char *
get_id (JsonObject *record)
{
  return json_object_get_string_member (record, "id");
}

/* Tombstones are keyed by collection and ID, so one per deleted record */
static char *
dup_key (StrideCollection  collection,
         JsonObject       *record)
{
  if (collection == STRIDE_COLLECTION_DELETED)
    return g_strconcat (json_object_get_string_member (record, "collection"), "/", get_id (record), NULL);

  return g_strdup (get_id (record));
}

static int
compare_modified (JsonObject *a,
                  JsonObject *b)
{
  const char *text_a = json_object_get_string_member (a, "modified");
  const char *text_b = json_object_get_string_member (b, "modified");
  g_autoptr(GDateTime) time_a = NULL;
  g_autoptr(GDateTime) time_b = NULL;

  /* Most records of two copies are the same: no need to parse their times */
  if (g_str_equal (text_a, text_b))
    return 0;

  time_a = g_date_time_new_from_iso8601 (text_a, NULL);
  time_b = g_date_time_new_from_iso8601 (text_b, NULL);

  if (time_a == NULL || time_b == NULL)
    return (time_a != NULL) - (time_b != NULL);

  return g_date_time_compare (time_a, time_b);
}

/* Adds @record, or puts it in the place of the record with its key */
static void
insert (StrideDocument   *self,
        StrideCollection  collection,
        JsonObject       *record)
{
  g_autofree char *key = dup_key (collection, record);
  JsonObject *old = g_hash_table_lookup (self->by_id[collection], key);

  if (old != NULL)
    {
      guint index;

      g_assert (g_ptr_array_find (self->records[collection], old, &index));
      self->records[collection]->pdata[index] = json_object_ref (record);
      json_object_unref (old);
    }
  else
    g_ptr_array_add (self->records[collection], json_object_ref (record));

  g_hash_table_replace (self->by_id[collection], g_steal_pointer (&key), record);
}

static JsonObject *
lookup_key (StrideDocument   *self,
            StrideCollection  collection,
            const char       *key)
{
  return g_hash_table_lookup (self->by_id[collection], key);
}

/* Each session is checked as soon as it is read, while its nodes are
 * still in the processor's caches: checking ten years of sessions after
 * the whole file is read fetches them back from memory and takes several
 * times as long. Only objects with sets are checked here; the verdict is
 * kept for those that pass, and anything else is checked afterwards. */
static void
check_session_when_read (JsonObject *object,
                         gpointer    user_data)
{
  GHashTable *checked_sessions = user_data;

  if (json_object_has_member (object, STRIDE_SESSION_EXERCISES)
      && is_valid_record (STRIDE_COLLECTION_SESSIONS, object))
    g_hash_table_add (checked_sessions, object);
}

static JsonObject *
new_unreadable (const char *collection,
                const char *text)
{
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, "collection", collection);
  json_object_set_string_member (entry, "text", text);
  return entry;
}

static gboolean
is_valid_unreadable (JsonNode *node)
{
  JsonObject *entry;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  entry = json_node_get_object (node);
  return stride_record_check_string (entry, "collection", TRUE) && stride_record_check_string (entry, "text", TRUE);
}

/* Keeps @entry unless an equal one is kept already */
static gboolean
add_unreadable (StrideDocument *self,
                JsonObject     *entry)
{
  for (guint i = 0; i < self->unreadable->len; i++)
    if (json_object_equal (self->unreadable->pdata[i], entry))
      return FALSE;

  g_ptr_array_add (self->unreadable, json_object_ref (entry));
  return TRUE;
}

static gboolean
check_record (StrideCollection  collection,
              JsonObject       *record,
              gint64            version,
              GHashTable       *checked_sessions)
{
  if (collection != STRIDE_COLLECTION_SESSIONS)
    return is_valid_record (collection, record);

  if (version < 2)
    return stride_session_migrate_from_v1 (record) && is_valid_record (collection, record);

  return g_hash_table_contains (checked_sessions, record) || is_valid_record (collection, record);
}

static StrideDocument *
parse_document (const char  *data,
                gsize        length,
                gboolean    *salvaged,
                GError     **error)
{
  g_autoptr(GHashTable) checked_sessions = g_hash_table_new (NULL, NULL);
  g_autoptr(StrideDocument) self = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *root_object;
  gint64 version;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  /* Some editors start UTF-8 text with a byte-order mark */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (length > STRIDE_STORE_MAX_BYTES)
    {
      g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_TOO_LARGE,
                   _("The file is too large to be Stride’s progress (%u MB)."),
                   (guint) (length / (1024 * 1024)));
      return NULL;
    }

  root = stride_json_read (data, length, STRIDE_STORE_MAX_DEPTH,
                           check_session_when_read, checked_sessions, &parse_error);
  if (root == NULL && salvaged != NULL)
    {
      g_autofree char *repaired = stride_store_salvage (data, length, STRIDE_STORE_MAX_DEPTH);
      StrideDocument *document = repaired != NULL ? parse_document (repaired, strlen (repaired), NULL, NULL) : NULL;

      if (document != NULL)
        {
          *salvaged = TRUE;
          return document;
        }
    }

  if (root == NULL)
    {
      g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_INVALID,
                   _("The file is not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_INVALID,
                           _("The file does not hold Stride’s progress."));
      return NULL;
    }

  root_object = json_node_get_object (root);
  if (!stride_record_check_int (root_object, "version", 1, G_MAXINT, TRUE, FALSE))
    {
      g_set_error_literal (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_INVALID,
                           _("The file has no valid version number."));
      return NULL;
    }

  version = json_object_get_int_member (root_object, "version");
  if (version > STRIDE_STORE_VERSION)
    {
      g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_NEWER_VERSION,
                   _("The file was written by a newer version of Stride (format %d)."),
                   (int) MIN (version, G_MAXINT));
      return NULL;
    }

  self = stride_document_new ();
  json_object_unref (self->root);
  self->root = json_object_ref (root_object);

  {
    JsonNode *node = json_object_get_member (self->root, UNREADABLE_MEMBER);

    if (node != NULL)
      {
        if (!stride_record_check_array (self->root, UNREADABLE_MEMBER, is_valid_unreadable))
          {
            g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_INVALID,
                         _("The file’s “%s” is damaged."), UNREADABLE_MEMBER);
            return NULL;
          }

        for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
          add_unreadable (self, json_array_get_object_element (json_node_get_array (node), i));
        json_object_remove_member (self->root, UNREADABLE_MEMBER);
      }
  }

  for (guint c = 0; c < STRIDE_N_COLLECTIONS; c++)
    {
      JsonNode *node = json_object_get_member (self->root, collection_names[c]);
      g_autoptr(GPtrArray) texts = NULL;
      JsonArray *array;

      if (node == NULL)
        continue;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_INVALID,
                       _("The file’s “%s” is not a list."), collection_names[c]);
          return NULL;
        }

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          g_autoptr(JsonObject) record = NULL;
          g_autofree char *key = NULL;
          JsonObject *existing;

          if (!JSON_NODE_HOLDS_OBJECT (item)
              || !check_record (c, json_node_get_object (item), version, checked_sessions))
            {
              g_autoptr(JsonObject) entry = NULL;

              /* One bad record does not hide the others: it is kept,
               * as it was, for the user to see and drop */
              if (texts == NULL)
                texts = stride_json_text_find_items (data, length, collection_names[c]);
              if (texts == NULL || texts->len != json_array_get_length (array))
                {
                  g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_INVALID,
                               _("Entry %u of the file’s “%s” is damaged."), i + 1, collection_names[c]);
                  return NULL;
                }

              entry = new_unreadable (collection_names[c], texts->pdata[i]);
              add_unreadable (self, entry);
              continue;
            }

          record = json_object_ref (json_node_get_object (item));
          key = dup_key (c, record);
          existing = lookup_key (self, c, key);
          /* Two copies of one record: the newer one is the truth */
          if (existing == NULL || compare_modified (record, existing) > 0)
            insert (self, c, record);
        }

      json_object_remove_member (self->root, collection_names[c]);
    }

  return g_steal_pointer (&self);
}

/**
 * stride_document_parse:
 *
 * Reads a progress document, rejecting anything Stride would not have
 * written: too large or deep, not JSON, the wrong types in known members,
 * or a version newer than this one understands.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
StrideDocument *
stride_document_parse (const char  *data,
                       gsize        length,
                       GError     **error)
{
  return parse_document (data, length, NULL, error);
}

/**
 * stride_document_parse_salvaging:
 * @salvaged: (out): set to whether @data was not JSON as a whole
 *
 * Reads a progress document as stride_document_parse() does, except that
 * a file that is not JSON because of damaged records gives the records
 * that read, and keeps each of the others as an unreadable record with
 * its text (see stride-store-salvage.c).
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
StrideDocument *
stride_document_parse_salvaging (const char  *data,
                                 gsize        length,
                                 gboolean    *salvaged,
                                 GError     **error)
{
  g_return_val_if_fail (salvaged != NULL, NULL);

  *salvaged = FALSE;
  return parse_document (data, length, salvaged, error);
}

static JsonNode *
record_to_node (JsonObject *record)
{
  return json_node_init_object (json_node_alloc (), record);
}

/**
 * stride_document_serialize:
 *
 * Returns: (transfer full): the document as JSON text, with the members
 *   this version does not know kept as they were
 */
char *
stride_document_serialize (StrideDocument *self,
                           gsize          *length)
{
  g_autoptr(JsonNode) root = json_node_alloc ();
  JsonObject *object = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  g_return_val_if_fail (self != NULL, NULL);

  json_object_set_int_member (object, "version", STRIDE_STORE_VERSION);
  json_object_iter_init (&iter, self->root);
  while (json_object_iter_next (&iter, &name, &value))
    {
      if (g_strcmp0 (name, "version") != 0)
        json_object_set_member (object, name, json_node_copy (value));
    }

  for (guint c = 0; c < STRIDE_N_COLLECTIONS; c++)
    {
      JsonArray *array = json_array_sized_new (self->records[c]->len);

      for (guint i = 0; i < self->records[c]->len; i++)
        json_array_add_element (array, record_to_node (self->records[c]->pdata[i]));

      json_object_set_array_member (object, collection_names[c], array);
    }

  if (self->unreadable->len > 0)
    {
      JsonArray *array = json_array_sized_new (self->unreadable->len);

      for (guint i = 0; i < self->unreadable->len; i++)
        json_array_add_element (array, record_to_node (self->unreadable->pdata[i]));
      json_object_set_array_member (object, UNREADABLE_MEMBER, array);
    }

  json_node_init_object (root, object);
  json_object_unref (object);

  return stride_json_text_generate (root, FALSE, length);
}

guint
stride_document_get_n_records (StrideDocument   *self,
                               StrideCollection  collection)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (collection < STRIDE_N_COLLECTIONS, 0);

  return self->records[collection]->len;
}

/**
 * stride_document_list:
 *
 * Returns: (transfer container) (element-type JsonObject): the records
 *   of @collection in the order they were added
 */
GPtrArray *
stride_document_list (StrideDocument   *self,
                      StrideCollection  collection)
{
  GPtrArray *list;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (collection < STRIDE_N_COLLECTIONS, NULL);

  list = g_ptr_array_new_full (self->records[collection]->len, (GDestroyNotify) json_object_unref);
  for (guint i = 0; i < self->records[collection]->len; i++)
    g_ptr_array_add (list, json_object_ref (self->records[collection]->pdata[i]));

  return list;
}

/**
 * stride_document_lookup:
 *
 * Returns: (transfer none) (nullable): the record with @id
 */
JsonObject *
stride_document_lookup (StrideDocument   *self,
                        StrideCollection  collection,
                        const char       *id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (collection < STRIDE_COLLECTION_DELETED, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return lookup_key (self, collection, id);
}

/**
 * stride_document_put:
 * @record: a record with at least "id" and "modified"
 *
 * Adds @record, or replaces the record with its ID. The caller sets
 * "modified" to the time of the change: merges go by it.
 */
void
stride_document_put (StrideDocument   *self,
                     StrideCollection  collection,
                     JsonObject       *record)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (collection < STRIDE_COLLECTION_DELETED);
  g_return_if_fail (record != NULL);
  g_return_if_fail (is_valid_record (collection, record));

  insert (self, collection, record);
}

/**
 * stride_document_remove:
 * @when: the time of the deletion, ISO 8601
 *
 * Removes a record and remembers that it was removed, so that a merge
 * with an older copy of the file does not bring it back.
 *
 * Returns: %TRUE if there was such a record
 */
gboolean
stride_document_remove (StrideDocument   *self,
                        StrideCollection  collection,
                        const char       *id,
                        const char       *when)
{
  JsonObject *record;
  g_autoptr(JsonObject) tombstone = json_object_new ();
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (collection < STRIDE_COLLECTION_DELETED, FALSE);
  g_return_val_if_fail (id != NULL && when != NULL, FALSE);

  record = lookup_key (self, collection, id);
  if (record == NULL)
    return FALSE;

  g_hash_table_remove (self->by_id[collection], id);
  g_assert (g_ptr_array_find (self->records[collection], record, &index));
  g_ptr_array_remove_index (self->records[collection], index);

  json_object_set_string_member (tombstone, "id", id);
  json_object_set_string_member (tombstone, "collection", collection_names[collection]);
  json_object_set_string_member (tombstone, "modified", when);
  insert (self, STRIDE_COLLECTION_DELETED, tombstone);

  return TRUE;
}

/* A record that a newer tombstone covers is gone */
static gboolean
apply_tombstones (StrideDocument *self)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < self->records[STRIDE_COLLECTION_DELETED]->len; i++)
    {
      JsonObject *tombstone = self->records[STRIDE_COLLECTION_DELETED]->pdata[i];
      const char *collection_name = json_object_get_string_member (tombstone, "collection");

      for (guint c = 0; c < STRIDE_COLLECTION_DELETED; c++)
        {
          JsonObject *record;
          guint index;

          if (g_strcmp0 (collection_name, collection_names[c]) != 0)
            continue;

          record = lookup_key (self, c, get_id (tombstone));
          if (record == NULL || compare_modified (record, tombstone) > 0)
            continue;

          g_hash_table_remove (self->by_id[c], get_id (tombstone));
          g_assert (g_ptr_array_find (self->records[c], record, &index));
          g_ptr_array_remove_index (self->records[c], index);
          changed = TRUE;
        }
    }

  return changed;
}

/**
 * stride_document_merge:
 * @other: another version of the same progress, e.g. from a synced folder
 *
 * @n_taken: (out) (optional): how many records (not deletions) came from
 *   @other, being new or newer
 *
 * Makes @self the union of both: for a record in both, the one modified
 * later wins; a deletion wins over the record it deleted.
 *
 * Returns: %TRUE if @self changed
 */
gboolean
stride_document_merge (StrideDocument *self,
                       StrideDocument *other,
                       guint          *n_taken)
{
  gboolean changed = FALSE;
  guint taken = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  for (guint c = 0; c < STRIDE_N_COLLECTIONS; c++)
    {
      for (guint i = 0; i < other->records[c]->len; i++)
        {
          JsonObject *theirs = other->records[c]->pdata[i];
          g_autofree char *key = dup_key (c, theirs);
          JsonObject *ours = lookup_key (self, c, key);

          if (ours == NULL || compare_modified (theirs, ours) > 0)
            {
              /* Documents never change a record in place, so both may hold it */
              insert (self, c, theirs);
              changed = TRUE;
              if (c != STRIDE_COLLECTION_DELETED)
                taken++;
            }
        }
    }

  for (guint i = 0; i < other->unreadable->len; i++)
    changed = add_unreadable (self, other->unreadable->pdata[i]) || changed;

  /* Members this version does not know, from either copy; ours where
   * both have one, there being no time to tell which is newer */
  {
    JsonObjectIter iter;
    const char *name;
    JsonNode *value;

    json_object_iter_init (&iter, other->root);
    while (json_object_iter_next (&iter, &name, &value))
      {
        if (g_str_equal (name, "version") || json_object_has_member (self->root, name))
          continue;
        json_object_set_member (self->root, name, json_node_copy (value));
        changed = TRUE;
      }
  }

  if (n_taken != NULL)
    *n_taken = taken;

  return apply_tombstones (self) || changed;
}

/**
 * stride_document_get_n_unreadable:
 *
 * Returns: how many records failed their checks and are kept aside
 */
guint
stride_document_get_n_unreadable (StrideDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->unreadable->len;
}

/**
 * stride_document_get_unreadable:
 * @collection: (out) (optional): which list the record was in
 *
 * Returns: (transfer none): the record's text, as it was in the file
 */
const char *
stride_document_get_unreadable (StrideDocument  *self,
                                guint            index,
                                StrideCollection *collection)
{
  JsonObject *entry;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->unreadable->len, NULL);

  entry = self->unreadable->pdata[index];
  if (collection != NULL)
    {
      const char *name = json_object_get_string_member (entry, "collection");

      *collection = STRIDE_N_COLLECTIONS;
      for (guint c = 0; c < STRIDE_N_COLLECTIONS; c++)
        if (g_strcmp0 (name, collection_names[c]) == 0)
          *collection = c;
    }

  return json_object_get_string_member (entry, "text");
}

/* The string @member of a record that may not read as JSON: its first
 * occurrence, whatever is around it */
static char *
dup_string_member_from_text (const char *text,
                             const char *member)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", member);
  gsize length = strlen (text);
  const char *found = strstr (text, quoted);
  g_autoptr(JsonNode) node = NULL;
  gsize i, end;

  if (found == NULL)
    return NULL;

  i = stride_json_text_skip_space (text, length, found - text + strlen (quoted));
  if (i >= length || text[i] != ':')
    return NULL;
  i = stride_json_text_skip_space (text, length, i + 1);
  if (i >= length || text[i] != '"')
    return NULL;
  end = stride_json_text_skip_string (text, length, i);
  node = stride_json_read (text + i, end - i, 1, NULL, NULL, NULL);

  return node != NULL ? g_strdup (json_node_get_string (node)) : NULL;
}

/**
 * stride_document_describe_unreadable:
 *
 * Returns: (transfer full): which record it is, in the user's words, from
 *   whatever of it can still be read: "A session of 1 November 2026"
 */
char *
stride_document_describe_unreadable (StrideDocument *self,
                                     guint           index)
{
  StrideCollection collection;
  const char *text = stride_document_get_unreadable (self, index, &collection);
  g_autoptr(JsonNode) node = json_from_string (text, NULL);
  JsonObject *record = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *member = collection == STRIDE_COLLECTION_RESULTS ? "taken" : STRIDE_SESSION_STARTED;
  g_autofree char *when = record != NULL ? g_strdup (json_object_get_string_member_with_default (record, member, NULL))
                                         : dup_string_member_from_text (text, member);
  g_autofree char *name = record != NULL ? g_strdup (json_object_get_string_member_with_default (record, "name", NULL))
                                         : dup_string_member_from_text (text, "name");
  g_autoptr(GDateTime) time = when != NULL ? g_date_time_new_from_iso8601 (when, NULL) : NULL;
  g_autofree char *date = NULL;

  if (time != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (time);

      /* Translators: a date, as strftime() writes it */
      date = g_date_time_format (local, _("%-d %B %Y"));
    }
  else if (when != NULL && g_utf8_validate (when, -1, NULL))
    /* A date that is not one, such as month 13, as the file has it: the
     * user may recognise it */
    date = g_utf8_substring (when, 0, MIN (g_utf8_strlen (when, -1), 40));

  switch (collection)
    {
    case STRIDE_COLLECTION_SESSIONS:
      /* Translators: %s is a date */
      return date != NULL ? g_strdup_printf (_("A session of %s"), date) : g_strdup (_("A session"));
    case STRIDE_COLLECTION_RESULTS:
      /* Translators: %s is a date */
      return date != NULL ? g_strdup_printf (_("A self-test result of %s"), date) : g_strdup (_("A self-test result"));
    case STRIDE_COLLECTION_ROUTINES:
      /* Translators: %s is the routine's name */
      return name != NULL && name[0] != '\0' ? g_strdup_printf (_("The routine “%s”"), name) : g_strdup (_("A routine without a name"));
    case STRIDE_COLLECTION_DELETED:
    case STRIDE_N_COLLECTIONS:
    default:
      return g_strdup (_("A record of a deletion"));
    }
}

/**
 * stride_document_drop_unreadable:
 *
 * Forgets the records that failed their checks, for good.
 *
 * Returns: %TRUE if there were any
 */
gboolean
stride_document_drop_unreadable (StrideDocument *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->unreadable->len == 0)
    return FALSE;

  g_ptr_array_set_size (self->unreadable, 0);
  return TRUE;
}

/* The id of an unreadable record, if its text is an object with one */
static char *
dup_unreadable_id (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonObject *object;

  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);
  if (!stride_record_check_string (object, "id", TRUE))
    return NULL;

  return g_strdup (json_object_get_string_member (object, "id"));
}

/**
 * stride_document_drop_unreadable_copies:
 * @whole: the document to compare with
 *
 * Forgets the records of @self that failed their checks and that @whole
 * holds whole, in the same list and by the same id: a damaged copy of
 * something the user has. An old export imported again brings no
 * damage into progress that has none.
 *
 * Returns: how many were forgotten
 */
guint
stride_document_drop_unreadable_copies (StrideDocument *self,
                                        StrideDocument *whole)
{
  guint dropped = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (whole != NULL, 0);

  for (guint i = self->unreadable->len; i-- > 0;)
    {
      StrideCollection collection;
      const char *text = stride_document_get_unreadable (self, i, &collection);
      g_autofree char *id = NULL;

      if (collection >= STRIDE_COLLECTION_DELETED)
        continue;
      id = dup_unreadable_id (text);
      if (id != NULL && lookup_key (whole, collection, id) != NULL)
        {
          g_ptr_array_remove_index (self->unreadable, i);
          dropped++;
        }
    }

  return dropped;
}
