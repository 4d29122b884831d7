/* stride-card-grid.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_CARD_GRID (stride_card_grid_get_type ())

G_DECLARE_FINAL_TYPE (StrideCardGrid, stride_card_grid, STRIDE, CARD_GRID, AdwBin)

G_END_DECLS
