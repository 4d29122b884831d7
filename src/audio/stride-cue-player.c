/* stride-cue-player.c
 *
 * Plays the cues of a workout: a tone for each, and words after some.
 *
 * One pipeline runs for as long as the player lives, started when it is
 * made: the cue source, which mixes pre-rendered sounds into a
 * continuous stream, then conversion to what the sink wants, then the
 * sink. Nothing is set up when a cue is due, so it starts on its sample.
 * The pipeline runs on the monotonic system clock, the one that
 * g_get_monotonic_time() reads, so that a deadline needs no conversion.
 *
 * The sink is autoaudiosink, or whatever STRIDE_AUDIO_SINK describes
 * (e.g. "wavenc ! filesink location=cues.wav"), which then runs in real
 * time too. When only a fakesink could be found, the player says so
 * through #StrideCuePlayer:available and keeps quiet; the workout goes on
 * with the cues on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gst/base/gstbasesink.h>

#include "stride-cue-player-private.h"
#include "stride-cue-source.h"
#include "stride-cue-tones.h"
#include "stride-cue-voice.h"

/* How long dropping the player waits for a file sink to finish its file */
#define DRAIN_TIMEOUT (2 * GST_SECOND)
/* How long making the player waits for the sink to start playing */
#define START_TIMEOUT (2 * GST_SECOND)

struct _StrideCuePlayer
{
  GObject parent_instance;

  char *sink_description;
  gboolean custom_sink;

  GstClock *clock;
  GstElement *pipeline;
  GstBus *bus;
  StrideCueSource *source;
  gboolean available;

  /* One per kind, and the tick once per rep phase */
  GBytes *tones[STRIDE_CUE_N_KINDS];
  GBytes *ticks[STRIDE_REP_PHASE_UP + 1];
  StrideCueVoice *voice;

  StrideCueMode mode;
  double volume;
  gboolean muted;
  gboolean ticks_enabled;
  double tick_volume;
  guint n_late;
};

G_DEFINE_FINAL_TYPE (StrideCuePlayer, stride_cue_player, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SINK_DESCRIPTION,
  PROP_AVAILABLE,
  PROP_VOICE_AVAILABLE,
  PROP_LEAD_TIME,
  PROP_MODE,
  PROP_VOLUME,
  PROP_MUTED,
  PROP_TICKS,
  PROP_TICK_VOLUME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_available (StrideCuePlayer *self,
               gboolean         available)
{
  if (self->available == available)
    return;

  self->available = available;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
}

static gboolean
is_fakesink (GstElement *element)
{
  GstElementFactory *factory = gst_element_get_factory (element);

  return factory != NULL && g_str_equal (gst_plugin_feature_get_name (GST_PLUGIN_FEATURE (factory)), "fakesink");
}

static void
count_real_sink (const GValue *item,
                 gpointer      user_data)
{
  GstElement *element = g_value_get_object (item);
  guint *n_real = user_data;

  if (GST_IS_BASE_SINK (element) && !is_fakesink (element))
    (*n_real)++;
}

/* autoaudiosink falls back to a fakesink when it finds no device and no
 * sound server; a fakesink asked for is as silent */
static gboolean
has_real_sink (StrideCuePlayer *self)
{
  g_autoptr(GstIterator) iter = gst_bin_iterate_recurse (GST_BIN (self->pipeline));
  guint n_real = 0;

  while (gst_iterator_foreach (iter, count_real_sink, &n_real) == GST_ITERATOR_RESYNC)
    {
      n_real = 0;
      gst_iterator_resync (iter);
    }

  return n_real > 0;
}

/* Applies to every element that gets into the pipeline, including the
 * device sink that autoaudiosink picks once it is set to start */
static void
configure_element (StrideCuePlayer *self,
                   GstElement      *element)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (element);

  /* A cue is an event sound: PulseAudio and PipeWire neither cork nor
   * duck the user's music for it, as they may for other roles */
  if (g_object_class_find_property (klass, "stream-properties") != NULL)
    {
      g_autoptr(GstStructure) props = gst_structure_new ("props",
                                                         "media.role", G_TYPE_STRING, "event",
                                                         "application.icon_name", G_TYPE_STRING, APP_ID,
                                                         NULL);

      g_object_set (element, "stream-properties", props, NULL);
    }

  /* A file sink would write as fast as it can; played against the clock
   * instead, its samples are where a loudspeaker would have played them */
  if (self->custom_sink && GST_IS_BASE_SINK (element))
    gst_base_sink_set_sync (GST_BASE_SINK (element), TRUE);
}

