/* stride-self-test.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-self-test.h"

#define SECOND G_USEC_PER_SEC

/* Both tests end alike: pain brings the specialist's advice */
#define PAIN_QUESTION \
  { \
    .kind = STRIDE_SELF_TEST_STEP_QUESTION, \
    .title = N_("Did anything hurt?"), \
    .text = N_("Pain in your hips, knees or lower back during the test."), \
    .answer_key = "pain", \
    .yes_label = N_("Yes, it hurt"), \
    .no_label = N_("No pain"), \
  }

#define RESULT_STEP \
  { \
    .kind = STRIDE_SELF_TEST_STEP_RESULT, \
    .title = N_("Your Result"), \
  }

static const StrideSelfTestStep squat_steps[] = {
  {
    .kind = STRIDE_SELF_TEST_STEP_INTRO,
    .title = N_("Standing Deep Squat Test"),
    .text = N_("This test shows whether tight or weak hips keep you from squatting deeply. It takes about a minute: you squat once and hold at the bottom for 5 seconds, then answer three questions."),
    .movement_id = "squat-test",
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_SETUP,
    .title = N_("Get into Position"),
    .text = N_("Stand with feet slightly wider than hip-width, arms overhead."),
    .movement_id = "squat-test",
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_PERFORM,
    .title = N_("Squat Deeply"),
    .text = N_("When the countdown ends, squat deeply, trying to bring your glutes close to your heels. Hold at the bottom until the time is up."),
    .movement_id = "squat-test",
    .get_ready_seconds = 5,
    .hold_seconds = 5,
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_QUESTION,
    .title = N_("Did you reach depth?"),
    .text = N_("Your glutes came close to your heels."),
    .answer_key = "depth",
    .yes_label = N_("Yes, I reached depth"),
    .no_label = N_("No, I could not get that low"),
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_QUESTION,
    .title = N_("Did you fall backward?"),
    .text = N_("Or did you lose your balance on the way down or up?"),
    .answer_key = "fell_backward",
    .yes_label = N_("Yes, I fell backward or lost my balance"),
    .no_label = N_("No, I stayed balanced"),
  },
  PAIN_QUESTION,
  RESULT_STEP,
};

static const StrideSelfTestStep bridge_steps[] = {
  {
    .kind = STRIDE_SELF_TEST_STEP_INTRO,
    .title = N_("Hip Bridge Test"),
    .text = N_("This test shows whether one side of your hips may be weaker than the other. You hold a bridge with one foot lifted for 10 seconds, first the right foot, then the left, and say whether your hips dropped or tilted."),
    .movement_id = "bridge-test",
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_SETUP,
    .title = N_("Get into Position"),
    .text = N_("Lie on your back with knees bent, feet hip-width apart."),
    .movement_id = "bridge-test",
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_PERFORM,
    .title = N_("Lift Your Right Foot"),
    .text = N_("Lift your hips into a bridge. When the countdown ends, lift your right foot slightly off the ground and hold until the time is up."),
    .movement_id = "bridge-test",
    .get_ready_seconds = 5,
    .hold_seconds = 10,
    .side = STRIDE_SIDE_RIGHT,
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_QUESTION,
    .title = N_("Did your hips drop or tilt?"),
    .text = N_("While your right foot was off the ground."),
    .movement_id = "bridge-test-drop",
    .side = STRIDE_SIDE_RIGHT,
    .answer_key = "right_dropped",
    .yes_label = N_("Yes, they dropped or tilted"),
    .no_label = N_("No, they stayed level"),
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_PERFORM,
    .title = N_("Lift Your Left Foot"),
    .text = N_("Lift your hips into a bridge. When the countdown ends, lift your left foot slightly off the ground and hold until the time is up."),
    .movement_id = "bridge-test",
    .get_ready_seconds = 5,
    .hold_seconds = 10,
    .side = STRIDE_SIDE_LEFT,
  },
  {
    .kind = STRIDE_SELF_TEST_STEP_QUESTION,
    .title = N_("Did your hips drop or tilt?"),
    .text = N_("While your left foot was off the ground."),
    .movement_id = "bridge-test-drop",
    .side = STRIDE_SIDE_LEFT,
    .answer_key = "left_dropped",
    .yes_label = N_("Yes, they dropped or tilted"),
    .no_label = N_("No, they stayed level"),
  },
  PAIN_QUESTION,
  RESULT_STEP,
};

