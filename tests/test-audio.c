/* test-audio.c
 *
 * The cue sounds, judged by their samples: each cue's pitch, rhythm,
 * length and clean ends; cues played in real time into a WAV file land
 * on their deadlines; a tempo tick never hides the last rep; volume and
 * mute; no sound device; speech in English and German where espeak is
 * installed.
 *
 * Set STRIDE_TEST_AUDIO_DIR to a folder to keep the WAV files.
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
#include "stride-test-i18n.h"
#include "stride-test-wav.h"

/* Quieter than this is silence: −46 dBFS, far under the softest cue */
#define THRESHOLD 0.005f
/* Scheduled cues are this far apart at the least, so that each one's
 * onset follows a silence this long */
#define MIN_GAP_MS 80

/* WAV files */

/* This process's own folder, so that test runs side by side do not
 * write over each other's files */
static char *scratch_dir;

static char *
wav_path (const char *name)
{
  const char *keep = g_getenv ("STRIDE_TEST_AUDIO_DIR");
  g_autofree char *file = g_strconcat (name, ".wav", NULL);

  if (keep != NULL)
    {
      g_mkdir_with_parents (keep, 0755);
      return g_build_filename (keep, file, NULL);
    }

  return g_build_filename (scratch_dir, file, NULL);
}

static void
wav_path_done (const char *path)
{
  if (g_getenv ("STRIDE_TEST_AUDIO_DIR") == NULL)
    g_unlink (path);
}

/* Encodes float samples the way a file sink gets them: through
 * audioconvert and wavenc */
static void
write_wav (GBytes     *pcm,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) src = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  g_autoptr(GstBuffer) buffer = gst_buffer_new_wrapped_bytes (pcm);
  GstFlowReturn flow;

  pipeline = gst_parse_launch ("appsrc name=src format=time "
                               "caps=audio/x-raw,format=F32LE,layout=interleaved,rate=48000,channels=1 "
                               "! audioconvert ! audio/x-raw,format=S16LE ! wavenc ! filesink name=sink",
                               &error);
  g_assert_no_error (error);
  gst_object_ref_sink (pipeline);
  src = gst_bin_get_by_name (GST_BIN (pipeline), "src");
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  g_object_set (sink, "location", path, NULL);

  g_assert_cmpint (gst_element_set_state (pipeline, GST_STATE_PLAYING), !=, GST_STATE_CHANGE_FAILURE);
  g_signal_emit_by_name (src, "push-buffer", buffer, &flow);
  g_assert_cmpint (flow, ==, GST_FLOW_OK);
  g_signal_emit_by_name (src, "end-of-stream", &flow);

  bus = gst_pipeline_get_bus (GST_PIPELINE (pipeline));
  message = gst_bus_timed_pop_filtered (bus, 10 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (message);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);
}

/* Measures */

static float
peak_of (const float *x,
         gsize        n)
{
  float peak = 0;

  for (gsize i = 0; i < n; i++)
    peak = MAX (peak, fabsf (x[i]));

  return peak;
}

static gsize
peak_index (const float *x,
            gsize        n)
{
  gsize at = 0;

  for (gsize i = 0; i < n; i++)
    if (fabsf (x[i]) > fabsf (x[at]))
      at = i;

  return at;
}

static double
rms_of (const float *x,
        gsize        n)
{
  double sum = 0;

  for (gsize i = 0; i < n; i++)
    sum += x[i] * x[i];

  return n > 0 ? sqrt (sum / n) : 0;
}

static double
rms_between (const StrideTestWav *wav,
             double     from_ms,
             double     to_ms)
{
  gsize from = MIN (stride_test_ms_to_samples (MAX (from_ms, 0)), wav->n_samples);
  gsize to = MIN (stride_test_ms_to_samples (MAX (to_ms, 0)), wav->n_samples);

  return rms_of (wav->samples + from, to > from ? to - from : 0);
}

/* The fundamental, from the first peak of the normalized
 * autocorrelation that comes near the highest (so that not an octave
 * below), refined between samples by a parabola */
static double
estimate_pitch (const float *x,
                gsize        n)
{
  const gsize min_lag = STRIDE_CUE_RATE / 2500, max_lag = STRIDE_CUE_RATE / 300;
  g_autofree double *r = g_new0 (double, max_lag + 2);
  double best = 0, delta;
  gsize lag = 0;

  g_assert_cmpuint (n, >, 2 * max_lag);

  for (gsize l = min_lag - 1; l <= max_lag + 1; l++)
    {
      double xy = 0, xx = 0, yy = 0;

      for (gsize i = 0; i + max_lag + 1 < n; i++)
        {
          xy += x[i] * x[i + l];
          xx += x[i] * x[i];
          yy += x[i + l] * x[i + l];
        }
      r[l] = xy / sqrt (xx * yy + 1e-20);
    }

  for (gsize l = min_lag; l <= max_lag; l++)
    best = MAX (best, r[l]);
  for (gsize l = min_lag; l <= max_lag && lag == 0; l++)
    if (r[l] > 0.9 * best && r[l] >= r[l - 1] && r[l] >= r[l + 1])
      lag = l;
  g_assert_cmpuint (lag, >, 0);

  delta = 0.5 * (r[lag - 1] - r[lag + 1]) / (r[lag - 1] - 2 * r[lag] + r[lag + 1]);

  return STRIDE_CUE_RATE / (lag + delta);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);

  g_array_sort (sorted, compare_doubles);

  return g_array_index (sorted, double, sorted->len / 2);
}

