/* test-routine-library.c
 *
 * Every routine the user can run, from one place: the built-in ones, the
 * weaker-side routine only once a bridge test found one side weaker, the
 * user's own from the store; looked up by ID with the reason when there
 * is none; and copies under new IDs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "stride-routine-library.h"
#include "stride-test-i18n.h"
#include "stride-test-store.h"

typedef StrideTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  stride_test_store_set_up (fixture, "routines");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  stride_test_store_tear_down (fixture);
}

static void
put_bridge_result (StrideStore *store,
                   const char  *id,
                   const char  *taken,
                   gboolean     left_dropped,
                   gboolean     right_dropped,
                   const char  *outcome)
{
  g_autoptr(JsonObject) result = json_object_new ();
  JsonObject *answers = json_object_new ();

  json_object_set_string_member (result, "id", id);
  json_object_set_string_member (result, "test", "bridge-test");
  json_object_set_string_member (result, "taken", taken);
  json_object_set_boolean_member (answers, "left_dropped", left_dropped);
  json_object_set_boolean_member (answers, "right_dropped", right_dropped);
  json_object_set_object_member (result, "answers", answers);
  json_object_set_string_member (result, "outcome", outcome);
  stride_store_put (store, STRIDE_COLLECTION_RESULTS, result);
}

static char *
dup_ids (GPtrArray *routines)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < routines->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", stride_routine_get_id (routines->pdata[i]));

  return g_string_free (ids, FALSE);
}

/* Without a store (or a bridge test) only the full and the quick routine */
static void
test_builtins (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) without_store = stride_routine_library_list (NULL);
  g_autoptr(GPtrArray) empty = stride_routine_library_list (fixture->store);
  g_autofree char *ids = dup_ids (without_store);
  g_autofree char *empty_ids = dup_ids (empty);

  g_assert_cmpstr (ids, ==, "full quick");
  g_assert_cmpstr (empty_ids, ==, "full quick");

  g_assert_true (stride_routine_library_is_builtin ("full"));
  g_assert_true (stride_routine_library_is_builtin ("quick"));
  g_assert_true (stride_routine_library_is_builtin ("weaker-side"));
  g_assert_false (stride_routine_library_is_builtin ("mine"));
  g_assert_false (stride_routine_library_is_builtin (NULL));
}

static void
test_lookup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideRoutine) quick = stride_routine_library_lookup (fixture->store, "quick", &error);
  g_autoptr(StrideRoutine) missing = NULL;
  g_autoptr(StrideRoutine) weaker = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (quick);
  g_assert_cmpstr (stride_routine_get_id (quick), ==, "quick");

  missing = stride_routine_library_lookup (fixture->store, "burpees", &error);
  g_assert_null (missing);
  g_assert_error (error, STRIDE_ROUTINE_LIBRARY_ERROR, STRIDE_ROUTINE_LIBRARY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no routine “burpees”");
  g_clear_error (&error);

  /* The weaker-side routine says what makes it */
  weaker = stride_routine_library_lookup (fixture->store, "weaker-side", &error);
  g_assert_null (weaker);
  g_assert_error (error, STRIDE_ROUTINE_LIBRARY_ERROR, STRIDE_ROUTINE_LIBRARY_ERROR_NO_WEAKER_SIDE);
  g_assert_cmpstr (error->message, ==, "The weaker-side routine comes from a bridge test that finds one side weaker");
  g_assert_nonnull (stride_routine_library_explain_no_weaker_side (fixture->store));
}

/* Made from the latest bridge test, in place among the built-ins */
static void
test_weaker_side (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(StrideRoutine) routine = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  g_autofree char *ids = NULL;
  gboolean extra_left = FALSE;

  put_bridge_result (fixture->store, "b1", "2026-11-01T08:00:00+01:00", TRUE, FALSE, "left-weaker");
  g_assert_null (stride_routine_library_explain_no_weaker_side (fixture->store));

  routines = stride_routine_library_list (fixture->store);
  ids = dup_ids (routines);
  g_assert_cmpstr (ids, ==, "full quick weaker-side");

  routine = stride_routine_library_lookup (fixture->store, "weaker-side", NULL);
  g_assert_nonnull (routine);
  for (guint i = 0; i < stride_routine_get_n_items (routine); i++)
    {
      StrideRoutineItem *item = stride_routine_get_item (routine, i);

      g_assert_cmpint (item->extra_set_side, !=, STRIDE_SIDE_RIGHT);
      extra_left |= item->extra_set_side == STRIDE_SIDE_LEFT;
    }
  g_assert_true (extra_left);
  g_clear_pointer (&routine, stride_routine_unref);

  /* A later balanced test takes it away again */
  put_bridge_result (fixture->store, "b2", "2026-11-20T08:00:00+01:00", FALSE, FALSE, "balanced");
  g_assert_null (stride_routine_library_dup_weaker_side (fixture->store));
  g_assert_nonnull (stride_routine_library_explain_no_weaker_side (fixture->store));
  g_assert_null (stride_routine_library_lookup (fixture->store, "weaker-side", NULL));
}

