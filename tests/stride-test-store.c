/* stride-test-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-store-private.h"
#include "stride-test-store.h"

/**
 * stride_test_store_set_up:
 * @name: what the temporary folder's name says it is for
 *
 * Makes the folder, and the store in it, loaded: empty, with its
 * recovery journals in the folder rather than the user's
 */
void
stride_test_store_set_up (StrideTestStore *self,
                          const char      *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("stride-test-%s-XXXXXX", name);
  g_autofree char *path = NULL;
  g_autofree char *state = NULL;
  g_autofree char *cache = NULL;

  self->dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  path = g_build_filename (self->dir, "progress.json", NULL);
  state = g_build_filename (self->dir, "state", "recovery.json", NULL);
  cache = g_build_filename (self->dir, "cache", "recovery.json", NULL);
  self->store = stride_store_new (path);
  stride_store_set_journal_paths (self->store, state, cache);
  g_assert_true (stride_store_load (self->store, &error));
  g_assert_no_error (error);
}

/* Drops the store and removes the folder with all it holds */
void
stride_test_store_tear_down (StrideTestStore *self)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", self->dir);

  g_clear_object (&self->store);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  g_clear_pointer (&self->dir, g_free);
}
