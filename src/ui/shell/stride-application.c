/* stride-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "stride-accessible.h"
#include "stride-application.h"
#include "stride-icon-theme-preload.h"
#include "stride-coaching-service.h"
#include "stride-cue-player.h"
#include "stride-player-page.h"
#include "stride-preferences-window.h"
#include "stride-realtime-clock.h"
#include "stride-reminders-group.h"
#include "stride-figure-export.h"
#include "stride-routine-opener.h"
#include "stride-search-provider.h"
#include "stride-store.h"
#include "stride-self-test.h"
#include "stride-toaster.h"

struct _StrideApplication
{
  AdwApplication parent_instance;

  /* What the app opens: the main window, given by main() so that the
   * app does not depend on the window that depends on it */
  GType window_type;
  StrideStore *store;
  StrideCuePlayer *cue_player;
  GSettings *settings;
  /* Answers GNOME Shell's search while the app is on the session bus */
  StrideSearchProvider *search_provider;
  /* Reminders and the other notices between workouts */
  StrideCoachingService *coaching;
  /* Started as the hidden reminder service: no window at first */
  gboolean start_hidden;
};

G_DEFINE_FINAL_TYPE (StrideApplication, stride_application, ADW_TYPE_APPLICATION)

static GtkWindow *
get_or_create_window (StrideApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      /* The icon themes are read on another core while the window is built */
      stride_icon_theme_preload_async (gdk_display_get_default (), NULL, NULL, NULL);
      window = g_object_new (self->window_type, "application", self, NULL);
    }

  return window;
}

static void
stride_application_activate (GApplication *app)
{
  StrideApplication *self = STRIDE_APPLICATION (app);

  /* Started at login to wait for reminders: a later activation, from
   * the launcher or a notification, opens the window */
  if (self->start_hidden)
    {
      self->start_hidden = FALSE;
      return;
    }

  gtk_window_present (get_or_create_window (self));
}

/* Files from Files or the command line are routine files to import */
static void
stride_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  StrideApplication *self = STRIDE_APPLICATION (app);
  GtkWindow *window = get_or_create_window (self);

  gtk_window_present (window);
  stride_routine_opener_open (app, self->store, GTK_WIDGET (window), files, n_files);
}

/* The help as HTML pages, built with the app for where no help viewer
 * is installed: the first of the user's languages that has them, in
 * $datadir/stride/help/LANGUAGE */
static GFile *
find_html_help (void)
{
  const char * const *languages = g_get_language_names ();
  const char * const *dirs = g_get_system_data_dirs ();

  for (guint l = 0; languages[l] != NULL; l++)
    for (guint d = 0; dirs[d] != NULL; d++)
      {
        g_autofree char *path = g_build_filename (dirs[d], "stride", "help", languages[l], "index.html", NULL);

        if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
          return g_file_new_for_path (path);
      }

  return NULL;
}

/* Neither a help viewer nor a web browser could show the help: says
 * what is missing, and where the pages are to open them by hand */
static void
show_help_missing (GtkWindow *window,
                   GFile     *html)
{
  GtkWidget *dialog = adw_message_dialog_new (window, _("No Help Viewer"), NULL);

  if (html != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (html);
      g_autofree char *path = g_file_get_path (folder);
      GtkWidget *label = gtk_label_new (path);

      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                   _("Stride’s help opens in a help viewer such as GNOME Help, and none is installed; "
                                     "no web browser could open it either. The same pages are in this folder: "
                                     "open index.html in any web browser."));
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_name (label, "help-folder");
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), label);
    }
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                 _("Stride’s help opens in a help viewer such as GNOME Help, and none is installed. "
                                   "Install GNOME Help to read it."));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_html_help_shown (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GFile) html = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      g_message ("Could not open the help in a web browser: %s", error->message);
      show_help_missing (GTK_WINDOW (source), html);
      return;
    }

  if (STRIDE_IS_TOASTER (source))
    stride_toaster_show (STRIDE_TOASTER (source),
                         _("No help viewer is installed, so the help opened in your web browser"));
}

static void
on_help_shown (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) html = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    return;

  /* No help viewer, most often: the same pages in a web browser */
  g_message ("Could not open help:stride: %s", error->message);
  html = find_html_help ();
  if (html != NULL)
    {
      g_autofree char *uri = g_file_get_uri (html);

      gtk_show_uri_full (GTK_WINDOW (source), uri, GDK_CURRENT_TIME, NULL, on_html_help_shown, g_steal_pointer (&html));
    }
  else
    show_help_missing (GTK_WINDOW (source), NULL);
}

