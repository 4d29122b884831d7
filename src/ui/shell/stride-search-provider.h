/* stride-search-provider.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stride-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SEARCH_PROVIDER (stride_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (StrideSearchProvider, stride_search_provider, STRIDE, SEARCH_PROVIDER, GObject)

StrideSearchProvider *stride_search_provider_new       (GApplication         *application);
gboolean              stride_search_provider_export    (StrideSearchProvider *self,
                                                        GDBusConnection      *connection,
                                                        const char           *app_object_path,
                                                        GError              **error);
void                  stride_search_provider_unexport  (StrideSearchProvider *self);
void                  stride_search_provider_set_store (StrideSearchProvider *self,
                                                        StrideStore          *store);

G_END_DECLS
