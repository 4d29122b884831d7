/* stride-test-measure-counter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STRIDE_TEST_TYPE_MEASURE_COUNTER (stride_test_measure_counter_get_type ())

G_DECLARE_FINAL_TYPE (StrideTestMeasureCounter, stride_test_measure_counter,
                      STRIDE_TEST, MEASURE_COUNTER, GtkLayoutManager)

StrideTestMeasureCounter *stride_test_count_measures (GtkWidget                *widget);
guint                     stride_test_measure_count  (StrideTestMeasureCounter *self);

G_END_DECLS
