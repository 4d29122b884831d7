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
#include "stride-store-export.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;
static char *progress_path;

static gboolean
store_loaded (gpointer user_data)
{
  return stride_store_get_aside_path (user_data) != NULL;
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

static GtkWindow *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return window;
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer user_data)
{
  return find_dialog (user_data) != NULL;
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
  stride_test_wait_until (dialog_shown, window);
  dialog = find_dialog (GTK_WINDOW (window));
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
  g_assert_true (g_file_set_contents (progress_path, "{\"version\": 1, \"sessions\": [{\"id\": ", -1, NULL));
  g_assert_true (g_file_set_contents (backup,
                                      "{\"version\":1,\"sessions\":[{\"id\":\"from-backup\",\"modified\":\"2026-11-24T10:00:00Z\","
                                      "\"started\":\"2026-11-24T09:00:00Z\"}]}", -1, NULL));

  app = stride_test_init_app (&argc, &argv);

  g_test_add_func ("/stride/progress-file/damaged-file-banner", test_damaged_file_banner);
  g_test_add_func ("/stride/progress-file/save-failure-banner", test_save_failure_banner);
  g_test_add_func ("/stride/progress-file/close-writes-pending", test_close_writes_pending);
  g_test_add_func ("/stride/progress-file/export-import", test_export_import);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
