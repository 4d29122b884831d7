/* stride-accessible.c
 *
 * Names for screen readers where GTK 4.8 does not pass them on by itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"

/**
 * stride_accessible_set_label:
 * @widget: a control; a #GtkDropDown too
 * @label: its name, as a screen reader says it
 *
 * Names @widget. A drop-down holds a button of its own that takes the
 * keyboard focus and is what a screen reader reads; GTK 4.8 does not give
 * it the drop-down's name, so it gets it here. (A menu button's own button
 * is named by the menu button already.)
 */
void
stride_accessible_set_label (GtkWidget  *widget,
                             const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

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
