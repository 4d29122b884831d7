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
#include <stdlib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include "stride-application.h"
#include "stride-history-page.h"
#include "stride-player-page.h"
#include "stride-session-log-page.h"
#include "stride-progress-page.h"
#include "stride-routine-library.h"
#include "stride-store-export.h"
#include "stride-store-private.h"
#include "stride-test-i18n.h"
#include "stride-test-measure-counter.h"
#include "stride-test-utils.h"
#include "stride-window.h"
#include "stride-workout-page.h"

#define SECOND G_GINT64_CONSTANT (1000000)

static GApplication *app;
static char *progress_path;
static char *self_path;

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

/* What writing a file reports on a full disk */
static gboolean
write_to_full_disk (const char  *path,
                    GBytes      *contents,
                    GBytes      *previous,
                    GBytes      *backup,
                    GError     **error)
{
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC,
               "Failed to write file “%s.bak.X2Y3Z4”: write() failed: %s", path, g_strerror (ENOSPC));
  return FALSE;
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
  /* Why, in a few words: not the path of a file the save made on the
   * way, which changed with every retry and brought a dismissed banner
   * back */
  g_test_message ("%s", banner_text (window));
  g_assert_nonnull (strstr (banner_text (window), "could not be saved: Not a directory."));
  g_assert_null (strstr (banner_text (window), folder));
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

  /* A full disk, as writing a file tells it, with the path of the file
   * written on the way in its message: the banner says why in a few
   * words, the same as for a folder that is not there */
  {
    g_autoptr(JsonObject) later = new_session ("on-a-full-disk");

    stride_store_set_writer (store, write_to_full_disk);
    stride_store_put (store, STRIDE_COLLECTION_SESSIONS, later);
    stride_test_wait_until (has_save_error, store);
    stride_test_wait_until (banner_shown, window);
    g_test_message ("%s", banner_text (window));
    g_assert_nonnull (strstr (banner_text (window), "could not be saved: No space left on device."));
    g_assert_null (strstr (banner_text (window), "write()"));
    g_assert_null (strstr (banner_text (window), ".bak"));
    stride_store_set_writer (store, NULL);
    click_banner_button (window, FALSE);
    stride_test_wait_until (saved, store);
    stride_test_wait_until (banner_hidden, window);
  }
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
  const char *csv_check[] = { csv_path, "date,routine,duration (s),worked (s),done (%),exercise" };
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
    "  [\"side-step\", \"base\", \"left\", 10, 8],"
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

/* The keyboard on @user_data, or on the part of it that takes it: an
 * expander row's header */
static gboolean
has_focus_on (gpointer user_data)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (user_data));

  return focus != NULL && (focus == user_data || gtk_widget_is_ancestor (focus, user_data));
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

/* A runner's own words are shown as written, "&" and "<" too: read as
 * markup, a routine name or note with them showed nothing */
/* Each file chooser of the progress file says what its filter lets
 * through, in words: a filter without a name is an empty choice */
