/* stride-library-page.c
 *
 * The Exercises area: a grid of cards, narrowed down by search, muscle
 * and equipment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-choice-list-factory.h"
#include "stride-catalog.h"
#include "stride-exercise-card.h"
#include "stride-library-page.h"

struct _StrideLibraryPage
{
  AdwBin parent_instance;

  GtkFilterListModel *shown;
  GtkCustomFilter *filter;

  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkDropDown *muscle_dropdown;
  GtkDropDown *equipment_dropdown;
  GtkStack *results_stack;
  AdwStatusPage *no_results;
  GtkFlowBox *cards;
};

G_DEFINE_FINAL_TYPE (StrideLibraryPage, stride_library_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Position 0 of the muscle drop-down is "All muscles"; position i + 1 is
 * stride_muscle_from_index (i). */
static StrideMuscle
get_muscle_filter (StrideLibraryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->muscle_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return STRIDE_MUSCLE_NONE;

  return stride_muscle_from_index (selected - 1);
}

static gboolean
exercise_is_shown (gpointer item,
                   gpointer user_data)
{
  StrideLibraryPage *self = user_data;
  StrideExercise *exercise = item;
  StrideMuscle muscle = get_muscle_filter (self);

  if (muscle != STRIDE_MUSCLE_NONE && !(stride_exercise_get_muscles (exercise) & muscle))
    return FALSE;

  switch ((StrideEquipmentFilter) gtk_drop_down_get_selected (self->equipment_dropdown))
    {
    case STRIDE_EQUIPMENT_FILTER_NONE:
      if (stride_exercise_get_equipment (exercise) != STRIDE_EQUIPMENT_NONE)
        return FALSE;
      break;
    case STRIDE_EQUIPMENT_FILTER_BAND:
      if (!stride_exercise_uses_band (exercise))
        return FALSE;
      break;
    case STRIDE_EQUIPMENT_FILTER_ANY:
    default:
      break;
    }

  return stride_exercise_matches (exercise, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_show_all_clicked (StrideLibraryPage *self)
{
  stride_library_page_clear_filters (self);
}

/* The empty state of a search is made when a search first finds nothing:
 * made with the page, its widgets, its big title's font and its 128 px
 * icon (which loads librsvg) cost start-up for a page it does not show */
static void
ensure_no_results (StrideLibraryPage *self)
{
  GtkWidget *button;

  if (self->no_results != NULL)
    return;

  button = gtk_button_new_with_mnemonic (_("_Show All Exercises"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_show_all_clicked), self);

  self->no_results = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->no_results, "edit-find-symbolic");
  adw_status_page_set_title (self->no_results, _("No Matching Exercises"));
  adw_status_page_set_description (self->no_results, _("Try another search or filter."));
  adw_status_page_set_child (self->no_results, button);
  gtk_stack_add_named (self->results_stack, GTK_WIDGET (self->no_results), "no-results");
}

static void
refilter (StrideLibraryPage *self)
{
  /* The drop-downs announce their first selection while the page is
   * still being built */
  if (self->filter == NULL)
    return;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    {
      gtk_stack_set_visible_child_name (self->results_stack, "cards");
    }
  else
    {
      ensure_no_results (self);
      gtk_stack_set_visible_child_name (self->results_stack, "no-results");
    }
}

static void
on_search_entry_search_changed (StrideLibraryPage *self)
{
  refilter (self);
}

/* Return opens the first card shown: the one found, or the first of
 * several. The search waits a moment after typing; Return does not. */
static void
on_search_entry_activate (StrideLibraryPage *self)
{
  GtkFlowBoxChild *first;

  refilter (self);
  first = gtk_flow_box_get_child_at_index (self->cards, 0);
  if (first != NULL)
    stride_exercise_card_open (self->cards, first);
}

static void
on_filter_changed (StrideLibraryPage *self)
{
  refilter (self);
}

static void
fill_filter_choices (StrideLibraryPage *self)
{
  g_autoptr(GtkStringList) muscles = gtk_string_list_new (NULL);
  const char *equipment[] = {
    [STRIDE_EQUIPMENT_FILTER_ANY] = _("Any equipment"),
    [STRIDE_EQUIPMENT_FILTER_NONE] = stride_equipment_get_label (STRIDE_EQUIPMENT_NONE),
    [STRIDE_EQUIPMENT_FILTER_BAND] = stride_equipment_get_label (STRIDE_EQUIPMENT_BAND),
    NULL
  };
  g_autoptr(GtkStringList) equipment_list = gtk_string_list_new (equipment);

  gtk_string_list_append (muscles, _("All muscles"));
  for (guint i = 0; i < STRIDE_MUSCLE_N_MUSCLES; i++)
    gtk_string_list_append (muscles, stride_muscle_get_label (stride_muscle_from_index (i)));

  gtk_drop_down_set_model (self->muscle_dropdown, G_LIST_MODEL (muscles));
  gtk_drop_down_set_model (self->equipment_dropdown, G_LIST_MODEL (equipment_list));
}

static void
stride_library_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StrideLibraryPage *self = STRIDE_LIBRARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_library_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StrideLibraryPage *self = STRIDE_LIBRARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_search_mode_changed (StrideLibraryPage *self)
{
  /* Closing the search bar shows every card again, as in Nautilus */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
stride_library_page_dispose (GObject *object)
{
  StrideLibraryPage *self = STRIDE_LIBRARY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_LIBRARY_PAGE);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (stride_library_page_parent_class)->dispose (object);
}

static void
stride_library_page_class_init (StrideLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_library_page_dispose;
  object_class->get_property = stride_library_page_get_property;
  object_class->set_property = stride_library_page_set_property;

  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideLibraryPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, StrideLibraryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, StrideLibraryPage, muscle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StrideLibraryPage, equipment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StrideLibraryPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, StrideLibraryPage, cards);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_cards_child_activated",
                                                G_CALLBACK (stride_exercise_card_open));
}

