/* stride-store-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "stride-store-document.h"
#include "stride-store-file.h"

/* How many links in a row are followed before giving up on a loop */
#define MAX_LINKS 32

/**
 * stride_store_file_resolve:
 *
 * Follows @path through symbolic links, e.g. into a synced folder, to the
 * file they lead to, which may not exist yet.
 *
 * Returns: (transfer full) (nullable): the path of the file itself
 */
char *
stride_store_file_resolve (const char  *path,
                           GError     **error)
{
  g_autofree char *current = g_strdup (path);

  g_return_val_if_fail (path != NULL, NULL);

  for (guint n = 0; n < MAX_LINKS; n++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;

      if (!g_file_test (current, G_FILE_TEST_IS_SYMLINK))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, error);
      if (target == NULL)
        return NULL;

      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target) : g_build_filename (dir, target, NULL);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               _("“%s” is a link that leads round in a circle."), path);
  return NULL;
}

/**
 * stride_store_file_read:
 * @max_bytes: files larger than this are not read at all
 *
 * Returns: (transfer full) (nullable): the contents; %NULL with
 *   %G_IO_ERROR_NOT_FOUND when there is no file, or with
 *   %STRIDE_STORE_ERROR_MISSING_TARGET when @path is a link to a file
 *   that is not there
 */
GBytes *
stride_store_file_read (const char  *path,
                        gsize        max_bytes,
                        GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  /* A link into a folder that is gone, e.g. a sync folder not mounted,
   * is not "no progress yet": the progress is elsewhere. A link to a file
   * not made yet, in a folder that is there, is. */
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *target = stride_store_file_resolve (path, NULL);
      g_autofree char *target_dir = target != NULL ? g_path_get_dirname (target) : NULL;

      if (target_dir != NULL && g_file_test (target_dir, G_FILE_TEST_IS_DIR))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("The progress file is a link to “%s”, which is not there yet."), target);
      else
        g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_MISSING_TARGET,
                     _("The progress file is a link to “%s”, which is not there."),
                     target != NULL ? target : path);
      return NULL;
    }

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;

  if ((guint64) g_file_info_get_size (info) > max_bytes)
    {
      g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_TOO_LARGE,
                   _("The file is too large to be Stride’s progress (%u MB)."),
                   (guint) MIN (g_file_info_get_size (info) / (1024 * 1024), G_MAXUINT));
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      /* The user is told why in a few words, "Permission denied", not
       * the whole path again */
      int fd = g_open (path, O_RDONLY, 0);
      int saved_errno = errno;
      char byte;

      if (fd >= 0)
        {
          saved_errno = read (fd, &byte, 1) < 0 ? errno : EIO;
          g_close (fd, NULL);
        }
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

static gboolean
write_durably (const char  *path,
               GBytes      *contents,
               GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);

  /* A temporary file beside the target, flushed to disk, then renamed
   * over it: a crash leaves either the old or the new file, whole. */
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* Whether the file still holds @expected, or nothing: then replacing it
 * loses nothing. What another program wrote there in the meantime, say a
 * synced copy from another computer, must be merged first. */
static gboolean
holds_expected (const char  *path,
                GBytes      *expected,
                GError     **error)
{
  g_autoptr(GBytes) current = NULL;
  g_autoptr(GError) read_error = NULL;

  current = stride_store_file_read (path, STRIDE_STORE_MAX_BYTES, &read_error);
  if (current == NULL && g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  if (current == NULL && !g_error_matches (read_error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_TOO_LARGE))
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }

  if (current != NULL && expected != NULL && g_bytes_equal (current, expected))
    return TRUE;

  g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_CHANGED_ON_DISK,
               _("Another program changed “%s”."), path);
  return FALSE;
}