/* Runs the main loop until a monotonic time, so that the player's bus
 * is served while the cues play in real time */
static void
run_until (gint64 until)
{
  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (MIN (2000, MAX (until - g_get_monotonic_time (), 0)));
    }
}

/* What each cue should sound like: the pitch of its first note, where
 * each of its notes starts, and how long it lasts */
typedef struct
{
  StrideCueKind  kind;
  StrideRepPhase phase;
  double         pitch;
  guint          onsets_ms[4];
  guint          n_notes;
  guint          first_note_ms;
  guint          length_ms;
} Expected;

static const Expected expected[] = {
  { STRIDE_CUE_ANNOUNCE, STRIDE_REP_PHASE_NONE, 1318.5, { 0, 250 }, 2, 240, 750 },
  { STRIDE_CUE_COUNTDOWN, STRIDE_REP_PHASE_NONE, 880.0, { 0 }, 1, 100, 100 },
  { STRIDE_CUE_GO, STRIDE_REP_PHASE_NONE, 1760.0, { 0 }, 1, 450, 450 },
  { STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_DOWN, 392.0, { 0 }, 1, 80, 80 },
  { STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_HOLD, 523.3, { 0 }, 1, 80, 80 },
  { STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_UP, 659.3, { 0 }, 1, 80, 80 },
  { STRIDE_CUE_LAST_REP, STRIDE_REP_PHASE_NONE, 1174.7, { 0, 110, 220 }, 3, 70, 290 },
  { STRIDE_CUE_HALFWAY, STRIDE_REP_PHASE_NONE, 784.0, { 0, 160 }, 2, 120, 280 },
  { STRIDE_CUE_REST, STRIDE_REP_PHASE_NONE, 784.0, { 0, 180, 360 }, 3, 150, 760 },
  { STRIDE_CUE_SWITCH_SIDES, STRIDE_REP_PHASE_NONE, 880.0, { 0, 130, 260, 390 }, 4, 90, 480 },
  { STRIDE_CUE_EXERCISE_DONE, STRIDE_REP_PHASE_NONE, 659.3, { 0, 130, 260 }, 3, 110, 610 },
  { STRIDE_CUE_WORKOUT_DONE, STRIDE_REP_PHASE_NONE, 523.3, { 0, 160, 320, 480 }, 4, 140, 1380 },
  { STRIDE_CUE_PAUSED, STRIDE_REP_PHASE_NONE, 784.0, { 0, 200 }, 2, 160, 600 },
  { STRIDE_CUE_RESUMED, STRIDE_REP_PHASE_NONE, 523.3, { 0, 200 }, 2, 160, 600 },
};

static const Expected *
find_expected (StrideCueKind  kind,
               StrideRepPhase phase)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (expected[i].kind == kind && (kind != STRIDE_CUE_TEMPO_TICK || expected[i].phase == phase))
      return &expected[i];

  g_assert_not_reached ();
}

static char *
describe (const Expected *e)
{
  return g_strdup_printf ("%s%s%s", stride_cue_kind_get_nick (e->kind),
                          e->kind == STRIDE_CUE_TEMPO_TICK ? "-" : "",
                          e->kind != STRIDE_CUE_TEMPO_TICK ? ""
                          : e->phase == STRIDE_REP_PHASE_DOWN ? "down"
                          : e->phase == STRIDE_REP_PHASE_HOLD ? "hold" : "up");
}

