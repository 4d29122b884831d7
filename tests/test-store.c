/* test-store.c
 *
 * The progress store never loses what the user recorded: round trips,
 * damaged files moved aside with the backup used, unknown fields kept,
 * merges with a copy written elsewhere, atomic writes under SIGKILL, and
 * an unwritable folder that delays the save without losing anything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <linux/capability.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "stride-routine.h"
#include "stride-session-sets.h"
#include "stride-store.h"
#include "stride-store-export.h"
#include "stride-store-file.h"
#include "stride-store-private.h"
#include "stride-test-i18n.h"

/* The collections by the name the file gives them */
static const char *collection_names[STRIDE_N_COLLECTIONS] = {
  [STRIDE_COLLECTION_SESSIONS] = "sessions",
  [STRIDE_COLLECTION_RESULTS] = "results",
  [STRIDE_COLLECTION_ROUTINES] = "routines",
  [STRIDE_COLLECTION_DELETED] = "deleted",
};

typedef struct
{
  char *dir;
  char *path;
  char *backup;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("stride-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "data", "progress.json", NULL);
  fixture->backup = g_strconcat (fixture->path, ".bak", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->backup);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static JsonObject *
new_session (const char *id,
             int         reps)
{
  JsonObject *session = json_object_new ();
  StrideSessionSet set = {
    .exercise = "clamshell", .side = "left", .number = 1,
    .reps = reps, .reps_planned = 15, .hold_seconds = -1,
  };
  JsonArray *pain = json_array_new ();
  JsonObject *knee = json_object_new ();

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "started", "2026-11-20T18:30:00Z");
  json_object_set_string_member (session, "routine", "full");
  json_object_set_int_member (session, "duration", 1260);
  json_object_set_double_member (session, "completion", 1.0);
  json_object_set_int_member (session, "effort", 6);
  json_object_set_string_member (session, "note", "Windy, legs tired, \"felt\" good\nafter");

  stride_session_add_set (session, &set);
  {
    g_autoptr(JsonNode) worked = json_from_string ("[[\"clamshell\", \"left\", 52], [\"squat\", null, 40]]", NULL);

    json_object_set_member (session, STRIDE_SESSION_WORKED, g_steal_pointer (&worked));
  }

  json_object_set_string_member (knee, "area", "knee");
  json_object_set_string_member (knee, "side", "right");
  json_array_add_object_element (pain, knee);
  json_object_set_array_member (session, "pain", pain);

  return session;
}

static JsonObject *
new_result (const char *id)
{
  JsonObject *result = json_object_new ();
  JsonObject *answers = json_object_new ();

  json_object_set_string_member (result, "id", id);
  json_object_set_string_member (result, "test", "bridge-test");
  json_object_set_string_member (result, "taken", "2026-11-21T08:00:00+01:00");
  json_object_set_boolean_member (answers, "left_dropped", TRUE);
  json_object_set_boolean_member (answers, "right_dropped", FALSE);
  json_object_set_object_member (result, "answers", answers);
  json_object_set_string_member (result, "outcome", "left-weaker");

  return result;
}

static void
on_flushed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  gpointer *out = user_data;
  GError *error = NULL;

  stride_store_flush_finish (STRIDE_STORE (source), result, &error);
  out[1] = error;
  *(gboolean *) out[0] = TRUE;
}

/* Waits on the main loop until every change is on disk or saving failed */
static GError *
flush (StrideStore *store)
{
  gboolean done = FALSE;
  gpointer out[2] = { &done, NULL };

  stride_store_flush_async (store, NULL, on_flushed, out);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return out[1];
}

/* The recovery journals of a store at <dir>/<folder>/progress.json:
 * <dir>/state/… and <dir>/cache/…, outside the folder that may fail */
static char *
dup_journal_path (const char *path,
                  const char *which)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *dir = g_path_get_dirname (folder);

  return g_build_filename (dir, which, "io.github.stridehips.Stride", "recovery.json", NULL);
}

static StrideStore *
new_store (const char *path)
{
  StrideStore *store = stride_store_new (path);
  g_autofree char *state = dup_journal_path (path, "state");
  g_autofree char *cache = dup_journal_path (path, "cache");

  stride_store_set_journal_paths (store, state, cache);
  return store;
}

static StrideStore *
load_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  StrideStore *store = new_store (path);

  g_assert_true (stride_store_load (store, &error));
  g_assert_no_error (error);
  return store;
}

static StrideDocument *
parse_file (const char *path)
{
  g_autofree char *contents = read_file (path);
  g_autoptr(GError) error = NULL;
  StrideDocument *document = stride_document_parse (contents, strlen (contents), &error);

  g_assert_no_error (error);
  return document;
}

static void
assert_matches_schema (const char *path)
{
  g_autofree char *schema = g_build_filename (TEST_SOURCE_ROOT, "data", "progress.schema.json", NULL);
  const char *argv[] = {
    "python3", "-c",
    "import json, sys, jsonschema\n"
    "schema = json.load(open(sys.argv[1]))\n"
    "jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(json.load(open(sys.argv[2])))\n",
    schema, path, NULL
  };
  g_autofree char *errors = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &errors, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s does not match data/progress.schema.json:\n%s", path, errors);
}

static void
test_store_new (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(JsonObject) session = new_session ("a", 12);
  g_autoptr(StrideDocument) saved = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  GError *error;

  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_NEW);
  sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);
  g_assert_cmpuint (sessions->len, ==, 0);
  /* Loading alone writes nothing */
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  g_assert_true (stride_store_get_unsaved (store));
  error = flush (store);
  g_assert_no_error (error);
  g_assert_false (stride_store_get_unsaved (store));

  saved = parse_file (fixture->path);
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "a"));
  g_assert_false (g_file_test (fixture->backup, G_FILE_TEST_EXISTS));
  assert_matches_schema (fixture->path);
}

static void
test_store_round_trip (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(StrideStore) again = NULL;
  g_autoptr(StrideRoutine) mine = stride_routine_new ("mine", "Before a long run");
  g_autoptr(JsonObject) routine = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *backup = NULL;
  JsonObject *loaded;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *id = stride_store_new_id ();
      g_autoptr(JsonObject) session = new_session (id, i);

      stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
    }
  {
    g_autoptr(JsonObject) result = new_result ("r1");

    stride_store_put (store, STRIDE_COLLECTION_RESULTS, result);
  }
  stride_routine_add_item (mine, "glute-bridge");
  routine = stride_routine_to_json (mine);
  stride_store_put (store, STRIDE_COLLECTION_ROUTINES, routine);
  g_assert_no_error (flush (store));
  first = read_file (fixture->path);
  assert_matches_schema (fixture->path);

  again = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (again), ==, STRIDE_STORE_LOADED);
  {
    g_autoptr(GPtrArray) sessions = stride_store_list (again, STRIDE_COLLECTION_SESSIONS);

    g_assert_cmpuint (sessions->len, ==, 20);
  }
  loaded = stride_store_lookup (again, STRIDE_COLLECTION_RESULTS, "r1");
  g_assert_nonnull (loaded);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (loaded, "answers"),
                                                 "left_dropped"));
  g_assert_cmpstr (json_object_get_string_member (stride_store_lookup (again, STRIDE_COLLECTION_ROUTINES, "mine"),
                                                  "name"), ==, "Before a long run");

  /* The next save keeps the previous file as the backup */
  g_assert_true (stride_store_remove (again, STRIDE_COLLECTION_RESULTS, "r1"));
  g_assert_no_error (flush (again));
  backup = read_file (fixture->backup);
  g_assert_cmpstr (backup, ==, first);
  second = read_file (fixture->path);
  g_assert_cmpstr (second, !=, first);
  assert_matches_schema (fixture->path);

  g_assert_finalize_object (g_steal_pointer (&again));
}

static void
test_store_unknown_fields (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *document =
    "{\"version\": 2, \"written_by\": {\"app\": \"Stride 9\"},"
    " \"sessions\": [{\"id\": \"s\", \"modified\": \"2026-11-01T10:00:00Z\","
    "  \"started\": \"2026-11-01T09:30:00Z\", \"heart_rate\": [120, 150],"
    "  \"exercises\": [[\"squat\", \"base\", null, 12, 12]],"
    "  \"pain\": [{\"area\": \"knee\", \"intensity\": 3}]}],"
    " \"results\": [{\"id\": \"r\", \"modified\": \"2026-11-01T10:00:00Z\", \"test\": \"squat-test\","
    "  \"taken\": \"2026-11-01T09:00:00Z\", \"answers\": {\"depth\": true, \"wobble\": 2}}],"
    " \"plans\": [\"later\"]}";
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) session = new_session ("t", 10);
  g_autoptr(StrideDocument) saved = NULL;
  g_autofree char *text = NULL;

  write_file (fixture->path, document, -1);
  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  g_assert_no_error (flush (store));

  text = read_file (fixture->path);
  g_assert_nonnull (strstr (text, "\"written_by\""));
  g_assert_nonnull (strstr (text, "\"Stride 9\""));
  g_assert_nonnull (strstr (text, "\"heart_rate\""));
  g_assert_nonnull (strstr (text, "\"intensity\""));
  g_assert_nonnull (strstr (text, "\"wobble\""));
  g_assert_nonnull (strstr (text, "\"plans\""));
  saved = parse_file (fixture->path);
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "s"));
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "t"));
}

/* A number too large for a double, in members this version does not
 * know: the store keeps those members and writes them back, so it must
 * write them as JSON (json-glib writes "inf.0"), or the saved file would
 * not load again */
static void
test_store_number_beyond_double (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *document =
    "{\"version\": 2, \"future_total\": 1e400,"
    " \"sessions\": [{\"id\": \"s\", \"modified\": \"2026-11-01T10:00:00Z\","
    "  \"started\": \"2026-11-01T09:30:00Z\", \"future_figure\": -1e999,"
    "  \"exercises\": [[\"squat\", \"base\", null, 12, 12]]}]}";
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) session = new_session ("t", 10);
  g_autoptr(StrideDocument) saved = NULL;
  g_autofree char *text = NULL;

  write_file (fixture->path, document, -1);
  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  g_assert_no_error (flush (store));

  text = read_file (fixture->path);
  g_assert_null (strstr (text, "inf"));
  g_assert_nonnull (strstr (text, "\"future_total\":1.7976931348623157e+308"));
  g_assert_nonnull (strstr (text, "\"future_figure\":-1.7976931348623157e+308"));
  saved = parse_file (fixture->path);
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "s"));
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "t"));
}

/* A file in the first layout, by hand: an object per set. It loads with
 * every set in its place, and is saved in the current layout. */
