/* stride-search.c
 *
 * Every word the user typed must be found in a result. A word counts
 * most in the name, and more at the start of one of its words than
 * inside one; it counts less in the other words a result is known by.
 * German joins words ("Gesäßbrücke"), so a word of three letters or more
 * is also found inside another. The results go best first; equal ones
 * keep the order the app shows them in: exercises as the library lists
 * them, then routines as the Workout area does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-catalog.h"
#include "stride-routine-library.h"
#include "stride-search.h"

#define EXERCISE_PREFIX "exercise:"
#define ROUTINE_PREFIX  "routine:"

/* Shorter words would be found inside almost anything */
#define MIN_INSIDE_LENGTH 3

/* What a word found in a name or elsewhere adds to a result */
enum
{
  NAME_WORD = 16,
  NAME_START = 12,
  NAME_INSIDE = 6,
  OTHER_WORD = 3,
  OTHER_START = 2,
  OTHER_INSIDE = 1,
};

typedef struct
{
  char *result_id;
  /* The words of the name, and of everything else, folded */
  GPtrArray *name_words;
  GPtrArray *other_words;
  guint order;
  int score;
} Candidate;

static void
candidate_free (Candidate *candidate)
{
  g_free (candidate->result_id);
  g_ptr_array_unref (candidate->name_words);
  g_ptr_array_unref (candidate->other_words);
  g_free (candidate);
}

/* The words of @text in lower case, each also without its accents */
static void
add_words (GPtrArray  *words,
           const char *text)
{
  g_auto(GStrv) tokens = NULL;
  g_auto(GStrv) alternates = NULL;

  if (text == NULL)
    return;

  tokens = g_str_tokenize_and_fold (text, NULL, &alternates);
  for (guint i = 0; tokens[i] != NULL; i++)
    g_ptr_array_add (words, g_strdup (tokens[i]));
  for (guint i = 0; alternates[i] != NULL; i++)
    g_ptr_array_add (words, g_strdup (alternates[i]));
}

static Candidate *
candidate_new (const char *prefix,
               const char *id,
               const char *name,
               guint       order)
{
  Candidate *candidate = g_new0 (Candidate, 1);

  candidate->result_id = g_strconcat (prefix, id, NULL);
  candidate->name_words = g_ptr_array_new_with_free_func (g_free);
  candidate->other_words = g_ptr_array_new_with_free_func (g_free);
  candidate->order = order;
  add_words (candidate->name_words, name);

  return candidate;
}

/* How well one folded word of the query fits @words, 0 if not at all */
static int
score_word (GPtrArray  *words,
            const char *word,
            int         whole,
            int         start,
            int         inside)
{
  int best = 0;
  gboolean may_be_inside = g_utf8_strlen (word, -1) >= MIN_INSIDE_LENGTH;

  for (guint i = 0; i < words->len; i++)
    {
      const char *candidate = words->pdata[i];

      if (g_str_equal (candidate, word))
        return whole;
      if (g_str_has_prefix (candidate, word))
        best = MAX (best, start);
      else if (may_be_inside && strstr (candidate, word) != NULL)
        best = MAX (best, inside);
    }

  return best;
}

/* One folded word of the query, or its form without accents */
static int
score_variants (Candidate   *candidate,
                const char  *word,
                const char  *alternate)
{
  int best = 0;
  const char *variants[] = { word, alternate };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      if (variants[i] == NULL)
        continue;
      best = MAX (best, score_word (candidate->name_words, variants[i], NAME_WORD, NAME_START, NAME_INSIDE));
      best = MAX (best, score_word (candidate->other_words, variants[i], OTHER_WORD, OTHER_START, OTHER_INSIDE));
    }

  return best;
}

/* The words of the query, folded the same way as the candidates' */
static GPtrArray *
fold_terms (const char * const *terms)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; terms != NULL && terms[i] != NULL; i++)
    {
      g_auto(GStrv) tokens = g_str_tokenize_and_fold (terms[i], NULL, NULL);

      for (guint j = 0; tokens[j] != NULL; j++)
        g_ptr_array_add (words, g_strdup (tokens[j]));
    }

  return words;
}

