/* test-json-reader.c
 *
 * The JSON reader the progress file is read with: the same nodes as
 * JsonParser for JSON, an error for what is not JSON, numbers that do
 * not wrap round, and nesting held to its limit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "stride-json-reader.h"
#include "stride-test-i18n.h"

static JsonNode *
read_text (const char  *text,
           guint        max_depth,
           GError     **error)
{
  return stride_json_read (text, strlen (text), max_depth, NULL, NULL, error);
}

static JsonNode *
read_member (const char *text,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = read_text (text, 8, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_copy (json_object_get_member (json_node_get_object (root), name));
}

/* Text both can read gives equal nodes, and equal text written back */
static void
test_json_reader_same_as_json_glib (void)
{
  const char *documents[] = {
    "{}",
    "[]",
    " \t\r\n{ \"a\" : [ 1 , -2 , 0 , -0 , 3.25 , -1.5e-3 , 2E+2 , 1e5 ] } \n",
    "{\"version\":2,\"sessions\":[{\"id\":\"x\",\"note\":\"Hüfte – “leicht”\",\"exercises\":[[\"squat\",\"base\",null,12,11,12]]}]}",
    "{\"escapes\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC \\ud83d\\ude00\"}",
    "{\"a\":true,\"b\":false,\"c\":null,\"d\":{\"e\":{\"f\":[[[]]]}}}",
    "{\"same\":1,\"other\":\"x\",\"same\":2}",
    "[9223372036854775807,-9223372036854775808,\"\"]",
    "\"just a string\"",
    "42",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) ours = read_text (documents[i], 8, &error);
      g_autofree char *ours_text = NULL;
      g_autofree char *theirs_text = NULL;
      JsonNode *theirs;

      g_test_message ("%s", documents[i]);
      g_assert_no_error (error);
      g_assert_true (json_parser_load_from_data (parser, documents[i], -1, NULL));
      theirs = json_parser_get_root (parser);
      g_assert_true (json_node_equal (ours, theirs));

      ours_text = json_to_string (ours, FALSE);
      theirs_text = json_to_string (theirs, FALSE);
      g_assert_cmpstr (ours_text, ==, theirs_text);
    }
}

static void
test_json_reader_not_json (void)
{
  /* JsonParser takes the first eleven; none of them is JSON */
  const char *texts[] = {
    "{\"a\":1 /* comment */}",
    "{\"a\":01}",
    "{\"a\":0x1F}",
    "{\"a\":'x'}",
    "{\"a\":.5}",
    "{\"a\":1.}",
    "{\"a\":1}{}",
    "{\"a\":1e}",
    "{\"a\":-}",
    "{\"a\":\"\\x41\"}",
    "{\"a\":\"tab\there\"}",
    "{\"a\":1,}",
    "[1,]",
    "{\"a\":+1}",
    "{\"a\":nul}",
    "{\"a\":truth}",
    "{a:1}",
    "{\"a\" 1}",
    "{\"a\":1 \"b\":2}",
    "[1 2]",
    "{\"a\":\"never closed}",
    "{\"a\":\"\\u12\"}",
    "{\"a\":\"\xff\"}",
    "{\"a\":1}\xc3\xa9",
    "",
    "   ",
    "[",
    "{\"a\":[1,{\"b\":",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = read_text (texts[i], 8, &error);

      g_test_message ("%s", texts[i]);
      g_assert_null (root);
      g_assert_error (error, STRIDE_JSON_READER_ERROR, STRIDE_JSON_READER_ERROR_SYNTAX);
    }
}

/* The error says where, in lines and characters as an editor counts */
static void
test_json_reader_error_position (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) end_error = NULL;
  g_autoptr(JsonNode) root = read_text ("{\n  \"über\": [1,\n  2,, 3]\n}", 8, &error);
  g_autoptr(JsonNode) cut = read_text ("{\"a\": [1, 2", 8, &end_error);

  g_assert_null (root);
  g_assert_cmpstr (error->message, ==, "unexpected character at line 3, column 5");
  g_assert_null (cut);
  g_assert_cmpstr (end_error->message, ==, "it ends too early");
}

