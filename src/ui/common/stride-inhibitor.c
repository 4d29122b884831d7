/* stride-inhibitor.c
 *
 * Keeps the screen on and the computer awake while something counts
 * down and the runner is on the mat, away from the keyboard: a workout,
 * a self-test's hold. The widget that shows the countdown owns one; the
 * inhibition is asked of the application of the widget's window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-inhibitor.h"

struct _StrideInhibitor
{
  GObject parent_instance;

  /* Not a reference: the widget owns the inhibitor */
  GtkWidget *widget;
  char *reason;

  /* The application that granted the cookie, to give it back to even
   * when the widget has left its window */
  GtkApplication *app;
  guint cookie;
  guint release_id;
};

G_DEFINE_FINAL_TYPE (StrideInhibitor, stride_inhibitor, G_TYPE_OBJECT)

static void
stride_inhibitor_dispose (GObject *object)
{
  StrideInhibitor *self = STRIDE_INHIBITOR (object);

  stride_inhibitor_release (self);

  G_OBJECT_CLASS (stride_inhibitor_parent_class)->dispose (object);
}

static void
stride_inhibitor_finalize (GObject *object)
{
  StrideInhibitor *self = STRIDE_INHIBITOR (object);

  g_free (self->reason);

  G_OBJECT_CLASS (stride_inhibitor_parent_class)->finalize (object);
}

static void
stride_inhibitor_class_init (StrideInhibitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_inhibitor_dispose;
  object_class->finalize = stride_inhibitor_finalize;
}

static void
stride_inhibitor_init (StrideInhibitor *self)
{
}

/**
 * stride_inhibitor_new:
 * @widget: the widget that shows what counts down; it owns the inhibitor
 * @reason: what the session is told, in the user's language
 */
StrideInhibitor *
stride_inhibitor_new (GtkWidget  *widget,
                      const char *reason)
{
  StrideInhibitor *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_INHIBITOR, NULL);
  self->widget = widget;
  self->reason = g_strdup (reason);

  return self;
}

/**
 * stride_inhibitor_hold:
 *
 * Keeps the screen on from now, and cancels a release that was waiting.
 * Out of a window of an application (as in some tests), nothing is held.
 */
void
stride_inhibitor_hold (StrideInhibitor *self)
{
  GtkRoot *root;
  GtkApplication *app;

  g_return_if_fail (STRIDE_IS_INHIBITOR (self));

  g_clear_handle_id (&self->release_id, g_source_remove);
  if (self->cookie != 0)
    return;

  root = gtk_widget_get_root (self->widget);
  app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  if (app == NULL)
    return;

  self->cookie = gtk_application_inhibit (app, GTK_WINDOW (root),
                                          GTK_APPLICATION_INHIBIT_IDLE | GTK_APPLICATION_INHIBIT_SUSPEND,
                                          self->reason);
  if (self->cookie != 0)
    self->app = g_object_ref (app);
}

/**
 * stride_inhibitor_release:
 *
 * Lets the screen go dark again as the session's settings say.
 */
void
stride_inhibitor_release (StrideInhibitor *self)
{
  g_return_if_fail (STRIDE_IS_INHIBITOR (self));

  g_clear_handle_id (&self->release_id, g_source_remove);
  if (self->cookie != 0)
    gtk_application_uninhibit (self->app, self->cookie);
  self->cookie = 0;
  g_clear_object (&self->app);
}

static gboolean
on_release_due (gpointer user_data)
{
  StrideInhibitor *self = user_data;

  self->release_id = 0;
  stride_inhibitor_release (self);
  return G_SOURCE_REMOVE;
}

/**
 * stride_inhibitor_release_after:
 *
 * Releases in @seconds unless held again before: a short pause keeps the
 * screen on, a long one does not.
 */
void
stride_inhibitor_release_after (StrideInhibitor *self,
                                guint            seconds)
{
  g_return_if_fail (STRIDE_IS_INHIBITOR (self));

  if (self->cookie == 0 || self->release_id != 0)
    return;

  self->release_id = g_timeout_add_seconds (seconds, on_release_due, self);
}

gboolean
stride_inhibitor_get_held (StrideInhibitor *self)
{
  g_return_val_if_fail (STRIDE_IS_INHIBITOR (self), FALSE);

  return self->cookie != 0;
}