static void
test_file_filters_named (void)
{
  StrideWindow *window = open_window (1000);
  const char *actions[][2] = {
    { "win.export-json", "Stride Progress (JSON)" },
    { "win.export-csv", "Sessions Table (CSV)" },
    { "win.import", "Stride Progress (JSON)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWindow *chooser;
      GtkFileFilter *filter;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), actions[i][0], NULL));
      stride_test_wait_until (stride_test_file_chooser_shown, NULL);
      chooser = stride_test_find_file_chooser ();
      filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      g_assert_nonnull (filter);
      g_assert_cmpstr (gtk_file_filter_get_name (filter), ==, actions[i][1]);
      /* Closed as a user closes it */
      stride_test_press_keys (chooser, "Escape");
      while (stride_test_find_file_chooser () != NULL)
        g_main_context_iteration (NULL, TRUE);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_history_plain_text (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *started = g_date_time_format_iso8601 (now);
  g_autofree char *json = g_strdup_printf ("{\"id\": \"plain-text\", \"started\": \"%s\", \"routine\": \"mine\", "
                                           "\"routine_name\": \"Hips & Core <2>\", "
                                           "\"note\": \"Legs heavy & tired, <b>sore</b>\"}", started);
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GPtrArray) texts = NULL;
  StrideWindow *window;
  StrideHistoryPage *history;
  GtkWidget *first;

  stride_test_wait_until (store_loaded, store);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, json_node_get_object (node));

  window = open_window (1000);
  stride_window_show_area (window, "progress");
  stride_progress_page_show_history (STRIDE_PROGRESS_PAGE (stride_test_find_widget (GTK_WIDGET (window),
                                                                                    STRIDE_TYPE_PROGRESS_PAGE, NULL)));
  history = STRIDE_HISTORY_PAGE (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_HISTORY_PAGE, NULL));
  first = gtk_widget_get_first_child (stride_test_find_widget (GTK_WIDGET (history), GTK_TYPE_LIST_BOX, NULL));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (first), TRUE);
  stride_test_wait_until (child_revealed, stride_test_find_widget (first, GTK_TYPE_REVEALER, NULL));
  texts = stride_test_collect_text (first);
  for (guint i = 0; i < texts->len; i++)
    g_test_message ("shown: %s", (const char *) texts->pdata[i]);
  g_assert_true (stride_test_text_contains (texts, "Hips & Core <2>"));
  g_assert_true (stride_test_text_contains (texts, "Legs heavy & tired, <b>sore</b>"));

  gtk_window_destroy (GTK_WINDOW (window));
  stride_store_remove (store, STRIDE_COLLECTION_SESSIONS, "plain-text");
}

static void
test_history (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(JsonObject) rich = new_full_session ();
  g_autoptr(GPtrArray) sessions = NULL;
  StrideWindow *window;
  StrideHistoryPage *history;
  StrideTestMeasureCounter *empty_state;
  g_autoptr(GPtrArray) texts = NULL;
  guint n_sessions;
  gpointer args[2];

  stride_test_wait_until (store_loaded, store);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, rich);
  /* A day of one digit, written as the rest of the app writes it */
  {
    g_autoptr(JsonNode) node = json_from_string ("{\"id\": \"fifth\", \"started\": \"2026-11-05T12:00:00Z\", \"routine\": \"quick\"}", NULL);

    stride_store_put (store, STRIDE_COLLECTION_SESSIONS, json_node_get_object (node));
  }
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
  /* Its empty state is not laid out while sessions are listed, not even
   * when a row opens */
  empty_state = stride_test_count_measures (stride_test_find_widget (GTK_WIDGET (history),
                                                                     ADW_TYPE_STATUS_PAGE, NULL));

  /* The newest session comes first, with what the runner needs to see */
  {
    GtkWidget *list = stride_test_find_widget (GTK_WIDGET (history), GTK_TYPE_LIST_BOX, NULL);
    GtkWidget *first = gtk_widget_get_first_child (list);

    /* The row that Tab stops at says whether it is open */
    gtk_test_accessible_assert_state (first, GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (first), TRUE);
    gtk_test_accessible_assert_state (first, GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);
    /* Shown whole, for the screenshot below */
    stride_test_wait_until (child_revealed, stride_test_find_widget (first, GTK_TYPE_REVEALER, NULL));
    texts = stride_test_collect_text (first);
    g_assert_true (stride_test_text_contains (texts, "Full hip routine · 21 minutes · partly done (60 %) · effort 7 of 10 · pain: knee (right)"));
    g_assert_true (stride_test_text_contains (texts, "Clamshells, set 1, left side"));
    g_assert_true (stride_test_text_contains (texts, "12 of 15 reps"));
    /* Side steps in the guide's unit */
    g_assert_true (stride_test_text_contains (texts, "Banded Side Steps, set 1, to the left"));
    g_assert_true (stride_test_text_contains (texts, "8 of 10 steps"));
    g_assert_true (stride_test_text_contains (texts, "Squats, set 1"));
    g_assert_true (stride_test_text_contains (texts, "Glute Bridge, set 1"));
    g_assert_true (stride_test_text_contains (texts, "held 30 seconds"));
    g_assert_true (stride_test_text_contains (texts, "Windy; stopped after the bridges."));
  }
  {
    g_autoptr(GPtrArray) all = stride_test_collect_text (GTK_WIDGET (history));
    gboolean fifth = FALSE;

    for (guint i = 0; i < all->len; i++)
      {
        g_assert_null (strstr (all->pdata[i], "  "));
        fifth |= g_str_has_prefix (all->pdata[i], "Thursday, 5 November 2026, ");
      }
    g_assert_true (fifth);
  }
  {
    g_autofree char *shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                                         "history-1000-light");
    g_test_message ("Screenshot: %s", shot);
  }
  g_assert_cmpuint (stride_test_measure_count (empty_state), ==, 0);

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
    /* A screen reader tells which session it deletes: the icon is the
     * same on every row */
    {
      g_autofree char *name = g_strdup_printf ("Delete the Session of %s",
                                               adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)));

      gtk_test_accessible_assert_property (delete_button, GTK_ACCESSIBLE_PROPERTY_LABEL, name);
    }
    g_signal_emit_by_name (delete_button, "clicked");
  }

  g_assert_null (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "rich"));
  args[0] = history;
  args[1] = GUINT_TO_POINTER (n_sessions - 1);
  stride_test_wait_until (history_shows, args);

  /* Undone with Ctrl+Z, as the Undo of the toast */
  stride_test_wait_for_toast (GTK_WIDGET (window), "_Undo");
  stride_test_press_keys (GTK_WINDOW (window), "ctrl+z");
  args[1] = GUINT_TO_POINTER (n_sessions);
  stride_test_wait_until (history_shows, args);
  g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "rich"));
  /* With the keyboard on the session again, not on the Undo gone */
  {
    GtkWidget *list = stride_test_find_widget (GTK_WIDGET (history), GTK_TYPE_LIST_BOX, NULL);

    stride_test_wait_until (has_focus_on, gtk_widget_get_first_child (list));
  }

  /* The toast leaves once used */
  stride_test_wait_until (undo_gone, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
window_shows (gpointer user_data)
{
  gpointer *args = user_data;
  g_autoptr(GPtrArray) texts = stride_test_collect_text (args[0]);

  return stride_test_text_contains (texts, args[1]);
}

static gboolean
file_has (const char *id)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (progress_path, &contents, NULL, NULL) && strstr (contents, id) != NULL;
}

