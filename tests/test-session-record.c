/* test-session-record.c
 *
 * A recorded session through its one owner: built as the engine and the
 * session log build it, checked as the loader checks it, and put into
 * the words the session log, the history, the CSV export and the pain
 * chart show, in English and German.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "stride-session.h"
#include "stride-session-sets.h"
#include "stride-session-text.h"
#include "stride-test-i18n.h"

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

static char *
to_text (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

/* What a workout stopped partway leaves: the engine's members in the
 * engine's order, then what the runner adds in the session log */
static JsonObject *
build_session (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr(GDateTime) started = g_date_time_new (zone, 2026, 10, 1, 9, 0, 0);
  JsonObject *session = stride_session_new (started, "quick", "Quick Hip Routine");

  stride_session_set_duration (session, 720);
  stride_session_clear_worked (session);
  stride_session_add_worked (session, "squat", NULL, 300);
  stride_session_add_worked (session, "clamshell", STRIDE_SESSION_SIDE_LEFT, 180);
  stride_session_clear_sets (session);
  stride_session_add_set (session, &(StrideSessionSet) {
    .exercise = "squat", .variation = STRIDE_SESSION_VARIATION_BASE, .number = 1,
    .reps = 12, .reps_planned = 15, .hold_seconds = -1,
  });
  stride_session_add_set (session, &(StrideSessionSet) {
    .exercise = "clamshell", .variation = STRIDE_SESSION_VARIATION_BASE, .side = STRIDE_SESSION_SIDE_LEFT,
    .number = 1, .reps = 1, .reps_planned = -1, .hold_seconds = 30,
  });
  stride_session_set_completion (session, 0.5);

  stride_session_set_effort (session, 6);
  stride_session_clear_pain (session);
  stride_session_add_pain (session, STRIDE_PAIN_AREA_KNEE, STRIDE_PAIN_SIDE_LEFT);
  stride_session_add_pain (session, STRIDE_PAIN_AREA_HIP, STRIDE_PAIN_SIDE_UNSPECIFIED);
  stride_session_set_note (session, "Windy");

  return session;
}

/* Built member by member, it is the record the file keeps and the
 * loader's check takes; read back, it says what was put in */
static void
test_session_record_build (void)
{
  g_autoptr(JsonObject) session = build_session ();
  g_autofree char *text = to_text (session);
  g_autoptr(GDateTime) started = stride_session_dup_started (session);
  const char *area, *side;

  g_assert_cmpstr (text, ==,
                   "{\"started\":\"2026-10-01T09:00:00Z\",\"routine\":\"quick\",\"routine_name\":\"Quick Hip Routine\","
                   "\"duration\":720,\"worked\":[[\"squat\",null,300],[\"clamshell\",\"left\",180]],"
                   "\"exercises\":[[\"squat\",\"base\",null,15,12],[\"clamshell\",\"base\",\"left\",\"hold\",30]],"
                   "\"completion\":0.5,\"effort\":6,\"pain\":[{\"area\":\"knee\",\"side\":\"left\"},{\"area\":\"hip\"}],"
                   "\"note\":\"Windy\"}");
  g_assert_true (stride_session_check (session));

  g_assert_cmpint (g_date_time_to_unix (started), ==, 1790845200);
  g_assert_cmpstr (stride_session_get_routine_name (session), ==, "Quick Hip Routine");
  g_assert_cmpint (stride_session_get_duration (session), ==, 720);
  g_assert_cmpint (stride_session_get_seconds_worked (session), ==, 480);
  g_assert_cmpfloat (stride_session_get_completion (session), ==, 0.5);
  g_assert_true (stride_session_is_partial (session));
  g_assert_cmpint (stride_session_get_percent_done (session), ==, 50);

  /* Reps the runner entered after stopping before the player counted
   * any: something done, never said to be 0 % of the routine */
  {
    g_autoptr(JsonNode) node = json_from_string ("{\"started\": \"2026-11-25T18:00:00Z\", \"routine\": \"quick\","
                                                 " \"duration\": 14, \"completion\": 0,"
                                                 " \"exercises\": [[\"squat\", \"base\", null, 15, 2]]}", NULL);
    JsonObject *stopped = json_node_get_object (node);

    g_assert_true (stride_session_has_done (stopped));
    g_assert_cmpint (stride_session_get_percent_done (stopped), ==, 1);
    stride_session_set_done (stopped, 0, 0);
    g_assert_cmpint (stride_session_get_percent_done (stopped), ==, 0);
  }
  g_assert_cmpint (stride_session_get_effort (session), ==, 6);
  g_assert_cmpstr (stride_session_get_note (session), ==, "Windy");
  g_assert_true (stride_session_has_pain (session));
  g_assert_cmpuint (stride_session_get_n_pain (session), ==, 2);
  g_assert_true (stride_session_get_pain (session, 0, &area, &side));
  g_assert_cmpstr (area, ==, "knee");
  g_assert_cmpstr (side, ==, "left");
  g_assert_true (stride_session_get_pain (session, 1, &area, &side));
  g_assert_cmpstr (area, ==, "hip");
  g_assert_null (side);
  g_assert_false (stride_session_get_pain (session, 2, &area, &side));

  /* Not rated and no note are left out, not stored as a 0 or "" */
  stride_session_set_effort (session, 0);
  stride_session_set_note (session, "");
  g_assert_false (json_object_has_member (session, STRIDE_SESSION_EFFORT));
  g_assert_false (json_object_has_member (session, STRIDE_SESSION_NOTE));
  g_assert_cmpint (stride_session_get_effort (session), ==, -1);
  g_assert_null (stride_session_get_note (session));
  stride_session_clear_pain (session);
  g_assert_false (stride_session_has_pain (session));
  g_assert_true (stride_session_check (session));
}