static void
show_help (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  GtkWindow *window = get_or_create_window (user_data);

  gtk_show_uri_full (window, "help:stride", GDK_CURRENT_TIME,
                     NULL, on_help_shown, NULL);
}

static void
show_about (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  StrideApplication *self = user_data;
  const char *developers[] = { _("The Stride developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_or_create_window (self),
                        "application-name", _("Stride"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Stride developers"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Hip strength for runners: learn the exercises that keep your hips stable and your stride strong."),
                        "copyright", _("© 2026 The Stride developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing the windows (rather than g_application_quit) lets each one
   * save its state on the way out. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

typedef struct
{
  StrideApplication *app;
  char *id;
  gulong handler;
} PendingStart;

static void
open_player (StrideApplication *self,
             const char        *id)
{
  GtkWindow *window = get_or_create_window (self);

  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-workout", "s", id);
}

static void
on_loaded_for_start (StrideStore  *store,
                     GParamSpec   *pspec,
                     PendingStart *pending)
{
  if (!stride_store_get_loaded (store))
    return;

  g_signal_handler_disconnect (store, pending->handler);
  open_player (pending->app, pending->id);
  g_application_release (G_APPLICATION (pending->app));
  g_object_unref (pending->app);
  g_free (pending->id);
  g_free (pending);
}

/* From the command line and the desktop file's actions: opens the
 * player on a routine, in the running instance if there is one. The
 * user's own routines are in the store: at start-up the command waits
 * for it to be loaded, and the app stays up meanwhile. */
static void
start_workout (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  StrideApplication *self = user_data;
  const char *id = parameter != NULL ? g_variant_get_string (parameter, NULL) : "full";
  PendingStart *pending;

  if (stride_store_get_loaded (self->store))
    {
      open_player (self, id);
      return;
    }

  pending = g_new0 (PendingStart, 1);
  pending->app = g_object_ref (self);
  pending->id = g_strdup (id);
  g_application_hold (G_APPLICATION (self));
  pending->handler = g_signal_connect (self->store, "notify::loaded", G_CALLBACK (on_loaded_for_start), pending);
}

/* From the command line and the desktop file's actions: opens a
 * self-test's wizard */
static void
start_self_test (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *window = get_or_create_window (user_data);
  const char *name = g_action_get_name (G_ACTION (action));
  const char *id;

  /* The desktop file's actions take no parameter: their name says it */
  if (parameter != NULL)
    id = g_variant_get_string (parameter, NULL);
  else
    id = g_str_has_suffix (name, "bridge") ? "bridge" : "squat";

  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-self-test", "s", id);
}

/* From the desktop's search: an exercise's page, a routine in the
 * player, or the Exercises area searching for words */
static void
show_search_result (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *window = get_or_create_window (user_data);

  gtk_window_present (window);
  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.show-search-result", parameter);
}

static void
show_preferences (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  StrideApplication *self = user_data;
  GtkWidget *preferences = stride_preferences_window_new (get_or_create_window (self),
                                                          stride_application_get_cue_player (self));

  stride_preferences_window_add (STRIDE_PREFERENCES_WINDOW (preferences),
                                 stride_reminders_group_new (self->coaching));
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { .name = "preferences", .activate = show_preferences },
  { .name = "start-workout", .activate = start_workout, .parameter_type = "s" },
  { .name = "start-full", .activate = start_workout },
  { .name = "start-self-test", .activate = start_self_test, .parameter_type = "s" },
  { .name = "self-test-squat", .activate = start_self_test },
  { .name = "self-test-bridge", .activate = start_self_test },
  { .name = "show-search-result", .activate = show_search_result, .parameter_type = "(ss)" },
  { .name = "help", .activate = show_help },
  { .name = "about", .activate = show_about },
  { .name = "quit", .activate = quit },
};

static void
on_store_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!stride_store_load_finish (STRIDE_STORE (source), result, &error))
    g_warning ("Could not load the progress: %s", error->message);
}

static void
on_store_flushed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GApplication) app = user_data;
  g_autoptr(GError) error = NULL;

  /* A failure was shown while the window was open, and closing asked;
   * the file keeps what it had, and the backup too. What it misses is in
   * the recovery journal, if one could be written, for the next start. */
  if (!stride_store_flush_finish (STRIDE_STORE (source), result, &error))
    g_message ("Quitting with changes that could not be saved (%s); they are kept in %s",
               error->message, stride_store_get_recovery_path (STRIDE_STORE (source)) != NULL
                               ? stride_store_get_recovery_path (STRIDE_STORE (source))
                               : "no recovery journal either");

  g_application_release (app);
}