static void
configure_each (const GValue *item,
                gpointer      user_data)
{
  configure_element (user_data, g_value_get_object (item));
}

static void
on_pipeline_deep_element_added (GstBin          *pipeline,
                                GstBin          *bin,
                                GstElement      *element,
                                StrideCuePlayer *self)
{
  configure_element (self, element);
}

static void
notify_lead_time (StrideCuePlayer *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_TIME]);
}

static void
stop (StrideCuePlayer *self)
{
  if (self->bus != NULL)
    gst_bus_remove_watch (self->bus);
  g_clear_object (&self->bus);

  if (self->pipeline == NULL)
    return;

  /* A file needs its end, or its header is left unfinished */
  if (self->custom_sink && self->available && GST_STATE (self->pipeline) == GST_STATE_PLAYING)
    {
      g_autoptr(GstBus) bus = gst_pipeline_get_bus (GST_PIPELINE (self->pipeline));
      g_autoptr(GstMessage) message = NULL;

      gst_element_send_event (self->pipeline, gst_event_new_eos ());
      message = gst_bus_timed_pop_filtered (bus, DRAIN_TIMEOUT, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
    }

  gst_element_set_state (self->pipeline, GST_STATE_NULL);
  g_signal_handlers_disconnect_by_data (self->pipeline, self);
  g_clear_object (&self->pipeline);
}

static gboolean
on_bus_message (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  StrideCuePlayer *self = user_data;

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) error = NULL;

      /* The sound server went away, or the device: the workout goes on */
      gst_message_parse_error (message, &error, NULL);
      g_message ("Cue sounds stopped: %s", error->message);
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      set_available (self, FALSE);
    }
  else if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_WARNING)
    {
      g_autoptr(GError) error = NULL;

      gst_message_parse_warning (message, &error, NULL);
      g_debug ("Cue sounds: %s", error->message);
      if (self->available && !has_real_sink (self))
        {
          gst_element_set_state (self->pipeline, GST_STATE_NULL);
          set_available (self, FALSE);
        }
    }
  else if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_LATENCY)
    {
      gst_bin_recalculate_latency (GST_BIN (self->pipeline));
      notify_lead_time (self);
    }

  return G_SOURCE_CONTINUE;
}

static GstElement *
make_sink (StrideCuePlayer  *self,
           GError          **error)
{
  const char *description = self->sink_description;
  GstElement *sink;

  if (description == NULL)
    description = g_getenv ("STRIDE_AUDIO_SINK");

  if (description == NULL || *description == '\0')
    return gst_element_factory_make ("autoaudiosink", NULL);

  self->custom_sink = TRUE;
  sink = gst_parse_bin_from_description_full (description, TRUE, NULL, GST_PARSE_FLAG_FATAL_ERRORS, error);
  if (sink != NULL)
    {
      g_autoptr(GstIterator) iter = gst_bin_iterate_recurse (GST_BIN (sink));

      while (gst_iterator_foreach (iter, configure_each, self) == GST_ITERATOR_RESYNC)
        gst_iterator_resync (iter);
    }

  return sink;
}

static GstElement *
add_element (StrideCuePlayer *self,
             GstElement      *element,
             const char      *what)
{
  if (element == NULL)
    {
      g_message ("Cue sounds are off: GStreamer has no %s", what);
      return NULL;
    }

  gst_bin_add (GST_BIN (self->pipeline), element);

  return element;
}