/* Plays the quick routine to its end on a fake clock and saves the
 * session log, as a runner does after a workout. Returns the session's ID. */
static char *
log_a_session (StrideWindow *window)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(StrideRoutine) quick = stride_routine_library_lookup (store, "quick", NULL);
  g_autoptr(StrideClock) clock = stride_fake_clock_new (5000 * SECOND);
  g_autoptr(GPtrArray) before = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);
  g_autoptr(GPtrArray) after = NULL;
  StridePlayerPage *player;
  StrideEngine *engine;
  GtkWidget *log;
  guint seconds = 0;

  /* What the banner says is not what these tests are about */
  stride_store_acknowledge_aside (store);
  g_assert_true (stride_window_start_workout (window, quick, clock));
  player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL));
  engine = stride_player_page_get_engine (player);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle", NULL);
  while (stride_engine_get_state (engine) == STRIDE_ENGINE_RUNNING && seconds++ < 700)
    {
      stride_fake_clock_advance_to (STRIDE_FAKE_CLOCK (clock), stride_clock_get_time (clock) + SECOND);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_assert_cmpint (stride_engine_get_state (engine), ==, STRIDE_ENGINE_FINISHED);

  log = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_SESSION_LOG_PAGE, NULL);
  g_assert_nonnull (log);
  stride_session_log_page_save (STRIDE_SESSION_LOG_PAGE (log));

  after = stride_store_list (store, STRIDE_COLLECTION_SESSIONS);
  for (guint i = 0; i < after->len; i++)
    if (!g_ptr_array_find (before, after->pdata[i], NULL)
        && stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS,
                                json_object_get_string_member (after->pdata[i], "id")) == after->pdata[i])
      {
        const char *id = json_object_get_string_member (after->pdata[i], "id");

        if (g_strcmp0 (json_object_get_string_member (after->pdata[i], "routine"), "quick") == 0)
          return g_strdup (id);
      }
  g_assert_not_reached ();
}

static gboolean
toast_or_file (gpointer user_data)
{
  gpointer *args = user_data;

  return window_shows (args) || file_has (args[2]);
}