static void
test_store_migration (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *document =
    "{\"version\": 1, \"sessions\": ["
    " {\"id\": \"a\", \"modified\": \"2026-01-05T18:40:00Z\", \"started\": \"2026-01-05T18:00:00Z\","
    "  \"routine\": \"full\", \"routine_name\": \"Full hip routine\", \"effort\": 5,"
    "  \"sets\": ["
    "   {\"exercise\": \"squat\", \"variation\": \"base\", \"set\": 1, \"reps_planned\": 12, \"reps\": 12},"
    "   {\"exercise\": \"squat\", \"variation\": \"base\", \"set\": 2, \"reps_planned\": 12, \"reps\": 10},"
    "   {\"exercise\": \"clamshell\", \"variation\": \"harder\", \"side\": \"left\", \"set\": 1, \"reps_planned\": 15, \"reps\": 15},"
    "   {\"exercise\": \"clamshell\", \"variation\": \"harder\", \"side\": \"right\", \"set\": 1, \"reps_planned\": 15, \"reps\": 14},"
    "   {\"exercise\": \"clamshell\", \"variation\": \"harder\", \"side\": \"left\", \"set\": 2, \"reps_planned\": 15, \"reps\": 13},"
    "   {\"exercise\": \"glute-bridge\", \"set\": 1, \"reps\": 1, \"hold_seconds\": 30},"
    "   {\"exercise\": \"glute-bridge\", \"set\": 2, \"reps\": 1, \"hold_seconds\": 22},"
    "   {\"exercise\": \"side-step\", \"set\": 1, \"reps\": 9}]},"
    " {\"id\": \"b\", \"modified\": \"2026-01-07T18:40:00Z\", \"started\": \"2026-01-07T18:00:00Z\","
    "  \"sets\": [{\"exercise\": \"squat\", \"set\": 1, \"reps\": 12, \"tempo_ms\": 2400}]},"
    " {\"id\": \"c\", \"modified\": \"2026-01-09T18:40:00Z\", \"started\": \"2026-01-09T18:00:00Z\"}]}";
  static const struct
  {
    const char *exercise, *variation, *side;
    guint number;
    gint64 reps, reps_planned, hold_seconds;
  } expected[] = {
    { "squat", "base", NULL, 1, 12, 12, -1 },
    { "squat", "base", NULL, 2, 10, 12, -1 },
    { "clamshell", "harder", "left", 1, 15, 15, -1 },
    { "clamshell", "harder", "left", 2, 13, 15, -1 },
    { "clamshell", "harder", "right", 1, 14, 15, -1 },
    { "glute-bridge", NULL, NULL, 1, 1, -1, 30 },
    { "glute-bridge", NULL, NULL, 2, 1, -1, 22 },
    { "side-step", NULL, NULL, 1, 9, -1, -1 },
  };
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(StrideDocument) saved = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *text = NULL;
  StrideSessionSetIter iter;
  StrideSessionSet set;
  JsonObject *session;

  write_file (fixture->path, document, -1);
  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);
  g_assert_cmpuint (sessions->len, ==, 3);

  session = stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "a");
  g_assert_false (json_object_has_member (session, "sets"));
  stride_session_set_iter_init (&iter, session);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (stride_session_set_iter_next (&iter, &set));
      g_assert_cmpstr (set.exercise, ==, expected[i].exercise);
      g_assert_cmpstr (set.variation, ==, expected[i].variation);
      g_assert_cmpstr (set.side, ==, expected[i].side);
      g_assert_cmpuint (set.number, ==, expected[i].number);
      g_assert_cmpint (set.reps, ==, expected[i].reps);
      g_assert_cmpint (set.reps_planned, ==, expected[i].reps_planned);
      g_assert_cmpint (set.hold_seconds, ==, expected[i].hold_seconds);
    }
  g_assert_false (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpint (json_object_get_int_member (session, "effort"), ==, 5);

  /* A member the set list cannot carry over keeps the old list beside */
  session = stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "b");
  g_assert_cmpuint (stride_session_count_sets (session), ==, 1);
  g_assert_true (json_object_has_member (session, "sets"));
  g_assert_cmpuint (stride_session_count_sets (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "c")), ==, 0);

  /* Saved in the current layout, which reads back the same */
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "c"));
  g_assert_no_error (flush (store));
  text = read_file (fixture->path);
  g_assert_nonnull (strstr (text, "\"version\":2"));
  g_assert_nonnull (strstr (text, "[\"clamshell\",\"harder\",\"left\",15,15,13]"));
  g_assert_nonnull (strstr (text, "[\"glute-bridge\",null,null,\"hold\",30,22]"));
  g_assert_nonnull (strstr (text, "\"tempo_ms\":2400"));
  assert_matches_schema (fixture->path);
  saved = parse_file (fixture->path);
  g_assert_cmpuint (stride_session_count_sets (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "a")),
                    ==, G_N_ELEMENTS (expected));
}

typedef struct
{
  const char *name;
  char *(*make) (gsize *length);
  /* Or a session's set entry of the wrong shape */
  const char *entry;
} CorruptInput;

#define VALID_PREFIX "{\"version\": 1, \"sessions\": [{\"id\": \"x\", \"modified\": \"2026-11-01T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\""

static char *
make_binary (gsize *length)
{
  char *data = g_malloc (4096);

  for (guint i = 0; i < 4096; i++)
    data[i] = (char) (i * 7919 % 251);
  *length = 4096;
  return data;
}

static char *
make_wrong_types (gsize *length)
{
  char *text = g_strdup ("{\"version\": 1, \"sessions\": {\"id\": \"x\"}}");

  *length = strlen (text);
  return text;
}

static char *
make_wrong_field (gsize *length)
{
  char *text = g_strdup (VALID_PREFIX ", \"effort\": \"hard\"}]}");

  *length = strlen (text);
  return text;
}

/* A session whose sets are @entry */
static char *
make_session_with_entry (const char *entry,
                         gsize      *length)
{
  char *text = g_strdup_printf ("{\"version\": 2, \"sessions\": [{\"id\": \"x\", \"modified\": \"2026-11-01T10:00:00Z\","
                                " \"started\": \"2026-11-01T09:00:00Z\", \"exercises\": [%s]}]}", entry);

  *length = strlen (text);
  return text;
}

/* A session whose time worked is @worked */
static char *
make_session_with_worked (const char *worked,
                          gsize      *length)
{
  char *text = g_strdup_printf ("{\"version\": 2, \"sessions\": [{\"id\": \"x\", \"modified\": \"2026-11-01T10:00:00Z\","
                                " \"started\": \"2026-11-01T09:00:00Z\", \"worked\": %s}]}", worked);

  *length = strlen (text);
  return text;
}

static char *
make_worked_up_side (gsize *length)
{
  return make_session_with_worked ("[[\"squat\", \"up\", 30]]", length);
}

static char *
make_worked_negative (gsize *length)
{
  return make_session_with_worked ("[[\"squat\", null, -5]]", length);
}

static char *
make_worked_not_list (gsize *length)
{
  return make_session_with_worked ("{\"squat\": 30}", length);
}

/* The first layout, with a set that has no reps: not carried over */
static char *
make_bad_v1_set (gsize *length)
{
  char *text = g_strdup (VALID_PREFIX ", \"sets\": [{\"exercise\": \"squat\", \"set\": 1}]}]}");

  *length = strlen (text);
  return text;
}

static char *
make_huge_number (gsize *length)
{
  char *text = g_strdup (VALID_PREFIX ", \"duration\": 1e999}]}");

  *length = strlen (text);
  return text;
}

static char *
make_deep (gsize *length)
{
  GString *text = g_string_new ("{\"version\": 1, \"x\": ");

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  *length = text->len;
  return g_string_free (text, FALSE);
}

static char *
make_huge_file (gsize *length)
{
  gsize size = 50 * 1024 * 1024;
  GString *text = g_string_sized_new (size + 64);

  g_string_append (text, "{\"version\": 1, \"note\": \"");
  while (text->len < size)
    g_string_append (text, "ababababababababababababababababababababababab");
  g_string_append (text, "\"}");
  *length = text->len;
  return g_string_free (text, FALSE);
}

static char *
make_not_utf8 (gsize *length)
{
  char *text = g_strdup ("{\"version\": 1, \"note\": \"\xff\xfe\"}");

  *length = strlen (text);
  return text;
}

/* Damage in the file's own members, not in a record: nothing tells
 * what else it broke */
static char *
make_damage_outside_records (gsize *length)
{
  char *text = g_strdup ("{\"version\": 2, \"sessions\": [], \"note\": NaN}");

  *length = strlen (text);
  return text;
}

static char *
make_empty (gsize *length)
{
  *length = 0;
  return g_strdup ("");
}

/* Damage to the whole file: nothing in it can be trusted */
static const CorruptInput corrupt_inputs[] = {
  { "binary", make_binary },
  { "wrong-types", make_wrong_types },
  { "deep-nesting", make_deep },
  { "huge-file", make_huge_file },
  { "not-utf8", make_not_utf8 },
  { "outside-records", make_damage_outside_records },
  { "empty", make_empty },
};

/* Damage to one record, session "x": the rest of the file is good */
static const CorruptInput bad_record_inputs[] = {
  { "wrong-field", make_wrong_field },
  { "reps-as-word", NULL, "[\"squat\", \"base\", null, 12, \"twelve\"]" },
  { "hold-over-a-day", NULL, "[\"glute-bridge\", \"base\", null, \"hold\", 90000]" },
  { "unknown-plan", NULL, "[\"squat\", \"base\", null, \"slow\", 12]" },
  { "entry-without-sets", NULL, "[\"squat\", \"base\", null, 12]" },
  { "set-as-object", NULL, "{\"exercise\": \"squat\", \"reps\": 12}" },
  { "bad-v1-set", make_bad_v1_set },
  { "worked-on-no-side", make_worked_up_side },
  { "worked-negative", make_worked_negative },
  { "worked-not-a-list", make_worked_not_list },
  { "huge-number", make_huge_number },
};