/**
 * stride_store_file_write:
 * @contents: the new document
 * @previous: (nullable): what the file holds now, as far as the caller
 *   knows; %NULL when none is known
 * @backup: (nullable): what becomes the backup, usually @previous; %NULL
 *   leaves the backup as it is, as when @previous is a damaged file
 *
 * Replaces the file at @link_path atomically, after replacing `<path>.bak`
 * with @backup the same way; if @link_path is a symbolic link, the file
 * it leads to is replaced and the link kept. Creates the folder if needed. Fails with
 * %STRIDE_STORE_ERROR_CHANGED_ON_DISK, writing nothing, if the file
 * holds anything but @previous: it is merged before it is replaced.
 */
gboolean
stride_store_file_write (const char  *link_path,
                         GBytes      *contents,
                         GBytes      *previous,
                         GBytes      *backup,
                         GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (link_path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  /* A link, say into a synced folder, stays a link: the file it leads to
   * is replaced, atomically in its own folder, with its backup beside it */
  path = stride_store_file_resolve (link_path, error);
  if (path == NULL)
    return FALSE;
  dir = g_path_get_dirname (path);

  if (g_strcmp0 (path, link_path) != 0 && !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, STRIDE_STORE_ERROR, STRIDE_STORE_ERROR_MISSING_TARGET,
                   _("The progress file is a link to “%s”, which is not there."), path);
      return FALSE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (!holds_expected (path, previous, error))
    return FALSE;

  if (backup != NULL)
    {
      g_autofree char *backup_path = g_strconcat (path, ".bak", NULL);

      if (!write_durably (backup_path, backup, error))
        return FALSE;
    }

  return write_durably (path, contents, error);
}

/* Tries `<path>.corrupt-<timestamp>`, then with a number added, until
 * @keep takes a name, never one that is taken */
static char *
keep_under_free_name (const char  *path,
                      gboolean   (*keep) (const char *path, GFile *target, gpointer data, GError **error),
                      gpointer     data,
                      GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint attempt = 0; attempt < 1000; attempt++)
    {
      g_autofree char *aside = attempt == 0
                               ? g_strdup_printf ("%s.corrupt-%s", path, stamp)
                               : g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, attempt);
      g_autoptr(GFile) target = g_file_new_for_path (aside);
      g_autoptr(GError) local_error = NULL;

      if (keep (path, target, data, &local_error))
        return g_steal_pointer (&aside);

      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("Could not find a free name to keep “%s” under."), path);
  return NULL;
}

static gboolean
move_to (const char  *path,
         GFile       *target,
         gpointer     data,
         GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (path);

  /* Without OVERWRITE the move fails rather than replace a file */
  return g_file_move (source, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, error);
}