/* "Session saved" comes once the session is on disk, not before: a crash
 * after the toast loses nothing. And it comes soon. */
static void
test_saved_when_durable (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  StrideWindow *window = open_window (1000);
  g_autofree char *id = NULL;
  gpointer args[3] = { window, (gpointer) "Session saved", NULL };
  gint64 start;

  stride_test_wait_until (store_loaded, store);
  id = log_a_session (window);
  start = g_get_monotonic_time ();
  args[2] = id;

  /* Whichever comes first, the file must have it when the toast shows */
  stride_test_wait_until (toast_or_file, args);
  stride_test_wait_until (window_shows, args);
  g_assert_true (file_has (id));
  g_test_message ("Save → toast: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  /* Not after the delay that gathers background changes */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 250 * 1000);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* As a click on its button does: the response, and the dialog closes */
static void
respond (GtkWindow  *dialog,
         const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
}

/* The folder cannot be written; a session is logged and the user quits
 * with Ctrl+Q. Stride asks, and whatever is chosen, the session is there
 * at the next start. */
static void
test_quit_while_unsaved (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autofree char *folder = g_path_get_dirname (progress_path);
  g_autofree char *moved = g_strconcat (folder, ".away", NULL);
  g_autofree char *journal = g_build_filename (g_get_user_state_dir (), APP_ID, "recovery.json", NULL);
  StrideWindow *window = open_window (1000);
  g_autofree char *id = NULL;
  gpointer not_saved[2] = { window, (gpointer) "Not saved yet: kept in a recovery file until Stride can save it" };
  gpointer saved_toast[2] = { window, (gpointer) "Session saved" };
  GtkWindow *dialog;

  stride_test_wait_until (store_loaded, store);
  g_assert_cmpint (g_rename (folder, moved), ==, 0);
  g_assert_true (g_file_set_contents (folder, "", 0, NULL));

  id = log_a_session (window);
  stride_test_wait_until (window_shows, not_saved);
  g_assert_false (window_shows (saved_toast));
  stride_test_wait_until (banner_shown, window);
  g_assert_cmpstr (stride_store_get_recovery_path (store), ==, journal);

  /* Ctrl+Q asks, and Keep Trying keeps the window */
  stride_test_press_keys (GTK_WINDOW (window), "ctrl+q");
  stride_test_wait_until (stride_test_dialog_shown, window);
  dialog = stride_test_find_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Progress Not Saved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "recovery file"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "copy"));
  stride_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  {
    g_autofree char *shot = stride_test_save_screenshot (GTK_WIDGET (dialog), "quit-unsaved-dialog");
    g_test_message ("Screenshot: %s", shot);
  }
  respond (dialog, "keep");
  stride_test_wait_until (dialog_gone, window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_test_message ("Kept trying");

  /* Asked again; Quit Without Saving closes it */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  stride_test_press_keys (GTK_WINDOW (window), "ctrl+q");
  stride_test_wait_until (stride_test_dialog_shown, window);
  /* The window goes, and its dialog with it */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (stride_test_find_dialog (GTK_WINDOW (window))), "quit");
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The next start, with the folder still broken: the journal has it */
  g_assert_true (g_file_test (journal, G_FILE_TEST_IS_REGULAR));
  {
    g_autoptr(StrideStore) next = stride_store_new (progress_path);

    g_assert_true (stride_store_load (next, NULL));
    g_assert_nonnull (stride_store_lookup (next, STRIDE_COLLECTION_SESSIONS, id));
  }

  g_test_message ("Read back from the recovery journal");
  /* The disk is back: the next start saves it into the file, once */
  g_assert_cmpint (g_remove (folder), ==, 0);
  g_assert_cmpint (g_rename (moved, folder), ==, 0);
  stride_test_wait_until (saved, store);
  g_assert_true (file_has (id));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static gboolean
is_gone (gpointer user_data)
{
  return *(gpointer *) user_data == NULL;
}

/* Asked on quitting while saves fail, and then a retry saves it all: the
 * question, which says the progress is at risk, goes, and the window
 * closes, as the user wanted */
static void
test_quit_question_after_saved (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autofree char *folder = g_path_get_dirname (progress_path);
  g_autofree char *moved = g_strconcat (folder, ".away", NULL);
  StrideWindow *window = open_window (1000);
  g_autofree char *id = NULL;

  stride_test_wait_until (store_loaded, store);
  g_assert_cmpint (g_rename (folder, moved), ==, 0);
  g_assert_true (g_file_set_contents (folder, "", 0, NULL));
  id = log_a_session (window);
  stride_test_wait_until (banner_shown, window);

  stride_test_press_keys (GTK_WINDOW (window), "ctrl+q");
  stride_test_wait_until (stride_test_dialog_shown, window);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (stride_test_find_dialog (GTK_WINDOW (window)))),
                   ==, "Progress Not Saved");

  /* The disk is back, and the next try saves */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_cmpint (g_remove (folder), ==, 0);
  g_assert_cmpint (g_rename (moved, folder), ==, 0);
  stride_store_flush_async (store, NULL, NULL, NULL);
  stride_test_wait_until (saved, store);
  stride_test_wait_until (is_gone, &window);
  g_assert_true (file_has (id));
  stride_test_forget_window_size ();
}

