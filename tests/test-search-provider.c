/* test-search-provider.c
 *
 * GNOME Shell's search as the Shell asks it: over the session bus, from
 * a connection of its own, the words typed, the results' names and
 * lines, a click on one, and "more results" in the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-exercise-page.h"
#include "stride-library-page.h"
#include "stride-player-page.h"
#include "stride-routine.h"
#include "stride-test-utils.h"
#include "stride-window.h"

#define INTERFACE "org.gnome.Shell.SearchProvider2"

static GApplication *app;

typedef struct
{
  GDBusConnection *shell;
  char *bus_name;
  char *object_path;
} Fixture;

static gboolean
is_loaded (gpointer user_data)
{
  return stride_store_get_loaded (user_data);
}

static void
close_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);

  g_assert_no_error (error);
  /* The Shell's connection, not the app's */
  fixture->shell = g_dbus_connection_new_for_address_sync (address,
                                                           G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                                           | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                           NULL, NULL, &error);
  g_assert_no_error (error);

  /* Tests run side by side, each app without the well-known name: it
   * is asked at its own unique name, at the path the .ini file gives */
  fixture->bus_name = g_strdup (g_dbus_connection_get_unique_name (g_application_get_dbus_connection (app)));
  fixture->object_path = g_strconcat (g_application_get_dbus_object_path (app), "/SearchProvider", NULL);
  g_assert_cmpstr (fixture->object_path, ==, "/io/github/stridehips/Stride/SearchProvider");

  close_windows ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_windows ();
  g_dbus_connection_close_sync (fixture->shell, NULL, NULL);
  g_object_unref (fixture->shell);
  g_free (fixture->bus_name);
  g_free (fixture->object_path);
}

typedef struct
{
  GVariant *reply;
  GError *error;
  gboolean done;
} Call;

static void
on_called (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Call *call = user_data;

  call->reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &call->error);
  call->done = TRUE;
}

static gboolean
call_done (gpointer user_data)
{
  return ((Call *) user_data)->done;
}

/* Calls @method as the Shell does and waits for the answer, while the
 * app's main context runs */
static GVariant *
call (Fixture    *fixture,
      const char *method,
      GVariant   *parameters,
      const char *reply_type)
{
  Call result = { 0 };

  g_dbus_connection_call (fixture->shell, fixture->bus_name, fixture->object_path, INTERFACE, method,
                          parameters, G_VARIANT_TYPE (reply_type), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          on_called, &result);
  stride_test_wait_until (call_done, &result);
  g_assert_no_error (result.error);

  return result.reply;
}

/* The results for @terms, space-separated; each term one word */
static char *
find (Fixture    *fixture,
      const char *terms)
{
  g_auto(GStrv) words = g_strsplit (terms, " ", -1);
  g_autoptr(GVariant) reply = call (fixture, "GetInitialResultSet",
                                    g_variant_new ("(^as)", words), "(as)");
  g_autofree const char **results = NULL;

  g_variant_get (reply, "(^a&s)", &results);

  return g_strjoinv (" ", (char **) results);
}

static char *
refine (Fixture    *fixture,
        const char *previous,
        const char *terms)
{
  g_auto(GStrv) before = g_strsplit (previous, " ", -1);
  g_auto(GStrv) words = g_strsplit (terms, " ", -1);
  g_autoptr(GVariant) reply = call (fixture, "GetSubsearchResultSet",
                                    g_variant_new ("(^as^as)", before, words), "(as)");
  g_autofree const char **results = NULL;

  g_variant_get (reply, "(^a&s)", &results);

  return g_strjoinv (" ", (char **) results);
}

