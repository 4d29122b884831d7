/* stride-toaster.c
 *
 * The one way a page tells the runner something in passing: the window
 * implements it and hands itself to the pages it makes, which show their
 * toasts through it and never look for a toast overlay of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

  stride_toaster_add_toast (self, adw_toast_new (message));
}
