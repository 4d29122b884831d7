/* stride-progress-advice.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-store.h"
#include "stride-toaster.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_PROGRESS_ADVICE (stride_progress_advice_get_type ())

G_DECLARE_FINAL_TYPE (StrideProgressAdvice, stride_progress_advice, STRIDE, PROGRESS_ADVICE, GtkBox)

void        stride_progress_advice_set_store       (StrideProgressAdvice *self,
                                                    StrideStore          *store);
void        stride_progress_advice_update          (StrideProgressAdvice *self);
gboolean    stride_progress_advice_get_specialist_shown (StrideProgressAdvice *self);
GStrv       stride_progress_advice_list_suggested  (StrideProgressAdvice *self);
GStrv       stride_progress_advice_list_step_backs (StrideProgressAdvice *self);

void        stride_progress_advice_set_toaster     (StrideProgressAdvice *self,
                                                    StrideToaster        *toaster);

G_END_DECLS
