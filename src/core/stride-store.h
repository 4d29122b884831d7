/* stride-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "stride-store-document.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_STORE (stride_store_get_type ())

G_DECLARE_FINAL_TYPE (StrideStore, stride_store, STRIDE, STORE, GObject)

/* What loading found, for the banner that tells the user */
typedef enum
{
  STRIDE_STORE_LOADED,
  STRIDE_STORE_NEW,
  STRIDE_STORE_RECOVERED_FROM_BACKUP,
  STRIDE_STORE_STARTED_EMPTY,
  /* The file is there but Stride may not read it, or it is a link to a
   * file that is not there: it is left as it is and not saved over */
  STRIDE_STORE_UNREADABLE,
  /* A newer Stride wrote the file: left as it is and not saved over */
  STRIDE_STORE_NEWER_VERSION,
} StrideStoreOutcome;

char               *stride_store_get_default_path (void);

StrideStore        *stride_store_new              (const char           *path);
const char         *stride_store_get_path         (StrideStore          *self);

gboolean            stride_store_load             (StrideStore          *self,
                                                   GError              **error);
void                stride_store_load_async       (StrideStore          *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean            stride_store_load_finish      (StrideStore          *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
gboolean            stride_store_get_loaded       (StrideStore          *self);
StrideStoreOutcome  stride_store_get_outcome      (StrideStore          *self);
const char         *stride_store_get_aside_path   (StrideStore          *self);
void                stride_store_acknowledge_aside (StrideStore         *self);
const GError       *stride_store_get_load_error   (StrideStore          *self);
gboolean            stride_store_get_blocked      (StrideStore          *self);
guint               stride_store_get_n_unreadable (StrideStore          *self);
char               *stride_store_describe_unreadable (StrideStore       *self,
                                                      guint              index);
void                stride_store_drop_unreadable  (StrideStore          *self);
const char         *stride_store_get_recovery_path (StrideStore         *self);
guint               stride_store_get_n_recovered  (StrideStore          *self);

GPtrArray          *stride_store_list             (StrideStore          *self,
                                                   StrideCollection      collection);
GPtrArray          *stride_store_list_sessions_by_date (StrideStore *self);
JsonObject         *stride_store_lookup           (StrideStore          *self,
                                                   StrideCollection      collection,
                                                   const char           *id);
void                stride_store_put              (StrideStore          *self,
                                                   StrideCollection      collection,
                                                   JsonObject           *record);
gboolean            stride_store_remove           (StrideStore          *self,
                                                   StrideCollection      collection,
                                                   const char           *id);
char               *stride_store_new_id           (void);

gboolean            stride_store_get_unsaved      (StrideStore          *self);
const GError       *stride_store_get_save_error   (StrideStore          *self);
void                stride_store_flush_async      (StrideStore          *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean            stride_store_flush_finish     (StrideStore          *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