/* The user's own follow the built-ins; a damaged one is left out */
static void
test_own_routines (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(StrideRoutine) quick = stride_routine_library_lookup (NULL, "quick", NULL);
  g_autoptr(StrideRoutine) mine = stride_routine_library_copy_builtin (quick);
  g_autoptr(StrideRoutine) copy = stride_routine_library_duplicate (fixture->store, mine);
  g_autoptr(StrideRoutine) found = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *ids = NULL;

  g_assert_cmpstr (stride_routine_get_name (mine), ==, "My Quick 10 minutes");
  g_assert_cmpstr (stride_routine_get_name (copy), ==, "My Quick 10 minutes (copy)");
  g_assert_cmpstr (stride_routine_get_id (mine), !=, "quick");
  g_assert_cmpstr (stride_routine_get_id (copy), !=, stride_routine_get_id (mine));
  g_assert_cmpuint (stride_routine_get_n_items (copy), ==, stride_routine_get_n_items (quick));
  g_assert_false (stride_routine_library_is_builtin (stride_routine_get_id (mine)));

  object = stride_routine_to_json (mine);
  stride_store_put (fixture->store, STRIDE_COLLECTION_ROUTINES, object);
  g_clear_pointer (&object, json_object_unref);
  object = stride_routine_to_json (copy);
  stride_store_put (fixture->store, STRIDE_COLLECTION_ROUTINES, object);

  routines = stride_routine_library_list (fixture->store);
  ids = dup_ids (routines);
  expected = g_strdup_printf ("full quick %s %s", stride_routine_get_id (mine), stride_routine_get_id (copy));
  g_assert_cmpstr (ids, ==, expected);

  found = stride_routine_library_lookup (fixture->store, stride_routine_get_id (copy), NULL);
  g_assert_nonnull (found);
  g_assert_cmpstr (stride_routine_get_name (found), ==, "My Quick 10 minutes (copy)");
}

/* How a routine is summed up wherever it is listed: its exercises and
 * its length; a routine of less than half a minute is not "0 minutes" */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(StrideRoutine) quick = stride_routine_library_lookup (NULL, "quick", NULL);
  g_autoptr(StrideRoutine) short_one = stride_routine_new ("short", "Short");
  g_autofree char *quick_text = stride_routine_dup_summary (quick);
  g_autofree char *short_text = NULL;
  StrideRoutineItem *item;

  g_assert_cmpstr (quick_text, ==, "5 exercises · 10 minutes");

  stride_routine_set_get_ready (short_one, 0);
  item = stride_routine_add_item (short_one, "squat");
  item->sets = 1;
  item->reps = 5;
  item->tempo_down = 1;
  item->tempo_hold = 0;
  item->tempo_up = 1;
  item->rest_after = 0;
  g_assert_cmpfloat (stride_routine_get_seconds (short_one), <, 30);
  short_text = stride_routine_dup_summary (short_one);
  g_assert_cmpstr (short_text, ==, "1 exercise · 10 seconds");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add ("/stride/routine-library/builtins", Fixture, NULL, fixture_set_up, test_builtins, fixture_tear_down);
  g_test_add ("/stride/routine-library/lookup", Fixture, NULL, fixture_set_up, test_lookup, fixture_tear_down);
  g_test_add ("/stride/routine-library/weaker-side", Fixture, NULL, fixture_set_up, test_weaker_side, fixture_tear_down);
  g_test_add ("/stride/routine-library/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/stride/routine-library/own-routines", Fixture, NULL, fixture_set_up, test_own_routines, fixture_tear_down);

  return g_test_run ();
}
