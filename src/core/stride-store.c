/* stride-store.c
 *
 * The user's progress: sessions, self-test results and routines, kept in
 * one JSON file that is never lost. Changes are saved shortly after they
 * happen, in a worker thread, coalesced; what the user saves explicitly
 * is written at once (stride_store_flush_async()). A file Stride cannot
 * read is moved aside and the backup used; a file another process
 * replaced (a synced folder) is merged rather than overwritten.
 *
 * When a save fails (a read-only or full disk), what the file misses is
 * written to a recovery journal in another folder, outside the failing
 * one, and merged back at the next start: quitting or crashing while
 * the disk refuses the progress loses nothing. The journal goes once the
 * progress file holds it all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "stride-store-file.h"
#include "stride-store.h"
#include "stride-store-private.h"

/* Long enough to gather a burst of edits into one write */
#define SAVE_DELAY_MS 300
/* How soon to try again after a failed save, e.g. a read-only disk */
#define RETRY_DELAY_S 5
/* Editors and sync tools write in several steps */
#define RELOAD_DELAY_MS 200

struct _StrideStore
{
  GObject parent_instance;

  char *path;
  StrideDocument *document;

  /* What the file on disk holds, as far as we know it is good: written or
   * read by us. It becomes the backup on the next save. */
  GBytes *last_good;
  /* The file was read in part: what it holds is damaged, and the backup
   * is kept as it is until the next save has put a whole file in place */
  gboolean keep_backup;

  gboolean loaded;
  StrideStoreOutcome outcome;
  char *aside_path;
  GError *load_error;
  /* A file that must not be overwritten: one Stride may not read, one
   * from a newer Stride, a link to a file that is not there, or a damaged
   * one that could not be moved aside. Nothing is saved until it is
   * readable again (read again every few seconds) or gone; what is
   * recorded meanwhile stays in memory, and stride_store_get_unsaved()
   * says so, for anything that keeps it elsewhere meanwhile. */
  gboolean blocked;
  guint retry_source;

  gboolean dirty;
  gboolean saving;
  guint save_source;
  GError *save_error;
  GPtrArray *flush_tasks;

  /* Where the recovery journal goes: two folders, so that one failing
   * with the data folder (the same full disk) leaves the other */
  char *journal_paths[2];
  /* A journal on disk holds what the file may miss: removed once a save
   * after the load succeeds */
  gboolean journal_on_disk;
  /* Where the unsaved changes are kept while saves fail; %NULL when
   * there are none, or when no journal could be written either */
  char *recovery_path;
  guint n_recovered;
  StrideStoreWriter writer;

  GFileMonitor *monitor;
  guint reload_source;
  gboolean rereading;
  /* The file changed again while it was being read */
  gboolean reread_again;
};

G_DEFINE_FINAL_TYPE (StrideStore, stride_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_UNSAVED,
  PROP_SAVE_ERROR,
  PROP_ASIDE_PATH,
  PROP_BLOCKED,
  PROP_N_UNREADABLE,
  PROP_LOADED,
  PROP_RECOVERY_PATH,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_save (StrideStore *self,
                           guint        delay_ms);

typedef struct
{
  StrideDocument *document;
  GBytes *bytes;
  gboolean loaded;
  StrideStoreOutcome outcome;
  char *aside_path;
  GError *error;
  gboolean blocked;
  guint n_recovered;
  gboolean journal_found;
  /* The file was read in part: what was read is to be put in place */
  gboolean salvaged;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->document, stride_document_free);
  g_clear_pointer (&result->bytes, g_bytes_unref);
  g_clear_pointer (&result->aside_path, g_free);
  g_clear_error (&result->error);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

/* Reads the file at @path; if it is not JSON as a whole because of
 * damaged records, what reads of it, and @salvaged says so */
static StrideDocument *
read_document (const char  *path,
               GBytes     **bytes_out,
               gboolean    *salvaged,
               GError     **error)
{
  g_autoptr(GBytes) bytes = stride_store_file_read (path, STRIDE_STORE_MAX_BYTES, error);
  StrideDocument *document;
  gboolean partly = FALSE;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  document = stride_document_parse_salvaging (data, length, &partly, error);
  if (document != NULL && bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);
  if (salvaged != NULL)
    *salvaged = partly;

  return document;
}

/* Whether @error says the file holds something Stride cannot make sense
 * of, rather than that it cannot be read now or is for a newer Stride */
static gboolean
is_damage (const GError *error)
{
  return g_error_matches (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_INVALID)
         || g_error_matches (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_TOO_LARGE);
}

/* A damaged file is kept where nothing overwrites it; if it cannot be
 * moved, nothing is saved over it. A file Stride may not read, one from
 * a newer Stride, or a link to a file that is not there is left where it
 * is, and nothing is saved over it either. */
static void
move_aside (LoadResult *result,
            const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!is_damage (result->error))
    {
      result->blocked = TRUE;
      return;
    }

  result->aside_path = stride_store_file_move_aside (path, &error);
  if (result->aside_path == NULL)
    {
      g_warning ("Could not move %s aside: %s", path, error->message);
      result->blocked = TRUE;
    }
}