/* Each cue, rendered to WAV and read back, sounds as designed */
static void
test_audio_tones (void)
{
  double pitches[G_N_ELEMENTS (expected)];
  double lengths[G_N_ELEMENTS (expected)];
  double loudness[G_N_ELEMENTS (expected)];
  double softest = 0, loudest = -100;

  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, STRIDE_CUE_N_KINDS + 2);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const Expected *e = &expected[i];
      g_autofree char *name = describe (e);
      g_autofree char *path = wav_path (name);
      g_autoptr(GBytes) pcm = stride_cue_tones_render (e->kind, e->phase);
      g_autoptr(StrideTestWav) wav = NULL;
      gsize first, last, peak_at, one_ms = stride_test_ms_to_samples (1), nearest = 0;
      float peak;

      g_test_message ("%s", name);
      write_wav (pcm, path);
      wav = stride_test_read_wav (path);
      wav_path_done (path);

      /* Loud enough to hear from the mat, never clipped */
      peak = peak_of (wav->samples, wav->n_samples);
      g_assert_cmpfloat (peak, <, 0.9);
      loudness[i] = stride_test_loudness_db (wav->samples, wav->n_samples);

      /* Length: from the first audible sample to the last */
      for (first = 0; fabsf (wav->samples[first]) < 0.01f * peak; first++)
        ;
      for (last = wav->n_samples - 1; fabsf (wav->samples[last]) < 0.01f * peak; last--)
        ;
      g_assert_cmpuint (first, <, stride_test_ms_to_samples (1));
      lengths[i] = stride_test_samples_to_ms (last - first);
      g_assert_cmpfloat (fabs (lengths[i] - e->length_ms), <=, 15);
      g_assert_cmpfloat (stride_test_samples_to_ms (wav->n_samples), <=, e->length_ms + 1);

      /* No click: it starts and ends at zero, and its first and last
       * millisecond are quiet */
      g_assert_cmpfloat (fabsf (wav->samples[0]), <, 0.002);
      g_assert_cmpfloat (fabsf (wav->samples[wav->n_samples - 1]), <, 0.002);
      g_assert_cmpfloat (rms_of (wav->samples, one_ms), <, 0.05 * peak);
      g_assert_cmpfloat (rms_of (wav->samples + wav->n_samples - one_ms, one_ms), <, 0.05 * peak);

      /* The peak comes just after a note's attack, never at a cut */
      peak_at = peak_index (wav->samples, wav->n_samples);
      for (guint n = 0; n < e->n_notes; n++)
        if (stride_test_ms_to_samples (e->onsets_ms[n]) <= peak_at)
          nearest = stride_test_ms_to_samples (e->onsets_ms[n]);
      g_assert_cmpfloat (stride_test_samples_to_ms (peak_at - nearest), >=, 3);
      g_assert_cmpfloat (stride_test_samples_to_ms (peak_at - nearest), <=, 30);

      /* Rhythm: each note starts with a rise out of the silence before it */
      for (guint n = 0; n < e->n_notes; n++)
        {
          double t = e->onsets_ms[n];
          double before = rms_between (wav, t - 8, t - 1);
          double after = rms_between (wav, t + 4, t + 14);

          g_assert_cmpfloat (after, >, 0.25 * peak);
          g_assert_cmpfloat (before, <, 0.1 * after);
        }

      /* Pitch of the first note, away from its fades */
      pitches[i] = estimate_pitch (wav->samples + stride_test_ms_to_samples (8), stride_test_ms_to_samples (e->first_note_ms - 20));
      g_test_message ("%s: %.1f Hz, %.0f ms, peak %.2f, %.1f dBFS RMS", name, pitches[i], lengths[i], peak, loudness[i]);
      g_assert_cmpfloat (fabs (pitches[i] / e->pitch - 1), <, 0.01);
    }

  /* One sound for each part of a rep, whatever the exercise: low going
   * down, high coming back up, the hold between */
  g_assert_cmpint (expected[3].phase, ==, STRIDE_REP_PHASE_DOWN);
  g_assert_cmpint (expected[5].phase, ==, STRIDE_REP_PHASE_UP);
  g_assert_cmpfloat (pitches[3], <, pitches[4]);
  g_assert_cmpfloat (pitches[4], <, pitches[5]);

  /* Every cue as loud as the others, the ticks too, within 3 dB */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      softest = MIN (softest, loudness[i]);
      loudest = MAX (loudest, loudness[i]);
    }
  g_test_message ("loudness from %.1f to %.1f dBFS RMS", softest, loudest);
  g_assert_cmpfloat (loudest - softest, <=, 3.0);

  /* Told apart by pitch and length together */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (expected); j++)
      g_assert_true (fabs (pitches[i] / pitches[j] - 1) > 0.05 || fabs (lengths[i] - lengths[j]) > 50
                     || expected[i].n_notes != expected[j].n_notes);
}

typedef struct
{
  StrideCueKind  kind;
  StrideRepPhase phase;
  guint          offset_ms;
  /* A tick at the time of the last rep is not heard */
  gboolean       heard;
} Step;

/* A set from the countdown to its end, compressed, with a tempo tick
 * due at the same time as the last rep: once scheduled before it, once
 * after */
static const Step routine[] = {
  { STRIDE_CUE_COUNTDOWN, STRIDE_REP_PHASE_NONE, 0, TRUE },
  { STRIDE_CUE_COUNTDOWN, STRIDE_REP_PHASE_NONE, 250, TRUE },
  { STRIDE_CUE_COUNTDOWN, STRIDE_REP_PHASE_NONE, 500, TRUE },
  { STRIDE_CUE_GO, STRIDE_REP_PHASE_NONE, 750, TRUE },
  { STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_DOWN, 1350, TRUE },
  { STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_UP, 1530, TRUE },
  { STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_DOWN, 1710, FALSE },
  { STRIDE_CUE_LAST_REP, STRIDE_REP_PHASE_NONE, 1710, TRUE },
  { STRIDE_CUE_SWITCH_SIDES, STRIDE_REP_PHASE_NONE, 2130, TRUE },
  { STRIDE_CUE_LAST_REP, STRIDE_REP_PHASE_NONE, 2740, TRUE },
  { STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_DOWN, 2740, FALSE },
  { STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_UP, 3160, TRUE },
  { STRIDE_CUE_EXERCISE_DONE, STRIDE_REP_PHASE_NONE, 3330, TRUE },
};

