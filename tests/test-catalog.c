/* test-catalog.c
 *
 * The catalog holds the guide's five exercises and two self-tests, with
 * every field, well-formed doses, and every string translatable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-catalog.h"
#include "stride-catalog-entry.h"
#include "stride-test-i18n.h"

static const char *exercise_ids[] = { "squat", "clamshell", "side-step", "glute-bridge", "hip-extension" };
static const char *self_test_ids[] = { "squat-test", "bridge-test" };

static StrideExercise *
lookup (const char *id)
{
  StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), id);

  g_assert_nonnull (exercise);
  return exercise;
}

static void
assert_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 2);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  /* Sentences and names are trimmed */
  g_assert_false (g_ascii_isspace (text[0]));
  g_assert_false (g_ascii_isspace (text[strlen (text) - 1]));
}

static void
test_catalog_ids (void)
{
  StrideCatalog *catalog = stride_catalog_get_default ();
  GListModel *exercises = stride_catalog_get_exercises (catalog);
  GListModel *self_tests = stride_catalog_get_self_tests (catalog);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_entries;

  g_assert_true (catalog == stride_catalog_get_default ());

  /* The guide's order, by the IDs that routines and records refer to */
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, G_N_ELEMENTS (exercise_ids));
  for (guint i = 0; i < G_N_ELEMENTS (exercise_ids); i++)
    {
      g_autoptr(StrideExercise) exercise = g_list_model_get_item (exercises, i);

      g_assert_cmpstr (stride_exercise_get_id (exercise), ==, exercise_ids[i]);
      g_assert_cmpint (stride_exercise_get_kind (exercise), ==, STRIDE_EXERCISE_KIND_EXERCISE);
      g_assert_true (lookup (exercise_ids[i]) == exercise);
    }

  g_assert_cmpuint (g_list_model_get_n_items (self_tests), ==, G_N_ELEMENTS (self_test_ids));
  for (guint i = 0; i < G_N_ELEMENTS (self_test_ids); i++)
    {
      g_autoptr(StrideExercise) self_test = g_list_model_get_item (self_tests, i);

      g_assert_cmpstr (stride_exercise_get_id (self_test), ==, self_test_ids[i]);
      g_assert_cmpint (stride_exercise_get_kind (self_test), ==, STRIDE_EXERCISE_KIND_SELF_TEST);
    }

  stride_catalog_entries_get (&n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      const char *id = stride_catalog_entries_get (&n_entries)[i].id;

      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer) id);
    }
  g_assert_cmpuint (n_entries, ==, G_N_ELEMENTS (exercise_ids) + G_N_ELEMENTS (self_test_ids));

  g_assert_null (stride_catalog_lookup (catalog, "burpee"));
  g_assert_null (stride_catalog_lookup (catalog, ""));
}

static void
test_catalog_exercise_fields (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (exercise_ids); i++)
    {
      StrideExercise *exercise = lookup (exercise_ids[i]);
      g_autofree char *dose = stride_exercise_dup_dose_label (exercise);

      assert_text (stride_exercise_get_name (exercise));
      assert_text (stride_exercise_get_target (exercise));
      assert_text (stride_exercise_get_purpose (exercise));
      assert_text (stride_exercise_get_equipment_label (exercise));
      assert_text (dose);
      g_assert_cmpuint (stride_exercise_get_muscles (exercise), !=, STRIDE_MUSCLE_NONE);
      g_assert_null (stride_exercise_get_look_for (exercise));

      g_assert_cmpuint (stride_exercise_get_n_steps (exercise), >=, 3);
      g_assert_cmpuint (stride_exercise_get_n_steps (exercise), <=, STRIDE_CATALOG_MAX_STEPS);
      for (guint s = 0; s < stride_exercise_get_n_steps (exercise); s++)
        assert_text (stride_exercise_get_step (exercise, s));

      g_assert_nonnull (stride_exercise_get_dose (exercise));
      g_assert_true (stride_dose_is_valid (stride_exercise_get_dose (exercise)));
    }
}

