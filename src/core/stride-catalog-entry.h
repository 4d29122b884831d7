/* stride-catalog-entry.h
 *
 * The catalog's content as static data. Strings are the guide's English
 * words, marked for extraction only; StrideExercise translates them when asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stride-catalog-types.h"
#include "stride-dose.h"

G_BEGIN_DECLS

#define STRIDE_CATALOG_MAX_STEPS 5

typedef struct
{
  const char        *id;
  StrideExerciseKind kind;
  const char        *name;
  const char        *also_known_as;
  StrideMuscle       muscles;
  const char        *target;
  const char        *purpose;
  const char        *steps[STRIDE_CATALOG_MAX_STEPS + 1];
  gboolean           has_dose;
  StrideDose         dose;
  StrideEquipment    equipment;
  const char        *harder;
  StrideEquipment    harder_equipment;
  const char        *tip;
  const char        *look_for;
} StrideCatalogEntry;

const StrideCatalogEntry *stride_catalog_entries_get (guint *n_entries);

G_END_DECLS
