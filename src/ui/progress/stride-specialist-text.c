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

#include "stride-self-test.h"
#include "stride-specialist-text.h"

/**
 * stride_specialist_text_dup:
 * @reason: why a specialist should be seen, not NONE
 *
 * Returns: (transfer full): the advice, translated
 */
char *
stride_specialist_text_dup (StrideSpecialistReason reason)
{
  const char *guide;
  g_autofree char *why = NULL;

  /* The self-test's own words, as its result page gives them */
  if (!(reason & STRIDE_SPECIALIST_REASON_SESSION_PAIN))
    return g_strdup (stride_self_test_get_specialist_advice ());

  /* The guide's "When to See a Specialist" */
  guide = _("If you’re experiencing persistent hip, knee, or lower back pain while running, consider seeing a physical therapist or orthopedic specialist. They can assess your gait, identify muscle imbalances, and tailor a strength program to your unique needs.");

  if (reason & STRIDE_SPECIALIST_REASON_SELF_TEST_PAIN)
    /* Translators: the numbers are 2 and 3 */
    why = g_strdup_printf (_("You reported pain in %u of your last %u sessions, and you felt pain during your latest self-test."),
                           STRIDE_ADVICE_PAIN_SESSIONS, STRIDE_ADVICE_PAIN_WINDOW);
  else
    /* Translators: the numbers are 2 and 3 */
    why = g_strdup_printf (_("You reported pain in %u of your last %u sessions."),
                           STRIDE_ADVICE_PAIN_SESSIONS, STRIDE_ADVICE_PAIN_WINDOW);

  return g_strdup_printf ("%s %s", why, guide);
}