static LoadResult *load_file (const char *path);

static void
fsync_folder_of (const char *path)
{
  g_autoptr(GError) error = NULL;

  /* The rename that put the file in place is only durable once the
   * folder's entry is on disk too */
  if (!stride_store_file_sync_folder_of (path, &error))
    g_message ("Could not flush to disk: %s", error->message);
}

/* Runs in a worker thread. Adds what the recovery journals hold to
 * @document: what a save could not put in the file before Stride quit
 * or crashed. A damaged journal is kept aside, never merged or removed.
 * Returns how many records came from them. */
static guint
merge_journals (StrideDocument  *document,
                char           **journal_paths,
                gboolean        *found)
{
  guint total = 0;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(StrideDocument) journal = NULL;
      g_autoptr(GError) error = NULL;
      const char *data;
      gsize length;
      guint taken = 0;

      if (journal_paths[i] == NULL)
        continue;

      bytes = stride_store_file_read (journal_paths[i], STRIDE_STORE_MAX_BYTES, &error);
      if (bytes != NULL)
        {
          data = g_bytes_get_data (bytes, &length);
          journal = stride_document_parse (data, length, &error);
        }
      if (journal == NULL)
        {
          if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
              && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
            {
              g_autofree char *aside = stride_store_file_move_aside (journal_paths[i], NULL);

              g_message ("Could not read the recovery journal %s (kept as %s): %s",
                         journal_paths[i], aside != NULL ? aside : "is", error->message);
            }
          continue;
        }

      *found = TRUE;
      stride_document_merge (document, journal, &taken);
      total += taken;
    }

  return total;
}

/* Runs in a worker thread: only the file and the path are touched */
static LoadResult *
load_from_disk (const char  *path,
                char       **journal_paths)
{
  LoadResult *result = load_file (path);

  result->n_recovered = merge_journals (result->document, journal_paths, &result->journal_found);
  return result;
}

/* Runs in a worker thread. The file was read in part: its damaged
 * records are kept in the document, and the file itself beside it, as
 * it was, before the next save replaces it. A record damaged here may
 * be whole in the backup, the file as it was one save before. */
static void
take_in_part (LoadResult *result,
              const char *path,
              const char *backup)
{
  g_autoptr(StrideDocument) older = read_document (backup, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = stride_store_file_copy_aside (path, result->bytes, &error);

  if (copy != NULL)
    g_message ("Read %s in part; the file as it was is kept as %s", path, copy);
  else
    g_warning ("Read %s in part, and could not keep a copy of it: %s", path, error->message);

  if (older != NULL)
    stride_document_merge (result->document, older, NULL);
}

/* Runs in a worker thread: only the file and the path are touched */
static LoadResult *
load_file (const char *path)
{
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(GError) error = NULL;
  gboolean salvaged = FALSE;
  guint removed = stride_store_file_remove_stale_temporaries (path);

  if (removed > 0)
    g_message ("Removed %u temporary files that saves cut short left beside %s", removed, path);

  result->document = read_document (path, &result->bytes, &salvaged, &error);
  if (result->document != NULL)
    {
      if (salvaged)
        take_in_part (result, path, backup);
      result->salvaged = salvaged;
      result->outcome = STRIDE_STORE_LOADED;
      return g_steal_pointer (&result);
    }

  /* No file yet, or no folder for it: nothing recorded to lose */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    {
      result->document = stride_document_new ();
      result->outcome = STRIDE_STORE_NEW;
      return g_steal_pointer (&result);
    }

  g_message ("Could not read %s: %s", path, error->message);
  result->error = g_steal_pointer (&error);
  move_aside (result, path);

  if (result->blocked && result->aside_path == NULL && !is_damage (result->error))
    {
      /* The progress is there, only out of reach: the backup would
       * show an older copy of it, so the history starts empty */
      result->document = stride_document_new ();
      result->outcome = g_error_matches (result->error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_NEWER_VERSION)
                        ? STRIDE_STORE_NEWER_VERSION : STRIDE_STORE_UNREADABLE;
      return g_steal_pointer (&result);
    }

  result->document = read_document (backup, &result->bytes, NULL, NULL);
  if (result->document != NULL)
    result->outcome = STRIDE_STORE_RECOVERED_FROM_BACKUP;
  else
    {
      result->document = stride_document_new ();
      result->outcome = STRIDE_STORE_STARTED_EMPTY;
    }

  return g_steal_pointer (&result);
}

static void
on_reload (StrideStore *self);

static gboolean
retry_read_cb (gpointer user_data)
{
  StrideStore *self = user_data;

  self->retry_source = 0;
  on_reload (self);

  return G_SOURCE_REMOVE;
}

/* While the file cannot be read, look again now and then: once it can,
 * what was recorded meanwhile is merged with it and saved */
static void
retry_read_later (StrideStore *self)
{
  if (self->blocked && self->retry_source == 0)
    self->retry_source = g_timeout_add_seconds (RETRY_DELAY_S, retry_read_cb, self);
}

static void
set_blocked (StrideStore *self,
             gboolean     blocked)
{
  if (!blocked)
    g_clear_handle_id (&self->retry_source, g_source_remove);

  if (self->blocked != blocked)
    {
      self->blocked = blocked;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLOCKED]);
    }

  retry_read_later (self);
}

