/* test-search.c
 *
 * Finding exercises and routines from a few words, without the desktop:
 * every word must match, a name counts more than other words, case and
 * accents do not matter, the user's routines are found by name, and a
 * narrowed search keeps to what was found before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-routine-library.h"
#include "stride-search.h"
#include "stride-test-i18n.h"
#include "stride-test-store.h"

static char *
find (StrideStore *store,
      const char  *terms)
{
  g_auto(GStrv) words = g_strsplit (terms, " ", -1);
  g_auto(GStrv) results = stride_search_find (store, (const char * const *) words);

  return g_strjoinv (" ", results);
}

static void
test_search_ranking (void)
{
  g_autofree char *clamshell = find (NULL, "clamshells");
  g_autofree char *medius = find (NULL, "medius");
  g_autofree char *gluteus_medius = find (NULL, "gluteus medius");
  g_autofree char *short_word = find (NULL, "am");
  g_autofree char *inside = find (NULL, "shell");
  g_autofree char *self_test = find (NULL, "test");
  g_autofree char *band = find (NULL, "band");

  /* The exercise by its whole name comes first, then the routines that
   * have it */
  g_assert_true (g_str_has_prefix (clamshell, "exercise:clamshell routine:"));
  /* Only by muscles: every exercise for the gluteus medius, in the
   * library's order */
  g_assert_cmpstr (medius, ==, "exercise:squat exercise:clamshell exercise:side-step exercise:glute-bridge");
  g_assert_cmpstr (gluteus_medius, ==, medius);
  /* Two letters are found at the start of a word only */
  g_assert_cmpstr (short_word, ==, "");
  /* Three or more inside one, too */
  g_assert_true (g_str_has_prefix (inside, "exercise:clamshell"));
  /* Self-tests are not among the results */
  g_assert_cmpstr (self_test, ==, "");
  /* A name beats the harder variation's words: banded side steps first,
   * then clamshells, whose harder variation adds a band */
  g_assert_true (g_str_has_prefix (band, "exercise:side-step exercise:clamshell"));
}

static void
test_search_refine (void)
{
  const char *previous[] = { "exercise:squat", "exercise:glute-bridge", "routine:quick", NULL };
  const char *terms[] = { "single", NULL };
  const char *nothing[] = { NULL };
  g_auto(GStrv) refined = stride_search_refine (NULL, previous, terms);
  g_auto(GStrv) empty = stride_search_refine (NULL, previous, nothing);

  g_assert_cmpstrv (refined, ((const char *[]) { "exercise:squat", "exercise:glute-bridge", NULL }));
  g_assert_cmpstrv (empty, nothing);
}

static void
test_search_results (void)
{
  const char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  g_assert_cmpint (stride_search_parse_result ("exercise:squat", &id), ==, STRIDE_SEARCH_RESULT_EXERCISE);
  g_assert_cmpstr (id, ==, "squat");
  g_assert_cmpint (stride_search_parse_result ("routine:full", &id), ==, STRIDE_SEARCH_RESULT_ROUTINE);
  g_assert_cmpstr (id, ==, "full");
  g_assert_cmpint (stride_search_parse_result ("routine:", NULL), ==, STRIDE_SEARCH_RESULT_NONE);
  g_assert_cmpint (stride_search_parse_result ("squat", NULL), ==, STRIDE_SEARCH_RESULT_NONE);

  g_assert_true (stride_search_describe_result (NULL, "exercise:side-step", &name, &description));
  g_assert_cmpstr (name, ==, "Banded Side Steps");
  g_assert_cmpstr (description, ==, "Gluteus medius and minimus · 10–12 steps in each direction");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&description, g_free);

  g_assert_false (stride_search_describe_result (NULL, "exercise:bridge-test", &name, &description));
  g_assert_false (stride_search_describe_result (NULL, "routine:weaker-side", &name, &description));
  g_assert_false (stride_search_describe_result (NULL, "nonsense", &name, &description));
}

/* In German the names are German and so are the words that find them */
static void
test_search_german (void)
{
  g_autofree char *bridge = NULL;
  g_autofree char *english = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  bridge = find (NULL, "brücke");
  english = find (NULL, "Squats");
  g_assert_true (g_str_has_prefix (bridge, "exercise:glute-bridge"));
  /* The English name is not what a German user sees, nor finds */
  g_assert_false (g_str_has_prefix (english, "exercise:squat"));

  g_assert_true (stride_search_describe_result (NULL, "routine:quick", &name, &description));
  g_assert_cmpstr (name, ==, "Schnelle 10 Minuten");
  g_assert_cmpstr (description, ==, "5 Übungen · 10 Minuten");
}

static void
test_search_own_routines (void)
{
  StrideTestStore test_store;
  StrideStore *store;
  g_autoptr(StrideRoutine) routine = stride_routine_new ("mine", "Évening Bridges");
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *evening = NULL;
  g_autofree char *bridge = NULL;
  g_autofree char *bridges = NULL;
  g_autofree char *without_store = NULL;

  stride_test_store_set_up (&test_store, "search");
  store = test_store.store;
  stride_routine_add_item (routine, "glute-bridge");
  object = stride_routine_to_json (routine);
  stride_store_put (store, STRIDE_COLLECTION_ROUTINES, object);

  evening = find (store, "EVENING");
  bridge = find (store, "bridge");
  bridges = find (store, "bridges");
  without_store = find (NULL, "evening");
  g_assert_cmpstr (evening, ==, "routine:mine");
  /* A name's whole word first, then the start of one, then a routine's
   * exercises */
  g_assert_true (g_str_has_prefix (bridge, "exercise:glute-bridge routine:mine routine:"));
  g_assert_cmpstr (bridges, ==, "routine:mine");
  g_assert_cmpstr (without_store, ==, "");

  stride_test_store_tear_down (&test_store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/search/ranking", test_search_ranking);
  g_test_add_func ("/stride/search/refine", test_search_refine);
  g_test_add_func ("/stride/search/results", test_search_results);
  g_test_add_func ("/stride/search/german", test_search_german);
  g_test_add_func ("/stride/search/own-routines", test_search_own_routines);

  return g_test_run ();
}
