/* test-report.c
 *
 * The report for the physio, read back as a physio gets it: a PDF whose
 * text (pdftotext) holds the period's sessions, pains, self-tests and
 * notes and none of the records outside it, in German when Stride speaks
 * German, with its charts drawn as vectors (pdfimages finds no image), a
 * long table going on over pages under its header, and a clear message
 * where the file cannot be written. Then the same through the Progress
 * page: the dialog driven with keys and actions, the dates checked, the
 * file chosen and written, and the pages printed through GTK's print
 * operation. The pages are left as PNGs in the build directory to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-application.h"
#include "stride-progress-page.h"
#include "stride-report-dialog.h"
#include "stride-report.h"
#include "stride-session-sets.h"
#include "stride-session.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;
static GDateTime *now;
static char *work_dir;

static char *
dup_time (int month,
          int day)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, month, day, 18, 30, 0);

  return g_date_time_format_iso8601 (time);
}

static void
add_set (JsonObject *session,
         const char *exercise_id,
         const char *variation,
         const char *side,
         guint       reps)
{
  StrideSessionSet set = {
    .exercise = exercise_id, .variation = variation, .side = side, .number = 1,
    .reps = reps, .reps_planned = 12, .hold_seconds = -1,
  };

  stride_session_add_set (session, &set);
}

static JsonObject *
new_session (const char *id,
             int         month,
             int         day,
             const char *variation,
             int         effort,
             double      completion,
             const char *pain_area,
             const char *pain_side,
             const char *note)
{
  JsonObject *session = json_object_new ();
  g_autofree char *started = dup_time (month, day);

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "started", started);
  json_object_set_string_member (session, "routine", "full");
  json_object_set_string_member (session, "routine_name", "Full hip routine");
  json_object_set_int_member (session, "duration", 1500);
  json_object_set_double_member (session, "completion", completion);
  if (effort > 0)
    json_object_set_int_member (session, "effort", effort);
  add_set (session, "squat", variation, NULL, 12);
  add_set (session, "clamshell", "base", "left", 15);
  add_set (session, "clamshell", "base", "right", 14);
  if (pain_area != NULL)
    {
      JsonArray *pain = json_array_new ();
      JsonObject *report = json_object_new ();

      json_object_set_string_member (report, "area", pain_area);
      json_object_set_string_member (report, "side", pain_side);
      json_array_add_object_element (pain, report);
      json_object_set_array_member (session, "pain", pain);
    }
  if (note != NULL)
    json_object_set_string_member (session, "note", note);

  return session;
}

static JsonObject *
new_result (const char *id,
            int         month,
            int         day,
            const char *test,
            const char *outcome,
            gboolean    pain)
{
  JsonObject *result = json_object_new ();
  g_autofree char *taken = dup_time (month, day);
  JsonObject *answers = json_object_new ();

  json_object_set_string_member (result, "id", id);
  json_object_set_string_member (result, "test", test);
  json_object_set_string_member (result, "taken", taken);
  json_object_set_string_member (result, "outcome", outcome);
  if (g_str_equal (test, "squat-test"))
    {
      json_object_set_boolean_member (answers, "depth", g_str_equal (outcome, "ok"));
      json_object_set_boolean_member (answers, "fell_backward", !g_str_equal (outcome, "ok"));
    }
  else
    {
      json_object_set_boolean_member (answers, "left_dropped", g_str_equal (outcome, "left-weaker"));
      json_object_set_boolean_member (answers, "right_dropped", g_str_equal (outcome, "right-weaker"));
    }
  json_object_set_boolean_member (answers, "pain", pain);
  json_object_set_object_member (result, "answers", answers);

  return result;
}

/* Five sessions and two self-tests in the four weeks before "now", and
 * one of each long before, each with what must not reach the report */
static void
make_records (GPtrArray **sessions,
              GPtrArray **results)
{
  *sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  *results = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  g_ptr_array_add (*sessions, new_session ("out-1", 10, 1, "base", 3, 1.0, "foot", "right",
                                           "Old note from October"));
  g_ptr_array_add (*sessions, new_session ("in-1", 11, 10, "base", 5, 1.0, NULL, NULL,
                                           "Knee felt fine on the stairs"));
  g_ptr_array_add (*sessions, new_session ("in-2", 11, 12, "base", 6, 1.0, "knee", "left", NULL));
  g_ptr_array_add (*sessions, new_session ("in-3", 11, 17, "harder", 7, 1.0, "hip", "right",
                                           "Hip twinge on the harder squats"));
  g_ptr_array_add (*sessions, new_session ("in-4", 11, 26, "base", 0, 0.5, NULL, NULL, NULL));
  /* Stopped before the side steps: planned, none done */
  add_set ((*sessions)->pdata[(*sessions)->len - 1], "side-step", "base", NULL, 0);
  g_ptr_array_add (*sessions, new_session ("in-5", 12, 2, "base", 4, 1.0, NULL, NULL, NULL));

  g_ptr_array_add (*results, new_result ("r-out", 9, 15, "bridge-test", "right-weaker", FALSE));
  g_ptr_array_add (*results, new_result ("r-in-1", 11, 11, "squat-test", "tight-or-weak", FALSE));
  g_ptr_array_add (*results, new_result ("r-in-2", 11, 25, "bridge-test", "left-weaker", TRUE));
}

