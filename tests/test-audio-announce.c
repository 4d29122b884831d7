/* test-audio-announce.c
 *
 * What a runner hears of a routine they made, with sides, sets and a
 * hold, skipped through, gone back in, paused and resumed: the engine
 * runs it on the real clock into a WAV file, as the player does. Every
 * transition is announced (the exercise and side when a set starts,
 * however it was reached, "switch sides", "rest", pause, resume and the
 * end), each one heard in the file where it was due, tone and words,
 * and every cue is as loud as the others within 3 dB.
 *
 * Set STRIDE_TEST_AUDIO_DIR to a folder to keep the WAV file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gst/gst.h>
#include <math.h>
#include <string.h>

#include "stride-cue-player-private.h"
#include "stride-cue-tones.h"
#include "stride-cue-voice.h"
#include "stride-engine.h"
#include "stride-test-i18n.h"
#include "stride-test-wav.h"

#define SECOND G_GINT64_CONSTANT (1000000)
#define MS G_GINT64_CONSTANT (1000)

/* A cue as the engine gave it, and when it is to be heard */
typedef struct
{
  StrideCue cue;
  gint64    deadline;
  gint64    emitted;
} Logged;

typedef struct
{
  StrideCuePlayer *player;
  StrideEngine *engine;
  GArray *log;
  /* When sounds not yet heard were dropped: a skip, a pause */
  GArray *cancels;
} Run;

static void
cancel (Run *run)
{
  gint64 now = g_get_monotonic_time ();

  stride_cue_player_cancel (run->player);
  g_array_append_val (run->cancels, now);
}

/* As the player page does: sound scheduled ahead, the cue log kept */
static void
on_cue_ahead (StrideEngine    *engine,
              const StrideCue *cue,
              gint64           deadline,
              Run             *run)
{
  Logged logged = { *cue, deadline, g_get_monotonic_time () };

  stride_cue_player_schedule (run->player, cue, deadline);
  g_array_append_val (run->log, logged);
}

/* And a pause or a stop silences what was scheduled and not yet heard;
 * the end of the workout does not, or its words would be lost */
static void
on_state_changed (StrideEngine *engine,
                  GParamSpec   *pspec,
                  Run          *run)
{
  StrideEngineState state = stride_engine_get_state (engine);

  if (state == STRIDE_ENGINE_PAUSED || state == STRIDE_ENGINE_STOPPED)
    cancel (run);
}

static void
run_for (gint64 microseconds)
{
  gint64 until = g_get_monotonic_time () + microseconds;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (MIN (2000, MAX (until - g_get_monotonic_time (), 0)));
    }
}

static const StrideSegment *
current (Run *run)
{
  return stride_plan_get_segment (stride_engine_get_plan (run->engine), stride_engine_get_segment (run->engine));
}

static void
skip_next (Run *run)
{

  stride_cue_player_cancel (run->player);
  stride_engine_next (run->engine);
}

static void
skip_previous (Run *run)
{
  cancel (run);
  stride_engine_previous (run->engine);
}

/* The transition's announcement was given, since @from in the log */
static const Logged *
find_logged (Run           *run,
             guint          from,
             StrideCueKind  kind,
             const char    *exercise_id,
             StrideSide     side,
             guint          set)
{
  for (guint i = from; i < run->log->len; i++)
    {
      const Logged *logged = &g_array_index (run->log, Logged, i);

      if (logged->cue.kind == kind
          && (exercise_id == NULL || g_strcmp0 (logged->cue.exercise_id, exercise_id) == 0)
          && (exercise_id == NULL || logged->cue.side == side)
          && (set == 0 || logged->cue.number == set))
        return logged;
    }

  return NULL;
}

typedef struct
{
  const char   *what;
  StrideCueKind kind;
  const char   *exercise_id;
  StrideSide    side;
  guint         set;
  guint         from;
} Expected;

static gsize
to_sample (gint64 monotonic,
           gint64 stream_origin)
{
  return stride_test_ms_to_samples (MAX (monotonic - stream_origin, 0) / 1000.0);
}

static double
rms_at (const StrideTestWav *wav,
        gsize                from,
        gsize                length)
{
  double sum = 0;
  gsize n = 0;

  for (gsize i = from; i < MIN (from + length, wav->n_samples); i++, n++)
    sum += (double) wav->samples[i] * wav->samples[i];

  return n > 0 ? sqrt (sum / n) : 0;
}