static void
test_store_corrupt (Fixture       *fixture,
                    gconstpointer  data)
{
  const CorruptInput *input = data;
  g_autoptr(JsonObject) good = new_session ("kept", 14);
  g_autoptr(StrideStore) writer = load_store (fixture->path);
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) later = new_session ("later", 9);
  g_autofree char *corrupt = NULL;
  g_autofree char *aside_contents = NULL;
  g_autofree char *first_good = NULL;
  gsize corrupt_length, aside_length;

  /* A good file, then another save so that the backup holds it too */
  stride_store_put (writer, STRIDE_COLLECTION_SESSIONS, good);
  g_assert_no_error (flush (writer));
  first_good = read_file (fixture->path);
  stride_store_put (writer, STRIDE_COLLECTION_SESSIONS, good);
  g_assert_no_error (flush (writer));
  g_clear_object (&writer);

  corrupt = input->entry != NULL ? make_session_with_entry (input->entry, &corrupt_length) : input->make (&corrupt_length);
  write_file (fixture->path, corrupt, corrupt_length);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_RECOVERED_FROM_BACKUP);
  g_assert_nonnull (stride_store_get_load_error (store));
  g_test_message ("%s: %s", input->name, stride_store_get_load_error (store)->message);

  /* The damaged file is kept, byte for byte, where the user is told */
  g_assert_nonnull (stride_store_get_aside_path (store));
  g_assert_true (g_str_has_prefix (stride_store_get_aside_path (store), fixture->path));
  g_assert_true (g_file_get_contents (stride_store_get_aside_path (store), &aside_contents, &aside_length, NULL));
  g_assert_cmpmem (aside_contents, aside_length, corrupt, corrupt_length);

  /* Nothing recorded is lost, and the store goes on working */
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "kept"));
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, later);
  g_assert_no_error (flush (store));
  {
    g_autoptr(StrideDocument) saved = parse_file (fixture->path);

    g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "kept"));
    g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "later"));
  }
  g_assert_true (g_file_test (stride_store_get_aside_path (store), G_FILE_TEST_EXISTS));
}

static void
test_store_corrupt_without_backup (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(StrideStore) second = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *first_aside = NULL;

  write_file (fixture->path, "{\"version\": 1, \"note\": nope}", -1);
  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_STARTED_EMPTY);
  sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);
  g_assert_cmpuint (sessions->len, ==, 0);
  first_aside = g_strdup (stride_store_get_aside_path (store));
  g_assert_true (g_file_test (first_aside, G_FILE_TEST_EXISTS));

  /* A second damaged file in the same second gets a name of its own */
  write_file (fixture->path, "not json", -1);
  second = load_store (fixture->path);
  g_assert_cmpstr (stride_store_get_aside_path (second), !=, first_aside);
  g_assert_true (g_file_test (first_aside, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (stride_store_get_aside_path (second), G_FILE_TEST_EXISTS));
}

static void
append_session_text (GString    *text,
                     const char *id,
                     const char *extra)
{
  g_string_append_printf (text, "%s{\"id\": \"%s\", \"modified\": \"2026-10-01T10:00:00Z\","
                          " \"started\": \"2026-10-01T09:00:00Z\", \"effort\": 5%s,"
                          " \"exercises\": [[\"squat\", \"base\", null, 12, 12]]}",
                          text->str[text->len - 1] == '[' ? "" : ", ", id, extra);
}

/* A file that is not JSON as a whole because of one record: the damage
 * a full disk, a program writing NaN, or a byte gone wrong leaves */
typedef struct
{
  const char *name;
  /* Session "b", or its start up to where the file ends */
  const char *damaged;
  /* Whether the file ends within "b" */
  gboolean cut_short;
} SalvageInput;

static const SalvageInput salvage_inputs[] = {
  { "nan", "{\"id\": \"b\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-10-01T09:00:00Z\", \"effort\": NaN}" },
  { "infinity", "{\"id\": \"b\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-10-01T09:00:00Z\", \"duration\": -Infinity}" },
  /* Found by fuzzing: json-glib took "\2" and made a string that could
   * not be saved and read back */
  { "bad-escape", "{\"id\": \"b\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-10-01T09:00:00Z\", \"note\": \"\\2026\"}" },
  { "missing-quote", "{\"id\": \"b\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-10-01T09:00:00Z\", \"note: 4}" },
  { "cut-short", "{\"id\": \"b\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-10-01T09:00:00Z\", \"effort\": ", TRUE },
};

/* Sessions "a", the damaged "b" and "c", a result and a routine; or,
 * cut short, the file up to where "b" ends */
static char *
make_salvage_file (const SalvageInput *input)
{
  GString *text = g_string_new ("{\"version\": 2, \"sessions\": [");

  append_session_text (text, "a", "");
  g_string_append_printf (text, ", %s", input->damaged);
  if (input->cut_short)
    return g_string_free (text, FALSE);

  append_session_text (text, "c", "");
  g_string_append (text, "], \"results\": [{\"id\": \"r\", \"modified\": \"2026-10-01T10:00:00Z\", \"test\": \"bridge-test\","
                   " \"taken\": \"2026-10-01T09:00:00Z\", \"answers\": {\"left_dropped\": true, \"right_dropped\": false},"
                   " \"outcome\": \"left-weaker\"}],"
                   " \"routines\": [{\"id\": \"mine\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Mine\","
                   " \"items\": [{\"exercise\": \"squat\"}]}]}");
  return g_string_free (text, FALSE);
}

/* The one file beside @path whose name starts with @path's and has
 * @infix after it */
static char *
find_file_beside (const char *path,
                  const char *infix)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, infix, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  char *found = NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_assert_null (found);
        found = g_build_filename (dir_path, name, NULL);
      }

  return found;
}

/* One damaged record hides nothing else, even when the file is not JSON
 * as a whole: every record that reads is shown, the damaged one is kept
 * as the bytes it was until the user drops it, and the whole file is
 * kept beside, byte for byte */
static void
test_store_salvage (Fixture       *fixture,
                    gconstpointer  data)
{
  const SalvageInput *input = data;
  g_autofree char *text = make_salvage_file (input);
  g_autofree char *copy = NULL;
  g_autofree char *copy_contents = NULL;
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) later = new_session ("later", 9);
  StrideCollection collection;

  write_file (fixture->path, text, -1);
  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  g_assert_null (stride_store_get_aside_path (store));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "a"));
  g_assert_null (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "b"));
  if (!input->cut_short)
    {
      g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "c"));
      g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_RESULTS, "r"));
      g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_ROUTINES, "mine"));
    }
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 1);
  g_assert_cmpstr (stride_document_get_unreadable (stride_store_get_document (store), 0, &collection), ==, input->damaged);
  g_assert_cmpint (collection, ==, STRIDE_COLLECTION_SESSIONS);
  {
    g_autofree char *description = stride_store_describe_unreadable (store, 0);

    g_assert_cmpstr (description, ==, "A session of 1 October 2026");
  }

  copy = find_file_beside (fixture->path, ".corrupt-");
  g_assert_nonnull (copy);
  copy_contents = read_file (copy);
  g_assert_cmpstr (copy_contents, ==, text);

  /* What was read is put in place at once, the damaged record in it, so
   * that the next start reads the file whole and keeps no second copy */
  g_assert_no_error (flush (store));
  {
    g_autoptr(StrideDocument) saved = parse_file (fixture->path);

    g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "a"));
    g_assert_cmpuint (stride_document_get_n_unreadable (saved), ==, 1);
  }

  /* Saved with the rest, and read back the same on the next start */
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, later);
  g_assert_no_error (flush (store));
  assert_matches_schema (fixture->path);
  g_clear_object (&store);
  store = load_store (fixture->path);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "a"));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "later"));
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 1);
  g_assert_cmpstr (stride_document_get_unreadable (stride_store_get_document (store), 0, NULL), ==, input->damaged);
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
  {
    g_autofree char *only = find_file_beside (fixture->path, ".corrupt-");

    g_assert_cmpstr (only, ==, copy);
  }
}

/* A record damaged in the file and whole in the backup: the backup's
 * copy is shown, and the damaged one kept too, since it may be newer */
static void
test_store_salvage_with_backup (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(StrideStore) writer = load_store (fixture->path);
  g_autoptr(JsonObject) b = new_session ("b", 10);
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(GString) text = g_string_new ("{\"version\": 2, \"sessions\": [");

  /* Saved twice, so that the backup holds "b" too */
  stride_store_put (writer, STRIDE_COLLECTION_SESSIONS, b);
  g_assert_no_error (flush (writer));
  stride_store_put (writer, STRIDE_COLLECTION_SESSIONS, b);
  g_assert_no_error (flush (writer));
  g_clear_object (&writer);
  g_assert_true (g_file_test (fixture->backup, G_FILE_TEST_EXISTS));

  append_session_text (text, "new", "");
  g_string_append (text, ", {\"id\": \"b\", \"modified\": \"2026-12-01T10:00:00Z\", \"started\": \"2026-11-20T18:30:00Z\", \"effort\": NaN}]}");
  write_file (fixture->path, text->str, text->len);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "new"));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "b"));
  g_assert_cmpint (json_object_get_int_member (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "b"), "effort"), ==, 6);
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 1);
}

/* A file cut short in a routine of many exercises, as a full disk
 * leaves it, with a backup of the whole file from the save before: the
 * routine cut short is one damaged record, not one and then each of its
 * exercises after the cut read as a record of its own; the records
 * after the cut come back from the backup; and the backup is not
 * replaced by the file cut short, the first save after */
static void
test_store_salvage_cut_in_nested (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(StrideStore) writer = load_store (fixture->path);
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) a = new_session ("a", 1);
  g_autoptr(JsonObject) z = new_session ("z", 2);
  g_autoptr(GString) routine = g_string_new ("{\"id\": \"long\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Long\", \"items\": [");
  g_autofree char *whole = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *cut = NULL;
  gsize whole_length;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (routine, "%s{\"exercise\": \"squat\", \"sets\": %u}", i > 0 ? ", " : "", 1 + i % 3);
  g_string_append (routine, "]}");
  stride_store_put (writer, STRIDE_COLLECTION_SESSIONS, a);
  {
    g_autoptr(JsonNode) node = json_from_string (routine->str, NULL);

    stride_store_put (writer, STRIDE_COLLECTION_ROUTINES, json_node_get_object (node));
  }
  stride_store_put (writer, STRIDE_COLLECTION_SESSIONS, z);
  /* Saved twice: the backup is the whole file */
  g_assert_no_error (flush (writer));
  stride_store_put (writer, STRIDE_COLLECTION_SESSIONS, a);
  g_assert_no_error (flush (writer));
  g_clear_object (&writer);
  g_assert_true (g_file_get_contents (fixture->path, &whole, &whole_length, NULL));
  backup = read_file (fixture->backup);

  /* Cut in the middle of the routine's exercises */
  {
    const char *items = strstr (whole, "\"items\"");

    g_assert_nonnull (items);
    cut = g_strndup (whole, (items - whole) + 200);
  }
  write_file (fixture->path, cut, -1);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 1);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_ROUTINES, "long"));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "a"));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "z"));

  g_assert_no_error (flush (store));
  {
    g_autofree char *backup_now = read_file (fixture->backup);

    g_assert_cmpstr (backup_now, ==, backup);
  }
}