static StrideReport *
make_report (StrideReportRange range)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) results = NULL;
  StrideReportPeriod period;

  make_records (&sessions, &results);
  stride_report_period_init (&period, range, now, sessions, results);

  return stride_report_new (sessions, results, &period, 2, 3, now);
}

/* Runs a poppler tool; returns what it printed */
static char *
run_tool (const char *tool,
          const char *first_arg,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (tool);
  char *out = NULL;
  int status;
  va_list args;

  if (program == NULL)
    g_error ("%s is needed to read the report back (poppler-utils)", tool);

  g_ptr_array_add (argv, program);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* The PDF's text with every run of white space made one space, so that
 * a phrase wrapped in a table cell is still found */
static char *
dup_pdf_text (const char *path)
{
  g_autofree char *text = run_tool ("pdftotext", path, "-", NULL);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static guint
count_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);

  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* The pages as PNGs to look at, in the screenshots folder of the tests */
static void
save_pages (const char *path,
            const char *name)
{
  g_autofree char *dir = g_build_filename (TEST_BUILD_DIR, "screenshots", NULL);
  g_autofree char *prefix = g_build_filename (dir, name, NULL);
  g_autofree char *out = NULL;

  g_mkdir_with_parents (dir, 0755);
  out = run_tool ("pdftoppm", "-png", "-r", "60", path, prefix, NULL);
}

static char *
write_report (StrideReport      *report,
              const char        *name,
              StrideReportPaper  paper)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (stride_report_write_pdf (report, file, paper, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the report: %s", part, text);
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("“%s” should not be in the report: %s", part, text);
}

/* Each page ends with its number: nothing is drawn below the foot */
static void
assert_pages_end_with_numbers (const char *path)
{
  guint n_pages = count_pages (path);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      g_autofree char *text = run_tool ("pdftotext", "-f", number, "-l", number, path, "-", NULL);
      g_autofree char *foot = g_strdup_printf ("Page %u of %u", page, n_pages);

      g_strstrip (text);
      if (!g_str_has_suffix (text, foot))
        g_error ("Page %u does not end with its number: %s", page, text);
    }
}

static void
test_period (void)
{
  StrideReportPeriod period = { 1, 2 };
  g_autoptr(GError) error = NULL;
  GDate date;

  g_assert_true (stride_report_period_parse (&period, " 2026-09-01", "2026-11-30 ", now, &error));
  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 9, 2026);
  g_assert_cmpuint (period.first, ==, g_date_get_julian (&date));
  g_assert_cmpuint (period.last - period.first, ==, 90);

  /* Bad input says what to do, and leaves the period as it was */
  g_assert_false (stride_report_period_parse (&period, "2026-02-30", "2026-11-30", now, &error));
  g_assert_error (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_DATE);
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
  g_clear_error (&error);
  g_assert_false (stride_report_period_parse (&period, "1.9.2026", "2026-11-30", now, &error));
  g_assert_error (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_DATE);
  g_clear_error (&error);
  g_assert_false (stride_report_period_parse (&period, "2026-11-30", "2026-09-01", now, &error));
  g_assert_error (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_PERIOD);
  g_clear_error (&error);
  g_assert_false (stride_report_period_parse (&period, "", "2026-09-01", now, &error));
  g_assert_error (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_DATE);
  g_assert_cmpuint (period.last - period.first, ==, 90);
  g_clear_error (&error);

  /* Nothing can be recorded after today (4 December): a period that
   * starts later says so, and one that goes on ends today */
  g_assert_false (stride_report_period_parse (&period, "2026-12-31", "2026-12-31", now, &error));
  g_assert_error (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_BAD_PERIOD);
  g_assert_nonnull (strstr (error->message, "after today"));
  g_clear_error (&error);
  g_assert_true (stride_report_period_parse (&period, "2026-11-01", "2026-12-31", now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (period.last, ==, stride_report_day_of (now));
  {
    g_autoptr(GPtrArray) none = g_ptr_array_new ();
    g_autoptr(StrideReport) report = stride_report_new (none, NULL, &period, 2, 3, now);
    g_autofree char *path = write_report (report, "report-future.pdf", STRIDE_REPORT_PAPER_A4);
    g_autofree char *text = dup_pdf_text (path);

    /* The week of 30 November is under way; no week after it is listed */
    assert_contains (text, "Stride Report 1 November 2026 to 4 December 2026");
    assert_contains (text, "Week 49, from 30 Nov 2026 0 Week under way");
    g_assert_null (strstr (text, "from 7 Dec"));
    g_assert_null (strstr (text, "Week 50"));
  }

  /* Four weeks: from the Monday three weeks before this week's, to today */
  stride_report_period_init (&period, STRIDE_REPORT_RANGE_4_WEEKS, now, NULL, NULL);
  g_date_set_dmy (&date, 9, 11, 2026);
  g_assert_cmpuint (period.first, ==, g_date_get_julian (&date));
  g_date_set_dmy (&date, 4, 12, 2026);
  g_assert_cmpuint (period.last, ==, g_date_get_julian (&date));
}

/* The text of the report of @period on @sessions, written as @name */
static char *
dup_report_text (GPtrArray                *sessions,
                 GPtrArray                *results,
                 const StrideReportPeriod *period,
                 const char               *name)
{
  g_autoptr(StrideReport) report = stride_report_new (sessions, results, period, 2, 3, now);
  g_autofree char *path = write_report (report, name, STRIDE_REPORT_PAPER_A4);

  save_pages (path, name);
  return dup_pdf_text (path);
}

/* A period of chosen days may begin or end in the middle of a week:
 * such a week is shown with the sessions of its days in the period, and
 * is not held against the goal (it would be with days the runner may
 * well have trained on left out), unless those days met it */
static void
test_cut_weeks (void)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) results = NULL;
  StrideReportPeriod period;
  g_autoptr(GError) error = NULL;

  make_records (&sessions, &results);

  /* Wednesday 11 to Wednesday 25 November: the sessions of Tuesday 10
   * and Thursday 26 are outside */
  g_assert_true (stride_report_period_parse (&period, "2026-11-11", "2026-11-25", now, &error));
  g_assert_no_error (error);
  {
    g_autofree char *text = dup_report_text (sessions, results, &period, "report-cut-weeks");

    assert_contains (text, "Week 46, from 9 Nov 2026 1 Partly in this period");
    assert_contains (text, "Week 47, from 16 Nov 2026 1 Not met");
    assert_contains (text, "Week 48, from 23 Nov 2026 0 Partly in this period");
    assert_contains (text, "Weekly goal of 2 to 3 sessions met in 0 of 1 week");
    assert_contains (text, "The weekly goal of 2 to 3 sessions was met in 0 of 1 week.");
  }

  /* From Tuesday 10: both sessions of that week are in, and meet it */
  g_assert_true (stride_report_period_parse (&period, "2026-11-10", "2026-11-25", now, &error));
  {
    g_autofree char *text = dup_report_text (sessions, results, &period, "report-cut-weeks-met");

    assert_contains (text, "Week 46, from 9 Nov 2026 2 Met");
    assert_contains (text, "Weekly goal of 2 to 3 sessions met in 1 of 2 weeks");
  }
}