/* Every area and side the session log asks about is stored by a name
 * that reads back as itself; one this version does not know is still
 * pain, in an area of its own */
static void
test_session_record_pain_vocabulary (void)
{
  guint n_areas = 0;

  for (StridePainArea area = STRIDE_PAIN_AREA_FIRST; area <= STRIDE_PAIN_AREA_LAST; area++)
    {
      const char *id = stride_pain_area_to_string (area);

      g_assert_nonnull (id);
      g_assert_cmpint (stride_pain_area_from_string (id), ==, area);
      g_assert_nonnull (stride_pain_area_get_title (area));
      g_assert_nonnull (stride_pain_area_get_label (area));
      g_assert_cmpstr (stride_pain_area_get_chart_label (area), !=, stride_pain_area_get_chart_label (STRIDE_PAIN_AREA_OTHER));
      n_areas++;
    }
  g_assert_cmpuint (n_areas, ==, 5);
  g_assert_cmpstr (stride_pain_area_to_string (STRIDE_PAIN_AREA_LOWER_BACK), ==, "lower-back");
  g_assert_cmpint (stride_pain_area_from_string ("elbow"), ==, STRIDE_PAIN_AREA_OTHER);
  g_assert_cmpint (stride_pain_area_from_string (NULL), ==, STRIDE_PAIN_AREA_OTHER);
  g_assert_null (stride_pain_area_to_string (STRIDE_PAIN_AREA_OTHER));
  g_assert_null (stride_pain_area_to_string (STRIDE_PAIN_AREA_NONE));

  for (StridePainSide side = STRIDE_PAIN_SIDE_LEFT; side <= STRIDE_PAIN_SIDE_BOTH; side++)
    g_assert_cmpint (stride_pain_side_from_string (stride_pain_side_to_string (side)), ==, side);
  g_assert_cmpstr (stride_pain_side_to_string (STRIDE_PAIN_SIDE_BOTH), ==, "both");
  g_assert_null (stride_pain_side_to_string (STRIDE_PAIN_SIDE_UNSPECIFIED));
  g_assert_cmpint (stride_pain_side_from_string ("middle"), ==, STRIDE_PAIN_SIDE_UNSPECIFIED);

  g_assert_cmpstr (stride_pain_area_get_title (STRIDE_PAIN_AREA_LOWER_BACK), ==, "Lower back");
  g_assert_cmpstr (stride_pain_area_get_label (STRIDE_PAIN_AREA_LOWER_BACK), ==, "lower back");
  g_assert_cmpstr (stride_pain_side_get_choice (STRIDE_PAIN_SIDE_UNSPECIFIED), ==, "No pain");
  g_assert_cmpstr (stride_pain_side_get_choice (STRIDE_PAIN_SIDE_BOTH), ==, "Both sides");
  g_assert_cmpstr (stride_pain_side_get_label (STRIDE_PAIN_SIDE_BOTH), ==, "both sides");
  g_assert_cmpstr (stride_pain_area_get_chart_label (STRIDE_PAIN_AREA_NONE), ==, "Self-test");
  g_assert_cmpstr (stride_pain_side_get_chart_label (STRIDE_PAIN_SIDE_UNSPECIFIED, TRUE), ==, "During the test");
  g_assert_cmpstr (stride_pain_side_get_chart_label (STRIDE_PAIN_SIDE_UNSPECIFIED, FALSE), ==, "Pain");
}

