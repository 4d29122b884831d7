/* stride-cue-source.c
 *
 * A live audio source that plays pre-rendered sounds at given times on
 * the pipeline clock, mixed into one continuous stream.
 *
 * The stream never stops: silence between the sounds keeps the sink
 * open and running, so that nothing has to start up when a cue is due,
 * and keeps a file sink's samples in step with the clock. Each 10 ms
 * chunk is mixed only just before it is needed, so a sound added a few
 * tens of milliseconds ahead still lands on its exact sample: the sample
 * that the sink will play at the sound's time, counting the pipeline
 * latency that the sink announces.
 *
 * Sounds that "yield" (the tempo ticks) make way for the others: one
 * that would overlap another sound is dropped, so that a tick never
 * masks the last rep or a spoken word.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stride-cue-source.h"
#include "stride-cue-tones.h"

GST_DEBUG_CATEGORY_STATIC (stride_cue_source_debug);
#define GST_CAT_DEFAULT stride_cue_source_debug

/* 10 ms: short enough that a chunk is mixed late, long enough that the
 * streaming thread wakes only a hundred times a second */
#define CHUNK_SAMPLES (STRIDE_CUE_RATE / 100)
#define CHUNK_DURATION (10 * GST_MSECOND)
/* A chunk is mixed this long before its running time, and the source
 * asks the sink for this much latency on top of its own: together the
 * slack that a busy machine may take from the streaming thread */
#define MIX_AHEAD (10 * GST_MSECOND)
#define OWN_LATENCY (10 * GST_MSECOND)
/* A yielding sound keeps this far from any other */
#define YIELD_GUARD (30 * GST_MSECOND)
/* Behind the clock by more than this (a suspended machine), the stream
 * skips ahead instead of playing a backlog of silence */
#define RESYNC_AFTER (200 * GST_MSECOND)
/* Above this level, the mix is bent smoothly under full scale */
#define LIMIT_KNEE 0.9f

typedef struct
{
  GBytes       *pcm;
  const float  *samples;
  gsize         n_samples;
  /* The clock time at which its first sample is heard */
  GstClockTime  when;
  GstClockTime  end;
  /* The stream sample where it starts, or -1 until it is placed */
  gint64        start;
  gboolean      yields;
} Sound;

struct _StrideCueSource
{
  GstBaseSrc parent_instance;

  /* The streaming thread's: the next sample of the stream */
  guint64 next_sample;
  gboolean discont;

  /* Under the object lock */
  GstClockID clock_id;
  gboolean flushing;

