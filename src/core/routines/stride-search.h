/* stride-search.h
 *
 * Finding exercises and routines from a few words, as the desktop's
 * search asks for them: by name and by the other words the user may
 * think of (another name, muscles, the harder variation, a routine's
 * exercises), in the user's language, ignoring case and accents.
 *
 * A result is named by an ID of its own, "exercise:ID" or "routine:ID".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-store.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_SEARCH_RESULT_NONE,
  STRIDE_SEARCH_RESULT_EXERCISE,
  STRIDE_SEARCH_RESULT_ROUTINE,
} StrideSearchResultKind;

GStrv                  stride_search_find              (StrideStore         *store,
                                                        const char * const  *terms);
GStrv                  stride_search_refine            (StrideStore         *store,
                                                        const char * const  *previous,
                                                        const char * const  *terms);
StrideSearchResultKind stride_search_parse_result      (const char          *result_id,
                                                        const char         **id);
gboolean               stride_search_describe_result   (StrideStore         *store,
                                                        const char          *result_id,
                                                        char               **name,
                                                        char               **description);

G_END_DECLS
