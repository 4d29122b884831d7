/* stride-cue-voice.c
 *
 * Spoken cues, through the GStreamer espeak element where it is
 * installed. Speech is rendered to PCM ahead of time, on a worker
 * thread, and kept: what a workout says is known as soon as it is
 * planned, and a phrase takes espeak up to some 20 ms, more than a cue
 * may be late and more than the UI thread may wait.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/app/gstappsink.h>
#include <math.h>
#include <string.h>

#include "stride-catalog.h"
#include "stride-cue-tones.h"
#include "stride-cue-voice.h"

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
#define FLOAT_FORMAT "F32LE"
#else
#define FLOAT_FORMAT "F32BE"
#endif

/* Speech has peaks far above its loudness; they are rounded off here
 * rather than letting them set the level, so that words are as loud as
 * the tones (see STRIDE_CUE_RMS) */
#define SPEECH_CEILING 0.9f
/* espeak pads its speech with silence; a little of it is kept */
#define KEEP_BEFORE_MS 5
#define KEEP_AFTER_MS 30
#define FADE_IN_MS 5
#define FADE_OUT_MS 20
/* Words later than this would confuse more than they tell */
#define MAX_LATE (500 * GST_MSECOND)
#define RENDER_TIMEOUT (10 * G_USEC_PER_SEC)

struct _StrideCueVoice
{
  GObject parent_instance;

  char *language;
  GThreadPool *worker;

  /* Under espeak_lock */
  GstElement *synth;
  GstElement *tts;
  GstAppSink *sink;

  GMutex lock;
  /* Text → GBytes of float samples, under lock */
  GHashTable *cache;
};

G_DEFINE_FINAL_TYPE (StrideCueVoice, stride_cue_voice, G_TYPE_OBJECT)

G_DEFINE_QUARK (stride-cue-voice-error-quark, stride_cue_voice_error)

typedef struct
{
  char            *text;
  StrideCueSource *source;
  GstClockTime     when;
  guint            epoch;
} Job;

/* espeak keeps global state, and one phrase at a time is enough */
static GMutex espeak_lock;

