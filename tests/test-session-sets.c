/* test-session-sets.c
 *
 * A session's sets as the store keeps them: an entry per exercise, side
 * and plan; read back in order, changed in place, checked when loaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-session-sets.h"
#include "stride-test-i18n.h"

static void
add (JsonObject *session,
     const char *exercise,
     const char *side,
     guint       number,
     gint64      reps,
     gint64      reps_planned,
     gint64      hold_seconds)
{
  StrideSessionSet set = {
    .exercise = exercise, .variation = "base", .side = side, .number = number,
    .reps = reps, .reps_planned = reps_planned, .hold_seconds = hold_seconds,
  };

  stride_session_add_set (session, &set);
}

static char *
dup_entries (JsonObject *session)
{
  g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (),
                                                   json_object_get_array_member (session, STRIDE_SESSION_EXERCISES));

  return json_to_string (node, FALSE);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

/* Sets as the player records them, sides taking turns: an entry per
 * side, in the order first done, and read back the same */
static void
test_session_sets_entries (void)
{
  g_autoptr(JsonObject) session = json_object_new ();
  g_autofree char *text = NULL;
  StrideSessionSetIter iter;
  StrideSessionSet set;

  add (session, "squat", NULL, 1, 12, 12, -1);
  add (session, "squat", NULL, 2, 11, 12, -1);
  add (session, "clamshell", "left", 1, 15, 15, -1);
  add (session, "clamshell", "right", 1, 14, 15, -1);
  add (session, "clamshell", "left", 2, 13, 15, -1);
  add (session, "clamshell", "right", 2, 15, 15, -1);
  add (session, "glute-bridge", NULL, 1, 1, -1, 30);
  add (session, "glute-bridge", NULL, 2, 0, -1, 0);
  /* The same exercise again later in a routine starts its own entry */
  add (session, "squat", NULL, 1, 10, 12, -1);

  text = dup_entries (session);
  g_assert_cmpstr (text, ==,
                   "[[\"squat\",\"base\",null,12,12,11],"
                   "[\"clamshell\",\"base\",\"left\",15,15,13],"
                   "[\"clamshell\",\"base\",\"right\",15,14,15],"
                   "[\"glute-bridge\",\"base\",null,\"hold\",30,0],"
                   "[\"squat\",\"base\",null,12,10]]");
  g_assert_cmpuint (stride_session_count_sets (session), ==, 9);

  stride_session_set_iter_init (&iter, session);
  g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpstr (set.exercise, ==, "squat");
  g_assert_cmpuint (set.number, ==, 2);
  g_assert_cmpint (set.reps, ==, 11);
  g_assert_cmpint (set.reps_planned, ==, 12);
  g_assert_cmpint (set.hold_seconds, ==, -1);
  for (guint i = 0; i < 4; i++)
    g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpstr (set.side, ==, "right");
  g_assert_cmpuint (set.number, ==, 2);
  g_assert_cmpint (set.reps, ==, 15);
  /* A hold counts one rep once begun */
  g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpint (set.hold_seconds, ==, 30);
  g_assert_cmpint (set.reps, ==, 1);
  g_assert_cmpint (set.reps_planned, ==, -1);
  g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpint (set.hold_seconds, ==, 0);
  g_assert_cmpint (set.reps, ==, 0);
  g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpuint (set.number, ==, 1);
  g_assert_false (stride_session_set_iter_next (&iter, &set));
  g_assert_false (stride_session_set_iter_next (&iter, &set));
}

/* A gap in the numbers keeps what was done; a different plan or
 * variation is another entry */
static void
test_session_sets_gaps_and_kinds (void)
{
  g_autoptr(JsonObject) session = json_object_new ();
  g_autofree char *text = NULL;
  StrideSessionSet harder = {
    .exercise = "squat", .variation = "harder", .number = 1,
    .reps = 8, .reps_planned = 8, .hold_seconds = -1,
  };
  StrideSessionSet unknown = {
    .exercise = "squat", .number = 1, .reps = 9, .reps_planned = -1, .hold_seconds = -1,
  };

  add (session, "squat", NULL, 2, 12, 12, -1);
  add (session, "squat", NULL, 4, 10, 12, -1);
  add (session, "squat", NULL, 1, 9, 10, -1);
  stride_session_add_set (session, &harder);
  stride_session_add_set (session, &unknown);

  text = dup_entries (session);
  g_assert_cmpstr (text, ==,
                   "[[\"squat\",\"base\",null,12,12,10],"
                   "[\"squat\",\"base\",null,10,9],"
                   "[\"squat\",\"harder\",null,8,8],"
                   "[\"squat\",null,null,null,9]]");
}

