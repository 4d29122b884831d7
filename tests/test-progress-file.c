/* test-progress-file.c
 *
 * What the user sees of the progress file: a damaged file found at start
 * is announced in a banner that names where it was kept; a save that
 * fails is announced and tried again; closing the window writes what is
 * pending before the app goes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-application.h"
#include "stride-history-page.h"
#include "stride-progress-page.h"
#include "stride-store-export.h"
#include "stride-test-i18n.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;
static char *progress_path;

#define NEWER_FILE "{\"version\": 99, \"sessions\": []}"

static gboolean
store_loaded (gpointer user_data)
{
  return stride_store_get_loaded (user_data);
}

static GtkRevealer *
find_banner (StrideWindow *window)
{
  return GTK_REVEALER (stride_test_find_widget (GTK_WIDGET (window), GTK_TYPE_REVEALER, NULL));
}

static const char *
banner_text (StrideWindow *window)
{
  GtkWidget *label = stride_test_find_widget (GTK_WIDGET (find_banner (window)), GTK_TYPE_LABEL, NULL);

  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
banner_shown (gpointer user_data)
{
  return gtk_revealer_get_child_revealed (find_banner (user_data));
}

static gboolean
banner_hidden (gpointer user_data)
{
  return !gtk_revealer_get_reveal_child (find_banner (user_data))
         && !gtk_revealer_get_child_revealed (find_banner (user_data));
}

static StrideWindow *
open_window (int width)
{
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, 600);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
click_banner_button (StrideWindow *window,
                     gboolean      dismiss)
{
  GtkWidget *box = gtk_revealer_get_child (find_banner (window));
  GtkWidget *button = gtk_widget_get_last_child (box);

  if (!dismiss)
    button = gtk_widget_get_prev_sibling (button);
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_damaged_file_banner (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  StrideWindow *window;
  g_autofree char *shot = NULL;

  stride_test_wait_until (store_loaded, store);
  g_assert_cmpint (stride_store_get_outcome (store), ==, STRIDE_STORE_RECOVERED_FROM_BACKUP);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "from-backup"));

  window = open_window (360);
  stride_test_wait_until (banner_shown, window);
  stride_test_wait_for_frames (GTK_WIDGET (window), 30);
  {
    g_autofree char *name = g_path_get_basename (stride_store_get_aside_path (store));

    g_assert_true (g_str_has_prefix (name, "progress.json.corrupt-"));
    g_assert_nonnull (strstr (banner_text (window), name));
  }
  g_assert_nonnull (strstr (banner_text (window), "backup"));
  stride_test_wait_for_frames (GTK_WIDGET (window), 2);
  shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                      "banner-damaged-360-light");
  g_test_message ("Screenshot: %s", shot);

  /* Dismissed, it stays away, in this window and the next; the file stays */
  {
    g_autofree char *aside = g_strdup (stride_store_get_aside_path (store));

    click_banner_button (window, TRUE);
    stride_test_wait_until (banner_hidden, window);
    gtk_window_destroy (GTK_WINDOW (window));
    window = open_window (360);
    stride_test_wait_for_frames (GTK_WIDGET (window), 2);
    g_assert_false (gtk_revealer_get_reveal_child (find_banner (window)));
    g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

static gboolean
has_save_error (gpointer user_data)
{
  return stride_store_get_save_error (user_data) != NULL;
}

static gboolean
saved (gpointer user_data)
{
  return stride_store_get_save_error (user_data) == NULL && !stride_store_get_unsaved (user_data);
}

static JsonObject *
new_session (const char *id)
{
  JsonObject *session = json_object_new ();

  json_object_set_string_member (session, "id", id);
  json_object_set_string_member (session, "started", "2026-11-25T18:00:00Z");
  json_object_set_string_member (session, "routine", "quick");
  return session;
}

static void
test_save_failure_banner (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autofree char *folder = g_path_get_dirname (progress_path);
  g_autofree char *moved = g_strconcat (folder, ".away", NULL);
  g_autoptr(JsonObject) session = new_session ("while-unwritable");
  StrideWindow *window = open_window (1000);
  g_autofree char *contents = NULL;

  /* A file where the folder was: not writable, even for root */
  g_assert_cmpint (g_rename (folder, moved), ==, 0);
  g_assert_true (g_file_set_contents (folder, "", 0, NULL));

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  stride_test_wait_until (has_save_error, store);
  stride_test_wait_until (banner_shown, window);
  g_assert_nonnull (strstr (banner_text (window), "could not be saved"));
  stride_test_wait_for_frames (GTK_WIDGET (window), 2);
  {
    g_autofree char *shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                                         "banner-save-failed-1000-light");
    g_test_message ("Screenshot: %s", shot);
  }

  /* The disk is back: Try Again saves, and the banner goes */
  g_assert_cmpint (g_remove (folder), ==, 0);
  g_assert_cmpint (g_rename (moved, folder), ==, 0);
  click_banner_button (window, FALSE);
  stride_test_wait_until (saved, store);
  stride_test_wait_until (banner_hidden, window);

  g_assert_true (g_file_get_contents (progress_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "while-unwritable"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
file_has_closing_session (gpointer user_data)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (progress_path, &contents, NULL, NULL)
         && strstr (contents, "written-on-close") != NULL;
}

static void
test_close_writes_pending (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(JsonObject) session = new_session ("written-on-close");
  StrideWindow *window = open_window (800);

  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  g_assert_true (stride_store_get_unsaved (store));
  gtk_window_close (GTK_WINDOW (window));

  /* With no window left, the app keeps itself alive until the write is done */
  stride_test_wait_until (file_has_closing_session, NULL);
}

static gboolean
file_exists_with (gpointer user_data)
{
  const char **args = user_data;
  g_autofree char *contents = NULL;

  return g_file_get_contents (args[0], &contents, NULL, NULL) && strstr (contents, args[1]) != NULL;
}

static gboolean
store_has (gpointer user_data)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));

  return stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, user_data) != NULL;
}

