/* test-self-test.c
 *
 * The self-tests as data and rules: the outcome of every combination of
 * answers, the steps, the cues of a timed hold, and stored results.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-catalog.h"
#include "stride-self-test.h"
#include "stride-test-i18n.h"

static JsonObject *
answers_new (const char *key1, gboolean value1,
             const char *key2, gboolean value2,
             const char *key3, gboolean value3)
{
  JsonObject *answers = json_object_new ();

  json_object_set_boolean_member (answers, key1, value1);
  json_object_set_boolean_member (answers, key2, value2);
  json_object_set_boolean_member (answers, key3, value3);
  return answers;
}

static void
test_squat_rules (void)
{
  /* Every combination: tight or weak when depth is missed or the runner
   * falls backward; pain does not change the outcome but brings advice */
  for (guint bits = 0; bits < 8; bits++)
    {
      gboolean depth = (bits & 1) != 0, fell = (bits & 2) != 0, pain = (bits & 4) != 0;
      g_autoptr(JsonObject) answers = answers_new ("depth", depth, "fell_backward", fell, "pain", pain);
      StrideSelfTestOutcome outcome;

      g_assert_true (stride_self_test_is_complete (STRIDE_SELF_TEST_SQUAT, answers));
      g_assert_true (stride_self_test_evaluate (STRIDE_SELF_TEST_SQUAT, answers, &outcome));
      g_assert_cmpint (outcome, ==, (depth && !fell) ? STRIDE_SELF_TEST_OUTCOME_SQUAT_OK
                                                     : STRIDE_SELF_TEST_OUTCOME_SQUAT_TIGHT_OR_WEAK);
      g_assert_cmpint (stride_self_test_had_pain (answers), ==, pain);
    }
}

/* The result speaks to what was answered: each way of answering the
 * squat test's two questions gets its own words, naming what happened,
 * never the guide's general "if you fall backward or can't reach depth" */
static void
test_squat_result_words (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint bits = 0; bits < 8; bits++)
    {
      gboolean depth = (bits & 1) != 0, fell = (bits & 2) != 0, pain = (bits & 4) != 0;
      g_autoptr(JsonObject) answers = answers_new ("depth", depth, "fell_backward", fell, "pain", pain);
      const char *text = stride_self_test_describe_result (STRIDE_SELF_TEST_SQUAT, answers);

      g_test_message ("depth %d, fell %d, pain %d: %s", depth, fell, pain, text);
      g_assert_nonnull (text);
      g_assert_null (strstr (text, "If you fall"));
      g_assert_null (strstr (text, "can’t reach depth"));
      /* What happened, in the runner's own answer */
      g_assert_cmpint (strstr (text, "You could not") != NULL, ==, !depth);
      g_assert_cmpint (strstr (text, "You reached depth") != NULL, ==, depth);
      g_assert_cmpint (strstr (text, "fell backward or lost your balance") != NULL, ==, fell);
      g_assert_cmpint (strstr (text, "tight or weak hips") != NULL, ==, !depth || fell);
      g_assert_cmpint (strstr (text, "Focus on squats and glute bridges") != NULL, ==, !depth || fell);
      /* Pain brings the specialist's advice beside it, not other words */
      if (!pain)
        g_assert_false (g_hash_table_contains (seen, text));
      g_hash_table_add (seen, (gpointer) text);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 4);

  /* The bridge test's words already name the side that dropped */
  for (guint bits = 0; bits < 4; bits++)
    {
      gboolean right = (bits & 1) != 0, left = (bits & 2) != 0;
      g_autoptr(JsonObject) answers = answers_new ("right_dropped", right, "left_dropped", left, "pain", FALSE);
      const char *text = stride_self_test_describe_result (STRIDE_SELF_TEST_BRIDGE, answers);

      g_assert_cmpint (strstr (text, "right foot lifted") != NULL, ==, right && !left);
      g_assert_cmpint (strstr (text, "left foot lifted") != NULL, ==, left && !right);
      g_assert_cmpint (strstr (text, "either foot lifted") != NULL, ==, left == right);
    }

  g_assert_null (stride_self_test_describe_result (STRIDE_SELF_TEST_SQUAT, NULL));
}