static void
emit_changed_all (StrideStore *self)
{
  for (guint c = 0; c < STRIDE_COLLECTION_DELETED; c++)
    g_signal_emit (self, signals[CHANGED], 0, c);
}

static gboolean
reload_cb (gpointer user_data)
{
  StrideStore *self = user_data;

  self->reload_source = 0;
  on_reload (self);

  return G_SOURCE_REMOVE;
}

static void
reload_soon (StrideStore *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 StrideStore       *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      reload_soon (self);
      break;
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

static void
start_monitor (StrideStore *self)
{
  /* Through a link, what changes is the file it leads to, say in a
   * synced folder */
  g_autofree char *resolved = stride_store_file_resolve (self->path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (resolved != NULL ? resolved : self->path);
  g_autoptr(GError) error = NULL;

  if (self->monitor != NULL)
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      /* Changes from elsewhere will then be merged at the next start */
      g_warning ("Cannot watch %s for changes: %s", self->path, error->message);
      return;
    }

  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_file_changed), self, 0);
}

typedef struct
{
  char *path;
  GBytes *last_good;
} RereadJob;

static void
reread_job_free (RereadJob *job)
{
  g_free (job->path);
  g_clear_pointer (&job->last_good, g_bytes_unref);
  g_free (job);
}

/* Runs in a worker thread. The result holds their document to merge; or
 * nothing, when the file is gone or still what we know; or the error
 * and where the unreadable file was moved, or that it could not be. */
static void
reread_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RereadJob *job = task_data;
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);

  result->bytes = stride_store_file_read (job->path, STRIDE_STORE_MAX_BYTES, &result->error);
  if (g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_clear_error (&result->error);
  /* Most often our own write, noticed: nothing new to parse */
  else if (result->bytes != NULL && job->last_good != NULL && g_bytes_equal (result->bytes, job->last_good))
    g_clear_pointer (&result->bytes, g_bytes_unref);
  else if (result->bytes != NULL)
    {
      gsize length;
      const char *data = g_bytes_get_data (result->bytes, &length);

      result->document = stride_document_parse (data, length, &result->error);
    }

  if (result->error != NULL)
    move_aside (result, job->path);

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) load_result_free);
}

/* What another process wrote joins what we have */
static void
merge_theirs (StrideStore *self,
              LoadResult  *result)
{
  /* What they wrote is good: it is what the backup should hold next */
  g_clear_pointer (&self->last_good, g_bytes_unref);
  self->last_good = g_steal_pointer (&result->bytes);

  stride_document_merge (self->document, result->document, NULL);
  emit_changed_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNREADABLE]);

  /* Write the union back unless theirs already was the union: then
   * merging ours into theirs, which is thrown away after, changes nothing */
  if (stride_document_merge (result->document, self->document, NULL))
    schedule_save (self, 0);
}

static void
on_reread (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  StrideStore *self = STRIDE_STORE (source);
  g_autoptr(LoadResult) result = g_task_propagate_pointer (G_TASK (res), NULL);

  self->rereading = FALSE;

  /* The file can be read again, or is gone: saves may go on */
  if (self->blocked && result->error == NULL)
    {
      g_clear_error (&self->load_error);
      self->outcome = STRIDE_STORE_LOADED;
      set_blocked (self, FALSE);
    }

  if (result->document != NULL)
    merge_theirs (self, result);
  else if (result->error != NULL)
    {
      g_message ("The progress file was replaced by one Stride cannot read: %s", result->error->message);
      if (result->blocked && result->aside_path == NULL && !is_damage (result->error))
        {
          g_clear_error (&self->load_error);
          self->load_error = g_error_copy (result->error);
          if (self->outcome == STRIDE_STORE_LOADED || self->outcome == STRIDE_STORE_NEW)
            self->outcome = g_error_matches (result->error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_NEWER_VERSION)
                            ? STRIDE_STORE_NEWER_VERSION : STRIDE_STORE_UNREADABLE;
        }
      set_blocked (self, result->blocked);
      if (result->aside_path != NULL)
        {
          g_free (self->aside_path);
          self->aside_path = g_steal_pointer (&result->aside_path);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASIDE_PATH]);
          schedule_save (self, 0);
        }
    }

  /* Saves wait for a reread: what was recorded meanwhile is saved now */
  if (self->dirty && self->save_source == 0)
    schedule_save (self, 0);
  if (self->reread_again)
    {
      self->reread_again = FALSE;
      reload_soon (self);
    }
}