static void
test_catalog_guide_extras (void)
{
  /* Exactly the guide's "make it harder" variations and tips: the app
   * states nothing about an exercise that the guide does not. */
  struct {
    const char *id;
    gboolean has_harder;
    gboolean has_tip;
    const char *also_known_as;
  } expected[] = {
    { "squat", TRUE, FALSE, NULL },
    { "clamshell", TRUE, FALSE, NULL },
    { "side-step", TRUE, TRUE, NULL },
    { "glute-bridge", TRUE, FALSE, NULL },
    { "hip-extension", FALSE, TRUE, "Donkey kicks" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      StrideExercise *exercise = lookup (expected[i].id);

      g_assert_cmpint (stride_exercise_get_harder (exercise) != NULL, ==, expected[i].has_harder);
      g_assert_cmpint (stride_exercise_get_tip (exercise) != NULL, ==, expected[i].has_tip);
      g_assert_cmpstr (stride_exercise_get_also_known_as (exercise), ==, expected[i].also_known_as);
      if (expected[i].has_harder)
        assert_text (stride_exercise_get_harder (exercise));
      if (expected[i].has_tip)
        assert_text (stride_exercise_get_tip (exercise));
    }
}

static void
test_catalog_self_test_fields (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (self_test_ids); i++)
    {
      StrideExercise *self_test = lookup (self_test_ids[i]);

      assert_text (stride_exercise_get_name (self_test));
      assert_text (stride_exercise_get_target (self_test));
      assert_text (stride_exercise_get_purpose (self_test));
      assert_text (stride_exercise_get_look_for (self_test));
      g_assert_cmpuint (stride_exercise_get_n_steps (self_test), >=, 2);
      for (guint s = 0; s < stride_exercise_get_n_steps (self_test); s++)
        assert_text (stride_exercise_get_step (self_test, s));

      /* The guide gives the tests no dose and no variations */
      g_assert_null (stride_exercise_get_dose (self_test));
      g_assert_null (stride_exercise_dup_dose_label (self_test));
      g_assert_null (stride_exercise_get_harder (self_test));
      g_assert_null (stride_exercise_get_tip (self_test));
      g_assert_cmpint (stride_exercise_get_equipment (self_test), ==, STRIDE_EQUIPMENT_NONE);
    }

  g_assert_cmpstr (stride_exercise_get_step (lookup ("squat-test"), 0), ==,
                   "Stand with feet slightly wider than hip-width, arms overhead.");
  g_assert_cmpstr (stride_exercise_get_look_for (lookup ("bridge-test")), ==,
                   "If your hips drop or tilt when a foot lifts, that side may be weaker.");
}

static void
test_catalog_doses (void)
{
  struct {
    const char *id;
    StrideDose dose;
    guint n_sides;
    const char *label;
  } expected[] = {
    { "squat", { 10, 15, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SET }, 1, "10–15 reps" },
    { "clamshell", { 12, 15, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SIDE }, 2, "12–15 reps per side" },
    { "side-step", { 10, 12, STRIDE_DOSE_UNIT_STEPS, STRIDE_DOSE_PER_DIRECTION }, 2, "10–12 steps in each direction" },
    { "glute-bridge", { 12, 15, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SET }, 1, "12–15 reps" },
    { "hip-extension", { 12, 12, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SIDE }, 2, "12 reps per side" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      StrideExercise *exercise = lookup (expected[i].id);
      const StrideDose *dose = stride_exercise_get_dose (exercise);
      g_autofree char *label = stride_exercise_dup_dose_label (exercise);

      g_assert_cmpuint (dose->min, ==, expected[i].dose.min);
      g_assert_cmpuint (dose->max, ==, expected[i].dose.max);
      g_assert_cmpint (dose->unit, ==, expected[i].dose.unit);
      g_assert_cmpint (dose->per, ==, expected[i].dose.per);
      g_assert_cmpuint (stride_dose_get_n_sides (dose), ==, expected[i].n_sides);
      g_assert_cmpstr (label, ==, expected[i].label);
    }
}

static void
test_catalog_dose_validity (void)
{
  StrideDose ok = { 1, 1, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SET };
  StrideDose empty = { 0, 10, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SET };
  StrideDose reversed = { 15, 10, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SIDE };
  StrideDose steps_per_set = { 10, 12, STRIDE_DOSE_UNIT_STEPS, STRIDE_DOSE_PER_SET };
  StrideDose reps_per_direction = { 10, 12, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_DIRECTION };
  StrideDose one_step = { 1, 1, STRIDE_DOSE_UNIT_STEPS, STRIDE_DOSE_PER_DIRECTION };
  g_autoptr(StrideDose) copy = stride_dose_copy (&ok);
  g_autofree char *one_rep_label = stride_dose_format (&ok);
  g_autofree char *one_step_label = stride_dose_format (&one_step);

  g_assert_true (stride_dose_is_valid (&ok));
  g_assert_true (stride_dose_is_valid (copy));
  g_assert_false (stride_dose_is_valid (&empty));
  g_assert_false (stride_dose_is_valid (&reversed));
  g_assert_false (stride_dose_is_valid (&steps_per_set));
  g_assert_false (stride_dose_is_valid (&reps_per_direction));

  /* Singular forms */
  g_assert_cmpstr (one_rep_label, ==, "1 rep");
  g_assert_cmpstr (one_step_label, ==, "1 step in each direction");
}

static GPtrArray *
matching_ids (const char *query)
{
  GListModel *exercises = stride_catalog_get_exercises (stride_catalog_get_default ());
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(StrideExercise) exercise = g_list_model_get_item (exercises, i);

      if (stride_exercise_matches (exercise, query))
        g_ptr_array_add (ids, (gpointer) stride_exercise_get_id (exercise));
    }
  g_ptr_array_add (ids, NULL);

  return ids;
}

