/* test-help.c
 *
 * F1 on a desktop without a help viewer: the same pages, built as HTML,
 * open in the web browser; without a browser either, Stride says in
 * plain words what is missing and where the pages are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "stride-application.h"
#include "stride-test-utils.h"
#include "stride-window.h"

static GApplication *app;

/* Where the build puts the HTML help, in the layout of an installed
 * $datadir: <data dir>/stride/help/LANGUAGE/index.html */
static char *data_dir;

static gboolean
file_exists (gpointer user_data)
{
  return g_file_test (user_data, G_FILE_TEST_EXISTS);
}

static gboolean
text_shown (gpointer user_data)
{
  gpointer *args = user_data;
  g_autoptr(GPtrArray) texts = stride_test_collect_text (args[0]);

  return stride_test_text_contains (texts, args[1]);
}

/* Sets up what handles help: URIs and web pages: nothing for help:, and
 * for web pages a stand-in browser that records what it was given, or
 * nothing. The record is written whole and then moved into place, so
 * that the test never reads it half written. */
static char *
set_up_handlers (gboolean browser)
{
  char *record = g_build_filename (g_get_user_runtime_dir (), "browser-uri", NULL);
  g_autofree char *apps = g_build_filename (g_get_user_data_dir (), "applications", NULL);
  g_autofree char *handler = g_build_filename (apps, "stride-test-browser.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);
  g_autofree char *desktop = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Browser stand-in\n"
                                              "Exec=sh -c 'printf %%s \"$1\" > %s.part && mv %s.part %s' sh %%u\n"
                                              "MimeType=text/html;\nNoDisplay=true\n", record, record, record);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_unlink (record);
  if (browser)
    {
      g_assert_true (g_file_set_contents (handler, desktop, -1, &error));
      /* GNOME Help, if this machine has it, is not there for this test */
      g_assert_true (g_file_set_contents (mimeapps, "[Default Applications]\n"
                                          "text/html=stride-test-browser.desktop\n"
                                          "[Removed Associations]\n"
                                          "x-scheme-handler/help=yelp.desktop;\n", -1, &error));
    }
  else
    {
      g_unlink (handler);
      g_assert_true (g_file_set_contents (mimeapps, "[Removed Associations]\n"
                                          "x-scheme-handler/help=yelp.desktop;\n"
                                          "text/html=stride-test-browser.desktop;\n", -1, &error));
    }
  g_assert_no_error (error);

  return record;
}

static StrideWindow *
open_window (void)
{
  StrideWindow *window = stride_window_new (STRIDE_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_test_wait_for_frames (GTK_WIDGET (window), 3);
  return window;
}

/* F1 opens the HTML help in the web browser, in the user's language,
 * and says why it is there */
static void
test_help_browser (gconstpointer data)
{
  const char *language = data;
  g_autofree char *record = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;
  g_autoptr(GError) error = NULL;
  StrideWindow *window;

  if (language != NULL && !g_test_subprocess ())
    {
      stride_test_run_in_language (language);
      return;
    }

  record = set_up_handlers (TRUE);
  window = open_window ();
  stride_test_press_keys (GTK_WINDOW (window), "F1");
  stride_test_wait_until (file_exists, record);

  g_assert_true (g_file_get_contents (record, &uri, NULL, &error));
  g_assert_no_error (error);
  /* A browser is given a local page as a path or as a file: URI */
  if (g_str_has_prefix (uri, "file:"))
    {
      path = g_filename_from_uri (uri, NULL, &error);
      g_assert_no_error (error);
    }
  else
    path = g_strdup (uri);
  expected = g_build_filename (data_dir, "stride", "help", language != NULL ? language : "C", "index.html", NULL);
  g_assert_cmpstr (path, ==, expected);

  /* The page is the help's start page, in that language, with links to
   * the other pages */
  g_assert_true (g_file_get_contents (path, &page, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (page, language != NULL ? "Übungen" : "Exercises"));
  g_assert_nonnull (strstr (page, "workout.html"));

  {
    gpointer args[2] = { window, (gpointer) (language != NULL
                                             ? "Es ist kein Hilfe-Betrachter installiert, daher wurde die Hilfe im Webbrowser geöffnet"
                                             : "No help viewer is installed, so the help opened in your web browser") };

    stride_test_wait_until (text_shown, args);
  }

  g_unlink (record);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without a browser either: a dialog says what is missing and shows
 * the folder the pages are in */
static void
test_help_nothing (void)
{
  g_autofree char *record = set_up_handlers (FALSE);
  g_autofree char *folder = g_build_filename (data_dir, "stride", "help", "C", NULL);
  StrideWindow *window = open_window ();
  GtkWindow *dialog;
  GtkWidget *label;

  stride_test_press_keys (GTK_WINDOW (window), "F1");
  stride_test_wait_until (stride_test_dialog_shown, window);
  dialog = stride_test_find_dialog (GTK_WINDOW (window));

  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "No Help Viewer");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "none is installed"));
  g_assert_null (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Operation not supported"));
  label = stride_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "help-folder");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, folder);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_false (g_file_test (record, G_FILE_TEST_EXISTS));

  stride_test_wait_for_frames (GTK_WIDGET (dialog), 5);
  {
    g_autofree char *shot = stride_test_save_screenshot (GTK_WIDGET (dialog), "help-missing");

    g_test_message ("Screenshot: %s", shot);
  }

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *help_dir = NULL;
  g_autofree char *html = g_build_filename (TEST_BUILD_DIR, "..", "help", "html", NULL);
  g_autofree char *link = NULL;
  g_autofree char *data_dirs = NULL;
  int status;

  /* The built HTML help as an installed app has it, found through
   * XDG_DATA_DIRS; set before GLib reads it */
  data_dir = g_build_filename (TEST_BUILD_DIR, "help-data", NULL);
  help_dir = g_build_filename (data_dir, "stride", NULL);
  link = g_build_filename (help_dir, "help", NULL);
  g_assert_cmpint (g_mkdir_with_parents (help_dir, 0755), ==, 0);
  g_unlink (link);
  g_assert_cmpint (symlink (html, link), ==, 0);
  data_dirs = g_strdup_printf ("%s:/usr/local/share:/usr/share", data_dir);
  g_setenv ("XDG_DATA_DIRS", data_dirs, TRUE);

  app = stride_test_init_app (&argc, &argv);

  g_test_add_data_func ("/stride/help/browser", NULL, test_help_browser);
  g_test_add_data_func ("/stride/help/browser-de", "de", test_help_browser);
  g_test_add_func ("/stride/help/nothing", test_help_nothing);

  status = g_test_run ();
  g_object_unref (app);
  g_free (data_dir);

  return status;
}
