/* test-routine-file.c
 *
 * Routine files: every built-in routine and a user's own written and
 * read back the same; every kind of bad file refused with its message
 * and the user's routines unchanged; an imported routine with a name
 * that is taken kept as a copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "stride-routine-file.h"
#include "stride-routine-library.h"
#include "stride-test-i18n.h"
#include "stride-test-store.h"

typedef StrideTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  stride_test_store_set_up (fixture, "routine-file");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  stride_test_store_tear_down (fixture);
}

/* A routine of the user's with what the built-in ones lack: a hold, a
 * harder variation, a weaker side, tempos in half seconds */
static StrideRoutine *
new_own_routine (void)
{
  StrideRoutine *routine = stride_routine_new ("own-1", "Before the long run");
  StrideRoutineItem *item;

  stride_routine_set_get_ready (routine, 20);
  stride_routine_set_switch_sides (routine, 8);
  item = stride_routine_add_item (routine, "glute-bridge");
  item->reps = 0;
  item->hold_seconds = 30;
  item->sets = 3;
  item = stride_routine_add_item (routine, "clamshell");
  item->harder = TRUE;
  item->extra_set_side = STRIDE_SIDE_RIGHT;
  item->tempo_down = 1.5;
  item->tempo_hold = 0.5;
  item->tempo_up = 2.5;
  item->rest_between_sets = 20;
  item->rest_after = 0;
  item = stride_routine_add_item (routine, "side-step");
  item->sets = 1;

  return routine;
}

/* The routine as JSON without its ID and when it changed, to compare */
static JsonNode *
content_of (StrideRoutine *routine)
{
  g_autoptr(JsonObject) object = stride_routine_to_json (routine);

  json_object_remove_member (object, "id");
  json_object_remove_member (object, "modified");
  return json_node_init_object (json_node_alloc (), object);
}

static char *
dup_text (JsonNode *node)
{
  return json_to_string (node, TRUE);
}

static void
assert_round_trip (Fixture       *fixture,
                   StrideRoutine *routine)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "out.stride-routine", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StrideRoutine) back = NULL;
  g_autoptr(JsonNode) expected = content_of (routine);
  g_autoptr(JsonNode) found = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *expected_text = NULL;
  g_autofree char *found_text = NULL;
  JsonObject *root;

  g_assert_true (stride_routine_file_write (routine, file, NULL, &error));
  g_assert_no_error (error);

  /* The file says what it is, and carries no ID */
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "stride-routine");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_false (json_object_has_member (json_object_get_object_member (root, "routine"), "id"));

  back = stride_routine_file_read (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  found = content_of (back);
  expected_text = dup_text (expected);
  found_text = dup_text (found);
  g_assert_cmpstr (found_text, ==, expected_text);
  g_assert_true (json_node_equal (found, expected));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) builtins = stride_routine_get_builtins ();
  g_autoptr(StrideRoutine) left = stride_routine_new_weaker_side (STRIDE_SIDE_LEFT);
  g_autoptr(StrideRoutine) own = new_own_routine ();
  g_autoptr(JsonObject) stored = stride_routine_to_json (own);
  g_autoptr(StrideRoutine) from_store = NULL;

  g_assert_cmpuint (builtins->len, ==, 3);
  for (guint i = 0; i < builtins->len; i++)
    assert_round_trip (fixture, builtins->pdata[i]);
  assert_round_trip (fixture, left);

  /* A name pasted with a control character in it: json-glib 1.6 wrote
   * U+001F as it is, and the file could not be read back */
  stride_routine_set_name (own, "Before\x1fthe\x01long run");
  assert_round_trip (fixture, own);
  stride_routine_set_name (own, "Before the long run");

  /* The user's own, as the store gives it back */
  stride_store_put (fixture->store, STRIDE_COLLECTION_ROUTINES, stored);
  from_store = stride_routine_library_lookup (fixture->store, "own-1", NULL);
  g_assert_nonnull (from_store);
  assert_round_trip (fixture, from_store);
}

typedef struct
{
  const char *name;
  const char *text;
  GQuark    (*domain) (void);
  int         code;
  const char *message;
} BadFile;

