/* stride-test-i18n.c
 *
 * Switching a test process between English and a translation built in the
 * build tree, and reading which messages a built translation holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "stride-test-i18n.h"

/**
 * stride_test_set_language:
 * @language: (nullable): a LANGUAGE value such as "de", or %NULL for English
 *
 * Sets the messages of this process up to come from the translations
 * built in the build tree. GLib decides once per process whether to
 * translate, so call this before anything is translated, and use
 * stride_test_run_in_language() to test another language.
 */
void
stride_test_set_language (const char *language)
{
  /* LANGUAGE is ignored in the plain C locale, not in C.UTF-8 */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  /* Setting the locale again also drops gettext's cached lookups */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static guint32
read_u32 (GBytes *bytes,
          gsize   offset,
          gboolean swap)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint32 value;

  g_assert_cmpuint (offset + 4, <=, size);
  memcpy (&value, data + offset, 4);

  return swap ? GUINT32_SWAP_LE_BE (value) : value;
}

/**
 * stride_test_load_mo_msgids:
 * @language: a language of po/LINGUAS, e.g. "de"
 *
 * Reads the compiled catalog of @language from the build tree. msgfmt
 * leaves out untranslated and fuzzy messages, so a msgid found here was
 * both extracted from the sources and translated.
 *
 * Returns: (transfer full): a set of msgids (for plural messages, the
 *   singular one)
 */
GHashTable *
stride_test_load_mo_msgids (const char *language)
{
  g_autofree char *path = g_build_filename (TEST_LOCALEDIR, language, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = NULL;
  GHashTable *msgids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize size;
  const char *data;
  gboolean swap;
  guint32 n_strings, originals;

  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (file);
  data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >=, 28);
  swap = read_u32 (bytes, 0, FALSE) != 0x950412de;
  g_assert_cmphex (read_u32 (bytes, 0, swap), ==, 0x950412de);

  n_strings = read_u32 (bytes, 8, swap);
  originals = read_u32 (bytes, 12, swap);

  for (guint32 i = 0; i < n_strings; i++)
    {
      guint32 length = read_u32 (bytes, originals + 8 * i, swap);
      guint32 offset = read_u32 (bytes, originals + 8 * i + 4, swap);

      g_assert_cmpuint ((gsize) offset + length, <, size);
      /* A plural msgid is "singular\0plural"; strndup stops at the first */
      if (length > 0)
        g_hash_table_add (msgids, g_strndup (data + offset, length));
    }

  return msgids;
}

/**
 * stride_test_run_in_language:
 * @language: a LANGUAGE value such as "de"
 *
 * Runs the current test again in a new process whose messages are in
 * @language, and asserts that it passed. The test itself checks
 * g_test_subprocess() to know which side it is on.
 */
void
stride_test_run_in_language (const char *language)
{
  g_setenv ("STRIDE_TEST_LANGUAGE", language, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("STRIDE_TEST_LANGUAGE");
  g_test_trap_assert_passed ();
}

/**
 * stride_test_init_language:
 *
 * Sets the process's language from what stride_test_run_in_language()
 * asked for, or English.
 */
void
stride_test_init_language (void)
{
  stride_test_set_language (g_getenv ("STRIDE_TEST_LANGUAGE"));
}
