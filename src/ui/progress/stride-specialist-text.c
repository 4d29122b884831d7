/* stride-specialist-text.c
 *
 * The words of the advice to see a specialist: why it is given (pain in
 * the sessions, during a self-test, or both), then the guide's "When to
 * See a Specialist". Kept apart from the code that shows it because the
 * self-test rules and the statistics name their tests alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-catalog.h"
#include "stride-date-text.h"
#include "stride-record.h"
#include "stride-self-test.h"
#include "stride-specialist-text.h"

/* "the Hip Bridge Test on 25 November 2026": which self-test hurt, as
 * the Progress page, unlike its result page, has no test in view */
static char *
dup_self_test_text (JsonObject *result)
{
  StrideExercise *test = stride_catalog_lookup (stride_catalog_get_default (),
                                                stride_record_get_string (result, "test"));
  g_autoptr(GDateTime) taken = stride_self_test_result_dup_taken (result);
  g_autoptr(GDateTime) local = taken != NULL ? g_date_time_to_local (taken) : NULL;
  g_autofree char *day = local != NULL ? stride_date_text_format_day (local) : NULL;

  if (test == NULL || day == NULL)
    return NULL;

  /* Translators: a self-test, then the day it was taken, e.g. "the Hip
   * Bridge Test on 25 November 2026"; it follows "you felt pain during" */
  return g_strdup_printf (_("the %s on %s"), stride_exercise_get_name (test), day);
}

/**
 * stride_specialist_text_dup:
 * @reason: why a specialist should be seen, not NONE
 * @latest_result: (nullable): the latest self-test's result, which hurt
 *   if @reason says so
 *
 * Returns: (transfer full): the advice, translated
 */
char *
stride_specialist_text_dup (StrideSpecialistReason  reason,
                            JsonObject             *latest_result)
{
  g_autofree char *self_test = NULL;
  g_autofree char *why = NULL;
  /* The guide's "When to See a Specialist" */
  const char *guide = _("If you’re experiencing persistent hip, knee, or lower back pain while running, consider seeing a physical therapist or orthopedic specialist. They can assess your gait, identify muscle imbalances, and tailor a strength program to your unique needs.");

  if ((reason & STRIDE_SPECIALIST_REASON_SELF_TEST_PAIN) && latest_result != NULL)
    self_test = dup_self_test_text (latest_result);

  if (!(reason & STRIDE_SPECIALIST_REASON_SESSION_PAIN))
    {
      /* The self-test's own words, as its result page gives them */
      if (self_test == NULL)
        return g_strdup (stride_self_test_get_specialist_advice ());

      /* Translators: %s is a self-test and its day, e.g. "the Hip Bridge
       * Test on 25 November 2026" */
      why = g_strdup_printf (_("You felt pain during %s."), self_test);
    }
  else if (self_test != NULL)
    /* Translators: the numbers are 2 and 3; %s is a self-test and its
     * day, e.g. "the Hip Bridge Test on 25 November 2026" */
    why = g_strdup_printf (_("You reported pain in %u of your last %u sessions, and you felt pain during %s."),
                           STRIDE_ADVICE_PAIN_SESSIONS, STRIDE_ADVICE_PAIN_WINDOW, self_test);
  else if (reason & STRIDE_SPECIALIST_REASON_SELF_TEST_PAIN)
    /* Translators: the numbers are 2 and 3 */
    why = g_strdup_printf (_("You reported pain in %u of your last %u sessions, and you felt pain during your latest self-test."),
                           STRIDE_ADVICE_PAIN_SESSIONS, STRIDE_ADVICE_PAIN_WINDOW);
  else
    /* Translators: the numbers are 2 and 3 */
    why = g_strdup_printf (_("You reported pain in %u of your last %u sessions."),
                           STRIDE_ADVICE_PAIN_SESSIONS, STRIDE_ADVICE_PAIN_WINDOW);

  return g_strdup_printf ("%s %s", why, guide);
}
