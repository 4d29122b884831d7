/* stride-store-document.h
 *
 * The progress document as it is on disk: parsing it with every check a
 * damaged file must fail, writing it, and merging two versions of it.
 * Pure functions on memory; the store does the file handling.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* 2: a session's sets as an entry per exercise (stride-session-sets.h) */
#define STRIDE_STORE_VERSION 2

/* Larger files are not progress that Stride wrote: ten years of sessions
 * take a few megabytes. */
#define STRIDE_STORE_MAX_BYTES (32 * 1024 * 1024)

/* Deeper nesting is not progress either, and would only make the parser
 * recurse deeper */
#define STRIDE_STORE_MAX_DEPTH 32

typedef enum
{
  STRIDE_COLLECTION_SESSIONS,
  STRIDE_COLLECTION_RESULTS,
  STRIDE_COLLECTION_ROUTINES,
  STRIDE_COLLECTION_DELETED,
  STRIDE_N_COLLECTIONS
} StrideCollection;

#define STRIDE_STORE_ERROR (stride_store_error_quark ())

typedef enum
{
  STRIDE_STORE_ERROR_TOO_LARGE,
  STRIDE_STORE_ERROR_INVALID,
  STRIDE_STORE_ERROR_NEWER_VERSION,
  STRIDE_STORE_ERROR_CANNOT_SAVE,
  /* Another program wrote the file since Stride last read or wrote it */
  STRIDE_STORE_ERROR_CHANGED_ON_DISK,
  /* The file is a link to a file that is not there */
  STRIDE_STORE_ERROR_MISSING_TARGET,
} StrideStoreError;

typedef struct _StrideDocument StrideDocument;

GQuark          stride_store_error_quark       (void);

StrideDocument *stride_document_new            (void);
StrideDocument *stride_document_parse          (const char        *data,
                                                gsize              length,
                                                GError           **error);
StrideDocument *stride_document_parse_salvaging (const char       *data,
                                                 gsize             length,
                                                 gboolean         *salvaged,
                                                 GError          **error);
char           *stride_document_serialize      (StrideDocument    *self,
                                                gsize             *length);
void            stride_document_free           (StrideDocument    *self);

guint           stride_document_get_n_records  (StrideDocument    *self,
                                                StrideCollection   collection);
GPtrArray      *stride_document_list           (StrideDocument    *self,
                                                StrideCollection   collection);
JsonObject     *stride_document_lookup         (StrideDocument    *self,
                                                StrideCollection   collection,
                                                const char        *id);
void            stride_document_put            (StrideDocument    *self,
                                                StrideCollection   collection,
                                                JsonObject        *record);
gboolean        stride_document_remove         (StrideDocument    *self,
                                                StrideCollection   collection,
                                                const char        *id,
                                                const char        *when);
gboolean        stride_document_merge          (StrideDocument    *self,
                                                StrideDocument    *other,
                                                guint             *n_taken);

guint           stride_document_get_n_unreadable (StrideDocument  *self);
const char     *stride_document_get_unreadable   (StrideDocument  *self,
                                                  guint            index,
                                                  StrideCollection *collection);
char           *stride_document_describe_unreadable (StrideDocument *self,
                                                     guint           index);
gboolean        stride_document_drop_unreadable  (StrideDocument  *self);
guint           stride_document_drop_unreadable_copies (StrideDocument *self,
                                                        StrideDocument *whole);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideDocument, stride_document_free)

G_END_DECLS