static void
test_import_with_deletions (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  StrideWindow *window = open_window (800);
  g_autofree char *dir = g_dir_make_tmp ("stride-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "laptop.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonObject) doomed = new_session ("deleted-on-laptop");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) in_an_hour = g_date_time_add_hours (now, 1);
  g_autofree char *deleted_at = g_date_time_format_iso8601 (in_an_hour);
  g_autofree char *export = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *dialog;
  const char *body;

  stride_test_wait_until (store_loaded, store);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, doomed);
  /* The laptop deleted it later (a time in the past would lose to the
   * put, one more than a day ahead is not believed), and recorded a new
   * session */
  export = g_strdup_printf ("{\"version\":2,\"sessions\":[{\"id\":\"new-on-laptop\",\"modified\":\"2026-11-29T10:00:00Z\","
                            "\"started\":\"2026-11-29T09:00:00Z\"}],"
                            "\"deleted\":[{\"id\":\"deleted-on-laptop\",\"collection\":\"sessions\",\"modified\":\"%s\"}]}",
                            deleted_at);
  g_assert_true (g_file_set_contents (path, export, -1, NULL));

  /* Asked first, with the counts; Cancel changes nothing */
  before = stride_store_export_json (store, NULL);
  stride_window_import_from (window, file);
  stride_test_wait_until (stride_test_dialog_shown, window);
  dialog = stride_test_find_dialog (GTK_WINDOW (window));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "add 1 record"));
  g_assert_nonnull (strstr (body, "update 0 records"));
  g_assert_nonnull (strstr (body, "remove 1 record"));
  stride_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  {
    g_autofree char *shot = stride_test_save_screenshot (GTK_WIDGET (dialog), "import-removes-dialog");
    g_test_message ("Screenshot: %s", shot);
  }
  respond (dialog, "cancel");
  stride_test_wait_until (dialog_gone, window);
  after = stride_store_export_json (store, NULL);
  g_assert_cmpstr (before, ==, after);

  /* Yes: added and removed, and said so */
  stride_window_import_from (window, file);
  stride_test_wait_until (stride_test_dialog_shown, window);
  respond (stride_test_find_dialog (GTK_WINDOW (window)), "import");
  stride_test_wait_until (store_has, (gpointer) "new-on-laptop");
  g_assert_null (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "deleted-on-laptop"));
  {
    gpointer args[2] = { window, (gpointer) "Imported, and removed 1 record" };

    stride_test_wait_until (window_shows, args);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_aside (gpointer user_data)
{
  return stride_store_get_aside_path (user_data) != NULL;
}

/* A damaged file noticed before a workout is said over the player, which
 * covers the banner, before the countdown can start */
static void
test_banner_before_workout (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  StrideWindow *window = open_window (1000);
  g_autoptr(StrideRoutine) quick = NULL;
  StridePlayerPage *player;
  GtkWindow *dialog;

  stride_test_wait_until (store_loaded, store);
  g_assert_true (g_file_set_contents (progress_path, "{\"version\": 2, \"sessions\": [", -1, NULL));
  stride_test_wait_until (has_aside, store);

  quick = stride_routine_library_lookup (store, "quick", NULL);
  g_assert_true (stride_window_start_workout (window, quick, NULL));
  player = STRIDE_PLAYER_PAGE (stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL));
  stride_test_wait_until (stride_test_dialog_shown, window);
  dialog = stride_test_find_dialog (GTK_WINDOW (window));
  g_test_message ("%s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "progress.json.corrupt-"));

  stride_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  {
    g_autofree char *shot = stride_test_save_screenshot (GTK_WIDGET (dialog), "before-workout-dialog");
    g_test_message ("Screenshot: %s", shot);
  }

  /* Space goes to the dialog, not to the countdown */
  stride_test_press_keys (dialog, "space");
  stride_test_wait_until (dialog_gone, window);
  g_assert_cmpint (stride_engine_get_state (stride_player_page_get_engine (player)), ==, STRIDE_ENGINE_READY);

  stride_store_acknowledge_aside (store);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
file_saved_with (gpointer user_data)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (progress_path, &contents, NULL, NULL) && strstr (contents, user_data) != NULL;
}

/* This week's count as a page shows it: "1 of 2–3 sessions this week" */
static int
shown_count (GtkWidget *page)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (page);

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = texts->pdata[i];

      if (g_ascii_isdigit (text[0]) && strstr (text, "this week") != NULL)
        return atoi (text);
    }

  return -1;
}