static gboolean
has_prefix (const char *results,
            const char *prefix)
{
  if (!g_str_has_prefix (results, prefix))
    {
      g_test_message ("“%s” does not start with “%s”", results, prefix);
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_word (const char *results,
          const char *word)
{
  g_auto(GStrv) words = g_strsplit (results, " ", -1);

  return g_strv_contains ((const char * const *) words, word);
}

static void
assert_no_window (void)
{
  /* A search alone never opens Stride's window */
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
put_own_routine (const char *id,
                 const char *name)
{
  StrideStore *store = stride_application_get_store (STRIDE_APPLICATION (app));
  g_autoptr(StrideRoutine) routine = stride_routine_new (id, name);
  g_autoptr(JsonObject) object = NULL;

  stride_routine_add_item (routine, "clamshell");
  object = stride_routine_to_json (routine);
  stride_store_put (store, STRIDE_COLLECTION_ROUTINES, object);
}

static void
test_search_find (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *bridge = find (fixture, "bridge");
  g_autofree char *clam = find (fixture, "clam");
  g_autofree char *upper = find (fixture, "CLAM");
  g_autofree char *single_leg = find (fixture, "single-leg");
  g_autofree char *donkey = find (fixture, "donkey");
  g_autofree char *quick = find (fixture, "quick");
  g_autofree char *two_words = find (fixture, "glute bridge");
  g_autofree char *nothing = find (fixture, "treadmill");
  g_autofree char *bridge_treadmill = find (fixture, "bridge treadmill");
  g_autofree char *own = NULL;
  g_autofree char *empty = NULL;

  /* The exercise named so first, then the routines that have it */
  g_assert_true (has_prefix (bridge, "exercise:glute-bridge routine:"));
  g_assert_true (has_word (bridge, "routine:full"));
  g_assert_false (has_word (bridge, "exercise:clamshell"));

  g_assert_true (has_prefix (clam, "exercise:clamshell routine:"));
  g_assert_cmpstr (upper, ==, clam);
  g_assert_false (has_word (clam, "exercise:squat"));

  /* The harder variation's words find the exercise */
  g_assert_true (has_prefix (single_leg, "exercise:squat exercise:glute-bridge"));
  /* The other name, as a lesser match than a name */
  g_assert_cmpstr (donkey, ==, "exercise:hip-extension");
  g_assert_cmpstr (quick, ==, "routine:quick");
  /* Every word must be found */
  g_assert_true (has_prefix (two_words, "exercise:glute-bridge"));
  g_assert_cmpstr (nothing, ==, "");
  g_assert_cmpstr (bridge_treadmill, ==, "");

  /* The user's own routines, once the progress is read */
  stride_test_wait_until (is_loaded, stride_application_get_store (STRIDE_APPLICATION (app)));
  put_own_routine ("own-morning", "Morning hips");
  own = find (fixture, "morn");
  g_assert_cmpstr (own, ==, "routine:own-morning");

  empty = find (fixture, "");
  g_assert_cmpstr (empty, ==, "");

  assert_no_window ();
}

static void
test_search_subsearch (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *bridge = find (fixture, "bridge");
  g_autofree char *narrowed = refine (fixture, bridge, "bridge single");
  g_autofree char *outside = refine (fixture, "exercise:squat", "bridge");

  g_assert_cmpstr (narrowed, ==, "exercise:glute-bridge");
  /* Never a result that was not among the previous ones */
  g_assert_cmpstr (outside, ==, "");
  assert_no_window ();
}

static GVariant *
lookup_meta (GVariant   *metas,
             const char *id)
{
  for (gsize i = 0; i < g_variant_n_children (metas); i++)
    {
      g_autoptr(GVariant) meta = g_variant_get_child_value (metas, i);
      const char *meta_id = NULL;

      if (g_variant_lookup (meta, "id", "&s", &meta_id) && g_str_equal (meta_id, id))
        return g_steal_pointer (&meta);
    }

  return NULL;
}

static void
assert_meta (GVariant   *metas,
             const char *id,
             const char *name,
             const char *description)
{
  g_autoptr(GVariant) meta = lookup_meta (metas, id);
  g_autoptr(GVariant) serialized = NULL;
  g_autoptr(GIcon) icon = NULL;
  const char *value = NULL;

  g_assert_nonnull (meta);
  g_assert_true (g_variant_lookup (meta, "name", "&s", &value));
  g_assert_cmpstr (value, ==, name);
  g_assert_true (g_variant_lookup (meta, "description", "&s", &value));
  g_assert_cmpstr (value, ==, description);

  serialized = g_variant_lookup_value (meta, "icon", NULL);
  g_assert_nonnull (serialized);
  icon = g_icon_deserialize (serialized);
  g_assert_true (G_IS_THEMED_ICON (icon));
  g_assert_cmpstr (g_themed_icon_get_names (G_THEMED_ICON (icon))[0], ==, APP_ID);
}

static void
test_search_metas (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *ids[] = { "exercise:clamshell", "routine:quick", "exercise:no-such", "routine:no-such", "nonsense",
                        "exercise:squat-test", NULL };
  g_autoptr(GVariant) reply = call (fixture, "GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  g_autoptr(GVariant) metas = g_variant_get_child_value (reply, 0);

  /* What is not a result (any more) is left out */
  g_assert_cmpuint (g_variant_n_children (metas), ==, 2);
  assert_meta (metas, "exercise:clamshell", "Clamshells", "Gluteus medius · 12–15 reps per side");
  assert_meta (metas, "routine:quick", "Quick 10 minutes", "5 exercises · 10 minutes");
  assert_no_window ();
}

/* In German, the words and the names are German, and an umlaut may be
 * typed or left out */
static void
test_search_german (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *ids[] = { "exercise:glute-bridge", NULL };
  g_autofree char *bruecke = NULL;
  g_autofree char *bruecke_plain = NULL;
  g_autofree char *gesaess = NULL;
  g_autofree char *clam = NULL;
  g_autofree char *squats = NULL;
  g_autofree char *quick = NULL;
  g_autofree char *single_leg = NULL;
  g_autofree char *donkey = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) meta = NULL;
  const char *name = NULL;

  if (!g_test_subprocess ())
    {
      stride_test_run_in_language ("de");
      return;
    }

  bruecke = find (fixture, "Brücke");
  bruecke_plain = find (fixture, "brucke");
  gesaess = find (fixture, "GESÄSS");
  clam = find (fixture, "clam");
  squats = find (fixture, "kniebeuge");
  quick = find (fixture, "schnell");
  single_leg = find (fixture, "einbeinig");
  donkey = find (fixture, "Donkey");

  g_assert_true (has_prefix (bruecke, "exercise:glute-bridge"));
  g_assert_cmpstr (bruecke_plain, ==, bruecke);
  g_assert_true (has_word (gesaess, "exercise:glute-bridge"));
  g_assert_true (has_prefix (clam, "exercise:clamshell"));
  g_assert_true (has_prefix (squats, "exercise:squat"));
  /* The words the help gives as examples */
  g_assert_cmpstr (quick, ==, "routine:quick");
  g_assert_true (has_prefix (single_leg, "exercise:squat exercise:glute-bridge"));
  g_assert_cmpstr (donkey, ==, "exercise:hip-extension");

  reply = call (fixture, "GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  metas = g_variant_get_child_value (reply, 0);
  meta = lookup_meta (metas, "exercise:glute-bridge");
  g_assert_nonnull (meta);
  g_assert_true (g_variant_lookup (meta, "name", "&s", &name));
  g_assert_cmpstr (name, ==, "Gesäßbrücke");
  assert_no_window ();
}

static StrideWindow *
get_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  return STRIDE_IS_WINDOW (window) ? STRIDE_WINDOW (window) : NULL;
}

static AdwLeaflet *
get_leaflet (void)
{
  return ADW_LEAFLET (stride_test_find_widget (GTK_WIDGET (get_window ()), ADW_TYPE_LEAFLET, NULL));
}

static gboolean
exercise_page_shown (gpointer user_data)
{
  StrideWindow *window = get_window ();
  GtkWidget *page;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return FALSE;

  page = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_EXERCISE_PAGE, NULL);
  return page != NULL
         && adw_leaflet_get_visible_child (get_leaflet ()) == page
         && !adw_leaflet_get_child_transition_running (get_leaflet ())
         && g_str_equal (stride_exercise_get_id (stride_exercise_page_get_exercise (STRIDE_EXERCISE_PAGE (page))),
                         user_data);
}

static void
save_screenshot (const char *name)
{
  StrideWindow *window = get_window ();
  g_autofree char *shot = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  stride_test_wait_for_frames (GTK_WIDGET (window), 20);
  shot = stride_test_save_screenshot (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)), name);
  g_test_message ("Screenshot: %s", shot);
}