#define ROUTINE(items) \
  "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": " \
  "{\"name\": \"Bad\", \"get_ready\": 10, \"switch_sides\": 5, \"items\": [" items "]}}"
/* A name one character too long */
#define NAME_101 "Hips, glutes and core, twice a week through the winter, then three times a week when the races begin."
#define ITEM(members) \
  "{\"exercise\": \"clamshell\", \"variation\": \"base\", \"sets\": 2, \"reps\": 12, " \
  "\"tempo\": [2, 1, 2], \"rest_between_sets\": 30, \"rest_after\": 45" members "}"

static const BadFile bad_files[] = {
  { "empty", "", stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_NOT_JSON,
    "The file is not a Stride routine: it is not JSON text." },
  { "text", "Clamshells, 2 × 12", stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_NOT_JSON,
    "The file is not a Stride routine: it is not JSON text." },
  { "truncated", "{\"format\": \"stride-routine\", \"version\": 1, \"rou", stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_NOT_JSON, "The file is not a Stride routine: it is not JSON text." },
  { "not-utf8", "{\"format\": \"stride-routine\", \"x\": \"\xff\xfe\"}", stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_NOT_JSON, "The file is not a Stride routine: it is not JSON text." },
  { "bad-escape", "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": {\"name\": \"a\\qb\"}}",
    stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_NOT_JSON,
    "The file is not a Stride routine: it is not JSON text." },
  { "array", "[1, 2, 3]", stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_NOT_ROUTINE,
    "The file is not a Stride routine." },
  { "progress-export", "{\"format\": \"stride-progress\", \"version\": 1}", stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_NOT_ROUTINE, "The file is not a Stride routine." },
  { "no-version", "{\"format\": \"stride-routine\", \"routine\": {}}", stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_NOT_ROUTINE,
    "The file does not say which version of the routine format it is written in." },
  { "version-text", "{\"format\": \"stride-routine\", \"version\": \"1\", \"routine\": {}}",
    stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_NOT_ROUTINE,
    "The file does not say which version of the routine format it is written in." },
  { "newer", "{\"format\": \"stride-routine\", \"version\": 2, \"routine\": {}}", stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_NEWER_VERSION,
    "The routine was saved by a newer version of Stride. Update Stride to open it." },
  { "no-routine", "{\"format\": \"stride-routine\", \"version\": 1}", stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_MISSING, "The file holds no routine." },
  { "no-name", "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": {\"items\": []}}",
    stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_MISSING,
    "The routine in the file does not give the name." },
  { "name-number", "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": {\"name\": 7}}",
    stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
    "The routine’s name in the file must be text." },
  { "blank-name", "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": {\"name\": \"  \", "
    "\"get_ready\": 10, \"switch_sides\": 5, \"items\": [" ITEM ("") "]}}",
    stride_routine_error_quark, STRIDE_ROUTINE_ERROR_INVALID, "Give the routine a name." },
  { "long-name", "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": {\"name\": \"" NAME_101
    "\", \"get_ready\": 10, \"switch_sides\": 5, \"items\": [" ITEM ("") "]}}",
    stride_routine_error_quark, STRIDE_ROUTINE_ERROR_INVALID,
    "The routine’s name is 101 characters long; keep it to 100 or fewer." },
  { "no-get-ready", "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": {\"name\": \"A\"}}",
    stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_MISSING,
    "The routine in the file does not give the time to get ready." },
  { "no-items", "{\"format\": \"stride-routine\", \"version\": 1, \"routine\": {\"name\": \"A\", "
    "\"get_ready\": 10, \"switch_sides\": 5}}", stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_MISSING,
    "The routine in the file does not give the exercises." },
  { "empty-items", ROUTINE (""), stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
    "The routine in the file has no exercises." },
  { "item-not-object", ROUTINE (ITEM ("") ", 3"), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE, "Exercise 2 of the routine is not written as Stride writes an exercise." },
  { "no-exercise", ROUTINE ("{\"sets\": 2}"), stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_MISSING,
    "Exercise 1 of the routine does not give the exercise." },
  { "exercise-number", ROUTINE ("{\"exercise\": 4}"), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
    "In exercise 1 of the routine, the exercise must be named by its ID, such as “clamshell”." },
  { "unknown-exercise", ROUTINE ("{\"exercise\": \"jumping-jack\", \"variation\": \"base\", \"sets\": 2, "
    "\"reps\": 12, \"tempo\": [2, 1, 2], \"rest_between_sets\": 30, \"rest_after\": 45}"),
    stride_routine_error_quark, STRIDE_ROUTINE_ERROR_UNKNOWN_EXERCISE,
    "“jumping-jack” is not an exercise Stride knows." },
  { "self-test-as-exercise", ROUTINE ("{\"exercise\": \"squat-test\", \"variation\": \"base\", \"sets\": 2, "
    "\"reps\": 12, \"tempo\": [2, 1, 2], \"rest_between_sets\": 30, \"rest_after\": 45}"),
    stride_routine_error_quark, STRIDE_ROUTINE_ERROR_UNKNOWN_EXERCISE,
    "“squat-test” is not an exercise Stride knows." },
  { "no-variation", ROUTINE ("{\"exercise\": \"clamshell\"}"), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_MISSING, "Exercise 1 of the routine does not give the variation." },
  { "bad-variation", ROUTINE (ITEM ("") ", {\"exercise\": \"squat\", \"variation\": \"hardest\"}"),
    stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
    "In exercise 2 of the routine, the variation must be “base” or “harder”." },
  { "no-sets", ROUTINE ("{\"exercise\": \"clamshell\", \"variation\": \"base\"}"), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_MISSING, "Exercise 1 of the routine does not give the number of sets." },
  { "fractional-sets", ROUTINE (ITEM (", \"sets\": 2.5")), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE, "In exercise 1 of the routine, the number of sets must be a whole number." },
  { "reps-text", ROUTINE (ITEM (", \"reps\": \"ten\"")), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE, "In exercise 1 of the routine, the number of reps must be a whole number." },
  { "negative-sets", ROUTINE (ITEM (", \"sets\": -1")), stride_routine_error_quark, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE,
    "Clamshells: the number of sets must be between 1 and 10." },
  { "too-many-sets", ROUTINE (ITEM (", \"sets\": 99")), stride_routine_error_quark, STRIDE_ROUTINE_ERROR_OUT_OF_RANGE,
    "Clamshells: the number of sets must be between 1 and 10." },
  { "huge-reps", ROUTINE (ITEM (", \"reps\": 99999999999999")), stride_routine_error_quark,
    STRIDE_ROUTINE_ERROR_OUT_OF_RANGE, "Clamshells: the number of reps must be between 1 and 100." },
  { "no-hold", ROUTINE (ITEM (", \"reps\": 0")), stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_MISSING,
    "Exercise 1 of the routine has 0 reps and no time to hold. Give it from 1 to 100 reps, or, with 0 reps, "
    "the seconds to hold in “hold_seconds”." },
  { "short-tempo", ROUTINE (ITEM (", \"tempo\": [2, 1]")), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
    "In exercise 1 of the routine, the tempo must be three numbers of seconds: down, hold and up." },
  { "tempo-text", ROUTINE (ITEM (", \"tempo\": [2, \"slow\", 2]")), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
    "In exercise 1 of the routine, the tempo must be three numbers of seconds: down, hold and up." },
  { "slow-tempo", ROUTINE (ITEM (", \"tempo\": [2, 1e300, 2]")), stride_routine_error_quark,
    STRIDE_ROUTINE_ERROR_OUT_OF_RANGE, "Clamshells: each part of a rep, in seconds, must be between 0 and 30." },
  { "no-rest", ROUTINE ("{\"exercise\": \"clamshell\", \"variation\": \"base\", \"sets\": 2, \"reps\": 12, "
    "\"tempo\": [2, 1, 2]}"), stride_routine_file_error_quark, STRIDE_ROUTINE_FILE_ERROR_MISSING,
    "Exercise 1 of the routine does not give the rest between sets." },
  { "bad-side", ROUTINE (ITEM (", \"extra_set_side\": \"middle\"")), stride_routine_file_error_quark,
    STRIDE_ROUTINE_FILE_ERROR_WRONG_TYPE,
    "In exercise 1 of the routine, the side of the extra set must be “left” or “right”." },
  { "no-harder", ROUTINE ("{\"exercise\": \"hip-extension\", \"variation\": \"harder\", \"sets\": 2, "
    "\"reps\": 12, \"tempo\": [2, 1, 2], \"rest_between_sets\": 30, \"rest_after\": 45}"),
    stride_routine_error_quark, STRIDE_ROUTINE_ERROR_INVALID, NULL },
  { "too-long", ROUTINE (ITEM (", \"sets\": 10, \"reps\": 100, \"tempo\": [10, 10, 10]")),
    stride_routine_error_quark, STRIDE_ROUTINE_ERROR_TOO_LONG, NULL },
};

/* The user's routines, as text, to see that nothing changed */
static char *
dup_stored_routines (StrideStore *store)
{
  g_autoptr(GPtrArray) routines = stride_store_list (store, STRIDE_COLLECTION_ROUTINES);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < routines->len; i++)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), routines->pdata[i]);
      g_autofree char *one = json_to_string (node, FALSE);

      g_string_append (text, one);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
assert_refused (Fixture    *fixture,
                GFile      *file,
                GQuark      domain,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideRoutine) imported = NULL;
  g_autofree char *before = dup_stored_routines (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *name = g_file_get_basename (file);

  imported = stride_routine_file_import (fixture->store, file, NULL, &error);
  g_test_message ("%s: %s", name, error != NULL ? error->message : "imported");
  g_assert_null (imported);
  g_assert_error (error, domain, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);

  after = dup_stored_routines (fixture->store);
  g_assert_cmpstr (after, ==, before);
}

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(StrideRoutine) own = new_own_routine ();
  g_autoptr(JsonObject) stored = stride_routine_to_json (own);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing_path = g_build_filename (fixture->dir, "not-there.stride-routine", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);

  /* One routine of the user's, which no bad file may change */
  stride_store_put (fixture->store, STRIDE_COLLECTION_ROUTINES, stored);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *base = g_strconcat (bad_files[i].name, ".stride-routine", NULL);
      g_autofree char *path = g_build_filename (fixture->dir, base, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (g_file_set_contents (path, bad_files[i].text, -1, &error));
      g_assert_no_error (error);
      assert_refused (fixture, file, bad_files[i].domain (), bad_files[i].code, bad_files[i].message);
    }

  assert_refused (fixture, missing, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, NULL);
}

/* JSON nested deeper than a routine ever is, which would take the
 * parser's stack, is refused before it is parsed */
static void
test_deep (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "deep.stride-routine", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) text = g_string_new ("{\"format\": \"stride-routine\", \"version\": 1, \"x\": ");
  g_autoptr(StrideRoutine) routine = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (text, '[');
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);
  assert_refused (fixture, file, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_NOT_JSON,
                  "The file is not a Stride routine: it is not JSON text.");

  /* Brackets inside a string are text, not nesting */
  routine = stride_routine_file_parse ("{\"format\": \"stride-routine\", \"version\": 1, \"routine\": "
                                       "{\"name\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\"{{{{{{{{{{{{{{{{{{{{{{\", "
                                       "\"get_ready\": 10, \"switch_sides\": 5, \"items\": [" ITEM ("") "]}}", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stride_routine_get_name (routine), ==, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"{{{{{{{{{{{{{{{{{{{{{{");
}

/* A file too large to be a routine, even one that is valid JSON, and an
 * endless stream, are refused after reading only the most a routine
 * file may have */
static void
test_huge (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("{\"format\": \"stride-routine\", \"version\": 1, \"routine\": ");
  g_autofree char *path = g_build_filename (fixture->dir, "huge.stride-routine", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(StrideRoutine) routine = NULL;

  g_string_append (text, "{\"name\": \"");
  for (guint i = 0; i < 300 * 1024; i++)
    g_string_append_c (text, 'a');
  g_string_append (text, "\"}}");
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);

  assert_refused (fixture, file, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_TOO_LARGE, NULL);
  routine = stride_routine_file_parse (text->str, text->len, &error);
  g_assert_null (routine);
  g_assert_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "The file is too large to be a routine: a routine file is at most 262.1\u00a0kB.");
  g_clear_error (&error);

  assert_refused (fixture, zero, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_TOO_LARGE, NULL);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static StrideRoutine *
read_async (GFile   *file,
            GError **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  stride_routine_file_read_async (file, NULL, on_read, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return stride_routine_file_read_finish (file, result, error);
}

/* Without blocking, as the window reads a file: the same routine, the
 * same refusals */
static void
test_read_async (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideRoutine) own = new_own_routine ();
  g_autofree char *path = g_build_filename (fixture->dir, "own.stride-routine", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "bad.stride-routine", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(StrideRoutine) back = NULL;
  g_autoptr(StrideRoutine) refused = NULL;
  g_autoptr(JsonNode) expected = content_of (own);
  g_autoptr(JsonNode) found = NULL;

  g_assert_true (stride_routine_file_write (own, file, NULL, &error));
  g_assert_no_error (error);
  back = read_async (file, &error);
  g_assert_no_error (error);
  found = content_of (back);
  g_assert_true (json_node_equal (found, expected));

  g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"stride-routine\", \"version\": 7}", -1, &error));
  g_assert_no_error (error);
  refused = read_async (bad, &error);
  g_assert_null (refused);
  g_assert_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_NEWER_VERSION);
  g_clear_error (&error);

  refused = read_async (zero, &error);
  g_assert_null (refused);
  g_assert_error (error, STRIDE_ROUTINE_FILE_ERROR, STRIDE_ROUTINE_FILE_ERROR_TOO_LARGE);
}