static void
test_json_reader_numbers (void)
{
  g_autoptr(JsonNode) largest = read_member ("{\"n\":9223372036854775807}", "n");
  g_autoptr(JsonNode) smallest = read_member ("{\"n\":-9223372036854775808}", "n");
  g_autoptr(JsonNode) too_large = read_member ("{\"n\":9223372036854775808}", "n");
  g_autoptr(JsonNode) too_small = read_member ("{\"n\":-9223372036854775809}", "n");
  g_autoptr(JsonNode) huge = read_member ("{\"n\":99999999999999999999}", "n");
  g_autoptr(JsonNode) beyond_double = read_member ("{\"n\":1e400}", "n");
  g_autoptr(JsonNode) beyond_negative = read_member ("{\"n\":-123456789e999}", "n");
  g_autoptr(JsonNode) exponent = read_member ("{\"n\":12e2}", "n");
  g_autoptr(JsonNode) zero = read_member ("{\"n\":-0}", "n");

  g_assert_cmpint (json_node_get_value_type (largest), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (largest), ==, G_MAXINT64);
  g_assert_cmpint (json_node_get_value_type (smallest), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (smallest), ==, G_MININT64);

  /* JsonParser makes these -9223372036854775808, … and -1 */
  g_assert_cmpint (json_node_get_value_type (too_large), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_node_get_double (too_large), ==, 9223372036854775808.0);
  g_assert_cmpint (json_node_get_value_type (too_small), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_node_get_double (too_small), <, -9.2e18);
  g_assert_cmpint (json_node_get_value_type (huge), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_node_get_double (huge), ==, 1e20);

  g_assert_cmpint (json_node_get_value_type (beyond_double), ==, G_TYPE_DOUBLE);
  /* JsonParser makes it infinite, which json-glib writes as "inf.0" */
  g_assert_cmpfloat (json_node_get_double (beyond_double), ==, G_MAXDOUBLE);
  g_assert_cmpfloat (json_node_get_double (beyond_negative), ==, -G_MAXDOUBLE);
  g_assert_cmpint (json_node_get_value_type (exponent), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_node_get_double (exponent), ==, 1200.0);
  g_assert_cmpint (json_node_get_value_type (zero), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (zero), ==, 0);
}

/* What a C string cannot hold, or UTF-8 cannot say, becomes U+FFFD
 * rather than making the whole text unreadable */
static void
test_json_reader_odd_escapes (void)
{
  g_autoptr(JsonNode) nul = read_member ("{\"s\":\"a\\u0000b\"}", "s");
  g_autoptr(JsonNode) lone_high = read_member ("{\"s\":\"a\\ud800b\"}", "s");
  g_autoptr(JsonNode) lone_low = read_member ("{\"s\":\"\\udc00\"}", "s");
  g_autoptr(JsonNode) high_then_other = read_member ("{\"s\":\"\\ud800\\u0041\"}", "s");
  g_autoptr(JsonNode) pair = read_member ("{\"s\":\"\\uD834\\uDD1E\"}", "s");

  g_assert_cmpstr (json_node_get_string (nul), ==, "a\xef\xbf\xbd" "b");
  g_assert_cmpstr (json_node_get_string (lone_high), ==, "a\xef\xbf\xbd" "b");
  g_assert_cmpstr (json_node_get_string (lone_low), ==, "\xef\xbf\xbd");
  g_assert_cmpstr (json_node_get_string (high_then_other), ==, "\xef\xbf\xbd" "A");
  g_assert_cmpstr (json_node_get_string (pair), ==, "\xf0\x9d\x84\x9e");
}

static void
test_json_reader_depth (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) deepest = read_text ("[{\"a\":[1]}]", 3, &error);
  g_autoptr(JsonNode) too_deep = NULL;
  g_autoptr(GString) bomb = g_string_new (NULL);
  g_autoptr(JsonNode) bombed = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (deepest);

  too_deep = read_text ("[{\"a\":[[1]]}]", 3, &error);
  g_assert_null (too_deep);
  g_assert_error (error, STRIDE_JSON_READER_ERROR, STRIDE_JSON_READER_ERROR_TOO_DEEP);
  g_clear_error (&error);

  /* Brackets enough to take all of the stack if read without a limit */
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (bomb, '[');
  bombed = stride_json_read (bomb->str, bomb->len, 32, NULL, NULL, &error);
  g_assert_null (bombed);
  g_assert_error (error, STRIDE_JSON_READER_ERROR, STRIDE_JSON_READER_ERROR_TOO_DEEP);
}

static void
note_object (JsonObject *object,
             gpointer    user_data)
{
  GPtrArray *names = user_data;

  g_ptr_array_add (names, g_strdup (json_object_get_string_member (object, "name")));
}

/* Objects are reported when complete, inner ones first; objects and
 * arrays know their parents, as JsonParser's do */
static void
test_json_reader_objects_and_parents (void)
{
  const char *text = "{\"name\":\"outer\",\"list\":[{\"name\":\"first\",\"in\":{\"name\":\"inner\"}},{\"name\":\"second\"}]}";
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = stride_json_read (text, strlen (text), 8, note_object, names, &error);
  JsonNode *list;
  JsonNode *first;

  g_assert_no_error (error);
  g_assert_cmpuint (names->len, ==, 4);
  g_assert_cmpstr (names->pdata[0], ==, "inner");
  g_assert_cmpstr (names->pdata[1], ==, "first");
  g_assert_cmpstr (names->pdata[2], ==, "second");
  g_assert_cmpstr (names->pdata[3], ==, "outer");

  list = json_object_get_member (json_node_get_object (root), "list");
  first = json_array_get_element (json_node_get_array (list), 0);
  g_assert_true (json_node_get_parent (list) == root);
  g_assert_true (json_node_get_parent (first) == list);
  g_assert_null (json_node_get_parent (root));
}

/* A value read many times is one node, sealed so that no place it is in
 * can change it for the others; a number written another way, a long
 * string and a container are their own */
