/* stride-json-text.h
 *
 * Where values start and end in JSON text, found by walking it by hand:
 * for keeping a record as the very bytes the file had, and for finding
 * the records of a file that is not JSON as a whole. And JSON text
 * written so that it always reads back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gsize      stride_json_text_skip_space  (const char *data,
                                         gsize       length,
                                         gsize       i);
gsize      stride_json_text_skip_string (const char *data,
                                         gsize       length,
                                         gsize       i);
gsize      stride_json_text_skip_value  (const char *data,
                                         gsize       length,
                                         gsize       i);
GPtrArray *stride_json_text_find_items  (const char *data,
                                         gsize       length,
                                         const char *member);
char      *stride_json_text_generate    (JsonNode   *root,
                                         gboolean    pretty,
                                         gsize      *length);

G_END_DECLS
