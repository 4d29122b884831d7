/* stride-accessible.c
 *
 * Names for screen readers where GTK 4.8 does not pass them on by itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "stride-accessible.h"

#define OWN_NAME_KEY "stride-accessible-own-name"
#define WATCHED_KEY "stride-accessible-watched"

/**
 * stride_accessible_set_label:
 * @widget: a control; a #GtkDropDown too
 * @label: its name, as a screen reader says it
 *
 * Names @widget, and only by @label: a name that says it all is not
 * followed by the title of the row that holds the control, nor by the
 * button's own text (GTK 4.8 reads both after it: “Take the bridge test
 * Weaker side”). Call it after the control is put in its row.
 *
 * A drop-down holds a button of its own that takes the keyboard focus
 * and is what a screen reader reads; GTK 4.8 does not give it the
 * drop-down's name, so it gets it here. (A menu button's own button is
 * named by the menu button already.)
 */
void
stride_accessible_set_label (GtkWidget  *widget,
                             const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  g_object_set_data (G_OBJECT (widget), OWN_NAME_KEY, GINT_TO_POINTER (TRUE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  if (GTK_IS_DROP_DOWN (widget))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (GTK_IS_BUTTON (child))
            gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        }
    }
}

/* GTK 4.8 gives a button with a mnemonic its label as written, “_Start”,
 * for a name, and reads its text after it: “underscore Start Start”.
 * Without that name the text alone names it. */
static void
drop_written_label (GtkButton *button)
{
  if (g_object_get_data (G_OBJECT (button), OWN_NAME_KEY) != NULL)
    return;
  if (!gtk_button_get_use_underline (button) || gtk_button_get_label (button) == NULL)
    return;

  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
on_button_label_changed (GtkButton  *button,
                         GParamSpec *pspec,
                         gpointer    user_data)
{
  drop_written_label (button);
}

static void
watch_button (GtkButton *button)
{
  if (g_object_get_data (G_OBJECT (button), WATCHED_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (button), WATCHED_KEY, GINT_TO_POINTER (TRUE));
  /* After GTK's own handler, which names it again */
  g_signal_connect_after (button, "notify::label", G_CALLBACK (on_button_label_changed), NULL);
  g_signal_connect_after (button, "notify::use-underline", G_CALLBACK (on_button_label_changed), NULL);
  drop_written_label (button);
}

static void
watch_buttons_below (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    watch_button (GTK_BUTTON (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_buttons_below (child);
}

static gboolean
on_widget_mapped (GSignalInvocationHint *hint,
                  guint                  n_params,
                  const GValue          *params,
                  gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);

  /* A window's buttons that are not shown yet are read too, such as a
   * dialog's responses laid out the other way for a narrow window */
  if (GTK_IS_WINDOW (object))
    watch_buttons_below (GTK_WIDGET (object));
  else if (GTK_IS_BUTTON (object))
    watch_button (GTK_BUTTON (object));

  return G_SOURCE_CONTINUE;
}

/**
 * stride_accessible_name_buttons_by_text:
 *
 * Has every button with a mnemonic, the app's own and those libadwaita
 * makes for a dialog's responses, named by its text alone as a screen
 * reader reads it: “Start”, not “_Start Start”. A button named with
 * stride_accessible_set_label() keeps that name. Call it once, before
 * any window is shown.
 */
void
stride_accessible_name_buttons_by_text (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The signal is there once the class is: kept for the app's life */
      GTypeClass *widget_class = g_type_class_ref (GTK_TYPE_WIDGET);
      guint map = g_signal_lookup ("map", G_TYPE_FROM_CLASS (widget_class));

      g_signal_add_emission_hook (map, 0, on_widget_mapped, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}

static void
on_row_title_changed (AdwPreferencesRow *row)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (row), -1);
}

static void
on_row_expanded_changed (AdwExpanderRow *row)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_EXPANDED,
                               adw_expander_row_get_expanded (row), -1);
}