/* Sets the candidate's score: 0 unless every word is found */
static void
score_candidate (Candidate *candidate,
                 GPtrArray *words)
{
  candidate->score = 0;

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = words->pdata[i];
      g_autofree char *alternate = g_str_to_ascii (word, NULL);
      int score = score_variants (candidate, word, g_str_equal (alternate, word) ? NULL : alternate);

      if (score == 0)
        {
          candidate->score = 0;
          return;
        }
      candidate->score += score;
    }
}

static void
add_exercise_candidates (GPtrArray *candidates)
{
  GListModel *exercises = stride_catalog_get_exercises (stride_catalog_get_default ());

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(StrideExercise) exercise = g_list_model_get_item (exercises, i);
      Candidate *candidate = candidate_new (EXERCISE_PREFIX, stride_exercise_get_id (exercise),
                                            stride_exercise_get_name (exercise), candidates->len);

      add_words (candidate->other_words, stride_exercise_get_also_known_as (exercise));
      add_words (candidate->other_words, stride_exercise_get_target (exercise));
      add_words (candidate->other_words, stride_exercise_get_harder (exercise));
      for (guint m = 0; m < STRIDE_MUSCLE_N_MUSCLES; m++)
        {
          StrideMuscle muscle = stride_muscle_from_index (m);

          if (stride_exercise_get_muscles (exercise) & muscle)
            add_words (candidate->other_words, stride_muscle_get_label (muscle));
        }

      g_ptr_array_add (candidates, candidate);
    }
}

static void
add_routine_candidates (GPtrArray   *candidates,
                        StrideStore *store)
{
  g_autoptr(GPtrArray) routines = stride_routine_library_list (store);
  StrideCatalog *catalog = stride_catalog_get_default ();

  for (guint i = 0; i < routines->len; i++)
    {
      StrideRoutine *routine = routines->pdata[i];
      Candidate *candidate = candidate_new (ROUTINE_PREFIX, stride_routine_get_id (routine),
                                            stride_routine_get_name (routine), candidates->len);

      for (guint j = 0; j < stride_routine_get_n_items (routine); j++)
        {
          StrideExercise *exercise = stride_catalog_lookup (catalog, stride_routine_get_item (routine, j)->exercise_id);

          if (exercise != NULL)
            add_words (candidate->other_words, stride_exercise_get_name (exercise));
        }

      g_ptr_array_add (candidates, candidate);
    }
}

static int
compare_best_first (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = *(Candidate **) a, *y = *(Candidate **) b;

  if (x->score != y->score)
    return y->score - x->score;

  return (x->order > y->order) - (x->order < y->order);
}

/* The matching results of @candidates, best first; only those in
 * @allowed if it is given */
static GStrv
rank (GPtrArray          *candidates,
      const char * const *terms,
      const char * const *allowed)
{
  g_autoptr(GPtrArray) words = fold_terms (terms);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  /* Nothing asked, nothing found: the desktop shows no list of everything */
  if (words->len == 0)
    return g_strv_builder_end (builder);

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = candidates->pdata[i];

      if (allowed != NULL && !g_strv_contains (allowed, candidate->result_id))
        continue;

      score_candidate (candidate, words);
      if (candidate->score > 0)
        g_ptr_array_add (found, candidate);
    }

  g_ptr_array_sort (found, compare_best_first);
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (builder, ((Candidate *) found->pdata[i])->result_id);

  return g_strv_builder_end (builder);
}

static GPtrArray *
list_candidates (StrideStore *store)
{
  GPtrArray *candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) candidate_free);

  add_exercise_candidates (candidates);
  add_routine_candidates (candidates, store);

  return candidates;
}

/**
 * stride_search_find:
 * @store: (nullable): the user's progress, for their own routines
 * @terms: the words typed
 *
 * Returns: (transfer full): the IDs of the exercises and routines that
 *   match every word, best first; empty, never %NULL
 */
GStrv
stride_search_find (StrideStore        *store,
                    const char * const *terms)
{
  g_autoptr(GPtrArray) candidates = NULL;

  g_return_val_if_fail (store == NULL || STRIDE_IS_STORE (store), NULL);

  candidates = list_candidates (store);

  return rank (candidates, terms, NULL);
}

