/* store-bench.c
 *
 * Load and save times of the progress store with ten years of data:
 * 1,500 sessions and 250 self-test results, as a runner training three
 * times a week and testing every other week would record. Prints the
 * median and worst of several runs, and the memory the loaded document
 * takes.
 *
 * Save → durable is what a runner waits for after pressing Save: the
 * record put in the store, and the store's flush (serialize, check the
 * file is still ours, durable atomic write with backup, folder flushed)
 * done, as the window waits for before it says "saved".
 *
 * `store-bench --write FILE` only writes the ten years to FILE, and
 * `store-bench --load-once FILE` loads FILE once and prints the time:
 * both to profile a load with.
 *
 * Loads are measured twice: the first load in a new process, as at
 * start-up, each in a process of its own; and loads repeated in one
 * process, as when another program changes the file, whose memory the
 * earlier loads have left scattered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>

#include "bench-data.h"
#include "stride-store.h"
#include "stride-store-file.h"

#define N_RUNS 15
#define N_SAVES 50

/* Heap in use, which RSS does not show once freed memory is reused */
static size_t
heap_in_use (void)
{
  return mallinfo2 ().uordblks;
}

static void
on_flushed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  if (!stride_store_flush_finish (STRIDE_STORE (source), result, &error))
    g_error ("%s", error->message);
  *done = TRUE;
}

static gboolean
settle_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Save pressed → on disk, as the window does it */
static void
measure_save_to_durable (const char *path,
                         GArray     *times)
{
  g_autoptr(StrideStore) store = stride_store_new (path);

  stride_store_load (store, NULL);
  if (stride_store_get_outcome (store) != STRIDE_STORE_LOADED)
    g_error ("The benchmark file did not load");

  for (guint run = 0; run < N_SAVES; run++)
    {
      g_autoptr(JsonObject) session = bench_data_make_session (BENCH_DATA_N_SESSIONS + run);
      gboolean done = FALSE;
      gint64 begin = g_get_monotonic_time ();
      double ms;

      stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
      stride_store_flush_async (store, NULL, on_flushed, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
      ms = (g_get_monotonic_time () - begin) / 1000.0;
      g_array_append_val (times, ms);

      /* The store's file monitor hears its own write: let it settle, as
       * between two sessions */
      done = FALSE;
      g_timeout_add (300, settle_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }
}

/* The first load of @path in this process, in milliseconds */
static double
load_once (const char *path)
{
  g_autoptr(StrideStore) store = stride_store_new (path);
  gint64 begin = g_get_monotonic_time ();

  stride_store_load (store, NULL);
  if (stride_store_get_outcome (store) != STRIDE_STORE_LOADED)
    g_error ("The benchmark file did not load");

  return (g_get_monotonic_time () - begin) / 1000.0;
}

static double
load_in_new_process (const char *self,
                     const char *path)
{
  const char *argv[] = { self, "--load-once", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);

  return g_ascii_strtod (out, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StrideDocument) document = stride_document_new ();
  g_autofree char *dir = g_dir_make_tmp ("stride-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(GArray) save_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_load_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) durable_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) previous = NULL;
  size_t heap_before, heap_after;
  gsize length = 0;

  if (argc == 3 && g_str_equal (argv[1], "--load-once"))
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      printf ("%s\n", g_ascii_dtostr (buffer, sizeof buffer, load_once (argv[2])));
      return 0;
    }

  for (guint i = 0; i < BENCH_DATA_N_SESSIONS; i++)
    {
      g_autoptr(JsonObject) session = bench_data_make_session (i);

      stride_document_put (document, STRIDE_COLLECTION_SESSIONS, session);
    }
  for (guint i = 0; i < BENCH_DATA_N_RESULTS; i++)
    {
      g_autoptr(JsonObject) result = bench_data_make_result (i);

      stride_document_put (document, STRIDE_COLLECTION_RESULTS, result);
    }

  /* The ten years as a file, to profile a load with */
  if (argc == 3 && g_str_equal (argv[1], "--write"))
    {
      g_autofree char *text = stride_document_serialize (document, &length);
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (argv[2], text, length, &error))
        g_error ("%s", error->message);
      return 0;
    }

  /* Saving: serialize on the main thread, then the durable atomic write
   * with its backup, as the store does */
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 begin = g_get_monotonic_time ();
      char *text = stride_document_serialize (document, &length);
      g_autoptr(GBytes) contents = g_bytes_new_take (text, length);
      g_autoptr(GError) error = NULL;
      double ms;

      if (!stride_store_file_write (path, contents, previous, previous, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - begin) / 1000.0;
      g_array_append_val (save_times, ms);
      g_clear_pointer (&previous, g_bytes_unref);
      previous = g_bytes_ref (contents);
    }

  measure_save_to_durable (path, durable_times);

  /* Loading: read, check and parse, as the store's worker thread does */
  for (guint run = 0; run < N_RUNS; run++)
    {
      double ms = load_in_new_process (argv[0], path);

      g_array_append_val (first_load_times, ms);
    }
  for (guint run = 0; run < N_RUNS; run++)
    {
      double ms = load_once (path);

      g_array_append_val (load_times, ms);
    }

  heap_before = heap_in_use ();
  {
    g_autoptr(StrideStore) kept = stride_store_new (path);

    stride_store_load (kept, NULL);
    heap_after = heap_in_use ();
  }

  printf ("Progress store, ten years of data: %d sessions, %d self-test results, %.1f MB on disk\n",
          BENCH_DATA_N_SESSIONS, BENCH_DATA_N_RESULTS, length / (1024.0 * 1024.0));
  bench_report ("save (serialize + atomic write)", save_times);
  bench_report ("Save pressed → on disk, durable", durable_times);
  bench_report ("load at start-up (new process)", first_load_times);
  bench_report ("load again (same process)", load_times);
  printf ("%-34s %7.1f MB\n", "heap used by the loaded store",
          ((double) heap_after - (double) heap_before) / (1024.0 * 1024.0));
  printf ("» Save pressed → durable, ten years: median %.1f ms, max %.1f ms (goal ≤ 50 ms, ≤ 150 ms): %s\n",
          bench_median (durable_times), bench_max (durable_times),
          bench_median (durable_times) <= 50 && bench_max (durable_times) <= 150 ? "met" : "missed");
  printf ("» store load at start-up, ten years: median %.1f ms (goal ≤ 30 ms): %s\n",
          bench_median (first_load_times), bench_median (first_load_times) <= 30 ? "met" : "missed");

  g_remove (path);
  g_remove (backup);
  g_rmdir (dir);
  return 0;
}
