/* stride-history-page.c
 *
 * The sessions the user recorded, newest first: when, which routine, how
 * long, how much of it, the effort and any pain, and each set on opening
 * one. Deleting a session can be undone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-history-page.h"
#include "stride-toaster.h"
#include "stride-record.h"
#include "stride-session.h"
#include "stride-session-sets.h"
#include "stride-session-text.h"
#include "stride-store-follow.h"

/* Rows are made for the newest sessions, and more on request: years of
 * sessions would make a long wait for a list nobody scrolls to the end */
#define PAGE_SIZE 30

struct _StrideHistoryPage
{
  AdwBin parent_instance;

  StrideStore *store;
  /* The window the page is in, which shows its toasts */
  StrideToaster *toaster;
  guint rebuild_source;
  guint limit;
  guint n_shown;

  GtkStack *stack;
  GtkScrolledWindow *scroller;
  GtkListBox *list;
  GtkWidget *more_button;

  /* A session whose row gets the keyboard once it is in the list again */
  char *focus_once_listed;
};

G_DEFINE_FINAL_TYPE (StrideHistoryPage, stride_history_page, ADW_TYPE_BIN)

static GtkWidget *
create_set_row (const StrideSessionSet *set)
{
  GtkWidget *row = adw_action_row_new ();
  /* The same words as the session log's, in the exercise's own unit */
  g_autofree char *title = stride_session_text_dup_set_title (set);
  g_autofree char *subtitle = stride_session_text_dup_set_done (set);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "property");

  return row;
}

static void
on_undo (AdwToast   *toast,
         JsonObject *session)
{
  StrideStore *store = g_object_get_data (G_OBJECT (toast), "store");
  StrideHistoryPage *self = g_object_get_data (G_OBJECT (toast), "history");

  /* The keyboard goes to it once it is back, not left on Undo as the
   * toast goes */
  g_free (self->focus_once_listed);
  self->focus_once_listed = g_strdup (stride_record_get_string (session, STRIDE_SESSION_ID));

  /* Put back as a new edit, so that it also outlives its deletion in
   * any copy of the file that is merged later */
  stride_store_put (store, STRIDE_COLLECTION_SESSIONS, session);
}

static void
on_delete_clicked (GtkButton         *button,
                   StrideHistoryPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "session-id");
  JsonObject *session = stride_store_lookup (self->store, STRIDE_COLLECTION_SESSIONS, id);
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (session == NULL)
    return;

  json_object_ref (session);
  date = stride_session_text_dup_date (session);
  stride_store_remove (self->store, STRIDE_COLLECTION_SESSIONS, id);

  /* Translators: %s is the date of the deleted session */
  title = g_strdup_printf (_("Session of %s deleted"), date);
  toast = stride_toast_new_undo (title);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  /* The toast is the window's, and the page goes with the window */
  g_object_set_data (G_OBJECT (toast), "history", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo), session,
                         (GClosureNotify) (void (*) (void)) json_object_unref, 0);

  if (self->toaster != NULL)
    stride_toaster_add_toast (self->toaster, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static GtkWidget *
create_session_row (StrideHistoryPage *self,
                    JsonObject        *session)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  StrideSessionSetIter iter;
  StrideSessionSet set;
  g_autofree char *note = stride_session_dup_note_shown (session);
  g_autofree char *date = stride_session_text_dup_date (session);
  g_autofree char *summary = stride_session_text_dup_summary (session);

  /* The runner's own words, the routine's name and the note, are shown
   * as written, not read as markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  stride_accessible_name_expander_row (row);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete_button, _("Delete Session"));
  {
    /* Translators: a button's name for screen readers; %s is the
     * session's date as its row shows it */
    g_autofree char *name = g_strdup_printf (_("Delete the Session of %s"), date);

    gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  gtk_widget_add_css_class (delete_button, "flat");
  g_object_set_data_full (G_OBJECT (delete_button), "session-id",
                          g_strdup (stride_record_get_string (session, STRIDE_SESSION_ID)), g_free);
  g_signal_connect (delete_button, "clicked", G_CALLBACK (on_delete_clicked), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), delete_button);
  /* Its arrow is a decoration */
  stride_accessible_hide_decorations (row);

  stride_session_set_iter_init (&iter, session);
  while (stride_session_set_iter_next (&iter, &set))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_set_row (&set));

  if (note != NULL)
    {
      GtkWidget *note_row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (note_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("Note"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (note_row), note);
      gtk_widget_add_css_class (note_row, "property");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note_row);
    }

  return row;
}