/* In German: the heading, the word in a sentence and the chart's word
 * each keep a translation of their own */
static void
test_session_record_pain_words_de (void)
{
  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  g_assert_cmpstr (stride_pain_area_get_title (STRIDE_PAIN_AREA_LOWER_BACK), ==, "Unterer Rücken");
  g_assert_cmpstr (stride_pain_area_get_label (STRIDE_PAIN_AREA_LOWER_BACK), ==, "unterer Rücken");
  g_assert_cmpstr (stride_pain_side_get_choice (STRIDE_PAIN_SIDE_BOTH), ==, "Beide Seiten");
  g_assert_cmpstr (stride_pain_side_get_chart_label (STRIDE_PAIN_SIDE_BOTH, FALSE), ==, "Beidseitig");
}

/* The loader's check of a session's own members: each of these is what
 * Stride would not have written */
static void
test_session_record_check (void)
{
  const char *good[] = {
    "{\"started\": \"2026-10-01T09:00:00Z\"}",
    "{\"started\": \"2026-10-01T09:00:00+02:00\", \"effort\": null, \"completion\": 1}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"pain\": [{\"area\": \"elbow\", \"side\": \"middle\"}]}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"duration\": 86400, \"effort\": 10}",
  };
  const char *bad[] = {
    "{}",
    "{\"started\": \"2026-13-01T09:00:00Z\"}",
    "{\"started\": \"2026-10-01T09:00:00\"}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"effort\": 11}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"effort\": 0}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"duration\": 86401}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"duration\": -1}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"completion\": 1.5}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"routine\": 7}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"note\": [\"a\"]}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"pain\": [{\"side\": \"left\"}]}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"pain\": [\"knee\"]}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"pain\": {\"area\": \"knee\"}}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"exercises\": [[\"squat\", \"base\", null, 12]]}",
    "{\"started\": \"2026-10-01T09:00:00Z\", \"worked\": [[\"squat\", \"up\", 30]]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(JsonObject) session = parse_object (good[i]);

      g_test_message ("%s", good[i]);
      g_assert_true (stride_session_check (session));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonObject) session = parse_object (bad[i]);

      g_test_message ("%s", bad[i]);
      g_assert_false (stride_session_check (session));
    }
}

/* A file of the first layout: its sets, an object each, become entries;
 * a set with a member the new layout cannot carry keeps the old list */
static void
test_session_record_migrate (void)
{
  g_autoptr(JsonObject) plain = parse_object ("{\"sets\": [{\"exercise\": \"squat\", \"set\": 1, \"reps\": 10, \"reps_planned\": 12},"
                                              " {\"exercise\": \"squat\", \"set\": 2, \"reps\": 11, \"reps_planned\": 12}]}");
  g_autoptr(JsonObject) unknown = parse_object ("{\"sets\": [{\"exercise\": \"squat\", \"set\": 1, \"reps\": 10, \"tempo\": \"slow\"}]}");
  g_autoptr(JsonObject) damaged = parse_object ("{\"sets\": [{\"exercise\": \"squat\", \"set\": 0, \"reps\": 10}]}");
  g_autofree char *plain_text = NULL;

  g_assert_true (stride_session_migrate_from_v1 (plain));
  plain_text = to_text (plain);
  g_assert_cmpstr (plain_text, ==, "{\"exercises\":[[\"squat\",null,null,12,10,11]]}");

  g_assert_true (stride_session_migrate_from_v1 (unknown));
  g_assert_true (json_object_has_member (unknown, "sets"));
  g_assert_cmpuint (stride_session_count_sets (unknown), ==, 1);

  g_assert_false (stride_session_migrate_from_v1 (damaged));
}

/* The same session in the words of the history, the session log and
 * the CSV export */
/* A name or note that a hand-edited or damaged file made huge is shown
 * cut short, with "…", rather than laid out whole: a label of 100,000
 * characters took the text layout minutes. The record keeps it all. */