static gboolean
fail_with_errno (const char  *path,
                 GError     **error)
{
  int saved_errno = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * stride_store_file_sync_folder_of:
 *
 * Flushes the folder holding @path to disk: a file renamed or created
 * there is only durable once the folder's entry is on disk too. A file
 * system that cannot flush folders (EINVAL) is not an error.
 */
gboolean
stride_store_file_sync_folder_of (const char  *path,
                                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean synced;

  if (fd < 0)
    return fail_with_errno (dir, error);
  synced = fsync (fd) == 0 || errno == EINVAL || fail_with_errno (dir, error);
  g_close (fd, NULL);
  return synced;
}

/* The copy is the only whole copy of the damaged file once the next
 * save has replaced the file and, one save later, its backup: it is on
 * disk before the load goes on to that save */
static gboolean
write_new (const char  *path,
           GFile       *target,
           gpointer     data,
           GError     **error)
{
  GBytes *contents = data;
  g_autofree char *target_path = g_file_get_path (target);
  gsize length;
  const char *bytes = g_bytes_get_data (contents, &length);
  /* O_EXCL: a name that is taken fails with G_IO_ERROR_EXISTS, never
   * replaces that file */
  int fd = g_open (target_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  gsize written = 0;

  if (fd < 0)
    return fail_with_errno (target_path, error);

  while (written < length)
    {
      gssize step = write (fd, bytes + written, length - written);

      if (step < 0 && errno == EINTR)
        continue;
      if (step < 0)
        break;
      written += (gsize) step;
    }

  if (written < length || fsync (fd) != 0)
    {
      fail_with_errno (target_path, error);
      g_close (fd, NULL);
      g_unlink (target_path);
      return FALSE;
    }

  if (!g_close (fd, error))
    return FALSE;

  return stride_store_file_sync_folder_of (target_path, error);
}

/**
 * stride_store_file_move_aside:
 *
 * Renames a file Stride could not make sense of to `<path>.corrupt-<timestamp>`
 * (the file a link leads to, beside it),
 * adding a number if that name is taken: it is never overwritten.
 *
 * Returns: (transfer full) (nullable): the new path
 */
char *
stride_store_file_move_aside (const char  *link_path,
                              GError     **error)
{
  /* Through a link, the damaged file is the one it leads to */
  g_autofree char *path = stride_store_file_resolve (link_path, error);

  if (path == NULL)
    return NULL;

  return keep_under_free_name (path, move_to, NULL, error);
}

/**
 * stride_store_file_copy_aside:
 * @contents: what the file held when it was read
 *
 * Keeps a copy of a file that Stride read only in part under the name
 * stride_store_file_move_aside() would give it, leaving the file where
 * it is.
 *
 * Returns: (transfer full) (nullable): the copy's path
 */
char *
stride_store_file_copy_aside (const char  *link_path,
                              GBytes      *contents,
                              GError     **error)
{
  g_autofree char *path = stride_store_file_resolve (link_path, error);

  if (path == NULL)
    return NULL;

  return keep_under_free_name (path, write_new, contents, error);
}

/* Whether @name is @base followed by "." and six letters or digits: the
 * temporary file that g_file_set_contents() makes beside @base */
static gboolean
is_temp_name (const char *name,
              const char *base)
{
  gsize base_length = strlen (base);

  if (strncmp (name, base, base_length) != 0 || name[base_length] != '.' || strlen (name) != base_length + 7)
    return FALSE;

  for (const char *p = name + base_length + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;

  return TRUE;
}

static guint
remove_stale_in (const char *dir_path,
                 const char *base,
                 gint64      now)
{
  g_autofree char *backup = g_strconcat (base, ".bak", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint removed = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = NULL;
      GStatBuf info;

      if (!is_temp_name (name, base) && !is_temp_name (name, backup))
        continue;

      child = g_build_filename (dir_path, name, NULL);
      /* Only plain files of ours that nobody has written for a while: a
       * save in progress, ours or another Stride's, writes its temporary
       * file within a second and renames it right after */
      if (g_lstat (child, &info) != 0 || !S_ISREG (info.st_mode) || info.st_uid != getuid ()
          || now - (gint64) info.st_mtime < STRIDE_STORE_FILE_TEMP_MAX_AGE)
        continue;

      if (g_unlink (child) == 0)
        removed++;
    }

  return removed;
}

/**
 * stride_store_file_remove_stale_temporaries:
 *
 * Removes the temporary files that saves cut short by a crash left beside
 * the file (or beside the file a link leads to). Files a save may still
 * be writing, those modified in the last %STRIDE_STORE_FILE_TEMP_MAX_AGE
 * seconds, are left alone, as is anything else in the folder.
 *
 * Returns: how many were removed
 */
guint
stride_store_file_remove_stale_temporaries (const char *path)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *resolved = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  guint removed;

  g_return_val_if_fail (path != NULL, 0);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  removed = remove_stale_in (dir, base, now);

  resolved = stride_store_file_resolve (path, NULL);
  if (resolved != NULL && g_strcmp0 (resolved, path) != 0)
    {
      g_autofree char *target_dir = g_path_get_dirname (resolved);
      g_autofree char *target_base = g_path_get_basename (resolved);

      removed += remove_stale_in (target_dir, target_base, now);
    }

  return removed;
}
