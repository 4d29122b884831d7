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
#include "stride-cue.h"

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

/* The words of a workout in the dose's own unit: reps and sides, or
 * steps and directions. Each takes a %NULL dose as reps and sides. */
StrideSide  stride_dose_side_from_string   (const char       *side);
char       *stride_dose_name_side          (const StrideDose *dose,
                                            const char       *name,
                                            StrideSide        side);
char       *stride_dose_name_set           (const StrideDose *dose,
                                            const char       *name,
                                            int               set,
                                            StrideSide        side);
char       *stride_dose_format_count_of    (const StrideDose *dose,
                                            guint             count,
                                            guint             total);
char       *stride_dose_format_planned     (const StrideDose *dose,
                                            gint64            planned);
char       *stride_dose_format_done_of     (const StrideDose *dose,
                                            gint64            done,
                                            gint64            planned);
char       *stride_dose_format_done        (const StrideDose *dose,
                                            gint64            done);
char       *stride_dose_format_sets        (const StrideDose *dose,
                                            guint             sets,
                                            guint             count);
const char *stride_dose_get_count_title   (const StrideDose *dose);
const char *stride_dose_get_last_one       (const StrideDose *dose);
const char *stride_dose_get_switch_cue     (const StrideDose *dose);
const char *stride_dose_get_switch_title   (const StrideDose *dose);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideDose, stride_dose_free)

G_END_DECLS
