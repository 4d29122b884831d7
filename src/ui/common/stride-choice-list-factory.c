/* stride-choice-list-factory.c
 *
 * The list a drop-down or combo row opens, with each choice named for
 * screen readers: GTK 4.8 reads the items of its own lists as nameless,
 * so arrowing through the choices said nothing. Each shows its text and
 * a check mark on the one chosen, as GTK's own list does. The list
 * opens with the keyboard on the choice made, and what holds the
 * keyboard before it opens tells a screen reader that choice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "stride-choice-list-factory.h"

#define HANDLER_KEY "stride-choice-selected-handler"
#define ITEM_KEY "stride-choice-item"

static guint
get_selected (GObject *chooser)
{
  guint selected = GTK_INVALID_LIST_POSITION;

  g_object_get (chooser, "selected", &selected, NULL);

  return selected;
}

static void
update_check (GtkListItem *item,
              GObject     *chooser)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_last_child (box);
  gboolean chosen = gtk_list_item_get_position (item) == get_selected (chooser);

  /* Kept in the layout, so that the list is as wide whichever is chosen */
  gtk_widget_set_opacity (check, chosen ? 1.0 : 0.0);
}

static void
on_selected_changed (GObject     *chooser,
                     GParamSpec  *pspec,
                     GtkListItem *item)
{
  update_check (item, chooser);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

/* The item of @widget's list at @position, if it is made */
static GtkWidget *
find_shown_choice (GtkWidget *widget,
                   guint      position)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (widget), ITEM_KEY);

  if (item != NULL)
    return gtk_list_item_get_position (item) == position ? widget : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown_choice (child, position);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* GTK 4.8 opens the list with the keyboard on its first item */
static void
on_popover_mapped (GtkWidget *popover,
                   GtkWidget *chooser)
{
  GtkWidget *chosen = find_shown_choice (popover, get_selected (G_OBJECT (chooser)));

  if (chosen != NULL)
    gtk_widget_grab_focus (chosen);
}

static void
on_setup_with_check (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  on_setup (factory, item);
  gtk_label_set_ellipsize (GTK_LABEL (gtk_widget_get_first_child (gtk_list_item_get_child (item))),
                           PANGO_ELLIPSIZE_NONE);
  /* The item's own name says it; the mark is its state, shown */
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (gtk_list_item_get_child (item)), check);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         GObject                  *chooser)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *holder = gtk_widget_get_parent (box);
  GObject *choice = gtk_list_item_get_item (item);
  const char *text = GTK_IS_STRING_OBJECT (choice) ? gtk_string_object_get_string (GTK_STRING_OBJECT (choice)) : "";
  gulong handler;

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  /* The list's own item is what the keyboard is on and what a screen
   * reader reads */
  if (holder != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (holder), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);

  if (gtk_widget_get_first_child (box) == gtk_widget_get_last_child (box))
    return;

  if (holder != NULL)
    g_object_set_data (G_OBJECT (holder), ITEM_KEY, item);

  update_check (item, chooser);
  handler = g_signal_connect_object (chooser, "notify::selected", G_CALLBACK (on_selected_changed), item, 0);
  g_object_set_data (G_OBJECT (item), HANDLER_KEY, GSIZE_TO_POINTER (handler));
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           GObject                  *chooser)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), HANDLER_KEY));
  GtkWidget *holder = gtk_widget_get_parent (gtk_list_item_get_child (item));

  if (holder != NULL)
    g_object_set_data (G_OBJECT (holder), ITEM_KEY, NULL);

  if (handler != 0)
    g_signal_handler_disconnect (chooser, handler);
  g_object_set_data (G_OBJECT (item), HANDLER_KEY, NULL);
}

static GtkListItemFactory *
factory_new (GtkWidget *chooser,
             gboolean   with_check)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", with_check ? G_CALLBACK (on_setup_with_check) : G_CALLBACK (on_setup), NULL);
  /* The chooser holds the factory: no reference back to it */
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), chooser);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), chooser);

  return factory;
}

static GtkWidget *
find_popover (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_popover (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
set_description (GtkWidget  *widget,
                 const char *text)
{
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* What holds the keyboard when the list is closed, and what a screen
 * reader reads there: a drop-down's own button, or the combo row */
static void
describe_choice (GtkWidget *chooser)
{
  guint selected = get_selected (G_OBJECT (chooser));
  GListModel *model = NULL;
  g_autoptr(GObject) choice = NULL;
  const char *text = NULL;

  g_object_get (chooser, "model", &model, NULL);
  if (model != NULL && selected != GTK_INVALID_LIST_POSITION)
    choice = g_list_model_get_item (model, selected);
  g_clear_object (&model);
  if (GTK_IS_STRING_OBJECT (choice))
    text = gtk_string_object_get_string (GTK_STRING_OBJECT (choice));

  if (ADW_IS_COMBO_ROW (chooser))
    {
      set_description (chooser, text);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (chooser);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        set_description (child, text);
    }
}

static void
on_choice_changed (GtkWidget  *chooser,
                   GParamSpec *pspec,
                   gpointer    user_data)
{
  describe_choice (chooser);
}

/**
 * stride_choice_list_factory_attach:
 * @chooser: a #GtkDropDown or an #AdwComboRow of #GtkStringObject choices
 *
 * Has @chooser open a list whose choices a screen reader names, each
 * with a check mark on the one chosen, that opens with the keyboard on
 * that one. A combo row's choice shown in the row is named too:
 * libadwaita 1.2 shows it as an item of a list, which Tab stops at. The
 * choice made is the description of what Tab stops at.
 */
void
stride_choice_list_factory_attach (GtkWidget *chooser)
{
  g_autoptr(GtkListItemFactory) list_factory = NULL;
  GtkWidget *popover;

  g_return_if_fail (GTK_IS_DROP_DOWN (chooser) || ADW_IS_COMBO_ROW (chooser));

  list_factory = factory_new (chooser, TRUE);
  if (GTK_IS_DROP_DOWN (chooser))
    {
      gtk_drop_down_set_list_factory (GTK_DROP_DOWN (chooser), list_factory);
    }
  else
    {
      g_autoptr(GtkListItemFactory) shown_factory = factory_new (chooser, FALSE);

      adw_combo_row_set_factory (ADW_COMBO_ROW (chooser), shown_factory);
      adw_combo_row_set_list_factory (ADW_COMBO_ROW (chooser), list_factory);
    }

  g_signal_connect (chooser, "notify::selected", G_CALLBACK (on_choice_changed), NULL);
  g_signal_connect (chooser, "notify::model", G_CALLBACK (on_choice_changed), NULL);
  describe_choice (chooser);

  popover = find_popover (chooser);
  g_return_if_fail (popover != NULL);
  g_signal_connect_object (popover, "map", G_CALLBACK (on_popover_mapped), chooser, G_CONNECT_AFTER);
}