typedef struct
{
  StrideCuePlayer *player;
  const Step      *step;
  gint64           deadline;
} Pending;

static gboolean
schedule_pending (gpointer user_data)
{
  Pending *pending = user_data;
  StrideCue cue = { pending->step->kind, pending->step->offset_ms * 1000, 1, pending->step->phase,
                    "clamshell", STRIDE_SIDE_LEFT, 0 };

  stride_cue_player_schedule (pending->player, &cue, pending->deadline);

  return G_SOURCE_REMOVE;
}

/* The acceptance test: a short routine played in real time into a WAV
 * file, as the engine plays it, each cue scheduled just its lead time
 * ahead; every cue is heard within 20 ms of its deadline, at the median
 * within 5 ms, and the ticks at the last reps are not heard */
static void
test_audio_schedule (void)
{
  g_autofree char *path = wav_path ("schedule");
  g_autofree char *sink = g_strdup_printf ("wavenc ! filesink location=\"%s\"", path);
  StrideCuePlayer *player = stride_cue_player_new_for_sink (sink);
  Pending pending[G_N_ELEMENTS (routine)];
  g_autoptr(GArray) errors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) onsets = NULL;
  g_autoptr(StrideTestWav) wav = NULL;
  g_autoptr(GBytes) last_rep = stride_cue_tones_render (STRIDE_CUE_LAST_REP, STRIDE_REP_PHASE_NONE);
  const float *last_rep_samples;
  gsize last_rep_n;
  gint64 start, lead, origin;
  const double gain = 0.8 * 0.8 * 0.8;
  guint heard = 0;

  g_assert_true (stride_cue_player_get_available (player));
  stride_cue_player_set_mode (player, STRIDE_CUE_MODE_TONES);
  stride_cue_player_set_volume (player, 0.8);
  lead = stride_cue_player_get_lead_time (player);
  g_assert_cmpint (lead, >, 0);
  g_assert_cmpint (lead, <, 100000);
  origin = stride_cue_player_get_stream_origin (player);
  g_assert_cmpint (origin, >, 0);

  start = g_get_monotonic_time () + 200000;
  for (guint i = 0; i < G_N_ELEMENTS (routine); i++)
    {
      gint64 ahead = routine[i].offset_ms * 1000 + 200000 - lead - 20000;

      pending[i] = (Pending) { player, &routine[i], start + routine[i].offset_ms * 1000 };
      g_timeout_add (MAX (ahead, 0) / 1000, schedule_pending, &pending[i]);
    }

  run_until (start + (routine[G_N_ELEMENTS (routine) - 1].offset_ms + 650) * 1000);
  g_assert_cmpuint (stride_cue_player_get_n_late (player), ==, 0);
  g_assert_finalize_object (player);

  wav = stride_test_read_wav (path);
  wav_path_done (path);
  onsets = stride_test_find_onsets (wav, THRESHOLD, MIN_GAP_MS);

  for (guint i = 0; i < G_N_ELEMENTS (routine); i++)
    {
      const Step *step = &routine[i];
      const Expected *e = find_expected (step->kind, step->phase);
      double due_ms = (start + step->offset_ms * 1000 - origin) / 1000.0;
      double error_ms = G_MAXDOUBLE, peak;
      gsize at = 0;

      if (!step->heard)
        continue;
      heard++;

      for (guint o = 0; o < onsets->len; o++)
        {
          double onset_ms = stride_test_samples_to_ms (g_array_index (onsets, gsize, o));

          if (fabs (onset_ms - due_ms) < fabs (error_ms))
            {
              error_ms = onset_ms - due_ms;
              at = g_array_index (onsets, gsize, o);
            }
        }
      g_test_message ("%s at %u ms: heard %+.2f ms from its deadline", stride_cue_kind_get_nick (step->kind),
                      step->offset_ms, error_ms);
      g_assert_cmpfloat (fabs (error_ms), <=, 20);
      g_array_append_val (errors, error_ms);

      /* The right sound, at the volume set */
      g_assert_cmpuint (at + stride_test_ms_to_samples (e->length_ms), <=, wav->n_samples);
      peak = peak_of (wav->samples + at, stride_test_ms_to_samples (e->length_ms));
      {
        g_autoptr(GBytes) pcm = stride_cue_tones_render (e->kind, e->phase);
        gsize n;
        const float *designed = g_bytes_get_data (pcm, &n);

        g_assert_cmpfloat (fabs (peak / (gain * peak_of (designed, n / sizeof (float))) - 1), <, 0.05);
      }

      /* Where a tick was due with the last rep, the last rep sounds
       * alone, sample for sample */
      if (step->kind == STRIDE_CUE_LAST_REP)
        {
          double best = G_MAXDOUBLE;

          last_rep_samples = g_bytes_get_data (last_rep, &last_rep_n);
          last_rep_n /= sizeof (float);

          /* The onset is the first sample over the threshold, a few
           * samples into the sound: the sound starts just before */
          for (gsize from = at - stride_test_ms_to_samples (2); from <= at; from++)
            {
              double worst = 0;

              g_assert_cmpuint (from + last_rep_n, <=, wav->n_samples);
              for (gsize s = 0; s < last_rep_n; s++)
                worst = MAX (worst, fabs (wav->samples[from + s] - gain * last_rep_samples[s]));
              best = MIN (best, worst);
            }
          g_assert_cmpfloat (best, <, 0.001);
        }
    }

  /* Nothing else is heard: no tick beside a last rep */
  g_assert_cmpuint (onsets->len, ==, heard);
  g_test_message ("median error %.2f ms", median_of (errors));
  g_assert_cmpfloat (fabs (median_of (errors)), <=, 5);
}

