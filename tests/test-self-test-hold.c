/* test-self-test-hold.c
 *
 * A self-test's timed hold as it sounds: the bridge test's right-foot
 * hold run on the real clock into a WAV file, its seven cues (the test's
 * name, 3-2-1, go, halfway, done) each heard within 20 ms of its place on
 * the timeline, and the hold done when its time is up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "stride-cue-player-private.h"
#include "stride-self-test-hold.h"
#include "stride-test-utils.h"
#include "stride-test-wav.h"

/* Quieter than this is silence; the cues are a second apart at least */
#define THRESHOLD 0.005f
#define MIN_GAP_MS 80

static gboolean
on_too_long (gpointer user_data)
{
  g_error ("The hold was not done within 30 seconds");
  return G_SOURCE_REMOVE;
}

static void
on_done (StrideSelfTestHold *hold,
         gboolean           *done)
{
  *done = TRUE;
}

static void
test_hold_cues (void)
{
  const StrideSelfTestStep *step = stride_self_test_get_step (STRIDE_SELF_TEST_BRIDGE, 2);
  g_autofree char *dir = g_dir_make_tmp ("stride-test-hold-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hold.wav", NULL);
  g_autofree char *sink = g_strdup_printf ("wavenc ! filesink location=\"%s\"", path);
  StrideCuePlayer *player = stride_cue_player_new_for_sink (sink);
  g_autoptr(StrideClock) clock = stride_monotonic_clock_new ();
  g_autoptr(GArray) cues = stride_self_test_step_get_cues (step, STRIDE_SELF_TEST_BRIDGE);
  g_autoptr(GArray) onsets = NULL;
  g_autoptr(StrideTestWav) wav = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *figure = stride_figure_view_new (step->movement_id);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *hold;
  gboolean done = FALSE;
  double first_ms;

  g_assert_true (stride_cue_player_get_available (player));
  stride_cue_player_set_mode (player, STRIDE_CUE_MODE_TONES);

  hold = stride_self_test_hold_new (step, STRIDE_SELF_TEST_BRIDGE, clock, player, STRIDE_FIGURE_VIEW (figure));
  g_signal_connect (hold, "done", G_CALLBACK (on_done), &done);
  gtk_box_append (GTK_BOX (box), hold);
  gtk_box_append (GTK_BOX (box), figure);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  stride_self_test_hold_start (STRIDE_SELF_TEST_HOLD (hold));
  g_assert_true (stride_self_test_hold_get_timing (STRIDE_SELF_TEST_HOLD (hold)));
  /* 5 s to get ready and 10 s to hold, on the real clock: the main loop
   * runs meanwhile, so that the player's bus is served */
  {
    guint too_long = g_timeout_add_seconds (30, on_too_long, NULL);

    while (!done)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (too_long);
  }
  g_assert_false (stride_self_test_hold_get_timing (STRIDE_SELF_TEST_HOLD (hold)));
  g_assert_cmpuint (stride_cue_player_get_n_late (player), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (player);

  wav = stride_test_read_wav (path);
  onsets = stride_test_find_onsets (wav, THRESHOLD, MIN_GAP_MS);

  /* Each cue once, on its offset from the first */
  g_assert_cmpuint (onsets->len, ==, cues->len);
  first_ms = stride_test_samples_to_ms (g_array_index (onsets, gsize, 0));
  for (guint i = 0; i < cues->len; i++)
    {
      const StrideCue *cue = &g_array_index (cues, StrideCue, i);
      double heard_ms = stride_test_samples_to_ms (g_array_index (onsets, gsize, i)) - first_ms;
      double error_ms = heard_ms - cue->offset / 1000.0;

      g_test_message ("%s at %" G_GINT64_FORMAT " ms: heard %+.2f ms from its place",
                      stride_cue_kind_get_nick (cue->kind), cue->offset / 1000, error_ms);
      g_assert_cmpfloat (fabs (error_ms), <=, 20);
    }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  GApplication *app = stride_test_init_app (&argc, &argv);
  int status;

  g_test_add_func ("/stride/self-test-hold/cues", test_hold_cues);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