  /* Under lock: what the application thread changes */
  GMutex lock;
  GPtrArray *sounds;
  GstClockTime latency;
  double gain;
  double gain_now;
  guint n_late;
  guint epoch;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (StrideCueSource, stride_cue_source, GST_TYPE_BASE_SRC,
                               GST_DEBUG_CATEGORY_INIT (stride_cue_source_debug, "stridecuesource", 0,
                                                        "Stride's cue mixer"))

static GstStaticPadTemplate src_template =
  GST_STATIC_PAD_TEMPLATE ("src", GST_PAD_SRC, GST_PAD_ALWAYS,
                           GST_STATIC_CAPS ("audio/x-raw, format = (string) S16LE, "
                                            "layout = (string) interleaved, "
                                            "rate = (int) 48000, channels = (int) 1"));

static void
sound_free (Sound *sound)
{
  g_bytes_unref (sound->pcm);
  g_free (sound);
}

static guint64
time_to_samples (GstClockTime time)
{
  return gst_util_uint64_scale_int_round (time, STRIDE_CUE_RATE, GST_SECOND);
}

static GstClockTime
samples_to_time (guint64 samples)
{
  return gst_util_uint64_scale_int_round (samples, GST_SECOND, STRIDE_CUE_RATE);
}

static gboolean
overlap (const Sound *a,
         const Sound *b)
{
  return a->when < b->end + YIELD_GUARD && b->when < a->end + YIELD_GUARD;
}

static gint16
to_s16 (float value)
{
  float level = fabsf (value);

  if (level > LIMIT_KNEE)
    level = LIMIT_KNEE + (1 - LIMIT_KNEE) * tanhf ((level - LIMIT_KNEE) / (1 - LIMIT_KNEE));

  return (gint16) lrintf (copysignf (level, value) * G_MAXINT16);
}

/* Mixes the chunk that starts at next_sample into @out. @origin is the
 * clock time at which the stream's sample 0 is heard, or
 * GST_CLOCK_TIME_NONE without a clock, when every sound plays at once */
static void
mix (StrideCueSource *self,
     GstClockTime     origin,
     gint16          *out)
{
  float chunk[CHUNK_SAMPLES] = { 0, };
  gint64 first = self->next_sample;
  gint64 last = first + CHUNK_SAMPLES;
  double gain_from, gain_to;

  g_mutex_lock (&self->lock);

  for (guint i = 0; i < self->sounds->len; i++)
    {
      Sound *sound = g_ptr_array_index (self->sounds, i);
      gint64 from, to;

      if (sound->start < 0)
        {
          gint64 target = -1;

          if (GST_CLOCK_TIME_IS_VALID (origin) && sound->when >= origin)
            target = time_to_samples (sound->when - origin);
          if (target >= last)
            continue;
          if (target < first)
            {
              GST_DEBUG_OBJECT (self, "A sound is late by %" G_GINT64_FORMAT " samples", first - target);
              self->n_late++;
              target = first;
            }
          sound->start = target;
        }

      from = MAX (first, sound->start);
      to = MIN (last, sound->start + (gint64) sound->n_samples);
      for (gint64 s = from; s < to; s++)
        chunk[s - first] += sound->samples[s - sound->start];

      if (to >= sound->start + (gint64) sound->n_samples)
        g_ptr_array_remove_index_fast (self->sounds, i--);
    }

  gain_from = self->gain_now;
  gain_to = self->gain_now = self->gain;

  g_mutex_unlock (&self->lock);

  /* A change of volume glides over the chunk instead of stepping */
  for (guint s = 0; s < CHUNK_SAMPLES; s++)
    {
      double gain = gain_from + (gain_to - gain_from) * (s + 1) / CHUNK_SAMPLES;

      out[s] = to_s16 (chunk[s] * gain);
    }
}

/* Returns FALSE when unlocked by a state change or a flush */
static gboolean
wait_until (StrideCueSource *self,
            GstClock        *clock,
            GstClockTime     time)
{
  GstClockID id;
  GstClockReturn ret;

  GST_OBJECT_LOCK (self);
  if (self->flushing)
    {
      GST_OBJECT_UNLOCK (self);
      return FALSE;
    }
  id = self->clock_id = gst_clock_new_single_shot_id (clock, time);
  GST_OBJECT_UNLOCK (self);

  ret = gst_clock_id_wait (id, NULL);

  GST_OBJECT_LOCK (self);
  self->clock_id = NULL;
  GST_OBJECT_UNLOCK (self);
  gst_clock_id_unref (id);

  return ret != GST_CLOCK_UNSCHEDULED;
}

static GstFlowReturn
stride_cue_source_create (GstBaseSrc  *base,
                          guint64      offset,
                          guint        size,
                          GstBuffer  **out)
{
  StrideCueSource *self = STRIDE_CUE_SOURCE (base);
  g_autoptr(GstClock) clock = gst_element_get_clock (GST_ELEMENT (self));
  GstClockTime origin = GST_CLOCK_TIME_NONE;
  GstBuffer *buffer;
  GstMapInfo map;

  if (clock != NULL)
    {
      GstClockTime base_time = gst_element_get_base_time (GST_ELEMENT (self));
      GstClockTime now = gst_clock_get_time (clock);
      GstClockTime running = samples_to_time (self->next_sample);
      GstClockTime latency;

      if (now > base_time + running + RESYNC_AFTER)
        {
          GST_DEBUG_OBJECT (self, "Behind the clock by %" GST_TIME_FORMAT ", skipping ahead",
                            GST_TIME_ARGS (now - base_time - running));
          self->next_sample = time_to_samples (now - base_time);
          self->discont = TRUE;
          running = samples_to_time (self->next_sample);
        }

      if (base_time + running > MIX_AHEAD && !wait_until (self, clock, base_time + running - MIX_AHEAD))
        return GST_FLOW_FLUSHING;

      g_mutex_lock (&self->lock);
      latency = self->latency;
      g_mutex_unlock (&self->lock);
      origin = base_time + latency;
    }

  buffer = gst_buffer_new_allocate (NULL, CHUNK_SAMPLES * sizeof (gint16), NULL);
  gst_buffer_map (buffer, &map, GST_MAP_WRITE);
  mix (self, origin, (gint16 *) map.data);
  gst_buffer_unmap (buffer, &map);

  GST_BUFFER_PTS (buffer) = samples_to_time (self->next_sample);
  GST_BUFFER_DURATION (buffer) = samples_to_time (self->next_sample + CHUNK_SAMPLES) - GST_BUFFER_PTS (buffer);
  GST_BUFFER_OFFSET (buffer) = self->next_sample;
  GST_BUFFER_OFFSET_END (buffer) = self->next_sample + CHUNK_SAMPLES;
  if (self->discont)
    GST_BUFFER_FLAG_SET (buffer, GST_BUFFER_FLAG_DISCONT);
  self->discont = FALSE;
  self->next_sample += CHUNK_SAMPLES;

  *out = buffer;

  return GST_FLOW_OK;
}

static gboolean
stride_cue_source_unlock (GstBaseSrc *base)
{
  StrideCueSource *self = STRIDE_CUE_SOURCE (base);

  GST_OBJECT_LOCK (self);
  self->flushing = TRUE;
  if (self->clock_id != NULL)
    gst_clock_id_unschedule (self->clock_id);
  GST_OBJECT_UNLOCK (self);

  return TRUE;
}

static gboolean
stride_cue_source_unlock_stop (GstBaseSrc *base)
{
  StrideCueSource *self = STRIDE_CUE_SOURCE (base);

  GST_OBJECT_LOCK (self);
  self->flushing = FALSE;
  GST_OBJECT_UNLOCK (self);

  return TRUE;
}

static gboolean
stride_cue_source_start (GstBaseSrc *base)
{
  StrideCueSource *self = STRIDE_CUE_SOURCE (base);

  self->next_sample = 0;
  self->discont = TRUE;

  return TRUE;
}

/* The sink tells everyone upstream the latency it plays at; sounds are
 * placed that much earlier in the stream */
static gboolean
stride_cue_source_event (GstBaseSrc *base,
                         GstEvent   *event)
{
  StrideCueSource *self = STRIDE_CUE_SOURCE (base);

  if (GST_EVENT_TYPE (event) == GST_EVENT_LATENCY)
    {
      GstClockTime latency;

      gst_event_parse_latency (event, &latency);
      GST_DEBUG_OBJECT (self, "Latency %" GST_TIME_FORMAT, GST_TIME_ARGS (latency));
      g_mutex_lock (&self->lock);
      self->latency = latency;
      g_mutex_unlock (&self->lock);
    }

  return GST_BASE_SRC_CLASS (stride_cue_source_parent_class)->event (base, event);
}

static gboolean
stride_cue_source_query (GstBaseSrc *base,
                         GstQuery   *query)
{
  if (GST_QUERY_TYPE (query) == GST_QUERY_LATENCY)
    {
      /* Live, and any latency downstream asks for is fine: the mix
       * follows it */
      gst_query_set_latency (query, TRUE, OWN_LATENCY, GST_CLOCK_TIME_NONE);
      return TRUE;
    }

  return GST_BASE_SRC_CLASS (stride_cue_source_parent_class)->query (base, query);
}

static void
stride_cue_source_finalize (GObject *object)
{
  StrideCueSource *self = STRIDE_CUE_SOURCE (object);

  g_clear_pointer (&self->sounds, g_ptr_array_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (stride_cue_source_parent_class)->finalize (object);
}

static void
stride_cue_source_class_init (StrideCueSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GstElementClass *element_class = GST_ELEMENT_CLASS (klass);
  GstBaseSrcClass *base_class = GST_BASE_SRC_CLASS (klass);

  object_class->finalize = stride_cue_source_finalize;

  base_class->create = stride_cue_source_create;
  base_class->unlock = stride_cue_source_unlock;
  base_class->unlock_stop = stride_cue_source_unlock_stop;
  base_class->start = stride_cue_source_start;
  base_class->event = stride_cue_source_event;
  base_class->query = stride_cue_source_query;

  gst_element_class_add_static_pad_template (element_class, &src_template);
  gst_element_class_set_static_metadata (element_class, "Stride cue source", "Source/Audio",
                                         "Plays the sounds of workout cues at their times",
                                         "The Stride developers");
}

static void
stride_cue_source_init (StrideCueSource *self)
{
  g_mutex_init (&self->lock);
  self->sounds = g_ptr_array_new_with_free_func ((GDestroyNotify) sound_free);
  self->latency = OWN_LATENCY;
  self->gain = self->gain_now = 1.0;

  gst_base_src_set_live (GST_BASE_SRC (self), TRUE);
  gst_base_src_set_format (GST_BASE_SRC (self), GST_FORMAT_TIME);
}

/**
 * stride_cue_source_new:
 *
 * Returns: (transfer floating): a source for a pipeline
 */
StrideCueSource *
stride_cue_source_new (void)
{
  return g_object_new (STRIDE_TYPE_CUE_SOURCE, NULL);
}

/**
 * stride_cue_source_add:
 * @pcm: float samples at %STRIDE_CUE_RATE
 * @when: the clock time at which its first sample is to be heard
 * @yields: whether it makes way for any sound it would overlap
 *
 * Plays @pcm at @when, or as soon as possible if that is too soon (see
 * stride_cue_source_get_lead_time()). Safe from any thread.
 */
void
stride_cue_source_add (StrideCueSource *self,
                       GBytes          *pcm,
                       GstClockTime     when,
                       gboolean         yields)
{
  Sound *sound;
  gsize size;

  g_return_if_fail (STRIDE_IS_CUE_SOURCE (self));
  g_return_if_fail (pcm != NULL);
  g_return_if_fail (GST_CLOCK_TIME_IS_VALID (when));

  sound = g_new0 (Sound, 1);
  sound->pcm = g_bytes_ref (pcm);
  sound->samples = g_bytes_get_data (pcm, &size);
  sound->n_samples = size / sizeof (float);
  sound->when = when;
  sound->end = when + samples_to_time (sound->n_samples);
  sound->start = -1;
  sound->yields = yields;

  g_mutex_lock (&self->lock);

  for (guint i = 0; i < self->sounds->len; i++)
    {
      Sound *other = g_ptr_array_index (self->sounds, i);

      if (!overlap (sound, other))
        continue;

      if (yields && !other->yields)
        {
          GST_DEBUG_OBJECT (self, "Dropping a sound that yields to one at %" GST_TIME_FORMAT,
                            GST_TIME_ARGS (other->when));
          g_clear_pointer (&sound, sound_free);
          break;
        }

      /* One already playing finishes: it is short, and cutting it off
       * would click */
      if (!yields && other->yields && other->start < 0)
        {
          GST_DEBUG_OBJECT (self, "Dropping a sound at %" GST_TIME_FORMAT " that yields",
                            GST_TIME_ARGS (other->when));
          g_ptr_array_remove_index_fast (self->sounds, i--);
        }
    }

  if (sound != NULL)
    g_ptr_array_add (self->sounds, sound);

  g_mutex_unlock (&self->lock);
}

/**
 * stride_cue_source_clear:
 *
 * Drops the sounds that have not started; those playing finish.
 */
void
stride_cue_source_clear (StrideCueSource *self)
{
  g_return_if_fail (STRIDE_IS_CUE_SOURCE (self));

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->sounds->len; i++)
    {
      Sound *sound = g_ptr_array_index (self->sounds, i);

      if (sound->start < 0)
        g_ptr_array_remove_index_fast (self->sounds, i--);
    }
  self->epoch++;
  g_mutex_unlock (&self->lock);
}

/**
 * stride_cue_source_get_epoch:
 *
 * Returns: a number that changes with each stride_cue_source_clear(),
 *   so that a sound prepared before it can tell it is no longer wanted
 */
guint
stride_cue_source_get_epoch (StrideCueSource *self)
{
  guint epoch;

  g_return_val_if_fail (STRIDE_IS_CUE_SOURCE (self), 0);

  g_mutex_lock (&self->lock);
  epoch = self->epoch;
  g_mutex_unlock (&self->lock);

  return epoch;
}

/**
 * stride_cue_source_set_gain:
 * @gain: a factor for every sample, from 0 (silent)
 */
void
stride_cue_source_set_gain (StrideCueSource *self,
                            double           gain)
{
  g_return_if_fail (STRIDE_IS_CUE_SOURCE (self));
  g_return_if_fail (gain >= 0);

  g_mutex_lock (&self->lock);
  self->gain = gain;
  g_mutex_unlock (&self->lock);
}

/**
 * stride_cue_source_get_lead_time:
 *
 * Returns: how long before its time a sound must be added at the least
 *   to start on time: the pipeline latency, and up to a chunk that may
 *   be mixing already
 */
GstClockTime
stride_cue_source_get_lead_time (StrideCueSource *self)
{
  GstClockTime latency;

  g_return_val_if_fail (STRIDE_IS_CUE_SOURCE (self), 0);

  g_mutex_lock (&self->lock);
  latency = self->latency;
  g_mutex_unlock (&self->lock);

  return latency + MIX_AHEAD + CHUNK_DURATION;
}

/**
 * stride_cue_source_get_stream_origin:
 *
 * Returns: the clock time at which the stream's first sample is heard
 *   (a file sink's first sample is that moment), or
 *   %GST_CLOCK_TIME_NONE before the pipeline plays
 */
GstClockTime
stride_cue_source_get_stream_origin (StrideCueSource *self)
{
  GstClockTime base_time, latency;

  g_return_val_if_fail (STRIDE_IS_CUE_SOURCE (self), GST_CLOCK_TIME_NONE);

  if (GST_STATE (self) != GST_STATE_PLAYING)
    return GST_CLOCK_TIME_NONE;

  base_time = gst_element_get_base_time (GST_ELEMENT (self));
  g_mutex_lock (&self->lock);
  latency = self->latency;
  g_mutex_unlock (&self->lock);

  return base_time + latency;
}

/**
 * stride_cue_source_get_n_late:
 *
 * Returns: how many sounds started later than asked, for tests
 */
guint
stride_cue_source_get_n_late (StrideCueSource *self)
{
  guint n_late;

  g_return_val_if_fail (STRIDE_IS_CUE_SOURCE (self), 0);

  g_mutex_lock (&self->lock);
  n_late = self->n_late;
  g_mutex_unlock (&self->lock);

  return n_late;
}
