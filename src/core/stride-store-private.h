/* stride-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-store.h"

G_BEGIN_DECLS

/* Writes the progress file; stride_store_file_write() but in tests */
typedef gboolean (*StrideStoreWriter) (const char  *path,
                                       GBytes      *contents,
                                       GBytes      *previous,
                                       GBytes      *backup,
                                       GError     **error);

StrideDocument *stride_store_get_document     (StrideStore *self);
void            stride_store_set_writer       (StrideStore       *self,
                                               StrideStoreWriter  writer);
void            stride_store_set_journal_paths (StrideStore *self,
                                                const char  *primary,
                                                const char  *fallback);
void            stride_store_document_changed (StrideStore *self);

G_END_DECLS