static StrideRoutine *
import_named (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideRoutine) routine = new_own_routine ();
  g_autofree char *path = g_build_filename (fixture->dir, "named.stride-routine", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StrideRoutine *imported;

  stride_routine_set_name (routine, name);
  g_assert_true (stride_routine_file_write (routine, file, NULL, &error));
  g_assert_no_error (error);
  imported = stride_routine_file_import (fixture->store, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (imported);

  return imported;
}

static void
test_name_clash (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(StrideRoutine) first = NULL;
  g_autoptr(StrideRoutine) second = NULL;
  g_autoptr(StrideRoutine) third = NULL;
  g_autoptr(StrideRoutine) fourth = NULL;
  g_autoptr(StrideRoutine) weaker = NULL;
  g_autoptr(StrideRoutine) found = NULL;
  g_autoptr(GPtrArray) stored = NULL;

  /* A new name is kept as it is, under an ID of its own */
  first = import_named (fixture, "Before the long run");
  g_assert_cmpstr (stride_routine_get_name (first), ==, "Before the long run");
  g_assert_cmpstr (stride_routine_get_id (first), !=, "imported");
  g_assert_cmpstr (stride_routine_get_id (first), !=, "own-1");
  found = stride_routine_library_lookup (fixture->store, stride_routine_get_id (first), NULL);
  g_assert_nonnull (found);
  g_assert_cmpstr (stride_routine_get_name (found), ==, "Before the long run");
  g_assert_cmpuint (stride_routine_get_n_items (found), ==, 3);

  /* The same again, in other letters: a copy, then a second copy */
  second = import_named (fixture, "before the LONG run");
  g_assert_cmpstr (stride_routine_get_name (second), ==, "before the LONG run (copy)");
  third = import_named (fixture, "Before the long run");
  g_assert_cmpstr (stride_routine_get_name (third), ==, "Before the long run (copy 2)");

  /* A built-in routine's name, and the weaker-side one's before a test made it */
  fourth = import_named (fixture, "Full hip routine");
  g_assert_cmpstr (stride_routine_get_name (fourth), ==, "Full hip routine (copy)");
  weaker = import_named (fixture, "Weaker side");
  g_assert_cmpstr (stride_routine_get_name (weaker), ==, "Weaker side (copy)");

  stored = stride_store_list (fixture->store, STRIDE_COLLECTION_ROUTINES);
  g_assert_cmpuint (stored->len, ==, 5);
}

/* A name is one line of text read as written: line breaks and other
 * control characters in a file's name are spaces, and the characters
 * that turn text around (right-to-left overrides) are dropped, or the
 * name showed on two lines, its end backwards */
static void
test_name_plain (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(StrideRoutine) imported = import_named (fixture, "Line1\nLine2\t\u202Eevil\u202C end\x7f");
  g_autoptr(StrideRoutine) typed = stride_routine_new ("typed", "Hips\r\nday");

  g_assert_cmpstr (stride_routine_get_name (imported), ==, "Line1 Line2 evil end");
  g_assert_cmpstr (stride_routine_get_name (typed), ==, "Hips day");
}

static guint
count_stored_routines (Fixture *fixture)
{
  g_autoptr(GPtrArray) stored = stride_store_list (fixture->store, STRIDE_COLLECTION_ROUTINES);

  return stored->len;
}

/* A copy's name fits where a name must: a name of the longest allowed,
 * taken, is cut to leave room for “(copy)”, not stored too long (which
 * the store refused while the import said it was done); and a copy of a
 * copy is a second copy, not “(copy) (copy)” */
static void
test_name_clash_long (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(StrideRoutine) first = NULL;
  g_autoptr(StrideRoutine) second = NULL;
  g_autoptr(StrideRoutine) third = NULL;
  g_autoptr(StrideRoutine) copy = NULL;
  g_autoptr(StrideRoutine) copy_of_copy = NULL;
  g_autoptr(StrideRoutine) duplicate = NULL;
  const char *name;

  for (guint i = 0; g_utf8_strlen (long_name->str, -1) < STRIDE_ROUTINE_MAX_NAME_CHARS - 1; i++)
    g_string_append (long_name, i % 10 == 9 ? " " : "ü");
  g_string_append (long_name, "💪");
  g_assert_cmpint (g_utf8_strlen (long_name->str, -1), ==, STRIDE_ROUTINE_MAX_NAME_CHARS);

  first = import_named (fixture, long_name->str);
  second = import_named (fixture, long_name->str);
  third = import_named (fixture, long_name->str);
  g_assert_cmpuint (count_stored_routines (fixture), ==, 3);
  name = stride_routine_get_name (second);
  g_assert_cmpint (g_utf8_strlen (name, -1), <=, STRIDE_ROUTINE_MAX_NAME_CHARS);
  g_assert_true (g_str_has_suffix (name, "… (copy)"));
  g_assert_true (g_str_has_suffix (stride_routine_get_name (third), "… (copy 2)"));
  g_assert_cmpint (g_utf8_strlen (stride_routine_get_name (third), -1), <=, STRIDE_ROUTINE_MAX_NAME_CHARS);

  /* Duplicated in the app, named the same way */
  duplicate = stride_routine_library_duplicate (fixture->store, first);
  g_assert_true (g_str_has_suffix (stride_routine_get_name (duplicate), "… (copy 3)"));
  g_assert_cmpint (g_utf8_strlen (stride_routine_get_name (duplicate), -1), <=, STRIDE_ROUTINE_MAX_NAME_CHARS);

  /* A copy of a copy */
  copy = import_named (fixture, "Easy day");
  copy = (stride_routine_unref (copy), import_named (fixture, "Easy day"));
  g_assert_cmpstr (stride_routine_get_name (copy), ==, "Easy day (copy)");
  copy_of_copy = import_named (fixture, "Easy day (copy)");
  g_assert_cmpstr (stride_routine_get_name (copy_of_copy), ==, "Easy day (copy 2)");
}

static void
test_suggested_name (void)
{
  g_autoptr(StrideRoutine) routine = stride_routine_new ("r", "Hips / knees");
  g_autofree char *name = stride_routine_file_dup_suggested_name (routine);
  g_autofree char *hidden = NULL;

  g_assert_cmpstr (name, ==, "Hips - knees.stride-routine");
  stride_routine_set_name (routine, "..");
  hidden = stride_routine_file_dup_suggested_name (routine);
  g_assert_cmpstr (hidden, ==, "routine.stride-routine");
}

/* The messages in German, as a German user reads them */
static void
test_german (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideRoutine) routine = NULL;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  routine = stride_routine_file_parse ("[]", -1, &error);
  g_assert_null (routine);
  g_assert_cmpstr (error->message, ==, "Die Datei ist kein Stride-Trainingsablauf.");
  g_clear_error (&error);

  routine = stride_routine_file_parse (ROUTINE (ITEM (", \"sets\": 2.5")), -1, &error);
  g_assert_null (routine);
  g_assert_cmpstr (error->message, ==, "In Übung 1 des Ablaufs muss die Anzahl der Sätze eine ganze Zahl sein.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add ("/stride/routine-file/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/stride/routine-file/bad-files", Fixture, NULL, fixture_set_up, test_bad_files, fixture_tear_down);
  g_test_add ("/stride/routine-file/huge", Fixture, NULL, fixture_set_up, test_huge, fixture_tear_down);
  g_test_add ("/stride/routine-file/deep", Fixture, NULL, fixture_set_up, test_deep, fixture_tear_down);
  g_test_add ("/stride/routine-file/name-plain", Fixture, NULL, fixture_set_up, test_name_plain, fixture_tear_down);
  g_test_add ("/stride/routine-file/name-clash-long", Fixture, NULL, fixture_set_up, test_name_clash_long, fixture_tear_down);
  g_test_add ("/stride/routine-file/name-clash", Fixture, NULL, fixture_set_up, test_name_clash, fixture_tear_down);
  g_test_add ("/stride/routine-file/read-async", Fixture, NULL, fixture_set_up, test_read_async, fixture_tear_down);
  g_test_add_func ("/stride/routine-file/suggested-name", test_suggested_name);
  g_test_add ("/stride/routine-file/german", Fixture, NULL, fixture_set_up, test_german, fixture_tear_down);

  return g_test_run ();
}