static void
job_free (Job *job)
{
  g_free (job->text);
  g_clear_object (&job->source);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static const char * const needed_elements[] = { "espeak", "audioconvert", "audioresample", "appsink" };

/**
 * stride_cue_voice_is_supported:
 *
 * Returns: whether the espeak element, and what speech needs besides,
 *   are installed
 */
gboolean
stride_cue_voice_is_supported (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (needed_elements); i++)
    {
      g_autoptr(GstElementFactory) factory = gst_element_factory_find (needed_elements[i]);

      if (factory == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * stride_cue_voice_dup_language:
 *
 * Finds the language that the app's messages are in: the first of the
 * user's languages that is English or has a translation, in their
 * order of preference, as gettext picks them. Speech follows the text,
 * not the locale: a French desktop without a French translation gets
 * English words, which an English voice must speak.
 *
 * Returns: (transfer full): a language code for espeak, e.g. "en" or "de"
 */
char *
stride_cue_voice_dup_language (void)
{
  const char * const *names = g_get_language_names ();
  const char *catalogs = bindtextdomain (GETTEXT_PACKAGE, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *language = g_strndup (names[i], strcspn (names[i], "_.@"));
      g_autofree char *catalog = NULL;

      if (g_str_equal (language, "C") || g_str_equal (language, "POSIX") || g_str_equal (language, "en"))
        break;

      catalog = g_build_filename (catalogs, names[i], "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      if (g_file_test (catalog, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&language);
    }

  return g_strdup ("en");
}

/**
 * stride_cue_voice_dup_text:
 *
 * Returns: (transfer full) (nullable): what is said for @cue, in the
 *   current language, or %NULL for a cue that only sounds
 */
/* Side steps are counted in steps and directions, the rest in reps and sides */
static const StrideDose *
lookup_dose (const StrideCue *cue)
{
  StrideExercise *exercise = cue->exercise_id != NULL
                               ? stride_catalog_lookup (stride_catalog_get_default (), cue->exercise_id)
                               : NULL;

  return exercise != NULL ? stride_exercise_get_dose (exercise) : NULL;
}

char *
stride_cue_voice_dup_text (const StrideCue *cue)
{
  StrideExercise *exercise;
  const char *name;
  g_autofree char *who = NULL;

  g_return_val_if_fail (cue != NULL, NULL);

  switch (cue->kind)
    {
    case STRIDE_CUE_ANNOUNCE:
      exercise = cue->exercise_id != NULL
                   ? stride_catalog_lookup (stride_catalog_get_default (), cue->exercise_id)
                   : NULL;
      if (exercise == NULL)
        return NULL;

      name = stride_exercise_get_name (exercise);
      who = stride_dose_name_side (stride_exercise_get_dose (exercise), name, cue->side);

      /* A runner on the mat counts sets by ear too */
      if (cue->n_sets > 1 && cue->number > 0)
        /* Translators: spoken before a set; %s is the exercise and its
         * side, e.g. "Clamshells, left side, set 2 of 3" */
        return g_strdup_printf (_("%s, set %u of %u"), who, cue->number, cue->n_sets);

      return g_steal_pointer (&who);

    case STRIDE_CUE_COUNTDOWN:
      /* The voice says the digits in its own language */
      return cue->number > 0 ? g_strdup_printf ("%u", cue->number) : NULL;

    case STRIDE_CUE_LAST_REP:
      return g_strdup (stride_dose_get_last_one (lookup_dose (cue)));

    case STRIDE_CUE_REST:
      /* Translators: spoken when a rest between sets or exercises starts */
      return g_strdup (_("Rest"));

    case STRIDE_CUE_SWITCH_SIDES:
      return g_strdup (stride_dose_get_switch_cue (lookup_dose (cue)));

    case STRIDE_CUE_WORKOUT_DONE:
      /* Translators: spoken when the whole workout is done */
      return g_strdup (_("Workout done"));

    case STRIDE_CUE_PAUSED:
      /* Translators: spoken when the runner pauses the workout; not the
       * word for a rest between sets, which means something else */
      return g_strdup (_("Paused"));

    case STRIDE_CUE_RESUMED:
      /* Translators: spoken when the runner resumes a paused workout */
      return g_strdup (_("Resuming"));

    case STRIDE_CUE_GO:
    case STRIDE_CUE_TEMPO_TICK:
    case STRIDE_CUE_HALFWAY:
    case STRIDE_CUE_EXERCISE_DONE:
      return NULL;

    default:
      g_return_val_if_reached (NULL);
    }
}

/* Trims espeak's silence, sets the level, and fades both ends so that
 * the speech starts on time and never clicks */
static GBytes *
shape (const float  *samples,
       gsize         n_samples,
       GError      **error)
{
  const gsize keep_before = KEEP_BEFORE_MS * STRIDE_CUE_RATE / 1000;
  const gsize keep_after = KEEP_AFTER_MS * STRIDE_CUE_RATE / 1000;
  const gsize fade_in = FADE_IN_MS * STRIDE_CUE_RATE / 1000;
  const gsize fade_out = FADE_OUT_MS * STRIDE_CUE_RATE / 1000;
  float peak = 0, gain;
  gsize first, last, length;
  float *out;

  for (gsize i = 0; i < n_samples; i++)
    peak = MAX (peak, fabsf (samples[i]));

  if (peak < 1e-3f)
    {
      g_set_error_literal (error, STRIDE_CUE_VOICE_ERROR, STRIDE_CUE_VOICE_ERROR_FAILED,
                           "The speech synthesizer gave silence");
      return NULL;
    }

  for (first = 0; fabsf (samples[first]) < 0.02f * peak; first++)
    ;
  for (last = n_samples - 1; fabsf (samples[last]) < 0.02f * peak; last--)
    ;
  first = first > keep_before ? first - keep_before : 0;
  last = MIN (n_samples, last + 1 + keep_after);
  length = last - first;

  gain = MIN (STRIDE_CUE_RMS / stride_cue_tones_measure_loudness (samples + first, length), 4.0 / peak);
  out = g_new (float, length);
  for (gsize i = 0; i < length; i++)
    {
      float envelope = 1;

      if (i < fade_in)
        envelope = 0.5f * (1 - cosf (G_PI * i / fade_in));
      if (i + fade_out >= length)
        envelope *= 0.5f * (1 - cosf (G_PI * (length - 1 - i) / fade_out));

      out[i] = SPEECH_CEILING * tanhf (samples[first + i] * gain / SPEECH_CEILING) * envelope;
    }

  return g_bytes_new_take (out, length * sizeof (float));
}

static GstElement *
add_element (GstBin      *bin,
             const char  *factory,
             GError     **error)
{
  GstElement *element = gst_element_factory_make (factory, NULL);

  if (element == NULL)
    {
      g_set_error (error, STRIDE_CUE_VOICE_ERROR, STRIDE_CUE_VOICE_ERROR_NO_SPEECH,
                   "The GStreamer element %s is not installed", factory);
      return NULL;
    }

  gst_bin_add (bin, element);

  return element;
}

/* Pulls everything the pipeline makes, until its end or an error */
static gboolean
pull_all (GstElement  *pipeline,
          GstAppSink  *sink,
          GByteArray  *samples,
          GError     **error)
{
  g_autoptr(GstBus) bus = gst_pipeline_get_bus (GST_PIPELINE (pipeline));
  gint64 give_up = g_get_monotonic_time () + RENDER_TIMEOUT;

  while (TRUE)
    {
      g_autoptr(GstSample) sample = gst_app_sink_try_pull_sample (sink, 50 * GST_MSECOND);
      g_autoptr(GstMessage) message = NULL;

      if (sample != NULL)
        {
          GstBuffer *buffer = gst_sample_get_buffer (sample);
          GstMapInfo map;

          if (gst_buffer_map (buffer, &map, GST_MAP_READ))
            {
              g_byte_array_append (samples, map.data, map.size);
              gst_buffer_unmap (buffer, &map);
            }
          continue;
        }

      if (gst_app_sink_is_eos (sink))
        return TRUE;

      /* An error stops the stream without an end, so the sink would wait forever */
      message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);
      if (message != NULL)
        {
          gst_message_parse_error (message, error, NULL);
          return FALSE;
        }

      if (g_get_monotonic_time () > give_up)
        {
          g_set_error_literal (error, STRIDE_CUE_VOICE_ERROR, STRIDE_CUE_VOICE_ERROR_FAILED,
                               "The speech synthesizer did not finish");
          return FALSE;
        }
    }
}

/* The synthesizer is made once and played again for each phrase: the
 * espeak element is never freed once made, and starting it costs more
 * than the speech */
static gboolean
make_synth (StrideCueVoice  *self,
            GError         **error)
{
  g_autoptr(GstElement) synth = gst_object_ref_sink (gst_pipeline_new ("stride-speech"));
  g_autoptr(GstCaps) caps = NULL;
  GstElement *tts, *convert, *resample, *sink;

  if (!(tts = add_element (GST_BIN (synth), "espeak", error))
      || !(convert = add_element (GST_BIN (synth), "audioconvert", error))
      || !(resample = add_element (GST_BIN (synth), "audioresample", error))
      || !(sink = add_element (GST_BIN (synth), "appsink", error)))
    return FALSE;

  caps = gst_caps_new_simple ("audio/x-raw",
                              "format", G_TYPE_STRING, FLOAT_FORMAT,
                              "layout", G_TYPE_STRING, "interleaved",
                              "rate", G_TYPE_INT, STRIDE_CUE_RATE,
                              "channels", G_TYPE_INT, 1,
                              NULL);
  g_object_set (tts, "voice", self->language, NULL);
  g_object_set (sink, "caps", caps, "sync", FALSE, NULL);

  if (!gst_element_link_many (tts, convert, resample, sink, NULL))
    {
      g_set_error_literal (error, STRIDE_CUE_VOICE_ERROR, STRIDE_CUE_VOICE_ERROR_FAILED,
                           "The speech synthesizer could not be connected");
      return FALSE;
    }

  self->synth = g_steal_pointer (&synth);
  self->tts = tts;
  self->sink = GST_APP_SINK (sink);

  return TRUE;
}

static GBytes *
synthesize (StrideCueVoice  *self,
            const char      *text,
            GError         **error)
{
  g_autoptr(GByteArray) samples = g_byte_array_new ();
  gboolean ok;

  g_mutex_lock (&espeak_lock);

  ok = self->synth != NULL || make_synth (self, error);
  if (ok)
    {
      g_object_set (self->tts, "text", text, NULL);
      ok = gst_element_set_state (self->synth, GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE;
      if (ok)
        ok = pull_all (self->synth, self->sink, samples, error);
      else
        g_set_error_literal (error, STRIDE_CUE_VOICE_ERROR, STRIDE_CUE_VOICE_ERROR_FAILED,
                             "The speech synthesizer could not start");

      /* Back to NULL also drops the bus's messages, for the next phrase */
      gst_element_set_state (self->synth, GST_STATE_NULL);
      if (!ok)
        g_clear_object (&self->synth);
    }

  g_mutex_unlock (&espeak_lock);

  if (!ok)
    return NULL;

  return shape ((const float *) samples->data, samples->len / sizeof (float), error);
}

static GBytes *
lookup (StrideCueVoice *self,
        const char     *text)
{
  GBytes *pcm;

  g_mutex_lock (&self->lock);
  pcm = g_hash_table_lookup (self->cache, text);
  if (pcm != NULL)
    g_bytes_ref (pcm);
  g_mutex_unlock (&self->lock);

  return pcm;
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  g_autoptr(Job) job = data;
  StrideCueVoice *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pcm = stride_cue_voice_render (self, job->text, &error);
  GstClockTime now;

  if (pcm == NULL)
    {
      g_warning ("Could not speak “%s”: %s", job->text, error->message);
      return;
    }

  /* Not wanted any more: prepared only, or the cues were cancelled */
  if (job->source == NULL || stride_cue_source_get_epoch (job->source) != job->epoch)
    return;

  /* The source's clock is the monotonic one */
  now = g_get_monotonic_time () * GST_USECOND;
  if (job->when + MAX_LATE < now)
    {
      g_debug ("The speech for “%s” was ready too late", job->text);
      return;
    }

  stride_cue_source_add (job->source, pcm, job->when, FALSE);
}

static void
stride_cue_voice_dispose (GObject *object)
{
  StrideCueVoice *self = STRIDE_CUE_VOICE (object);

  /* Waits for the speech being rendered; what is queued is dropped */
  if (self->worker != NULL)
    g_thread_pool_free (g_steal_pointer (&self->worker), TRUE, TRUE);

  G_OBJECT_CLASS (stride_cue_voice_parent_class)->dispose (object);
}

static void
stride_cue_voice_finalize (GObject *object)
{
  StrideCueVoice *self = STRIDE_CUE_VOICE (object);

  g_clear_object (&self->synth);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (stride_cue_voice_parent_class)->finalize (object);
}

static void
stride_cue_voice_class_init (StrideCueVoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_cue_voice_dispose;
  object_class->finalize = stride_cue_voice_finalize;
}

static void
stride_cue_voice_init (StrideCueVoice *self)
{
  g_mutex_init (&self->lock);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  /* One thread: speech renders one phrase at a time anyway */
  self->worker = g_thread_pool_new_full (run_job, self, (GDestroyNotify) job_free, 1, FALSE, NULL);
}

/**
 * stride_cue_voice_new:
 * @language: an espeak language code, e.g. from stride_cue_voice_dup_language()
 *
 * Returns: (transfer full): a voice; check stride_cue_voice_is_supported()
 *   first
 */
StrideCueVoice *
stride_cue_voice_new (const char *language)
{
  StrideCueVoice *self;

  g_return_val_if_fail (language != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_CUE_VOICE, NULL);
  self->language = g_strdup (language);

  return self;
}

const char *
stride_cue_voice_get_language (StrideCueVoice *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_VOICE (self), NULL);

  return self->language;
}

/**
 * stride_cue_voice_render:
 *
 * Renders @text now, on the calling thread, or finds it rendered.
 *
 * Returns: (transfer full) (nullable): the speech as float samples at
 *   %STRIDE_CUE_RATE, from its first sound
 */
GBytes *
stride_cue_voice_render (StrideCueVoice  *self,
                         const char      *text,
                         GError         **error)
{
  GBytes *pcm;

  g_return_val_if_fail (STRIDE_IS_CUE_VOICE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pcm = lookup (self, text);
  if (pcm != NULL)
    return pcm;

  pcm = synthesize (self, text, error);
  if (pcm == NULL)
    return NULL;

  g_mutex_lock (&self->lock);
  g_hash_table_replace (self->cache, g_strdup (text), g_bytes_ref (pcm));
  g_mutex_unlock (&self->lock);

  return pcm;
}

/**
 * stride_cue_voice_prepare:
 *
 * Renders @text in the background, so that it is ready when it is said.
 */
void
stride_cue_voice_prepare (StrideCueVoice *self,
                          const char     *text)
{
  g_autoptr(GBytes) pcm = NULL;
  Job *job;

  g_return_if_fail (STRIDE_IS_CUE_VOICE (self));
  g_return_if_fail (text != NULL);

  pcm = lookup (self, text);
  if (pcm != NULL)
    return;

  job = g_new0 (Job, 1);
  job->text = g_strdup (text);
  g_thread_pool_push (self->worker, job, NULL);
}

/**
 * stride_cue_voice_speak_at:
 * @when: the clock time at which the speech is to be heard
 *
 * Plays @text through @source at @when. Speech that was prepared starts
 * on time; other speech starts once it is rendered, a little late, or
 * not at all if that is too late to make sense.
 */
void
stride_cue_voice_speak_at (StrideCueVoice  *self,
                           const char      *text,
                           StrideCueSource *source,
                           GstClockTime     when)
{
  g_autoptr(GBytes) pcm = NULL;
  Job *job;

  g_return_if_fail (STRIDE_IS_CUE_VOICE (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (STRIDE_IS_CUE_SOURCE (source));

  pcm = lookup (self, text);
  if (pcm != NULL)
    {
      stride_cue_source_add (source, pcm, when, FALSE);
      return;
    }

  job = g_new0 (Job, 1);
  job->text = g_strdup (text);
  job->source = g_object_ref (source);
  job->when = when;
  job->epoch = stride_cue_source_get_epoch (source);
  g_thread_pool_push (self->worker, job, NULL);
}