static void
test_session_record_long_text (void)
{
  g_autoptr(JsonObject) session = build_session ();
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autofree char *summary = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;
  g_autofree char *short_note = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_unichar (long_name, i % 2 == 0 ? 'a' : 0x00e9);
  json_object_set_string_member (session, STRIDE_SESSION_ROUTINE_NAME, long_name->str);
  stride_session_set_note (session, long_name->str);

  name = stride_session_dup_routine_name_shown (session);
  g_assert_cmpuint (g_utf8_strlen (name, -1), ==, STRIDE_SESSION_MAX_SHOWN_NAME + 1);
  g_assert_true (g_str_has_suffix (name, "…"));
  g_assert_true (g_utf8_validate (name, -1, NULL));
  note = stride_session_dup_note_shown (session);
  g_assert_cmpuint (g_utf8_strlen (note, -1), ==, STRIDE_SESSION_MAX_SHOWN_NOTE + 1);
  g_assert_true (g_str_has_suffix (note, "…"));

  summary = stride_session_text_dup_summary (session);
  g_assert_cmpuint (g_utf8_strlen (summary, -1), <, STRIDE_SESSION_MAX_SHOWN_NAME + 200);
  outcome = stride_session_text_dup_outcome (session);
  g_assert_cmpuint (g_utf8_strlen (outcome, -1), <, STRIDE_SESSION_MAX_SHOWN_NAME + 300);

  /* Kept whole in the record */
  g_assert_cmpstr (stride_session_get_note (session), ==, long_name->str);

  /* Short ones are shown as they are */
  stride_session_set_note (session, "Legs heavy");
  short_note = stride_session_dup_note_shown (session);
  g_assert_cmpstr (short_note, ==, "Legs heavy");
}

