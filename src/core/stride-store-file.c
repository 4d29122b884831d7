/* stride-store-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stride-store-document.h"
#include "stride-store-file.h"

/**
 * stride_store_file_read:
 * @max_bytes: files larger than this are not read at all
 *
 * Returns: (transfer full) (nullable): the contents; %NULL with
 *   %G_IO_ERROR_NOT_FOUND when there is no file
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

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

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
 * @previous: (nullable): the last good document, which becomes the backup;
 *   %NULL when none is known
 *
 * Replaces the file at @path atomically, after replacing `<path>.bak`
 * with @previous the same way. Creates the folder if needed. Fails with
 * %STRIDE_STORE_ERROR_CHANGED_ON_DISK, writing nothing, if the file
 * holds anything but @previous: it is merged before it is replaced.
 */
gboolean
stride_store_file_write (const char  *path,
                         GBytes      *contents,
                         GBytes      *previous,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (!holds_expected (path, previous, error))
    return FALSE;

  if (previous != NULL)
    {
      g_autofree char *backup = g_strconcat (path, ".bak", NULL);

      if (!write_durably (backup, previous, error))
        return FALSE;
    }

  return write_durably (path, contents, error);
}

/**
 * stride_store_file_move_aside:
 *
 * Renames a file Stride could not read to `<path>.corrupt-<timestamp>`,
 * adding a number if that name is taken: it is never overwritten.
 *
 * Returns: (transfer full) (nullable): the new path
 */
char *
stride_store_file_move_aside (const char  *path,
                              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autoptr(GFile) source = g_file_new_for_path (path);

  for (guint attempt = 0; attempt < 1000; attempt++)
    {
      g_autofree char *aside = attempt == 0
                               ? g_strdup_printf ("%s.corrupt-%s", path, stamp)
                               : g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, attempt);
      g_autoptr(GFile) target = g_file_new_for_path (aside);
      g_autoptr(GError) local_error = NULL;

      /* Without OVERWRITE the move fails rather than replace a file */
      if (g_file_move (source, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, &local_error))
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
