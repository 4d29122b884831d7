/* fuzz-routine-file.c
 *
 * libFuzzer target for the routine file reader: whatever bytes a
 * .stride-routine file holds, reading it must not crash, leak or hang;
 * a refusal says why in Stride's own words; and a routine it accepts is
 * one Stride can run, and reads back the same once written.
 *
 * Run with `./build-aux/dev fuzz SECONDS routine-file`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "stride-routine-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(StrideRoutine) routine = NULL;
  g_autoptr(StrideRoutine) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length;

  routine = stride_routine_file_parse ((const char *) data, size, &error);
  if (routine == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->domain == STRIDE_ROUTINE_FILE_ERROR || error->domain == STRIDE_ROUTINE_ERROR);
      g_assert (error->message[0] != '\0');
      return 0;
    }

  g_assert (stride_routine_validate (routine, NULL));

  text = stride_routine_file_serialize (routine, &length);
  again = stride_routine_file_parse (text, length, &error);
  g_assert_no_error (error);
  text_again = stride_routine_file_serialize (again, NULL);
  g_assert_cmpstr (text_again, ==, text);

  return 0;
}