static void
test_bridge_rules (void)
{
  static const StrideSelfTestOutcome expected[] = {
    STRIDE_SELF_TEST_OUTCOME_BRIDGE_BALANCED,      /* neither dropped */
    STRIDE_SELF_TEST_OUTCOME_BRIDGE_RIGHT_WEAKER,  /* right only */
    STRIDE_SELF_TEST_OUTCOME_BRIDGE_LEFT_WEAKER,   /* left only */
    STRIDE_SELF_TEST_OUTCOME_BRIDGE_BOTH_WEAKER,   /* both */
  };

  for (guint bits = 0; bits < 8; bits++)
    {
      gboolean right = (bits & 1) != 0, left = (bits & 2) != 0, pain = (bits & 4) != 0;
      g_autoptr(JsonObject) answers = answers_new ("right_dropped", right, "left_dropped", left, "pain", pain);
      StrideSelfTestOutcome outcome;

      g_assert_true (stride_self_test_evaluate (STRIDE_SELF_TEST_BRIDGE, answers, &outcome));
      g_assert_cmpint (outcome, ==, expected[bits & 3]);
      g_assert_cmpint (stride_self_test_had_pain (answers), ==, pain);
    }

  g_assert_cmpint (stride_self_test_outcome_get_weaker_side (STRIDE_SELF_TEST_OUTCOME_BRIDGE_LEFT_WEAKER), ==, STRIDE_SIDE_LEFT);
  g_assert_cmpint (stride_self_test_outcome_get_weaker_side (STRIDE_SELF_TEST_OUTCOME_BRIDGE_RIGHT_WEAKER), ==, STRIDE_SIDE_RIGHT);
  g_assert_cmpint (stride_self_test_outcome_get_weaker_side (STRIDE_SELF_TEST_OUTCOME_BRIDGE_BOTH_WEAKER), ==, STRIDE_SIDE_NONE);
  g_assert_cmpint (stride_self_test_outcome_get_weaker_side (STRIDE_SELF_TEST_OUTCOME_BRIDGE_BALANCED), ==, STRIDE_SIDE_NONE);
}

static void
test_incomplete_answers (void)
{
  g_autoptr(JsonObject) answers = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  StrideSelfTestOutcome outcome;

  g_assert_false (stride_self_test_is_complete (STRIDE_SELF_TEST_BRIDGE, answers));
  g_assert_false (stride_self_test_evaluate (STRIDE_SELF_TEST_BRIDGE, answers, &outcome));
  g_assert_false (stride_self_test_evaluate (STRIDE_SELF_TEST_BRIDGE, NULL, &outcome));

  /* A string is not an answer, even one that reads like it */
  json_object_set_string_member (answers, "right_dropped", "true");
  json_object_set_boolean_member (answers, "left_dropped", FALSE);
  g_assert_false (stride_self_test_evaluate (STRIDE_SELF_TEST_BRIDGE, answers, &outcome));

  /* The outcome is decided, but the test is not finished without pain */
  json_object_set_boolean_member (answers, "right_dropped", TRUE);
  g_assert_true (stride_self_test_evaluate (STRIDE_SELF_TEST_BRIDGE, answers, &outcome));
  g_assert_false (stride_self_test_is_complete (STRIDE_SELF_TEST_BRIDGE, answers));
  g_assert_null (stride_self_test_new_result (STRIDE_SELF_TEST_BRIDGE, answers, now));
}

