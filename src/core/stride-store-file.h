/* stride-store-file.h
 *
 * The progress file on disk: reading it within limits, replacing it
 * atomically with a backup of the previous good version, and moving a
 * damaged one aside, or a copy of one read in part, where nothing will
 * overwrite it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A temporary file untouched for this many seconds belongs to a save that
 * will never finish: a save writes it in well under a second */
#define STRIDE_STORE_FILE_TEMP_MAX_AGE (10 * 60)

char     *stride_store_file_resolve     (const char  *path,
                                         GError     **error);

GBytes   *stride_store_file_read        (const char  *path,
                                         gsize        max_bytes,
                                         GError     **error);
gboolean  stride_store_file_write       (const char  *path,
                                         GBytes      *contents,
                                         GBytes      *previous,
                                         GBytes      *backup,
                                         GError     **error);
char     *stride_store_file_move_aside  (const char  *path,
                                         GError     **error);
char     *stride_store_file_copy_aside  (const char  *path,
                                         GBytes      *contents,
                                         GError     **error);
gboolean  stride_store_file_sync_folder_of (const char  *path,
                                            GError     **error);
guint     stride_store_file_remove_stale_temporaries (const char *path);

G_END_DECLS
