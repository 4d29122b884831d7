/* stride-store-follow.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-store-follow.h"

/**
 * stride_store_follow:
 * @page: the object that follows the store
 * @slot: where @page keeps its store
 * @store: (nullable): the store to follow from now on
 * @on_changed: called as `void (*) (gpointer page, guint collection)`
 *   on every StrideStore::changed of @store
 *
 * Puts @store in @slot, moving @page's handlers from the store it had;
 * the caller then shows what the new store holds.
 */
void
stride_store_follow (gpointer      page,
                     StrideStore **slot,
                     StrideStore  *store,
                     GCallback     on_changed)
{
  g_return_if_fail (G_IS_OBJECT (page));
  g_return_if_fail (slot != NULL);
  g_return_if_fail (store == NULL || STRIDE_IS_STORE (store));

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, page);
  g_set_object (slot, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", on_changed, page, G_CONNECT_SWAPPED);
}
