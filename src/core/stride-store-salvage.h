/* stride-store-salvage.h
 *
 * What can still be read of a progress file that is not JSON as a whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *stride_store_salvage (const char *data,
                            gsize       length,
                            guint       max_depth);

G_END_DECLS
