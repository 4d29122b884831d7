/* stride-test-i18n.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        stride_test_set_language    (const char *language);
void        stride_test_init_language   (void);
void        stride_test_run_in_language (const char *language);
GHashTable *stride_test_load_mo_msgids (const char *language);

G_END_DECLS