/* An export damaged the same way brings what reads, and keeps the rest
 * aside; asking first tells the same */
static void
test_store_salvage_import (Fixture       *fixture,
                           gconstpointer  data)
{
  const SalvageInput *input = &salvage_inputs[0];
  g_autofree char *text = make_salvage_file (input);
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(GError) error = NULL;
  StrideImportSummary summary;
  guint n_new = 0;

  g_assert_true (stride_store_preview_import (store, text, strlen (text), &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.added, ==, 4);

  g_assert_true (stride_store_import_json (store, text, strlen (text), &n_new, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_new, ==, 4);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "c"));
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 1);
  g_assert_cmpstr (stride_document_get_unreadable (stride_store_get_document (store), 0, NULL), ==, input->damaged);
}

static StrideDocument *
document_from (const char *text)
{
  g_autoptr(GError) error = NULL;
  StrideDocument *document = stride_document_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  return document;
}

/* The record "x" as the file had it: from its opening brace to the end
 * of the list it is the last one of */
static char *
dup_record_text (const char *file,
                 gsize       length)
{
  const char *start = strstr (file, "{\"id\": \"x\"");

  g_assert_nonnull (start);
  g_assert_true (length > 2 && memcmp (file + length - 2, "]}", 2) == 0);
  return g_strndup (start, file + length - 2 - start);
}

/* One damaged record hides nothing else: the file loads with the rest,
 * and the bad record is kept, byte for byte, until the user drops it */
static void
test_store_bad_record (Fixture       *fixture,
                       gconstpointer  data)
{
  const CorruptInput *input = data;
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) later = new_session ("later", 9);
  g_autofree char *corrupt = NULL;
  g_autofree char *record = NULL;
  gsize corrupt_length;

  corrupt = input->entry != NULL ? make_session_with_entry (input->entry, &corrupt_length) : input->make (&corrupt_length);
  record = dup_record_text (corrupt, corrupt_length);
  write_file (fixture->path, corrupt, corrupt_length);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  g_assert_null (stride_store_get_aside_path (store));
  g_assert_null (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "x"));
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 1);
  {
    g_autofree char *description = stride_store_describe_unreadable (store, 0);

    g_test_message ("%s: %s", input->name, description);
    g_assert_cmpstr (description, ==, "A session of 1 November 2026");
  }

  /* Saved with the rest, exactly as it was, and read back the same */
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, later);
  g_assert_no_error (flush (store));
  assert_matches_schema (fixture->path);
  {
    g_autoptr(StrideDocument) saved = parse_file (fixture->path);
    StrideCollection collection;

    g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "later"));
    g_assert_cmpuint (stride_document_get_n_unreadable (saved), ==, 1);
    g_assert_cmpstr (stride_document_get_unreadable (saved, 0, &collection), ==, record);
    g_assert_cmpint (collection, ==, STRIDE_COLLECTION_SESSIONS);
  }
  g_clear_object (&store);

  /* Another start finds it once, not twice; dropping it is for good */
  store = load_store (fixture->path);
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 1);
  stride_store_drop_unreadable (store);
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 0);
  g_assert_no_error (flush (store));
  g_clear_object (&store);
  store = load_store (fixture->path);
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 0);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "later"));
}

/* A hundred good sessions and one with an effort of 11, a result of a
 * test Stride does not have and a routine without a name: every good
 * record is shown, the three bad ones kept and counted. The same file
 * imported elsewhere brings the good ones and reports the bad ones. */
static void
test_store_bad_records_among_many (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("{\"version\": 2, \"sessions\": [");
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(StrideStore) target = NULL;
  g_autofree char *other_path = g_build_filename (fixture->dir, "other", "progress.json", NULL);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  guint n_new = 0;

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *id = g_strdup_printf ("good-%u", i);

      append_session_text (text, id, "");
    }
  append_session_text (text, "too-hard", ", \"effort\": 11");
  for (guint i = 50; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("good-%u", i);

      append_session_text (text, id, "");
    }
  g_string_append (text, "], \"results\": [{\"id\": \"r\", \"modified\": \"2026-10-01T10:00:00Z\","
                   " \"test\": \"plank-test\", \"taken\": \"2026-10-01T09:00:00Z\"}],"
                   " \"routines\": [{\"id\": \"nameless\", \"modified\": \"2026-10-01T10:00:00Z\","
                   " \"items\": [{\"exercise\": \"squat\", \"sets\": 2, \"reps\": 10}]}]}");
  write_file (fixture->path, text->str, text->len);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);
  g_assert_cmpuint (sessions->len, ==, 100);
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 3);
  {
    g_autofree char *session = stride_store_describe_unreadable (store, 0);
    g_autofree char *result = stride_store_describe_unreadable (store, 1);
    g_autofree char *routine = stride_store_describe_unreadable (store, 2);

    g_assert_cmpstr (session, ==, "A session of 1 October 2026");
    g_assert_cmpstr (result, ==, "A self-test result of 1 October 2026");
    g_assert_cmpstr (routine, ==, "A routine without a name");
  }
  /* The file itself is left as it was until something is saved */
  {
    g_autofree char *now = read_file (fixture->path);

    g_assert_cmpstr (now, ==, text->str);
  }

  target = load_store (other_path);
  g_assert_true (stride_store_import_json (target, text->str, text->len, &n_new, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_new, ==, 100);
  g_assert_cmpuint (stride_store_get_n_unreadable (target), ==, 3);
  g_assert_null (stride_store_lookup (target, STRIDE_COLLECTION_SESSIONS, "too-hard"));
  g_assert_no_error (flush (target));
  assert_matches_schema (other_path);

  /* An old copy of the file with a damaged copy of a session the user
   * has whole: nothing new, and nothing said to be damaged in the user's
   * own progress */
  {
    g_autoptr(GString) old_copy = g_string_new ("{\"version\": 2, \"sessions\": [");
    g_autoptr(StrideStore) mine = NULL;
    g_autofree char *mine_path = g_build_filename (fixture->dir, "mine", "progress.json", NULL);

    append_session_text (old_copy, "good-7", ", \"effort\": 11");
    g_string_append (old_copy, "]}");
    mine = load_store (mine_path);
    g_assert_true (stride_store_import_json (mine, text->str, text->len, NULL, &error));
    g_assert_no_error (error);
    stride_store_drop_unreadable (mine);
    g_assert_cmpuint (stride_store_get_n_unreadable (mine), ==, 0);

    g_assert_true (stride_store_import_json (mine, old_copy->str, old_copy->len, &n_new, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_new, ==, 0);
    g_assert_cmpuint (stride_store_get_n_unreadable (mine), ==, 0);
    g_assert_nonnull (stride_store_lookup (mine, STRIDE_COLLECTION_SESSIONS, "good-7"));
  }
}

/* Values of the right type but not a real date, or from the future, or a
 * routine the editor would refuse: each kept aside, none listed */
static void
test_store_out_of_range (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct
  {
    const char *collection;
    const char *record;
  } bad[] = {
    { "sessions", "{\"id\": \"month-13\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-13-01T09:00:00Z\"}" },
    { "sessions", "{\"id\": \"day-32\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-01-32T09:00:00Z\"}" },
    { "sessions", "{\"id\": \"feb-30\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-02-30T09:00:00Z\"}" },
    { "sessions", "{\"id\": \"hour-25\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-10-01T25:00:00Z\"}" },
    { "sessions", "{\"id\": \"year-2999\", \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2999-10-01T09:00:00Z\"}" },
    { "sessions", "{\"id\": \"far-future-change\", \"modified\": \"2999-01-01T00:00:00Z\", \"started\": \"2026-10-01T09:00:00Z\"}" },
    { "results", "{\"id\": \"unknown-outcome\", \"modified\": \"2026-10-01T10:00:00Z\", \"test\": \"squat-test\", \"taken\": \"2026-10-01T09:00:00Z\", \"outcome\": \"superb\"}" },
    { "routines", "{\"id\": \"no-name\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \" \", \"items\": [{\"exercise\": \"squat\"}]}" },
    { "routines", "{\"id\": \"empty\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Empty\", \"items\": []}" },
    { "routines", "{\"id\": \"endless\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Endless\", \"items\": [{\"exercise\": \"squat\", \"sets\": 4294967295}]}" },
    { "routines", "{\"id\": \"huge-tempo\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Slow\", \"items\": [{\"exercise\": \"squat\", \"tempo\": [1e308, 1e308, 1e308]}]}" },
    { "routines", "{\"id\": \"word-tempo\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Words\", \"items\": [{\"exercise\": \"squat\", \"tempo\": [\"slow\", 1, 1]}]}" },
    { "routines", "{\"id\": \"not-an-exercise\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Plank\", \"items\": [{\"exercise\": \"plank\"}]}" },
    { "routines", "{\"id\": \"no-items\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Nothing\"}" },
  };
  const char *good_routine = "{\"id\": \"fine\", \"modified\": \"2026-10-01T10:00:00Z\", \"name\": \"Fine\", \"items\": [{\"exercise\": \"squat\"}]}";

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"version\": 2, \"routines\": [%s], \"%s\": [%s]}",
                                               g_str_equal (bad[i].collection, "routines") ? good_routine : "",
                                               bad[i].collection, bad[i].record);
      g_autoptr(StrideDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = json_from_string (bad[i].record, NULL);
      const char *id = json_object_get_string_member (json_node_get_object (node), "id");
      StrideCollection collection;

      g_test_message ("%s", id);
      /* "routines" twice: the last one counts, as for json-glib */
      document = stride_document_parse (text, strlen (text), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (stride_document_get_n_unreadable (document), ==, 1);
      g_assert_cmpstr (stride_document_get_unreadable (document, 0, &collection), ==, bad[i].record);
      if (g_str_equal (id, "month-13"))
        {
          g_autofree char *description = stride_document_describe_unreadable (document, 0);

          g_assert_cmpstr (description, ==, "A session of 2026-13-01T09:00:00Z");
        }
      g_assert_cmpstr (collection_names[collection], ==, bad[i].collection);
      g_assert_null (stride_document_lookup (document, collection, id));
    }

  /* A far-future change does not win a merge, since it is not taken in */
  {
    g_autoptr(StrideDocument) ours = document_from ("{\"version\": 2, \"sessions\": [{\"id\": \"s\","
                                                    " \"modified\": \"2026-10-01T10:00:00Z\", \"started\": \"2026-10-01T09:00:00Z\", \"effort\": 4}]}");
    g_autoptr(StrideDocument) theirs = document_from ("{\"version\": 2, \"sessions\": [{\"id\": \"s\","
                                                      " \"modified\": \"2999-10-01T10:00:00Z\", \"started\": \"2026-10-01T09:00:00Z\", \"effort\": 9}]}");

    stride_document_merge (ours, theirs, NULL);
    g_assert_cmpint (json_object_get_int_member (stride_document_lookup (ours, STRIDE_COLLECTION_SESSIONS, "s"), "effort"), ==, 4);
  }
}

/* Every control character a note can hold is written so that the file
 * reads back: json-glib 1.6 writes U+001F as it is, which JSON forbids
 * in a string, and the next start could not read the file */
static void
test_store_control_characters (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(JsonObject) session = new_session ("odd-note", 12);
  g_autoptr(GString) note = g_string_new ("before");
  g_autofree char *text = NULL;

  for (char c = 1; c < 0x20; c++)
    g_string_append_c (note, c);
  g_string_append (note, "\x7f after");
  json_object_set_string_member (session, "note", note->str);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  g_assert_no_error (flush (store));
  g_clear_object (&store);

  text = read_file (fixture->path);
  for (const char *p = text; *p != '\0'; p++)
    g_assert_cmpint ((guchar) *p, >=, 0x20);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "odd-note"), "note"),
                   ==, note->str);
}