/**
 * stride_search_refine:
 * @previous: the results of the words typed before
 *
 * Narrows down @previous as the user types on.
 *
 * Returns: (transfer full): those of @previous that match every word of
 *   @terms, best first
 */
GStrv
stride_search_refine (StrideStore        *store,
                      const char * const *previous,
                      const char * const *terms)
{
  g_autoptr(GPtrArray) candidates = NULL;

  g_return_val_if_fail (store == NULL || STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (previous != NULL, NULL);

  candidates = list_candidates (store);

  return rank (candidates, terms, previous);
}

/**
 * stride_search_parse_result:
 * @id: (out) (transfer none): the exercise's or routine's own ID, within
 *   @result_id
 *
 * Returns: what @result_id names, or %STRIDE_SEARCH_RESULT_NONE if it is
 *   not a result's ID
 */
StrideSearchResultKind
stride_search_parse_result (const char  *result_id,
                            const char **id)
{
  StrideSearchResultKind kind = STRIDE_SEARCH_RESULT_NONE;
  const char *rest = NULL;

  g_return_val_if_fail (result_id != NULL, STRIDE_SEARCH_RESULT_NONE);

  if (g_str_has_prefix (result_id, EXERCISE_PREFIX))
    {
      kind = STRIDE_SEARCH_RESULT_EXERCISE;
      rest = result_id + strlen (EXERCISE_PREFIX);
    }
  else if (g_str_has_prefix (result_id, ROUTINE_PREFIX))
    {
      kind = STRIDE_SEARCH_RESULT_ROUTINE;
      rest = result_id + strlen (ROUTINE_PREFIX);
    }

  if (rest == NULL || *rest == '\0')
    return STRIDE_SEARCH_RESULT_NONE;

  if (id != NULL)
    *id = rest;

  return kind;
}

static char *
describe_exercise (StrideExercise *exercise)
{
  g_autofree char *dose = stride_exercise_dup_dose_label (exercise);

  if (dose == NULL)
    return g_strdup (stride_exercise_get_target (exercise));

  /* e.g. "Gluteus medius · 12–15 reps per side" */
  return g_strdup_printf ("%s · %s", stride_exercise_get_target (exercise), dose);
}

/* As the Workout area says it, e.g. "5 exercises · 20 minutes" */
static char *
describe_routine (StrideRoutine *routine)
{
  return stride_routine_dup_summary (routine);
}

/**
 * stride_search_describe_result:
 * @name: (out) (transfer full): the exercise's or routine's name
 * @description: (out) (transfer full): a line about it: what an exercise
 *   works and how much of it, a routine's length
 *
 * Returns: %FALSE if there is no such exercise or routine (any more)
 */
gboolean
stride_search_describe_result (StrideStore  *store,
                               const char   *result_id,
                               char        **name,
                               char        **description)
{
  const char *id = NULL;

  g_return_val_if_fail (store == NULL || STRIDE_IS_STORE (store), FALSE);
  g_return_val_if_fail (result_id != NULL, FALSE);
  g_return_val_if_fail (name != NULL && description != NULL, FALSE);

  switch (stride_search_parse_result (result_id, &id))
    {
    case STRIDE_SEARCH_RESULT_EXERCISE:
      {
        StrideExercise *exercise = stride_catalog_lookup (stride_catalog_get_default (), id);

        if (exercise == NULL || stride_exercise_get_kind (exercise) != STRIDE_EXERCISE_KIND_EXERCISE)
          return FALSE;
        *name = g_strdup (stride_exercise_get_name (exercise));
        *description = describe_exercise (exercise);
        return TRUE;
      }

    case STRIDE_SEARCH_RESULT_ROUTINE:
      {
        g_autoptr(StrideRoutine) routine = stride_routine_library_lookup (store, id, NULL);

        if (routine == NULL)
          return FALSE;
        *name = g_strdup (stride_routine_get_name (routine));
        *description = describe_routine (routine);
        return TRUE;
      }

    case STRIDE_SEARCH_RESULT_NONE:
    default:
      return FALSE;
    }
}
