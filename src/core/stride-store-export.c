/* stride-store-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-session.h"
#include "stride-session-sets.h"
#include "stride-session-text.h"
#include "stride-store-export.h"
#include "stride-store-private.h"

/**
 * stride_store_export_json:
 *
 * Returns: (transfer full): everything the store holds, in the format of
 *   the progress file, which is what stride_store_import_json() reads
 */
char *
stride_store_export_json (StrideStore *self,
                          gsize       *length)
{
  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);

  return stride_document_serialize (stride_store_get_document (self), length);
}

/**
 * stride_store_import_json:
 * @n_new: (out) (optional): how many records were new or newer
 *
 * Merges an export into the store: a record already there is kept unless
 * the imported one is newer, so importing twice adds nothing. A record
 * of the export that failed its checks, or that could not be read in an
 * export damaged in part, comes along, kept aside as the store keeps its
 * own, unless it is a damaged copy of one the store has whole. A file
 * that is not a Stride export changes nothing.
 */
gboolean
stride_store_import_json (StrideStore  *self,
                          const char   *data,
                          gsize         length,
                          guint        *n_new,
                          GError      **error)
{
  g_autoptr(StrideDocument) imported = NULL;
  gboolean salvaged;
  guint taken = 0;

  g_return_val_if_fail (STRIDE_IS_STORE (self), FALSE);

  imported = stride_document_parse_salvaging (data, length, &salvaged, error);
  if (imported == NULL)
    return FALSE;

  stride_document_drop_unreadable_copies (imported, stride_store_get_document (self));
  if (stride_document_merge (stride_store_get_document (self), imported, &taken))
    stride_store_document_changed (self);

  if (n_new != NULL)
    *n_new = taken;

  return TRUE;
}

/* Whether a spreadsheet would take @value as a formula to run: OWASP's
 * list of first characters for CSV injection */
static gboolean
starts_formula (const char *value)
{
  return value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
}

/**
 * stride_store_preview_import:
 * @summary: (out): how many records the import would add, change and
 *   remove; an export carries deletions made in another copy of the
 *   progress, and those remove records here
 *
 * Tells what stride_store_import_json() would do with @data, changing
 * nothing, so that the user is asked before anything is removed.
 */
