/* stride-test-store.h
 *
 * A progress store of its own for a test: a new temporary folder, the
 * store's file and recovery journals in it, loaded empty.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-store.h"

G_BEGIN_DECLS

typedef struct
{
  char        *dir;
  StrideStore *store;
} StrideTestStore;

void stride_test_store_set_up    (StrideTestStore *self,
                                  const char      *name);
void stride_test_store_tear_down (StrideTestStore *self);

G_END_DECLS