static void
focus_row (GtkWidget *row)
{
  /* libadwaita 1.2's expander row takes it in its header only */
  if (!gtk_widget_grab_focus (row))
    gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
}

static void
rebuild (StrideHistoryPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_shown = 0;

  sessions = self->store != NULL ? stride_store_list_sessions_by_date (self->store) : g_ptr_array_new ();

  /* Newest first */
  for (guint i = sessions->len; i > 0 && self->n_shown < self->limit; i--)
    {
      GtkWidget *row = create_session_row (self, sessions->pdata[i - 1]);

      gtk_list_box_append (self->list, row);
      self->n_shown++;
      if (g_strcmp0 (stride_record_get_string (sessions->pdata[i - 1], STRIDE_SESSION_ID),
                     self->focus_once_listed) == 0)
        {
          focus_row (row);
          g_clear_pointer (&self->focus_once_listed, g_free);
        }
    }

  gtk_widget_set_visible (self->more_button, sessions->len > self->n_shown);
  gtk_stack_set_visible_child_name (self->stack, sessions->len > 0 ? "sessions" : "empty");
}

static gboolean
rebuild_cb (gpointer user_data)
{
  StrideHistoryPage *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Rebuilt once the change is done: a delete button clicked in a row must
 * not see its row go while it is still handling the click */
static void
on_store_changed (StrideHistoryPage *self,
                  guint              collection)
{
  if (collection == STRIDE_COLLECTION_SESSIONS && self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_cb, self);
}

static void
on_more_button_clicked (StrideHistoryPage *self)
{
  self->limit += PAGE_SIZE;
  rebuild (self);
}

static void
stride_history_page_dispose (GObject *object)
{
  StrideHistoryPage *self = STRIDE_HISTORY_PAGE (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_pointer (&self->focus_once_listed, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_HISTORY_PAGE);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->toaster);

  G_OBJECT_CLASS (stride_history_page_parent_class)->dispose (object);
}

static void
stride_history_page_class_init (StrideHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_history_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/stride-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideHistoryPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideHistoryPage, list);
  gtk_widget_class_bind_template_child (widget_class, StrideHistoryPage, more_button);
  gtk_widget_class_bind_template_callback (widget_class, on_more_button_clicked);
}

static void
stride_history_page_init (StrideHistoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin owns its child and unparents it */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->limit = PAGE_SIZE;
  rebuild (self);
}

void
stride_history_page_set_store (StrideHistoryPage *self,
                               StrideStore       *store)
{
  g_return_if_fail (STRIDE_IS_HISTORY_PAGE (self));

  stride_store_follow (self, &self->store, store, G_CALLBACK (on_store_changed));

  rebuild (self);
}

/**
 * stride_history_page_get_n_shown:
 *
 * Returns: how many sessions have a row now
 */
guint
stride_history_page_get_n_shown (StrideHistoryPage *self)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY_PAGE (self), 0);

  return self->n_shown;
}

/**
 * stride_history_page_show_newest:
 *
 * Scrolls to the top of the list, the newest session: where a session
 * just saved is, whatever the list was scrolled to when last left.
 */
void
stride_history_page_show_newest (StrideHistoryPage *self)
{
  g_return_if_fail (STRIDE_IS_HISTORY_PAGE (self));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/**
 * stride_history_page_set_toaster:
 * @toaster: (nullable): where the page shows its toasts, e.g. the Undo
 *   of a deletion
 */
void
stride_history_page_set_toaster (StrideHistoryPage *self,
                                 StrideToaster     *toaster)
{
  g_return_if_fail (STRIDE_IS_HISTORY_PAGE (self));
  g_return_if_fail (toaster == NULL || STRIDE_IS_TOASTER (toaster));

  g_set_weak_pointer (&self->toaster, toaster);
}