static void
test_outcome_focus (void)
{
  const char * const *focus;

  g_assert_cmpuint (stride_self_test_outcome_get_focus (STRIDE_SELF_TEST_OUTCOME_SQUAT_TIGHT_OR_WEAK, &focus), ==, 2);
  g_assert_cmpstr (focus[0], ==, "squat");
  g_assert_cmpstr (focus[1], ==, "glute-bridge");

  /* A dropping hip points to the gluteus medius */
  for (StrideSelfTestOutcome o = STRIDE_SELF_TEST_OUTCOME_BRIDGE_LEFT_WEAKER; o <= STRIDE_SELF_TEST_OUTCOME_BRIDGE_BOTH_WEAKER; o++)
    {
      g_assert_cmpuint (stride_self_test_outcome_get_focus (o, &focus), ==, 2);
      g_assert_cmpstr (focus[0], ==, "clamshell");
      g_assert_cmpstr (focus[1], ==, "side-step");
    }

  g_assert_cmpuint (stride_self_test_outcome_get_focus (STRIDE_SELF_TEST_OUTCOME_SQUAT_OK, &focus), ==, 0);
  g_assert_cmpuint (stride_self_test_outcome_get_focus (STRIDE_SELF_TEST_OUTCOME_BRIDGE_BALANCED, &focus), ==, 0);

  /* Every focus is an exercise the library has */
  for (StrideSelfTestOutcome o = 0; o <= STRIDE_SELF_TEST_OUTCOME_BRIDGE_BOTH_WEAKER; o++)
    {
      guint n = stride_self_test_outcome_get_focus (o, &focus);
      StrideSelfTestOutcome back;

      for (guint i = 0; i < n; i++)
        g_assert_nonnull (stride_catalog_lookup (stride_catalog_get_default (), focus[i]));
      g_assert_true (stride_self_test_outcome_from_id (stride_self_test_outcome_get_id (o), &back));
      g_assert_cmpint (back, ==, o);
      g_assert_nonnull (strstr (stride_self_test_outcome_get_text (o), " "));
    }

  /* The guide's words on the squat test */
  g_assert_nonnull (strstr (stride_self_test_outcome_get_text (STRIDE_SELF_TEST_OUTCOME_SQUAT_TIGHT_OR_WEAK),
                            "If you fall backward or can’t reach depth, you may have tight or weak hips."));
  g_assert_nonnull (strstr (stride_self_test_get_specialist_advice (), "physical therapist or orthopedic specialist"));
}

static void
test_steps (void)
{
  static const struct {
    StrideSelfTestKind kind;
    const char *keys[4];
    guint n_timed;
  } tests[] = {
    { STRIDE_SELF_TEST_SQUAT, { "depth", "fell_backward", "pain", NULL }, 1 },
    { STRIDE_SELF_TEST_BRIDGE, { "right_dropped", "left_dropped", "pain", NULL }, 2 },
  };

  for (guint t = 0; t < G_N_ELEMENTS (tests); t++)
    {
      guint n_steps = stride_self_test_get_n_steps (tests[t].kind);
      guint n_questions = 0, n_timed = 0;

      g_assert_cmpint (stride_self_test_get_step (tests[t].kind, 0)->kind, ==, STRIDE_SELF_TEST_STEP_INTRO);
      g_assert_cmpint (stride_self_test_get_step (tests[t].kind, n_steps - 1)->kind, ==, STRIDE_SELF_TEST_STEP_RESULT);

      for (guint i = 0; i < n_steps; i++)
        {
          const StrideSelfTestStep *step = stride_self_test_get_step (tests[t].kind, i);

          g_assert_nonnull (step->title);
          if (step->kind == STRIDE_SELF_TEST_STEP_QUESTION)
            {
              g_assert_cmpstr (step->answer_key, ==, tests[t].keys[n_questions]);
              g_assert_nonnull (step->yes_label);
              g_assert_nonnull (step->no_label);
              n_questions++;
            }
          if (step->kind == STRIDE_SELF_TEST_STEP_PERFORM)
            {
              g_assert_cmpuint (step->hold_seconds, >, 0);
              g_assert_cmpuint (step->get_ready_seconds, >=, 3);
              n_timed++;
            }
        }
      g_assert_null (tests[t].keys[n_questions]);
      g_assert_cmpuint (n_timed, ==, tests[t].n_timed);
    }

  /* The bridge: the right foot first, for 10 seconds, then the left */
  g_assert_cmpint (stride_self_test_get_step (STRIDE_SELF_TEST_BRIDGE, 2)->side, ==, STRIDE_SIDE_RIGHT);
  g_assert_cmpuint (stride_self_test_get_step (STRIDE_SELF_TEST_BRIDGE, 2)->hold_seconds, ==, 10);
  g_assert_cmpint (stride_self_test_get_step (STRIDE_SELF_TEST_BRIDGE, 4)->side, ==, STRIDE_SIDE_LEFT);
}

