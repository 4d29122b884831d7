/* stride-catalog-entries.c
 *
 * The five exercises and two self-tests of the hip-strength guide. Every
 * sentence here is the guide's; keep it so when editing. IDs are stable:
 * routines, sessions and results in the user's store refer to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stride-catalog-entry.h"

static const StrideCatalogEntry entries[] = {
  {
    .id = "squat",
    .kind = STRIDE_EXERCISE_KIND_EXERCISE,
    /* Translators: exercise name */
    .name = N_("Squats"),
    .muscles = STRIDE_MUSCLE_GLUTEUS_MAXIMUS | STRIDE_MUSCLE_GLUTEUS_MEDIUS | STRIDE_MUSCLE_GLUTEUS_MINIMUS,
    .target = N_("Gluteus maximus, medius and minimus"),
    .purpose = N_("Activates the gluteus maximus, medius and minimus, supporting full hip function."),
    .steps = {
      N_("Stand with feet shoulder-width apart, arms extended or hands clasped at chest."),
      N_("Lower into a squat, keeping knees behind toes and chest lifted."),
      N_("Aim for thighs parallel to the ground, then rise to stand."),
    },
    .has_dose = TRUE,
    .dose = { 10, 15, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SET },
    .equipment = STRIDE_EQUIPMENT_NONE,
    .harder = N_("Try single-leg squats to intensify glute activation and improve balance."),
    .harder_equipment = STRIDE_EQUIPMENT_NONE,
  },
  {
    .id = "clamshell",
    .kind = STRIDE_EXERCISE_KIND_EXERCISE,
    /* Translators: exercise name */
    .name = N_("Clamshells"),
    .muscles = STRIDE_MUSCLE_GLUTEUS_MEDIUS,
    .target = N_("Gluteus medius"),
    .purpose = N_("Isolates the gluteus medius, which stabilizes your hips during each step."),
    .steps = {
      N_("Lie on your side with knees bent and stacked, feet together."),
      N_("Keeping feet together, lift your top knee like opening a clamshell."),
      N_("Pause, then lower."),
    },
    .has_dose = TRUE,
    .dose = { 12, 15, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SIDE },
    .equipment = STRIDE_EQUIPMENT_NONE,
    .harder = N_("Add a resistance band just above the knees for more challenge."),
    .harder_equipment = STRIDE_EQUIPMENT_BAND,
  },
  {
    .id = "side-step",
    .kind = STRIDE_EXERCISE_KIND_EXERCISE,
    /* Translators: exercise name */
    .name = N_("Banded Side Steps"),
    .muscles = STRIDE_MUSCLE_GLUTEUS_MEDIUS | STRIDE_MUSCLE_GLUTEUS_MINIMUS,
    .target = N_("Gluteus medius and minimus"),
    .purpose = N_("Targets the gluteus medius and minimus for lateral strength and hip control."),
    .steps = {
      N_("Place a resistance band above your knees."),
      N_("Bend slightly at the hips and knees, engaging your core."),
      N_("Step sideways, keeping tension in the band and feet pointing forward."),
    },
    .has_dose = TRUE,
    .dose = { 10, 12, STRIDE_DOSE_UNIT_STEPS, STRIDE_DOSE_PER_DIRECTION },
    .equipment = STRIDE_EQUIPMENT_BAND,
    .harder = N_("Place the band around your ankles instead for more resistance."),
    .harder_equipment = STRIDE_EQUIPMENT_BAND,
    .tip = N_("Stay low and maintain tension in the band throughout the movement."),
  },
  {
    .id = "glute-bridge",
    .kind = STRIDE_EXERCISE_KIND_EXERCISE,
    /* Translators: exercise name */
    .name = N_("Glute Bridge"),
    .muscles = STRIDE_MUSCLE_GLUTEUS_MAXIMUS | STRIDE_MUSCLE_GLUTEUS_MEDIUS | STRIDE_MUSCLE_GLUTEUS_MINIMUS
               | STRIDE_MUSCLE_HAMSTRINGS | STRIDE_MUSCLE_LOWER_BACK,
    .target = N_("Glutes, hamstrings and lower back"),
    .purpose = N_("Activates the entire posterior chain, including the glutes, hamstrings and lower back."),
    .steps = {
      N_("Lie on your back, knees bent, feet flat and hip-width apart."),
      N_("Press through your heels to lift your hips, squeezing glutes at the top."),
      N_("Lower slowly."),
    },
    .has_dose = TRUE,
    .dose = { 12, 15, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SET },
    .equipment = STRIDE_EQUIPMENT_NONE,
    .harder = N_("Lift one leg for a single-leg bridge, holding the extended leg straight while lifting your hips."),
    .harder_equipment = STRIDE_EQUIPMENT_NONE,
  },
  {
    .id = "hip-extension",
    .kind = STRIDE_EXERCISE_KIND_EXERCISE,
    /* Translators: exercise name */
    .name = N_("Quadruped Hip Extensions"),
    /* Translators: the exercise's other name */
    .also_known_as = N_("Donkey kicks"),
    .muscles = STRIDE_MUSCLE_GLUTEUS_MAXIMUS,
    .target = N_("Gluteus maximus"),
    .purpose = N_("Focuses on gluteus maximus engagement and pelvic stability."),
    .steps = {
      N_("Start on all fours in tabletop position."),
      N_("Keeping the knee bent at 90 degrees, lift one leg toward the ceiling using your glutes."),
      N_("Avoid arching your back."),
      N_("Pause at the top, then lower."),
    },
    .has_dose = TRUE,
    .dose = { 12, 12, STRIDE_DOSE_UNIT_REPS, STRIDE_DOSE_PER_SIDE },
    .equipment = STRIDE_EQUIPMENT_NONE,
    .harder_equipment = STRIDE_EQUIPMENT_NONE,
    .tip = N_("Focus on keeping the hips square and movement controlled."),
  },
  {
    .id = "squat-test",
    .kind = STRIDE_EXERCISE_KIND_SELF_TEST,
    /* Translators: self-test name */
    .name = N_("Standing Deep Squat Test"),
    .target = N_("Tight or weak hips"),
    .purpose = N_("Shows whether tight or weak hips keep you from squatting deeply."),
    .steps = {
      N_("Stand with feet slightly wider than hip-width, arms overhead."),
      N_("Squat deeply, trying to bring your glutes close to your heels."),
    },
    .equipment = STRIDE_EQUIPMENT_NONE,
    .harder_equipment = STRIDE_EQUIPMENT_NONE,
    .look_for = N_("If you fall backward or can’t reach depth, you may have tight or weak hips."),
  },
  {
    .id = "bridge-test",
    .kind = STRIDE_EXERCISE_KIND_SELF_TEST,
    /* Translators: self-test name */
    .name = N_("Hip Bridge Test"),
    .target = N_("A weaker side"),
    .purpose = N_("Shows whether one side of your hips may be weaker than the other."),
    .steps = {
      N_("Lie on your back with knees bent, feet hip-width apart."),
      N_("Lift your hips into a bridge."),
      N_("Try lifting one foot slightly off the ground."),
      N_("Lower the foot, then try the same with the other foot."),
    },
    .equipment = STRIDE_EQUIPMENT_NONE,
    .harder_equipment = STRIDE_EQUIPMENT_NONE,
    .look_for = N_("If your hips drop or tilt when a foot lifts, that side may be weaker."),
  },
};

/**
 * stride_catalog_entries_get:
 * @n_entries: (out): the number of entries
 *
 * Returns: (transfer none) (array length=n_entries): the catalog content
 */
const StrideCatalogEntry *
stride_catalog_entries_get (guint *n_entries)
{
  g_return_val_if_fail (n_entries != NULL, NULL);

  *n_entries = G_N_ELEMENTS (entries);
  return entries;
}
