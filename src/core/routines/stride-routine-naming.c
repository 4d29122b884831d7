/* stride-routine-naming.c
 *
 * Names for routines that would take a name taken: a routine imported
 * under the name of one the runner has, a duplicate. A copy is named
 * “Name (copy)”, then “Name (copy 2)” and on, whatever the case of the
 * letters of the names already there; a copy of a copy is the next copy
 * of the first, not “Name (copy) (copy)”; and a long name is cut, with
 * “…”, so that the copy's name is no longer than a name may be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "stride-routine-naming.h"

static gboolean
name_is_taken (GPtrArray  *routines,
               const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < routines->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (stride_routine_get_name (routines->pdata[i]), -1);

      if (g_strcmp0 (wanted, other) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The copy's name for @n: 1 is the first copy */
static char *
format_copy (const char *base,
             guint       n)
{
  if (n == 1)
    /* Translators: the name of a copy of a routine, e.g. an imported
     * one whose name was taken; keep the routine's name first */
    return g_strdup_printf (_("%s (copy)"), base);

  /* Translators: the name of a routine's further copies; %u counts from
   * 2; keep the routine's name first */
  return g_strdup_printf (_("%s (copy %u)"), base, n);
}

/* @name without what format_copy() put after it, if it did. Only a
 * translation that keeps the name first is taken apart. */
static char *
dup_original (const char *name)
{
  g_autofree char *once = format_copy ("\x01", 1);
  g_autofree char *again = format_copy ("\x01", 2);
  const char *two = strrchr (again, '2');
  gsize length = strlen (name);

  if (once[0] == '\x01' && length > strlen (once + 1) && g_str_has_suffix (name, once + 1))
    return g_strndup (name, length - strlen (once + 1));

  /* " (copy ", a number, ")" */
  if (again[0] == '\x01' && two != NULL)
    {
      g_autofree char *before_number = g_strndup (again + 1, two - again - 1);
      const char *after_number = two + 1;
      gsize before_length = strlen (before_number);
      const char *number_end, *number;

      if (length <= strlen (after_number) || !g_str_has_suffix (name, after_number))
        return g_strdup (name);

      number_end = name + length - strlen (after_number);
      for (number = number_end; number > name && g_ascii_isdigit (number[-1]); number--)
        ;
      if (number < number_end && (gsize) (number - name) > before_length
          && strncmp (number - before_length, before_number, before_length) == 0)
        return g_strndup (name, number - before_length - name);
    }

  return g_strdup (name);
}

/* format_copy() of @base, @base cut with “…” if need be to keep the
 * whole no longer than a name may be */
static char *
dup_copy_fitted (const char *base,
                 guint       n)
{
  g_autofree char *whole = format_copy (base, n);
  glong over = g_utf8_strlen (whole, -1) - STRIDE_ROUTINE_MAX_NAME_CHARS;
  glong keep;
  g_autofree char *cut = NULL;

  if (over <= 0)
    return g_steal_pointer (&whole);

  /* One more for the “…” */
  keep = MAX (g_utf8_strlen (base, -1) - over - 1, 1);
  cut = g_utf8_substring (base, 0, keep);
  g_strchomp (cut);
  {
    g_autofree char *shortened = g_strconcat (cut, "…", NULL);

    return format_copy (shortened, n);
  }
}

static char *
dup_next_copy (GPtrArray  *routines,
               const char *name)
{
  g_autofree char *original = dup_original (name);
  char *copy = NULL;

  for (guint n = 1;; n++)
    {
      g_free (copy);
      copy = dup_copy_fitted (original, n);
      if (!name_is_taken (routines, copy))
        return copy;
    }
}

/**
 * stride_routine_naming_dup_free:
 * @routines: (element-type StrideRoutine): the routines whose names are
 *   taken, as stride_routine_library_list_taken() gives them
 *
 * Returns: (transfer full): @name if no routine has it yet (whatever the
 *   case of its letters), else the first copy's name no routine has
 */
char *
stride_routine_naming_dup_free (GPtrArray  *routines,
                                const char *name)
{
  g_return_val_if_fail (routines != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!name_is_taken (routines, name))
    return g_strdup (name);

  return dup_next_copy (routines, name);
}

/**
 * stride_routine_naming_dup_copy:
 * @routines: (element-type StrideRoutine): the routines whose names are
 *   taken
 *
 * Returns: (transfer full): the first copy's name of @name that no
 *   routine has, for a duplicate
 */
char *
stride_routine_naming_dup_copy (GPtrArray  *routines,
                                const char *name)
{
  g_return_val_if_fail (routines != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return dup_next_copy (routines, name);
}