static gboolean
start (StrideCuePlayer *self)
{
  g_autoptr(GError) error = NULL;
  GstElement *convert, *resample, *sink;

  self->pipeline = gst_object_ref_sink (gst_pipeline_new ("stride-cues"));
  gst_pipeline_use_clock (GST_PIPELINE (self->pipeline), self->clock);
  g_signal_connect (self->pipeline, "deep-element-added", G_CALLBACK (on_pipeline_deep_element_added), self);

  self->source = gst_object_ref_sink (stride_cue_source_new ());
  gst_bin_add (GST_BIN (self->pipeline), GST_ELEMENT (self->source));
  convert = add_element (self, gst_element_factory_make ("audioconvert", NULL), "audioconvert");
  resample = add_element (self, gst_element_factory_make ("audioresample", NULL), "audioresample");
  sink = make_sink (self, &error);
  if (sink == NULL)
    {
      /* The developer who set STRIDE_AUDIO_SINK wants to know */
      if (error != NULL)
        g_warning ("Cue sounds are off: STRIDE_AUDIO_SINK: %s", error->message);
      else
        g_message ("Cue sounds are off: GStreamer has no autoaudiosink");
      return FALSE;
    }
  gst_bin_add (GST_BIN (self->pipeline), sink);

  if (convert == NULL || resample == NULL || !gst_element_link_many (GST_ELEMENT (self->source), convert, resample, sink, NULL))
    return FALSE;

  self->bus = gst_pipeline_get_bus (GST_PIPELINE (self->pipeline));
  gst_bus_add_watch (self->bus, on_bus_message, self);

  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    return FALSE;

  /* autoaudiosink picked its device on the way; the latency that the
   * lead time counts is known once the pipeline plays */
  gst_element_get_state (self->pipeline, NULL, NULL, START_TIMEOUT);

  return has_real_sink (self);
}

static gboolean
speaks (StrideCuePlayer *self)
{
  return self->mode == STRIDE_CUE_MODE_VOICE_AND_TONES && self->voice != NULL;
}

/* What every workout says, rendered as soon as it may be said */
static void
prepare_common_speech (StrideCuePlayer *self)
{
  static const StrideCueKind kinds[] = {
    STRIDE_CUE_LAST_REP, STRIDE_CUE_REST, STRIDE_CUE_SWITCH_SIDES,
    STRIDE_CUE_WORKOUT_DONE, STRIDE_CUE_PAUSED, STRIDE_CUE_RESUMED,
  };

  if (!speaks (self) || !self->available)
    return;

  for (guint n = 3; n >= 1; n--)
    {
      StrideCue cue = { STRIDE_CUE_COUNTDOWN, 0, n, STRIDE_REP_PHASE_NONE, NULL, STRIDE_SIDE_NONE, 0 };

      stride_cue_player_prepare (self, &cue);
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      StrideCue cue = { kinds[i], 0, 0, STRIDE_REP_PHASE_NONE, NULL, STRIDE_SIDE_NONE, 0 };

      stride_cue_player_prepare (self, &cue);
    }
}

/* The ticks at their own level, below the other cues' if the runner
 * wants them quieter; cubic, as the volume */
static void
render_ticks (StrideCuePlayer *self)
{
  double gain = self->tick_volume * self->tick_volume * self->tick_volume;

  for (guint phase = 0; phase < G_N_ELEMENTS (self->ticks); phase++)
    {
      g_autoptr(GBytes) tick = stride_cue_tones_render (STRIDE_CUE_TEMPO_TICK, phase);
      gsize size;
      const float *samples = g_bytes_get_data (tick, &size);
      float *scaled = g_memdup2 (samples, size);

      for (gsize i = 0; i < size / sizeof (float); i++)
        scaled[i] *= gain;
      g_clear_pointer (&self->ticks[phase], g_bytes_unref);
      self->ticks[phase] = g_bytes_new_take (scaled, size);
    }
}

