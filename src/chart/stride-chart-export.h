/* stride-chart-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stride-chart.h"
#include "stride-drawing.h"

G_BEGIN_DECLS

GBytes   *stride_chart_render_bytes (StrideChart        *self,
                                     StrideImageFormat   format,
                                     int                 width,
                                     int                 height,
                                     GError            **error);
gboolean  stride_chart_export       (StrideChart        *self,
                                     GFile              *file,
                                     StrideImageFormat   format,
                                     int                 width,
                                     int                 height,
                                     GError            **error);

G_END_DECLS