/* What the file chooser's answer leads to: export, and import back */
static void
test_export_import (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  StrideWindow *window = open_window (800);
  g_autofree char *dir = g_dir_make_tmp ("stride-export-XXXXXX", NULL);
  g_autofree char *json_path = g_build_filename (dir, "progress export.json", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "sessions.csv", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "holiday.json", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.json", NULL);
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  const char *json_check[] = { json_path, "written-on-close" };
  const char *csv_check[] = { csv_path, "date,routine,exercise" };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *dialog;

  stride_window_export_to (window, json_file, "json");
  stride_test_wait_until (file_exists_with, json_check);
  stride_window_export_to (window, csv_file, "csv");
  stride_test_wait_until (file_exists_with, csv_check);

  /* Not an export: a dialog says so, nothing changes */
  g_assert_true (g_file_set_contents (bad_path, "{\"photos\": [1, 2]}", -1, NULL));
  before = stride_store_export_json (store, NULL);
  stride_window_import_from (window, bad_file);
  stride_test_wait_until (stride_test_dialog_shown, window);
  dialog = stride_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "holiday.json"));
  after = stride_store_export_json (store, NULL);
  g_assert_cmpstr (before, ==, after);
  gtk_window_destroy (dialog);

  /* An export from another computer joins what is here */
  g_assert_true (g_file_set_contents (other_path,
                                      "{\"version\":1,\"sessions\":[{\"id\":\"from-laptop\",\"modified\":\"2026-11-23T10:00:00Z\","
                                      "\"started\":\"2026-11-23T09:00:00Z\"}]}", -1, NULL));
  stride_window_import_from (window, other_file);
  stride_test_wait_until (store_has, (gpointer) "from-laptop");
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "written-on-close"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dialog_gone (gpointer user_data)
{
  return !stride_test_dialog_shown (user_data);
}