static void
activate (Fixture    *fixture,
          const char *id,
          const char *terms)
{
  g_auto(GStrv) words = g_strsplit (terms, " ", -1);
  g_autoptr(GVariant) reply = call (fixture, "ActivateResult", g_variant_new ("(s^asu)", id, words, 0), "()");
}

static void
test_search_activate_exercise (Fixture       *fixture,
                               gconstpointer  data)
{
  activate (fixture, "exercise:clamshell", "clam");
  stride_test_wait_until (exercise_page_shown, (gpointer) "clamshell");
  save_screenshot ("search-activate-exercise");

  /* Another one, with the window open on the first */
  activate (fixture, "exercise:glute-bridge", "bridge");
  stride_test_wait_until (exercise_page_shown, (gpointer) "glute-bridge");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
}

static gboolean
player_shown (gpointer user_data)
{
  StrideWindow *window = get_window ();
  GtkWidget *player;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return FALSE;

  player = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_PLAYER_PAGE, NULL);
  return player != NULL
         && adw_leaflet_get_visible_child (get_leaflet ()) == player
         && stride_player_page_get_engine (STRIDE_PLAYER_PAGE (player)) != NULL;
}

static gboolean
finish_first_shown (gpointer user_data)
{
  g_autoptr(GPtrArray) texts = stride_test_collect_text (user_data);

  return stride_test_text_contains (texts, "Finish what is open first, then try again");
}