static void
update_gain (StrideCuePlayer *self)
{
  double volume = self->muted ? 0 : self->volume;

  /* Cubic, as GStreamer's stream volume: a slider's middle then sounds
   * half as loud, not nearly as loud as its end */
  if (self->source != NULL)
    stride_cue_source_set_gain (self->source, volume * volume * volume);
}

static void
stride_cue_player_constructed (GObject *object)
{
  StrideCuePlayer *self = STRIDE_CUE_PLAYER (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (stride_cue_player_parent_class)->constructed (object);

  /* main() knows nothing of GStreamer; initializing again is a no-op */
  if (!gst_init_check (NULL, NULL, &error))
    {
      g_message ("Cue sounds are off: %s", error->message);
      return;
    }

  for (guint kind = 0; kind < STRIDE_CUE_N_KINDS; kind++)
    self->tones[kind] = stride_cue_tones_render (kind, STRIDE_REP_PHASE_NONE);
  render_ticks (self);

  self->clock = gst_object_ref_sink (g_object_new (GST_TYPE_SYSTEM_CLOCK,
                                                   "name", "stride-cue-clock",
                                                   "clock-type", GST_CLOCK_TYPE_MONOTONIC,
                                                   NULL));

  self->available = start (self);
  if (!self->available)
    {
      g_debug ("No sound device: cue sounds are off");
      stop (self);
    }
  update_gain (self);

  if (stride_cue_voice_is_supported ())
    {
      g_autofree char *language = stride_cue_voice_dup_language ();

      self->voice = stride_cue_voice_new (language);
    }
  prepare_common_speech (self);
}

static void
stride_cue_player_dispose (GObject *object)
{
  StrideCuePlayer *self = STRIDE_CUE_PLAYER (object);

  /* The voice first: its worker may be adding speech to the source */
  g_clear_object (&self->voice);
  stop (self);
  g_clear_object (&self->source);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (stride_cue_player_parent_class)->dispose (object);
}

static void
stride_cue_player_finalize (GObject *object)
{
  StrideCuePlayer *self = STRIDE_CUE_PLAYER (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->tones); i++)
    g_clear_pointer (&self->tones[i], g_bytes_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->ticks); i++)
    g_clear_pointer (&self->ticks[i], g_bytes_unref);
  g_clear_pointer (&self->sink_description, g_free);

  G_OBJECT_CLASS (stride_cue_player_parent_class)->finalize (object);
}

