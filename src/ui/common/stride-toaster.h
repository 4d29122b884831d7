/* stride-toaster.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_TOASTER (stride_toaster_get_type ())

G_DECLARE_INTERFACE (StrideToaster, stride_toaster, STRIDE, TOASTER, GObject)

struct _StrideToasterInterface
{
  GTypeInterface parent_iface;

  void (*add_toast) (StrideToaster *self,
                     AdwToast      *toast);
};

void stride_toaster_add_toast (StrideToaster *self,
                               AdwToast      *toast);
AdwToast *stride_toast_new_for_text (const char *text);
AdwToast *stride_toast_new_undo     (const char *text);
gboolean  stride_toast_is_undo      (AdwToast   *toast);
void stride_toaster_show      (StrideToaster *self,
                               const char    *message);
void stride_toaster_show_when_saved (StrideToaster *self,
                                     StrideStore   *store,
                                     const char    *message);

G_END_DECLS
