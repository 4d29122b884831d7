/* stride-routine-opener.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-store.h"

G_BEGIN_DECLS

void stride_routine_opener_open (GApplication  *app,
                                 StrideStore   *store,
                                 GtkWidget     *window,
                                 GFile        **files,
                                 int            n_files);

G_END_DECLS