/* Muted, nothing is heard; the volume scales every sample */
static void
test_audio_mute (void)
{
  g_autofree char *path = wav_path ("mute");
  g_autofree char *sink = g_strdup_printf ("wavenc ! filesink location=\"%s\"", path);
  StrideCuePlayer *player = stride_cue_player_new_for_sink (sink);
  StrideCue cue = { STRIDE_CUE_GO, 0, 0, STRIDE_REP_PHASE_NONE, NULL, STRIDE_SIDE_NONE, 0 };
  g_autoptr(StrideTestWav) wav = NULL;
  gint64 deadline;

  g_assert_true (stride_cue_player_get_available (player));
  stride_cue_player_set_mode (player, STRIDE_CUE_MODE_TONES);
  stride_cue_player_set_muted (player, TRUE);
  g_assert_true (stride_cue_player_get_muted (player));

  deadline = g_get_monotonic_time () + stride_cue_player_get_lead_time (player) + 50000;
  stride_cue_player_schedule (player, &cue, deadline);
  run_until (deadline + 300000);
  g_assert_finalize_object (player);

  wav = stride_test_read_wav (path);
  wav_path_done (path);
  g_assert_cmpuint (wav->n_samples, >, stride_test_ms_to_samples (300));
  g_assert_cmpfloat (peak_of (wav->samples, wav->n_samples), ==, 0);
}

/* The tempo ticks have their own level, and can be turned off while the
 * other cues play on */
static void
test_audio_ticks (void)
{
  g_autofree char *path = wav_path ("ticks");
  g_autofree char *sink = g_strdup_printf ("wavenc ! filesink location=\"%s\"", path);
  StrideCuePlayer *player = stride_cue_player_new_for_sink (sink);
  StrideCue tick = { STRIDE_CUE_TEMPO_TICK, 0, 1, STRIDE_REP_PHASE_DOWN, "squat", STRIDE_SIDE_NONE, 0 };
  StrideCue go = { STRIDE_CUE_GO, 0, 0, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 };
  g_autoptr(GBytes) designed_tick = stride_cue_tones_render (STRIDE_CUE_TEMPO_TICK, STRIDE_REP_PHASE_DOWN);
  g_autoptr(GBytes) designed_go = stride_cue_tones_render (STRIDE_CUE_GO, STRIDE_REP_PHASE_NONE);
  g_autoptr(StrideTestWav) wav = NULL;
  gint64 start, origin;
  gsize n;
  const float *samples;
  double tick_peak, go_peak;

  g_assert_true (stride_cue_player_get_available (player));
  g_assert_true (stride_cue_player_get_ticks (player));
  stride_cue_player_set_mode (player, STRIDE_CUE_MODE_TONES);
  stride_cue_player_set_tick_volume (player, 0.5);

  start = g_get_monotonic_time () + stride_cue_player_get_lead_time (player) + 100000;
  stride_cue_player_schedule (player, &tick, start);
  stride_cue_player_schedule (player, &go, start + 300000);
  run_until (start);
  stride_cue_player_set_ticks (player, FALSE);
  stride_cue_player_schedule (player, &tick, start + 900000);
  run_until (start + 1300000);
  origin = stride_cue_player_get_stream_origin (player);
  g_assert_finalize_object (player);

  wav = stride_test_read_wav (path);
  wav_path_done (path);
  samples = g_bytes_get_data (designed_tick, &n);
  tick_peak = peak_of (samples, n / sizeof (float));
  samples = g_bytes_get_data (designed_go, &n);
  go_peak = peak_of (samples, n / sizeof (float));

  /* Half way on the slider: an eighth of the level, cubic */
  {
    gsize at = stride_test_ms_to_samples ((start - origin) / 1000.0);
    double peak = peak_of (wav->samples + at, stride_test_ms_to_samples (100));

    g_test_message ("tick at half volume: peak %.3f of %.3f", peak, tick_peak);
    g_assert_cmpfloat (fabs (peak / (0.125 * tick_peak) - 1), <, 0.1);
  }
  /* The other cues keep their level */
  {
    gsize at = stride_test_ms_to_samples ((start + 300000 - origin) / 1000.0);

    g_assert_cmpfloat (fabs (peak_of (wav->samples + at, stride_test_ms_to_samples (460)) / go_peak - 1), <, 0.05);
  }
  /* Turned off: not heard */
  {
    gsize at = stride_test_ms_to_samples ((start + 850000 - origin) / 1000.0);

    g_assert_cmpuint (at + stride_test_ms_to_samples (200), <=, wav->n_samples);
    g_assert_cmpfloat (peak_of (wav->samples + at, stride_test_ms_to_samples (200)), ==, 0);
  }
}