static gsize
tone_length (const StrideCue *cue)
{
  g_autoptr(GBytes) pcm = stride_cue_tones_render (cue->kind, cue->phase);

  return g_bytes_get_size (pcm) / sizeof (float);
}

static gint64
heard_at (const Logged *logged,
          gint64        lead)
{
  return MAX (logged->deadline, logged->emitted + lead);
}

/* Whether a logged cue was heard: not dropped by a skip or a pause
 * before it started, and, for a tempo tick, not making way for another
 * cue that it would overlap */
static gboolean
was_heard (Run    *run,
           guint   index,
           gint64  lead)
{
  const Logged *logged = &g_array_index (run->log, Logged, index);
  gint64 start = heard_at (logged, lead);

  for (guint c = 0; c < run->cancels->len; c++)
    {
      gint64 at = g_array_index (run->cancels, gint64, c);

      if (at >= logged->emitted && at < start)
        return FALSE;
    }

  if (logged->cue.kind == STRIDE_CUE_TEMPO_TICK)
    {
      gint64 end = start + stride_test_samples_to_ms (tone_length (&logged->cue)) * MS;

      for (guint j = 0; j < run->log->len; j++)
        {
          const Logged *other = &g_array_index (run->log, Logged, j);
          gint64 other_start = heard_at (other, lead);
          gint64 other_end = other_start + stride_test_samples_to_ms (tone_length (&other->cue)) * MS;

          if (other->cue.kind != STRIDE_CUE_TEMPO_TICK && other_start < end && other_end > start
              && was_heard (run, j, lead))
            return FALSE;
        }
    }

  return TRUE;
}

