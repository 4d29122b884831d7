/* stride-catalog.c
 *
 * The exercises and self-tests, in the guide's order, looked up by their
 * stable IDs. The content never changes while the app runs, so one shared
 * instance serves everyone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-catalog.h"
#include "stride-exercise-private.h"

struct _StrideCatalog
{
  GObject parent_instance;

  GListStore *exercises;
  GListStore *self_tests;
  GHashTable *by_id;
};

G_DEFINE_FINAL_TYPE (StrideCatalog, stride_catalog, G_TYPE_OBJECT)

static void
stride_catalog_finalize (GObject *object)
{
  StrideCatalog *self = (StrideCatalog *) object;

  g_clear_object (&self->exercises);
  g_clear_object (&self->self_tests);
  g_clear_pointer (&self->by_id, g_hash_table_unref);

  G_OBJECT_CLASS (stride_catalog_parent_class)->finalize (object);
}

static void
stride_catalog_class_init (StrideCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stride_catalog_finalize;
}

static void
stride_catalog_init (StrideCatalog *self)
{
  const StrideCatalogEntry *entries;
  guint n_entries;

  self->exercises = g_list_store_new (STRIDE_TYPE_EXERCISE);
  self->self_tests = g_list_store_new (STRIDE_TYPE_EXERCISE);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  entries = stride_catalog_entries_get (&n_entries);

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(StrideExercise) exercise = stride_exercise_new_for_entry (&entries[i]);

      if (entries[i].kind == STRIDE_EXERCISE_KIND_SELF_TEST)
        g_list_store_append (self->self_tests, exercise);
      else
        g_list_store_append (self->exercises, exercise);

      g_hash_table_insert (self->by_id, (gpointer) entries[i].id, g_object_ref (exercise));
    }
}

/**
 * stride_catalog_get_default:
 *
 * Returns: (transfer none): the catalog, created on first use
 */
StrideCatalog *
stride_catalog_get_default (void)
{
  static StrideCatalog *catalog;

  if (g_once_init_enter (&catalog))
    g_once_init_leave (&catalog, g_object_new (STRIDE_TYPE_CATALOG, NULL));

  return catalog;
}

/**
 * stride_catalog_get_exercises:
 *
 * Returns: (transfer none): a list of #StrideExercise of kind exercise
 */
GListModel *
stride_catalog_get_exercises (StrideCatalog *self)
{
  g_return_val_if_fail (STRIDE_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->exercises);
}

/**
 * stride_catalog_get_self_tests:
 *
 * Returns: (transfer none): a list of #StrideExercise of kind self-test
 */
GListModel *
stride_catalog_get_self_tests (StrideCatalog *self)
{
  g_return_val_if_fail (STRIDE_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->self_tests);
}

/**
 * stride_catalog_lookup:
 * @id: a stable ID such as "clamshell" or "bridge-test"
 *
 * Returns: (transfer none) (nullable): the exercise or self-test, or %NULL
 */
StrideExercise *
stride_catalog_lookup (StrideCatalog *self,
                       const char    *id)
{
  g_return_val_if_fail (STRIDE_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}