/* Some editors write a byte-order mark first */
static void
test_store_byte_order_mark (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(StrideStore) store = NULL;

  write_file (fixture->path, "\xef\xbb\xbf{\"version\": 2, \"sessions\": [{\"id\": \"s\", \"modified\": \"2026-10-01T10:00:00Z\","
              " \"started\": \"2026-10-01T09:00:00Z\"}]}", -1);
  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "s"));
  g_assert_null (stride_store_get_aside_path (store));
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("Timed out waiting for the store");
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop until @store has saved @id into @path */
static void
wait_for_saved (StrideStore *store,
                const char  *path,
                const char  *id)
{
  guint timeout = g_timeout_add_seconds (30, timeout_cb, NULL);

  for (;;)
    {
      g_autofree char *contents = NULL;

      if (!stride_store_get_unsaved (store) && !stride_store_get_blocked (store)
          && g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, id) != NULL)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (timeout);
}

/* Root reads any file: take that away from this thread for a while, so
 * that a file without read permission is unreadable as for a user */
static void
set_file_access (gboolean allowed)
{
  struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct caps[2];
  guint32 bits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);

  if (geteuid () != 0)
    return;

  g_assert_cmpint (syscall (SYS_capget, &header, caps), ==, 0);
  if (allowed)
    caps[0].effective |= bits & caps[0].permitted;
  else
    caps[0].effective &= ~bits;
  g_assert_cmpint (syscall (SYS_capset, &header, caps), ==, 0);
}

/* A file that is there but may not be read is not damaged: it stays
 * where it is, nothing is saved over it, and once it can be read what was
 * recorded meanwhile joins it */
static void
test_store_permission_denied (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(StrideStore) writer = load_store (fixture->path);
  g_autoptr(StrideStore) store = stride_store_new (fixture->path);
  g_autoptr(JsonObject) old = new_session ("old", 12);
  g_autoptr(JsonObject) meanwhile = new_session ("meanwhile", 8);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  stride_store_put (writer, STRIDE_COLLECTION_SESSIONS, old);
  g_assert_no_error (flush (writer));
  g_clear_object (&writer);
  before = read_file (fixture->path);

  g_assert_cmpint (g_chmod (fixture->path, 0), ==, 0);
  set_file_access (FALSE);
  g_assert_true (stride_store_load (store, NULL));
  set_file_access (TRUE);

  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_UNREADABLE);
  g_assert_true (stride_store_get_blocked (store));
  g_assert_null (stride_store_get_aside_path (store));
  g_assert_nonnull (stride_store_get_load_error (store));
  g_test_message ("%s", stride_store_get_load_error (store)->message);

  /* Saves are refused, saying why, and the file is untouched */
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, meanwhile);
  error = flush (store);
  g_assert_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CANNOT_SAVE);
  g_test_message ("%s", error->message);
  g_assert_true (stride_store_get_unsaved (store));
  g_assert_cmpint (g_chmod (fixture->path, 0600), ==, 0);
  after = read_file (fixture->path);
  g_assert_cmpstr (after, ==, before);

  /* Readable again: both sessions end up in the file */
  wait_for_saved (store, fixture->path, "\"meanwhile\"");
  g_assert_false (stride_store_get_blocked (store));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "old"));
  {
    g_autoptr(StrideDocument) saved = parse_file (fixture->path);

    g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "old"));
    g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "meanwhile"));
  }
}

/* A folder where the file should be cannot be read either, even by root */
static void
test_store_not_a_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) session = new_session ("s", 12);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (fixture->path, 0700), ==, 0);
  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_UNREADABLE);
  g_assert_null (stride_store_get_aside_path (store));
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  error = flush (store);
  g_assert_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CANNOT_SAVE);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
}

/* A newer Stride's file is left for it, and not saved over */
static void
test_store_newer_version (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *newer = "{\"version\": 3, \"sessions\": [], \"laps\": []}";
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) session = new_session ("recorded", 12);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  write_file (fixture->path, newer, -1);
  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_NEWER_VERSION);
  g_assert_error (stride_store_get_load_error (store), STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_NEWER_VERSION);
  g_assert_null (stride_store_get_aside_path (store));

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  error = flush (store);
  g_assert_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CANNOT_SAVE);
  g_assert_nonnull (strstr (error->message, "newer version"));
  after = read_file (fixture->path);
  g_assert_cmpstr (after, ==, newer);

  /* Back to a layout this version reads: what was recorded is saved */
  write_file (fixture->path, "{\"version\": 2, \"sessions\": []}", -1);
  wait_for_saved (store, fixture->path, "\"recorded\"");
}

/* A progress file that is a link into a synced folder stays a link: the
 * file in the folder is replaced, with its backup beside it */
static void
test_store_symlink (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *sync = g_build_filename (fixture->dir, "Sync", NULL);
  g_autofree char *target = g_build_filename (sync, "stride.json", NULL);
  g_autofree char *data_dir = g_path_get_dirname (fixture->path);
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) first = new_session ("first", 12);
  g_autoptr(JsonObject) second = new_session ("second", 12);
  g_autofree char *link = NULL;

  g_assert_cmpint (g_mkdir_with_parents (sync, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  write_file (target, "{\"version\": 2, \"sessions\": []}", -1);
  g_assert_cmpint (symlink ("../Sync/stride.json", fixture->path), ==, 0);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, first);
  g_assert_no_error (flush (store));
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, second);
  g_assert_no_error (flush (store));

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
  link = g_file_read_link (fixture->path, NULL);
  g_assert_cmpstr (link, ==, "../Sync/stride.json");
  {
    g_autoptr(StrideDocument) saved = parse_file (target);
    g_autofree char *target_backup = g_strconcat (target, ".bak", NULL);
    g_autoptr(StrideDocument) backup = parse_file (target_backup);

    g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "second"));
    g_assert_nonnull (stride_document_lookup (backup, STRIDE_COLLECTION_SESSIONS, "first"));
    g_assert_false (g_file_test (fixture->backup, G_FILE_TEST_EXISTS));
  }

  /* A change synced into the folder is noticed through the link */
  {
    g_autoptr(StrideDocument) theirs = parse_file (target);
    g_autoptr(JsonObject) phone = new_session ("from-phone", 10);
    g_autofree char *text = NULL;
    guint timeout = g_timeout_add_seconds (30, timeout_cb, NULL);

    json_object_set_string_member (phone, "modified", "2026-11-20T19:00:00Z");
    stride_document_put (theirs, STRIDE_COLLECTION_SESSIONS, phone);
    text = stride_document_serialize (theirs, NULL);
    write_file (target, text, -1);
    while (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "from-phone") == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (timeout);
  }
}

/* A link to a file that is not there (a sync folder not mounted) is not
 * damaged: the link stays, nothing is saved, and the user is told */
static void
test_store_dangling_symlink (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *sync = g_build_filename (fixture->dir, "Sync", NULL);
  g_autofree char *target = g_build_filename (sync, "stride.json", NULL);
  g_autofree char *data_dir = g_path_get_dirname (fixture->path);
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) session = new_session ("recorded", 12);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  g_assert_cmpint (symlink (target, fixture->path), ==, 0);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_UNREADABLE);
  g_assert_error (stride_store_get_load_error (store), STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_MISSING_TARGET);
  g_assert_nonnull (strstr (stride_store_get_load_error (store)->message, target));
  g_assert_null (stride_store_get_aside_path (store));

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  error = flush (store);
  g_assert_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CANNOT_SAVE);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
  g_assert_false (g_file_test (sync, G_FILE_TEST_EXISTS));

  /* The folder is back: the session goes into the file the link leads to */
  g_assert_cmpint (g_mkdir_with_parents (sync, 0700), ==, 0);
  wait_for_saved (store, target, "\"recorded\"");
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
}

