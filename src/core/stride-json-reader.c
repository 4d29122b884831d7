/* stride-json-reader.c
 *
 * The progress file is read here rather than by JsonParser. With ten
 * years of sessions, JsonParser (a general-purpose scanner, and a signal
 * emitted for every member and element) took most of the time a runner
 * waits for at start-up; this reader builds the same nodes straight from
 * the text in less than half of it (see tests/bench/README.md).
 *
 * It is stricter than JsonParser, which takes comments, hexadecimal and
 * quoted 'strings', wraps an integer too large for 64 bits round to a
 * wrong one, and makes an infinite double of 1e400: here such an integer
 * is read as a double (which a record's checks then refuse), a number
 * beyond a double's range as the largest double, and anything else that
 * is not JSON is an error. An escaped NUL, which a C string cannot hold, and a lone
 * surrogate escape become U+FFFD, so that one odd string in a record
 * does not make the whole file unreadable.
 *
 * Ten years of sessions repeat the same few values thousands of times:
 * exercise names, sides, rep counts, and the same sets of an exercise.
 * Each value, and each short list of what is shared, is made once per
 * read and shared, sealed, by every place it is in: a third of the memory,
 * and of the fresh pages a first load touches (the larger part of its
 * time). Objects and other arrays know their parent, as JsonParser's do;
 * what is shared, being in many places, has none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "stride-json-reader.h"

G_DEFINE_QUARK (stride-json-reader-error-quark, stride_json_reader_error)

/* Longer numbers are copied to the heap to be converted */
#define NUMBER_BUFFER_SIZE 64

/* Longer strings (a note) are seldom the same twice: not looked up */
#define SHARED_STRING_MAX 64
/* Nor are longer lists of values */
#define SHARED_LIST_MAX 16

typedef struct
{
  const char           *data;
  gsize                 length;
  gsize                 pos;
  guint                 max_depth;
  StrideJsonObjectRead  object_read;
  gpointer              user_data;
  GString              *scratch;
  GError               *error;
  /* The values read so far: strings by their text, numbers by how they
   * are written, null and the booleans by kind, short lists of shared
   * nodes by their elements */
  GHashTable           *strings;
  GHashTable           *numbers;
  GHashTable           *lists;
  JsonNode             *words[3];
} Reader;

static JsonNode *read_value (Reader   *reader,
                             guint     depth,
                             JsonNode *parent);

/* Where the reader stopped, as a text editor counts: lines and
 * characters from 1 */
static void
get_position (Reader *reader,
              guint  *line,
              guint  *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < reader->pos; i++)
    if (reader->data[i] == '\n')
      {
        (*line)++;
        line_start = i + 1;
      }

  *column = 1;
  for (gsize i = line_start; i < reader->pos; i++)
    if (((guchar) reader->data[i] & 0xc0) != 0x80)
      (*column)++;
}

/* Returns: %NULL, for the callers to return */
static gpointer
fail (Reader                *reader,
      StrideJsonReaderError  code)
{
  guint line, column;

  if (reader->error != NULL)
    return NULL;

  if (reader->pos >= reader->length)
    {
      /* Translators: this and the next two follow “The file is not
       * valid JSON: ” */
      g_set_error_literal (&reader->error, STRIDE_JSON_READER_ERROR, code,
                           _("it ends too early"));
      return NULL;
    }

  get_position (reader, &line, &column);
  if (code == STRIDE_JSON_READER_ERROR_TOO_DEEP)
    g_set_error (&reader->error, STRIDE_JSON_READER_ERROR, code,
                 _("it is nested too deeply at line %u, column %u"), line, column);
  else
    g_set_error (&reader->error, STRIDE_JSON_READER_ERROR, code,
                 _("unexpected character at line %u, column %u"), line, column);
  return NULL;
}

static inline void
skip_space (Reader *reader)
{
  while (reader->pos < reader->length)
    {
      char c = reader->data[reader->pos];

      if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
        break;
      reader->pos++;
    }
}