typedef struct
{
  const char *id;
  const char *title;
  const char *text;
  const char *focus[STRIDE_SELF_TEST_MAX_FOCUS];
  StrideSide  weaker;
} OutcomeInfo;

/* Indexed by StrideSelfTestOutcome */
static const OutcomeInfo outcomes[] = {
  {
    "ok",
    N_("No sign of tight or weak hips"),
    N_("You reached depth without falling backward. Keep your hips strong with the exercises 2–3 times per week."),
    { NULL },
    STRIDE_SIDE_NONE,
  },
  {
    "tight-or-weak",
    N_("You may have tight or weak hips"),
    N_("If you fall backward or can’t reach depth, you may have tight or weak hips. Focus on squats and glute bridges, which work the glutes that take you down to depth and back up."),
    { "squat", "glute-bridge", NULL },
    STRIDE_SIDE_NONE,
  },
  {
    "balanced",
    N_("Neither side looks weaker"),
    N_("Your hips stayed level with either foot lifted. Keep both sides strong with the exercises 2–3 times per week."),
    { NULL },
    STRIDE_SIDE_NONE,
  },
  {
    "left-weaker",
    N_("Your left side may be weaker"),
    N_("Your hips dropped or tilted when your left foot lifted, so that side may be weaker. Focus on clamshells and banded side steps for the gluteus medius, which stabilizes your hips during each step. The weaker-side routine adds a set on your left side."),
    { "clamshell", "side-step", NULL },
    STRIDE_SIDE_LEFT,
  },
  {
    "right-weaker",
    N_("Your right side may be weaker"),
    N_("Your hips dropped or tilted when your right foot lifted, so that side may be weaker. Focus on clamshells and banded side steps for the gluteus medius, which stabilizes your hips during each step. The weaker-side routine adds a set on your right side."),
    { "clamshell", "side-step", NULL },
    STRIDE_SIDE_RIGHT,
  },
  {
    "both-weaker",
    N_("Both sides may be weaker"),
    N_("Your hips dropped or tilted with either foot lifted, so both sides may be weaker. Focus on clamshells and banded side steps for the gluteus medius, which stabilizes your hips during each step."),
    { "clamshell", "side-step", NULL },
    STRIDE_SIDE_NONE,
  },
};

static const StrideSelfTestStep *
get_steps (StrideSelfTestKind  kind,
           guint              *n_steps)
{
  if (kind == STRIDE_SELF_TEST_BRIDGE)
    {
      *n_steps = G_N_ELEMENTS (bridge_steps);
      return bridge_steps;
    }

  *n_steps = G_N_ELEMENTS (squat_steps);
  return squat_steps;
}

/**
 * stride_self_test_kind_get_id:
 *
 * Returns: the catalog ID of the test, "squat-test" or "bridge-test"
 */
const char *
stride_self_test_kind_get_id (StrideSelfTestKind kind)
{
  return kind == STRIDE_SELF_TEST_BRIDGE ? "bridge-test" : "squat-test";
}

/**
 * stride_self_test_kind_from_id:
 * @id: "squat-test" or "bridge-test"; "squat" and "bridge" as well, as
 *   the command line says them
 */
gboolean
stride_self_test_kind_from_id (const char         *id,
                               StrideSelfTestKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_strcmp0 (id, "squat-test") == 0 || g_strcmp0 (id, "squat") == 0)
    *kind = STRIDE_SELF_TEST_SQUAT;
  else if (g_strcmp0 (id, "bridge-test") == 0 || g_strcmp0 (id, "bridge") == 0)
    *kind = STRIDE_SELF_TEST_BRIDGE;
  else
    return FALSE;

  return TRUE;
}

guint
stride_self_test_get_n_steps (StrideSelfTestKind kind)
{
  guint n_steps;

  get_steps (kind, &n_steps);
  return n_steps;
}

const StrideSelfTestStep *
stride_self_test_get_step (StrideSelfTestKind kind,
                           guint              index)
{
  guint n_steps;
  const StrideSelfTestStep *steps = get_steps (kind, &n_steps);

  g_return_val_if_fail (index < n_steps, NULL);

  return &steps[index];
}

