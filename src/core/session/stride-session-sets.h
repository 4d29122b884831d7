/* stride-session-sets.h
 *
 * The sets of a recorded session. A session's "exercises" member lists
 * each exercise it did once, in the order first done, as
 *
 *   [exercise, variation, side, plan, done, done, …]
 *
 * with a number done per set, set 1 first. The plan says what the
 * numbers are: an integer is the reps planned for each set and the
 * numbers are reps; null means reps with none planned; "hold" means a
 * timed hold and the numbers are seconds held. Variation and side may be
 * null (unknown, and both or no side).
 *
 * One short list per exercise and side rather than an object per set:
 * ten years of sessions then load in a fraction of the time (see the
 * README's Benchmarks). Everything else reads and writes sets through
 * here. Readers are tolerant: an entry of the wrong shape, in a file
 * edited by hand, is skipped rather than failing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The name of a session's member that holds its sets */
#define STRIDE_SESSION_EXERCISES "exercises"

/* The name of a session's member that holds the time worked, one entry
 * per exercise and side in the order first done: [exercise, side,
 * seconds], side "left", "right" or null; the time spent in the exercise
 * itself, rests and get-readies left out, and pauses too */
#define STRIDE_SESSION_WORKED "worked"

/* The sides of a set, and its variations */
#define STRIDE_SESSION_SIDE_LEFT        "left"
#define STRIDE_SESSION_SIDE_RIGHT       "right"
#define STRIDE_SESSION_VARIATION_BASE   "base"
#define STRIDE_SESSION_VARIATION_HARDER "harder"

/* The plan of a timed hold */
#define STRIDE_SESSION_PLAN_HOLD "hold"

/* The most sets one entry may hold, and reps or seconds one set may have */
#define STRIDE_SESSION_MAX_SETS         100
#define STRIDE_SESSION_MAX_REPS         10000
#define STRIDE_SESSION_MAX_HOLD_SECONDS (24 * 3600)

typedef struct
{
  const char *exercise;     /* never NULL */
  const char *variation;    /* "base", "harder", or NULL when unknown */
  const char *side;         /* "left", "right", or NULL for both or none */
  guint       number;       /* 1 for the first set of its exercise */
  gint64      reps;         /* a hold counts one rep once begun */
  gint64      reps_planned; /* -1 when none were planned */
  gint64      hold_seconds; /* -1 when not a timed hold */
} StrideSessionSet;

typedef struct
{
  /*< private >*/
  JsonArray *entries;
  guint      entry;
  guint      set;
} StrideSessionSetIter;

void      stride_session_set_iter_init  (StrideSessionSetIter   *iter,
                                         JsonObject             *session);
gboolean  stride_session_set_iter_next  (StrideSessionSetIter   *iter,
                                         StrideSessionSet       *set);

guint     stride_session_count_sets     (JsonObject             *session);
gboolean  stride_session_set_is_done    (const StrideSessionSet *set);
gboolean  stride_session_has_done       (JsonObject             *session);
gint64    stride_session_get_seconds_worked (JsonObject         *session);
gboolean  stride_session_set_done       (JsonObject             *session,
                                         guint                   index,
                                         gint64                  done);
void      stride_session_clear_sets     (JsonObject             *session);
void      stride_session_add_set        (JsonObject             *session,
                                         const StrideSessionSet *set);
void      stride_session_clear_worked   (JsonObject             *session);
void      stride_session_add_worked     (JsonObject             *session,
                                         const char             *exercise,
                                         const char             *side,
                                         gint64                  seconds);

gboolean  stride_session_entry_is_valid (JsonNode               *entry);
gboolean  stride_session_worked_entry_is_valid (JsonNode        *entry);

G_END_DECLS