/* Another process wrote the file: read it off the main thread, then
 * merge what it has with what we have */
static void
on_reload (StrideStore *self)
{
  g_autoptr(GTask) task = NULL;
  RereadJob *job;

  if (self->saving)
    {
      /* Our own write; look again once it is done */
      reload_soon (self);
      return;
    }
  if (self->rereading)
    {
      self->reread_again = TRUE;
      return;
    }

  job = g_new0 (RereadJob, 1);
  job->path = g_strdup (self->path);
  job->last_good = self->last_good != NULL ? g_bytes_ref (self->last_good) : NULL;

  self->rereading = TRUE;
  task = g_task_new (self, NULL, on_reread, NULL);
  g_task_set_source_tag (task, on_reload);
  g_task_set_task_data (task, job, (GDestroyNotify) reread_job_free);
  g_task_run_in_thread (task, reread_thread);
}

static void
apply_load_result (StrideStore *self,
                   LoadResult  *result)
{
  /* Whatever was recorded while the file was being read joins it */
  gboolean recorded_meanwhile = stride_document_merge (result->document, self->document, NULL);

  g_clear_pointer (&self->document, stride_document_free);
  self->document = g_steal_pointer (&result->document);
  g_clear_pointer (&self->last_good, g_bytes_unref);
  self->last_good = g_steal_pointer (&result->bytes);
  /* A file read in part is no backup: the one there may hold what the
   * damage took */
  self->keep_backup = result->salvaged;
  self->outcome = result->outcome;
  g_free (self->aside_path);
  self->aside_path = g_steal_pointer (&result->aside_path);
  g_clear_error (&self->load_error);
  self->load_error = g_steal_pointer (&result->error);
  self->n_recovered = result->n_recovered;
  self->journal_on_disk = self->journal_on_disk || result->journal_found;
  self->loaded = TRUE;
  set_blocked (self, result->blocked);

  start_monitor (self);
  emit_changed_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASIDE_PATH]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNREADABLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);

  /* What came from the backup or a recovery journal is the progress
   * now: put it in place; and what was read of a file damaged in part,
   * its damaged records kept in it, or each start would read it in part
   * again and keep another copy of it */
  if (self->outcome == STRIDE_STORE_RECOVERED_FROM_BACKUP || recorded_meanwhile || result->journal_found
      || result->salvaged)
    schedule_save (self, 0);
}

typedef struct
{
  char *path;
  char *journal_paths[2];
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->path);
  g_free (job->journal_paths[0]);
  g_free (job->journal_paths[1]);
  g_free (job);
}

/**
 * stride_store_load:
 *
 * Loads the file, or starts empty; see stride_store_get_outcome() for
 * what happened. Blocks on the disk: the app uses stride_store_load_async().
 *
 * Returns: %TRUE; a damaged file is dealt with, not reported as failure
 */
gboolean
stride_store_load (StrideStore  *self,
                   GError      **error)
{
  g_autoptr(LoadResult) result = NULL;

  g_return_val_if_fail (STRIDE_IS_STORE (self), FALSE);

  result = load_from_disk (self->path, self->journal_paths);
  apply_load_result (self, result);

  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;

  g_task_return_pointer (task, load_from_disk (job->path, job->journal_paths), (GDestroyNotify) load_result_free);
}

void
stride_store_load_async (StrideStore         *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (STRIDE_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, stride_store_load_async);
  job = g_new0 (LoadJob, 1);
  job->path = g_strdup (self->path);
  job->journal_paths[0] = g_strdup (self->journal_paths[0]);
  job->journal_paths[1] = g_strdup (self->journal_paths[1]);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
}

gboolean
stride_store_load_finish (StrideStore   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_autoptr(LoadResult) load = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  load = g_task_propagate_pointer (G_TASK (result), error);
  if (load == NULL)
    return FALSE;

  apply_load_result (self, load);
  return TRUE;
}

static void
finish_flushes (StrideStore *self)
{
  g_autoptr(GPtrArray) tasks = NULL;

  if (self->dirty && self->save_error == NULL)
    return;

  tasks = g_steal_pointer (&self->flush_tasks);
  self->flush_tasks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < tasks->len; i++)
    {
      if (self->save_error != NULL)
        g_task_return_error (tasks->pdata[i], g_error_copy (self->save_error));
      else
        g_task_return_boolean (tasks->pdata[i], TRUE);
    }
}

