/* ui-validate-types.c
 *
 * Preloaded into gtk4-builder-tool so that `validate` knows the types our
 * .ui files use: libadwaita's, and the app's own widgets that appear as
 * children in other templates. The tool makes a stand-in for the template
 * class of the file it checks, so that class must stay unregistered here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "stride-card-grid.h"
#include "stride-chart-card.h"
#include "stride-figure-view.h"
#include "stride-heatmap.h"
#include "stride-history-page.h"
#include "stride-library-page.h"
#include "stride-progress-advice.h"

__attribute__((constructor)) static void
register_types (void)
{
  g_type_ensure (ADW_TYPE_APPLICATION_WINDOW);
  g_type_ensure (ADW_TYPE_BIN);
  g_type_ensure (ADW_TYPE_CLAMP);
  g_type_ensure (ADW_TYPE_HEADER_BAR);
  g_type_ensure (ADW_TYPE_LEAFLET);
  g_type_ensure (ADW_TYPE_LEAFLET_PAGE);
  g_type_ensure (ADW_TYPE_STATUS_PAGE);
  g_type_ensure (ADW_TYPE_TOAST_OVERLAY);
  g_type_ensure (ADW_TYPE_VIEW_STACK);
  g_type_ensure (ADW_TYPE_VIEW_STACK_PAGE);
  g_type_ensure (ADW_TYPE_VIEW_SWITCHER_BAR);
  g_type_ensure (ADW_TYPE_VIEW_SWITCHER_TITLE);
  g_type_ensure (ADW_TYPE_WINDOW_TITLE);
  g_type_ensure (ADW_TYPE_ACTION_ROW);
  g_type_ensure (ADW_TYPE_ENTRY_ROW);
  g_type_ensure (ADW_TYPE_PREFERENCES_GROUP);
  g_type_ensure (ADW_TYPE_PREFERENCES_PAGE);
  g_type_ensure (ADW_TYPE_PREFERENCES_WINDOW);
  g_type_ensure (STRIDE_TYPE_FIGURE_VIEW);

  g_type_ensure (STRIDE_TYPE_CHART);
  g_type_ensure (STRIDE_TYPE_PROGRESS_ADVICE);
  g_type_ensure (STRIDE_TYPE_HEATMAP);
  g_type_ensure (STRIDE_TYPE_CARD_GRID);

  if (g_strcmp0 (g_getenv ("STRIDE_VALIDATE_TEMPLATE"), "StrideWindow") == 0)
    g_type_ensure (STRIDE_TYPE_LIBRARY_PAGE);
  if (g_strcmp0 (g_getenv ("STRIDE_VALIDATE_TEMPLATE"), "StrideProgressPage") == 0)
    {
      g_type_ensure (STRIDE_TYPE_CHART_CARD);
      g_type_ensure (STRIDE_TYPE_HISTORY_PAGE);
    }
}
