/* stride-json-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "stride-json-text.h"

gsize
stride_json_text_skip_space (const char *data,
                             gsize       length,
                             gsize       i)
{
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  return i;
}

/**
 * stride_json_text_skip_string:
 * @i: where the string's opening quote is
 *
 * Returns: where the string ends, past its closing quote; @length if
 *   the text ends first
 */
gsize
stride_json_text_skip_string (const char *data,
                              gsize       length,
                              gsize       i)
{
  for (i++; i < length && data[i] != '"'; i++)
    if (data[i] == '\\')
      i++;

  return MIN (i + 1, length);
}

/**
 * stride_json_text_skip_value:
 * @i: where the value starts
 *
 * Finds the end of a string, an object or an array by its quotes and
 * brackets, and of anything else at the next comma, bracket or space,
 * without checking what is in between.
 *
 * Returns: where the value ends; @i for a lone comma or closing bracket,
 *   @length if the text ends first
 */
gsize
stride_json_text_skip_value (const char *data,
                             gsize       length,
                             gsize       i)
{
  guint depth = 0;

  if (i < length && data[i] == '"')
    return stride_json_text_skip_string (data, length, i);

  if (i < length && (data[i] == '{' || data[i] == '['))
    {
      while (i < length)
        {
          if (data[i] == '"')
            {
              i = stride_json_text_skip_string (data, length, i);
              continue;
            }
          if (data[i] == '{' || data[i] == '[')
            depth++;
          else if ((data[i] == '}' || data[i] == ']') && --depth == 0)
            return i + 1;
          i++;
        }
      return length;
    }

  while (i < length && strchr (",]} \t\r\n", data[i]) == NULL)
    i++;
  return i;
}

/**
 * stride_json_text_find_items:
 * @data: the text of a valid JSON object
 *
 * Returns: (transfer full) (nullable): the texts of the items of the
 *   object's @member, the last one of that name as for json-glib; %NULL
 *   if it has none
 */
GPtrArray *
stride_json_text_find_items (const char *data,
                             gsize       length,
                             const char *member)
{
  g_autoptr(GPtrArray) found = NULL;
  gsize member_length = strlen (member);
  gsize i = stride_json_text_skip_space (data, length, 0);

  if (i >= length || data[i] != '{')
    return NULL;

  for (i = stride_json_text_skip_space (data, length, i + 1); i < length && data[i] == '"';)
    {
      gsize name = i + 1;
      gboolean wanted;

      i = stride_json_text_skip_string (data, length, i);
      wanted = i - name - 1 == member_length && memcmp (data + name, member, member_length) == 0;
      i = stride_json_text_skip_space (data, length, i);
      if (i >= length || data[i] != ':')
        return NULL;
      i = stride_json_text_skip_space (data, length, i + 1);

      if (wanted && i < length && data[i] == '[')
        {
          g_clear_pointer (&found, g_ptr_array_unref);
          found = g_ptr_array_new_with_free_func (g_free);
          for (i = stride_json_text_skip_space (data, length, i + 1); i < length && data[i] != ']';)
            {
              gsize start = i;

              i = stride_json_text_skip_value (data, length, i);
              g_ptr_array_add (found, g_strndup (data + start, i - start));
              i = stride_json_text_skip_space (data, length, i);
              if (i < length && data[i] == ',')
                i = stride_json_text_skip_space (data, length, i + 1);
            }
          i++;
        }
      else
        i = stride_json_text_skip_value (data, length, i);

      i = stride_json_text_skip_space (data, length, i);
      if (i < length && data[i] == ',')
        i = stride_json_text_skip_space (data, length, i + 1);
    }

  return g_steal_pointer (&found);
}

/**
 * stride_json_text_generate:
 *
 * Writes @root as JSON, as json-glib does, but always valid: json-glib
 * 1.6 writes U+001F inside a string as it is, where JSON asks for an
 * escape, and a file with a note holding it could not be read again.
 * Only a string can hold that byte (in UTF-8 it is never part of
 * another character), so each is replaced by its escape.
 *
 * Returns: (transfer full): the text
 */
char *
stride_json_text_generate (JsonNode *root,
                           gboolean  pretty,
                           gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  GString *escaped;
  gsize text_length;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  text = json_generator_to_data (generator, &text_length);
  if (memchr (text, 0x1f, text_length) == NULL)
    {
      if (length != NULL)
        *length = text_length;
      return g_steal_pointer (&text);
    }

  escaped = g_string_sized_new (text_length + 16);
  for (gsize i = 0; i < text_length; i++)
    {
      if (text[i] == 0x1f)
        g_string_append (escaped, "\\u001f");
      else
        g_string_append_c (escaped, text[i]);
    }
  if (length != NULL)
    *length = escaped->len;
  return g_string_free (escaped, FALSE);
}