static void
test_search_activate_routine (Fixture       *fixture,
                              gconstpointer  data)
{
  StrideWindow *window;
  g_autoptr(GPtrArray) texts = NULL;

  /* As `stride --start quick` does: the player on the routine */
  activate (fixture, "routine:quick", "quick");
  stride_test_wait_until (player_shown, NULL);

  window = get_window ();
  texts = stride_test_collect_text (GTK_WIDGET (window));
  g_assert_true (stride_test_text_contains (texts, "Squats"));

  /* The workout is not left behind for another result: the runner is
   * told to finish it first */
  activate (fixture, "exercise:clamshell", "clam");
  stride_test_wait_until (finish_first_shown, window);
  g_assert_true (player_shown (NULL));
  activate (fixture, "routine:full", "full");
  stride_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_true (player_shown (NULL));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
}

typedef struct
{
  const char *text;
  guint n_shown;
} Searched;

static gboolean
library_searched (gpointer user_data)
{
  Searched *searched = user_data;
  StrideWindow *window = get_window ();
  GtkWidget *library, *entry;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return FALSE;

  library = stride_test_find_widget (GTK_WIDGET (window), STRIDE_TYPE_LIBRARY_PAGE, NULL);
  entry = stride_test_find_widget (library, GTK_TYPE_SEARCH_ENTRY, NULL);

  return gtk_widget_get_mapped (library)
         && g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), searched->text)
         && stride_library_page_get_n_shown (STRIDE_LIBRARY_PAGE (library)) == searched->n_shown;
}

