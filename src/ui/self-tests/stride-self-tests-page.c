/* stride-self-tests-page.c
 *
 * The Self-tests area: the guide's two at-home assessments as cards that
 * open their instructions, and for each test a way to take it, its last
 * result, the earlier ones, and when to take it again: four weeks on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-catalog.h"
#include "stride-exercise-card.h"
#include "stride-retest-row.h"
#include "stride-self-test.h"
#include "stride-self-test-summary.h"
#include "stride-self-tests-page.h"
#include "stride-store-follow.h"

struct _StrideSelfTestsPage
{
  AdwBin parent_instance;

  StrideStore *store;
  /* "Now" for the re-test prompt; NULL for the real time */
  GDateTime *now;

  GtkFlowBox *cards;
  GtkBox *results_box;
};

G_DEFINE_FINAL_TYPE (StrideSelfTestsPage, stride_self_tests_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
outcome_title (JsonObject *result)
{
  StrideSelfTestOutcome outcome;

  /* Listed results have an outcome Stride knows */
  stride_self_test_outcome_from_id (json_object_get_string_member (result, "outcome"), &outcome);
  return stride_self_test_outcome_get_title (outcome);
}

static GtkWidget *
create_result_row (JsonObject *result,
                   gboolean    latest)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = stride_self_test_summary_dup_when (result);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), outcome_title (result));
  if (latest)
    /* Translators: the date of the latest self-test result */
    subtitle = g_strdup_printf (_("Last result, %s"), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), latest ? subtitle : when);

  return row;
}

static GDateTime *
dup_now (StrideSelfTestsPage *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_utc ();
}

static GtkWidget *
create_test_group (StrideSelfTestsPage *self,
                   StrideSelfTestKind   kind,
                   GPtrArray           *all_results)
{
  const char *id = stride_self_test_kind_get_id (kind);
  StrideExercise *test = stride_catalog_lookup (stride_catalog_get_default (), id);
  g_autoptr(GPtrArray) results = stride_self_test_list_results (all_results, kind);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *take = adw_action_row_new ();
  g_autofree char *take_name = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), stride_exercise_get_name (test));

  /* A row, not a header button: the test's name keeps the whole width */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (take), _("Take the Test"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (take), kind == STRIDE_SELF_TEST_BRIDGE
                               ? _("About two minutes, guided step by step")
                               : _("About a minute, guided step by step"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (take), gtk_image_new_from_icon_name ("stride-self-test-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (take), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (take), TRUE);
  gtk_widget_add_css_class (take, "take-test");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (take), "win.start-self-test");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (take), "s", id);
  /* Translators: %s is a self-test's name, for screen readers */
  take_name = g_strdup_printf (_("Take the %s"), stride_exercise_get_name (test));
  stride_accessible_set_label (take, take_name);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), take);
  g_object_set_data (G_OBJECT (group), "take-row", take);

  if (results->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Not taken yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), stride_exercise_get_purpose (test));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      return group;
    }

  {
    g_autoptr(GDateTime) now = dup_now (self);
    g_autoptr(GDateTime) due = stride_retest_dup_due_from_results (all_results, kind, NULL);

    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_result_row (results->pdata[0], TRUE));
    /* When to take it again, and once that day has come, a button to */
    if (due != NULL)
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), stride_retest_row_new (kind, due, now, NULL));
  }

  if (results->len > 1)
    {
      GtkWidget *history = adw_expander_row_new ();
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u earlier result", "%u earlier results",
                                                             results->len - 1), results->len - 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (history), _("History"));
      stride_accessible_name_expander_row (history);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (history), count);
      for (guint i = 1; i < results->len; i++)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (history), create_result_row (results->pdata[i], FALSE));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), history);
    }

  return group;
}

static void
rebuild (StrideSelfTestsPage *self)
{
  g_autoptr(GPtrArray) results = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_box))) != NULL)
    gtk_box_remove (self->results_box, child);

  if (self->store == NULL)
    return;

  results = stride_store_list (self->store, STRIDE_COLLECTION_RESULTS);
  gtk_box_append (self->results_box, create_test_group (self, STRIDE_SELF_TEST_SQUAT, results));
  gtk_box_append (self->results_box, create_test_group (self, STRIDE_SELF_TEST_BRIDGE, results));
}

static void
on_store_changed (StrideSelfTestsPage *self,
                  guint                collection)
{
  if (collection == STRIDE_COLLECTION_RESULTS)
    rebuild (self);
}

/**
 * stride_self_tests_page_focus_test:
 * @kind: the self-test
 *
 * Gives the keyboard to the row that takes the self-test @kind, the one
 * its results are shown under.
 *
 * Returns: whether the row took it
 */
gboolean
stride_self_tests_page_focus_test (StrideSelfTestsPage *self,
                                   StrideSelfTestKind   kind)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TESTS_PAGE (self), FALSE);

  for (GtkWidget *group = gtk_widget_get_first_child (GTK_WIDGET (self->results_box));
       group != NULL;
       group = gtk_widget_get_next_sibling (group))
    {
      GtkWidget *take = g_object_get_data (G_OBJECT (group), "take-row");
      GVariant *test = take != NULL ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (take)) : NULL;

      if (test != NULL && g_str_equal (g_variant_get_string (test, NULL), stride_self_test_kind_get_id (kind)))
        return gtk_widget_grab_focus (take);
    }

  return FALSE;
}

static void
stride_self_tests_page_dispose (GObject *object)
{
  StrideSelfTestsPage *self = STRIDE_SELF_TESTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_SELF_TESTS_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (stride_self_tests_page_parent_class)->dispose (object);
}

static void
stride_self_tests_page_set_store (StrideSelfTestsPage *self,
                                  StrideStore         *store);


static void
stride_self_tests_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  StrideSelfTestsPage *self = STRIDE_SELF_TESTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_self_tests_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  StrideSelfTestsPage *self = STRIDE_SELF_TESTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      stride_self_tests_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_self_tests_page_class_init (StrideSelfTestsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_self_tests_page_dispose;
  object_class->get_property = stride_self_tests_page_get_property;
  object_class->set_property = stride_self_tests_page_set_property;

  /**
   * StrideSelfTestsPage:store:
   *
   * Where the results are.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, STRIDE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-self-tests-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestsPage, cards);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestsPage, results_box);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_cards_child_activated",
                                                G_CALLBACK (stride_exercise_card_open));
}

static void
stride_self_tests_page_init (StrideSelfTestsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_flow_box_bind_model (self->cards,
                           stride_catalog_get_self_tests (stride_catalog_get_default ()),
                           stride_exercise_card_create, NULL, NULL);
}

static void
stride_self_tests_page_set_store (StrideSelfTestsPage *self,
                                  StrideStore         *store)
{
  g_return_if_fail (STRIDE_IS_SELF_TESTS_PAGE (self));

  stride_store_follow (self, &self->store, store, G_CALLBACK (on_store_changed));

  rebuild (self);
}

/**
 * stride_self_tests_page_set_now:
 * @now: (nullable): the time the re-test prompt counts from; %NULL for
 *   the real time
 */
void
stride_self_tests_page_set_now (StrideSelfTestsPage *self,
                                GDateTime           *now)
{
  g_return_if_fail (STRIDE_IS_SELF_TESTS_PAGE (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;
  rebuild (self);
}