/* Corrections from the session log go to the set at their place */
static void
test_session_sets_set_done (void)
{
  g_autoptr(JsonObject) session = json_object_new ();
  g_autofree char *text = NULL;

  add (session, "clamshell", "left", 1, 15, 15, -1);
  add (session, "clamshell", "right", 1, 14, 15, -1);
  add (session, "glute-bridge", NULL, 1, 1, -1, 30);

  g_assert_true (stride_session_set_done (session, 1, 12));
  g_assert_true (stride_session_set_done (session, 2, 45));
  g_assert_false (stride_session_set_done (session, 3, 1));
  /* Past the most a set may hold: the most */
  g_assert_true (stride_session_set_done (session, 0, 1000000));

  text = dup_entries (session);
  g_assert_cmpstr (text, ==,
                   "[[\"clamshell\",\"base\",\"left\",15,10000],"
                   "[\"clamshell\",\"base\",\"right\",15,12],"
                   "[\"glute-bridge\",\"base\",null,\"hold\",45]]");
}

/* Readers skip what they cannot read, from a file edited by hand */
static void
test_session_sets_tolerant (void)
{
  g_autoptr(JsonNode) node = parse ("{\"exercises\": ["
                                    " \"squat\","
                                    " [\"squat\", \"base\"],"
                                    " [\"squat\", 5, null, 12, 12],"
                                    " [\"squat\", \"base\", null, \"slow\", 12],"
                                    " [\"squat\", \"base\", null, 12, \"twelve\", 11],"
                                    " [\"clamshell\", null, \"left\", null, 7]]}");
  JsonObject *session = json_node_get_object (node);
  StrideSessionSetIter iter;
  StrideSessionSet set;

  stride_session_set_iter_init (&iter, session);
  g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpstr (set.exercise, ==, "squat");
  g_assert_cmpuint (set.number, ==, 2);
  g_assert_cmpint (set.reps, ==, 11);
  g_assert_true (stride_session_set_iter_next (&iter, &set));
  g_assert_cmpstr (set.exercise, ==, "clamshell");
  g_assert_null (set.variation);
  g_assert_cmpint (set.reps_planned, ==, -1);
  g_assert_false (stride_session_set_iter_next (&iter, &set));

  /* No sets at all, or not a list */
  {
    g_autoptr(JsonNode) none = parse ("{\"exercises\": {\"squat\": 12}}");

    g_assert_cmpuint (stride_session_count_sets (json_node_get_object (none)), ==, 0);
  }
}

/* What a loaded file may hold */
static void
test_session_sets_valid (void)
{
  static const struct
  {
    const char *entry;
    gboolean valid;
  } cases[] = {
    { "[\"squat\", \"base\", null, 12, 12, 11]", TRUE },
    { "[\"squat\", null, null, null, 0]", TRUE },
    { "[\"clamshell\", \"harder\", \"left\", 15, 10000]", TRUE },
    { "[\"glute-bridge\", \"base\", null, \"hold\", 86400]", TRUE },
    { "[\"squat\", \"base\", null, 12]", FALSE },
    { "[\"\", \"base\", null, 12, 12]", FALSE },
    { "[\"squat\", \"base\", null, 12, 10001]", FALSE },
    { "[\"squat\", \"base\", null, 12, -1]", FALSE },
    { "[\"squat\", \"base\", null, -1, 12]", FALSE },
    { "[\"squat\", \"base\", null, 10001, 12]", FALSE },
    { "[\"glute-bridge\", \"base\", null, \"hold\", 86401]", FALSE },
    { "[\"squat\", \"base\", null, \"slow\", 12]", FALSE },
    { "[\"squat\", \"base\", null, 12, 1.5]", FALSE },
    { "[\"squat\", \"base\", null, 12, [12]]", FALSE },
    { "[\"squat\", 1, null, 12, 12]", FALSE },
    { "[\"squat\", \"base\", true, 12, 12]", FALSE },
    { "[12, \"base\", null, 12, 12]", FALSE },
    { "{\"exercise\": \"squat\"}", FALSE },
    { "\"squat\"", FALSE },
    { "null", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) entry = parse (cases[i].entry);

      if (stride_session_entry_is_valid (entry) != cases[i].valid)
        g_error ("%s should be %s", cases[i].entry, cases[i].valid ? "valid" : "invalid");
    }

  /* A hundred sets at most */
  {
    g_autoptr(GString) text = g_string_new ("[\"squat\", \"base\", null, 12");
    g_autoptr(JsonNode) entry = NULL;
    g_autoptr(JsonNode) longer = NULL;

    for (guint i = 0; i < 100; i++)
      g_string_append (text, ", 12");
    g_string_append (text, "]");
    entry = parse (text->str);
    g_assert_true (stride_session_entry_is_valid (entry));
    g_string_insert (text, text->len - 1, ", 12");
    longer = parse (text->str);
    g_assert_false (stride_session_entry_is_valid (longer));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/session-sets/entries", test_session_sets_entries);
  g_test_add_func ("/stride/session-sets/gaps-and-kinds", test_session_sets_gaps_and_kinds);
  g_test_add_func ("/stride/session-sets/set-done", test_session_sets_set_done);
  g_test_add_func ("/stride/session-sets/tolerant", test_session_sets_tolerant);
  g_test_add_func ("/stride/session-sets/valid", test_session_sets_valid);

  return g_test_run ();
}
