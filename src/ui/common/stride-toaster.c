/* stride-toaster.c
 *
 * The one way a page tells the runner something in passing: the window
 * implements it and hands itself to the pages it makes, which show their
 * toasts through it and never look for a toast overlay of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-toaster.h"

G_DEFINE_INTERFACE (StrideToaster, stride_toaster, G_TYPE_OBJECT)

static void
stride_toaster_default_init (StrideToasterInterface *iface)
{
}

/**
 * stride_toaster_add_toast:
 * @toast: (transfer full): a toast, e.g. with an Undo button
 *
 * Shows @toast where the runner sees it.
 */
void
stride_toaster_add_toast (StrideToaster *self,
                          AdwToast      *toast)
{
  g_return_if_fail (STRIDE_IS_TOASTER (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  STRIDE_TOASTER_GET_IFACE (self)->add_toast (self, toast);
}

/**
 * stride_toast_new_for_text:
 * @text: plain text, such as a message with a routine's name in it
 *
 * A toast showing @text as written: AdwToast reads its title as markup,
 * and a name with "&" or "<" in it would show nothing.
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
stride_toast_new_for_text (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

#define UNDO_KEY "stride-toast-undo"

/**
 * stride_toast_new_undo:
 * @text: plain text: what was done, e.g. that a routine was deleted
 *
 * A toast that says @text, with Undo: its "button-clicked" undoes it.
 * A window that shows it undoes it on Ctrl+Z too.
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
stride_toast_new_undo (const char *text)
{
  AdwToast *toast = stride_toast_new_for_text (text);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), UNDO_KEY, GINT_TO_POINTER (TRUE));

  return toast;
}

/**
 * stride_toast_is_undo:
 *
 * Returns: whether @toast was made by stride_toast_new_undo()
 */
gboolean
stride_toast_is_undo (AdwToast *toast)
{
  g_return_val_if_fail (ADW_IS_TOAST (toast), FALSE);

  return g_object_get_data (G_OBJECT (toast), UNDO_KEY) != NULL;
}

/**
 * stride_toaster_show:
 *
 * Shows @message in a toast.
 */
void
stride_toaster_show (StrideToaster *self,
                     const char    *message)
{
  g_return_if_fail (STRIDE_IS_TOASTER (self));
  g_return_if_fail (message != NULL);

  stride_toaster_add_toast (self, stride_toast_new_for_text (message));
}

static void
on_saved_for_toast (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  StrideStore *store = STRIDE_STORE (source);
  g_autoptr(GTask) task = user_data;
  StrideToaster *self = g_task_get_source_object (task);
  const char *message = g_task_get_task_data (task);

  if (stride_store_flush_finish (store, result, NULL))
    {
      g_debug ("Said saved once durable: %s", message);
      stride_toaster_show (self, message);
    }
  /* The window's banner says why; the toast says what that means for
   * this record */
  else if (stride_store_get_recovery_path (store) != NULL)
    stride_toaster_show (self, _("Not saved yet: kept in a recovery file until Stride can save it"));
  else
    stride_toaster_show (self, _("Not saved: Stride keeps it only while it stays open"));
}

/**
 * stride_toaster_show_when_saved:
 * @store: the store that has what the user saved
 * @message: what to say once it is on disk, e.g. "Session saved"
 *
 * Says @message only once what the user saved is on disk, flushed and in
 * place: a crash after the toast loses nothing. What the user saves is
 * written now, not after the delay that gathers background changes. A
 * save that fails is said too.
 */
void
stride_toaster_show_when_saved (StrideToaster *self,
                                StrideStore   *store,
                                const char    *message)
{
  GTask *task;

  g_return_if_fail (STRIDE_IS_TOASTER (self));
  g_return_if_fail (STRIDE_IS_STORE (store));
  g_return_if_fail (message != NULL);

  /* Only to carry the toaster and the message to the callback */
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_strdup (message), g_free);
  stride_store_flush_async (store, NULL, on_saved_for_toast, task);
}