/**
 * stride_self_test_translate:
 * @text: (nullable): a string of a step or an outcome
 *
 * Returns: (nullable): @text in the user's language
 */
const char *
stride_self_test_translate (const char *text)
{
  return text != NULL ? g_dgettext (GETTEXT_PACKAGE, text) : NULL;
}

static gboolean
get_answer (JsonObject *answers,
            const char *key,
            gboolean   *value)
{
  JsonNode *node = answers != NULL ? json_object_get_member (answers, key) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FALSE;

  *value = json_node_get_boolean (node);
  return TRUE;
}

/**
 * stride_self_test_is_complete:
 * @answers: (nullable): answers by key, booleans
 *
 * Returns: whether every question of the test has an answer
 */
gboolean
stride_self_test_is_complete (StrideSelfTestKind  kind,
                              JsonObject         *answers)
{
  guint n_steps;
  const StrideSelfTestStep *steps = get_steps (kind, &n_steps);

  for (guint i = 0; i < n_steps; i++)
    {
      gboolean value;

      if (steps[i].kind == STRIDE_SELF_TEST_STEP_QUESTION && !get_answer (answers, steps[i].answer_key, &value))
        return FALSE;
    }

  return TRUE;
}

/**
 * stride_self_test_evaluate:
 * @answers: (nullable): answers by key, booleans
 * @outcome: (out): what the answers mean
 *
 * Returns: %FALSE if a question that decides the outcome has no answer
 */
gboolean
stride_self_test_evaluate (StrideSelfTestKind     kind,
                           JsonObject            *answers,
                           StrideSelfTestOutcome *outcome)
{
  g_return_val_if_fail (outcome != NULL, FALSE);

  if (kind == STRIDE_SELF_TEST_SQUAT)
    {
      gboolean depth, fell;

      if (!get_answer (answers, "depth", &depth) || !get_answer (answers, "fell_backward", &fell))
        return FALSE;

      /* The guide: if you fall backward or can't reach depth */
      *outcome = (fell || !depth) ? STRIDE_SELF_TEST_OUTCOME_SQUAT_TIGHT_OR_WEAK
                                  : STRIDE_SELF_TEST_OUTCOME_SQUAT_OK;
    }
  else
    {
      gboolean right, left;

      if (!get_answer (answers, "right_dropped", &right) || !get_answer (answers, "left_dropped", &left))
        return FALSE;

      /* The guide: if your hips drop or tilt, that side may be weaker */
      if (right && left)
        *outcome = STRIDE_SELF_TEST_OUTCOME_BRIDGE_BOTH_WEAKER;
      else if (right)
        *outcome = STRIDE_SELF_TEST_OUTCOME_BRIDGE_RIGHT_WEAKER;
      else if (left)
        *outcome = STRIDE_SELF_TEST_OUTCOME_BRIDGE_LEFT_WEAKER;
      else
        *outcome = STRIDE_SELF_TEST_OUTCOME_BRIDGE_BALANCED;
    }

  return TRUE;
}

/**
 * stride_self_test_had_pain:
 * @answers: (nullable): answers by key
 *
 * Returns: whether the runner felt pain during the test, which brings
 *   the guide's advice to see a specialist
 */
gboolean
stride_self_test_had_pain (JsonObject *answers)
{
  gboolean pain = FALSE;

  return get_answer (answers, "pain", &pain) && pain;
}

const char *
stride_self_test_outcome_get_id (StrideSelfTestOutcome outcome)
{
  g_return_val_if_fail (outcome < G_N_ELEMENTS (outcomes), NULL);

  return outcomes[outcome].id;
}

