/* stride-due-notice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stride-due-notice.h"

static void
due_button_free (gpointer data)
{
  StrideDueButton *button = data;

  g_free (button->label);
  g_free (button->action);
  g_clear_pointer (&button->target, g_variant_unref);
  g_free (button);
}

/**
 * stride_due_notice_new:
 *
 * Returns: (transfer full): a notice with no text and no buttons yet
 */
StrideDueNotice *
stride_due_notice_new (const char *id,
                       GDateTime  *due)
{
  StrideDueNotice *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (due != NULL, NULL);

  self = g_new0 (StrideDueNotice, 1);
  self->id = g_strdup (id);
  self->due = g_date_time_ref (due);
  self->buttons = g_ptr_array_new_with_free_func (due_button_free);

  return self;
}

/**
 * stride_due_notice_add_button:
 * @target: (nullable): taken if floating
 */
void
stride_due_notice_add_button (StrideDueNotice *self,
                              const char      *label,
                              const char      *action,
                              GVariant        *target)
{
  StrideDueButton *button;

  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL && g_str_has_prefix (action, "app."));

  button = g_new0 (StrideDueButton, 1);
  button->label = g_strdup (label);
  button->action = g_strdup (action);
  button->target = target != NULL ? g_variant_ref_sink (target) : NULL;
  g_ptr_array_add (self->buttons, button);
}

void
stride_due_notice_free (StrideDueNotice *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->sent_key);
  g_date_time_unref (self->due);
  g_free (self->title);
  g_free (self->body);
  g_free (self->default_action);
  g_clear_pointer (&self->default_target, g_variant_unref);
  g_ptr_array_unref (self->buttons);
  g_free (self);
}
