/* stride-dose.h
 *
 * How much of an exercise the guide prescribes: a range of reps or steps,
 * counted per set, per side or per direction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "stride-catalog-types.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_DOSE (stride_dose_get_type ())

typedef struct
{
  guint          min;
  guint          max;
  StrideDoseUnit unit;
  StrideDosePer  per;
} StrideDose;

GType       stride_dose_get_type    (void) G_GNUC_CONST;
StrideDose *stride_dose_copy        (const StrideDose *dose);
void        stride_dose_free        (StrideDose       *dose);
gboolean    stride_dose_is_valid    (const StrideDose *dose);
guint       stride_dose_get_n_sides (const StrideDose *dose);
char       *stride_dose_format      (const StrideDose *dose);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideDose, stride_dose_free)

G_END_DECLS
