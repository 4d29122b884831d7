/* stride-store-export.h
 *
 * The user's progress out of Stride and back in: everything as JSON, to
 * keep or move to another computer, and sessions as CSV, for spreadsheets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-store.h"

G_BEGIN_DECLS

char     *stride_store_export_json    (StrideStore  *self,
                                       gsize        *length);
gboolean  stride_store_import_json    (StrideStore  *self,
                                       const char   *data,
                                       gsize         length,
                                       guint        *n_new,
                                       GError      **error);
char     *stride_store_export_csv     (StrideStore  *self,
                                       GTimeZone    *zone,
                                       gsize        *length);

G_END_DECLS