static void
assert_matches (const char  *query,
                const char **expected)
{
  g_autoptr(GPtrArray) ids = matching_ids (query);

  g_assert_cmpstrv ((const char * const *) ids->pdata, expected);
}

static void
test_catalog_search (void)
{
  const char *all[] = { "squat", "clamshell", "side-step", "glute-bridge", "hip-extension", NULL };
  const char *donkey[] = { "hip-extension", NULL };
  const char *medius[] = { "squat", "clamshell", "side-step", "glute-bridge", NULL };
  const char *hamstrings[] = { "glute-bridge", NULL };
  const char *side_medius[] = { "side-step", NULL };
  const char *none[] = { NULL };

  assert_matches (NULL, all);
  assert_matches ("", all);
  assert_matches ("   ", all);
  assert_matches ("DONKEY", donkey);
  assert_matches ("medius", medius);
  assert_matches ("Hamstrings", hamstrings);
  /* Every word must match, in any field */
  assert_matches ("side medius", side_medius);
  assert_matches ("side burpee", none);
  assert_matches ("burpee", none);
}

static void
assert_translated (GHashTable *msgids,
                   const char *msgid)
{
  if (msgid != NULL && !g_hash_table_contains (msgids, msgid))
    g_error ("Not translated into German (or not marked for translation): “%s”", msgid);
}

static void
test_catalog_translated (void)
{
  g_autoptr(GHashTable) msgids = stride_test_load_mo_msgids ("de");
  const StrideCatalogEntry *entries;
  guint n_entries;

  entries = stride_catalog_entries_get (&n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      assert_translated (msgids, entries[i].name);
      assert_translated (msgids, entries[i].also_known_as);
      assert_translated (msgids, entries[i].target);
      assert_translated (msgids, entries[i].purpose);
      assert_translated (msgids, entries[i].harder);
      assert_translated (msgids, entries[i].tip);
      assert_translated (msgids, entries[i].look_for);
      for (guint s = 0; entries[i].steps[s] != NULL; s++)
        assert_translated (msgids, entries[i].steps[s]);
    }
}

static void
test_catalog_german (void)
{
  g_autofree char *dose = NULL;
  g_autofree char *side_dose = NULL;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  g_assert_cmpstr (stride_exercise_get_name (lookup ("squat")), ==, "Kniebeugen");
  g_assert_cmpstr (stride_muscle_get_label (STRIDE_MUSCLE_LOWER_BACK), ==, "Unterer Rücken");
  g_assert_cmpstr (stride_equipment_get_label (STRIDE_EQUIPMENT_BAND), ==, "Widerstandsband");
  dose = stride_exercise_dup_dose_label (lookup ("clamshell"));
  g_assert_cmpstr (dose, ==, "12–15 Wiederholungen pro Seite");
  side_dose = stride_exercise_dup_dose_label (lookup ("side-step"));
  g_assert_cmpstr (side_dose, ==, "10–12 Schritte in jede Richtung");

  /* Search works in the language the user sees */
  g_assert_true (stride_exercise_matches (lookup ("squat"), "kniebeu"));
  g_assert_false (stride_exercise_matches (lookup ("squat"), "squats"));
}

/* Every exercise's workout words follow its dose: steps and directions
 * where the guide says "steps in each direction", reps and sides where
 * it says "reps per side", and no side for the others */