static void
test_announce_every_transition (void)
{
  const char *keep = g_getenv ("STRIDE_TEST_AUDIO_DIR");
  g_autofree char *dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("stride-test-announce-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "announcements.wav", NULL);
  g_autofree char *sink = g_strdup_printf ("wavenc ! filesink location=\"%s\"", path);
  g_autoptr(StrideRoutine) routine = stride_routine_new ("mine", "Mine");
  g_autoptr(StridePlan) plan = NULL;
  g_autoptr(StrideClock) clock = stride_monotonic_clock_new ();
  g_autoptr(StrideTestWav) wav = NULL;
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (Expected));
  g_autoptr(GArray) loudness = g_array_new (FALSE, FALSE, sizeof (double));
  StrideRoutineItem *clamshell, *bridge, *squat;
  gboolean voice;
  gint64 lead, stream_origin;
  Run run = { 0, };
  double softest = 0, loudest = -200;

  g_mkdir_with_parents (dir, 0755);

  /* The routine a runner made: clamshells on both sides in two sets, a
   * held bridge, squats; short, so that the test is */
  clamshell = stride_routine_add_item (routine, "clamshell");
  clamshell->sets = 2;
  clamshell->reps = 2;
  clamshell->tempo_down = 0.5;
  clamshell->tempo_hold = 0;
  clamshell->tempo_up = 0.5;
  clamshell->rest_between_sets = 3;
  clamshell->rest_after = 4;
  bridge = stride_routine_add_item (routine, "glute-bridge");
  bridge->sets = 1;
  bridge->reps = 0;
  bridge->hold_seconds = 3;
  bridge->rest_after = 5;
  squat = stride_routine_add_item (routine, "squat");
  squat->sets = 1;
  squat->reps = 5;
  squat->tempo_down = 1;
  squat->tempo_hold = 0;
  squat->tempo_up = 1;
  stride_routine_set_get_ready (routine, 3);
  stride_routine_set_switch_sides (routine, 2);
  plan = stride_plan_new (routine, NULL);
  g_assert_nonnull (plan);

  run.player = stride_cue_player_new_for_sink (sink);
  g_assert_true (stride_cue_player_get_available (run.player));
  voice = stride_cue_player_get_voice_available (run.player);
  if (!voice)
    g_test_message ("espeak is not installed: tones only");
  lead = stride_cue_player_get_lead_time (run.player);
  run.log = g_array_new (FALSE, FALSE, sizeof (Logged));
  run.cancels = g_array_new (FALSE, FALSE, sizeof (gint64));
  run.engine = stride_engine_new (plan, clock);
  stride_engine_set_cue_lead (run.engine, lead + 20 * MS);
  g_signal_connect (run.engine, "cue-ahead", G_CALLBACK (on_cue_ahead), &run);
  g_signal_connect (run.engine, "notify::state", G_CALLBACK (on_state_changed), &run);
  for (guint i = 0; i < stride_plan_get_n_cues (plan); i++)
    stride_cue_player_prepare (run.player, stride_plan_get_cue (plan, i));
  /* Let the words be rendered before they are needed */
  run_for (1500 * MS);

#define EXPECT(what_, kind_, exercise_, side_, set_, from_) \
  G_STMT_START { \
    Expected e = { what_, kind_, exercise_, side_, set_, from_ }; \
    g_array_append_val (expected, e); \
  } G_STMT_END

  stride_engine_start (run.engine);
  EXPECT ("start", STRIDE_CUE_ANNOUNCE, "clamshell", STRIDE_SIDE_LEFT, 1, 0);
  run_for (3500 * MS);
  g_assert_cmpint (current (&run)->kind, ==, STRIDE_SEGMENT_WORK);

  /* Skip the rest of the set: the switch */
  EXPECT ("skip to the switch", STRIDE_CUE_SWITCH_SIDES, "clamshell", STRIDE_SIDE_RIGHT, 1, run.log->len);
  skip_next (&run);
  run_for (1000 * MS);

  /* Skip the switch: the right side is told */
  EXPECT ("skip the switch", STRIDE_CUE_ANNOUNCE, "clamshell", STRIDE_SIDE_RIGHT, 1, run.log->len);
  skip_next (&run);
  g_assert_cmpint (current (&run)->side, ==, STRIDE_SIDE_RIGHT);
  run_for (2500 * MS);

  /* Pause and resume, each said */
  EXPECT ("pause", STRIDE_CUE_PAUSED, NULL, STRIDE_SIDE_NONE, 0, run.log->len);
  stride_engine_pause (run.engine);
  run_for (1500 * MS);
  EXPECT ("resume", STRIDE_CUE_RESUMED, NULL, STRIDE_SIDE_NONE, 0, run.log->len);
  stride_engine_resume (run.engine);
  run_for (1500 * MS);

  /* Into the rest between sets, and out of it: the second set is told */
  g_assert_cmpint (current (&run)->kind, ==, STRIDE_SEGMENT_REST);
  EXPECT ("skip the rest", STRIDE_CUE_ANNOUNCE, "clamshell", STRIDE_SIDE_LEFT, 2, run.log->len);
  skip_next (&run);
  run_for (2500 * MS);

  /* Back, early in the switch: to the start of the set, told again */
  g_assert_cmpint (current (&run)->kind, ==, STRIDE_SEGMENT_SWITCH_SIDES);
  EXPECT ("previous", STRIDE_CUE_ANNOUNCE, "clamshell", STRIDE_SIDE_LEFT, 2, run.log->len);
  skip_previous (&run);
  g_assert_cmpuint (current (&run)->set, ==, 2);
  run_for (1000 * MS);

  /* To the rest before the bridge, then from the rest into the bridge,
   * the case that was never announced */
  skip_next (&run);
  skip_next (&run);
  EXPECT ("skip to the rest", STRIDE_CUE_REST, NULL, STRIDE_SIDE_NONE, 0, run.log->len);
  skip_next (&run);
  g_assert_cmpint (current (&run)->kind, ==, STRIDE_SEGMENT_REST);
  run_for (1200 * MS);
  EXPECT ("skip into the next exercise", STRIDE_CUE_ANNOUNCE, "glute-bridge", STRIDE_SIDE_NONE, 1, run.log->len);
  skip_next (&run);
  g_assert_cmpstr (current (&run)->exercise_id, ==, "glute-bridge");

  /* From here by the clock: the rest announces the squats, and the end */
  EXPECT ("the rest, by the clock", STRIDE_CUE_ANNOUNCE, "squat", STRIDE_SIDE_NONE, 1, run.log->len);
  EXPECT ("the end", STRIDE_CUE_WORKOUT_DONE, NULL, STRIDE_SIDE_NONE, 0, run.log->len);
  while (stride_engine_get_state (run.engine) == STRIDE_ENGINE_RUNNING)
    run_for (100 * MS);
  run_for (2500 * MS);

#undef EXPECT

  stream_origin = stride_cue_player_get_stream_origin (run.player);
  g_assert_cmpint (stream_origin, >, 0);
  g_clear_object (&run.engine);
  g_assert_finalize_object (run.player);

  wav = stride_test_read_wav (path);
  if (keep == NULL)
    {
      g_unlink (path);
      g_rmdir (dir);
    }

  /* Every transition has its announcement, in the log and in the file:
   * its tone where it was due (or, for one said on a skip, as soon as
   * the sound could start), and its words after it */
  for (guint i = 0; i < expected->len; i++)
    {
      const Expected *e = &g_array_index (expected, Expected, i);
      const Logged *logged = find_logged (&run, e->from, e->kind, e->exercise_id, e->side, e->set);
      gint64 heard;
      gsize at;
      double tone, words = 0;

      g_test_message ("%s: %s", e->what, logged != NULL ? "announced" : "not announced");
      g_assert_nonnull (logged);
      heard = MAX (logged->deadline, logged->emitted + lead);
      at = to_sample (heard, stream_origin);
      tone = rms_at (wav, at + stride_test_ms_to_samples (5), stride_test_ms_to_samples (60));
      if (voice)
        {
          g_autofree char *text = stride_cue_voice_dup_text (&logged->cue);
          gsize speech = to_sample (heard + stride_cue_tones_get_speech_delay (e->kind) * MS, stream_origin);

          g_assert_nonnull (text);
          words = rms_at (wav, speech, stride_test_ms_to_samples (400));
          g_test_message ("  “%s”: tone %.3f, words %.3f RMS at %.0f ms", text, tone, words,
                          stride_test_samples_to_ms (at));
          g_assert_cmpfloat (words, >, 0.03);
        }
      g_assert_cmpuint (at, <, wav->n_samples);
      g_assert_cmpfloat (tone, >, 0.05);
    }

  /* Each cue heard alone (no other tone or words over it) is as loud as
   * the others, within 3 dB */
  for (guint i = 0; i < run.log->len; i++)
    {
      const Logged *logged = &g_array_index (run.log, Logged, i);
      gint64 start = heard_at (logged, lead);
      gint64 end = start + stride_test_samples_to_ms (tone_length (&logged->cue)) * MS;
      gboolean alone = TRUE;
      gsize from, length;
      double db;

      for (guint j = 0; j < run.log->len && alone; j++)
        {
          const Logged *other = &g_array_index (run.log, Logged, j);
          gint64 other_start = heard_at (other, lead);
          g_autofree char *text = voice ? stride_cue_voice_dup_text (&other->cue) : NULL;
          /* Words take under 90 ms a letter */
          gint64 other_end = other_start + stride_test_samples_to_ms (tone_length (&other->cue)) * MS
                             + (text != NULL ? stride_cue_tones_get_speech_delay (other->cue.kind) * MS
                                               + (gint64) strlen (text) * 90 * MS : 0);

          if (j != i && other_start < end + 20 * MS && other_end > start - 20 * MS && was_heard (&run, j, lead))
            alone = FALSE;
        }
      from = to_sample (start, stream_origin);
      length = stride_test_ms_to_samples ((end - start) / 1000.0);
      if (!alone || !was_heard (&run, i, lead) || from + length > wav->n_samples)
        continue;

      db = stride_test_loudness_db (wav->samples + from, length);
      g_test_message ("%s alone: %.1f dBFS", stride_cue_kind_get_nick (logged->cue.kind), db);
      g_array_append_val (loudness, db);
      softest = MIN (softest, db);
      loudest = MAX (loudest, db);
    }
  g_test_message ("%u cues heard alone, from %.1f to %.1f dBFS", loudness->len, softest, loudest);
  g_assert_cmpuint (loudness->len, >=, 5);
  g_assert_cmpfloat (loudest - softest, <=, 3.0);

  g_array_unref (run.log);
  g_array_unref (run.cancels);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();
  gst_init (NULL, NULL);

  g_test_add_func ("/stride/audio-announce/every-transition", test_announce_every_transition);

  return g_test_run ();
}