gboolean
stride_self_test_outcome_from_id (const char            *id,
                                  StrideSelfTestOutcome *outcome)
{
  g_return_val_if_fail (outcome != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      if (g_strcmp0 (outcomes[i].id, id) == 0)
        {
          *outcome = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * stride_self_test_outcome_get_title:
 *
 * Returns: the outcome in a few words, translated
 */
const char *
stride_self_test_outcome_get_title (StrideSelfTestOutcome outcome)
{
  g_return_val_if_fail (outcome < G_N_ELEMENTS (outcomes), NULL);

  return stride_self_test_translate (outcomes[outcome].title);
}

/**
 * stride_self_test_outcome_get_text:
 *
 * Returns: what the outcome means and what to do, translated
 */
const char *
stride_self_test_outcome_get_text (StrideSelfTestOutcome outcome)
{
  g_return_val_if_fail (outcome < G_N_ELEMENTS (outcomes), NULL);

  return stride_self_test_translate (outcomes[outcome].text);
}

/* What the squat test's answers say, one text for each way of missing
 * the mark, in the guide's terms: falling backward or not reaching depth
 * may mean tight or weak hips */
static const char *squat_answer_texts[2][2] = {
  /* [reached depth][fell backward] */
  {
    N_("You could not bring your glutes close to your heels, though you stayed balanced. Not reaching depth can mean tight or weak hips. Focus on squats and glute bridges, which work the glutes that take you down to depth and back up."),
    N_("You could not reach depth, and you fell backward or lost your balance. Both can mean tight or weak hips. Focus on squats and glute bridges, which work the glutes that take you down to depth and back up."),
  },
  {
    NULL, /* the outcome's own text: no sign of tight or weak hips */
    N_("You reached depth, but you fell backward or lost your balance. Falling backward can mean tight or weak hips. Focus on squats and glute bridges, which work the glutes that take you down to depth and back up."),
  },
};

/**
 * stride_self_test_describe_result:
 * @answers: (nullable): the answers given
 *
 * Returns: (nullable): what the answers mean and what to do, speaking to
 *   what was answered, translated; %NULL if they decide no outcome
 */
const char *
stride_self_test_describe_result (StrideSelfTestKind  kind,
                                  JsonObject         *answers)
{
  StrideSelfTestOutcome outcome;

  if (!stride_self_test_evaluate (kind, answers, &outcome))
    return NULL;

  if (kind == STRIDE_SELF_TEST_SQUAT)
    {
      gboolean depth = FALSE, fell = FALSE;
      const char *text;

      get_answer (answers, "depth", &depth);
      get_answer (answers, "fell_backward", &fell);
      text = squat_answer_texts[depth ? 1 : 0][fell ? 1 : 0];
      if (text != NULL)
        return stride_self_test_translate (text);
    }

  return stride_self_test_outcome_get_text (outcome);
}

/**
 * stride_self_test_outcome_get_focus:
 * @focus: (out) (array length=return value) (transfer none): catalog IDs
 *   of the exercises to focus on
 *
 * Returns: how many there are; none when nothing stands out
 */
guint
stride_self_test_outcome_get_focus (StrideSelfTestOutcome   outcome,
                                    const char * const    **focus)
{
  guint n = 0;

  g_return_val_if_fail (outcome < G_N_ELEMENTS (outcomes), 0);
  g_return_val_if_fail (focus != NULL, 0);

  while (n < STRIDE_SELF_TEST_MAX_FOCUS && outcomes[outcome].focus[n] != NULL)
    n++;

  *focus = outcomes[outcome].focus;
  return n;
}

/**
 * stride_self_test_outcome_get_weaker_side:
 *
 * Returns: the one side a bridge test found weaker, else %STRIDE_SIDE_NONE
 */
StrideSide
stride_self_test_outcome_get_weaker_side (StrideSelfTestOutcome outcome)
{
  g_return_val_if_fail (outcome < G_N_ELEMENTS (outcomes), STRIDE_SIDE_NONE);

  return outcomes[outcome].weaker;
}

/**
 * stride_self_test_get_specialist_advice:
 *
 * Returns: the guide's "When to See a Specialist", translated
 */
const char *
stride_self_test_get_specialist_advice (void)
{
  return _("You felt pain during the test. If you’re experiencing persistent hip, knee, or lower back pain while running, consider seeing a physical therapist or orthopedic specialist. They can assess your gait, identify muscle imbalances, and tailor a strength program to your unique needs.");
}

/* Only the answers to the test's own questions are kept */
static JsonObject *
copy_answers (StrideSelfTestKind  kind,
              JsonObject         *answers)
{
  JsonObject *copy = json_object_new ();
  guint n_steps;
  const StrideSelfTestStep *steps = get_steps (kind, &n_steps);

  for (guint i = 0; i < n_steps; i++)
    {
      gboolean value;

      if (steps[i].kind == STRIDE_SELF_TEST_STEP_QUESTION && get_answer (answers, steps[i].answer_key, &value))
        json_object_set_boolean_member (copy, steps[i].answer_key, value);
    }

  return copy;
}

/**
 * stride_self_test_new_result:
 * @answers: every answer of the test
 * @taken: when the test was taken
 *
 * Returns: (transfer full) (nullable): the result record to store, or
 *   %NULL if @answers do not decide an outcome
 */
JsonObject *
stride_self_test_new_result (StrideSelfTestKind  kind,
                             JsonObject         *answers,
                             GDateTime          *taken)
{
  StrideSelfTestOutcome outcome;
  g_autofree char *id = NULL;
  g_autofree char *when = NULL;
  JsonObject *result;
  JsonObject *copy;

  g_return_val_if_fail (taken != NULL, NULL);

  if (!stride_self_test_is_complete (kind, answers) || !stride_self_test_evaluate (kind, answers, &outcome))
    return NULL;

  /* A random UUID, as the store gives every record; made here because
   * the store reads these rules to check the results it loads */
  id = g_uuid_string_random ();
  when = g_date_time_format_iso8601 (taken);
  copy = copy_answers (kind, answers);

  result = json_object_new ();
  json_object_set_string_member (result, "id", id);
  json_object_set_string_member (result, "test", stride_self_test_kind_get_id (kind));
  json_object_set_string_member (result, "taken", when);
  json_object_set_object_member (result, "answers", copy);
  json_object_set_string_member (result, "outcome", stride_self_test_outcome_get_id (outcome));

  return result;
}

/**
 * stride_self_test_result_dup_taken:
 * @result: a stored result
 *
 * Returns: (transfer full) (nullable): when the test was taken, or %NULL
 *   if the result has no valid date
 */
GDateTime *
stride_self_test_result_dup_taken (JsonObject *result)
{
  const char *taken;

  g_return_val_if_fail (result != NULL, NULL);

  taken = json_object_get_string_member_with_default (result, "taken", NULL);
  return taken != NULL ? g_date_time_new_from_iso8601 (taken, NULL) : NULL;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  JsonObject *result_a = *(JsonObject **) a;
  JsonObject *result_b = *(JsonObject **) b;
  g_autoptr(GDateTime) taken_a = stride_self_test_result_dup_taken (result_a);
  g_autoptr(GDateTime) taken_b = stride_self_test_result_dup_taken (result_b);

  return g_date_time_compare (taken_b, taken_a);
}

/**
 * stride_self_test_list_results:
 * @results: (element-type JsonObject): stored results of every test
 *
 * Returns: (transfer container) (element-type JsonObject): the results of
 *   the @kind test that have a date and an outcome Stride knows, newest
 *   first
 */
GPtrArray *
stride_self_test_list_results (GPtrArray          *results,
                               StrideSelfTestKind  kind)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  const char *test = stride_self_test_kind_get_id (kind);

  g_return_val_if_fail (results != NULL, list);

  for (guint i = 0; i < results->len; i++)
    {
      JsonObject *result = results->pdata[i];
      g_autoptr(GDateTime) taken = stride_self_test_result_dup_taken (result);
      StrideSelfTestOutcome outcome;
      StrideSelfTestKind outcome_kind;

      /* A result another version wrote, or one damaged by hand, is kept in
       * the file but not shown as if it meant something */
      if (taken == NULL
          || g_strcmp0 (json_object_get_string_member_with_default (result, "test", NULL), test) != 0
          || !stride_self_test_outcome_from_id (json_object_get_string_member_with_default (result, "outcome", NULL), &outcome))
        continue;

      outcome_kind = outcome >= STRIDE_SELF_TEST_OUTCOME_BRIDGE_BALANCED ? STRIDE_SELF_TEST_BRIDGE : STRIDE_SELF_TEST_SQUAT;
      if (outcome_kind != kind)
        continue;

      g_ptr_array_add (list, json_object_ref (result));
    }

  g_ptr_array_sort (list, compare_newest_first);

  return list;
}

/**
 * stride_self_test_find_weaker_side:
 * @results: (element-type JsonObject): stored results of every test
 *
 * Returns: the side the latest bridge test found weaker, or
 *   %STRIDE_SIDE_NONE if none did, or there is no bridge test yet
 */
StrideSide
stride_self_test_find_weaker_side (GPtrArray *results)
{
  g_autoptr(GPtrArray) bridge = stride_self_test_list_results (results, STRIDE_SELF_TEST_BRIDGE);
  StrideSelfTestOutcome outcome;

  if (bridge->len == 0
      || !stride_self_test_outcome_from_id (json_object_get_string_member (bridge->pdata[0], "outcome"), &outcome))
    return STRIDE_SIDE_NONE;

  return stride_self_test_outcome_get_weaker_side (outcome);
}

/**
 * stride_self_test_explain_no_weaker_side:
 * @results: (element-type JsonObject): stored results of every test
 *
 * The weaker-side routine is made from the latest bridge test; without
 * one that found one side weaker there is none, and this says why.
 *
 * Returns: (nullable): why there is no weaker-side routine, translated,
 *   or %NULL if the latest bridge test found one side weaker
 */
const char *
stride_self_test_explain_no_weaker_side (GPtrArray *results)
{
  g_autoptr(GPtrArray) bridge = NULL;
  StrideSelfTestOutcome outcome;

  g_return_val_if_fail (results != NULL, NULL);

  bridge = stride_self_test_list_results (results, STRIDE_SELF_TEST_BRIDGE);
  if (bridge->len == 0
      || !stride_self_test_outcome_from_id (json_object_get_string_member (bridge->pdata[0], "outcome"), &outcome))
    return _("The bridge self-test finds out whether one side of your hips may be weaker. Take it, and this routine adds an extra set on that side.");

  switch (outcome)
    {
    case STRIDE_SELF_TEST_OUTCOME_BRIDGE_LEFT_WEAKER:
    case STRIDE_SELF_TEST_OUTCOME_BRIDGE_RIGHT_WEAKER:
      return NULL;
    case STRIDE_SELF_TEST_OUTCOME_BRIDGE_BOTH_WEAKER:
      return _("Your latest bridge test found that both sides may be weaker, so no one side needs more: the full routine works both sides alike.");
    case STRIDE_SELF_TEST_OUTCOME_BRIDGE_BALANCED:
    case STRIDE_SELF_TEST_OUTCOME_SQUAT_OK:
    case STRIDE_SELF_TEST_OUTCOME_SQUAT_TIGHT_OR_WEAK:
    default:
      return _("Your latest bridge test found neither side weaker, so no one side needs more: the full routine works both sides alike.");
    }
}

static void
add_cue (GArray        *cues,
         StrideCueKind  kind,
         gint64         offset,
         guint          number,
         const char    *exercise_id,
         StrideSide     side)
{
  StrideCue cue = { .kind = kind, .offset = offset, .number = number, .exercise_id = exercise_id, .side = side };

  g_array_append_val (cues, cue);
}

/**
 * stride_self_test_step_get_cues:
 * @step: a timed step
 *
 * The sounds of a timed hold, at their offsets from its start: the test's
 * name (and the foot that lifts), the countdown, go, halfway, and done.
 *
 * Returns: (transfer full) (element-type StrideCue): the cues, in order
 */
GArray *
stride_self_test_step_get_cues (const StrideSelfTestStep *step,
                                StrideSelfTestKind        kind)
{
  GArray *cues = g_array_new (FALSE, FALSE, sizeof (StrideCue));
  const char *id = stride_self_test_kind_get_id (kind);
  gint64 go;

  g_return_val_if_fail (step != NULL, cues);

  if (step->kind != STRIDE_SELF_TEST_STEP_PERFORM)
    return cues;

  go = step->get_ready_seconds * SECOND;
  add_cue (cues, STRIDE_CUE_ANNOUNCE, 0, 0, id, step->side);
  for (guint n = MIN (3, step->get_ready_seconds); n >= 1; n--)
    add_cue (cues, STRIDE_CUE_COUNTDOWN, go - n * SECOND, n, id, step->side);
  add_cue (cues, STRIDE_CUE_GO, go, 0, id, step->side);
  add_cue (cues, STRIDE_CUE_HALFWAY, go + step->hold_seconds * SECOND / 2, 0, id, step->side);
  add_cue (cues, STRIDE_CUE_EXERCISE_DONE, go + step->hold_seconds * SECOND, 0, id, step->side);

  return cues;
}