static void
test_session_record_text (gconstpointer data)
{
  const char *language = data;
  gboolean german = language != NULL;
  g_autoptr(JsonObject) session = build_session ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *summary = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *csv_date = NULL;
  g_autofree char *csv_pain = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) done = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) planned = g_ptr_array_new_with_free_func (g_free);
  StrideSessionSetIter iter;
  StrideSessionSet set;

  if (german && !g_test_subprocess ())
    {
      stride_test_run_in_language (language);
      return;
    }

  summary = stride_session_text_dup_summary (session);
  outcome = stride_session_text_dup_outcome (session);
  pain = stride_session_text_dup_pain (session);
  csv_date = stride_session_text_dup_csv_date (session, berlin);
  csv_pain = stride_session_text_dup_csv_pain (session);
  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    {
      g_ptr_array_add (titles, stride_session_text_dup_set_title (&set));
      g_ptr_array_add (done, stride_session_text_dup_set_done (&set));
      g_ptr_array_add (planned, stride_session_text_dup_set_planned (&set));
    }
  g_test_message ("%s\n%s", summary, outcome);
  for (guint i = 0; i < titles->len; i++)
    g_test_message ("%s: %s (%s)", (char *) titles->pdata[i], (char *) done->pdata[i], (char *) planned->pdata[i]);

  g_assert_cmpuint (titles->len, ==, 2);
  if (!german)
    {
      g_assert_cmpstr (summary, ==, "Quick Hip Routine · 12 minutes · 8 minutes of exercise · partly done (50 %) · "
                                    "effort 6 of 10 · pain: knee (left), hip");
      g_assert_cmpstr (outcome, ==, "You did 50 % of “Quick Hip Routine”: 8 minutes of exercise in 12 minutes. "
                                    "Saving keeps it as partly done, with the sets you did.");
      g_assert_cmpstr (pain, ==, "knee (left), hip");
      g_assert_cmpstr (done->pdata[0], ==, "12 of 15 reps");
      g_assert_cmpstr (done->pdata[1], ==, "held 30 seconds");
      g_assert_cmpstr (planned->pdata[1], ==, "Seconds held");
    }
  else
    {
      g_assert_cmpstr (pain, ==, "Knie (links), Hüfte");
      g_assert_nonnull (strstr (summary, "Schmerzen: Knie (links), Hüfte"));
      g_assert_cmpstr (done->pdata[1], ==, "30 Sekunden gehalten");
    }
  g_assert_nonnull (strstr (titles->pdata[0], german ? "Kniebeuge" : "Squat"));

  /* The export is for spreadsheets: the same in every language */
  g_assert_cmpstr (csv_date, ==, "2026-10-01 11:00");
  g_assert_cmpstr (csv_pain, ==, "knee (left); hip");

  /* A hold the runner did not get to is not held, not "0 reps" */
  {
    g_autoptr(JsonObject) skipped = parse_object ("{\"routine\": \"quick\", \"exercises\": [[\"glute-bridge\", \"base\", null, \"hold\", 0]]}");
    g_autofree char *skipped_done = NULL;

    stride_session_set_iter_init (&iter, skipped);
    g_assert_true (stride_session_set_iter_next (&iter, &set));
    skipped_done = stride_session_text_dup_set_done (&set);
    g_assert_cmpstr (skipped_done, ==, german ? "nicht gehalten" : "not held");
  }

  /* A built-in routine's name, recorded while Stride spoke English, is
   * shown in the language of now; a name of the runner's own is not
   * touched, nor one of another routine that happens to match */
  {
    g_autoptr(JsonObject) quick = parse_object ("{\"routine\": \"quick\", \"routine_name\": \"Quick 10 minutes\"}");
    g_autoptr(JsonObject) weaker = parse_object ("{\"routine\": \"weaker-side\", \"routine_name\": \"Weaker side: left\"}");
    g_autoptr(JsonObject) own = parse_object ("{\"routine\": \"my-1\", \"routine_name\": \"Quick 10 minutes\"}");
    g_autofree char *quick_name = stride_session_dup_routine_name_shown (quick);
    g_autofree char *weaker_name = stride_session_dup_routine_name_shown (weaker);
    g_autofree char *own_name = stride_session_dup_routine_name_shown (own);

    g_assert_cmpstr (quick_name, ==, german ? "Schnelle 10 Minuten" : "Quick 10 minutes");
    g_assert_cmpstr (weaker_name, ==, german ? "Schwächere Seite: links" : "Weaker side: left");
    g_assert_cmpstr (own_name, ==, "Quick 10 minutes");
  }

  /* So a built-in routine's name is recorded in English, whatever the
   * language, and shown in the language of later: a session recorded in
   * German read in German in an English Stride. The runner's own names
   * are recorded as they are. */
  {
    const char *quick_now = german ? "Schnelle 10 Minuten" : "Quick 10 minutes";
    g_autoptr(JsonObject) quick = stride_session_new (NULL, "quick", quick_now);
    g_autoptr(JsonObject) own = stride_session_new (NULL, "my-1", quick_now);
    g_autofree char *quick_shown = stride_session_dup_routine_name_shown (quick);
    g_autofree char *quick_full = stride_session_dup_routine_name (quick);

    g_assert_cmpstr (stride_session_get_routine_name (quick), ==, "Quick 10 minutes");
    g_assert_cmpstr (quick_shown, ==, quick_now);
    g_assert_cmpstr (quick_full, ==, quick_now);
    g_assert_cmpstr (stride_session_get_routine_name (own), ==, quick_now);
  }

  /* A session that does not say is told as such, not as zero */
  {
    g_autoptr(JsonObject) bare = parse_object ("{\"routine\": \"quick\"}");
    g_autofree char *bare_date = stride_session_text_dup_date (bare);
    g_autofree char *bare_summary = stride_session_text_dup_summary (bare);
    g_autofree char *bare_time = stride_session_text_dup_time (bare);
    g_autofree char *bare_csv = stride_session_text_dup_csv_date (bare, berlin);

    g_assert_cmpstr (bare_date, ==, german ? "Unbekanntes Datum" : "Unknown date");
    g_assert_cmpstr (bare_summary, ==, "quick");
    g_assert_null (bare_time);
    g_assert_cmpstr (bare_csv, ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/session-record/build", test_session_record_build);
  g_test_add_func ("/stride/session-record/pain-vocabulary", test_session_record_pain_vocabulary);
  g_test_add_func ("/stride/session-record/pain-words/de", test_session_record_pain_words_de);
  g_test_add_func ("/stride/session-record/check", test_session_record_check);
  g_test_add_func ("/stride/session-record/migrate", test_session_record_migrate);
  g_test_add_data_func ("/stride/session-record/text", NULL, test_session_record_text);
  g_test_add_func ("/stride/session-record/long-text", test_session_record_long_text);
  g_test_add_data_func ("/stride/session-record/text/de", "de", test_session_record_text);

  return g_test_run ();
}