static void
make_old_file (const char *path,
               gint64      age)
{
  struct utimbuf times;

  write_file (path, "partial", -1);
  times.actime = times.modtime = g_get_real_time () / G_USEC_PER_SEC - age;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* Saves cut short leave temporary files; the next start removes them,
 * but not one a running save may still be writing, nor anything else */
static void
test_store_leftover_temporaries (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *data_dir = g_path_get_dirname (fixture->path);
  g_autofree char *fresh = g_strconcat (fixture->path, ".Fr3sh1", NULL);
  g_autofree char *aside = g_strconcat (fixture->path, ".corrupt-20261201-101010", NULL);
  g_autofree char *other = g_build_filename (data_dir, "notes.json.Ab12Cd", NULL);
  g_autofree char *longer = g_strconcat (fixture->path, ".Ab12Cd3", NULL);
  g_autofree char *link = g_strconcat (fixture->path, ".Lnk123", NULL);
  g_autofree char *keep = g_build_filename (fixture->dir, "keep.txt", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(StrideStore) store = NULL;
  const char *name;
  guint n_left = 0;

  write_file (fixture->path, "{\"version\": 2}", -1);
  for (guint i = 0; i < 51; i++)
    {
      g_autofree char *temp = g_strdup_printf ("%s%s.t%05u", fixture->path, i % 2 ? ".bak" : "", i);

      make_old_file (temp, 3600 + i);
    }
  make_old_file (fresh, 5);
  make_old_file (aside, 3600);
  make_old_file (other, 3600);
  make_old_file (longer, 3600);
  write_file (keep, "mine", -1);
  g_assert_cmpint (symlink (keep, link), ==, 0);

  store = load_store (fixture->path);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_LOADED);

  dir = g_dir_open (data_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_test_message ("left: %s", name);
      n_left++;
    }
  /* progress.json, the fresh one, the one kept aside, the other app's,
   * the longer name and the link */
  g_assert_cmpuint (n_left, ==, 6);
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (longer, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (keep, G_FILE_TEST_EXISTS));
}

static void
test_store_merge (void)
{
  g_autoptr(StrideDocument) ours = document_from (
    "{\"version\": 1, \"sessions\": ["
    " {\"id\": \"both\", \"modified\": \"2026-11-02T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\", \"note\": \"ours, newer\"},"
    " {\"id\": \"older-here\", \"modified\": \"2026-11-01T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\", \"note\": \"ours, older\"},"
    " {\"id\": \"only-ours\", \"modified\": \"2026-11-01T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\"},"
    " {\"id\": \"deleted-there\", \"modified\": \"2026-11-01T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\"},"
    " {\"id\": \"edited-after-delete\", \"modified\": \"2026-11-05T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\"}]}");
  g_autoptr(StrideDocument) theirs = document_from (
    "{\"version\": 1, \"sessions\": ["
    " {\"id\": \"both\", \"modified\": \"2026-11-01T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\", \"note\": \"theirs, older\"},"
    " {\"id\": \"older-here\", \"modified\": \"2026-11-03T10:00:00+02:00\", \"started\": \"2026-11-01T09:00:00Z\", \"note\": \"theirs, newer\"},"
    " {\"id\": \"only-theirs\", \"modified\": \"2026-11-01T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\"}],"
    " \"deleted\": ["
    " {\"id\": \"deleted-there\", \"collection\": \"sessions\", \"modified\": \"2026-11-02T10:00:00Z\"},"
    " {\"id\": \"edited-after-delete\", \"collection\": \"sessions\", \"modified\": \"2026-11-02T10:00:00Z\"}]}");
  g_autoptr(StrideDocument) same = document_from (
    "{\"version\": 1, \"sessions\": ["
    " {\"id\": \"only-ours\", \"modified\": \"2026-11-01T10:00:00Z\", \"started\": \"2026-11-01T09:00:00Z\"}]}");

  g_assert_true (stride_document_merge (ours, theirs, NULL));

  g_assert_cmpstr (json_object_get_string_member (stride_document_lookup (ours, STRIDE_COLLECTION_SESSIONS, "both"), "note"),
                   ==, "ours, newer");
  g_assert_cmpstr (json_object_get_string_member (stride_document_lookup (ours, STRIDE_COLLECTION_SESSIONS, "older-here"), "note"),
                   ==, "theirs, newer");
  g_assert_nonnull (stride_document_lookup (ours, STRIDE_COLLECTION_SESSIONS, "only-ours"));
  g_assert_nonnull (stride_document_lookup (ours, STRIDE_COLLECTION_SESSIONS, "only-theirs"));
  g_assert_null (stride_document_lookup (ours, STRIDE_COLLECTION_SESSIONS, "deleted-there"));
  /* An edit made after the deletion elsewhere is kept */
  g_assert_nonnull (stride_document_lookup (ours, STRIDE_COLLECTION_SESSIONS, "edited-after-delete"));
  g_assert_cmpuint (stride_document_get_n_records (ours, STRIDE_COLLECTION_SESSIONS), ==, 5);

  /* Merging what is already there changes nothing */
  g_assert_false (stride_document_merge (ours, same, NULL));
  g_assert_false (stride_document_merge (ours, theirs, NULL));
}

static gboolean
has_session (gpointer user_data)
{
  gpointer *args = user_data;

  return stride_store_lookup (args[0], STRIDE_COLLECTION_SESSIONS, args[1]) != NULL;
}

static gboolean
timed_out (gpointer user_data)
{
  g_error ("Timed out waiting for the store");
  return G_SOURCE_REMOVE;
}

static void
wait_until (gboolean (*condition) (gpointer),
            gpointer   user_data)
{
  guint timeout = g_timeout_add_seconds (10, timed_out, NULL);

  while (!condition (user_data))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

static gboolean
has_changed (gpointer changes)
{
  return *(guint *) changes > 0;
}

/* Another computer's copy, synced into place with a rename */
static void
sync_in (const char *path,
         const char *contents,
         gsize       length)
{
  g_autofree char *temporary = g_strconcat (path, ".sync", NULL);

  write_file (temporary, contents, length);
  g_assert_cmpint (g_rename (temporary, path), ==, 0);
}

static void
test_store_external_change (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(JsonObject) ours = new_session ("ours", 12);
  g_autoptr(StrideDocument) external = NULL;
  g_autoptr(StrideDocument) saved = NULL;
  g_autoptr(JsonObject) theirs = new_session ("theirs", 15);
  g_autofree char *serialized = NULL;
  g_autofree char *text = NULL;
  gsize length;
  gpointer args[2] = { store, (gpointer) "theirs" };

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, ours);
  g_assert_no_error (flush (store));

  /* A synced folder replaces the file with a copy from another machine
   * that has a session we do not have, and not ours */
  external = stride_document_new ();
  json_object_set_string_member (theirs, "modified", "2026-11-24T10:00:00Z");
  stride_document_put (external, STRIDE_COLLECTION_SESSIONS, theirs);
  serialized = stride_document_serialize (external, &length);
  /* With a member only a newer Stride knows, written by the other copy */
  text = g_strconcat ("{\"plans\": [\"later\"], ", serialized + 1, NULL);
  sync_in (fixture->path, text, strlen (text));

  wait_until (has_session, args);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "ours"));

  /* The union goes back to disk instead of either side being lost */
  g_assert_no_error (flush (store));
  saved = parse_file (fixture->path);
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "ours"));
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "theirs"));
  g_free (text);
  text = read_file (fixture->path);
  g_assert_nonnull (strstr (text, "\"plans\":[\"later\"]"));

  /* A copy that already holds everything, laid out by another program:
   * merged, and left as it is */
  {
    g_autoptr(JsonNode) root = json_from_string (text, NULL);
    g_autoptr(JsonGenerator) generator = json_generator_new ();
    g_autofree char *pretty = NULL;
    g_autofree char *after = NULL;
    guint changes = 0;
    gulong handler = g_signal_connect_swapped (store, "changed", G_CALLBACK (count_change), &changes);

    json_generator_set_root (generator, root);
    json_generator_set_pretty (generator, TRUE);
    pretty = json_generator_to_data (generator, NULL);
    sync_in (fixture->path, pretty, strlen (pretty));
    wait_until (has_changed, &changes);
    g_signal_handler_disconnect (store, handler);

    g_assert_false (stride_store_get_unsaved (store));
    after = read_file (fixture->path);
    g_assert_cmpstr (after, ==, pretty);
  }
}

/* A save right after another program wrote the file, before the change
 * was noticed, as when the app quits at that moment: the other copy is
 * merged first, not overwritten */
static void
test_store_save_after_external_change (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(JsonObject) first = new_session ("first", 12);
  g_autoptr(JsonObject) theirs = new_session ("theirs", 15);
  g_autoptr(JsonObject) later = new_session ("later", 9);
  g_autoptr(StrideDocument) external = stride_document_new ();
  g_autoptr(StrideDocument) saved = NULL;
  g_autofree char *text = NULL;
  gsize length;

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, first);
  g_assert_no_error (flush (store));

  json_object_set_string_member (theirs, "modified", "2026-11-24T10:00:00Z");
  stride_document_put (external, STRIDE_COLLECTION_SESSIONS, theirs);
  text = stride_document_serialize (external, &length);
  sync_in (fixture->path, text, length);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, later);
  g_assert_no_error (flush (store));

  saved = parse_file (fixture->path);
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "first"));
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "theirs"));
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "later"));
  g_assert_null (stride_store_get_save_error (store));
}

static gboolean
has_aside_path (gpointer store)
{
  return stride_store_get_aside_path (store) != NULL;
}

/* A damaged copy synced in while the app runs is kept aside, and the
 * progress the app holds is written back */
static void
test_store_external_damage (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char damaged[] = "{\"version\": 2, \"sessions\": [{\"id\": ";
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(JsonObject) ours = new_session ("ours", 12);
  g_autoptr(StrideDocument) saved = NULL;
  g_autofree char *kept = NULL;
  gsize kept_length;

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, ours);
  g_assert_no_error (flush (store));

  sync_in (fixture->path, damaged, strlen (damaged));
  wait_until (has_aside_path, store);

  g_assert_true (g_file_get_contents (stride_store_get_aside_path (store), &kept, &kept_length, NULL));
  g_assert_cmpmem (kept, kept_length, damaged, strlen (damaged));
  g_assert_no_error (flush (store));
  saved = parse_file (fixture->path);
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "ours"));
}

/* A writer killed at any moment leaves either the old or the new file */
static void
test_store_atomic_kill (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(StrideDocument) document_a = stride_document_new ();
  g_autoptr(StrideDocument) document_b = stride_document_new ();
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  g_autoptr(GBytes) bytes_a = NULL;
  g_autoptr(GBytes) bytes_b = NULL;
  gsize length_a, length_b;
  guint kills = 0;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("session-%u", i);
      g_autoptr(JsonObject) session = new_session (id, i % 20);

      json_object_set_string_member (session, "modified", "2026-11-01T10:00:00Z");
      stride_document_put (i % 2 ? document_b : document_a, STRIDE_COLLECTION_SESSIONS, session);
    }
  text_a = stride_document_serialize (document_a, &length_a);
  text_b = stride_document_serialize (document_b, &length_b);
  bytes_a = g_bytes_new_static (text_a, length_a);
  bytes_b = g_bytes_new_static (text_b, length_b);
  g_assert_true (stride_store_file_write (fixture->path, bytes_a, NULL, NULL, NULL));

  for (guint round = 0; round < 40; round++)
    {
      g_autofree char *contents = NULL;
      gsize length;
      pid_t child = fork ();

      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          for (guint n = 0;; n++)
            stride_store_file_write (fixture->path, n % 2 ? bytes_a : bytes_b, n % 2 ? bytes_b : bytes_a,
                                     n % 2 ? bytes_b : bytes_a, NULL);
        }

      g_usleep (g_random_int_range (2000, 40000));
      kill (child, SIGKILL);
      waitpid (child, NULL, 0);
      kills++;

      g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
      g_assert_true ((length == length_a && memcmp (contents, text_a, length) == 0)
                     || (length == length_b && memcmp (contents, text_b, length) == 0));
    }

  g_test_message ("Killed the writer %u times; the file was always whole", kills);
}

