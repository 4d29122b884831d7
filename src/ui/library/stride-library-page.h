/* stride-library-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stride-catalog-types.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_LIBRARY_PAGE (stride_library_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideLibraryPage, stride_library_page, STRIDE, LIBRARY_PAGE, AdwBin)

typedef enum
{
  STRIDE_EQUIPMENT_FILTER_ANY,
  STRIDE_EQUIPMENT_FILTER_NONE,
  STRIDE_EQUIPMENT_FILTER_BAND,
} StrideEquipmentFilter;

void  stride_library_page_start_search        (StrideLibraryPage     *self);
void  stride_library_page_search_for          (StrideLibraryPage     *self,
                                               const char            *text);
void  stride_library_page_set_muscle_filter   (StrideLibraryPage     *self,
                                               StrideMuscle           muscle);
void  stride_library_page_set_equipment_filter (StrideLibraryPage    *self,
                                                StrideEquipmentFilter filter);
void  stride_library_page_clear_filters       (StrideLibraryPage     *self);
guint stride_library_page_get_n_shown         (StrideLibraryPage     *self);

G_END_DECLS