static void
test_hold_cues (void)
{
  const StrideSelfTestStep *step = stride_self_test_get_step (STRIDE_SELF_TEST_BRIDGE, 2);
  g_autoptr(GArray) cues = stride_self_test_step_get_cues (step, STRIDE_SELF_TEST_BRIDGE);
  static const struct { StrideCueKind kind; gint64 offset; guint number; } expected[] = {
    { STRIDE_CUE_ANNOUNCE, 0, 0 },
    { STRIDE_CUE_COUNTDOWN, 2 * G_USEC_PER_SEC, 3 },
    { STRIDE_CUE_COUNTDOWN, 3 * G_USEC_PER_SEC, 2 },
    { STRIDE_CUE_COUNTDOWN, 4 * G_USEC_PER_SEC, 1 },
    { STRIDE_CUE_GO, 5 * G_USEC_PER_SEC, 0 },
    { STRIDE_CUE_HALFWAY, 10 * G_USEC_PER_SEC, 0 },
    { STRIDE_CUE_EXERCISE_DONE, 15 * G_USEC_PER_SEC, 0 },
  };
  g_autoptr(GArray) none = stride_self_test_step_get_cues (stride_self_test_get_step (STRIDE_SELF_TEST_BRIDGE, 0),
                                                           STRIDE_SELF_TEST_BRIDGE);

  g_assert_cmpuint (cues->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < cues->len; i++)
    {
      const StrideCue *cue = &g_array_index (cues, StrideCue, i);

      g_assert_cmpint (cue->kind, ==, expected[i].kind);
      g_assert_cmpint (cue->offset, ==, expected[i].offset);
      g_assert_cmpuint (cue->number, ==, expected[i].number);
      g_assert_cmpstr (cue->exercise_id, ==, "bridge-test");
      g_assert_cmpint (cue->side, ==, STRIDE_SIDE_RIGHT);
    }

  g_assert_cmpuint (none->len, ==, 0);
}

static JsonObject *
stored_result (const char *test,
               const char *taken,
               const char *outcome)
{
  JsonObject *result = json_object_new ();

  json_object_set_string_member (result, "id", taken);
  json_object_set_string_member (result, "test", test);
  json_object_set_string_member (result, "taken", taken);
  json_object_set_string_member (result, "outcome", outcome);
  return result;
}