static void
on_notify_set_flag (GObject    *object,
                    GParamSpec *pspec,
                    gpointer    user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* No sound device: the player says so, and playing cues does no harm */
static void
test_audio_no_device (void)
{
  StrideCuePlayer *player;
  gboolean notified = FALSE;

  /* STRIDE_AUDIO_SINK is a fakesink for the whole run (see main ()) */
  player = stride_cue_player_new ();

  g_assert_false (stride_cue_player_get_available (player));
  g_signal_connect (player, "notify::available", G_CALLBACK (on_notify_set_flag), &notified);

  for (guint kind = 0; kind < STRIDE_CUE_N_KINDS; kind++)
    {
      StrideCue cue = { kind, 0, 3, STRIDE_REP_PHASE_DOWN, "squat", STRIDE_SIDE_LEFT, 0 };

      stride_cue_player_prepare (player, &cue);
      stride_cue_player_schedule (player, &cue, g_get_monotonic_time () + 10000);
      stride_cue_player_play (player, &cue);
    }
  stride_cue_player_set_volume (player, 0.3);
  stride_cue_player_set_muted (player, TRUE);
  stride_cue_player_cancel (player);
  g_main_context_iteration (NULL, FALSE);

  g_assert_false (stride_cue_player_get_available (player));
  g_assert_false (notified);
  g_assert_finalize_object (player);
}

/* Speech */

static void
assert_speech (GBytes     *pcm,
               const char *text)
{
  gsize size;
  const float *samples = g_bytes_get_data (pcm, &size);
  gsize n = size / sizeof (float);

  g_test_message ("“%s”: %.0f ms, RMS %.3f", text, stride_test_samples_to_ms (n), rms_of (samples, n));

  /* Words, not a blip or silence, at a level beside the tones' */
  g_assert_cmpfloat (stride_test_samples_to_ms (n), >, 150);
  g_assert_cmpfloat (stride_test_samples_to_ms (n), <, 4000);
  g_assert_cmpfloat (rms_of (samples, n), >, 0.03);
  /* As loud as the tones, within 3 dB, and never clipped */
  {
    g_autoptr(GBytes) tone = stride_cue_tones_render (STRIDE_CUE_GO, STRIDE_REP_PHASE_NONE);
    gsize tone_size;
    const float *tone_samples = g_bytes_get_data (tone, &tone_size);
    double speech_db = stride_test_loudness_db (samples, n);
    double tone_db = stride_test_loudness_db (tone_samples, tone_size / sizeof (float));

    g_test_message ("“%s”: %.1f dBFS, the tones %.1f dBFS", text, speech_db, tone_db);
    g_assert_cmpfloat (fabs (speech_db - tone_db), <=, 3.0);
    g_assert_cmpfloat (peak_of (samples, n), <=, 0.9);
  }
  /* Trimmed to start at once, faded so as not to click */
  g_assert_cmpfloat (rms_of (samples, stride_test_ms_to_samples (30)), >, 0.001);
  g_assert_cmpfloat (fabsf (samples[0]), <, 0.002);
  g_assert_cmpfloat (fabsf (samples[n - 1]), <, 0.002);
}

static const StrideCue spoken[] = {
  { STRIDE_CUE_ANNOUNCE, 0, 0, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 },
  { STRIDE_CUE_ANNOUNCE, 0, 0, STRIDE_REP_PHASE_NONE, "clamshell", STRIDE_SIDE_LEFT, 0 },
  { STRIDE_CUE_ANNOUNCE, 0, 0, STRIDE_REP_PHASE_NONE, "hip-extension", STRIDE_SIDE_RIGHT, 0 },
  { STRIDE_CUE_COUNTDOWN, 0, 3, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 },
  { STRIDE_CUE_COUNTDOWN, 0, 2, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 },
  { STRIDE_CUE_COUNTDOWN, 0, 1, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 },
  { STRIDE_CUE_LAST_REP, 0, 12, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 },
  { STRIDE_CUE_REST, 0, 0, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 },
  { STRIDE_CUE_SWITCH_SIDES, 0, 0, STRIDE_REP_PHASE_NONE, "clamshell", STRIDE_SIDE_RIGHT, 0 },
  { STRIDE_CUE_ANNOUNCE, 0, 2, STRIDE_REP_PHASE_NONE, "clamshell", STRIDE_SIDE_RIGHT, 3 },
  { STRIDE_CUE_WORKOUT_DONE, 0, 0, STRIDE_REP_PHASE_NONE, NULL, STRIDE_SIDE_NONE, 0 },
  { STRIDE_CUE_PAUSED, 0, 0, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 },
  { STRIDE_CUE_RESUMED, 0, 0, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 },
  /* Side steps go by steps and directions, as the guide counts them */
  { STRIDE_CUE_ANNOUNCE, 0, 0, STRIDE_REP_PHASE_NONE, "side-step", STRIDE_SIDE_LEFT, 0 },
  { STRIDE_CUE_LAST_REP, 0, 10, STRIDE_REP_PHASE_NONE, "side-step", STRIDE_SIDE_LEFT, 0 },
  { STRIDE_CUE_SWITCH_SIDES, 0, 0, STRIDE_REP_PHASE_NONE, "side-step", STRIDE_SIDE_RIGHT, 0 },
  { STRIDE_CUE_ANNOUNCE, 0, 2, STRIDE_REP_PHASE_NONE, "side-step", STRIDE_SIDE_RIGHT, 2 },
};

static void
assert_all_spoken (StrideCueVoice *voice)
{
  for (guint i = 0; i < G_N_ELEMENTS (spoken); i++)
    {
      g_autofree char *text = stride_cue_voice_dup_text (&spoken[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) pcm = NULL;

      g_assert_nonnull (text);
      pcm = stride_cue_voice_render (voice, text, &error);
      g_assert_no_error (error);
      assert_speech (pcm, text);
    }
}

static void
test_audio_voice_english (void)
{
  g_autofree char *language = stride_cue_voice_dup_language ();
  g_autofree char *announce = NULL, *last_rep = NULL, *count = NULL;
  g_autoptr(StrideCueVoice) voice = NULL;

  /* What is said does not need espeak */
  g_assert_cmpstr (language, ==, "en");
  announce = stride_cue_voice_dup_text (&spoken[1]);
  g_assert_cmpstr (announce, ==, "Clamshells, left side");
  last_rep = stride_cue_voice_dup_text (&spoken[6]);
  g_assert_cmpstr (last_rep, ==, "Last rep");
  count = stride_cue_voice_dup_text (&spoken[3]);
  g_assert_cmpstr (count, ==, "3");
  {
    g_autofree char *clamshell_switch = stride_cue_voice_dup_text (&spoken[8]);
    g_autofree char *set = stride_cue_voice_dup_text (&spoken[9]);
    g_autofree char *done = stride_cue_voice_dup_text (&spoken[10]);
    g_autofree char *paused = stride_cue_voice_dup_text (&spoken[11]);
    g_autofree char *resuming = stride_cue_voice_dup_text (&spoken[12]);
    g_autofree char *steps = stride_cue_voice_dup_text (&spoken[13]);
    g_autofree char *last_step = stride_cue_voice_dup_text (&spoken[14]);
    g_autofree char *steps_switch = stride_cue_voice_dup_text (&spoken[15]);
    g_autofree char *steps_set = stride_cue_voice_dup_text (&spoken[16]);

    g_assert_cmpstr (clamshell_switch, ==, "Switch sides");
    g_assert_cmpstr (set, ==, "Clamshells, right side, set 2 of 3");
    g_assert_cmpstr (done, ==, "Workout done");
    g_assert_cmpstr (paused, ==, "Paused");
    g_assert_cmpstr (resuming, ==, "Resuming");
    g_assert_cmpstr (steps, ==, "Banded Side Steps, to the left");
    g_assert_cmpstr (last_step, ==, "Last step");
    g_assert_cmpstr (steps_switch, ==, "Change direction");
    g_assert_cmpstr (steps_set, ==, "Banded Side Steps, to the right, set 2 of 2");
  }
  for (guint kind = 0; kind < STRIDE_CUE_N_KINDS; kind++)
    {
      StrideCue cue = { kind, 0, 1, STRIDE_REP_PHASE_UP, "squat", STRIDE_SIDE_NONE, 0 };
      g_autofree char *text = stride_cue_voice_dup_text (&cue);
      gboolean says = kind == STRIDE_CUE_ANNOUNCE || kind == STRIDE_CUE_COUNTDOWN || kind == STRIDE_CUE_LAST_REP
                      || kind == STRIDE_CUE_REST || kind == STRIDE_CUE_SWITCH_SIDES
                      || kind == STRIDE_CUE_WORKOUT_DONE || kind == STRIDE_CUE_PAUSED || kind == STRIDE_CUE_RESUMED;

      g_assert_true ((text != NULL) == says);
    }

  if (!stride_cue_voice_is_supported ())
    {
      g_test_skip ("The espeak GStreamer element is not installed");
      return;
    }

  voice = stride_cue_voice_new (language);
  assert_all_spoken (voice);
}

static void
test_audio_voice_german (void)
{
  g_autofree char *language = NULL, *announce = NULL;
  g_autoptr(StrideCueVoice) voice = NULL;
  g_autoptr(StrideCueVoice) english = NULL;
  g_autoptr(GBytes) drei = NULL, three = NULL;
  g_autoptr(GHashTable) translated = NULL;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      if (!stride_cue_voice_is_supported ())
        g_test_skip ("The espeak GStreamer element is not installed: only the words were checked");
      return;
    }

  /* The voice follows the language of the messages */
  language = stride_cue_voice_dup_language ();
  g_assert_cmpstr (language, ==, "de");
  announce = stride_cue_voice_dup_text (&spoken[0]);
  g_assert_cmpstr (announce, ==, "Kniebeugen");
  g_clear_pointer (&announce, g_free);
  announce = stride_cue_voice_dup_text (&spoken[1]);
  g_assert_true (g_str_has_prefix (announce, "Clamshells, "));
  translated = stride_test_load_mo_msgids ("de");
  if (g_hash_table_contains (translated, "%s, left side"))
    g_assert_false (g_str_has_suffix (announce, "left side"));

  /* A skip would fail the subprocess; the parent reports it */
  if (!stride_cue_voice_is_supported ())
    return;

  voice = stride_cue_voice_new (language);
  assert_all_spoken (voice);

  /* "drei" is not "three": the German voice speaks */
  english = stride_cue_voice_new ("en");
  drei = stride_cue_voice_render (voice, "3", NULL);
  three = stride_cue_voice_render (english, "3", NULL);
  g_assert_false (g_bytes_equal (drei, three));
}

/* With voice, the words follow the tone on time */
static void
test_audio_voice_schedule (void)
{
  g_autofree char *path = wav_path ("voice");
  g_autofree char *sink = g_strdup_printf ("wavenc ! filesink location=\"%s\"", path);
  StrideCuePlayer *player;
  StrideCue cue = { STRIDE_CUE_LAST_REP, 0, 10, STRIDE_REP_PHASE_NONE, "squat", STRIDE_SIDE_NONE, 0 };
  g_autoptr(StrideTestWav) wav = NULL;
  gint64 deadline, origin;
  double due_ms, speech_ms = 0;

  if (!stride_cue_voice_is_supported ())
    {
      g_test_skip ("The espeak GStreamer element is not installed");
      return;
    }

  player = stride_cue_player_new_for_sink (sink);
  g_assert_true (stride_cue_player_get_voice_available (player));
  g_assert_cmpint (stride_cue_player_get_mode (player), ==, STRIDE_CUE_MODE_VOICE_AND_TONES);
  origin = stride_cue_player_get_stream_origin (player);

  /* Time enough for the words of every workout to be rendered */
  deadline = g_get_monotonic_time () + 300000;
  run_until (deadline - stride_cue_player_get_lead_time (player) - 20000);
  stride_cue_player_schedule (player, &cue, deadline);
  run_until (deadline + 750000);
  g_assert_cmpuint (stride_cue_player_get_n_late (player), ==, 0);
  g_assert_finalize_object (player);

  wav = stride_test_read_wav (path);
  wav_path_done (path);
  due_ms = (deadline - origin) / 1000.0;

  /* The tone, then a short silence, then the words */
  g_assert_cmpfloat (rms_between (wav, due_ms - 50, due_ms - 1), ==, 0);
  g_assert_cmpfloat (rms_between (wav, due_ms + 2, due_ms + 40), >, 0.05);
  g_assert_cmpfloat (rms_between (wav, due_ms + 300, due_ms + 318), ==, 0);
  for (gsize i = stride_test_ms_to_samples (due_ms + 300); i < wav->n_samples; i++)
    if (fabsf (wav->samples[i]) >= THRESHOLD)
      {
        speech_ms = stride_test_samples_to_ms (i) - due_ms;
        break;
      }
  g_test_message ("speech starts %.1f ms after the tone", speech_ms);
  g_assert_cmpfloat (fabs (speech_ms - stride_cue_tones_get_speech_delay (STRIDE_CUE_LAST_REP)), <=, 20);
  g_assert_cmpfloat (rms_between (wav, due_ms + 330, due_ms + 700), >, 0.03);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* No test plays on the machine's loudspeakers: a player made without a
   * sink of its own gets a fakesink, as when there is no sound device */
  g_setenv ("STRIDE_AUDIO_SINK", "fakesink", TRUE);
  stride_test_init_language ();
  gst_init (NULL, NULL);

  g_test_add_func ("/stride/audio/tones", test_audio_tones);
  g_test_add_func ("/stride/audio/schedule", test_audio_schedule);
  g_test_add_func ("/stride/audio/mute", test_audio_mute);
  g_test_add_func ("/stride/audio/ticks", test_audio_ticks);
  g_test_add_func ("/stride/audio/no-device", test_audio_no_device);
  g_test_add_func ("/stride/audio/voice-english", test_audio_voice_english);
  g_test_add_func ("/stride/audio/voice-german", test_audio_voice_german);
  g_test_add_func ("/stride/audio/voice-schedule", test_audio_voice_schedule);

  scratch_dir = g_dir_make_tmp ("stride-test-audio-XXXXXX", NULL);
  g_assert_nonnull (scratch_dir);
  status = g_test_run ();
  g_rmdir (scratch_dir);
  g_free (scratch_dir);

  return status;
}