/* An average effort is rounded as a reader would: 6.25 is 6.3, not the
 * 6.2 that printing the binary number to one decimal gives */
static void
test_effort_average (void)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  const int efforts[] = { 6, 6, 7, 6 };
  StrideReportPeriod period;

  for (guint i = 0; i < G_N_ELEMENTS (efforts); i++)
    {
      g_autofree char *id = g_strdup_printf ("session-%u", i);

      g_ptr_array_add (sessions, new_session (id, 11, 10 + i, "base", efforts[i], 1.0, NULL, NULL, NULL));
    }
  stride_report_period_init (&period, STRIDE_REPORT_RANGE_4_WEEKS, now, NULL, NULL);
  {
    g_autofree char *text = dup_report_text (sessions, NULL, &period, "report-effort");

    assert_contains (text, "Squats Basic 4 4 48 6.3 of 10");
    assert_lacks (text, "6.2 of 10");
  }
}

static void
test_pdf (void)
{
  g_autoptr(StrideReport) report = make_report (STRIDE_REPORT_RANGE_4_WEEKS);
  g_autofree char *path = write_report (report, "report.pdf", STRIDE_REPORT_PAPER_A4);
  g_autofree char *text = dup_pdf_text (path);
  g_autofree char *images = run_tool ("pdfimages", "-list", path, NULL);
  g_auto(GStrv) image_lines = g_strsplit (images, "\n", -1);
  guint n_pages = count_pages (path);

  g_assert_cmpuint (stride_report_get_n_sessions (report), ==, 5);

  /* The title page */
  assert_contains (text, "Stride Report");
  assert_contains (text, "9 November 2026 to 4 December 2026");
  assert_contains (text, "Made on 4 December 2026");
  assert_contains (text, "5 sessions, 1 of them partly done");
  assert_contains (text, "Weekly goal of 2 to 3 sessions met in 1 of 3 weeks");

  /* Sessions per week against the goal: two, one, one, then this week's one */
  assert_contains (text, "The weekly goal of 2 to 3 sessions was met in 1 of 3 weeks.");
  assert_contains (text, "Week under way");

  /* The sessions, exercises and variations with reps and effort */
  assert_contains (text, "10 November 2026");
  assert_contains (text, "2 December 2026");
  assert_contains (text, "6 of 10");
  assert_contains (text, "Not rated");
  assert_contains (text, "50 %");
  assert_contains (text, "Squats Basic 4 4 48 5.0 of 10 Squats Harder 1 1 12 7.0 of 10 "
                         "Clamshells Basic 5 10 145 5.5 of 10");
  /* An exercise planned and not done is not one done in a session, nor
   * a line of the reps chart */
  assert_lacks (text, "Banded Side Steps");
  /* A short table is not split over pages */
  assert_lacks (text, "(continued)");

  /* Every pain report by site, side and date */
  assert_contains (text, "12 November 2026 Knee Left After a workout");
  assert_contains (text, "17 November 2026 Hip Right After a workout");
  assert_contains (text, "25 November 2026 Not recorded Not recorded During a self-test");

  /* The self-tests, with what was seen on each side */
  assert_contains (text, "11 November 2026 Standing Deep Squat Test Tight or weak");
  assert_contains (text, "25 November 2026 Hip Bridge Test Left weaker");
  assert_contains (text, "Left foot lifted: hips dropped");
  assert_contains (text, "Right foot lifted: hips stayed level");

  /* The notes */
  assert_contains (text, "Knee felt fine on the stairs");
  assert_contains (text, "Hip twinge on the harder squats");

  /* Nothing from before the period */
  assert_lacks (text, "October");
  assert_lacks (text, "September");
  assert_lacks (text, "Old note");
  assert_lacks (text, "Foot");
  assert_lacks (text, "Right weaker");

  /* Page numbers, and a sensible number of pages for so little */
  assert_contains (text, "Page 1 of");
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (n_pages, <=, 7);
  {
    g_autofree char *last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

    assert_contains (text, last);
  }

  /* The charts are paths and text: pdfimages lists only its header */
  for (guint i = 2; image_lines[i] != NULL; i++)
    g_assert_cmpstr (g_strstrip (image_lines[i]), ==, "");
  g_assert_true (g_str_has_prefix (image_lines[0], "page"));
  {
    gsize length;
    g_autofree char *pdf = NULL;

    g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
    g_assert_null (g_strstr_len (pdf, length, "/Subtype /Image"));
  }

  assert_pages_end_with_numbers (path);
  save_pages (path, "report-a4");
  g_unlink (path);
}

