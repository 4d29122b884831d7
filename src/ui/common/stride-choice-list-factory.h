/* stride-choice-list-factory.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void stride_choice_list_factory_attach (GtkWidget *chooser);

G_END_DECLS
