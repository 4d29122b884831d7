/* stride-store-follow.h
 *
 * A page that lists what the store holds follows it: when it is given
 * another store, it stops listening to the old one and hears the new
 * one's changes, for as long as the page lives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-store.h"

G_BEGIN_DECLS

void stride_store_follow (gpointer      page,
                          StrideStore **slot,
                          StrideStore  *store,
                          GCallback     on_changed);

G_END_DECLS