static void
test_search_launch (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *terms[] = { "glute", "bridge", NULL };
  Searched searched = { "glute bridge", 1 };
  g_autoptr(GVariant) reply = NULL;

  /* From an exercise's page, the library comes back to search */
  activate (fixture, "exercise:clamshell", "clam");
  stride_test_wait_until (exercise_page_shown, (gpointer) "clamshell");

  reply = call (fixture, "LaunchSearch", g_variant_new ("(^asu)", terms, 0), "()");
  stride_test_wait_until (library_searched, &searched);
  save_screenshot ("search-launch-search");
}

static void
test_search_bad_result (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *ids[] = { "exercise:", "routine:", "", "exercise:squat", NULL };
  g_autoptr(GVariant) reply = call (fixture, "GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  g_autoptr(GVariant) metas = g_variant_get_child_value (reply, 0);
  g_autofree char *after = NULL;

  g_assert_cmpuint (g_variant_n_children (metas), ==, 1);

  /* A result that is not Stride's, or no longer is, opens nothing */
  g_test_expect_message ("Stride-UI", G_LOG_LEVEL_MESSAGE, "*“nonsense” is not Stride’s*");
  activate (fixture, "nonsense", "x");
  g_test_assert_expected_messages ();
  g_test_expect_message ("Stride-UI", G_LOG_LEVEL_MESSAGE, "*“exercise:squat-test” is not Stride’s*");
  activate (fixture, "exercise:squat-test", "squat");
  g_test_assert_expected_messages ();
  g_test_expect_message ("Stride-UI", G_LOG_LEVEL_MESSAGE, "*“routine:deleted” is not Stride’s*");
  activate (fixture, "routine:deleted", "deleted");
  g_test_assert_expected_messages ();
  assert_no_window ();

  /* The provider still answers */
  after = find (fixture, "clam");
  g_assert_true (has_prefix (after, "exercise:clamshell"));
}

/* The file that tells GNOME Shell where to ask names what the app
 * answers at */
static void
test_search_provider_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *desktop_id = NULL;
  g_autofree char *bus_name = NULL;
  g_autofree char *object_path = NULL;

  g_key_file_load_from_file (file, TEST_SOURCE_ROOT "/data/" APP_ID ".search-provider.ini", G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  desktop_id = g_key_file_get_string (file, "Shell Search Provider", "DesktopId", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desktop_id, ==, APP_ID ".desktop");
  bus_name = g_key_file_get_string (file, "Shell Search Provider", "BusName", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bus_name, ==, g_application_get_application_id (app));
  object_path = g_key_file_get_string (file, "Shell Search Provider", "ObjectPath", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (object_path, ==, fixture->object_path);
  g_assert_cmpint (g_key_file_get_integer (file, "Shell Search Provider", "Version", &error), ==, 2);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = stride_test_init_app (&argc, &argv);

  g_test_add ("/stride/search-provider/find", Fixture, NULL, fixture_set_up, test_search_find, fixture_tear_down);
  g_test_add ("/stride/search-provider/subsearch", Fixture, NULL, fixture_set_up, test_search_subsearch, fixture_tear_down);
  g_test_add ("/stride/search-provider/metas", Fixture, NULL, fixture_set_up, test_search_metas, fixture_tear_down);
  g_test_add ("/stride/search-provider/german", Fixture, NULL, fixture_set_up, test_search_german, fixture_tear_down);
  g_test_add ("/stride/search-provider/activate-exercise", Fixture, NULL, fixture_set_up, test_search_activate_exercise, fixture_tear_down);
  g_test_add ("/stride/search-provider/launch-search", Fixture, NULL, fixture_set_up, test_search_launch, fixture_tear_down);
  g_test_add ("/stride/search-provider/activate-routine", Fixture, NULL, fixture_set_up, test_search_activate_routine, fixture_tear_down);
  g_test_add ("/stride/search-provider/provider-file", Fixture, NULL, fixture_set_up, test_search_provider_file, fixture_tear_down);
  g_test_add ("/stride/search-provider/bad-result", Fixture, NULL, fixture_set_up, test_search_bad_result, fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