static void
stride_cue_player_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StrideCuePlayer *self = STRIDE_CUE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SINK_DESCRIPTION:
      g_value_set_string (value, self->sink_description);
      break;
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_VOICE_AVAILABLE:
      g_value_set_boolean (value, stride_cue_player_get_voice_available (self));
      break;
    case PROP_LEAD_TIME:
      g_value_set_int64 (value, stride_cue_player_get_lead_time (self));
      break;
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_TICKS:
      g_value_set_boolean (value, self->ticks_enabled);
      break;
    case PROP_TICK_VOLUME:
      g_value_set_double (value, self->tick_volume);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_cue_player_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StrideCuePlayer *self = STRIDE_CUE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SINK_DESCRIPTION:
      self->sink_description = g_value_dup_string (value);
      break;
    case PROP_MODE:
      stride_cue_player_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_VOLUME:
      stride_cue_player_set_volume (self, g_value_get_double (value));
      break;
    case PROP_MUTED:
      stride_cue_player_set_muted (self, g_value_get_boolean (value));
      break;
    case PROP_TICKS:
      stride_cue_player_set_ticks (self, g_value_get_boolean (value));
      break;
    case PROP_TICK_VOLUME:
      stride_cue_player_set_tick_volume (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_cue_player_class_init (StrideCuePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = stride_cue_player_constructed;
  object_class->dispose = stride_cue_player_dispose;
  object_class->finalize = stride_cue_player_finalize;
  object_class->get_property = stride_cue_player_get_property;
  object_class->set_property = stride_cue_player_set_property;

  /**
   * StrideCuePlayer:sink-description:
   *
   * A gst-launch description of the sink, e.g. "wavenc ! filesink
   * location=cues.wav"; %NULL for $STRIDE_AUDIO_SINK, or autoaudiosink.
   */
  properties[PROP_SINK_DESCRIPTION] =
    g_param_spec_string ("sink-description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideCuePlayer:available:
   *
   * Whether cues can be heard. %FALSE when there is no sound device or
   * sound server, or it went away; the cues are then to be shown.
   */
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StrideCuePlayer:voice-available:
   *
   * Whether the espeak element is installed, for
   * %STRIDE_CUE_MODE_VOICE_AND_TONES.
   */
  properties[PROP_VOICE_AVAILABLE] =
    g_param_spec_boolean ("voice-available", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StrideCuePlayer:lead-time:
   *
   * Microseconds before its deadline that a cue must be scheduled at the
   * least to be heard on time: the sink's latency and a little more.
   */
  properties[PROP_LEAD_TIME] =
    g_param_spec_int64 ("lead-time", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       STRIDE_TYPE_CUE_MODE, STRIDE_CUE_MODE_VOICE_AND_TONES,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideCuePlayer:volume:
   *
   * From 0 to 1, on a cubic scale as a volume slider wants it.
   */
  properties[PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL,
                         0, 1, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideCuePlayer:ticks:
   *
   * Whether the tempo ticks of each rep play; the other cues always do.
   */
  properties[PROP_TICKS] =
    g_param_spec_boolean ("ticks", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * StrideCuePlayer:tick-volume:
   *
   * The tempo ticks' volume beside the other cues', from 0 to 1 (as
   * loud as they are), on a cubic scale as a volume slider wants it.
   */
  properties[PROP_TICK_VOLUME] =
    g_param_spec_double ("tick-volume", NULL, NULL,
                         0, 1, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_cue_player_init (StrideCuePlayer *self)
{
  self->mode = STRIDE_CUE_MODE_VOICE_AND_TONES;
  self->volume = 1;
  self->ticks_enabled = TRUE;
  self->tick_volume = 1;
}

/**
 * stride_cue_player_new:
 *
 * Makes a player and starts its sink, which then stays open: make it
 * when a workout opens and drop it when the workout closes.
 *
 * Returns: (transfer full): a player on autoaudiosink, or on the sink
 *   that $STRIDE_AUDIO_SINK describes
 */
StrideCuePlayer *
stride_cue_player_new (void)
{
  return g_object_new (STRIDE_TYPE_CUE_PLAYER, NULL);
}

/**
 * stride_cue_player_new_for_sink:
 * @sink_description: a gst-launch description of the sink
 *
 * Returns: (transfer full): a player on that sink, for tests
 */
StrideCuePlayer *
stride_cue_player_new_for_sink (const char *sink_description)
{
  g_return_val_if_fail (sink_description != NULL, NULL);

  return g_object_new (STRIDE_TYPE_CUE_PLAYER, "sink-description", sink_description, NULL);
}

gboolean
stride_cue_player_get_available (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), FALSE);

  return self->available;
}

gboolean
stride_cue_player_get_voice_available (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), FALSE);

  return self->voice != NULL;
}

/**
 * stride_cue_player_get_lead_time:
 *
 * Returns: microseconds before its deadline that a cue must be
 *   scheduled at the least to start on time
 */
gint64
stride_cue_player_get_lead_time (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), 0);

  if (self->source == NULL)
    return 0;

  return GST_TIME_AS_USECONDS (stride_cue_source_get_lead_time (self->source));
}

StrideCueMode
stride_cue_player_get_mode (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), STRIDE_CUE_MODE_TONES);

  return self->mode;
}

