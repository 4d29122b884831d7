/* stride-date-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *stride_date_text_format_day       (GDateTime *time);
char  *stride_date_text_format_day_time  (GDateTime *time);
char  *stride_date_text_format_duration  (gint64     seconds);

G_END_DECLS
