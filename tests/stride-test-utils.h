/* stride-test-utils.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stride-cue.h"
#include "stride-figure-view.h"
#include "stride-movement.h"
#include "stride-progress-page.h"
#include "stride-test-i18n.h"
#include "stride-window.h"

G_BEGIN_DECLS

typedef gboolean (*StrideTestCondition) (gpointer user_data);

GApplication *stride_test_init_app        (int                 *argc,
                                           char              ***argv);
void          stride_test_wait_until_at   (StrideTestCondition  condition,
                                           gpointer             user_data,
                                           const char          *condition_name,
                                           const char          *location);
/* A test that times out says which condition, where. Variadic, as a
 * compound literal for user_data has commas of its own. */
#define stride_test_wait_until(condition, ...) \
  stride_test_wait_until_at ((condition), (__VA_ARGS__), #condition, G_STRLOC)
void          stride_test_wait_for_frames (GtkWidget           *widget,
                                           guint                n_frames);
gboolean      stride_test_widget_is_mapped (gpointer            widget);
gboolean      stride_test_is_focus        (gpointer             widget);
void          stride_test_settle          (GtkWidget           *window);
void          stride_test_forget_window_size (void);
AdwMessageDialog *stride_test_close_window (StrideWindow     **window);
void          stride_test_answer_close_question (StrideWindow     **window,
                                                 AdwMessageDialog  *dialog,
                                                 const char        *response);
void          stride_test_remap_at_size   (GtkWindow           *window,
                                           int                  width,
                                           int                  height);
StrideProgressPage *stride_test_show_progress_page (GApplication  *app,
                                                    int            width,
                                                    GDateTime     *now,
                                                    GtkWindow    **window);
GtkWidget    *stride_test_find_widget     (GtkWidget           *root,
                                           GType                type,
                                           const char          *name);
GPtrArray    *stride_test_collect_text    (GtkWidget           *root);
gboolean      stride_test_text_contains   (GPtrArray           *texts,
                                           const char          *text);
GtkWindow    *stride_test_find_dialog     (GtkWindow           *parent);
gboolean      stride_test_dialog_shown    (gpointer             parent);
GtkWindow    *stride_test_find_file_chooser  (void);
gboolean      stride_test_file_chooser_shown (gpointer          user_data);
GtkButton    *stride_test_find_button     (GtkWidget           *root,
                                           const char          *label);
void          stride_test_wait_for_toast  (GtkWidget           *root,
                                           const char          *label);
void          stride_test_press_keys      (GtkWindow           *window,
                                           const char          *keys);
void          stride_test_hide_window_on_screen (GtkWindow     *window,
                                                 gboolean       hidden);
void          stride_test_scroll_over     (GtkWidget           *widget,
                                           int                  clicks);
void          stride_test_scroll_over_until (GtkWidget         *widget,
                                             int                clicks,
                                             StrideTestCondition condition,
                                             gpointer           user_data);
StrideSide    stride_test_figure_worked_side (StrideFigureView *figure);
double        stride_test_pose_distance      (const StrideMovement *movement,
                                              double                a,
                                              double                b);
void          stride_test_assert_figure_side (StrideFigureView    *figure,
                                              StrideSide           side);
void          stride_test_assert_buttons_named (GtkWidget          *root);
const char   *stride_test_get_focused_choice (GtkWindow         *window);
gboolean      stride_test_focused_choice_is (gpointer            user_data);
GskRenderNode *stride_test_snapshot_widget (GtkWidget          *widget);
char         *stride_test_save_screenshot (GtkWidget           *widget,
                                           const char          *name);

G_END_DECLS