static void
set_save_error (StrideStore *self,
                GError      *error)
{
  if (self->save_error == NULL && error == NULL)
    return;

  g_clear_error (&self->save_error);
  self->save_error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static void
set_dirty (StrideStore *self,
           gboolean     dirty)
{
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

static void
set_recovery_path (StrideStore *self,
                   const char  *path)
{
  if (g_strcmp0 (self->recovery_path, path) == 0)
    return;

  g_free (self->recovery_path);
  self->recovery_path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERY_PATH]);
}

typedef struct
{
  char *path;
  GBytes *contents;
  GBytes *previous;
  GBytes *backup;
  StrideStoreWriter writer;
  char *journal_paths[2];
  /* The journal's records are all in @contents: remove it once written */
  gboolean remove_journal;
  /* Why the file is not to be written at all: then only the journal is */
  GError *refusal;

  /* What the thread did, read once it is done */
  char *journal_written;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->path);
  g_bytes_unref (job->contents);
  g_clear_pointer (&job->previous, g_bytes_unref);
  g_clear_pointer (&job->backup, g_bytes_unref);
  g_free (job->journal_paths[0]);
  g_free (job->journal_paths[1]);
  g_free (job->journal_written);
  g_clear_error (&job->refusal);
  g_free (job);
}

/* What a journal already holds is kept: it may be from an earlier run
 * whose records the store has not merged yet */
static GBytes *
join_with_journal (const char *journal_path,
                   GBytes     *contents)
{
  g_autoptr(GBytes) existing = stride_store_file_read (journal_path, STRIDE_STORE_MAX_BYTES, NULL);
  g_autoptr(StrideDocument) old = NULL;
  g_autoptr(StrideDocument) joined = NULL;
  const char *data;
  gsize length;
  char *text;

  if (existing == NULL)
    return g_bytes_ref (contents);

  data = g_bytes_get_data (existing, &length);
  old = stride_document_parse (data, length, NULL);
  data = g_bytes_get_data (contents, &length);
  joined = stride_document_parse (data, length, NULL);
  if (old == NULL || joined == NULL || !stride_document_merge (joined, old, NULL))
    return g_bytes_ref (contents);

  text = stride_document_serialize (joined, &length);
  return g_bytes_new_take (text, length);
}

/* Runs in the save thread after a failed save. Returns where the journal
 * was written, or %NULL if neither folder took it. */
static char *
write_journal (SaveJob *job)
{
  for (guint i = 0; i < 2; i++)
    {
      const char *journal_path = job->journal_paths[i];
      g_autofree char *dir = NULL;
      g_autoptr(GBytes) joined = NULL;
      g_autoptr(GError) error = NULL;
      const char *data;
      gsize length;

      if (journal_path == NULL)
        continue;

      dir = g_path_get_dirname (journal_path);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          g_message ("Could not write the recovery journal in %s: %s", dir, g_strerror (errno));
          continue;
        }

      joined = join_with_journal (journal_path, job->contents);
      data = g_bytes_get_data (joined, &length);
      if (!g_file_set_contents_full (journal_path, data, length,
                                     G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                     0600, &error))
        {
          g_message ("Could not write the recovery journal %s: %s", journal_path, error->message);
          continue;
        }

      fsync_folder_of (journal_path);
      return g_strdup (journal_path);
    }

  return NULL;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  /* A file that cannot be read is not saved over, yet what the user
   * records meanwhile must survive a quit */
  if (job->refusal != NULL)
    {
      job->journal_written = write_journal (job);
      g_task_return_error (task, g_error_copy (job->refusal));
      return;
    }

  if (job->writer (job->path, job->contents, job->previous, job->backup, &error))
    {
      fsync_folder_of (job->path);
      if (job->remove_journal)
        for (guint i = 0; i < 2; i++)
          if (job->journal_paths[i] != NULL && g_remove (job->journal_paths[i]) != 0 && errno != ENOENT)
            g_message ("Could not remove the recovery journal %s: %s", job->journal_paths[i], g_strerror (errno));
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Another program's copy is merged and saved again: nothing is lost */
  if (!g_error_matches (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CHANGED_ON_DISK))
    job->journal_written = write_journal (job);

  g_task_return_error (task, error);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  StrideStore *self = STRIDE_STORE (source);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  self->saving = FALSE;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_clear_pointer (&self->last_good, g_bytes_unref);
      self->last_good = g_bytes_ref (job->contents);
      self->keep_backup = FALSE;
      if (job->remove_journal)
        self->journal_on_disk = FALSE;
      set_recovery_path (self, NULL);
      set_save_error (self, NULL);
      if (self->dirty)
        schedule_save (self, 0);
    }
  else if (g_error_matches (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CHANGED_ON_DISK))
    {
      /* Not a failure: merge what the other program wrote, then save */
      g_clear_error (&error);
      set_dirty (self, TRUE);
      g_clear_handle_id (&self->reload_source, g_source_remove);
      on_reload (self);
    }
  else
    {
      g_message ("Could not save %s: %s", self->path, error->message);
      if (job->journal_written != NULL)
        self->journal_on_disk = TRUE;
      set_dirty (self, TRUE);
      /* Before the error: whoever tells the user about it knows then
       * whether the changes are safe elsewhere */
      set_recovery_path (self, job->journal_written);
      set_save_error (self, error);
      /* The progress stays in memory; try again, e.g. once a full or
       * read-only disk has room again, or once the file can be read */
      if (job->refusal != NULL)
        retry_read_later (self);
      else
        schedule_save (self, RETRY_DELAY_S * 1000);
    }

  finish_flushes (self);
}