/**
 * stride_accessible_name_expander_row:
 * @row: an #AdwExpanderRow
 *
 * Names @row by its title, and says whether it is open, as they change.
 * libadwaita 1.2 names the header inside the row but not the row
 * itself, which Tab stops at first: a screen reader read the row of each
 * exercise in the routine editor, and of each session in the history,
 * as nameless, and never as open or closed.
 */
void
stride_accessible_name_expander_row (GtkWidget *row)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  g_signal_connect (row, "notify::title", G_CALLBACK (on_row_title_changed), NULL);
  on_row_title_changed (ADW_PREFERENCES_ROW (row));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_row_expanded_changed), NULL);
  on_row_expanded_changed (ADW_EXPANDER_ROW (row));
}

/* The button that opens a search: a toggle with a magnifier, as an icon
 * name or as an image of its own */
static gboolean
is_search_button (GtkWidget *widget)
{
  GtkWidget *child;

  if (!GTK_IS_TOGGLE_BUTTON (widget))
    return FALSE;
  if (g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "edit-find-symbolic") == 0)
    return TRUE;
  child = gtk_button_get_child (GTK_BUTTON (widget));

  return GTK_IS_IMAGE (child) && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (child)), "edit-find-symbolic") == 0;
}

/**
 * stride_accessible_label_search:
 * @root: a window that brings its own search, e.g. a #GtkShortcutsWindow
 * @label: what its search looks for, e.g. “Search Shortcuts”
 *
 * Names the search entry and the button that opens it, which windows
 * such as #GtkShortcutsWindow and #AdwPreferencesWindow make without a
 * name.
 */
void
stride_accessible_label_search (GtkWidget  *root,
                                const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (label != NULL);

  if (GTK_IS_SEARCH_ENTRY (root) || is_search_button (root))
    gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    stride_accessible_label_search (child, label);
}

/**
 * stride_accessible_hide_decorations:
 * @root: e.g. a list row made by libadwaita
 *
 * Takes the pictures under @root that only decorate, such as the arrow
 * of an expander row, out of what a screen reader reads. Icons of
 * buttons are left alone: the button's name covers them.
 */
void
stride_accessible_hide_decorations (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    return;
  if (GTK_IS_IMAGE (root))
    gtk_accessible_update_state (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    stride_accessible_hide_decorations (child);
}

static void
label_close_buttons (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") == 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dismiss"), -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    label_close_buttons (child);
}

static void
on_toast_overlay_children_changed (GListModel *children,
                                   guint       position,
                                   guint       removed,
                                   guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) child = g_list_model_get_item (children, i);

      if (g_str_equal (gtk_widget_get_css_name (child), "toast"))
        label_close_buttons (child);
    }
}

/**
 * stride_accessible_watch_toasts:
 * @toast_overlay: an #AdwToastOverlay
 *
 * Names the close button of every toast shown in @toast_overlay, which
 * libadwaita 1.2 leaves without a name. Watching an overlay again
 * changes nothing.
 */
void
stride_accessible_watch_toasts (GtkWidget *toast_overlay)
{
  GListModel *children;

  g_return_if_fail (GTK_IS_WIDGET (toast_overlay));

  if (g_object_get_data (G_OBJECT (toast_overlay), "stride-accessible-toasts") != NULL)
    return;

  children = gtk_widget_observe_children (toast_overlay);
  g_signal_connect (children, "items-changed", G_CALLBACK (on_toast_overlay_children_changed), NULL);
  g_object_set_data_full (G_OBJECT (toast_overlay), "stride-accessible-toasts", children, g_object_unref);
}

/**
 * stride_accessible_set_button_label:
 * @button: a #GtkButton
 * @label: its new label
 *
 * Sets @button's label unless it already has it: GTK tells a screen
 * reader of a new name on every gtk_button_set_label(), even the same
 * one, and a screen reader speaks each change of the focused button's
 * name, as for a button relabelled on every tick of a timer.
 */
void
stride_accessible_set_button_label (GtkButton  *button,
                                    const char *label)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  if (g_strcmp0 (gtk_button_get_label (button), label) != 0)
    gtk_button_set_label (button, label);
}
