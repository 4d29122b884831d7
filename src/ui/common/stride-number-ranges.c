/* stride-number-ranges.c
 *
 * A range of numbers, "12–15 reps" or "2–3 times per week", is read as
 * one number, yet an en dash is a place where a line may break (Unicode
 * line breaking, class BA): a narrow card showed "12–" at the end of one
 * line and "15 reps" on the next. A word joiner after the dash keeps the
 * range on one line; it is not seen, nor heard by a screen reader. It is
 * added where text is shown, so that what is spoken, exported or
 * searched stays as written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-number-ranges.h"

#define EN_DASH     0x2013
#define WORD_JOINER "\u2060"

/**
 * stride_number_ranges_join:
 *
 * Returns: (transfer full): @text with a word joiner after each en dash
 *   that stands between two digits
 */
char *
stride_number_ranges_join (const char *text)
{
  GString *joined;
  gunichar previous = 0;

  g_return_val_if_fail (text != NULL, NULL);

  joined = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (joined, c);
      if (c == EN_DASH && g_unichar_isdigit (previous) && g_unichar_isdigit (g_utf8_get_char (g_utf8_next_char (p))))
        g_string_append (joined, WORD_JOINER);
      previous = c;
    }

  return g_string_free (joined, FALSE);
}

/**
 * stride_number_ranges_join_label:
 *
 * Keeps each range of numbers in @label's text, set in a template, on
 * one line.
 */
void
stride_number_ranges_join_label (GtkLabel *label)
{
  g_autofree char *joined = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  joined = stride_number_ranges_join (gtk_label_get_label (label));
  gtk_label_set_label (label, joined);
}
