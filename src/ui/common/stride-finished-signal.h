/* stride-finished-signal.h
 *
 * The pages the window opens over its areas for one task (the session
 * log after a workout, a self-test) end with a "finished" signal that
 * says whether what the runner did there was saved; the window closes
 * them the same way either way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

guint stride_finished_signal_new (GType type);

G_END_DECLS
