/* stride-store-salvage.c
 *
 * A full disk cuts a file short, another program writes NaN into a
 * record, a byte goes wrong: the file is then not JSON as a whole, though
 * all but one record of it may be good. Each record of the four lists is
 * read on its own here; those that read go on as they were, and each of
 * the others becomes an unreadable record holding its text, kept for the
 * user as any record that fails its checks is. The file's own members,
 * outside the lists, must read, since damage there cannot be told apart
 * from damage to the file's shape; only where the file ends early may
 * the last of them be missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "stride-json-reader.h"
#include "stride-json-text.h"
#include "stride-store-salvage.h"

/* The lists whose items are records, as the file names them */
static const char *record_lists[] = { "sessions", "results", "routines", "deleted" };

/* Where damaged records are kept; see stride-store-document.c */
#define UNREADABLE_MEMBER "unreadable"

/* Whether the quoted text from @name to @name_end is @member */
static gboolean
is_member (const char *data,
           gsize       name,
           gsize       name_end,
           const char *member)
{
  return name_end - name - 2 == strlen (member) && memcmp (data + name + 1, member, name_end - name - 2) == 0;
}

/* Which of the record lists the member named there is, or %NULL */
static const char *
find_record_list (const char *data,
                  gsize       name,
                  gsize       name_end)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_lists); i++)
    if (is_member (data, name, name_end, record_lists[i]))
      return record_lists[i];

  return NULL;
}

static gboolean
reads_as_json (const char *data,
               gsize       length,
               guint       max_depth)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = stride_json_read (data, length, max_depth, NULL, NULL, &error);

  return node != NULL;
}

/* @text as a JSON string. Bytes that are not UTF-8 become U+FFFD: the
 * file kept beside has them as they were. */
static void
append_json_string (GString    *out,
                    const char *text,
                    gsize       length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_separator (GString *out)
{
  if (out->len > 0 && out->str[out->len - 1] != '[' && out->str[out->len - 1] != '{')
    g_string_append (out, ", ");
}

static void
append_unreadable (GString    *unreadable,
                   const char *list,
                   const char *text,
                   gsize       length)
{
  append_separator (unreadable);
  g_string_append_printf (unreadable, "{\"collection\": \"%s\", \"text\": ", list);
  append_json_string (unreadable, text, length);
  g_string_append_c (unreadable, '}');
}

/* Where a record that does not read ends: a quote it lacks makes the
 * brackets after it look quoted, and a bracket it lacks makes the next
 * records look inside it, so it ends at the first "}, {" that starts
 * another record. One that has those characters in a note is kept as
 * two pieces, both of it. */
static gsize
find_record_end (const char *data,
                 gsize       start,
                 gsize       end)
{
  for (gsize i = start + 1; i + 1 < end; i++)
    {
      gsize next;

      if (data[i] != '}')
        continue;
      next = stride_json_text_skip_space (data, end, i + 1);
      if (next >= end || data[next] != ',')
        continue;
      next = stride_json_text_skip_space (data, end, next + 1);
      if (next < end && data[next] == '{')
        return i + 1;
    }

  return end;
}

/* Whether @data ends as a file written whole does, with the brace that
 * closes it: a file a full disk cut short ends anywhere */
static gboolean
ends_whole (const char *data,
            gsize       length)
{
  while (length > 0 && g_ascii_isspace (data[length - 1]))
    length--;

  return length > 0 && data[length - 1] == '}';
}

/* Copies the items of the list at @i that read, adds the others to
 * @unreadable. Returns where the list ends. */
static gsize
salvage_list (const char *data,
              gsize       length,
              guint       max_depth,
              gsize       i,
              const char *list,
              GString    *out,
              GString    *unreadable)
{
  g_string_append_c (out, '[');
  for (i = stride_json_text_skip_space (data, length, i + 1); i < length && data[i] != ']';)
    {
      gsize start = i;
      gsize end = stride_json_text_skip_value (data, length, i);

      /* A stray closing bracket or colon is part of what cannot be read */
      if (end == start)
        end = start + 1;

      if (reads_as_json (data + start, end - start, max_depth))
        {
          append_separator (out);
          g_string_append_len (out, data + start, end - start);
        }
      else
        {
          /* A record the file ends in, cut short, is one damaged record
           * to the end: its own items, cut off from it, are no records */
          if (end < length || ends_whole (data, length))
            end = find_record_end (data, start, end);
          append_unreadable (unreadable, list, data + start, end - start);
        }

      i = stride_json_text_skip_space (data, length, end);
      if (i < length && data[i] == ',')
        i = stride_json_text_skip_space (data, length, i + 1);
    }
  g_string_append_c (out, ']');

  return MIN (i + 1, length);
}

/**
 * stride_store_salvage:
 * @max_depth: the deepest nesting a record may have
 *
 * Returns: (transfer full) (nullable): a progress file, valid JSON, that
 *   holds every record of @data that reads and keeps each of the others
 *   as an unreadable record; %NULL if the damage is not in records
 */
char *
stride_store_salvage (const char *data,
                      gsize       length,
                      guint       max_depth)
{
  g_autoptr(GString) out = g_string_new ("{");
  g_autoptr(GString) unreadable = g_string_new ("[");
  gsize i = stride_json_text_skip_space (data, length, 0);

  if (i >= length || data[i] != '{')
    return NULL;

  for (i = stride_json_text_skip_space (data, length, i + 1); i < length && data[i] != '}';)
    {
      gsize name = i;
      gsize name_end, value, value_end;
      const char *list;

      if (data[i] != '"')
        return NULL;

      name_end = stride_json_text_skip_string (data, length, i);
      i = stride_json_text_skip_space (data, length, name_end);
      if (i >= length)
        break;
      if (data[i] != ':')
        return NULL;
      value = stride_json_text_skip_space (data, length, i + 1);
      if (value >= length)
        break;

      list = find_record_list (data, name, name_end);
      if (list != NULL && data[value] == '[')
        {
          append_separator (out);
          g_string_append_len (out, data + name, name_end - name);
          g_string_append (out, ": ");
          i = salvage_list (data, length, max_depth, value, list, out, unreadable);
        }
      else
        {
          value_end = stride_json_text_skip_value (data, length, value);
          if (!reads_as_json (data + value, value_end - value, max_depth))
            {
              /* Cut short in the last member: nothing after it is lost */
              if (value_end >= length)
                break;
              return NULL;
            }

          /* Records kept aside before join those found now */
          if (is_member (data, name, name_end, UNREADABLE_MEMBER) && data[value] == '[')
            {
              gsize inner = stride_json_text_skip_space (data, length, value + 1);
              gsize inner_end = value_end - 1;

              while (inner_end > inner && g_ascii_isspace (data[inner_end - 1]))
                inner_end--;
              if (inner_end > inner)
                {
                  append_separator (unreadable);
                  g_string_append_len (unreadable, data + inner, inner_end - inner);
                }
            }
          else
            {
              append_separator (out);
              g_string_append_len (out, data + name, value_end - name);
            }
          i = value_end;
        }

      i = stride_json_text_skip_space (data, length, i);
      if (i < length && data[i] == ',')
        i = stride_json_text_skip_space (data, length, i + 1);
      else if (i < length && data[i] != '}')
        return NULL;
    }

  if (unreadable->len > 1)
    {
      g_string_append_c (unreadable, ']');
      append_separator (out);
      g_string_append (out, "\"" UNREADABLE_MEMBER "\": ");
      g_string_append_len (out, unreadable->str, unreadable->len);
    }
  g_string_append_c (out, '}');

  return g_string_free (g_steal_pointer (&out), FALSE);
}
