/* stride-inhibitor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_INHIBITOR (stride_inhibitor_get_type ())

G_DECLARE_FINAL_TYPE (StrideInhibitor, stride_inhibitor, STRIDE, INHIBITOR, GObject)

StrideInhibitor *stride_inhibitor_new           (GtkWidget       *widget,
                                                 const char      *reason);
void             stride_inhibitor_hold          (StrideInhibitor *self);
void             stride_inhibitor_release       (StrideInhibitor *self);
void             stride_inhibitor_release_after (StrideInhibitor *self,
                                                 guint            seconds);
gboolean         stride_inhibitor_get_held      (StrideInhibitor *self);

G_END_DECLS
