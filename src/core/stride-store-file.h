/* stride-store-file.h
 *
 * The progress file on disk: reading it within limits, replacing it
 * atomically with a backup of the previous good version, and moving a
 * damaged one aside where nothing will overwrite it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes   *stride_store_file_read        (const char  *path,
                                         gsize        max_bytes,
                                         GError     **error);
gboolean  stride_store_file_write       (const char  *path,
                                         GBytes      *contents,
                                         GBytes      *previous,
                                         GError     **error);
char     *stride_store_file_move_aside  (const char  *path,
                                         GError     **error);

G_END_DECLS