static void
start_save (StrideStore *self)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;
  gsize length;
  char *text;

  /* A reread in flight merges first, then saves what is dirty */
  if (self->saving || self->rereading)
    return;

  /* The document is serialized here, on the main thread that owns it;
   * only the disk work goes to the thread */
  text = stride_document_serialize (self->document, &length);
  job = g_new0 (SaveJob, 1);
  if (self->blocked)
    {
      if (self->outcome == STRIDE_STORE_NEWER_VERSION)
        job->refusal = g_error_new (STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CANNOT_SAVE,
                                    _("Stride does not save over “%s”, which a newer version of Stride wrote"),
                                    self->path);
      else if (self->outcome == STRIDE_STORE_UNREADABLE)
        job->refusal = g_error_new (STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CANNOT_SAVE,
                                    _("Stride does not save over “%s” while it cannot read it (%s)"),
                                    self->path, self->load_error != NULL ? self->load_error->message : "");
      else
        job->refusal = g_error_new (STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CANNOT_SAVE,
                                    _("Stride cannot save while it cannot move the unreadable file “%s” aside."),
                                    self->path);
    }
  job->path = g_strdup (self->path);
  job->contents = g_bytes_new_take (text, length);
  job->previous = self->last_good != NULL ? g_bytes_ref (self->last_good) : NULL;
  job->backup = self->last_good != NULL && !self->keep_backup ? g_bytes_ref (self->last_good) : NULL;
  job->writer = self->writer;
  job->journal_paths[0] = g_strdup (self->journal_paths[0]);
  job->journal_paths[1] = g_strdup (self->journal_paths[1]);
  /* Before the load, a journal may hold records not merged yet */
  job->remove_journal = self->loaded && self->journal_on_disk && job->refusal == NULL;

  self->saving = TRUE;
  set_dirty (self, FALSE);

  task = g_task_new (self, NULL, on_saved, NULL);
  g_task_set_source_tag (task, start_save);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

