/* stride-card-grid.c
 *
 * Holds a GtkFlowBox that only lays out cards: its children are not
 * selected or focused themselves, the controls inside the cards are.
 * GtkFlowBox moves the keyboard focus from child to child and, on a card
 * with nothing to focus, claims the Tab key without moving it: the focus
 * stayed where it was, and nothing after the cards could be reached. Here
 * Tab and the arrows walk the cards' own controls in order, and leave the
 * grid after the last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-card-grid.h"

struct _StrideCardGrid
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (StrideCardGrid, stride_card_grid, ADW_TYPE_BIN)

static GtkWidget *
step (GtkWidget *card,
      gboolean   forward)
{
  do
    card = forward ? gtk_widget_get_next_sibling (card) : gtk_widget_get_prev_sibling (card);
  while (card != NULL && !GTK_IS_FLOW_BOX_CHILD (card));

  return card;
}

static GtkWidget *
end (GtkWidget *flow_box,
     gboolean   forward)
{
  GtkWidget *card = forward ? gtk_widget_get_first_child (flow_box) : gtk_widget_get_last_child (flow_box);

  return card == NULL || GTK_IS_FLOW_BOX_CHILD (card) ? card : step (card, forward);
}

static gboolean
focus_card (GtkWidget        *card,
            GtkDirectionType  direction)
{
  GtkWidget *content = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (card));

  return content != NULL && gtk_widget_get_child_visible (card) && gtk_widget_get_visible (card)
         && gtk_widget_child_focus (content, direction);
}

static gboolean
stride_card_grid_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  GtkWidget *flow_box = adw_bin_get_child (ADW_BIN (widget));
  gboolean forward = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN || direction == GTK_DIR_RIGHT;
  GtkWidget *card;

  if (!GTK_IS_FLOW_BOX (flow_box))
    return FALSE;

  card = gtk_widget_get_focus_child (flow_box);
  if (card != NULL)
    {
      if (focus_card (card, direction))
        return TRUE;
      card = step (card, forward);
    }
  else
    {
      card = end (flow_box, forward);
    }

  for (; card != NULL; card = step (card, forward))
    if (focus_card (card, direction))
      return TRUE;

  return FALSE;
}

static void
stride_card_grid_class_init (StrideCardGridClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->focus = stride_card_grid_focus;
}

static void
stride_card_grid_init (StrideCardGrid *self)
{
}
