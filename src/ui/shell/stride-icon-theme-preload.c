/* stride-icon-theme-preload.c
 *
 * The first icon a window shows needs the icon themes read: the index
 * of every theme on the search path and the listing of each of their
 * folders, a fifth of what the main thread does before the first frame
 * beyond what a window without icons does. GTK starts reading them in a
 * thread when it makes the theme, but GtkApplication and libadwaita add
 * their icons to the theme afterwards, in their start-up, and each
 * addition makes the theme drop what it had read: the main thread read
 * them again when it drew the first icon. GTK lets any thread look an
 * icon up once the theme is set up, and a thread that finds the themes
 * not read reads them under the theme's lock. So the window asks for one
 * icon on another core while the main thread builds the window; when
 * the window's first icon is looked up, the themes are read already, or
 * that lookup waits for the rest of the reading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-icon-theme-preload.h"

static void
read_themes_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  gtk_icon_theme_has_icon (GTK_ICON_THEME (source_object), "open-menu-symbolic");
  g_task_return_boolean (task, TRUE);
}

/**
 * stride_icon_theme_preload_async:
 * @callback: (nullable): called once the themes are read
 *
 * Reads @display's icon themes in a worker thread. Call it on the main
 * thread, after the application has added its own icons to the theme
 * (GtkApplication and libadwaita do in their startup): adding them
 * afterwards would make the theme drop what the thread read.
 */
void
stride_icon_theme_preload_async (GdkDisplay          *display,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  task = g_task_new (gtk_icon_theme_get_for_display (display), cancellable, callback, user_data);
  g_task_set_source_tag (task, stride_icon_theme_preload_async);
  g_task_run_in_thread (task, read_themes_in_thread);
}

gboolean
stride_icon_theme_preload_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == stride_icon_theme_preload_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
