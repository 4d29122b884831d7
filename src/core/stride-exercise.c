/* stride-exercise.c
 *
 * One exercise or self-test of the catalog. Its text is translated each
 * time it is read, so it always follows the process's current language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-exercise-private.h"

struct _StrideExercise
{
  GObject parent_instance;

  const StrideCatalogEntry *entry;
};

G_DEFINE_FINAL_TYPE (StrideExercise, stride_exercise, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
translate (const char *msgid)
{
  return msgid != NULL ? _(msgid) : NULL;
}

static void
stride_exercise_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StrideExercise *self = STRIDE_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, stride_exercise_get_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, stride_exercise_get_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_exercise_class_init (StrideExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = stride_exercise_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_exercise_init (StrideExercise *self)
{
}

StrideExercise *
stride_exercise_new_for_entry (const StrideCatalogEntry *entry)
{
  StrideExercise *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_EXERCISE, NULL);
  self->entry = entry;

  return self;
}

const char *
stride_exercise_get_id (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return self->entry->id;
}

StrideExerciseKind
stride_exercise_get_kind (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), STRIDE_EXERCISE_KIND_EXERCISE);

  return self->entry->kind;
}

const char *
stride_exercise_get_name (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return translate (self->entry->name);
}

/**
 * stride_exercise_get_also_known_as:
 *
 * Returns: (nullable): another name the exercise goes by
 */
const char *
stride_exercise_get_also_known_as (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return translate (self->entry->also_known_as);
}

StrideMuscle
stride_exercise_get_muscles (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), STRIDE_MUSCLE_NONE);

  return self->entry->muscles;
}

/**
 * stride_exercise_get_target:
 *
 * Returns: the muscles an exercise works, or what a self-test looks for,
 *   as one line of text
 */
const char *
stride_exercise_get_target (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return translate (self->entry->target);
}

/**
 * stride_exercise_get_purpose:
 *
 * Returns: why an exercise works, or what a self-test checks
 */
const char *
stride_exercise_get_purpose (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return translate (self->entry->purpose);
}

guint
stride_exercise_get_n_steps (StrideExercise *self)
{
  guint n = 0;

  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), 0);

  while (self->entry->steps[n] != NULL)
    n++;

  return n;
}

const char *
stride_exercise_get_step (StrideExercise *self,
                          guint           index)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (index < stride_exercise_get_n_steps (self), NULL);

  return translate (self->entry->steps[index]);
}

/**
 * stride_exercise_get_dose:
 *
 * Returns: (nullable): the guide's dose; self-tests have none
 */
const StrideDose *
stride_exercise_get_dose (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return self->entry->has_dose ? &self->entry->dose : NULL;
}

/**
 * stride_exercise_dup_dose_label:
 *
 * Returns: (transfer full) (nullable): the dose as text
 */
char *
stride_exercise_dup_dose_label (StrideExercise *self)
{
  const StrideDose *dose;

  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  dose = stride_exercise_get_dose (self);
  return dose != NULL ? stride_dose_format (dose) : NULL;
}

StrideEquipment
stride_exercise_get_equipment (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), STRIDE_EQUIPMENT_NONE);

  return self->entry->equipment;
}

/**
 * stride_exercise_get_equipment_label:
 *
 * Returns: what the exercise needs, mentioning a band that only the
 *   harder variation uses
 */
const char *
stride_exercise_get_equipment_label (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  if (self->entry->equipment == STRIDE_EQUIPMENT_NONE
      && self->entry->harder_equipment == STRIDE_EQUIPMENT_BAND)
    return _("No equipment; a band makes it harder");

  return stride_equipment_get_label (self->entry->equipment);
}

/**
 * stride_exercise_get_harder:
 *
 * Returns: (nullable): the guide's "make it harder" variation, if it has one
 */
const char *
stride_exercise_get_harder (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return translate (self->entry->harder);
}

StrideEquipment
stride_exercise_get_harder_equipment (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), STRIDE_EQUIPMENT_NONE);

  return self->entry->harder_equipment;
}

/**
 * stride_exercise_uses_band:
 *
 * Returns: %TRUE if the exercise or its harder variation needs a band
 */
gboolean
stride_exercise_uses_band (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), FALSE);

  return self->entry->equipment == STRIDE_EQUIPMENT_BAND
         || self->entry->harder_equipment == STRIDE_EQUIPMENT_BAND;
}

/**
 * stride_exercise_get_tip:
 *
 * Returns: (nullable): the guide's tip, if it has one
 */
const char *
stride_exercise_get_tip (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return translate (self->entry->tip);
}

/**
 * stride_exercise_get_look_for:
 *
 * Returns: (nullable): for a self-test, the sign to watch for and what it means
 */
const char *
stride_exercise_get_look_for (StrideExercise *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), NULL);

  return translate (self->entry->look_for);
}

static char *
fold_for_search (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized, -1);
}

/* Everything a search looks in, in the current language. Built on each
 * call: it is a handful of short strings, and the language may change. */
static char *
dup_search_text (StrideExercise *self)
{
  g_autoptr(GString) text = g_string_new (stride_exercise_get_name (self));

  if (self->entry->also_known_as != NULL)
    g_string_append_printf (text, "\n%s", stride_exercise_get_also_known_as (self));
  g_string_append_printf (text, "\n%s", stride_exercise_get_target (self));

  for (guint i = 0; i < STRIDE_MUSCLE_N_MUSCLES; i++)
    {
      StrideMuscle muscle = stride_muscle_from_index (i);

      if (self->entry->muscles & muscle)
        g_string_append_printf (text, "\n%s", stride_muscle_get_label (muscle));
    }

  return fold_for_search (text->str);
}

/**
 * stride_exercise_matches:
 * @self: a #StrideExercise
 * @query: (nullable): what the user typed
 *
 * Every word of @query must appear in the name, other name or muscles,
 * ignoring case and accents' encoding.
 *
 * Returns: %TRUE if the exercise matches @query; an empty query matches all
 */
gboolean
stride_exercise_matches (StrideExercise *self,
                         const char     *query)
{
  g_autofree char *folded = NULL;
  g_autofree char *haystack = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (STRIDE_IS_EXERCISE (self), FALSE);

  if (query == NULL)
    return TRUE;

  folded = fold_for_search (query);
  words = g_strsplit_set (folded, " \t\n", -1);
  haystack = dup_search_text (self);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0' && strstr (haystack, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}