gboolean
stride_store_preview_import (StrideStore          *self,
                             const char           *data,
                             gsize                 length,
                             StrideImportSummary  *summary,
                             GError              **error)
{
  StrideDocument *local;
  g_autoptr(StrideDocument) imported = NULL;
  g_autoptr(StrideDocument) after = NULL;
  gboolean salvaged;

  g_return_val_if_fail (STRIDE_IS_STORE (self), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  imported = stride_document_parse_salvaging (data, length, &salvaged, error);
  if (imported == NULL)
    return FALSE;

  /* What the store would hold: records are never changed in place, so
   * the copy shares them with the store, and the import is merged into
   * the copy alone */
  local = stride_store_get_document (self);
  after = stride_document_new ();
  stride_document_merge (after, local, NULL);
  stride_document_merge (after, imported, NULL);

  *summary = (StrideImportSummary) { 0, 0, 0 };
  for (guint c = 0; c < STRIDE_COLLECTION_DELETED; c++)
    {
      g_autoptr(GPtrArray) records_after = stride_document_list (after, c);
      g_autoptr(GPtrArray) records_before = stride_document_list (local, c);

      for (guint i = 0; i < records_after->len; i++)
        {
          JsonObject *record = records_after->pdata[i];
          JsonObject *before = stride_document_lookup (local, c, json_object_get_string_member (record, "id"));

          if (before == NULL)
            summary->added++;
          else if (before != record)
            summary->changed++;
        }
      for (guint i = 0; i < records_before->len; i++)
        {
          JsonObject *record = records_before->pdata[i];

          if (stride_document_lookup (after, c, json_object_get_string_member (record, "id")) == NULL)
            summary->removed++;
        }
    }

  return TRUE;
}

/* RFC 4180: quote fields with separators, quotes or line breaks, doubling
 * quotes. Text that a spreadsheet would run as a formula, from a name as
 * much as from a note, gets a leading apostrophe, which spreadsheets show
 * as text and do not run; numbers are written as they are. */
static void
append_field (GString    *csv,
              const char *value)
{
  gboolean formula;

  if (value == NULL)
    value = "";

  formula = starts_formula (value);
  if (!formula && strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (csv, value);
      return;
    }

  g_string_append_c (csv, '"');
  if (formula)
    g_string_append_c (csv, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_number (GString *csv,
               gint64   value)
{
  g_string_append_printf (csv, "%" G_GINT64_FORMAT, value);
}

/* A count of seconds, or an empty cell where the record does not say */
static void
append_seconds (GString *csv,
                gint64   seconds)
{
  if (seconds >= 0)
    append_number (csv, seconds);
}

static char *
dup_member (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return g_strdup ("");
}

/**
 * stride_store_export_csv:
 * @zone: the time zone to write dates in, usually the local one
 *
 * Returns: (transfer full): one row per set of every session, oldest
 *   first, with a header row
 */
char *
stride_store_export_csv (StrideStore *self,
                         GTimeZone   *zone,
                         gsize       *length)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GString *csv = g_string_new (NULL);
  const char *header[] = {
    /* Translators: column headings of the sessions exported as CSV */
    N_("date"), N_("routine"), N_("duration (s)"), N_("worked (s)"),
    /* Translators: a column of the sessions exported as CSV: how much of
     * the routine was done, in percent; 100 for a session done whole */
    N_("done (%)"), N_("exercise"), N_("variation"),
    N_("side"), N_("set"), N_("reps"), N_("held (s)"), N_("effort"), N_("pain"), N_("note"),
  };

  g_return_val_if_fail (STRIDE_IS_STORE (self), NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      append_field (csv, _(header[i]));
    }
  g_string_append (csv, "\r\n");

  sessions = stride_store_list_sessions_by_date (self);
  for (guint s = 0; s < sessions->len; s++)
    {
      JsonObject *session = sessions->pdata[s];
      StrideSessionSetIter iter;
      StrideSessionSet set;
      g_autofree char *date = stride_session_text_dup_csv_date (session, zone);
      /* A built-in routine's in the language of the rest */
      g_autofree char *routine = stride_session_dup_routine_name (session);
      g_autofree char *effort = dup_member (session, STRIDE_SESSION_EFFORT);
      g_autofree char *pain = stride_session_text_dup_csv_pain (session);
      g_autofree char *note = dup_member (session, STRIDE_SESSION_NOTE);

      if (routine == NULL || routine[0] == '\0')
        {
          g_free (routine);
          routine = dup_member (session, STRIDE_SESSION_ROUTINE);
        }

      stride_session_set_iter_init (&iter, session);
      while (stride_session_set_iter_next (&iter, &set))
        {
          const char *fields[] = {
            stride_session_text_get_exercise (&set), set.variation, set.side,
          };

          append_field (csv, date);
          g_string_append_c (csv, ',');
          append_field (csv, routine);
          g_string_append_c (csv, ',');
          /* What the session really took, and the time of exercise in it */
          append_seconds (csv, stride_session_get_duration (session));
          g_string_append_c (csv, ',');
          append_seconds (csv, stride_session_get_seconds_worked (session));
          g_string_append_c (csv, ',');
          /* A partly done session is told from a whole one, as in the
           * history */
          append_number (csv, stride_session_get_percent_done (session));
          g_string_append_c (csv, ',');
          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            {
              append_field (csv, fields[f]);
              g_string_append_c (csv, ',');
            }
          append_number (csv, set.number);
          g_string_append_c (csv, ',');
          append_number (csv, set.reps);
          g_string_append_c (csv, ',');
          append_seconds (csv, set.hold_seconds);
          g_string_append_c (csv, ',');
          append_field (csv, effort);
          g_string_append_c (csv, ',');
          append_field (csv, pain);
          g_string_append_c (csv, ',');
          append_field (csv, note);
          g_string_append (csv, "\r\n");
        }
    }

  if (length != NULL)
    *length = csv->len;
  return g_string_free (csv, FALSE);
}
