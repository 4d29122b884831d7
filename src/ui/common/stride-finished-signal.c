/* stride-finished-signal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-finished-signal.h"

/**
 * stride_finished_signal_new:
 * @type: the page's type, from its class_init
 *
 * Defines the page's "finished" signal, with one boolean: %TRUE if what
 * was done on the page was saved, %FALSE if it was cancelled or
 * discarded.
 *
 * Returns: the signal's ID
 */
guint
stride_finished_signal_new (GType type)
{
  return g_signal_new ("finished",
                       type,
                       G_SIGNAL_RUN_LAST,
                       0, NULL, NULL, NULL,
                       G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}