static gboolean
store_has_unreadable (gpointer user_data)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));

  return stride_store_get_n_unreadable (store) == GPOINTER_TO_UINT (user_data);
}

/* An import with two bad records among good ones: the good one joins,
 * the banner counts the bad ones, Show lists them, Delete drops them */
static void
test_unreadable_records_banner (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autofree char *dir = g_dir_make_tmp ("stride-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "phone.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StrideWindow *window = open_window (360);
  GtkWindow *dialog;
  const char *body;

  g_assert_true (g_file_set_contents (path,
                                      "{\"version\":2,\"sessions\":["
                                      "{\"id\":\"good-one\",\"modified\":\"2026-11-20T10:00:00Z\",\"started\":\"2026-11-20T09:00:00Z\"},"
                                      "{\"id\":\"too-hard\",\"modified\":\"2026-11-21T10:00:00Z\",\"started\":\"2026-11-21T09:00:00Z\",\"effort\":11}],"
                                      "\"routines\":[{\"id\":\"r\",\"modified\":\"2026-11-21T10:00:00Z\",\"name\":\"Long\","
                                      "\"items\":[{\"exercise\":\"squat\",\"sets\":71582787}]}]}", -1, NULL));
  stride_window_import_from (window, file);
  stride_test_wait_until (store_has, (gpointer) "good-one");
  stride_test_wait_until (store_has_unreadable, GUINT_TO_POINTER (2));
  g_assert_null (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "too-hard"));
  g_assert_null (stride_store_lookup (store, STRIDE_COLLECTION_ROUTINES, "r"));

  stride_test_wait_until (banner_shown, window);
  g_assert_nonnull (strstr (banner_text (window), "2 records"));
  stride_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_free (stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                       "banner-unreadable-records-360-light"));

  click_banner_button (window, FALSE);
  stride_test_wait_until (stride_test_dialog_shown, window);
  dialog = stride_test_find_dialog (GTK_WINDOW (window));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "A session of 21 November 2026"));
  g_assert_nonnull (strstr (body, "The routine “Long”"));
  stride_test_wait_for_frames (GTK_WIDGET (dialog), 10);
  g_free (stride_test_save_screenshot (GTK_WIDGET (dialog), "dialog-unreadable-records"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "drop");
  gtk_window_destroy (dialog);
  stride_test_wait_until (store_has_unreadable, GUINT_TO_POINTER (0));
  stride_test_wait_until (banner_hidden, window);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "good-one"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The banner and the list of records that could not be read, at a
 * phone's width, light and dark, in English and, in a process of its
 * own, in German */
static void
test_unreadable_records_screens (gconstpointer data)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *suffix = g_strdup_printf ("%s%s", language != NULL ? "-" : "", language != NULL ? language : "");
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  static const char *scheme_names[] = { "light", "dark" };
  const char *text = "{\"version\":2,\"sessions\":["
                     "{\"id\":\"too-hard\",\"modified\":\"2026-11-21T10:00:00Z\",\"started\":\"2026-11-21T09:00:00Z\",\"effort\":11},"
                     "{\"id\":\"month-13\",\"modified\":\"2026-11-21T10:00:00Z\",\"started\":\"2026-13-01T09:00:00Z\"}],"
                     "\"results\":[{\"id\":\"t\",\"modified\":\"2026-11-02T10:00:00Z\",\"test\":\"plank\",\"taken\":\"2026-11-02T09:00:00Z\"}],"
                     "\"routines\":[{\"id\":\"r\",\"modified\":\"2026-11-21T10:00:00Z\",\"name\":\"Before a long run\","
                     "\"items\":[{\"exercise\":\"squat\",\"sets\":71582787}]}]}";
  StrideWindow *window;
  g_autoptr(GError) error = NULL;

  if (data != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (data);
      return;
    }

  /* Only the banner of this test: the damaged file of the others is
   * acknowledged, the records imported */
  stride_test_wait_until (store_loaded, store);
  stride_store_acknowledge_aside (store);
  g_assert_true (stride_store_import_json (store, text, strlen (text), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 4);

  window = open_window (360);
  stride_test_wait_until (banner_shown, window);
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *name = g_strdup_printf ("banner-unreadable-360-%s%s", scheme_names[i], suffix);
      g_autofree char *dialog_name = g_strdup_printf ("dialog-unreadable-360-%s%s", scheme_names[i], suffix);
      GtkWindow *dialog;

      adw_style_manager_set_color_scheme (style, schemes[i]);
      stride_test_wait_for_frames (GTK_WIDGET (window), 3);
      g_free (stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)), name));

      click_banner_button (window, FALSE);
      stride_test_wait_until (stride_test_dialog_shown, window);
      dialog = stride_test_find_dialog (GTK_WINDOW (window));
      stride_test_wait_for_frames (GTK_WIDGET (dialog), 10);
      g_free (stride_test_save_screenshot (GTK_WIDGET (dialog), dialog_name));
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
      gtk_window_destroy (dialog);
      stride_test_wait_until (dialog_gone, window);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  /* Kept means kept; the next tests start without them */
  g_assert_cmpuint (stride_store_get_n_unreadable (store), ==, 4);
  stride_store_drop_unreadable (store);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