typedef struct
{
  GApplication *app;
  gboolean player_shown;
  gboolean gave_up;
} CommandLineRun;

static gboolean
check_command_line_run (gpointer user_data)
{
  CommandLineRun *run = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));
  GtkWidget *player = window != NULL ? stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL) : NULL;

  if (player != NULL && gtk_widget_get_mapped (player))
    {
      StrideEngine *engine = stride_player_page_get_engine (STRIDE_PLAYER_PAGE (player));

      run->player_shown = g_strcmp0 (stride_routine_get_id (stride_plan_get_routine (stride_engine_get_plan (engine))),
                                     "my-own-routine") == 0;
      g_application_quit (run->app);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
give_up_command_line_run (gpointer user_data)
{
  CommandLineRun *run = user_data;

  run->gave_up = TRUE;
  g_application_quit (run->app);
  return G_SOURCE_REMOVE;
}

static gboolean
flushed (gpointer user_data)
{
  return !stride_store_get_unsaved (user_data);
}

/* `stride --start ID` with the user's own routine: the routine is in the
 * store, which a starting Stride has not read yet when the command line
 * is handled. It waits for the store, and the player opens on it. */
static void
test_start_own_routine (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(StrideRoutine) quick = NULL;
  g_autoptr(StrideRoutine) own = NULL;
  g_autoptr(JsonObject) object = NULL;
  CommandLineRun run = { 0 };
  char *argv[] = { (char *) "stride", (char *) "--start", (char *) "my-own-routine", NULL };
  guint check, give_up;
  int status;

  stride_test_wait_until (store_loaded, store);
  quick = stride_routine_library_lookup (store, "quick", NULL);
  own = stride_routine_copy (quick, "my-own-routine");
  stride_routine_set_name (own, "Before my long run");
  object = stride_routine_to_json (own);
  stride_store_put (store, STRIDE_COLLECTION_ROUTINES, object);
  stride_test_wait_until (flushed, store);

  /* A second Stride in this process, started as from a terminal */
  run.app = G_APPLICATION (stride_application_new (STRIDE_TYPE_WINDOW));
  g_application_set_flags (run.app, G_APPLICATION_NON_UNIQUE);
  /* The first one has the ID's objects on the bus; the files are the same */
  g_application_set_application_id (run.app, APP_ID ".CommandLine");
  check = g_timeout_add (20, check_command_line_run, &run);
  give_up = g_timeout_add_seconds (20, give_up_command_line_run, &run);
  status = g_application_run (run.app, G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_false (run.gave_up);
  g_assert_true (run.player_shown);

  if (!run.player_shown)
    g_source_remove (check);
  if (!run.gave_up)
    g_source_remove (give_up);
  {
    GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (run.app)));

    for (GList *l = windows; l != NULL; l = l->next)
      gtk_window_destroy (l->data);
    g_list_free (windows);
  }
  g_clear_object (&run.app);
}