void
stride_cue_player_set_mode (StrideCuePlayer *self,
                            StrideCueMode    mode)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));
  g_return_if_fail (mode == STRIDE_CUE_MODE_TONES || mode == STRIDE_CUE_MODE_VOICE_AND_TONES);

  if (self->mode == mode)
    return;

  self->mode = mode;
  prepare_common_speech (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

double
stride_cue_player_get_volume (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), 0);

  return self->volume;
}

void
stride_cue_player_set_volume (StrideCuePlayer *self,
                              double           volume)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));
  g_return_if_fail (volume >= 0 && volume <= 1);

  if (self->volume == volume)
    return;

  self->volume = volume;
  update_gain (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

gboolean
stride_cue_player_get_muted (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), FALSE);

  return self->muted;
}

void
stride_cue_player_set_muted (StrideCuePlayer *self,
                             gboolean         muted)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));

  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  update_gain (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

gboolean
stride_cue_player_get_ticks (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), FALSE);

  return self->ticks_enabled;
}

void
stride_cue_player_set_ticks (StrideCuePlayer *self,
                             gboolean         ticks)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));

  ticks = !!ticks;
  if (self->ticks_enabled == ticks)
    return;

  self->ticks_enabled = ticks;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKS]);
}

double
stride_cue_player_get_tick_volume (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), 0);

  return self->tick_volume;
}

void
stride_cue_player_set_tick_volume (StrideCuePlayer *self,
                                   double           volume)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));
  g_return_if_fail (volume >= 0 && volume <= 1);

  if (self->tick_volume == volume)
    return;

  self->tick_volume = volume;
  /* Before GStreamer is set up there is nothing to render yet */
  if (self->ticks[STRIDE_REP_PHASE_NONE] != NULL)
    render_ticks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICK_VOLUME]);
}

/**
 * stride_cue_player_prepare:
 *
 * Renders in the background what @cue will say, so that its words start
 * on time: call it for the cues of a plan when the workout opens. Tones
 * are always ready, and so are the words that every workout uses.
 */
void
stride_cue_player_prepare (StrideCuePlayer *self,
                           const StrideCue *cue)
{
  g_autofree char *text = NULL;

  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));
  g_return_if_fail (cue != NULL);

  if (!speaks (self) || !self->available)
    return;

  text = stride_cue_voice_dup_text (cue);
  if (text != NULL)
    stride_cue_voice_prepare (self->voice, text);
}

/**
 * stride_cue_player_schedule:
 * @deadline_monotonic_us: when the cue is to be heard, on the clock of
 *   g_get_monotonic_time(), or 0 for as soon as possible
 *
 * Plays @cue's tone so that its first sample is heard at the deadline,
 * and its words, if it has any in %STRIDE_CUE_MODE_VOICE_AND_TONES,
 * right after. Schedule it at least #StrideCuePlayer:lead-time ahead;
 * later, it plays as soon as it can.
 *
 * Cues that overlap are mixed, except that a tempo tick makes way for
 * any other cue: a tick that would overlap one is not played.
 *
 * Without a sound device this does nothing.
 */
