/* test-progression-pain.c
 *
 * Pain and the harder variation: the guide's progression only after two
 * sessions at the top without pain; pain in a session at the harder
 * variation suggests the basic one again, and taking that up switches
 * the routine back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "stride-advice.h"
#include "stride-progression.h"
#include "stride-routine-library.h"
#include "stride-session.h"
#include "stride-session-sets.h"
#include "stride-test-i18n.h"
#include "stride-test-store.h"

#define NONE ((const char *[]) { NULL })

static JsonObject *
new_session (const char *id,
             const char *started,
             const char *routine,
             int         effort)
{
  JsonObject *session = json_object_new ();

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "modified", started);
  json_object_set_string_member (session, "started", started);
  json_object_set_string_member (session, "routine", routine);
  json_object_set_int_member (session, "effort", effort);

  return session;
}

static void
add_sets (JsonObject *session,
          const char *exercise,
          const char *variation,
          gint64      reps)
{
  for (guint number = 1; number <= 2; number++)
    {
      StrideSessionSet set = {
        .exercise = exercise, .variation = variation, .side = NULL, .number = number,
        .reps = reps, .reps_planned = -1, .hold_seconds = -1,
      };

      stride_session_add_set (session, &set);
    }
}

/* A session of squats, 15 reps in both sets at @variation */
static JsonObject *
add_squats (GPtrArray  *sessions,
            const char *started,
            const char *variation,
            const char *pain_area)
{
  g_autofree char *id = g_strdup_printf ("session-%u", sessions->len);
  JsonObject *session = new_session (id, started, "full", 5);

  add_sets (session, "squat", variation, 15);
  if (pain_area != NULL)
    stride_session_add_pain (session, stride_pain_area_from_string (pain_area), STRIDE_PAIN_SIDE_LEFT);
  g_ptr_array_add (sessions, session);

  return session;
}

static GPtrArray *
records_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
}

static void
assert_progressions (GPtrArray   *sessions,
                     const char **expected)
{
  g_auto(GStrv) ready = stride_advice_list_progressions (sessions);

  g_assert_cmpstrv (ready, expected);
}

static void
assert_step_backs (GPtrArray   *sessions,
                   const char **expected)
{
  g_auto(GStrv) step_backs = stride_progression_list_step_backs (sessions);

  g_assert_cmpstrv (step_backs, expected);
}

/* Two sessions at the top, easy: the harder variation only if neither
 * hurt */
static void
test_pain_gates_progression (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  JsonObject *older, *newer;

  older = add_squats (sessions, "2026-11-10T18:00:00Z", "base", NULL);
  newer = add_squats (sessions, "2026-11-12T18:00:00Z", "base", NULL);
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));

  /* Pain in the latest one */
  stride_session_add_pain (newer, STRIDE_PAIN_AREA_KNEE, STRIDE_PAIN_SIDE_RIGHT);
  assert_progressions (sessions, NONE);

  /* Pain in the one before, wherever it was */
  stride_session_clear_pain (newer);
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));
  stride_session_add_pain (older, STRIDE_PAIN_AREA_FOOT, STRIDE_PAIN_SIDE_UNSPECIFIED);
  assert_progressions (sessions, NONE);

  /* Once it is older than the last two, it no longer counts */
  add_squats (sessions, "2026-11-14T18:00:00Z", "base", NULL);
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));

  /* Pain in the newest again stops it, until two more without */
  add_squats (sessions, "2026-11-16T18:00:00Z", "base", "shin");
  assert_progressions (sessions, NONE);
  add_squats (sessions, "2026-11-18T18:00:00Z", "base", NULL);
  assert_progressions (sessions, NONE);
  add_squats (sessions, "2026-11-20T18:00:00Z", "base", NULL);
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));

  /* A painful session without squats between does not stop them */
  {
    JsonObject *clams = new_session ("clams", "2026-11-19T18:00:00Z", "full", 5);

    stride_session_add_pain (clams, STRIDE_PAIN_AREA_HIP, STRIDE_PAIN_SIDE_LEFT);
    add_sets (clams, "clamshell", "base", 12);
    g_ptr_array_add (sessions, clams);
  }
  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));
  assert_step_backs (sessions, NONE);
}