/* The child of the kill test: logs a session as a runner does, and says
 * its ID on stdout once the window says "Session saved"; then waits to
 * be killed */
G_GNUC_NORETURN static void
log_session_then_wait (int    argc,
                       char **argv)
{
  StrideStore *store;
  StrideWindow *window;
  g_autofree char *id = NULL;
  gpointer args[2] = { NULL, (gpointer) "Session saved" };

  app = stride_test_init_app (&argc, &argv);
  progress_path = stride_store_get_default_path ();
  store = stride_application_get_store (STRIDE_APPLICATION (app));
  stride_test_wait_until (store_loaded, store);

  window = open_window (800);
  args[0] = window;
  id = log_a_session (window);
  stride_test_wait_until (window_shows, args);
  /* Among GTest's own lines on stdout */
  printf ("saved %s\n", id);
  fflush (stdout);

  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

/* Stride killed with SIGKILL right after it said "Session saved", 50
 * times: every session is in the file. Each run is a process of its own
 * with the app's window, store and session log, in a home of its own. */
static void
test_kill_after_saved (void)
{
  g_autofree char *home = g_dir_make_tmp ("stride-kill-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *state = g_build_filename (home, "state", NULL);
  g_autofree char *path = g_build_filename (data, APP_ID, "progress.json", NULL);
  g_auto(GStrv) envp = g_get_environ ();
  const guint n_runs = 50;
  guint lost = 0;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data, TRUE);
  envp = g_environ_setenv (envp, "XDG_STATE_HOME", state, TRUE);

  for (guint run = 0; run < n_runs; run++)
    {
      const char *argv[] = { self_path, "--log-session-then-wait", NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      char line[128] = "";
      GPid pid;
      int out_fd;
      FILE *out;
      int status;

      g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                NULL, NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);
      out = fdopen (out_fd, "r");
      do
        g_assert_nonnull (fgets (line, sizeof line, out));
      while (!g_str_has_prefix (line, "saved "));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      fclose (out);
      g_spawn_close_pid (pid);

      g_strchomp (line);
      g_assert_cmpuint (strlen (line), >, strlen ("saved "));
      if (!g_file_get_contents (path, &contents, NULL, NULL) || strstr (contents, line + strlen ("saved ")) == NULL)
        lost++;
    }

  g_test_message ("%u kills right after “Session saved”: %u sessions lost", n_runs, lost);
  g_assert_cmpuint (lost, ==, 0);
}

typedef struct
{
  GtkWidget *workout;
  GtkWidget *progress;
  int expected;
} Counts;

static gboolean
counts_shown (gpointer user_data)
{
  Counts *counts = user_data;

  return shown_count (counts->workout) == counts->expected && shown_count (counts->progress) == counts->expected;
}

/* A session started a moment ago; @completion as the player records it,
 * 0.03 for a quick routine skipped through */
static JsonObject *
new_session_now (const char *id,
                 double      completion)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *started = g_date_time_format_iso8601 (now);
  g_autofree char *text = g_strdup_printf ("{\"id\": \"%s\", \"modified\": \"%s\", \"started\": \"%s\", \"routine\": \"quick\","
                                           " \"completion\": %g, \"exercises\": [[\"squat\", \"base\", null, 10, 1]]}",
                                           id, started, started, completion);
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  return json_object_ref (json_node_get_object (node));
}

/* The week's count on the Workout and Progress pages follows every change
 * to the sessions, at once: one saved, deleted, its deletion undone, one
 * imported, one synced in from another computer */