static void
test_letter (void)
{
  g_autoptr(StrideReport) report = make_report (STRIDE_REPORT_RANGE_ALL);
  g_autofree char *path = write_report (report, "report-letter.pdf", STRIDE_REPORT_PAPER_LETTER);
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  g_autofree char *text = dup_pdf_text (path);

  assert_contains (info, "612 x 792 pts (letter)");
  /* All of the records, from the first self-test on: the ones from before are in now */
  assert_contains (text, "15 September 2026 to 4 December 2026");
  assert_contains (text, "Old note from October");
  assert_contains (text, "15 September 2026 Hip Bridge Test Right weaker");
  assert_contains (text, "Foot Right");
  g_unlink (path);

  /* A goal of as many sessions at least as at most is said as one number */
  {
    g_autoptr(GPtrArray) sessions = NULL;
    g_autoptr(GPtrArray) results = NULL;
    g_autoptr(StrideReport) exact = NULL;
    g_autofree char *exact_path = NULL;
    g_autofree char *exact_text = NULL;
    StrideReportPeriod period;

    make_records (&sessions, &results);
    stride_report_period_init (&period, STRIDE_REPORT_RANGE_4_WEEKS, now, NULL, NULL);
    exact = stride_report_new (sessions, results, &period, 2, 2, now);
    exact_path = write_report (exact, "report-exact.pdf", STRIDE_REPORT_PAPER_A4);
    exact_text = dup_pdf_text (exact_path);
    assert_contains (exact_text, "Weekly goal of 2 sessions met in 1 of 3 weeks");
    assert_contains (exact_text, "The weekly goal of 2 sessions was met in 1 of 3 weeks.");
    g_unlink (exact_path);
  }
}

/* Sixty sessions with notes: the tables go on over pages, each page
 * under the table's header again, and no row is lost or cut */
static void
test_long (void)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(StrideReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  StrideReportPeriod period;
  guint n_pages;

  for (int i = 0; i < 60; i++)
    {
      g_autofree char *id = g_strdup_printf ("long-%d", i);
      g_autofree char *note = g_strdup_printf ("Note number %d: the squats went well and the clamshells burned on "
                                               "the left side more than on the right, as last time.", i);

      g_ptr_array_add (sessions, new_session (id, 1 + i / 6, 1 + (i % 6) * 4, "base", 1 + i % 10, 1.0,
                                              i % 3 == 0 ? "knee" : NULL, "both", note));
    }
  g_assert_true (stride_report_period_parse (&period, "2026-01-01", "2026-12-04", now, NULL));
  report = stride_report_new (sessions, NULL, &period, 2, 3, now);
  path = write_report (report, "report-long.pdf", STRIDE_REPORT_PAPER_A4);
  text = dup_pdf_text (path);
  n_pages = count_pages (path);

  for (int i = 0; i < 60; i++)
    {
      g_autofree char *note = g_strdup_printf ("Note number %d: the squats", i);

      assert_contains (text, note);
    }
  assert_contains (text, "Sessions (continued) Date Routine Done Effort Pain");
  assert_contains (text, "Notes from Sessions (continued) Date Note");
  assert_contains (text, "Sessions per Week (continued) Week Sessions Weekly goal");
  g_assert_cmpuint (n_pages, >=, 8);
  g_assert_cmpuint (n_pages, <=, 20);

  assert_pages_end_with_numbers (path);
  save_pages (path, "report-long");
  g_unlink (path);
}

