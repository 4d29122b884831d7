/* stride-json-reader.h
 *
 * Reads JSON text into json-glib nodes, strictly as RFC 8259 has it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define STRIDE_JSON_READER_ERROR (stride_json_reader_error_quark ())

typedef enum
{
  STRIDE_JSON_READER_ERROR_SYNTAX,
  STRIDE_JSON_READER_ERROR_TOO_DEEP,
} StrideJsonReaderError;

/* Called for each object once all its members are read, innermost first */
typedef void (*StrideJsonObjectRead) (JsonObject *object,
                                      gpointer    user_data);

GQuark    stride_json_reader_error_quark (void);

JsonNode *stride_json_read (const char            *data,
                            gsize                  length,
                            guint                  max_depth,
                            StrideJsonObjectRead   object_read,
                            gpointer               user_data,
                            GError               **error);

G_END_DECLS