static void
test_catalog_dose_words (void)
{
  StrideCatalog *catalog = stride_catalog_get_default ();
  GListModel *exercises = stride_catalog_get_exercises (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(StrideExercise) exercise = g_list_model_get_item (exercises, i);
      const StrideDose *dose = stride_exercise_get_dose (exercise);
      const char *name = stride_exercise_get_name (exercise);
      gboolean steps;
      g_autofree char *left = NULL, *right = NULL, *set = NULL, *count = NULL;
      g_autofree char *planned = NULL, *done_of = NULL, *done = NULL;

      if (dose == NULL)
        continue;
      steps = dose->unit == STRIDE_DOSE_UNIT_STEPS;
      g_assert_cmpint (steps, ==, dose->per == STRIDE_DOSE_PER_DIRECTION);

      left = stride_dose_name_side (dose, name, STRIDE_SIDE_LEFT);
      right = stride_dose_name_side (dose, name, STRIDE_SIDE_RIGHT);
      set = stride_dose_name_set (dose, name, 2, STRIDE_SIDE_LEFT);
      count = stride_dose_format_count_of (dose, 3, 10);
      planned = stride_dose_format_planned (dose, 10);
      done_of = stride_dose_format_done_of (dose, 8, 10);
      done = stride_dose_format_done (dose, 8);
      g_test_message ("%s: %s / %s / %s / %s / %s / %s / %s / %s / %s", stride_exercise_get_id (exercise), left, right,
                      set, count, planned, done_of, done, stride_dose_get_last_one (dose),
                      stride_dose_get_switch_cue (dose));

      g_assert_true (g_str_has_prefix (left, name));
      g_assert_cmpstr (g_str_has_suffix (left, steps ? ", to the left" : ", left side") ? "ok" : left, ==, "ok");
      g_assert_cmpstr (g_str_has_suffix (right, steps ? ", to the right" : ", right side") ? "ok" : right, ==, "ok");
      g_assert_true (g_str_has_suffix (set, steps ? ", set 2, to the left" : ", set 2, left side"));
      g_assert_cmpstr (count, ==, steps ? "Step 3 of 10" : "Rep 3 of 10");
      g_assert_cmpstr (planned, ==, steps ? "10 steps planned" : "10 reps planned");
      g_assert_cmpstr (done_of, ==, steps ? "8 of 10 steps" : "8 of 10 reps");
      g_assert_cmpstr (done, ==, steps ? "8 steps" : "8 reps");
      g_assert_cmpstr (stride_dose_get_last_one (dose), ==, steps ? "Last step" : "Last rep");
      {
        g_autofree char *sets = stride_dose_format_sets (dose, 2, 10);

        g_assert_cmpstr (sets, ==, steps ? "2 × 10 steps in each direction"
                                         : dose->per == STRIDE_DOSE_PER_SIDE ? "2 × 10 reps per side" : "2 × 10 reps");
      }
      g_assert_cmpstr (stride_dose_get_switch_cue (dose), ==, steps ? "Change direction" : "Switch sides");
      g_assert_cmpstr (stride_dose_get_switch_title (dose), ==, steps ? "Change Direction" : "Switch Sides");
    }

  /* Side steps are the guide's only exercise counted in steps */
  g_assert_cmpint (stride_exercise_get_dose (stride_catalog_lookup (catalog, "side-step"))->unit, ==, STRIDE_DOSE_UNIT_STEPS);
  /* Without a dose: reps and sides */
  {
    g_autofree char *plain = stride_dose_name_side (NULL, "Squats", STRIDE_SIDE_NONE);

    g_assert_cmpstr (plain, ==, "Squats");
    g_assert_cmpint (stride_dose_side_from_string ("left"), ==, STRIDE_SIDE_LEFT);
    g_assert_cmpint (stride_dose_side_from_string ("right"), ==, STRIDE_SIDE_RIGHT);
    g_assert_cmpint (stride_dose_side_from_string (NULL), ==, STRIDE_SIDE_NONE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  stride_test_init_language ();

  g_test_add_func ("/stride/catalog/ids", test_catalog_ids);
  g_test_add_func ("/stride/catalog/exercise-fields", test_catalog_exercise_fields);
  g_test_add_func ("/stride/catalog/guide-extras", test_catalog_guide_extras);
  g_test_add_func ("/stride/catalog/self-test-fields", test_catalog_self_test_fields);
  g_test_add_func ("/stride/catalog/doses", test_catalog_doses);
  g_test_add_func ("/stride/catalog/dose-validity", test_catalog_dose_validity);
  g_test_add_func ("/stride/catalog/dose-words", test_catalog_dose_words);
  g_test_add_func ("/stride/catalog/search", test_catalog_search);
  g_test_add_func ("/stride/catalog/translated", test_catalog_translated);
  g_test_add_func ("/stride/catalog/german", test_catalog_german);

  return g_test_run ();
}