static void
test_results (void)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) bridge = NULL;
  g_autoptr(GPtrArray) squat = NULL;
  g_autoptr(JsonObject) answers = answers_new ("right_dropped", FALSE, "left_dropped", TRUE, "pain", FALSE);
  g_autoptr(GDateTime) taken = g_date_time_new_utc (2026, 11, 25, 18, 30, 0);
  g_autoptr(JsonObject) made = NULL;
  JsonObject *saved_answers;

  g_assert_cmpint (stride_self_test_find_weaker_side (results), ==, STRIDE_SIDE_NONE);
  /* Before any bridge test: the test makes the routine */
  g_assert_nonnull (strstr (stride_self_test_explain_no_weaker_side (results), "The bridge self-test finds out"));

  g_ptr_array_add (results, stored_result ("bridge-test", "2026-09-01T10:00:00Z", "right-weaker"));
  g_assert_null (stride_self_test_explain_no_weaker_side (results));
  g_ptr_array_add (results, stored_result ("squat-test", "2026-10-01T10:00:00Z", "ok"));
  g_ptr_array_add (results, stored_result ("bridge-test", "2026-10-02T10:00:00+02:00", "left-weaker"));
  /* Kept in the file, never shown: unknown outcome, wrong test, no date */
  g_ptr_array_add (results, stored_result ("bridge-test", "2026-11-01T10:00:00Z", "wobbly"));
  g_ptr_array_add (results, stored_result ("bridge-test", "2026-11-02T10:00:00Z", "tight-or-weak"));
  g_ptr_array_add (results, stored_result ("bridge-test", "yesterday", "balanced"));

  bridge = stride_self_test_list_results (results, STRIDE_SELF_TEST_BRIDGE);
  squat = stride_self_test_list_results (results, STRIDE_SELF_TEST_SQUAT);
  g_assert_cmpuint (bridge->len, ==, 2);
  g_assert_cmpstr (json_object_get_string_member (bridge->pdata[0], "outcome"), ==, "left-weaker");
  g_assert_cmpuint (squat->len, ==, 1);

  /* The weaker-side routine follows the latest bridge test */
  g_assert_cmpint (stride_self_test_find_weaker_side (results), ==, STRIDE_SIDE_LEFT);
  g_assert_null (stride_self_test_explain_no_weaker_side (results));
  g_ptr_array_add (results, stored_result ("bridge-test", "2026-11-20T10:00:00Z", "balanced"));
  g_assert_cmpint (stride_self_test_find_weaker_side (results), ==, STRIDE_SIDE_NONE);
  g_assert_nonnull (strstr (stride_self_test_explain_no_weaker_side (results), "found neither side weaker"));
  g_ptr_array_add (results, stored_result ("bridge-test", "2026-11-21T10:00:00Z", "both-weaker"));
  g_assert_cmpint (stride_self_test_find_weaker_side (results), ==, STRIDE_SIDE_NONE);
  g_assert_nonnull (strstr (stride_self_test_explain_no_weaker_side (results), "both sides may be weaker"));

  /* A new result: date, only the test's answers, the outcome */
  json_object_set_string_member (answers, "extra", "not kept");
  made = stride_self_test_new_result (STRIDE_SELF_TEST_BRIDGE, answers, taken);
  g_assert_nonnull (made);
  g_assert_cmpstr (json_object_get_string_member (made, "test"), ==, "bridge-test");
  g_assert_cmpstr (json_object_get_string_member (made, "taken"), ==, "2026-11-25T18:30:00Z");
  g_assert_cmpstr (json_object_get_string_member (made, "outcome"), ==, "left-weaker");
  g_assert_cmpuint (strlen (json_object_get_string_member (made, "id")), ==, 36);
  saved_answers = json_object_get_object_member (made, "answers");
  g_assert_cmpuint (json_object_get_size (saved_answers), ==, 3);
  g_assert_true (json_object_get_boolean_member (saved_answers, "left_dropped"));
  g_assert_false (json_object_get_boolean_member (saved_answers, "pain"));
}

static void
test_translated (void)
{
  g_autoptr(GHashTable) msgids = stride_test_load_mo_msgids ("de");

  for (StrideSelfTestKind kind = STRIDE_SELF_TEST_SQUAT; kind <= STRIDE_SELF_TEST_BRIDGE; kind++)
    for (guint i = 0; i < stride_self_test_get_n_steps (kind); i++)
      {
        const StrideSelfTestStep *step = stride_self_test_get_step (kind, i);
        const char *strings[] = { step->title, step->text, step->yes_label, step->no_label };

        for (guint s = 0; s < G_N_ELEMENTS (strings); s++)
          if (strings[s] != NULL && !g_hash_table_contains (msgids, strings[s]))
            g_error ("Not in the German translation: “%s”", strings[s]);
      }

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  g_assert_cmpstr (stride_self_test_translate (stride_self_test_get_step (STRIDE_SELF_TEST_BRIDGE, 0)->title),
                   !=, "Hip Bridge Test");
  g_assert_cmpstr (stride_self_test_outcome_get_title (STRIDE_SELF_TEST_OUTCOME_BRIDGE_LEFT_WEAKER),
                   !=, "Your left side may be weaker");
  g_assert_false (g_str_has_prefix (stride_self_test_get_specialist_advice (), "You felt pain"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/self-test/squat-rules", test_squat_rules);
  g_test_add_func ("/stride/self-test/squat-result-words", test_squat_result_words);
  g_test_add_func ("/stride/self-test/bridge-rules", test_bridge_rules);
  g_test_add_func ("/stride/self-test/incomplete-answers", test_incomplete_answers);
  g_test_add_func ("/stride/self-test/outcome-focus", test_outcome_focus);
  g_test_add_func ("/stride/self-test/steps", test_steps);
  g_test_add_func ("/stride/self-test/hold-cues", test_hold_cues);
  g_test_add_func ("/stride/self-test/results", test_results);
  g_test_add_func ("/stride/self-test/translated", test_translated);

  return g_test_run ();
}
