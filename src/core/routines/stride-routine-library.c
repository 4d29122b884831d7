/* stride-routine-library.c
 *
 * The one place that knows which routines there are. The built-in ones
 * come first; the weaker-side routine among them is made from the latest
 * bridge test and is there only once that test found one side weaker
 * (before that it would be the full routine under another name); the
 * user's own follow, from the store, in the order they were made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-routine-library.h"
#include "stride-routine-naming.h"
#include "stride-self-test.h"

#define WEAKER_SIDE_ID "weaker-side"

G_DEFINE_QUARK (stride-routine-library-error-quark, stride_routine_library_error)

static GPtrArray *
list_results (StrideStore *store)
{
  if (store == NULL)
    return g_ptr_array_new ();

  return stride_store_list (store, STRIDE_COLLECTION_RESULTS);
}

/**
 * stride_routine_library_is_builtin:
 *
 * Returns: whether @id is one of the routines Stride comes with, which
 *   cannot be changed or deleted, only copied
 */
gboolean
stride_routine_library_is_builtin (const char *id)
{
  g_autoptr(GPtrArray) builtins = stride_routine_get_builtins ();

  for (guint i = 0; i < builtins->len; i++)
    if (g_strcmp0 (stride_routine_get_id (builtins->pdata[i]), id) == 0)
      return TRUE;

  return FALSE;
}

/**
 * stride_routine_library_dup_weaker_side:
 * @store: (nullable): the user's progress, for their bridge tests
 *
 * Returns: (transfer full) (nullable): the full routine with an extra set
 *   on the side the latest bridge test found weaker, or %NULL when it
 *   found neither or both sides weaker, or there was none
 */
StrideRoutine *
stride_routine_library_dup_weaker_side (StrideStore *store)
{
  g_autoptr(GPtrArray) results = list_results (store);
  StrideSide weaker = stride_self_test_find_weaker_side (results);

  if (weaker == STRIDE_SIDE_NONE)
    return NULL;

  return stride_routine_new_weaker_side (weaker);
}

/**
 * stride_routine_library_explain_no_weaker_side:
 * @store: (nullable): the user's progress, for their bridge tests
 *
 * Returns: (nullable): why there is no weaker-side routine, or %NULL when
 *   there is one
 */
const char *
stride_routine_library_explain_no_weaker_side (StrideStore *store)
{
  g_autoptr(GPtrArray) results = list_results (store);

  return stride_self_test_explain_no_weaker_side (results);
}

/**
 * stride_routine_library_list:
 * @store: (nullable): the user's progress, for their own routines and
 *   their bridge tests
 *
 * Returns: (transfer full) (element-type StrideRoutine): the built-in
 *   routines, then the user's own in the order they were made
 */
GPtrArray *
stride_routine_library_list (StrideStore *store)
{
  GPtrArray *routines = stride_routine_get_builtins ();

  for (guint i = 0; i < routines->len; i++)
    if (g_strcmp0 (stride_routine_get_id (routines->pdata[i]), WEAKER_SIDE_ID) == 0)
      {
        StrideRoutine *weaker = stride_routine_library_dup_weaker_side (store);

        if (weaker == NULL)
          g_ptr_array_remove_index (routines, i);
        else
          {
            stride_routine_unref (routines->pdata[i]);
            routines->pdata[i] = weaker;
          }
        break;
      }

  if (store != NULL)
    {
      g_autoptr(GPtrArray) stored = stride_store_list (store, STRIDE_COLLECTION_ROUTINES);

      for (guint i = 0; i < stored->len; i++)
        {
          StrideRoutine *routine = stride_routine_new_from_json (stored->pdata[i], NULL);

          if (routine != NULL)
            g_ptr_array_add (routines, routine);
        }
    }

  return routines;
}

/**
 * stride_routine_library_lookup:
 * @store: (nullable): the user's progress, for their own routines
 * @error: why there is no routine with @id, in words for the user
 *
 * Returns: (transfer full) (nullable): the routine with @id
 */
StrideRoutine *
stride_routine_library_lookup (StrideStore  *store,
                               const char   *id,
                               GError      **error)
{
  g_autoptr(GPtrArray) routines = NULL;

  g_return_val_if_fail (store == NULL || STRIDE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  routines = stride_routine_library_list (store);
  for (guint i = 0; i < routines->len; i++)
    if (g_strcmp0 (stride_routine_get_id (routines->pdata[i]), id) == 0)
      return stride_routine_ref (routines->pdata[i]);

  if (g_strcmp0 (id, WEAKER_SIDE_ID) == 0)
    g_set_error_literal (error, STRIDE_ROUTINE_LIBRARY_ERROR, STRIDE_ROUTINE_LIBRARY_ERROR_NO_WEAKER_SIDE,
                         _("The weaker-side routine comes from a bridge test that finds one side weaker"));
  else
    /* Translators: %s is what was asked for, e.g. on the command line */
    g_set_error (error, STRIDE_ROUTINE_LIBRARY_ERROR, STRIDE_ROUTINE_LIBRARY_ERROR_NOT_FOUND,
                 _("There is no routine “%s”"), id);

  return NULL;
}

static StrideRoutine *
copy_as_new (StrideRoutine *routine,
             const char    *name)
{
  g_autofree char *id = stride_store_new_id ();
  StrideRoutine *copy = stride_routine_copy (routine, id);

  stride_routine_set_name (copy, name);
  return copy;
}

/**
 * stride_routine_library_copy_builtin:
 *
 * Returns: (transfer full): a copy of @builtin for the user to change,
 *   under a new ID and named as theirs, not yet stored
 */
StrideRoutine *
stride_routine_library_copy_builtin (StrideRoutine *builtin)
{
  /* Translators: the name of a user's copy of a built-in routine */
  g_autofree char *name = g_strdup_printf (_("My %s"), stride_routine_get_name (builtin));

  return copy_as_new (builtin, name);
}

/**
 * stride_routine_library_list_taken:
 * @store: (nullable): the user's progress, for their own routines
 *
 * Returns: (transfer container) (element-type StrideRoutine): every
 *   routine whose name a new one must not take: the user's own and the
 *   built-in ones, the weaker-side routine's even before a test makes it
 */
GPtrArray *
stride_routine_library_list_taken (StrideStore *store)
{
  GPtrArray *routines = stride_routine_library_list (store);
  g_autoptr(GPtrArray) builtins = stride_routine_get_builtins ();

  g_ptr_array_extend_and_steal (routines, g_steal_pointer (&builtins));

  return routines;
}

/**
 * stride_routine_library_duplicate:
 * @store: (nullable): the user's progress, whose routines' names the
 *   copy's must not take
 *
 * Returns: (transfer full): a copy of @routine under a new ID, named as
 *   its next copy, not yet stored
 */
StrideRoutine *
stride_routine_library_duplicate (StrideStore   *store,
                                  StrideRoutine *routine)
{
  g_autoptr(GPtrArray) taken = stride_routine_library_list_taken (store);
  g_autofree char *name = stride_routine_naming_dup_copy (taken, stride_routine_get_name (routine));

  return copy_as_new (routine, name);
}
