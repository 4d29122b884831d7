/* bench-data.h
 *
 * Ten years of progress for the benchmarks: 1,500 sessions and 250
 * self-test results, as a runner training three times a week and testing
 * every other week would record; and the sorting and reporting of the
 * benches' samples.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BENCH_DATA_N_SESSIONS 1500
#define BENCH_DATA_N_RESULTS  250

JsonObject *bench_data_make_session (guint i);
JsonObject *bench_data_make_result  (guint i);

void        bench_report            (const char *what,
                                     GArray     *samples);

int         bench_compare_doubles   (gconstpointer a,
                                     gconstpointer b);
double      bench_median            (GArray     *samples);
double      bench_max               (GArray     *samples);

G_END_DECLS
