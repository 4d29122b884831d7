/* fuzz-store-document.c
 *
 * libFuzzer target for the progress loader: whatever bytes the file
 * holds, parsing must not crash, leak or hang, and a document it accepts,
 * whole or in part, must survive a round trip through saving.
 *
 * Run with `./build-aux/dev fuzz SECONDS`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "stride-store-document.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(StrideDocument) document = NULL;
  g_autoptr(StrideDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean salvaged;
  gsize length;

  document = stride_document_parse_salvaging ((const char *) data, size, &salvaged, &error);
  if (document == NULL)
    {
      g_assert (error != NULL && error->domain == STRIDE_STORE_ERROR);
      return 0;
    }
  g_assert_no_error (error);

  /* What was accepted is written and read back the same */
  text = stride_document_serialize (document, &length);
  again = stride_document_parse (text, length, &error);
  g_assert_no_error (error);
  for (guint c = 0; c < STRIDE_N_COLLECTIONS; c++)
    g_assert_cmpuint (stride_document_get_n_records (again, c), ==,
                      stride_document_get_n_records (document, c));
  /* Records kept aside stay aside, each the same text */
  g_assert_cmpuint (stride_document_get_n_unreadable (again), ==,
                    stride_document_get_n_unreadable (document));
  for (guint i = 0; i < stride_document_get_n_unreadable (document); i++)
    {
      g_autofree char *description = stride_document_describe_unreadable (document, i);

      g_assert_cmpstr (stride_document_get_unreadable (again, i, NULL), ==,
                       stride_document_get_unreadable (document, i, NULL));
    }

  return 0;
}