static gboolean
save_cb (gpointer user_data)
{
  StrideStore *self = user_data;

  self->save_source = 0;
  start_save (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (StrideStore *self,
               guint        delay_ms)
{
  set_dirty (self, TRUE);

  if (self->save_source != 0 && delay_ms > 0)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (delay_ms, save_cb, self);
}

static void
stride_store_dispose (GObject *object)
{
  StrideStore *self = STRIDE_STORE (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (stride_store_parent_class)->dispose (object);
}

static void
stride_store_finalize (GObject *object)
{
  StrideStore *self = STRIDE_STORE (object);

  g_free (self->path);
  g_clear_pointer (&self->document, stride_document_free);
  g_clear_pointer (&self->last_good, g_bytes_unref);
  g_free (self->aside_path);
  g_free (self->journal_paths[0]);
  g_free (self->journal_paths[1]);
  g_free (self->recovery_path);
  g_clear_error (&self->load_error);
  g_clear_error (&self->save_error);
  g_ptr_array_unref (self->flush_tasks);

  G_OBJECT_CLASS (stride_store_parent_class)->finalize (object);
}

static void
stride_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StrideStore *self = STRIDE_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_UNSAVED:
      g_value_set_boolean (value, self->dirty);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;
    case PROP_ASIDE_PATH:
      g_value_set_string (value, self->aside_path);
      break;
    case PROP_BLOCKED:
      g_value_set_boolean (value, self->blocked);
      break;
    case PROP_N_UNREADABLE:
      g_value_set_uint (value, stride_document_get_n_unreadable (self->document));
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_RECOVERY_PATH:
      g_value_set_string (value, self->recovery_path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_store_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  StrideStore *self = STRIDE_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_store_class_init (StrideStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_store_dispose;
  object_class->finalize = stride_store_finalize;
  object_class->get_property = stride_store_get_property;
  object_class->set_property = stride_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASIDE_PATH] =
    g_param_spec_string ("aside-path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * StrideStore:blocked:
   *
   * Whether saves wait until the file can be read; see
   * stride_store_get_load_error() for why
   */
  properties[PROP_BLOCKED] =
    g_param_spec_boolean ("blocked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_UNREADABLE] =
    g_param_spec_uint ("n-unreadable", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECOVERY_PATH] =
    g_param_spec_string ("recovery-path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StrideStore::changed:
   * @collection: the #StrideCollection that changed
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
stride_store_init (StrideStore *self)
{
  self->document = stride_document_new ();
  self->outcome = STRIDE_STORE_NEW;
  self->flush_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  self->writer = stride_store_file_write;
  self->journal_paths[0] = g_build_filename (g_get_user_state_dir (), APP_ID, "recovery.json", NULL);
  self->journal_paths[1] = g_build_filename (g_get_user_cache_dir (), APP_ID, "recovery.json", NULL);
}

/**
 * stride_store_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/<app id>/progress.json`
 */
char *
stride_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "progress.json", NULL);
}

StrideStore *
stride_store_new (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_object_new (STRIDE_TYPE_STORE, "path", path, NULL);
}

const char *
stride_store_get_path (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return self->path;
}

StrideStoreOutcome
stride_store_get_outcome (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), STRIDE_STORE_NEW);

  return self->outcome;
}

/**
 * stride_store_get_loaded:
 *
 * Returns: %TRUE once the file was read (or found missing or damaged)
 */
gboolean
stride_store_get_loaded (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), FALSE);

  return self->loaded;
}

/**
 * stride_store_get_aside_path:
 *
 * Returns: (nullable): where an unreadable file was moved, to tell the user
 */
const char *
stride_store_get_aside_path (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return self->aside_path;
}

/**
 * stride_store_acknowledge_aside:
 *
 * The user has read where the unreadable file was kept: stop telling.
 * The file stays where it is.
 */
void
stride_store_acknowledge_aside (StrideStore *self)
{
  g_return_if_fail (STRIDE_IS_STORE (self));

  if (self->aside_path == NULL)
    return;

  g_clear_pointer (&self->aside_path, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASIDE_PATH]);
}

/**
 * stride_store_get_recovery_path:
 *
 * Returns: (nullable): while saves fail, the recovery journal that keeps
 *   the unsaved changes until the next start; %NULL when nothing is
 *   unsaved, or when no journal could be written either
 */
const char *
stride_store_get_recovery_path (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return self->recovery_path;
}

/**
 * stride_store_get_n_recovered:
 *
 * Returns: how many records the load took from a recovery journal, left
 *   by a run that could not save them
 */
guint
stride_store_get_n_recovered (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), 0);

  return self->n_recovered;
}

/* For tests: a disk that fails in a way a folder cannot be made to */
void
stride_store_set_writer (StrideStore       *self,
                         StrideStoreWriter  writer)
{
  g_return_if_fail (STRIDE_IS_STORE (self));

  self->writer = writer != NULL ? writer : stride_store_file_write;
}

/* For tests: the two folders of the recovery journal */
void
stride_store_set_journal_paths (StrideStore *self,
                                const char  *primary,
                                const char  *fallback)
{
  g_return_if_fail (STRIDE_IS_STORE (self));

  g_free (self->journal_paths[0]);
  g_free (self->journal_paths[1]);
  self->journal_paths[0] = g_strdup (primary);
  self->journal_paths[1] = g_strdup (fallback);
}

/**
 * stride_store_get_load_error:
 *
 * Returns: (nullable): why the file could not be read
 */
const GError *
stride_store_get_load_error (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return self->load_error;
}

/**
 * stride_store_list:
 *
 * Returns: (transfer container) (element-type JsonObject): the records
 */
GPtrArray *
stride_store_list (StrideStore      *self,
                   StrideCollection  collection)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return stride_document_list (self->document, collection);
}

/**
 * stride_store_lookup:
 *
 * Returns: (transfer none) (nullable): the record with @id
 */
JsonObject *
stride_store_lookup (StrideStore      *self,
                     StrideCollection  collection,
                     const char       *id)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return stride_document_lookup (self->document, collection, id);
}

static char *
dup_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}

/**
 * stride_store_new_id:
 *
 * Returns: (transfer full): an ID for a new record, unique across copies
 *   of the file on other machines
 */
char *
stride_store_new_id (void)
{
  return g_uuid_string_random ();
}

/**
 * stride_store_put:
 * @record: a record with an "id"; its "modified" is set to now
 *
 * Adds or replaces a record and saves soon.
 */