void
stride_cue_player_schedule (StrideCuePlayer *self,
                            const StrideCue *cue,
                            gint64           deadline_monotonic_us)
{
  GstClockTime when, earliest;
  GBytes *tone;

  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));
  g_return_if_fail (cue != NULL);
  g_return_if_fail ((guint) cue->kind < STRIDE_CUE_N_KINDS);

  if (!self->available || (cue->kind == STRIDE_CUE_TEMPO_TICK && !self->ticks_enabled))
    return;

  earliest = g_get_monotonic_time () * GST_USECOND + stride_cue_source_get_lead_time (self->source);
  when = MAX (deadline_monotonic_us, 0) * GST_USECOND;
  if (when < earliest)
    {
      /* Late as a whole, so that the words still follow the tone */
      if (deadline_monotonic_us > 0)
        {
          g_debug ("A %s cue is %" G_GINT64_FORMAT " µs late", stride_cue_kind_get_nick (cue->kind),
                   GST_TIME_AS_USECONDS (earliest - when));
          self->n_late++;
        }
      when = earliest;
    }

  if (cue->kind == STRIDE_CUE_TEMPO_TICK && (guint) cue->phase < G_N_ELEMENTS (self->ticks))
    tone = self->ticks[cue->phase];
  else
    tone = self->tones[cue->kind];
  stride_cue_source_add (self->source, tone, when, cue->kind == STRIDE_CUE_TEMPO_TICK);

  if (speaks (self))
    {
      g_autofree char *text = stride_cue_voice_dup_text (cue);

      if (text != NULL)
        stride_cue_voice_speak_at (self->voice, text, self->source,
                                   when + stride_cue_tones_get_speech_delay (cue->kind) * GST_MSECOND);
    }
}

/**
 * stride_cue_player_play:
 *
 * Plays @cue as soon as possible, e.g. to try the volume.
 */
void
stride_cue_player_play (StrideCuePlayer *self,
                        const StrideCue *cue)
{
  stride_cue_player_schedule (self, cue, 0);
}

/**
 * stride_cue_player_cancel:
 *
 * Forgets the cues that have not started, e.g. when the workout pauses
 * or skips; a sound already playing finishes.
 */
void
stride_cue_player_cancel (StrideCuePlayer *self)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));

  if (self->source != NULL)
    stride_cue_source_clear (self->source);
}

GstElement *
stride_cue_player_get_pipeline (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), NULL);

  return self->pipeline;
}

/**
 * stride_cue_player_get_stream_origin:
 *
 * Returns: the monotonic time, in microseconds, at which the first
 *   sample of the stream is heard, which is the first sample of a file
 *   sink's file; 0 when the pipeline is not playing
 */
gint64
stride_cue_player_get_stream_origin (StrideCuePlayer *self)
{
  GstClockTime origin;

  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), 0);

  if (self->source == NULL)
    return 0;

  origin = stride_cue_source_get_stream_origin (self->source);

  return GST_CLOCK_TIME_IS_VALID (origin) ? (gint64) GST_TIME_AS_USECONDS (origin) : 0;
}

/**
 * stride_cue_player_get_n_late:
 *
 * Returns: how many cues started later than their deadline
 */
guint
stride_cue_player_get_n_late (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), 0);

  return self->n_late + (self->source != NULL ? stride_cue_source_get_n_late (self->source) : 0);
}

/**
 * stride_cue_player_prepare_plan:
 *
 * Makes every sound and word of @plan before it is needed.
 */
void
stride_cue_player_prepare_plan (StrideCuePlayer *self,
                                StridePlan      *plan)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));
  g_return_if_fail (plan != NULL);

  for (guint i = 0; i < stride_plan_get_n_cues (plan); i++)
    stride_cue_player_prepare (self, stride_plan_get_cue (plan, i));
}

static void
on_engine_cue_ahead (StrideCuePlayer *self,
                     const StrideCue *cue,
                     gint64           deadline)
{
  stride_cue_player_schedule (self, cue, deadline);
}

/**
 * stride_cue_player_follow:
 * @engine: an engine on the monotonic clock, not yet started
 *
 * Plays the cues of @engine on their deadlines, for as long as the player
 * lives: the engine tells each cue a little more than the player's lead
 * time ahead, so that no sound is ever late, and the player schedules it.
 */
void
stride_cue_player_follow (StrideCuePlayer *self,
                          StrideEngine    *engine)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));
  g_return_if_fail (STRIDE_IS_ENGINE (engine));

  stride_engine_set_cue_lead (engine, stride_cue_player_get_lead_time (self) + 20000);
  g_signal_connect_object (engine, "cue-ahead", G_CALLBACK (on_engine_cue_ahead), self, G_CONNECT_SWAPPED);
}
