/* stride-json-check.c
 *
 * What every JSON file Stride reads is checked for before json-glib
 * parses it. json-glib parses nesting by recursion, so a file of nothing
 * but brackets would take all of its stack; and it accepts some string
 * escapes that JSON does not have, making strings of them that would not
 * survive a save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "stride-json-check.h"

/**
 * stride_json_check_structure:
 * @data: the file's contents
 * @length: the length of @data
 * @max_depth: the deepest nesting of objects and arrays allowed
 *
 * Returns: %FALSE if @data nests deeper than @max_depth, has an escape
 *   JSON does not have, or a control character in a string
 */
gboolean
stride_json_check_structure (const char *data,
                             gsize       length,
                             guint       max_depth)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '"')
            in_string = FALSE;
          else if (c == '\\')
            {
              if (++i >= length || data[i] == '\0' || strchr ("\"\\/bfnrtu", data[i]) == NULL)
                return FALSE;
              if (data[i] == 'u')
                {
                  if (i + 4 >= length)
                    return FALSE;
                  for (guint h = 1; h <= 4; h++)
                    if (!g_ascii_isxdigit (data[i + h]))
                      return FALSE;
                  i += 4;
                }
            }
          else if ((guchar) c < 0x20)
            return FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}