static void
test_step_back_rule (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  JsonObject *harder;

  /* Harder squats without pain: no reason to go back */
  add_squats (sessions, "2026-11-10T18:00:00Z", "base", NULL);
  harder = add_squats (sessions, "2026-11-12T18:00:00Z", "harder", NULL);
  assert_step_backs (sessions, NONE);

  /* With pain: the basic squats again */
  stride_session_add_pain (harder, STRIDE_PAIN_AREA_KNEE, STRIDE_PAIN_SIDE_LEFT);
  assert_step_backs (sessions, ((const char *[]) { "squat", NULL }));
  assert_progressions (sessions, NONE);

  /* Pain at the basic variation is the specialist's advice, not this */
  g_ptr_array_set_size (sessions, 0);
  add_squats (sessions, "2026-11-12T18:00:00Z", "base", "knee");
  assert_step_backs (sessions, NONE);

  /* A later session of harder squats without pain ends it */
  add_squats (sessions, "2026-11-13T18:00:00Z", "harder", "knee");
  assert_step_backs (sessions, ((const char *[]) { "squat", NULL }));
  add_squats (sessions, "2026-11-15T18:00:00Z", "harder", NULL);
  assert_step_backs (sessions, NONE);

  /* So does one back at the basic variation */
  g_ptr_array_remove_index (sessions, sessions->len - 1);
  add_squats (sessions, "2026-11-15T18:00:00Z", "base", NULL);
  assert_step_backs (sessions, NONE);
}

typedef StrideTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  stride_test_store_set_up (fixture, "progression");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  stride_test_store_tear_down (fixture);
}

static gboolean
is_harder (StrideRoutine *routine,
           const char    *exercise_id)
{
  for (guint i = 0; i < stride_routine_get_n_items (routine); i++)
    {
      StrideRoutineItem *item = stride_routine_get_item (routine, i);

      if (g_strcmp0 (item->exercise_id, exercise_id) == 0)
        return item->harder;
    }

  g_assert_not_reached ();
}

static void
put_session (StrideStore *store,
             const char  *id,
             const char  *started,
             const char  *routine,
             const char  *variation,
             gboolean     pain)
{
  g_autoptr(JsonObject) session = new_session (id, started, routine, 5);

  add_sets (session, "squat", variation, 15);
  add_sets (session, "glute-bridge", "base", 15);
  if (pain)
    stride_session_add_pain (session, STRIDE_PAIN_AREA_LOWER_BACK, STRIDE_PAIN_SIDE_BOTH);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
}

/* Taking up the suggestion: the routine of the painful session goes back
 * to the basic variation of that exercise, and of no other */
