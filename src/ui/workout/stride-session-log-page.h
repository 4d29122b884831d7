/* stride-session-log-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-plan.h"
#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SESSION_LOG_PAGE (stride_session_log_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideSessionLogPage, stride_session_log_page, STRIDE, SESSION_LOG_PAGE, AdwBin)

GtkWidget *stride_session_log_page_new     (StrideStore          *store,
                                            JsonObject           *draft,
                                            StridePlan           *plan);
gboolean   stride_session_log_page_has_something_to_save (StrideSessionLogPage *self);
void       stride_session_log_page_save    (StrideSessionLogPage *self);
gboolean   stride_session_log_page_focus_save (StrideSessionLogPage *self);
void       stride_session_log_page_discard (StrideSessionLogPage *self);

G_END_DECLS