saved_in_file (gpointer user_data)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autofree char *contents = NULL;

  return !stride_store_get_unsaved (store) && stride_store_get_save_error (store) == NULL
         && g_file_get_contents (progress_path, &contents, NULL, NULL) && strstr (contents, user_data) != NULL;
}

typedef struct
{
  const char *start_file;
  const char *language;
} LeftInPlace;

/* A progress file from a newer Stride, or something Stride cannot read
 * in its place (a folder, which even root cannot read as a file), found
 * at start in a process of its own: left where it is, the banner says
 * so, and what is recorded is not saved over it */
static void
test_left_in_place (gconstpointer data)
{
  const LeftInPlace *left = data;
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  static const char *scheme_names[] = { "light", "dark" };
  g_autoptr(JsonObject) session = new_session ("kept-in-memory");
  StrideWindow *window;

  if (!g_test_subprocess ())
    {
      g_setenv ("STRIDE_TEST_START_FILE", left->start_file, TRUE);
      if (left->language != NULL)
        stride_test_run_in_language (left->language);
      else
        {
          g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
          g_test_trap_assert_passed ();
        }
      g_unsetenv ("STRIDE_TEST_START_FILE");
      return;
    }

  stride_test_wait_until (store_loaded, store);
  g_assert_true (stride_store_get_blocked (store));
  g_assert_null (stride_store_get_aside_path (store));
  g_assert_cmpint (stride_store_get_outcome (store), ==,
                   g_str_equal (left->start_file, "newer") ? STRIDE_STORE_NEWER_VERSION : STRIDE_STORE_UNREADABLE);

  window = open_window (360);
  stride_test_wait_until (banner_shown, window);
  if (left->language == NULL)
    g_assert_nonnull (strstr (banner_text (window),
                              g_str_equal (left->start_file, "newer") ? "newer version of Stride" : "cannot read your progress file"));
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *name = g_strdup_printf ("banner-left-%s-360-%s%s%s", left->start_file, scheme_names[i],
                                               left->language != NULL ? "-" : "", left->language != NULL ? left->language : "");

      adw_style_manager_set_color_scheme (style, schemes[i]);
      stride_test_wait_for_frames (GTK_WIDGET (window), 3);
      g_free (stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)), name));
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* A session recorded now stays in memory; the file is not replaced */
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
  stride_test_wait_until (has_save_error, store);
  g_assert_true (stride_store_get_unsaved (store));
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "kept-in-memory"));
  if (g_str_equal (left->start_file, "newer"))
    {
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (progress_path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, NEWER_FILE);
    }
  else
    g_assert_true (g_file_test (progress_path, G_FILE_TEST_IS_DIR));

  /* Once the file can be read (here: this Stride's own layout, or the
   * folder gone), the session is saved and the banner goes */
  if (g_str_equal (left->start_file, "newer"))
    g_assert_true (g_file_set_contents (progress_path, "{\"version\": 2, \"sessions\": []}", -1, NULL));
  else
    g_assert_cmpint (g_rmdir (progress_path), ==, 0);
  stride_test_wait_until (saved_in_file, (gpointer) "kept-in-memory");
  stride_test_wait_until (banner_hidden, window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static JsonObject *
new_full_session (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (
    "{\"id\": \"rich\", \"started\": \"2026-11-26T17:30:00Z\", \"routine\": \"full\","
    " \"routine_name\": \"Full hip routine\", \"duration\": 1260, \"completion\": 0.6, \"effort\": 7,"
    " \"pain\": [{\"area\": \"knee\", \"side\": \"right\"}], \"note\": \"Windy; stopped after the bridges.\","
    " \"exercises\": [[\"squat\", \"base\", null, 15, 15],"
    "  [\"clamshell\", \"base\", \"left\", 15, 12],"
    "  [\"clamshell\", \"base\", \"right\", 15, 14],"
    "  [\"glute-bridge\", \"base\", null, \"hold\", 30]]}",
    &error);

  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (node));
}