static void
stride_application_window_removed (GtkApplication *app,
                                   GtkWindow      *window)
{
  StrideApplication *self = STRIDE_APPLICATION (app);

  GTK_APPLICATION_CLASS (stride_application_parent_class)->window_removed (app, window);

  /* The last window is gone: stay alive until the progress is on disk */
  if (gtk_application_get_windows (app) == NULL && stride_store_get_unsaved (self->store))
    {
      g_application_hold (G_APPLICATION (app));
      stride_store_flush_async (self->store, NULL, on_store_flushed, g_object_ref (app));
    }
}

static void
stride_application_startup (GApplication *app)
{
  StrideApplication *self = STRIDE_APPLICATION (app);
  g_autofree char *progress_path = stride_store_get_default_path ();
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *find_accels[] = { "<Control>f", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (stride_application_parent_class)->startup (app);

  stride_accessible_name_buttons_by_text ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.find", find_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);

  /* The progress file's folder is made up front: a file monitor on a
   * file in a folder that does not exist looks for it every 4 seconds,
   * which would wake the reminder service while it waits */
  {
    g_autofree char *folder = g_path_get_dirname (progress_path);

    if (g_mkdir_with_parents (folder, 0700) != 0)
      g_message ("Could not make the folder %s: %s", folder, g_strerror (errno));
  }

  /* Loaded in the background; the window follows the store as it fills */
  self->store = stride_store_new (progress_path);
  stride_store_load_async (self->store, NULL, on_store_loaded, NULL);
  if (self->search_provider != NULL)
    stride_search_provider_set_store (self->search_provider, self->store);

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(StrideClock) clock = stride_realtime_clock_new ();

    self->coaching = stride_coaching_service_new (app, settings, self->store, clock);
  }
}