static void
test_step_back_apply (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(StrideRoutine) mine = stride_routine_new ("my-hips", "My hips");
  g_autoptr(StrideRoutine) stepped = NULL;
  g_autoptr(StrideRoutine) stored = NULL;
  g_autoptr(StrideRoutine) found = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_auto(GStrv) step_backs = NULL;
  gboolean made_copy = TRUE;

  stride_routine_add_item (mine, "squat")->harder = TRUE;
  stride_routine_add_item (mine, "glute-bridge")->harder = TRUE;
  object = stride_routine_to_json (mine);
  stride_store_put (fixture->store, STRIDE_COLLECTION_ROUTINES, object);

  /* Nothing to step back from yet */
  put_session (fixture->store, "s1", "2026-11-10T18:00:00Z", "my-hips", "harder", FALSE);
  g_assert_null (stride_progression_step_back (fixture->store, "squat", NULL));
  sessions = stride_store_list_sessions_by_date (fixture->store);
  step_backs = stride_progression_list_step_backs (sessions);
  g_assert_cmpstrv (step_backs, NONE);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  g_clear_pointer (&step_backs, g_strfreev);

  put_session (fixture->store, "s2", "2026-11-12T18:00:00Z", "my-hips", "harder", TRUE);
  sessions = stride_store_list_sessions_by_date (fixture->store);
  step_backs = stride_progression_list_step_backs (sessions);
  g_assert_cmpstrv (step_backs, ((const char *[]) { "squat", NULL }));

  found = stride_progression_find_step_back_routine (fixture->store, "squat");
  g_assert_nonnull (found);
  g_assert_cmpstr (stride_routine_get_id (found), ==, "my-hips");

  stepped = stride_progression_step_back (fixture->store, "squat", &made_copy);
  g_assert_nonnull (stepped);
  g_assert_false (made_copy);
  stored = stride_routine_library_lookup (fixture->store, "my-hips", NULL);
  g_assert_false (is_harder (stored, "squat"));
  g_assert_true (is_harder (stored, "glute-bridge"));

  /* Done once: there is no harder squat left to step back from */
  g_assert_null (stride_progression_find_step_back_routine (fixture->store, "squat"));
  g_assert_null (stride_progression_step_back (fixture->store, "squat", NULL));

  /* A built-in routine never has the harder variation: nothing to change */
  put_session (fixture->store, "s3", "2026-11-14T18:00:00Z", "full", "harder", TRUE);
  g_assert_null (stride_progression_find_step_back_routine (fixture->store, "squat"));
  g_assert_null (stride_progression_step_back (fixture->store, "squat", NULL));
}

/* A workout stopped or skipped through before an exercise records its
 * sets with nothing done: the exercise was not done that day. Its run
 * of sessions at the top goes on, and what the advice goes by (the
 * effort, the latest session with it) is the sessions that did it. A
 * set left undone after others were done still ends the run. */
static void
test_skipped_exercise (void)
{
  g_autoptr(GPtrArray) sessions = records_new ();
  JsonObject *skipped;

  add_squats (sessions, "2026-11-10T18:00:00Z", "base", NULL);
  add_squats (sessions, "2026-11-12T18:00:00Z", "base", NULL);
  skipped = new_session ("skipped", "2026-11-14T18:00:00Z", "full", 9);
  add_sets (skipped, "clamshell", "base", 12);
  add_sets (skipped, "squat", "base", 0);
  g_ptr_array_add (sessions, skipped);

  assert_progressions (sessions, ((const char *[]) { "squat", NULL }));
  g_assert_cmpint (stride_progression_get_recent_effort (sessions, "squat"), ==, 5);
  g_assert_true (stride_progression_find_latest_session (sessions, "squat") == g_ptr_array_index (sessions, 1));
  g_assert_true (stride_progression_find_latest_session (sessions, "clamshell") == skipped);

  g_assert_true (stride_session_set_done (skipped, 2, 15));
  assert_progressions (sessions, NONE);
  g_assert_true (stride_progression_find_latest_session (sessions, "squat") == skipped);
  g_ptr_array_remove (sessions, skipped);

  /* The harder squats skipped on a day that hurt elsewhere: the latest
   * harder squats did not hurt, so no step back */
  add_squats (sessions, "2026-11-16T18:00:00Z", "harder", NULL);
  skipped = new_session ("skipped-harder", "2026-11-18T18:00:00Z", "full", 7);
  add_sets (skipped, "clamshell", "base", 12);
  add_sets (skipped, "squat", "harder", 0);
  stride_session_add_pain (skipped, STRIDE_PAIN_AREA_HIP, STRIDE_PAIN_SIDE_LEFT);
  g_ptr_array_add (sessions, skipped);
  assert_step_backs (sessions, NONE);
  g_assert_true (stride_session_set_done (skipped, 2, 10));
  assert_step_backs (sessions, ((const char *[]) { "squat", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/progression-pain/gates-progression", test_pain_gates_progression);
  g_test_add_func ("/stride/progression-pain/step-back-rule", test_step_back_rule);
  g_test_add_func ("/stride/progression-pain/skipped-exercise", test_skipped_exercise);
  g_test_add ("/stride/progression-pain/step-back-apply", Fixture, NULL, fixture_set_up, test_step_back_apply,
              fixture_tear_down);

  return g_test_run ();
}
