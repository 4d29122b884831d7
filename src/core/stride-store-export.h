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

/* What an import would do to the records (not counting deletions that
 * remove nothing here) */
typedef struct
{
  guint added;
  guint changed;
  guint removed;
} StrideImportSummary;

char     *stride_store_export_json    (StrideStore  *self,
                                       gsize        *length);
gboolean  stride_store_import_json    (StrideStore  *self,
                                       const char   *data,
                                       gsize         length,
                                       guint        *n_new,
                                       GError      **error);
gboolean  stride_store_preview_import (StrideStore         *self,
                                       const char          *data,
                                       gsize                length,
                                       StrideImportSummary *summary,
                                       GError             **error);
char     *stride_store_export_csv     (StrideStore  *self,
                                       GTimeZone    *zone,
                                       gsize        *length);

G_END_DECLS
