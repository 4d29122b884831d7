/* cue-bench.c
 *
 * How close to its deadline a cue is heard.
 *
 * 1. Deadline to first sample: 200 cues, each scheduled the player's
 *    lead time (and 20 ms) ahead of its deadline, as the engine's
 *    cue-ahead signal does, played into an appsink that syncs on the
 *    clock like an audio device. The moment the sink renders a buffer is
 *    the moment its first sample leaves the pipeline; the cue's first
 *    sample leaves that moment plus its place in the buffer. Prints the
 *    median and the maximum of (left − deadline).
 *
 *    Onsets are found where the level first rises over −46 dBFS, a
 *    fraction of a millisecond into each tone's attack; that known delay
 *    is taken off, so that the figures are the timing alone.
 *
 * 2. Onset error of a routine: the first five minutes of the built-in
 *    "Quick 10 minutes" routine, run by the engine on the monotonic
 *    clock and played in real time into a WAV file (wavenc ! filesink),
 *    as STRIDE_AUDIO_SINK would. Each sound's onset in the file, found
 *    by its envelope, is compared with its deadline. Prints the median,
 *    95th percentile and maximum error.
 *
 *   cue-bench [--cues N] [--seconds S] [--keep FILE.wav]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gst/app/gstappsink.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "stride-clock.h"
#include "stride-cue-player-private.h"
#include "stride-cue-tones.h"
#include "stride-engine.h"
#include "stride-routine.h"

/* Quieter than this is silence: −46 dBFS, far under the softest cue */
#define THRESHOLD 0.005
/* An onset follows at least this much silence */
#define MIN_GAP_US 80000
/* Scheduled this long before the lead time, as slack for the main loop */
#define MARGIN_US 20000
#define CUE_SPACING_US 250000
/* What the yield rule of the cue source keeps between a tick and another sound */
#define YIELD_GUARD_US 30000

static int cues_option = 200;
static int seconds_option = 300;
static char *keep_option;
static gboolean check_option;

static GOptionEntry options[] = {
  { "cues", 0, 0, G_OPTION_ARG_INT, &cues_option, "Cues to time in the first part (200)", "N" },
  { "seconds", 0, 0, G_OPTION_ARG_INT, &seconds_option, "Seconds of routine in the second part (300)", "S" },
  { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep_option, "Keep the routine's WAV file", "FILE" },
  { "check", 0, 0, G_OPTION_ARG_NONE, &check_option,
    "Fail unless every onset of the routine is found within ±20 ms, and within 5 ms at the median", NULL },
  { NULL }
};

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gint64
percentile (GArray *values,
            double  fraction)
{
  g_autoptr(GArray) sorted = g_array_copy (values);

  g_array_sort (sorted, compare_int64);

  return g_array_index (sorted, gint64, MIN (sorted->len - 1, (guint) floor (fraction * sorted->len)));
}

/* Prints the errors, and the line `./build-aux/dev bench` gathers with
 * the median and worst against the goals of 0.5 ms and 1 ms */