void
stride_store_put (StrideStore      *self,
                  StrideCollection  collection,
                  JsonObject       *record)
{
  g_autofree char *now = dup_now ();

  g_return_if_fail (STRIDE_IS_STORE (self));
  g_return_if_fail (record != NULL);

  json_object_set_string_member (record, "modified", now);
  stride_document_put (self->document, collection, record);

  g_signal_emit (self, signals[CHANGED], 0, collection);
  schedule_save (self, SAVE_DELAY_MS);
}

gboolean
stride_store_remove (StrideStore      *self,
                     StrideCollection  collection,
                     const char       *id)
{
  g_autofree char *now = dup_now ();

  g_return_val_if_fail (STRIDE_IS_STORE (self), FALSE);

  if (!stride_document_remove (self->document, collection, id, now))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0, collection);
  schedule_save (self, SAVE_DELAY_MS);
  return TRUE;
}

/**
 * stride_store_get_unsaved:
 *
 * Returns: %TRUE while changes are not on disk yet
 */
gboolean
stride_store_get_unsaved (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), FALSE);

  return self->dirty || self->saving;
}

/**
 * stride_store_get_save_error:
 *
 * Returns: (nullable): why the last save failed; the changes stay in
 *   memory and are saved again later
 */
const GError *
stride_store_get_save_error (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return self->save_error;
}

/**
 * stride_store_flush_async:
 *
 * Writes pending changes now and completes when they are on disk, or
 * when saving failed. The application holds itself open until then.
 */
void
stride_store_flush_async (StrideStore         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (STRIDE_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, stride_store_flush_async);

  if (!self->dirty && !self->saving)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_ptr_array_add (self->flush_tasks, g_steal_pointer (&task));

  if (self->dirty && !self->saving)
    {
      g_clear_handle_id (&self->save_source, g_source_remove);
      start_save (self);
    }
}

gboolean
stride_store_flush_finish (StrideStore   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* For the export and import next door, which work on the whole document */
StrideDocument *
stride_store_get_document (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return self->document;
}

void
stride_store_document_changed (StrideStore *self)
{
  g_return_if_fail (STRIDE_IS_STORE (self));

  emit_changed_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNREADABLE]);
  schedule_save (self, SAVE_DELAY_MS);
}

/**
 * stride_store_get_blocked:
 *
 * Returns: %TRUE while nothing is saved because the file is there but
 *   cannot be read; what is recorded meanwhile is kept in memory
 */
gboolean
stride_store_get_blocked (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), FALSE);

  return self->blocked;
}

/**
 * stride_store_get_n_unreadable:
 *
 * Returns: how many records (from the file, a synced copy or an import)
 *   failed their checks; they are kept, as they were, until dropped
 */
guint
stride_store_get_n_unreadable (StrideStore *self)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), 0);

  return stride_document_get_n_unreadable (self->document);
}

/**
 * stride_store_describe_unreadable:
 *
 * Returns: (transfer full): the record at @index in the user's words
 */
char *
stride_store_describe_unreadable (StrideStore *self,
                                  guint        index)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);
  g_return_val_if_fail (index < stride_document_get_n_unreadable (self->document), NULL);

  return stride_document_describe_unreadable (self->document, index);
}

/**
 * stride_store_drop_unreadable:
 *
 * Forgets the records that failed their checks, when the user asks to.
 */
void
stride_store_drop_unreadable (StrideStore *self)
{
  g_return_if_fail (STRIDE_IS_STORE (self));

  if (stride_document_drop_unreadable (self->document))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNREADABLE]);
      schedule_save (self, SAVE_DELAY_MS);
    }
}

typedef struct
{
  gint64 started;
  JsonObject *session;
} DatedSession;

static int
compare_dated (gconstpointer a,
               gconstpointer b)
{
  const DatedSession *x = a, *y = b;

  return (x->started > y->started) - (x->started < y->started);
}

/**
 * stride_store_list_sessions_by_date:
 *
 * Returns: (transfer container) (element-type JsonObject): the sessions,
 *   oldest first
 */
GPtrArray *
stride_store_list_sessions_by_date (StrideStore *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GArray) dated = NULL;

  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  /* Each start time parsed once, not once per comparison */
  sessions = stride_document_list (self->document, STRIDE_COLLECTION_SESSIONS);
  dated = g_array_sized_new (FALSE, FALSE, sizeof (DatedSession), sessions->len);
  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(GDateTime) started =
        g_date_time_new_from_iso8601 (json_object_get_string_member (sessions->pdata[i], "started"), NULL);
      DatedSession entry = { started != NULL ? g_date_time_to_unix (started) : G_MININT64, sessions->pdata[i] };

      g_array_append_val (dated, entry);
    }
  g_array_sort (dated, compare_dated);

  for (guint i = 0; i < dated->len; i++)
    sessions->pdata[i] = g_array_index (dated, DatedSession, i).session;

  return g_steal_pointer (&sessions);
}
