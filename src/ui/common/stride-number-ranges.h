/* stride-number-ranges.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *stride_number_ranges_join       (const char *text);
void  stride_number_ranges_join_label (GtkLabel   *label);

G_END_DECLS