static void
print_errors (const char *what,
              const char *figure,
              GArray     *errors)
{
  g_autoptr(GArray) magnitudes = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 lo = G_MAXINT64, hi = G_MININT64;

  for (guint i = 0; i < errors->len; i++)
    {
      gint64 e = g_array_index (errors, gint64, i), m = ABS (e);

      g_array_append_val (magnitudes, m);
      lo = MIN (lo, e);
      hi = MAX (hi, e);
    }

  printf ("%s, %u cues: median %+.2f ms, |error| median %.2f ms, 95%% %.2f ms, max %.2f ms "
          "(from %+.2f to %+.2f ms)\n",
          what, errors->len,
          percentile (errors, 0.5) / 1000.0,
          percentile (magnitudes, 0.5) / 1000.0,
          percentile (magnitudes, 0.95) / 1000.0,
          percentile (magnitudes, 1.0) / 1000.0,
          lo / 1000.0, hi / 1000.0);
  printf ("» %s: |error| median %.2f ms, max %.2f ms (goal ≤ 0.5 ms, ≤ 1 ms): %s\n", figure,
          percentile (magnitudes, 0.5) / 1000.0, percentile (magnitudes, 1.0) / 1000.0,
          percentile (magnitudes, 0.5) <= 500 && percentile (magnitudes, 1.0) <= 1000 ? "met" : "missed");
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static gboolean
wake_up (gpointer user_data)
{
  return G_SOURCE_REMOVE;
}

/* Serves the main loop, as the app would, until a monotonic time */
static void
run_until (gint64 until)
{
  while (g_get_monotonic_time () < until)
    {
      g_timeout_add (MAX (until - g_get_monotonic_time (), 0) / 1000 + 1, wake_up, NULL);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* The onset found by the threshold is a few samples into the sound,
 * whose first sample is zero and which rises over its attack; each
 * measure takes this much off, so that it counts the timing alone */
static gint64
detection_delay (StrideCueKind  kind,
                 StrideRepPhase phase)
{
  g_autoptr(GBytes) tone = stride_cue_tones_render (kind, phase);
  gsize size;
  const float *samples = g_bytes_get_data (tone, &size);

  for (gsize i = 0; i < size / sizeof (float); i++)
    if (fabsf (samples[i]) >= THRESHOLD)
      return (gint64) i * G_USEC_PER_SEC / STRIDE_CUE_RATE;

  g_assert_not_reached ();
}

/* Part 1: deadline to first sample, at a sink that syncs on the clock */

typedef struct
{
  GMutex  lock;
  GArray *onsets;
  gsize   quiet;
} Probe;

static GstFlowReturn
on_new_sample (GstAppSink *sink,
               gpointer    user_data)
{
  /* Called from render, once the sink has waited for the buffer's time:
   * its first sample leaves now */
  gint64 now = g_get_monotonic_time ();
  Probe *probe = user_data;
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  GstMapInfo map;

  if (!gst_buffer_map (buffer, &map, GST_MAP_READ))
    return GST_FLOW_OK;

  g_mutex_lock (&probe->lock);
  for (gsize i = 0; i < map.size / 2; i++)
    {
      gint16 value = ((const gint16 *) map.data)[i];

      if (ABS (value) < THRESHOLD * 32768)
        {
          probe->quiet++;
          continue;
        }
      if (probe->quiet >= (gsize) MIN_GAP_US * STRIDE_CUE_RATE / G_USEC_PER_SEC)
        {
          gint64 left = now + (gint64) i * G_USEC_PER_SEC / STRIDE_CUE_RATE;

          g_array_append_val (probe->onsets, left);
        }
      probe->quiet = 0;
    }
  g_mutex_unlock (&probe->lock);

  gst_buffer_unmap (buffer, &map);

  return GST_FLOW_OK;
}

typedef struct
{
  StrideCuePlayer *player;
  StrideCue        cue;
  gint64           deadline;
  gint64           detection_delay;
} Pending;

static gboolean
schedule_pending (gpointer user_data)
{
  Pending *pending = user_data;

  stride_cue_player_schedule (pending->player, &pending->cue, pending->deadline);

  return G_SOURCE_REMOVE;
}

static void
time_cues (guint n_cues)
{
  static const StrideRepPhase phases[] = { STRIDE_REP_PHASE_DOWN, STRIDE_REP_PHASE_HOLD, STRIDE_REP_PHASE_UP };
  StrideCuePlayer *player = stride_cue_player_new_for_sink ("appsink name=bench-sink sync=true "
                                                            "caps=audio/x-raw,format=S16LE,rate=48000,channels=1");
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GArray) errors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree Pending *pending = g_new0 (Pending, n_cues);
  GstAppSinkCallbacks callbacks = { .new_sample = on_new_sample };
  Probe probe = { .onsets = g_array_new (FALSE, FALSE, sizeof (gint64)) };
  gint64 lead, start, next_report;
  double cpu;

  g_mutex_init (&probe.lock);
  if (!stride_cue_player_get_available (player))
    g_error ("The appsink could not start");
  stride_cue_player_set_mode (player, STRIDE_CUE_MODE_TONES);
  sink = gst_bin_get_by_name (GST_BIN (stride_cue_player_get_pipeline (player)), "bench-sink");
  gst_app_sink_set_callbacks (GST_APP_SINK (sink), &callbacks, &probe, NULL);

  lead = stride_cue_player_get_lead_time (player);
  printf ("Part 1: %u cues, %.0f ms apart, each scheduled %.1f ms (the lead time) + %.0f ms before its deadline\n",
          n_cues, CUE_SPACING_US / 1000.0, lead / 1000.0, MARGIN_US / 1000.0);

  cpu = cpu_seconds ();
  start = g_get_monotonic_time () + 200000;
  for (guint i = 0; i < n_cues; i++)
    {
      gint64 deadline = start + (gint64) i * CUE_SPACING_US;
      gint64 ahead = deadline - lead - MARGIN_US - g_get_monotonic_time ();

      /* Countdown pips and the soft ticks of each phase in turn */
      pending[i].player = player;
      pending[i].cue.kind = i % 4 == 0 ? STRIDE_CUE_COUNTDOWN : STRIDE_CUE_TEMPO_TICK;
      pending[i].cue.phase = i % 4 == 0 ? STRIDE_REP_PHASE_NONE : phases[i % 4 - 1];
      pending[i].deadline = deadline;
      pending[i].detection_delay = detection_delay (pending[i].cue.kind, pending[i].cue.phase);
      g_timeout_add (MAX (ahead, 0) / 1000, schedule_pending, &pending[i]);
    }

  for (next_report = start + 10 * G_USEC_PER_SEC;
       next_report < start + (gint64) n_cues * CUE_SPACING_US;
       next_report += 10 * G_USEC_PER_SEC)
    {
      run_until (next_report);
      printf ("  %.0f s of %.0f\n", (next_report - start) / 1e6, n_cues * CUE_SPACING_US / 1e6);
      fflush (stdout);
    }
  run_until (start + (gint64) n_cues * CUE_SPACING_US + 200000);
  cpu = cpu_seconds () - cpu;

  g_mutex_lock (&probe.lock);
  for (guint i = 0; i < n_cues; i++)
    {
      gint64 best = G_MAXINT64;

      for (guint o = 0; o < probe.onsets->len; o++)
        {
          gint64 e = g_array_index (probe.onsets, gint64, o) - pending[i].detection_delay - pending[i].deadline;

          if (ABS (e) < ABS (best))
            best = e;
        }
      if (ABS (best) < CUE_SPACING_US / 2)
        g_array_append_val (errors, best);
    }
  printf ("  %u onsets left the sink; %u cues late by the player's count\n", probe.onsets->len,
          stride_cue_player_get_n_late (player));
  g_mutex_unlock (&probe.lock);

  print_errors ("  Deadline to first sample", "cue onset, single cues", errors);
  printf ("  CPU: %.2f%% of one core\n",
          100 * cpu / ((n_cues * CUE_SPACING_US + 200000) / 1e6));

  /* Stops the streaming thread that calls on_new_sample() */
  g_object_unref (player);
  g_clear_object (&sink);
  g_array_unref (probe.onsets);
  g_mutex_clear (&probe.lock);
}

/* Part 2: a routine run by the engine, rendered into a WAV file */

typedef struct
{
  gint64   when;
  gint64   end;
  gboolean yields;
  gboolean late;
  gint64   detection_delay;
} Sound;

typedef struct
{
  StrideCuePlayer *player;
  GArray          *sounds;
  gint64           lead;
  gint64           lengths[STRIDE_CUE_N_KINDS];
} Run;

static gboolean
overlap (const Sound *a,
         const Sound *b)
{
  return a->when < b->end + YIELD_GUARD_US && b->when < a->end + YIELD_GUARD_US;
}

/* Plays the cue, and writes down the sound it should make, with the
 * cue source's rule: a tick that would overlap another sound is not
 * played */
static void
on_cue_ahead (StrideEngine    *engine,
              const StrideCue *cue,
              gint64           deadline,
              Run             *run)
{
  gint64 earliest = g_get_monotonic_time () + run->lead;
  Sound sound = { MAX (deadline, earliest), 0, cue->kind == STRIDE_CUE_TEMPO_TICK, deadline < earliest,
                  detection_delay (cue->kind, cue->phase) };

  stride_cue_player_schedule (run->player, cue, deadline);

  sound.end = sound.when + run->lengths[cue->kind];
  for (guint i = 0; i < run->sounds->len; i++)
    {
      Sound *other = &g_array_index (run->sounds, Sound, i);

      if (!overlap (&sound, other))
        continue;
      if (sound.yields && !other->yields)
        return;
      if (!sound.yields && other->yields)
        g_array_remove_index (run->sounds, i--);
    }
  g_array_append_val (run->sounds, sound);
}

static int
compare_sounds (gconstpointer a,
                gconstpointer b)
{
  return compare_int64 (&((const Sound *) a)->when, &((const Sound *) b)->when);
}

static GArray *
read_wav_onsets (const char *path,
                 gint64      origin)
{
  g_autofree guint8 *data = NULL;
  g_autoptr(GError) error = NULL;
  GArray *onsets = g_array_new (FALSE, FALSE, sizeof (gint64));
  gsize size, at = 12, quiet = G_MAXSIZE / 2;

  if (!g_file_get_contents (path, (char **) &data, &size, &error))
    g_error ("%s", error->message);

  while (at + 8 <= size && memcmp (data + at, "data", 4) != 0)
    at += 8 + GUINT32_FROM_LE (*(guint32 *) (data + at + 4));
  if (at + 8 > size)
    g_error ("%s has no samples", path);

  for (gsize i = 0; at + 8 + 2 * i + 1 < size; i++)
    {
      gint16 value = GINT16_FROM_LE (*(gint16 *) (data + at + 8 + 2 * i));

      if (ABS (value) < THRESHOLD * 32768)
        {
          quiet++;
          continue;
        }
      if (quiet >= (gsize) MIN_GAP_US * STRIDE_CUE_RATE / G_USEC_PER_SEC)
        {
          gint64 onset = origin + (gint64) i * G_USEC_PER_SEC / STRIDE_CUE_RATE;

          g_array_append_val (onsets, onset);
        }
      quiet = 0;
    }

  return onsets;
}

/* The acceptance rule of the cue timing: every expected onset found,
 * each within ±20 ms of its deadline and the median within 5 ms */
static gboolean
onsets_on_time (GArray *errors,
                guint   n_expected,
                guint   n_unmatched)
{
  g_autoptr(GArray) magnitudes = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < errors->len; i++)
    {
      gint64 m = ABS (g_array_index (errors, gint64, i));

      g_array_append_val (magnitudes, m);
    }

  return n_expected > 0 && n_unmatched == 0 &&
         percentile (magnitudes, 1.0) <= 20000 &&
         ABS (percentile (errors, 0.5)) <= 5000;
}

/* A file of this run's own: runs side by side, as on a shared build
 * machine, must not write into each other's recording */
static gboolean
time_routine (guint seconds)
{
  g_autoptr(GPtrArray) builtins = stride_routine_get_builtins ();
  g_autoptr(StridePlan) plan = NULL;
  g_autoptr(StrideClock) clock = stride_monotonic_clock_new ();
  g_autoptr(StrideEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) onsets = NULL;
  g_autoptr(GArray) errors = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* A folder of its own: runs in other checkouts share the temporary
   * folder, and one would remove the file another is reading */
  g_autofree char *dir = keep_option != NULL ? NULL : g_dir_make_tmp ("cue-bench-XXXXXX", NULL);
  g_autofree char *path = keep_option != NULL ? g_strdup (keep_option)
                                              : g_build_filename (dir, "cue-bench.wav", NULL);
  g_autofree char *description = g_strdup_printf ("wavenc ! filesink location=\"%s\"", path);
  Run run = { .sounds = g_array_new (FALSE, FALSE, sizeof (Sound)) };
  StrideRoutine *quick = NULL;
  gint64 start, origin, busy_until = G_MININT64 / 2, next_report;
  guint n_expected = 0, n_late = 0, n_unmatched = 0;
  double cpu;

  if (keep_option == NULL && dir == NULL)
    g_error ("Could not make a temporary folder for the WAV file");

  for (guint i = 0; i < builtins->len; i++)
    if (g_str_equal (stride_routine_get_id (g_ptr_array_index (builtins, i)), "quick"))
      quick = g_ptr_array_index (builtins, i);
  plan = stride_plan_new (quick, &error);
  if (plan == NULL)
    g_error ("%s", error->message);

  for (guint kind = 0; kind < STRIDE_CUE_N_KINDS; kind++)
    {
      g_autoptr(GBytes) tone = stride_cue_tones_render (kind, STRIDE_REP_PHASE_DOWN);

      run.lengths[kind] = g_bytes_get_size (tone) / sizeof (float) * G_USEC_PER_SEC / STRIDE_CUE_RATE;
    }

  run.player = stride_cue_player_new_for_sink (description);
  if (!stride_cue_player_get_available (run.player))
    g_error ("The file sink could not start");
  stride_cue_player_set_mode (run.player, STRIDE_CUE_MODE_TONES);
  run.lead = stride_cue_player_get_lead_time (run.player);
  origin = stride_cue_player_get_stream_origin (run.player);

  engine = stride_engine_new (plan, clock);
  stride_engine_set_cue_lead (engine, run.lead + MARGIN_US);
  g_signal_connect (engine, "cue-ahead", G_CALLBACK (on_cue_ahead), &run);

  printf ("Part 2: the first %u s of “%s” (%.0f s in all), run by the engine into %s\n",
          seconds, stride_routine_get_name (quick), stride_plan_get_duration (plan) / 1e6, path);

  cpu = cpu_seconds ();
  start = g_get_monotonic_time ();
  stride_engine_start (engine);
  for (next_report = start + 30 * G_USEC_PER_SEC;
       next_report < start + (gint64) seconds * G_USEC_PER_SEC;
       next_report += 30 * G_USEC_PER_SEC)
    {
      run_until (next_report);
      printf ("  %.0f s of %u, %u sounds scheduled\n", (next_report - start) / 1e6, seconds, run.sounds->len);
      fflush (stdout);
    }
  run_until (start + (gint64) seconds * G_USEC_PER_SEC);
  stride_engine_stop (engine);
  cpu = cpu_seconds () - cpu;

  /* Let the last sounds finish, then close the file */
  run_until (g_get_monotonic_time () + 1500000);
  g_clear_object (&run.player);

  onsets = read_wav_onsets (path, origin);

  /* An onset can be found where a sound starts after a silence; sounds
   * at one time, or overlapping, make one, the first to rise found */
  g_array_sort (run.sounds, compare_sounds);
  for (guint i = 0; i < run.sounds->len; i++)
    {
      Sound *sound = &g_array_index (run.sounds, Sound, i);
      gint64 best = G_MAXINT64;

      if (sound->when < busy_until + MIN_GAP_US)
        {
          busy_until = MAX (busy_until, sound->end);
          continue;
        }
      busy_until = MAX (busy_until, sound->end);
      for (guint j = i + 1; j < run.sounds->len && g_array_index (run.sounds, Sound, j).when == sound->when; j++)
        sound->detection_delay = MIN (sound->detection_delay, g_array_index (run.sounds, Sound, j).detection_delay);

      /* A cue due as the engine starts cannot be scheduled ahead */
      if (sound->late)
        {
          n_late++;
          continue;
        }

      n_expected++;
      for (guint o = 0; o < onsets->len; o++)
        {
          gint64 e = g_array_index (onsets, gint64, o) - sound->detection_delay - sound->when;

          if (ABS (e) < ABS (best))
            best = e;
        }
      if (ABS (best) < 100000)
        g_array_append_val (errors, best);
      else
        n_unmatched++;
    }

  printf ("  %u sounds scheduled, %u onsets expected, %u found in the file, %u expected but not found; "
          "%u due before they could be scheduled (left out)\n",
          run.sounds->len, n_expected + n_late, onsets->len, n_unmatched, n_late);
  print_errors ("  Onset error", "cue onset, a routine run by the engine", errors);
  printf ("  CPU: %.2f%% of one core\n", 100 * cpu / seconds);

  if (keep_option == NULL)
    {
      g_unlink (path);
      g_rmdir (dir);
    }
  g_array_unref (run.sounds);

  return onsets_on_time (errors, n_expected, n_unmatched);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the cue player");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, options, NULL);
  g_option_context_add_group (context, gst_init_get_option_group ());
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }

  if (cues_option > 0)
    time_cues (cues_option);
  if (seconds_option > 0 && !time_routine (seconds_option) && check_option)
    {
      fprintf (stderr, "The routine's cues were not on time\n");
      return 1;
    }

  return 0;
}