static void
test_counts_follow_store (void)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  StrideWindow *window = open_window (1000);
  g_autofree char *dir = g_dir_make_tmp ("stride-counts-XXXXXX", NULL);
  g_autofree char *import_path = g_build_filename (dir, "laptop.json", NULL);
  g_autoptr(GFile) import_file = g_file_new_for_path (import_path);
  /* Skipped through, as in the report of a count that stayed at 0 */
  g_autoptr(JsonObject) saved = new_session_now ("saved-this-week", 0.03);
  Counts counts;

  stride_test_wait_until (store_loaded, store);
  stride_window_show_area (window, "workout");
  counts.workout = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_WORKOUT_PAGE, NULL);
  stride_window_show_area (window, "progress");
  counts.progress = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PROGRESS_PAGE, NULL);
  g_assert_nonnull (counts.workout);
  g_assert_nonnull (counts.progress);
  counts.expected = shown_count (counts.workout);
  g_assert_cmpint (counts.expected, >=, 0);
  stride_test_wait_until (counts_shown, &counts);

  /* Saved, as the session log saves it */
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, saved);
  counts.expected++;
  stride_test_wait_until (counts_shown, &counts);

  /* Deleted, and the deletion undone */
  stride_store_remove (store, STRIDE_COLLECTION_SESSIONS, "saved-this-week");
  counts.expected--;
  stride_test_wait_until (counts_shown, &counts);
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, saved);
  counts.expected++;
  stride_test_wait_until (counts_shown, &counts);

  /* Imported from another computer */
  {
    g_autoptr(JsonObject) imported = new_session_now ("imported-this-week", 1.0);
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), imported);
    g_autofree char *session = json_to_string (node, FALSE);
    g_autofree char *contents = g_strdup_printf ("{\"version\": 2, \"sessions\": [%s]}", session);

    g_assert_true (g_file_set_contents (import_path, contents, -1, NULL));
    stride_window_import_from (window, import_file);
    counts.expected++;
    stride_test_wait_until (counts_shown, &counts);
  }

  /* Written by another computer into a synced folder, and merged */
  {
    g_autoptr(JsonObject) synced = new_session_now ("synced-this-week", 1.0);
    g_autoptr(JsonNode) file = NULL;
    g_autofree char *contents = NULL;
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;

    stride_test_wait_until (file_saved_with, (gpointer) "imported-this-week");
    g_assert_true (g_file_get_contents (progress_path, &contents, NULL, NULL));
    file = json_from_string (contents, &error);
    g_assert_no_error (error);
    json_array_add_object_element (json_object_get_array_member (json_node_get_object (file), "sessions"),
                                   json_object_ref (synced));
    text = json_to_string (file, FALSE);
    g_assert_true (g_file_set_contents (progress_path, text, -1, NULL));
    counts.expected++;
    stride_test_wait_until (counts_shown, &counts);
    g_assert_nonnull (stride_store_lookup (store, STRIDE_COLLECTION_SESSIONS, "synced-this-week"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (import_path);
  g_rmdir (dir);
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

  self_path = argv[0];
  if (argc > 1 && g_str_equal (argv[1], "--log-session-then-wait"))
    {
      argv[1] = NULL;
      argc = 1;
      log_session_then_wait (argc, argv);
    }

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
    /* Damaged in its own shape, not in a record: nothing of it can be
     * told to be good */
    g_assert_true (g_file_set_contents (progress_path, "{\"version\": 1 \"sessions\": [{\"id\": ", -1, NULL));
  g_assert_true (g_file_set_contents (backup,
                                      "{\"version\":1,\"sessions\":[{\"id\":\"from-backup\",\"modified\":\"2026-11-24T10:00:00Z\","
                                      "\"started\":\"2026-11-24T09:00:00Z\"}]}", -1, NULL));

  /* Accessible names are kept, without a screen reader to give them to */
  g_setenv ("GTK_A11Y", "test", TRUE);
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
  g_test_add_func ("/stride/progress-file/history-plain-text", test_history_plain_text);
  g_test_add_func ("/stride/progress-file/file-filters-named", test_file_filters_named);
  g_test_add_func ("/stride/progress-file/saved-when-durable", test_saved_when_durable);
  g_test_add_func ("/stride/progress-file/quit-while-unsaved", test_quit_while_unsaved);
  g_test_add_func ("/stride/progress-file/quit-question-after-saved", test_quit_question_after_saved);
  g_test_add_func ("/stride/progress-file/import-with-deletions", test_import_with_deletions);
  g_test_add_func ("/stride/progress-file/banner-before-workout", test_banner_before_workout);
  g_test_add_func ("/stride/progress-file/start-own-routine", test_start_own_routine);
  /* A few minutes: a test of its own in tests/meson.build */
  if (g_test_slow ())
    g_test_add_func ("/stride/progress-file/kill-after-saved", test_kill_after_saved);
  g_test_add_func ("/stride/progress-file/counts-follow-store", test_counts_follow_store);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