static void
test_store_unwritable (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) session = new_session ("precious", 15);
  g_autoptr(StrideDocument) saved = NULL;
  GError *error;

  /* A file where the folder should be makes the folder unwritable even
   * for root, which ignores permissions */
  write_file (folder, "", -1);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_REGULAR));
  store = load_store (fixture->path);

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  error = flush (store);
  g_assert_nonnull (error);
  g_test_message ("Save failed as expected: %s", error->message);
  g_clear_error (&error);

  /* The session stays in memory and the store says why it is unsaved */
  g_assert_nonnull (stride_store_get_save_error (store));
  g_assert_true (stride_store_get_unsaved (store));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "precious"));

  /* Once the folder can be written, the session reaches the disk */
  g_assert_cmpint (g_remove (folder), ==, 0);
  error = flush (store);
  g_assert_no_error (error);
  g_assert_null (stride_store_get_save_error (store));
  saved = parse_file (fixture->path);
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "precious"));
}

static guint
count_records (StrideStore      *store,
               StrideCollection  collection)
{
  g_autoptr(GPtrArray) records = stride_store_list (store, collection);

  return records->len;
}

/* Drops the store as quitting does, once work in flight (a save, a
 * reread of the file) lets go of it */
static void
on_store_gone (gpointer  data,
               GObject  *where_the_object_was)
{
  /* The last reference may be a worker thread's, done with its task */
  g_atomic_int_set ((int *) data, TRUE);
  g_main_context_wakeup (NULL);
}

static void
quit_store (StrideStore **store)
{
  int gone = FALSE;

  g_object_weak_ref (G_OBJECT (*store), on_store_gone, &gone);
  g_clear_object (store);
  while (!g_atomic_int_get (&gone))
    g_main_context_iteration (NULL, TRUE);
}

/* Quitting, or crashing, while the folder cannot be written: the session
 * is in the recovery journal, and back at the next start, once */
static void
test_store_unwritable_quit (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *journal = dup_journal_path (fixture->path, "state");
  g_autofree char *away = g_strconcat (folder, ".away", NULL);
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) kept = new_session ("kept", 12);
  g_autoptr(JsonObject) precious = new_session ("precious", 15);
  g_autoptr(StrideDocument) saved = NULL;
  GError *error;

  store = load_store (fixture->path);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, kept);
  error = flush (store);
  g_assert_no_error (error);
  g_assert_null (stride_store_get_recovery_path (store));

  /* The folder becomes unwritable: a file where it was */
  g_assert_cmpint (g_rename (folder, away), ==, 0);
  write_file (folder, "", -1);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, precious);
  error = flush (store);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpstr (stride_store_get_recovery_path (store), ==, journal);
  g_assert_true (g_file_test (journal, G_FILE_TEST_IS_REGULAR));

  /* Quit (or a crash): all the app had is gone from memory */
  quit_store (&store);

  /* The folder can be written again; the next start has the session */
  g_assert_cmpint (g_remove (folder), ==, 0);
  g_assert_cmpint (g_rename (away, folder), ==, 0);
  store = load_store (fixture->path);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "precious"));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "kept"));
  g_assert_cmpuint (count_records (store, STRIDE_COLLECTION_SESSIONS), ==, 2);
  g_assert_cmpuint (stride_store_get_n_recovered (store), ==, 1);

  /* Saved into the file, the journal goes; the start after has it once */
  g_assert_true (stride_store_get_unsaved (store));
  error = flush (store);
  g_assert_no_error (error);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  saved = parse_file (fixture->path);
  g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "precious"));
  quit_store (&store);

  store = load_store (fixture->path);
  g_assert_cmpuint (count_records (store, STRIDE_COLLECTION_SESSIONS), ==, 2);
  g_assert_cmpuint (stride_store_get_n_recovered (store), ==, 0);
  g_assert_false (stride_store_get_unsaved (store));
}

/* Quitting while the file is one Stride leaves alone (a newer version's):
 * what was recorded is not saved over it, yet is in the recovery journal,
 * and saved at the first start that can read the file */
static void
test_store_blocked_quit (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *newer = "{\"version\": 3, \"sessions\": []}";
  g_autofree char *journal = dup_journal_path (fixture->path, "state");
  g_autoptr(StrideStore) store = NULL;
  g_autoptr(JsonObject) precious = new_session ("precious", 15);
  g_autofree char *after = NULL;
  GError *error;

  write_file (fixture->path, newer, -1);
  store = load_store (fixture->path);
  g_assert_true (stride_store_get_blocked (store));
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, precious);
  error = flush (store);
  g_assert_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  g_assert_cmpstr (stride_store_get_recovery_path (store), ==, journal);
  after = read_file (fixture->path);
  g_assert_cmpstr (after, ==, newer);
  quit_store (&store);

  /* Still the newer file: the session is shown, and still not written */
  store = load_store (fixture->path);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "precious"));
  error = flush (store);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_test (journal, G_FILE_TEST_IS_REGULAR));
  quit_store (&store);

  /* A file this version reads: saved into it, and the journal goes */
  write_file (fixture->path, "{\"version\": 2, \"sessions\": []}", -1);
  store = load_store (fixture->path);
  g_assert_cmpuint (stride_store_get_n_recovered (store), ==, 1);
  g_assert_no_error (flush (store));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  {
    g_autoptr(StrideDocument) saved = parse_file (fixture->path);

    g_assert_nonnull (stride_document_lookup (saved, STRIDE_COLLECTION_SESSIONS, "precious"));
  }
}

static gboolean
write_to_full_disk (const char  *path,
                    GBytes      *contents,
                    GBytes      *previous,
                    GBytes      *backup,
                    GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "%s", g_strerror (ENOSPC));
  return FALSE;
}

/* A full disk, and the journal's first folder failing with it: the
 * journal goes to the second; the next start merges it */
static void
test_store_full_disk (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *state = dup_journal_path (fixture->path, "state");
  g_autofree char *cache = dup_journal_path (fixture->path, "cache");
  g_autofree char *state_folder = g_path_get_dirname (state);
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(JsonObject) session = new_session ("on-full-disk", 9);
  GError *error;

  write_file (state_folder, "", -1);
  stride_store_set_writer (store, write_to_full_disk);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  error = flush (store);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_cmpstr (stride_store_get_recovery_path (store), ==, cache);
  quit_store (&store);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  store = load_store (fixture->path);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "on-full-disk"));
  error = flush (store);
  g_assert_no_error (error);
  g_assert_false (g_file_test (cache, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
}

/* Neither the folder nor either journal folder takes anything: the store
 * says so (no recovery path), and keeps the session in memory */
static void
test_store_nowhere_to_save (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *state = dup_journal_path (fixture->path, "state");
  g_autofree char *cache = dup_journal_path (fixture->path, "cache");
  g_autofree char *state_folder = g_path_get_dirname (state);
  g_autofree char *cache_folder = g_path_get_dirname (cache);
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(JsonObject) session = new_session ("in-memory", 9);
  GError *error;

  write_file (state_folder, "", -1);
  write_file (cache_folder, "", -1);
  stride_store_set_writer (store, write_to_full_disk);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  error = flush (store);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (stride_store_get_recovery_path (store));
  g_assert_true (stride_store_get_unsaved (store));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "in-memory"));
}

/* An export from a copy where records were deleted removes them here:
 * the preview says so, and changes nothing */
static void
test_store_import_preview (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(StrideStore) source = load_store (fixture->path);
  g_autofree char *other_path = g_build_filename (fixture->dir, "other", "progress.json", NULL);
  g_autoptr(StrideStore) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  StrideImportSummary summary;
  gsize length;
  guint n_new;

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);
      g_autoptr(JsonObject) session = new_session (id, 10 + i);

      stride_store_put (source, STRIDE_COLLECTION_SESSIONS, session);
    }
  exported = stride_store_export_json (source, &length);
  target = load_store (other_path);
  g_assert_true (stride_store_import_json (target, exported, length, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&exported, g_free);

  /* Later, on the first computer: two deleted, one corrected, one added */
  g_usleep (1100 * 1000);
  stride_store_remove (source, STRIDE_COLLECTION_SESSIONS, "s0");
  stride_store_remove (source, STRIDE_COLLECTION_SESSIONS, "s1");
  {
    g_autoptr(JsonObject) corrected = new_session ("s2", 3);
    g_autoptr(JsonObject) added = new_session ("s9", 3);

    stride_store_put (source, STRIDE_COLLECTION_SESSIONS, corrected);
    stride_store_put (source, STRIDE_COLLECTION_SESSIONS, added);
  }
  exported = stride_store_export_json (source, &length);

  before = stride_store_export_json (target, NULL);
  g_assert_true (stride_store_preview_import (target, exported, length, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.added, ==, 1);
  g_assert_cmpuint (summary.changed, ==, 1);
  g_assert_cmpuint (summary.removed, ==, 2);
  after = stride_store_export_json (target, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_nonnull (stride_store_lookup (target, STRIDE_COLLECTION_SESSIONS, "s0"));

  /* What the preview said is what the import does */
  g_assert_true (stride_store_import_json (target, exported, length, &n_new, &error));
  g_assert_null (stride_store_lookup (target, STRIDE_COLLECTION_SESSIONS, "s0"));
  g_assert_null (stride_store_lookup (target, STRIDE_COLLECTION_SESSIONS, "s1"));
  g_assert_nonnull (stride_store_lookup (target, STRIDE_COLLECTION_SESSIONS, "s9"));
  g_assert_cmpuint (count_records (target, STRIDE_COLLECTION_SESSIONS), ==, 3);

  /* Imported again: nothing to add, change or remove */
  g_assert_true (stride_store_preview_import (target, exported, length, &summary, &error));
  g_assert_cmpuint (summary.added + summary.changed + summary.removed, ==, 0);
}

static void
test_store_export_import (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(StrideStore) source = load_store (fixture->path);
  g_autofree char *other_path = g_build_filename (fixture->dir, "other", "progress.json", NULL);
  g_autoptr(StrideStore) target = load_store (other_path);
  g_autoptr(JsonObject) result = new_result ("r");
  g_autoptr(JsonObject) local = new_session ("only-local", 3);
  g_autofree char *exported = NULL;
  g_autoptr(GError) error = NULL;
  guint n_new = 99;
  gsize length;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);
      g_autoptr(JsonObject) session = new_session (id, 10 + i);

      stride_store_put (source, STRIDE_COLLECTION_SESSIONS, session);
    }
  stride_store_put (source, STRIDE_COLLECTION_RESULTS, result);
  stride_store_put (target, STRIDE_COLLECTION_SESSIONS, local);
  exported = stride_store_export_json (source, &length);

  g_assert_true (stride_store_import_json (target, exported, length, &n_new, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_new, ==, 4);
  g_assert_nonnull (stride_store_lookup (target, STRIDE_COLLECTION_SESSIONS, "s2"));
  g_assert_nonnull (stride_store_lookup (target, STRIDE_COLLECTION_RESULTS, "r"));
  g_assert_nonnull (stride_store_lookup (target, STRIDE_COLLECTION_SESSIONS, "only-local"));

  /* Importing the same export again adds nothing */
  g_assert_true (stride_store_import_json (target, exported, length, &n_new, &error));
  g_assert_cmpuint (n_new, ==, 0);
  {
    g_autoptr(GPtrArray) sessions = stride_store_list (target, STRIDE_COLLECTION_SESSIONS);

    g_assert_cmpuint (sessions->len, ==, 4);
  }

  /* A file that is not an export is refused and changes nothing */
  {
    const char *bad[] = { "", "not json", "{\"version\": 7}", "[1, 2, 3]",
                          "{\"version\": 1, \"sessions\": {\"id\": 5}}" };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GError) bad_error = NULL;
        g_autofree char *before = stride_store_export_json (target, NULL);
        g_autofree char *after = NULL;

        g_assert_false (stride_store_import_json (target, bad[i], strlen (bad[i]), NULL, &bad_error));
        g_assert_error (bad_error, STRIDE_STORE_ERROR, bad_error->code);
        after = stride_store_export_json (target, NULL);
        g_assert_cmpstr (before, ==, after);
      }
  }

  g_assert_no_error (flush (target));
  assert_matches_schema (other_path);
}

