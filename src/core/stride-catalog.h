/* stride-catalog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stride-exercise.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_CATALOG (stride_catalog_get_type ())

G_DECLARE_FINAL_TYPE (StrideCatalog, stride_catalog, STRIDE, CATALOG, GObject)

StrideCatalog  *stride_catalog_get_default    (void);
GListModel     *stride_catalog_get_exercises  (StrideCatalog *self);
GListModel     *stride_catalog_get_self_tests (StrideCatalog *self);
StrideExercise *stride_catalog_lookup         (StrideCatalog *self,
                                               const char    *id);

G_END_DECLS
