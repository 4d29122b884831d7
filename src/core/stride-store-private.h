/* stride-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-store.h"

G_BEGIN_DECLS

StrideDocument *stride_store_get_document     (StrideStore *self);
void            stride_store_document_changed (StrideStore *self);

G_END_DECLS