static void
stride_library_page_init (StrideLibraryPage *self)
{
  GListModel *exercises = stride_catalog_get_exercises (stride_catalog_get_default ());

  gtk_widget_init_template (GTK_WIDGET (self));
  stride_accessible_set_label (GTK_WIDGET (self->muscle_dropdown), _("Muscle"));
  stride_accessible_set_label (GTK_WIDGET (self->equipment_dropdown), _("Equipment"));
  stride_choice_list_factory_attach (GTK_WIDGET (self->muscle_dropdown));
  stride_choice_list_factory_attach (GTK_WIDGET (self->equipment_dropdown));

  fill_filter_choices (self);

  self->filter = gtk_custom_filter_new (exercise_is_shown, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (exercises), GTK_FILTER (self->filter));
  gtk_flow_box_bind_model (self->cards, G_LIST_MODEL (self->shown),
                           stride_exercise_card_create, NULL, NULL);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
}

/**
 * stride_library_page_start_search:
 *
 * Opens the search bar and puts the cursor in it.
 */
void
stride_library_page_start_search (StrideLibraryPage *self)
{
  g_return_if_fail (STRIDE_IS_LIBRARY_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * stride_library_page_search_for:
 * @text: the words to search for
 *
 * Opens the search bar with @text in it, the cursor after it.
 */
void
stride_library_page_search_for (StrideLibraryPage *self,
                                const char        *text)
{
  g_return_if_fail (STRIDE_IS_LIBRARY_PAGE (self));
  g_return_if_fail (text != NULL);

  stride_library_page_start_search (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

void
stride_library_page_set_muscle_filter (StrideLibraryPage *self,
                                       StrideMuscle       muscle)
{
  guint position = 0;

  g_return_if_fail (STRIDE_IS_LIBRARY_PAGE (self));

  for (guint i = 0; i < STRIDE_MUSCLE_N_MUSCLES; i++)
    {
      if (stride_muscle_from_index (i) == muscle)
        position = i + 1;
    }

  gtk_drop_down_set_selected (self->muscle_dropdown, position);
}

void
stride_library_page_set_equipment_filter (StrideLibraryPage     *self,
                                          StrideEquipmentFilter  filter)
{
  g_return_if_fail (STRIDE_IS_LIBRARY_PAGE (self));

  gtk_drop_down_set_selected (self->equipment_dropdown, filter);
}

/**
 * stride_library_page_clear_filters:
 *
 * Shows every exercise: clears the search and both filters.
 */
void
stride_library_page_clear_filters (StrideLibraryPage *self)
{
  g_return_if_fail (STRIDE_IS_LIBRARY_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->muscle_dropdown, 0);
  gtk_drop_down_set_selected (self->equipment_dropdown, STRIDE_EQUIPMENT_FILTER_ANY);
  refilter (self);
}

/**
 * stride_library_page_get_n_shown:
 *
 * Returns: how many cards the current search and filters let through
 */
guint
stride_library_page_get_n_shown (StrideLibraryPage *self)
{
  g_return_val_if_fail (STRIDE_IS_LIBRARY_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->shown));
}