static void
test_store_csv (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(StrideStore) store = load_store (fixture->path);
  g_autoptr(JsonObject) later = new_session ("later", 11);
  g_autoptr(JsonObject) earlier = new_session ("earlier", 7);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;

  json_object_set_string_member (later, "started", "2026-11-22T17:05:00Z");
  json_object_set_string_member (earlier, "started", "2026-11-20T08:00:00Z");
  json_object_set_string_member (earlier, "routine_name", "Quick 10 minutes");
  json_object_set_string_member (earlier, "note", "=SUM(A1:A9)");
  /* Stopped after 60 % of it: the export says so, as the history does */
  json_object_set_double_member (earlier, "completion", 0.6);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, later);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, earlier);
  /* Every text a spreadsheet would run, wherever it is: a routine's name
   * from an imported file, a pain area, a note */
  {
    const char *formulas[][3] = {
      { "=HYPERLINK(\"https://example.com\",\"Quick\")", "knee", "fine" },
      { "+1+1", "@SUM(1)", "-2+3" },
      { "\t=1", "\rknee", "@x" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
      {
        g_autofree char *id = g_strdup_printf ("formula-%u", i);
        g_autofree char *started = g_strdup_printf ("2026-11-2%uT10:00:00Z", 3 + i);
        g_autoptr(JsonObject) session = new_session (id, 5);
        JsonObject *pain = json_array_get_object_element (json_object_get_array_member (session, "pain"), 0);

        json_object_set_string_member (session, "started", started);
        json_object_set_string_member (session, "routine_name", formulas[i][0]);
        json_object_set_string_member (pain, "area", formulas[i][1]);
        json_object_remove_member (pain, "side");
        json_object_set_string_member (session, "note", formulas[i][2]);
        stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
      }
  }

  csv = stride_store_export_csv (store, zone, NULL);
  rows = g_strsplit (csv, "\r\n", -1);

  g_assert_cmpstr (rows[0], ==, "date,routine,duration (s),worked (s),done (%),exercise,variation,side,set,reps,held (s),effort,pain,note");
  /* Oldest first, in the given time zone, with names a person reads; a
   * note that looks like a formula stays text */
  g_assert_cmpstr (rows[1], ==, "2026-11-20 09:00,Quick 10 minutes,1260,92,60,Clamshells,,left,1,7,,6,knee (right),\"'=SUM(A1:A9)\"");
  /* Commas, quotes and line breaks in a note are quoted, quotes doubled */
  g_assert_cmpstr (rows[2], ==, "2026-11-22 18:05,full,1260,92,100,Clamshells,,left,1,11,,6,knee (right),\"Windy, legs tired, \"\"felt\"\" good\nafter\"");
  /* Each is text with an apostrophe first; the numbers stay numbers */
  g_assert_cmpstr (rows[3], ==, "2026-11-23 11:00,\"'=HYPERLINK(\"\"https://example.com\"\",\"\"Quick\"\")\",1260,92,100,Clamshells,,left,1,5,,6,knee,fine");
  g_assert_cmpstr (rows[4], ==, "2026-11-24 11:00,\"'+1+1\",1260,92,100,Clamshells,,left,1,5,,6,\"'@SUM(1)\",\"'-2+3\"");
  g_assert_cmpstr (rows[5], ==, "2026-11-25 11:00,\"'\t=1\",1260,92,100,Clamshells,,left,1,5,,6,\"'\rknee\",\"'@x\"");
  g_assert_cmpstr (rows[6], ==, "");
  g_assert_null (rows[7]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add ("/stride/store/new", Fixture, NULL, fixture_set_up, test_store_new, fixture_tear_down);
  g_test_add ("/stride/store/round-trip", Fixture, NULL, fixture_set_up, test_store_round_trip, fixture_tear_down);
  g_test_add ("/stride/store/unknown-fields", Fixture, NULL, fixture_set_up, test_store_unknown_fields, fixture_tear_down);
  g_test_add ("/stride/store/number-beyond-double", Fixture, NULL, fixture_set_up, test_store_number_beyond_double, fixture_tear_down);
  g_test_add ("/stride/store/migration", Fixture, NULL, fixture_set_up, test_store_migration, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (corrupt_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/store/corrupt/%s", corrupt_inputs[i].name);

      g_test_add (path, Fixture, &corrupt_inputs[i], fixture_set_up, test_store_corrupt, fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_record_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/store/bad-record/%s", bad_record_inputs[i].name);

      g_test_add (path, Fixture, &bad_record_inputs[i], fixture_set_up, test_store_bad_record, fixture_tear_down);
    }
  g_test_add ("/stride/store/bad-records-among-many", Fixture, NULL, fixture_set_up, test_store_bad_records_among_many, fixture_tear_down);
  g_test_add ("/stride/store/out-of-range", Fixture, NULL, fixture_set_up, test_store_out_of_range, fixture_tear_down);
  g_test_add ("/stride/store/control-characters", Fixture, NULL, fixture_set_up, test_store_control_characters, fixture_tear_down);
  g_test_add ("/stride/store/byte-order-mark", Fixture, NULL, fixture_set_up, test_store_byte_order_mark, fixture_tear_down);
  g_test_add ("/stride/store/permission-denied", Fixture, NULL, fixture_set_up, test_store_permission_denied, fixture_tear_down);
  g_test_add ("/stride/store/not-a-file", Fixture, NULL, fixture_set_up, test_store_not_a_file, fixture_tear_down);
  g_test_add ("/stride/store/newer-version", Fixture, NULL, fixture_set_up, test_store_newer_version, fixture_tear_down);
  g_test_add ("/stride/store/blocked-quit", Fixture, NULL, fixture_set_up, test_store_blocked_quit, fixture_tear_down);
  g_test_add ("/stride/store/symlink", Fixture, NULL, fixture_set_up, test_store_symlink, fixture_tear_down);
  g_test_add ("/stride/store/dangling-symlink", Fixture, NULL, fixture_set_up, test_store_dangling_symlink, fixture_tear_down);
  g_test_add ("/stride/store/leftover-temporaries", Fixture, NULL, fixture_set_up, test_store_leftover_temporaries, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (salvage_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/store/salvage/%s", salvage_inputs[i].name);

      g_test_add (path, Fixture, &salvage_inputs[i], fixture_set_up, test_store_salvage, fixture_tear_down);
    }
  g_test_add ("/stride/store/salvage-with-backup", Fixture, NULL, fixture_set_up, test_store_salvage_with_backup, fixture_tear_down);
  g_test_add ("/stride/store/salvage-cut-in-nested", Fixture, NULL, fixture_set_up, test_store_salvage_cut_in_nested, fixture_tear_down);
  g_test_add ("/stride/store/salvage-import", Fixture, NULL, fixture_set_up, test_store_salvage_import, fixture_tear_down);
  g_test_add ("/stride/store/corrupt-without-backup", Fixture, NULL, fixture_set_up, test_store_corrupt_without_backup, fixture_tear_down);
  g_test_add_func ("/stride/store/merge", test_store_merge);
  g_test_add ("/stride/store/external-change", Fixture, NULL, fixture_set_up, test_store_external_change, fixture_tear_down);
  g_test_add ("/stride/store/save-after-external-change", Fixture, NULL, fixture_set_up, test_store_save_after_external_change, fixture_tear_down);
  g_test_add ("/stride/store/external-damage", Fixture, NULL, fixture_set_up, test_store_external_damage, fixture_tear_down);
  g_test_add ("/stride/store/atomic-kill", Fixture, NULL, fixture_set_up, test_store_atomic_kill, fixture_tear_down);
  g_test_add ("/stride/store/export-import", Fixture, NULL, fixture_set_up, test_store_export_import, fixture_tear_down);
  g_test_add ("/stride/store/csv", Fixture, NULL, fixture_set_up, test_store_csv, fixture_tear_down);
  g_test_add ("/stride/store/unwritable", Fixture, NULL, fixture_set_up, test_store_unwritable, fixture_tear_down);
  g_test_add ("/stride/store/unwritable-quit", Fixture, NULL, fixture_set_up, test_store_unwritable_quit, fixture_tear_down);
  g_test_add ("/stride/store/import-preview", Fixture, NULL, fixture_set_up, test_store_import_preview, fixture_tear_down);
  g_test_add ("/stride/store/full-disk", Fixture, NULL, fixture_set_up, test_store_full_disk, fixture_tear_down);
  g_test_add ("/stride/store/nowhere-to-save", Fixture, NULL, fixture_set_up, test_store_nowhere_to_save, fixture_tear_down);

  return g_test_run ();
}
