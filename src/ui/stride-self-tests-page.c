/* stride-self-tests-page.c
 *
 * The Self-tests area: the guide's two at-home assessments as cards that
 * open their instructions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-catalog.h"
#include "stride-exercise-card.h"
#include "stride-self-tests-page.h"

struct _StrideSelfTestsPage
{
  AdwBin parent_instance;

  GtkFlowBox *cards;
};

G_DEFINE_FINAL_TYPE (StrideSelfTestsPage, stride_self_tests_page, ADW_TYPE_BIN)

static void
stride_self_tests_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_SELF_TESTS_PAGE);

  G_OBJECT_CLASS (stride_self_tests_page_parent_class)->dispose (object);
}

static void
stride_self_tests_page_class_init (StrideSelfTestsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_self_tests_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-self-tests-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestsPage, cards);
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
