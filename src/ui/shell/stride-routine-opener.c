/* stride-routine-opener.c
 *
 * Files given to Stride, by `stride FILE` or opened from Files, are
 * routine files: each is imported into the window once the progress is
 * loaded, so that a name the user already has is seen and kept apart.
 * Meanwhile the application stays up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-routine-opener.h"

typedef struct
{
  GApplication *app;
  GWeakRef window;
  GStrv uris;
  gulong handler;
} Pending;

static void
open_uris (GtkWidget          *window,
           const char * const *uris)
{
  for (guint i = 0; uris[i] != NULL; i++)
    gtk_widget_activate_action (window, "win.open-routine-file", "s", uris[i]);
}

static void
on_loaded (StrideStore *store,
           GParamSpec  *pspec,
           Pending     *pending)
{
  g_autoptr(GtkWidget) window = NULL;

  if (!stride_store_get_loaded (store))
    return;

  g_signal_handler_disconnect (store, pending->handler);
  window = g_weak_ref_get (&pending->window);
  if (window != NULL)
    open_uris (window, (const char * const *) pending->uris);

  g_application_release (pending->app);
  g_object_unref (pending->app);
  g_weak_ref_clear (&pending->window);
  g_strfreev (pending->uris);
  g_free (pending);
}

/**
 * stride_routine_opener_open:
 * @window: the main window, with the action win.open-routine-file
 *
 * Imports each of @files into @window, now or once @store is loaded.
 */
void
stride_routine_opener_open (GApplication  *app,
                            StrideStore   *store,
                            GtkWidget     *window,
                            GFile        **files,
                            int            n_files)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uris = NULL;
  Pending *pending;

  g_return_if_fail (G_IS_APPLICATION (app));
  g_return_if_fail (STRIDE_IS_STORE (store));
  g_return_if_fail (GTK_IS_WIDGET (window));

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *uri = g_file_get_uri (files[i]);

      g_strv_builder_add (builder, uri);
    }
  uris = g_strv_builder_end (builder);

  if (stride_store_get_loaded (store))
    {
      open_uris (window, (const char * const *) uris);
      return;
    }

  pending = g_new0 (Pending, 1);
  pending->app = g_object_ref (app);
  g_weak_ref_init (&pending->window, window);
  pending->uris = g_steal_pointer (&uris);
  g_application_hold (app);
  pending->handler = g_signal_connect (store, "notify::loaded", G_CALLBACK (on_loaded), pending);
}