static void
test_json_reader_shared_values (void)
{
  g_autofree char *note = g_strnfill (100, 'x');
  g_autofree char *text = g_strdup_printf ("[[\"squat\",\"left\",null,12,true,1.5,\"%s\"],"
                                           "[\"squat\",\"left\",null,12,true,1.5,\"%s\"],"
                                           "[1.50,12.0]]", note, note);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = stride_json_read (text, strlen (text), 8, NULL, NULL, &error);
  JsonArray *rows, *a, *b, *c;

  g_assert_no_error (error);
  rows = json_node_get_array (root);
  a = json_array_get_array_element (rows, 0);
  b = json_array_get_array_element (rows, 1);
  c = json_array_get_array_element (rows, 2);
  g_assert_true (a != b);

  for (guint i = 0; i < 6; i++)
    {
      JsonNode *value = json_array_get_element (a, i);

      g_assert_true (value == json_array_get_element (b, i));
      g_assert_true (json_node_is_immutable (value));
      g_assert_null (json_node_get_parent (value));
    }
  /* A note is seldom the same twice: not looked up */
  g_assert_true (json_array_get_element (a, 6) != json_array_get_element (b, 6));
  g_assert_cmpstr (json_array_get_string_element (a, 6), ==, note);
  /* 1.50 is 1.5, but written apart; 12.0 is a double, not the integer 12 */
  g_assert_true (json_array_get_element (c, 0) != json_array_get_element (a, 5));
  g_assert_cmpfloat (json_array_get_double_element (c, 0), ==, 1.5);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (c, 1)), ==, G_TYPE_DOUBLE);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (a, 3)), ==, G_TYPE_INT64);

  /* A member given twice with one shared value: the last one counts,
   * and no reference is lost on the way (run under valgrind or
   * AddressSanitizer to see a leak) */
  {
    const char *twice = "{\"a\":\"left\",\"a\":\"left\",\"b\":7,\"b\":7,\"c\":null,\"c\":null}";
    g_autoptr(JsonNode) object = stride_json_read (twice, strlen (twice), 8, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (json_object_get_size (json_node_get_object (object)), ==, 3);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (object), "a"), ==, "left");
  }

  /* A list holding a value of its own (the note) is its own, and knows
   * its parent */
  g_assert_false (json_node_is_immutable (json_array_get_element (rows, 0)));
  g_assert_true (json_node_get_parent (json_array_get_element (rows, 0)) == root);

  /* A short list of shared values is shared as they are, and so is a
   * list of such lists; an empty list and an object are their own */
  {
    const char *sets = "[[[\"squat\",12],[\"bridge\",10]],[[\"squat\",12],[\"bridge\",10]],"
                       "[\"squat\",12],[],[],{},{}]";
    g_autoptr(JsonNode) lists = stride_json_read (sets, strlen (sets), 8, NULL, NULL, &error);
    JsonArray *all;

    g_assert_no_error (error);
    all = json_node_get_array (lists);
    g_assert_true (json_array_get_element (all, 0) == json_array_get_element (all, 1));
    g_assert_true (json_node_is_immutable (json_array_get_element (all, 0)));
    g_assert_true (json_array_get_element (json_array_get_array_element (all, 0), 0) == json_array_get_element (all, 2));
    g_assert_true (json_array_get_element (all, 3) != json_array_get_element (all, 4));
    g_assert_false (json_node_is_immutable (json_array_get_element (all, 3)));
    g_assert_true (json_array_get_element (all, 5) != json_array_get_element (all, 6));
    g_assert_false (json_node_is_immutable (json_array_get_element (all, 5)));
  }
}

/* Only the bytes given are read: text need not end in NUL */
static void
test_json_reader_length (void)
{
  const char text[] = "{\"a\":[1,2]}garbage";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = stride_json_read (text, 11, 8, NULL, NULL, &error);
  g_autoptr(JsonNode) cut = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (root);

  cut = stride_json_read (text, 10, 8, NULL, NULL, &error);
  g_assert_null (cut);
  g_assert_error (error, STRIDE_JSON_READER_ERROR, STRIDE_JSON_READER_ERROR_SYNTAX);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/json-reader/same-as-json-glib", test_json_reader_same_as_json_glib);
  g_test_add_func ("/stride/json-reader/not-json", test_json_reader_not_json);
  g_test_add_func ("/stride/json-reader/error-position", test_json_reader_error_position);
  g_test_add_func ("/stride/json-reader/numbers", test_json_reader_numbers);
  g_test_add_func ("/stride/json-reader/odd-escapes", test_json_reader_odd_escapes);
  g_test_add_func ("/stride/json-reader/depth", test_json_reader_depth);
  g_test_add_func ("/stride/json-reader/objects-and-parents", test_json_reader_objects_and_parents);
  g_test_add_func ("/stride/json-reader/shared-values", test_json_reader_shared_values);
  g_test_add_func ("/stride/json-reader/length", test_json_reader_length);

  return g_test_run ();
}
