/* bench-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "bench-data.h"
#include "stride-session-sets.h"

static const char *exercises[] = { "squat", "clamshell", "side-step", "glute-bridge", "hip-extension" };

/**
 * bench_data_make_session:
 * @i: which session, from 0; one every 58 hours from 1 January 2016
 *
 * Returns: (transfer full): the session as the store holds it
 */
JsonObject *
bench_data_make_session (guint i)
{
  JsonObject *session = json_object_new ();
  g_autoptr(GDateTime) start = g_date_time_new_utc (2016, 1, 1, 18, 0, 0);
  g_autoptr(GDateTime) when = g_date_time_add_hours (start, i * 58);
  g_autofree char *started = g_date_time_format_iso8601 (when);
  g_autofree char *id = g_uuid_string_random ();

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "modified", started);
  json_object_set_string_member (session, "started", started);
  json_object_set_string_member (session, "routine", "full");
  json_object_set_string_member (session, "routine_name", "Full hip routine");
  json_object_set_int_member (session, "duration", 1200 + i % 300);
  json_object_set_double_member (session, "completion", i % 10 == 0 ? 0.6 : 1.0);
  json_object_set_int_member (session, "effort", 1 + i % 10);
  if (i % 7 == 0)
    json_object_set_string_member (session, "note", "Legs heavy after a long run, kept the tempo slow");

  /* The full routine: five exercises, two sets, both sides where it applies */
  for (guint e = 0; e < G_N_ELEMENTS (exercises); e++)
    for (guint set = 1; set <= 2; set++)
      for (guint side = 0; side < (e == 1 || e == 4 ? 2 : 1); side++)
        {
          StrideSessionSet entry = {
            .exercise = exercises[e],
            .variation = "base",
            .side = e == 1 || e == 4 ? (side ? "right" : "left") : NULL,
            .number = set,
            .reps = 10 + (i + set) % 6,
            .reps_planned = 12,
            .hold_seconds = -1,
          };

          stride_session_add_set (session, &entry);
        }

  return session;
}

/**
 * bench_data_make_result:
 * @i: which result, from 0; one every 14 days from 3 January 2016
 *
 * Returns: (transfer full): the self-test result as the store holds it
 */
JsonObject *
bench_data_make_result (guint i)
{
  JsonObject *result = json_object_new ();
  JsonObject *answers = json_object_new ();
  g_autoptr(GDateTime) start = g_date_time_new_utc (2016, 1, 3, 9, 0, 0);
  g_autoptr(GDateTime) when = g_date_time_add_days (start, i * 14);
  g_autofree char *taken = g_date_time_format_iso8601 (when);
  g_autofree char *id = g_uuid_string_random ();

  json_object_set_string_member (result, "id", id);
  json_object_set_string_member (result, "modified", taken);
  json_object_set_string_member (result, "taken", taken);
  /* The two tests in turn, with answers that give their outcomes */
  if (i % 2)
    {
      json_object_set_string_member (result, "test", "bridge-test");
      json_object_set_boolean_member (answers, "right_dropped", FALSE);
      json_object_set_boolean_member (answers, "left_dropped", i % 3 == 0);
      json_object_set_string_member (result, "outcome", i % 3 == 0 ? "left-weaker" : "balanced");
    }
  else
    {
      json_object_set_string_member (result, "test", "squat-test");
      json_object_set_boolean_member (answers, "depth", i % 5 != 0);
      json_object_set_boolean_member (answers, "fell_backward", FALSE);
      json_object_set_string_member (result, "outcome", i % 5 != 0 ? "ok" : "tight-or-weak");
    }
  json_object_set_boolean_member (answers, "pain", i % 25 == 0);
  json_object_set_object_member (result, "answers", answers);

  return result;
}

/**
 * bench_compare_doubles:
 *
 * Orders doubles, for qsort() and g_array_sort()
 */
int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * bench_report:
 * @samples: (element-type double): milliseconds, sorted here
 *
 * Prints the median and the worst of @samples on one line.
 */
void
bench_report (const char *what,
              GArray     *samples)
{
  g_array_sort (samples, bench_compare_doubles);
  printf ("%-34s median %7.2f ms   max %7.2f ms   (%u runs)\n", what,
          g_array_index (samples, double, samples->len / 2),
          g_array_index (samples, double, samples->len - 1), samples->len);
}

/**
 * bench_median:
 * @samples: (element-type double): sorted by bench_report()
 */
double
bench_median (GArray *samples)
{
  return g_array_index (samples, double, samples->len / 2);
}

/**
 * bench_max:
 * @samples: (element-type double): sorted by bench_report()
 */
double
bench_max (GArray *samples)
{
  return g_array_index (samples, double, samples->len - 1);
}