/* A note of a few thousand words goes on over pages, whole */
static void
test_long_note (void)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GString) note = g_string_new ("First words of the note.");
  g_autoptr(StrideReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  StrideReportPeriod period;

  for (guint i = 0; i < 1200; i++)
    g_string_append_printf (note, " word%u", i);
  g_string_append (note, "\nLast words of the note.");
  g_ptr_array_add (sessions, new_session ("note-1", 11, 20, "base", 5, 1.0, NULL, NULL, note->str));
  stride_report_period_init (&period, STRIDE_REPORT_RANGE_4_WEEKS, now, NULL, NULL);
  report = stride_report_new (sessions, NULL, &period, 2, 3, now);
  path = write_report (report, "report-note.pdf", STRIDE_REPORT_PAPER_LETTER);
  text = dup_pdf_text (path);

  assert_contains (text, "First words of the note.");
  assert_contains (text, "word0 word1 word2");
  assert_contains (text, "word1198 word1199");
  assert_contains (text, "Last words of the note.");
  assert_contains (text, "Notes from Sessions (continued)");
  assert_pages_end_with_numbers (path);
  g_unlink (path);
}

static void
test_german (void)
{
  g_autoptr(StrideReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  report = make_report (STRIDE_REPORT_RANGE_4_WEEKS);
  path = write_report (report, "report-de.pdf", STRIDE_REPORT_PAPER_A4);
  text = dup_pdf_text (path);

  assert_contains (text, "Stride-Bericht");
  /* The months are the C library's, in German where its locale is there */
  assert_contains (text, "9. November 2026 bis 4.");
  assert_contains (text, "Seite 1 von");
  assert_contains (text, "Trainings pro Woche");
  assert_contains (text, "Schmerzangaben");
  assert_contains (text, "Knie Links Nach einem Training");
  assert_contains (text, "Selbsttests");
  assert_contains (text, "Notizen zu Trainings");
  assert_lacks (text, "Page 1 of");
  assert_lacks (text, "Sessions per Week");
  assert_lacks (text, "Week under way");

  save_pages (path, "report-de");
  g_unlink (path);
}

static void
test_unwritable (void)
{
  g_autoptr(StrideReport) report = make_report (STRIDE_REPORT_RANGE_4_WEEKS);
  g_autofree char *dir = g_build_filename (work_dir, "locked", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (dir, 0500), ==, 0);
  if (access (dir, W_OK) == 0)
    {
      g_test_skip ("running as a user who may write anywhere");
      g_rmdir (dir);
      return;
    }

  g_assert_false (stride_report_write_pdf (report, file, STRIDE_REPORT_PAPER_A4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

/* A folder where the file would go: refused even for a user who may
 * write anywhere, and the folder is left as it was */
static void
test_folder_in_the_way (void)
{
  g_autoptr(StrideReport) report = make_report (STRIDE_REPORT_RANGE_4_WEEKS);
  g_autofree char *path = g_build_filename (work_dir, "in-the-way.pdf", NULL);
  g_autofree char *inside = g_build_filename (path, "kept", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "kept", -1, NULL));

  g_assert_false (stride_report_write_pdf (report, file, STRIDE_REPORT_PAPER_A4, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));

  g_unlink (inside);
  g_rmdir (path);
}

static void
test_missing_folder (void)
{
  g_autoptr(StrideReport) report = make_report (STRIDE_REPORT_RANGE_4_WEEKS);
  g_autofree char *path = g_build_filename (work_dir, "not-there", "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (stride_report_write_pdf (report, file, STRIDE_REPORT_PAPER_A4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (error->message);
}

static StrideStore *
get_store (void)
{
  return stride_application_get_store (STRIDE_APPLICATION (app));
}

static gboolean
store_loaded (gpointer user_data)
{
  return stride_store_get_loaded (user_data);
}

static gboolean
dialog_shown (gpointer user_data)
{
  return stride_test_find_dialog (user_data) != NULL;
}

/* The report dialog, opened from the Progress page's row */
static GtkWindow *
open_report_dialog (StrideWindow *window,
                    GtkWidget    *page)
{
  g_assert_true (gtk_widget_activate_action (page, "progress.export-report", NULL));
  stride_test_wait_until (dialog_shown, window);

  return stride_test_find_dialog (GTK_WINDOW (window));
}

static gboolean
no_dialog_shown (gpointer user_data)
{
  return stride_test_find_dialog (user_data) == NULL;
}

static gboolean
text_shown (gpointer user_data)
{
  gpointer *args = user_data;
  g_autoptr(GPtrArray) texts = stride_test_collect_text (args[0]);

  return stride_test_text_contains (texts, args[1]);
}

/* Some text of the window starts with args[1] and says what to do */
static gboolean
text_starts_shown (gpointer user_data)
{
  gpointer *args = user_data;
  g_autoptr(GPtrArray) texts = stride_test_collect_text (args[0]);

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (g_str_has_prefix (text, args[1]) && g_str_has_suffix (text, "). Choose another folder."))
        return TRUE;
    }

  return FALSE;
}

static gboolean
chooser_in_folder (gpointer user_data)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (user_data);

  return folder != NULL;
}

static gboolean
chooser_has_file (gpointer user_data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (user_data);

  return file != NULL;
}

/* The popover at @user_data shown, or the export's file chooser */
static gboolean
list_or_chooser_shown (gpointer user_data)
{
  GtkWidget **popover = user_data;

  return stride_test_file_chooser_shown (NULL) || (*popover != NULL && gtk_widget_get_visible (*popover));
}

static gboolean
widget_hidden (gpointer user_data)
{
  return !gtk_widget_get_visible (user_data);
}

static gboolean
widget_visible (gpointer user_data)
{
  return gtk_widget_get_visible (user_data);
}

/* Types @text into @field, over what it held, key by key */
static void
type_over (GtkWindow  *window,
           GtkWidget  *field,
           const char *text)
{
  gtk_widget_grab_focus (field);
  stride_test_wait_for_frames (field, 1);
  stride_test_press_keys (window, "ctrl+a");
  stride_test_press_keys (window, "BackSpace");
  for (const char *c = text; *c != '\0'; c++)
    {
      char key[2] = { *c, '\0' };

      stride_test_press_keys (window, *c == '-' ? "minus" : key);
    }
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
put_records (void)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) results = NULL;

  make_records (&sessions, &results);
  for (guint i = 0; i < sessions->len; i++)
    stride_store_put (get_store (), STRIDE_COLLECTION_SESSIONS, g_ptr_array_index (sessions, i));
  for (guint i = 0; i < results->len; i++)
    stride_store_put (get_store (), STRIDE_COLLECTION_RESULTS, g_ptr_array_index (results, i));
}

static guint
count_records (StrideCollection collection)
{
  g_autoptr(GPtrArray) records = stride_store_list (get_store (), collection);

  return records->len;
}

/* Export Report… on the Progress page, through the dialog: dates typed
 * with the keyboard, a wrong one refused with a message, then the file
 * chosen and written with only the chosen days in it */
static void
test_dialog (void)
{
  StrideWindow *window;
  GtkWidget *page;
  GtkWindow *dialog;
  GtkWindow *chooser;
  GtkWidget *period, *first, *last, *error_label;
  g_autoptr(GFile) folder = g_file_new_for_path (work_dir);
  g_autofree char *path = g_build_filename (work_dir, "physio.pdf", NULL);
  g_autofree char *text = NULL;
  guint n_sessions, n_results;

  put_records ();
  n_sessions = count_records (STRIDE_COLLECTION_SESSIONS);
  n_results = count_records (STRIDE_COLLECTION_RESULTS);

  window = stride_window_new (STRIDE_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
  gtk_window_present (GTK_WINDOW (window));
  stride_window_show_area (window, "progress");
  page = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PROGRESS_PAGE, NULL);
  g_assert_nonnull (page);
  stride_progress_page_set_now (STRIDE_PROGRESS_PAGE (page), now);
  stride_test_wait_until (stride_test_widget_is_mapped, page);
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);

  /* The row on the Progress page opens the dialog */
  {
    GtkWidget *row = stride_test_find_widget (page, ADW_TYPE_ACTION_ROW, NULL);
    g_autoptr(GPtrArray) texts = stride_test_collect_text (page);

    g_assert_nonnull (row);
    g_assert_true (stride_test_text_contains (texts, "Export Report…"));
  }
  dialog = open_report_dialog (window, page);
  period = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "report-period");
  first = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "report-first");
  last = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "report-last");
  error_label = stride_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "report-error");
  g_assert_nonnull (period);
  g_assert_nonnull (first);
  g_assert_nonnull (last);
  g_assert_nonnull (error_label);
  stride_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  g_free (stride_test_save_screenshot (GTK_WIDGET (dialog), "report-dialog"));

  /* Return on the Period row opens its list, as on any other row; it
   * does not export */
  {
    GtkWidget *popover = stride_test_find_widget (period, GTK_TYPE_POPOVER, NULL);

    g_assert_nonnull (popover);
    g_object_add_weak_pointer (G_OBJECT (popover), (gpointer *) &popover);
    gtk_widget_grab_focus (period);
    stride_test_press_keys (GTK_WINDOW (dialog), "Return");
    stride_test_wait_until (list_or_chooser_shown, &popover);
    g_assert_false (stride_test_file_chooser_shown (NULL));
    g_assert_nonnull (popover);
    g_object_remove_weak_pointer (G_OBJECT (popover), (gpointer *) &popover);
    stride_test_press_keys (GTK_WINDOW (dialog), "Escape");
    stride_test_wait_until (widget_hidden, popover);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  }

  /* Three months by default; the dates only for "Choose dates" */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (period)), ==, STRIDE_REPORT_RANGE_3_MONTHS);
  g_assert_false (gtk_widget_get_visible (first));
  adw_combo_row_set_selected (ADW_COMBO_ROW (period), STRIDE_REPORT_RANGE_DATES);
  stride_test_wait_until (widget_visible, first);

  /* A date that is not one: said under the fields, Export held back */
  type_over (dialog, first, "2026-13-01");
  stride_test_wait_until (widget_visible, error_label);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "“2026-13-01” is not a date"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "export"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "print"));
  stride_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  g_free (stride_test_save_screenshot (GTK_WIDGET (dialog), "report-dialog-error"));

  /* The last day before the first: said too */
  type_over (dialog, first, "2026-11-10");
  type_over (dialog, last, "2026-11-01");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "before the first"));

  type_over (dialog, last, "2026-11-20");
  stride_test_wait_until (widget_hidden, error_label);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "export"));

  /* Or picked on a calendar, which opens on the day typed */
  {
    GtkWidget *button = stride_test_find_widget (first, GTK_TYPE_MENU_BUTTON, "report-first-calendar");
    GtkWidget *calendar;
    g_autoptr(GDateTime) shown = NULL;
    g_autoptr(GDateTime) picked = g_date_time_new_local (2026, 10, 5, 0, 0, 0);

    g_assert_nonnull (button);
    gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Choose the first day on a calendar");
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    calendar = stride_test_find_widget (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))),
                                        GTK_TYPE_CALENDAR, NULL);
    g_assert_nonnull (calendar);
    stride_test_wait_until (stride_test_widget_is_mapped, calendar);
    shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));
    g_assert_cmpint (g_date_time_get_year (shown), ==, 2026);
    g_assert_cmpint (g_date_time_get_month (shown), ==, 11);
    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 10);

    gtk_calendar_select_day (GTK_CALENDAR (calendar), picked);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "2026-10-05");
    g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "export"));

    /* The month's and the year's arrows move the day shown, and the
     * field goes with it */
    g_object_set (calendar, "month", 8, NULL);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "2026-09-05");
    g_object_set (calendar, "year", 2025, NULL);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "2025-09-05");
    g_assert_true (gtk_widget_get_mapped (calendar));
    stride_test_wait_for_frames (GTK_WIDGET (dialog), 3);
    g_free (stride_test_save_screenshot (GTK_WIDGET (dialog), "report-dialog-calendar"));

    /* Back to the day typed before, for what follows */
    g_clear_pointer (&picked, g_date_time_unref);
    picked = g_date_time_new_local (2026, 11, 10, 0, 0, 0);
    gtk_calendar_select_day (GTK_CALENDAR (calendar), picked);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "2026-11-10");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  }

  /* Export PDF…, then the file chooser with the report's name */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  stride_test_wait_until (stride_test_file_chooser_shown, NULL);
  chooser = stride_test_find_file_chooser ();
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Report");
  stride_test_wait_until (chooser_in_folder, chooser);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==,
                   "Stride report 2026-12-04.pdf");
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "physio");
  stride_test_wait_until (chooser_has_file, chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  stride_test_wait_until (text_shown, (gpointer[]) { window, (gpointer) "Report saved as “physio.pdf”" });

  /* Only the days chosen, and nothing recorded changed */
  text = dup_pdf_text (path);
  assert_contains (text, "10 November 2026 to 20 November 2026");
  assert_contains (text, "Knee felt fine on the stairs");
  assert_contains (text, "12 November 2026 Knee Left After a workout");
  assert_contains (text, "11 November 2026 Standing Deep Squat Test Tight or weak");
  assert_lacks (text, "26 November 2026");
  assert_lacks (text, "Left weaker");
  assert_lacks (text, "Old note");
  g_assert_cmpuint (count_records (STRIDE_COLLECTION_SESSIONS), ==, n_sessions);
  g_assert_cmpuint (count_records (STRIDE_COLLECTION_RESULTS), ==, n_results);

  /* The next report starts from the period of the last one made, as the
   * runner goes back to the physio with the same kind of report */
  gtk_window_destroy (dialog);
  stride_test_wait_until (no_dialog_shown, window);
  dialog = open_report_dialog (window, page);
  period = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "report-period");
  first = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "report-first");
  last = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "report-last");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (period)), ==, STRIDE_REPORT_RANGE_DATES);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "2026-11-10");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (last)), ==, "2026-11-20");
  g_assert_true (gtk_widget_get_visible (first));
  /* A range is kept, and cancelling keeps nothing */
  adw_combo_row_set_selected (ADW_COMBO_ROW (period), STRIDE_REPORT_RANGE_12_MONTHS);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  stride_test_wait_until (no_dialog_shown, window);
  dialog = open_report_dialog (window, page);
  period = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "report-period");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (period)), ==, STRIDE_REPORT_RANGE_DATES);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  stride_test_wait_until (no_dialog_shown, window);
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_reset (settings, "report-period");
    g_settings_reset (settings, "report-first-day");
    g_settings_reset (settings, "report-last-day");
  }

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A folder no one may write in, not even root: the toast says so, and
 * what to do */