/* The next character, or NUL at the end (NUL is never valid JSON text) */
static inline char
peek (Reader *reader)
{
  return reader->pos < reader->length ? reader->data[reader->pos] : '\0';
}

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static int
hex_value (char c)
{
  if (is_digit (c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after "\u" at the reader's position */
static gboolean
read_hex4 (Reader   *reader,
           gunichar *code)
{
  *code = 0;
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (peek (reader));

      if (digit < 0)
        return FALSE;
      *code = *code * 16 + (gunichar) digit;
      reader->pos++;
    }

  return TRUE;
}

/* An escape, the backslash read; appends what it stands for */
static gboolean
read_escape (Reader  *reader,
             GString *out)
{
  char c = peek (reader);
  gunichar code, low;

  reader->pos++;
  switch (c)
    {
    case '"': case '\\': case '/':
      g_string_append_c (out, c);
      return TRUE;
    case 'b': g_string_append_c (out, '\b'); return TRUE;
    case 'f': g_string_append_c (out, '\f'); return TRUE;
    case 'n': g_string_append_c (out, '\n'); return TRUE;
    case 'r': g_string_append_c (out, '\r'); return TRUE;
    case 't': g_string_append_c (out, '\t'); return TRUE;
    case 'u':
      break;
    default:
      reader->pos--;
      return FALSE;
    }

  if (!read_hex4 (reader, &code))
    return FALSE;

  if (code >= 0xd800 && code <= 0xdbff
      && reader->pos + 1 < reader->length
      && reader->data[reader->pos] == '\\' && reader->data[reader->pos + 1] == 'u')
    {
      gsize before = reader->pos;

      reader->pos += 2;
      if (read_hex4 (reader, &low) && low >= 0xdc00 && low <= 0xdfff)
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
      else
        reader->pos = before;
    }

  if (code == 0 || (code >= 0xd800 && code <= 0xdfff))
    code = 0xfffd;
  g_string_append_unichar (out, code);
  return TRUE;
}

/* A run of characters that need no decoding, from the reader's position
 * up to a quote, a backslash or the end; FALSE on a control character or
 * text that is not UTF-8 */
static gboolean
scan_plain (Reader *reader,
            gsize  *start)
{
  *start = reader->pos;
  while (reader->pos < reader->length)
    {
      char c = reader->data[reader->pos];

      if (c == '"' || c == '\\')
        break;
      if ((guchar) c < 0x20)
        return FALSE;
      reader->pos++;
    }

  if (!g_utf8_validate_len (reader->data + *start, reader->pos - *start, NULL))
    {
      reader->pos = *start;
      return FALSE;
    }

  return TRUE;
}

/* A string, its opening quote at the reader's position.
 * Returns: (nullable): its text, valid until the next string is read */
static const char *
read_string (Reader *reader)
{
  gsize start;

  reader->pos++;
  g_string_truncate (reader->scratch, 0);
  if (!scan_plain (reader, &start))
    return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
  g_string_append_len (reader->scratch, reader->data + start, reader->pos - start);

  while (peek (reader) == '\\')
    {
      reader->pos++;
      if (!read_escape (reader, reader->scratch) || !scan_plain (reader, &start))
        return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
      g_string_append_len (reader->scratch, reader->data + start, reader->pos - start);
    }

  if (peek (reader) != '"')
    return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
  reader->pos++;

  return reader->scratch->str;
}

static void
skip_digits (Reader *reader)
{
  while (is_digit (peek (reader)))
    reader->pos++;
}

/* An integer that fits 64 bits; FALSE if it does not */
static gboolean
convert_integer (const char *text,
                 gsize       length,
                 gint64     *value)
{
  gboolean negative = text[0] == '-';
  guint64 limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  guint64 magnitude = 0;

  for (gsize i = negative ? 1 : 0; i < length; i++)
    {
      guint digit = (guint) (text[i] - '0');

      if (magnitude > (limit - digit) / 10)
        return FALSE;
      magnitude = magnitude * 10 + digit;
    }

  *value = negative ? (gint64) (0 - magnitude) : (gint64) magnitude;
  return TRUE;
}

/* @node sealed and kept under @key (owned by the table, or by @node
 * when @key is its own string), for the next equal value to share */
static JsonNode *
keep_shared (GHashTable *table,
             gpointer    key,
             JsonNode   *node)
{
  json_node_seal (node);
  g_hash_table_insert (table, key, json_node_ref (node));
  return node;
}

/* The text is a JSON number, which g_ascii_strtod() reads whole. One
 * beyond a double's range becomes the largest double of its sign: an
 * infinite one would be written back as "inf.0", which is not JSON, and
 * the file holding it would not load again. */
static double
convert_double (const char *text,
                gsize       length)
{
  char buffer[NUMBER_BUFFER_SIZE];
  g_autofree char *copy = NULL;
  double value;

  if (length < NUMBER_BUFFER_SIZE)
    {
      memcpy (buffer, text, length);
      buffer[length] = '\0';
      value = g_ascii_strtod (buffer, NULL);
    }
  else
    {
      copy = g_strndup (text, length);
      value = g_ascii_strtod (copy, NULL);
    }

  if (isinf (value))
    value = value > 0 ? G_MAXDOUBLE : -G_MAXDOUBLE;
  return value;
}

static JsonNode *
read_number (Reader *reader)
{
  char text[NUMBER_BUFFER_SIZE];
  gsize start = reader->pos;
  gboolean integer = TRUE;
  JsonNode *node;
  gsize length;
  gint64 value;

  if (peek (reader) == '-')
    reader->pos++;
  if (peek (reader) == '0')
    reader->pos++;
  else if (is_digit (peek (reader)))
    skip_digits (reader);
  else
    return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);

  if (peek (reader) == '.')
    {
      integer = FALSE;
      reader->pos++;
      if (!is_digit (peek (reader)))
        return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
      skip_digits (reader);
    }

  if (peek (reader) == 'e' || peek (reader) == 'E')
    {
      integer = FALSE;
      reader->pos++;
      if (peek (reader) == '+' || peek (reader) == '-')
        reader->pos++;
      if (!is_digit (peek (reader)))
        return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
      skip_digits (reader);
    }

  length = reader->pos - start;
  if (length < NUMBER_BUFFER_SIZE)
    {
      memcpy (text, reader->data + start, length);
      text[length] = '\0';
      if ((node = g_hash_table_lookup (reader->numbers, text)) != NULL)
        return json_node_ref (node);
    }

  if (integer && convert_integer (reader->data + start, length, &value))
    node = json_node_init_int (json_node_alloc (), value);
  else
    node = json_node_init_double (json_node_alloc (), convert_double (reader->data + start, length));

  if (length < NUMBER_BUFFER_SIZE)
    return keep_shared (reader->numbers, g_strdup (text), node);
  return node;
}

static JsonNode *
read_word (Reader     *reader,
           const char *word)
{
  gsize length = strlen (word);
  guint kind;

  if (reader->length - reader->pos < length || memcmp (reader->data + reader->pos, word, length) != 0)
    return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
  reader->pos += length;

  kind = word[0] == 'n' ? 0 : word[0] == 't' ? 1 : 2;
  if (reader->words[kind] == NULL)
    {
      reader->words[kind] = kind == 0 ? json_node_init_null (json_node_alloc ())
                                      : json_node_init_boolean (json_node_alloc (), kind == 1);
      json_node_seal (reader->words[kind]);
    }
  return json_node_ref (reader->words[kind]);
}

static JsonNode *
read_object (Reader   *reader,
             guint     depth,
             JsonNode *parent)
{
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (depth > reader->max_depth)
    return fail (reader, STRIDE_JSON_READER_ERROR_TOO_DEEP);

  object = json_object_new ();
  node = json_node_init_object (json_node_alloc (), object);
  json_node_set_parent (node, parent);

  reader->pos++;
  skip_space (reader);
  if (peek (reader) == '}')
    reader->pos++;
  else
    for (;;)
      {
        g_autofree char *name = NULL;
        const char *text;
        JsonNode *value;

        /* Kept aside: the value may have strings of its own */
        if (peek (reader) != '"' || (text = read_string (reader)) == NULL)
          return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
        name = g_strndup (text, reader->scratch->len);
        skip_space (reader);
        if (peek (reader) != ':')
          return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
        reader->pos++;

        if ((value = read_value (reader, depth, node)) == NULL)
          return NULL;
        /* A name given twice: the last one counts, as for JsonParser.
         * Given the same shared value again, json-glib keeps the one it
         * has and does not take the reference passed to it */
        if (json_node_is_immutable (value) && json_object_get_member (object, name) == value)
          json_node_unref (value);
        else
          json_object_set_member (object, name, value);

        skip_space (reader);
        if (peek (reader) == '}')
          {
            reader->pos++;
            break;
          }
        if (peek (reader) != ',')
          return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
        reader->pos++;
        skip_space (reader);
      }

  if (reader->object_read != NULL)
    reader->object_read (object, reader->user_data);

  return g_steal_pointer (&node);
}

/* A short list read before, all of whose elements are shared (a set
 * list of a session: exercise, variation, side, reps; or a session's
 * set lists when they repeat), is shared as values are: its elements
 * being shared already, it is known by their addresses. An empty list
 * is left its own, to be filled. */
static JsonNode *
share_list (Reader   *reader,
            JsonNode *node)
{
  JsonArray *array = json_node_get_array (node);
  guint length = json_array_get_length (array);
  JsonNode *elements[SHARED_LIST_MAX];
  g_autoptr(GBytes) key = NULL;
  JsonNode *known;

  if (length > SHARED_LIST_MAX)
    return node;
  for (guint i = 0; i < length; i++)
    {
      elements[i] = json_array_get_element (array, i);
      if (!json_node_is_immutable (elements[i]))
        return node;
    }

  key = g_bytes_new (elements, length * sizeof elements[0]);
  if ((known = g_hash_table_lookup (reader->lists, key)) != NULL)
    {
      json_node_unref (node);
      return json_node_ref (known);
    }

  json_node_set_parent (node, NULL);
  return keep_shared (reader->lists, g_steal_pointer (&key), node);
}

static JsonNode *
read_array (Reader   *reader,
            guint     depth,
            JsonNode *parent)
{
  g_autoptr(JsonArray) array = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (depth > reader->max_depth)
    return fail (reader, STRIDE_JSON_READER_ERROR_TOO_DEEP);

  array = json_array_new ();
  node = json_node_init_array (json_node_alloc (), array);
  json_node_set_parent (node, parent);

  reader->pos++;
  skip_space (reader);
  if (peek (reader) == ']')
    {
      reader->pos++;
      return g_steal_pointer (&node);
    }

  for (;;)
    {
      JsonNode *element = read_value (reader, depth, node);

      if (element == NULL)
        return NULL;
      json_array_add_element (array, element);

      skip_space (reader);
      if (peek (reader) == ']')
        {
          reader->pos++;
          return share_list (reader, g_steal_pointer (&node));
        }
      if (peek (reader) != ',')
        return fail (reader, STRIDE_JSON_READER_ERROR_SYNTAX);
      reader->pos++;
    }
}

/* A value at the reader's position, after any white space; @depth is
 * that of the object or array it is in */
static JsonNode *
read_value (Reader   *reader,
            guint     depth,
            JsonNode *parent)
{
  JsonNode *node;

  skip_space (reader);
  switch (peek (reader))
    {
    case '{':
      return read_object (reader, depth + 1, parent);

    case '[':
      return read_array (reader, depth + 1, parent);

    case '"':
      {
        const char *text = read_string (reader);

        if (text == NULL)
          return NULL;
        if (reader->scratch->len > SHARED_STRING_MAX)
          return json_node_init_string (json_node_alloc (), text);
        if ((node = g_hash_table_lookup (reader->strings, text)) != NULL)
          return json_node_ref (node);
        node = json_node_init_string (json_node_alloc (), text);
        return keep_shared (reader->strings, (gpointer) json_node_get_string (node), node);
      }

    case 't':
      return read_word (reader, "true");

    case 'f':
      return read_word (reader, "false");

    case 'n':
      return read_word (reader, "null");

    default:
      return read_number (reader);
    }
}

/**
 * stride_json_read:
 * @data: JSON text, not necessarily ending in NUL
 * @length: the length of @data in bytes
 * @max_depth: the deepest nesting of objects and arrays taken, the
 *   outermost being 1
 * @object_read: (nullable): called for each object when read
 * @user_data: for @object_read
 * @error: where to say what is wrong with @data
 *
 * Returns: (transfer full) (nullable): the value @data holds, or %NULL
 *   if it is not JSON or nests deeper than @max_depth
 */
JsonNode *
stride_json_read (const char            *data,
                  gsize                  length,
                  guint                  max_depth,
                  StrideJsonObjectRead   object_read,
                  gpointer               user_data,
                  GError               **error)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  Reader reader = {
    .data = data,
    .length = length,
    .max_depth = max_depth,
    .object_read = object_read,
    .user_data = user_data,
    .scratch = scratch,
  };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader.strings = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) json_node_unref);
  reader.numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) json_node_unref);
  reader.lists = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref,
                                        (GDestroyNotify) json_node_unref);
  root = read_value (&reader, 0, NULL);
  g_hash_table_unref (reader.strings);
  g_hash_table_unref (reader.numbers);
  g_hash_table_unref (reader.lists);
  for (guint i = 0; i < G_N_ELEMENTS (reader.words); i++)
    g_clear_pointer (&reader.words[i], json_node_unref);
  if (root != NULL)
    {
      skip_space (&reader);
      if (reader.pos < reader.length)
        fail (&reader, STRIDE_JSON_READER_ERROR_SYNTAX);
    }

  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      return NULL;
    }

  return g_steal_pointer (&root);
}
