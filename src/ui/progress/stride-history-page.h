/* stride-history-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-store.h"
#include "stride-toaster.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_HISTORY_PAGE (stride_history_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideHistoryPage, stride_history_page, STRIDE, HISTORY_PAGE, AdwBin)

void  stride_history_page_set_store   (StrideHistoryPage *self,
                                       StrideStore       *store);
guint stride_history_page_get_n_shown (StrideHistoryPage *self);
void  stride_history_page_show_newest (StrideHistoryPage *self);

void  stride_history_page_set_toaster (StrideHistoryPage *self,
                                      StrideToaster     *toaster);

G_END_DECLS