static gboolean
child_revealed (gpointer revealer)
{
  return gtk_revealer_get_child_revealed (revealer);
}

static gboolean
undo_gone (gpointer user_data)
{
  return stride_test_find_button (user_data, "_Undo") == NULL;
}

static gboolean
history_shows (gpointer user_data)
{
  gpointer *args = user_data;

  return stride_history_page_get_n_shown (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
test_history (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(JsonObject) rich = new_full_session ();
  g_autoptr(GPtrArray) sessions = NULL;
  StrideWindow *window;
  StrideHistoryPage *history;
  g_autoptr(GPtrArray) texts = NULL;
  guint n_sessions;
  gpointer args[2];

  stride_test_wait_until (store_loaded, store);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, rich);
  sessions = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);
  n_sessions = sessions->len;

  window = open_window (1000);
  stride_window_show_area (window, "progress");
  /* The sessions are one step into the Progress area */
  stride_progress_page_show_history (STRIDE_PROGRESS_PAGE (stride_test_find_widget (GTK_WIDGET (window),
                                                                                    STRIDE_TYPE_PROGRESS_PAGE, NULL)));
  history = STRIDE_HISTORY_PAGE (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_HISTORY_PAGE, NULL));
  g_assert_nonnull (history);
  g_assert_cmpuint (stride_history_page_get_n_shown (history), ==, n_sessions);

  /* The newest session comes first, with what the runner needs to see */
  {
    GtkWidget *list = stride_test_find_widget (GTK_WIDGET (history), GTK_TYPE_LIST_BOX, NULL);
    GtkWidget *first = gtk_widget_get_first_child (list);

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (first), TRUE);
    /* Shown whole, for the screenshot below */
    stride_test_wait_until (child_revealed, stride_test_find_widget (first, GTK_TYPE_REVEALER, NULL));
    texts = stride_test_collect_text (first);
    g_assert_true (stride_test_text_contains (texts, "Full hip routine · 21 minutes · partly done (60 %) · effort 7 of 10 · pain: knee (right)"));
    g_assert_true (stride_test_text_contains (texts, "Clamshells, left, set 1"));
    g_assert_true (stride_test_text_contains (texts, "12 of 15 reps"));
    g_assert_true (stride_test_text_contains (texts, "Squats, set 1"));
    g_assert_true (stride_test_text_contains (texts, "Glute Bridge, set 1"));
    g_assert_true (stride_test_text_contains (texts, "held 30 seconds"));
    g_assert_true (stride_test_text_contains (texts, "Windy; stopped after the bridges."));
  }
  {
    g_autofree char *shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                                         "history-1000-light");
    g_test_message ("Screenshot: %s", shot);
  }

  /* Delete, then undo */
  {
    GtkWidget *list = stride_test_find_widget (GTK_WIDGET (history), GTK_TYPE_LIST_BOX, NULL);
    GtkWidget *first = gtk_widget_get_first_child (list);
    GtkButton *delete_button = NULL;
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    /* The row's only button with this tooltip */
    g_ptr_array_add (stack, first);
    while (stack->len > 0 && delete_button == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_widget_get_tooltip_text (w), "Delete Session") == 0)
          delete_button = GTK_BUTTON (w);
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_assert_nonnull (delete_button);
    g_signal_emit_by_name (delete_button, "clicked");
  }

  g_assert_null (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "rich"));
  args[0] = history;
  args[1] = GUINT_TO_POINTER (n_sessions - 1);
  stride_test_wait_until (history_shows, args);

  stride_test_wait_for_toast (GTK_WIDGET (window), "_Undo");
  g_signal_emit_by_name (stride_test_find_button (GTK_WIDGET (window), "_Undo"), "clicked");
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "rich"));
  args[1] = GUINT_TO_POINTER (n_sessions);
  stride_test_wait_until (history_shows, args);

  /* The toast leaves once used */
  stride_test_wait_until (undo_gone, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("stride-progress-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *folder = NULL;
  g_autofree char *backup = NULL;
  int status;

  /* A private data folder, with a damaged progress file and a good backup */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  folder = g_build_filename (data, APP_ID, NULL);
  progress_path = g_build_filename (folder, "progress.json", NULL);
  backup = g_strconcat (progress_path, ".bak", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  /* Or, for a test in a process of its own, a file left where it is */
  if (g_strcmp0 (g_getenv ("STRIDE_TEST_START_FILE"), "newer") == 0)
    g_assert_true (g_file_set_contents (progress_path, NEWER_FILE, -1, NULL));
  else if (g_strcmp0 (g_getenv ("STRIDE_TEST_START_FILE"), "unreadable") == 0)
    g_assert_cmpint (g_mkdir (progress_path, 0700), ==, 0);
  else
    g_assert_true (g_file_set_contents (progress_path, "{\"version\": 1, \"sessions\": [{\"id\": ", -1, NULL));
  g_assert_true (g_file_set_contents (backup,
                                      "{\"version\":1,\"sessions\":[{\"id\":\"from-backup\",\"modified\":\"2026-11-24T10:00:00Z\","
                                      "\"started\":\"2026-11-24T09:00:00Z\"}]}", -1, NULL));

  app = stride_test_init_app (&argc, &argv);

  g_test_add_func ("/stride/progress-file/damaged-file-banner", test_damaged_file_banner);
  g_test_add_func ("/stride/progress-file/save-failure-banner", test_save_failure_banner);
  g_test_add_func ("/stride/progress-file/close-writes-pending", test_close_writes_pending);
  g_test_add_func ("/stride/progress-file/export-import", test_export_import);
  g_test_add_func ("/stride/progress-file/unreadable-records-banner", test_unreadable_records_banner);
  g_test_add_data_func ("/stride/progress-file/unreadable-records-screens", NULL, test_unreadable_records_screens);
  g_test_add_data_func ("/stride/progress-file/unreadable-records-screens/de", "de", test_unreadable_records_screens);
  {
    static const LeftInPlace left_in_place[] = {
      { "newer", NULL }, { "newer", "de" }, { "unreadable", NULL }, { "unreadable", "de" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (left_in_place); i++)
      {
        /* Neither path a prefix of the other: a subprocess runs every
         * test under its path */
        g_autofree char *path = g_strdup_printf ("/stride/progress-file/left-in-place/%s/%s", left_in_place[i].start_file,
                                                 left_in_place[i].language != NULL ? left_in_place[i].language : "en");

        g_test_add_data_func (path, &left_in_place[i], test_left_in_place);
      }
  }
  g_test_add_func ("/stride/progress-file/history", test_history);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
