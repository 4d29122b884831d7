/* stride-routine.h
 *
 * A routine: which exercises, in which order, with how many sets and
 * reps (or how long a hold), per side or direction, at what tempo, and
 * with what rests. Routines are checked before they run, with messages
 * the user understands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "stride-cue.h"
#include "stride-exercise.h"

G_BEGIN_DECLS

/* The longest routine Stride runs */
#define STRIDE_ROUTINE_MAX_SECONDS (4 * 3600)
/* Longer names would not fit where the app shows them */
#define STRIDE_ROUTINE_MAX_NAME_CHARS 100

#define STRIDE_ROUTINE_ERROR (stride_routine_error_quark ())

typedef enum
{
  STRIDE_ROUTINE_ERROR_EMPTY,
  STRIDE_ROUTINE_ERROR_UNKNOWN_EXERCISE,
  STRIDE_ROUTINE_ERROR_OUT_OF_RANGE,
  STRIDE_ROUTINE_ERROR_TOO_LONG,
  STRIDE_ROUTINE_ERROR_INVALID,
} StrideRoutineError;

typedef struct
{
  char    *exercise_id;
  gboolean harder;
  guint    sets;
  /* Reps per set, or 0 when the set is a hold of hold_seconds */
  guint    reps;
  guint    hold_seconds;
  /* Each rep: seconds to go, to hold, to come back */
  double   tempo_down;
  double   tempo_hold;
  double   tempo_up;
  guint    rest_between_sets;
  guint    rest_after;
  /* An extra set on one side, for a weaker side; STRIDE_SIDE_NONE if not */
  StrideSide extra_set_side;
} StrideRoutineItem;

#define STRIDE_TYPE_ROUTINE (stride_routine_get_type ())

typedef struct _StrideRoutine StrideRoutine;

GQuark             stride_routine_error_quark      (void);
GType              stride_routine_get_type         (void) G_GNUC_CONST;

StrideRoutine     *stride_routine_new              (const char          *id,
                                                    const char          *name);
StrideRoutine     *stride_routine_ref              (StrideRoutine       *self);
void               stride_routine_unref            (StrideRoutine       *self);
StrideRoutine     *stride_routine_copy             (StrideRoutine       *self,
                                                    const char          *new_id);

const char        *stride_routine_get_id           (StrideRoutine       *self);
const char        *stride_routine_get_name         (StrideRoutine       *self);
void               stride_routine_set_name         (StrideRoutine       *self,
                                                    const char          *name);
guint              stride_routine_get_get_ready    (StrideRoutine       *self);
void               stride_routine_set_get_ready    (StrideRoutine       *self,
                                                    guint                seconds);
guint              stride_routine_get_switch_sides (StrideRoutine       *self);
void               stride_routine_set_switch_sides (StrideRoutine       *self,
                                                    guint                seconds);

guint              stride_routine_get_n_items      (StrideRoutine       *self);
StrideRoutineItem *stride_routine_get_item         (StrideRoutine       *self,
                                                    guint                index);
StrideRoutineItem *stride_routine_add_item         (StrideRoutine       *self,
                                                    const char          *exercise_id);
void               stride_routine_remove_item      (StrideRoutine       *self,
                                                    guint                index);
void               stride_routine_move_item        (StrideRoutine       *self,
                                                    guint                from,
                                                    guint                to);
guint              stride_routine_item_get_n_sides (const StrideRoutineItem *item);

double             stride_routine_get_seconds      (StrideRoutine       *self);
char              *stride_routine_dup_duration     (StrideRoutine       *self);
char              *stride_routine_dup_summary      (StrideRoutine       *self);
gboolean           stride_routine_validate         (StrideRoutine       *self,
                                                    GError             **error);

JsonObject        *stride_routine_to_json          (StrideRoutine       *self);
gboolean           stride_routine_check_json       (JsonObject          *object,
                                                    GError             **error);
StrideRoutine     *stride_routine_new_from_json    (JsonObject          *object,
                                                    GError             **error);

GPtrArray         *stride_routine_get_builtins     (void);
const char        *stride_routine_untranslate_builtin_name (const char *id,
                                                           const char *name);
const char        *stride_routine_translate_builtin_name (const char *id,
                                                         const char *name);
StrideRoutine     *stride_routine_new_weaker_side  (StrideSide           weaker);
StrideRoutine     *stride_routine_new_single_exercise (StrideExercise   *exercise);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideRoutine, stride_routine_unref)

G_END_DECLS