static gboolean
stride_application_dbus_register (GApplication     *app,
                                  GDBusConnection  *connection,
                                  const char       *object_path,
                                  GError          **error)
{
  StrideApplication *self = STRIDE_APPLICATION (app);

  if (!G_APPLICATION_CLASS (stride_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  self->search_provider = stride_search_provider_new (app);
  stride_search_provider_set_store (self->search_provider, self->store);

  return stride_search_provider_export (self->search_provider, connection, object_path, error);
}

static void
stride_application_dbus_unregister (GApplication    *app,
                                    GDBusConnection *connection,
                                    const char      *object_path)
{
  StrideApplication *self = STRIDE_APPLICATION (app);

  if (self->search_provider != NULL)
    stride_search_provider_unexport (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (stride_application_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
stride_application_dispose (GObject *object)
{
  StrideApplication *self = STRIDE_APPLICATION (object);

  g_clear_object (&self->search_provider);
  g_clear_object (&self->coaching);
  g_clear_object (&self->store);
  g_clear_object (&self->cue_player);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stride_application_parent_class)->dispose (object);
}

/* Options that do their work and exit, without a window or a display */
static int
stride_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  const char *export_dir = NULL;
  const char *routine = NULL;
  const char *self_test = NULL;

  if (g_variant_dict_lookup (options, "export-figures", "^&ay", &export_dir))
    {
      g_autoptr(GError) error = NULL;

      if (!stride_figure_export_all (export_dir, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "self-test", "&s", &self_test))
    {
      StrideSelfTestKind kind;

      if (!stride_self_test_kind_from_id (self_test, &kind))
        {
          /* Translators: %s is what was given on the command line */
          g_printerr (_("There is no self-test “%s”: use “squat” or “bridge”."), self_test);
          g_printerr ("\n");
          return EXIT_FAILURE;
        }
    }

  if (g_variant_dict_contains (options, "reminders"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      /* A running Stride already waits for the reminders */
      if (g_application_get_is_remote (app))
        return EXIT_SUCCESS;

      STRIDE_APPLICATION (app)->start_hidden = TRUE;
      return -1;
    }

  if (routine == NULL)
    g_variant_dict_lookup (options, "start", "&s", &routine);

  if (routine != NULL || self_test != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }

      if (routine != NULL)
        g_action_group_activate_action (G_ACTION_GROUP (app), "start-workout", g_variant_new_string (routine));
      else
        g_action_group_activate_action (G_ACTION_GROUP (app), "start-self-test", g_variant_new_string (self_test));
      /* A running Stride got the request; this one is done */
      if (g_application_get_is_remote (app))
        return EXIT_SUCCESS;
    }

  return -1;
}

static void
stride_application_class_init (StrideApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = stride_application_dispose;
  gtk_app_class->window_removed = stride_application_window_removed;

  app_class->activate = stride_application_activate;
  app_class->open = stride_application_open;
  app_class->handle_local_options = stride_application_handle_local_options;
  app_class->startup = stride_application_startup;
  app_class->dbus_register = stride_application_dbus_register;
  app_class->dbus_unregister = stride_application_dbus_unregister;
}

static void
stride_application_init (StrideApplication *self)
{
  static const GOptionEntry options[] = {
    { "start", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Open the workout player on a routine, e.g. “full” or “quick”"), N_("ROUTINE") },
    { "self-test", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Open a self-test: “squat” or “bridge”"), N_("TEST") },
    { "reminders", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Wait in the background for workout reminders, with no window"), NULL },
    { "export-figures", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write every illustration as SVG and PNG into DIR, then exit"), N_("DIR") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

/**
 * stride_application_new:
 * @window_type: the type of the main window, a #GtkApplicationWindow
 *   made with the application as its only property
 */
StrideApplication *
stride_application_new (GType window_type)
{
  StrideApplication *self;

  g_return_val_if_fail (g_type_is_a (window_type, GTK_TYPE_APPLICATION_WINDOW), NULL);

  self = g_object_new (STRIDE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
  self->window_type = window_type;

  return self;
}

/**
 * stride_application_get_store:
 *
 * Returns: (transfer none): the user's progress
 */
StrideStore *
stride_application_get_store (StrideApplication *self)
{
  g_return_val_if_fail (STRIDE_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * stride_application_get_coaching:
 *
 * Returns: (transfer none): the reminders, after start-up
 */
StrideCoachingService *
stride_application_get_coaching (StrideApplication *self)
{
  g_return_val_if_fail (STRIDE_IS_APPLICATION (self), NULL);

  return self->coaching;
}

static gboolean
mode_from_spoken (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_enum (value, g_variant_get_boolean (variant) ? STRIDE_CUE_MODE_VOICE_AND_TONES : STRIDE_CUE_MODE_TONES);
  return TRUE;
}

static GVariant *
spoken_from_mode (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  return g_variant_new_boolean (g_value_get_enum (value) == STRIDE_CUE_MODE_VOICE_AND_TONES);
}

/* Whether a workout player is on screen in @widget */
static gboolean
shows_player (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (STRIDE_IS_PLAYER_PAGE (widget))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_player (child))
      return TRUE;

  return FALSE;
}

static void
on_sound_available_changed (StrideApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* Said once: the workout goes on with what the screen shows. The
   * player says it on its stage for as long as it lasts. */
  if (window != NULL && shows_player (GTK_WIDGET (window)))
    return;
  if (!stride_cue_player_get_available (self->cue_player) && STRIDE_IS_TOASTER (window))
    /* Translators: said in one line at the bottom of a phone's screen,
     * about 30 characters at most; the cues are shown but not heard */
    stride_toaster_show (STRIDE_TOASTER (window), _("No sound: cues on screen only"));
}

static gboolean
report_sound_unavailable (gpointer user_data)
{
  on_sound_available_changed (user_data);

  return G_SOURCE_REMOVE;
}

/**
 * stride_application_get_cue_player:
 *
 * The sound of the workout cues, made when first needed: GStreamer is
 * not loaded for a runner who only reads about the exercises.
 *
 * Returns: (transfer none): the cue player
 */
StrideCuePlayer *
stride_application_get_cue_player (StrideApplication *self)
{
  g_return_val_if_fail (STRIDE_IS_APPLICATION (self), NULL);

  if (self->cue_player == NULL)
    {
      self->settings = g_settings_new (APP_ID);
      self->cue_player = stride_cue_player_new ();
      g_settings_bind (self->settings, "muted", self->cue_player, "muted", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "cue-volume", self->cue_player, "volume", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "tempo-ticks", self->cue_player, "ticks", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "tempo-tick-volume", self->cue_player, "tick-volume", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind_with_mapping (self->settings, "spoken-cues", self->cue_player, "mode",
                                    G_SETTINGS_BIND_DEFAULT, mode_from_spoken, spoken_from_mode, NULL, NULL);
      g_signal_connect_object (self->cue_player, "notify::available",
                               G_CALLBACK (on_sound_available_changed), self, G_CONNECT_SWAPPED);
      /* Told once the page that asked for sound is on screen, so that
       * the toast shows over it */
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, report_sound_unavailable,
                       g_object_ref (self), g_object_unref);
    }

  return self->cue_player;
}
