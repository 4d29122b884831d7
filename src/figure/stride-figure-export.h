/* stride-figure-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define STRIDE_FIGURE_EXPORT_SIZE 512

gboolean stride_figure_export_all (const char  *dir,
                                   GError     **error);

G_END_DECLS