static void
test_dialog_unwritable (void)
{
  StrideWindow *window;
  GtkWidget *page;
  GtkWindow *dialog;
  GtkWindow *chooser;
  g_autoptr(GFile) folder = g_file_new_for_path ("/proc");

  window = stride_window_new (STRIDE_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
  gtk_window_present (GTK_WINDOW (window));
  stride_window_show_area (window, "progress");
  page = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PROGRESS_PAGE, NULL);
  stride_progress_page_set_now (STRIDE_PROGRESS_PAGE (page), now);
  stride_test_wait_until (stride_test_widget_is_mapped, page);

  /* From the main menu, beside the other exports, this time */
  stride_window_show_area (window, "exercises");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL));
  stride_test_wait_until (dialog_shown, window);
  g_assert_true (gtk_widget_get_mapped (page));
  dialog = stride_test_find_dialog (GTK_WINDOW (window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  stride_test_wait_until (stride_test_file_chooser_shown, NULL);
  chooser = stride_test_find_file_chooser ();
  stride_test_wait_until (chooser_in_folder, chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "stride.pdf");
  stride_test_wait_until (chooser_has_file, chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  stride_test_wait_until (text_starts_shown,
                          (gpointer[]) { window, (gpointer) "Could not save the report as “stride.pdf” (" });
  g_assert_false (g_file_test ("/proc/stride.pdf", G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The dialog in German, with a date that is not one */
static void
test_dialog_german (void)
{
  StrideWindow *window;
  GtkWidget *page;
  GtkWindow *dialog;
  GtkWidget *period, *first, *error_label;
  g_autoptr(GPtrArray) texts = NULL;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  window = stride_window_new (STRIDE_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 800);
  gtk_window_present (GTK_WINDOW (window));
  stride_window_show_area (window, "progress");
  page = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PROGRESS_PAGE, NULL);
  stride_progress_page_set_now (STRIDE_PROGRESS_PAGE (page), now);
  stride_test_wait_until (stride_test_widget_is_mapped, page);

  dialog = open_report_dialog (window, page);
  period = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "report-period");
  first = stride_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "report-first");
  error_label = stride_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "report-error");
  adw_combo_row_set_selected (ADW_COMBO_ROW (period), STRIDE_REPORT_RANGE_DATES);
  stride_test_wait_until (widget_visible, first);
  type_over (dialog, first, "2026-02-30");
  stride_test_wait_until (widget_visible, error_label);

  texts = stride_test_collect_text (GTK_WIDGET (dialog));
  g_assert_true (stride_test_text_contains (texts, "Bericht für deine Physiotherapie"));
  g_assert_true (stride_test_text_contains (texts, "PDF exportieren …"));
  g_assert_true (stride_test_text_contains (texts, "Zeitraum wählen"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), ==,
                   "»2026-02-30« ist kein Datum. Schreibe es als Jahr-Monat-Tag, zum Beispiel 2026-11-30.");
  stride_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  g_free (stride_test_save_screenshot (GTK_WIDGET (dialog), "report-dialog-error-de"));
  g_free (stride_test_save_screenshot (page, "report-progress-360-de"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Print… draws the same pages through GTK's print operation, here into
 * a PDF as "Print to File" does */
static void
test_print (void)
{
  g_autoptr(StrideReport) report = make_report (STRIDE_REPORT_RANGE_4_WEEKS);
  g_autofree char *path = g_build_filename (work_dir, "printed.pdf", NULL);
  g_autofree char *own_path = write_report (report, "own.pdf", STRIDE_REPORT_PAPER_A4);
  GtkPrintOperation *operation;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  operation = stride_report_print (report, NULL, NULL, GTK_PRINT_OPERATION_ACTION_EXPORT, path);
  /* The pages are drawn from idle callbacks; GTK 4.8 finishes an
   * exported file when the operation goes, and says nothing before */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&operation);

  text = dup_pdf_text (path);
  info = run_tool ("pdfinfo", path, NULL);
  assert_contains (info, "595");
  assert_contains (text, "Stride Report");
  assert_contains (text, "Hip twinge on the harder squats");
  assert_contains (text, "25 November 2026 Hip Bridge Test Left weaker");
  assert_lacks (text, "Old note");
  g_assert_cmpuint (count_pages (path), ==, count_pages (own_path));
  {
    g_autofree char *last = g_strdup_printf ("Page %u of %u", count_pages (path), count_pages (path));

    assert_contains (text, last);
  }

  save_pages (path, "report-printed");
  g_unlink (path);
  g_unlink (own_path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("stride-report-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  /* GTK's test backend keeps what a screen reader would be told, in
   * process and without a bus */
  g_setenv ("GTK_A11Y", "test", TRUE);
  work_dir = g_build_filename (home, "out", NULL);
  g_mkdir_with_parents (work_dir, 0755);
  app = stride_test_init_app (&argc, &argv);
  stride_test_wait_until (store_loaded, get_store ());
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* A Friday at noon */
  now = g_date_time_new_local (2026, 12, 4, 12, 0, 0);

  g_test_add_func ("/stride/report/period", test_period);
  g_test_add_func ("/stride/report/cut-weeks", test_cut_weeks);
  g_test_add_func ("/stride/report/effort-average", test_effort_average);
  g_test_add_func ("/stride/report/pdf", test_pdf);
  g_test_add_func ("/stride/report/letter", test_letter);
  g_test_add_func ("/stride/report/long", test_long);
  g_test_add_func ("/stride/report/long-note", test_long_note);
  g_test_add_func ("/stride/report/german", test_german);
  g_test_add_func ("/stride/report/unwritable", test_unwritable);
  g_test_add_func ("/stride/report/folder-in-the-way", test_folder_in_the_way);
  g_test_add_func ("/stride/report/missing-folder", test_missing_folder);
  g_test_add_func ("/stride/report/print", test_print);
  g_test_add_func ("/stride/report/dialog", test_dialog);
  g_test_add_func ("/stride/report/dialog-unwritable", test_dialog_unwritable);
  g_test_add_func ("/stride/report/dialog-german", test_dialog_german);

  status = g_test_run ();
  g_date_time_unref (now);
  g_object_unref (app);
  g_free (work_dir);

  return status;
}
