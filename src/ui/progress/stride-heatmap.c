/* stride-heatmap.c
 *
 * A calendar of the last months, a cell a day, shaded by the sessions of
 * that day: weeks are columns from left to right, Monday on top, so that
 * a missed week or a run of training days shows at a glance. Today is
 * ringed; months are named above their first week; a legend says which
 * shade is more. In a narrow window fewer weeks are shown, always the
 * latest.
 *
 * The keyboard moves a focused day the way the grid is drawn: Up and Down
 * a day, Left and Right a week, Home to the first day shown, End to
 * today. GTK 4.8 has no accessible objects for parts of a widget, so the
 * widget's accessible name is the focused day, said again as it moves,
 * and its description says what the whole calendar holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "stride-consistency.h"
#include "stride-heatmap.h"
#include "stride-theme-colors.h"

#define MIN_WEEKS 8
#define MIN_CELL 12.0
#define NATURAL_CELL 16.0
#define MAX_CELL 22.0
#define GAP 3.0
#define LABEL_SPACING 6.0
#define LEGEND_SPACING 10.0
/* Shades above "none": 1, 2, and 3 or more sessions a day */
#define N_LEVELS 3

struct _StrideHeatmap
{
  GtkWidget parent_instance;

  /* Sessions per day (StrideDaySessions, day after day) */
  GArray *days;
  guint32 today;
  guint32 focus_day;
  char *label;
  /* The weeks shown at the last allocation */
  guint weeks_shown;
};

G_DEFINE_FINAL_TYPE (StrideHeatmap, stride_heatmap, GTK_TYPE_WIDGET)

typedef struct
{
  double cell;
  /* Where the weekday names start, and the first column */
  double label_x;
  double left;
  double top;
  double legend_top;
  double legend_height;
  guint  weeks;
} Layout;

/* The Monday of the first of the STRIDE_HEATMAP_WEEKS weeks */
static guint32
get_first_monday (StrideHeatmap *self)
{
  StrideWeek week;

  stride_week_init_for_julian (&week, self->today);
  return week.monday - 7 * (STRIDE_HEATMAP_WEEKS - 1);
}

static PangoLayout *
create_small_layout (StrideHeatmap *self,
                     const char    *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  const PangoFontDescription *base = pango_context_get_font_description (pango_layout_get_context (layout));
  PangoFontDescription *font = pango_font_description_copy (base);

  pango_font_description_set_size (font, pango_font_description_get_size (font) * 5 / 6);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  return layout;
}

static void
measure_text (StrideHeatmap *self,
              const char    *text,
              double        *width,
              double        *height)
{
  g_autoptr(PangoLayout) layout = create_small_layout (self, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/* A short weekday name in the locale's words; row 0 is Monday, as was
 * the first day of GDate's calendar */
static char *
dup_weekday_name (guint row)
{
  g_autoptr(GDate) date = g_date_new_julian (1 + row);
  char buffer[64];

  if (g_date_strftime (buffer, sizeof buffer, "%a", date) == 0)
    return g_strdup ("");
  return g_strdup (buffer);
}

static double
get_label_width (StrideHeatmap *self)
{
  double widest = 0;

  for (guint row = 0; row < 7; row += 2)
    {
      g_autofree char *name = dup_weekday_name (row);
      double width;

      measure_text (self, name, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest + LABEL_SPACING;
}

static void
compute_layout (StrideHeatmap *self,
                double         width,
                Layout        *layout)
{
  double available, text_height;
  guint fit;

  layout->left = get_label_width (self);
  /* Room on the right for the focused day's ring */
  available = width - layout->left - 4;
  fit = (guint) MAX (0.0, (available + GAP) / (MIN_CELL + GAP));
  layout->weeks = CLAMP (fit, MIN_WEEKS, STRIDE_HEATMAP_WEEKS);
  layout->cell = CLAMP ((available + GAP) / layout->weeks - GAP, MIN_CELL, MAX_CELL);
  /* A wide card centres the calendar in it */
  layout->label_x = MAX (0.0, (available - (layout->weeks * (layout->cell + GAP) - GAP)) / 2);
  layout->left += layout->label_x;

  measure_text (self, "M", NULL, &text_height);
  layout->top = text_height + 4;
  layout->legend_top = layout->top + 7 * layout->cell + 6 * GAP + LEGEND_SPACING;
  layout->legend_height = MAX (text_height, MIN_CELL);
}

static guint32
get_first_shown (StrideHeatmap *self,
                 const Layout  *layout)
{
  return get_first_monday (self) + 7 * (STRIDE_HEATMAP_WEEKS - layout->weeks);
}

static void
compute_current_layout (StrideHeatmap *self,
                        Layout        *layout)
{
  compute_layout (self, gtk_widget_get_width (GTK_WIDGET (self)), layout);
}

static const StrideDaySessions *
lookup_day (StrideHeatmap *self,
            guint32        day)
{
  guint32 first;

  if (self->days == NULL || self->days->len == 0)
    return NULL;
  first = g_array_index (self->days, StrideDaySessions, 0).day;
  if (day < first || day - first >= self->days->len)
    return NULL;

  return &g_array_index (self->days, StrideDaySessions, day - first);
}

static guint32
clamp_day (StrideHeatmap *self,
           gint64         day)
{
  Layout layout;

  compute_current_layout (self, &layout);
  return (guint32) CLAMP (day, (gint64) get_first_shown (self, &layout), (gint64) self->today);
}

static void
get_cell_origin (StrideHeatmap *self,
                 const Layout  *layout,
                 guint32        day,
                 double        *x,
                 double        *y)
{
  guint32 offset = day - get_first_shown (self, layout);

  *x = layout->left + (offset / 7) * (layout->cell + GAP);
  *y = layout->top + (offset % 7) * (layout->cell + GAP);
}

static gboolean
find_day_at (StrideHeatmap *self,
             double         x,
             double         y,
             guint32       *day)
{
  Layout layout;
  double step;
  int column, row;
  guint32 found;

  if (self->today == 0)
    return FALSE;

  compute_current_layout (self, &layout);
  step = layout.cell + GAP;
  if (x < layout.left || y < layout.top)
    return FALSE;
  column = (int) ((x - layout.left) / step);
  row = (int) ((y - layout.top) / step);
  if (column >= (int) layout.weeks || row >= 7)
    return FALSE;

  found = get_first_shown (self, &layout) + 7 * column + row;
  if (found > self->today)
    return FALSE;

  *day = found;
  return TRUE;
}

/**
 * stride_heatmap_dup_day_text:
 * @day: a GDate julian day number
 *
 * Returns: (transfer full): what the cell of @day says, e.g. "Tuesday 3
 *   March 2026: 2 sessions"
 */
char *
stride_heatmap_dup_day_text (StrideHeatmap *self,
                             guint32        day)
{
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDateTime) noon = NULL;
  g_autofree char *when = NULL;
  g_autofree char *dated = NULL;
  const StrideDaySessions *entry;
  guint sessions;

  g_return_val_if_fail (STRIDE_IS_HEATMAP (self), NULL);
  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  date = g_date_new_julian (day);
  noon = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), 12, 0, 0);
  /* Translators: a day in the training calendar, in strftime format, see
   * man strftime; e.g. "Tuesday 3 March 2026". %-d is the day without a
   * leading zero or space. */
  when = g_date_time_format (noon, _("%A %-d %B %Y"));
  if (day == self->today)
    /* Translators: %s is a date, e.g. "Today, Friday 4 December 2026" */
    dated = g_strdup_printf (_("Today, %s"), when);
  else
    dated = g_steal_pointer (&when);

  entry = lookup_day (self, day);
  sessions = entry != NULL ? entry->sessions : 0;
  if (sessions == 0)
    /* Translators: %s is a day, e.g. "Tuesday 3 March 2026: no sessions" */
    return g_strdup_printf (_("%s: no sessions"), dated);

  /* Translators: %s is a day, %u the sessions of that day, e.g. "Tuesday
   * 3 March 2026: 2 sessions" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u session", "%s: %u sessions", sessions),
                          dated, sessions);
}

static void
update_accessible (StrideHeatmap *self)
{
  g_autofree char *count = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *description = NULL;
  Layout layout;
  guint total = 0;

  compute_current_layout (self, &layout);
  if (self->today != 0)
    {
      for (guint32 day = get_first_shown (self, &layout); day <= self->today; day++)
        {
          const StrideDaySessions *entry = lookup_day (self, day);

          total += entry != NULL ? entry->sessions : 0;
        }
    }

  g_free (self->label);
  if (self->today != 0)
    self->label = stride_heatmap_dup_day_text (self, clamp_day (self, self->focus_day));
  else
    self->label = g_strdup (_("Training Calendar"));

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session in all", "%u sessions in all", total), total);
  /* Translators: %u is weeks, %s how many sessions in all, e.g.
   * "Sessions per day over the last 26 weeks: 40 sessions in all." */
  sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sessions per day over the last %u week: %s.",
                                           "Sessions per day over the last %u weeks: %s.", layout.weeks),
                              layout.weeks, count);
  description = g_strconcat (sentence, " ",
                             _("Up and Down arrows move a day, Left and Right a week, Home and End to the first day shown and today."),
                             NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
set_focus_day (StrideHeatmap *self,
               gint64         day)
{
  guint32 clamped = clamp_day (self, day);

  if (clamped == self->focus_day)
    return;

  self->focus_day = clamped;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GtkSizeRequestMode
stride_heatmap_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
stride_heatmap_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  StrideHeatmap *self = STRIDE_HEATMAP (widget);
  double left = get_label_width (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ceil (left + MIN_WEEKS * (MIN_CELL + GAP) - GAP);
      *natural = (int) ceil (left + STRIDE_HEATMAP_WEEKS * (NATURAL_CELL + GAP) - GAP);
    }
  else
    {
      Layout layout;

      compute_layout (self, for_size >= 0 ? for_size : left + STRIDE_HEATMAP_WEEKS * (NATURAL_CELL + GAP) - GAP,
                      &layout);
      *minimum = *natural = (int) ceil (layout.legend_top + layout.legend_height);
    }
}

static void
stride_heatmap_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  StrideHeatmap *self = STRIDE_HEATMAP (widget);

  Layout layout;

  /* Fewer weeks may fit now: the focused day stays among those shown,
   * and the description says how many */
  compute_layout (self, width, &layout);
  if (self->today != 0 && layout.weeks != self->weeks_shown)
    {
      self->weeks_shown = layout.weeks;
      self->focus_day = clamp_day (self, self->focus_day);
      update_accessible (self);
    }
}

static int
get_level (guint sessions)
{
  return MIN (sessions, N_LEVELS);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   size,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + size - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + size - radius, y + size - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + size - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

typedef struct
{
  GdkRGBA text;
  GdkRGBA empty;
  GdkRGBA shades[N_LEVELS + 1];
  gboolean outline;
} Palette;

/* The accent in rising strength over the card; in high contrast every
 * cell is outlined too, so that an empty day is still a visible square */
static void
read_palette (StrideHeatmap *self,
              Palette       *palette)
{
  /* A dark card swallows a faint tint: the first shade is stronger there */
  static const double light_strength[N_LEVELS + 1] = { 0, 0.4, 0.7, 1.0 };
  static const double dark_strength[N_LEVELS + 1] = { 0, 0.55, 0.8, 1.0 };
  AdwStyleManager *style = adw_style_manager_get_default ();
  const double *strength = adw_style_manager_get_dark (style) ? dark_strength : light_strength;
  StrideThemeColors colors;

  stride_theme_colors_read (GTK_WIDGET (self), &colors);
  palette->text = colors.foreground;
  palette->outline = adw_style_manager_get_high_contrast (style);
  palette->empty = colors.foreground;
  palette->empty.alpha = palette->outline ? 0.0 : 0.1;
  for (guint i = 0; i <= N_LEVELS; i++)
    {
      palette->shades[i] = colors.accent;
      palette->shades[i].alpha = strength[i];
    }
  palette->shades[0] = palette->empty;
}

static void
fill_cell (cairo_t       *cr,
           const Palette *palette,
           double         x,
           double         y,
           double         size,
           int            level)
{
  rounded_rectangle (cr, x, y, size, MIN (3.0, size / 4));
  gdk_cairo_set_source_rgba (cr, &palette->shades[level]);
  cairo_fill_preserve (cr);
  if (palette->outline)
    {
      GdkRGBA edge = palette->text;

      edge.alpha = 0.6;
      gdk_cairo_set_source_rgba (cr, &edge);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
}

static void
draw_text (StrideHeatmap *self,
           cairo_t       *cr,
           const Palette *palette,
           const char    *text,
           double         x,
           double         y,
           double         alpha)
{
  g_autoptr(PangoLayout) layout = create_small_layout (self, text);
  GdkRGBA color = palette->text;

  color.alpha = alpha;
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

typedef struct
{
  double x;
  char name[64];
} MonthLabel;

/* The day of the week from @monday that begins a month, if it is shown
 * (today or before); 0 if none */
static guint32
find_first_of_month (guint32 monday,
                     guint32 today)
{
  for (guint32 day = monday; day < monday + 7 && day <= today; day++)
    {
      g_autoptr(GDate) date = g_date_new_julian (day);

      if (g_date_get_day (date) == 1)
        return day;
    }

  return 0;
}

/* A month is named above the week that holds its first day, so that the
 * month of today is always named; the first column is named too, by the
 * month it begins in, when the next name leaves room for it */
static GArray *
collect_month_labels (StrideHeatmap *self,
                      const Layout  *layout)
{
  GArray *labels = g_array_new (FALSE, TRUE, sizeof (MonthLabel));
  guint32 first = get_first_shown (self, layout);
  double step = layout->cell + GAP;
  double free_from = 0;

  for (guint column = 0; column < layout->weeks; column++)
    {
      guint32 monday = first + 7 * column;
      guint32 named = find_first_of_month (monday, self->today);
      g_autoptr(GDate) date = NULL;
      MonthLabel label = { layout->left + column * step, "" };
      double width;

      if (named == 0 && column > 0)
        continue;
      date = g_date_new_julian (named != 0 ? named : monday);
      if (g_date_strftime (label.name, sizeof label.name, "%b", date) == 0)
        continue;
      measure_text (self, label.name, &width, NULL);
      if (label.x < free_from || label.x + width > gtk_widget_get_width (GTK_WIDGET (self)))
        continue;
      if (named == 0)
        {
          /* Skipped when the next month begins too soon after */
          guint next = 1;

          while (next < layout->weeks && find_first_of_month (first + 7 * next, self->today) == 0)
            next++;
          if (next < layout->weeks && layout->left + next * step < label.x + width + 4)
            continue;
        }
      g_array_append_val (labels, label);
      free_from = label.x + width + 4;
    }

  return labels;
}

static void
draw_labels (StrideHeatmap *self,
             cairo_t       *cr,
             const Palette *palette,
             const Layout  *layout)
{
  double step = layout->cell + GAP;
  g_autoptr(GArray) month_labels = NULL;
  double text_height;

  measure_text (self, "M", NULL, &text_height);

  /* Monday, Wednesday and Friday, centred on their rows */
  for (guint row = 0; row < 7; row += 2)
    {
      g_autofree char *name = dup_weekday_name (row);

      draw_text (self, cr, palette, name, layout->label_x, layout->top + row * step + (layout->cell - text_height) / 2, 0.7);
    }

  month_labels = collect_month_labels (self, layout);
  for (guint i = 0; i < month_labels->len; i++)
    {
      const MonthLabel *label = &g_array_index (month_labels, MonthLabel, i);

      draw_text (self, cr, palette, label->name, label->x, 0, 0.7);
    }
}

static void
draw_legend (StrideHeatmap *self,
             cairo_t       *cr,
             const Palette *palette,
             const Layout  *layout)
{
  double right = layout->left + layout->weeks * (layout->cell + GAP) - GAP;
  double less_width, more_width, text_height, x, y;

  measure_text (self, _("Less"), &less_width, &text_height);
  measure_text (self, _("More"), &more_width, NULL);

  x = right - more_width;
  y = layout->legend_top + (layout->legend_height - text_height) / 2;
  draw_text (self, cr, palette, _("More"), x, y, 0.7);
  x -= 6 + (N_LEVELS + 1) * (MIN_CELL + GAP) - GAP;
  for (int level = 0; level <= N_LEVELS; level++)
    fill_cell (cr, palette, x + level * (MIN_CELL + GAP), layout->legend_top + (layout->legend_height - MIN_CELL) / 2,
               MIN_CELL, level);
  draw_text (self, cr, palette, _("Less"), x - 6 - less_width, y, 0.7);
}

static void
stride_heatmap_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  StrideHeatmap *self = STRIDE_HEATMAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;
  Palette palette;
  Layout layout;
  guint32 first;

  if (width <= 0 || height <= 0 || self->today == 0)
    return;

  compute_layout (self, width, &layout);
  read_palette (self, &palette);
  first = get_first_shown (self, &layout);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  draw_labels (self, cr, &palette, &layout);

  for (guint32 day = first; day <= self->today; day++)
    {
      const StrideDaySessions *entry = lookup_day (self, day);
      double x, y;

      get_cell_origin (self, &layout, day, &x, &y);
      fill_cell (cr, &palette, x, y, layout.cell, get_level (entry != NULL ? entry->sessions : 0));
    }

  /* Today ringed in the text colour */
  {
    double x, y;

    get_cell_origin (self, &layout, self->today, &x, &y);
    rounded_rectangle (cr, x - 1, y - 1, layout.cell + 2, MIN (4.0, layout.cell / 3));
    gdk_cairo_set_source_rgba (cr, &palette.text);
    cairo_set_line_width (cr, 2);
    cairo_stroke (cr);
  }

  /* The focused day ringed in the accent, outside today's ring */
  if (gtk_widget_has_visible_focus (widget))
    {
      double x, y;

      get_cell_origin (self, &layout, clamp_day (self, self->focus_day), &x, &y);
      rounded_rectangle (cr, x - 3, y - 3, layout.cell + 6, MIN (5.0, layout.cell / 2.5));
      gdk_cairo_set_source_rgba (cr, &palette.shades[N_LEVELS]);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }

  draw_legend (self, cr, &palette, &layout);
  cairo_destroy (cr);
}

static gboolean
stride_heatmap_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip)
{
  StrideHeatmap *self = STRIDE_HEATMAP (widget);
  g_autofree char *text = NULL;
  guint32 day;

  if (self->today == 0)
    return FALSE;
  if (keyboard_mode)
    day = clamp_day (self, self->focus_day);
  else if (!find_day_at (self, x, y, &day))
    return FALSE;

  text = stride_heatmap_dup_day_text (self, day);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
move_focus (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StrideHeatmap *self = STRIDE_HEATMAP (widget);
  Layout layout;

  if (self->today == 0)
    return;

  compute_current_layout (self, &layout);
  if (g_str_equal (action_name, "heatmap.first-day"))
    set_focus_day (self, get_first_shown (self, &layout));
  else if (g_str_equal (action_name, "heatmap.today"))
    set_focus_day (self, self->today);
  else
    set_focus_day (self, (gint64) self->focus_day + g_variant_get_int32 (parameter));
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            StrideHeatmap   *self)
{
  guint32 day;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (find_day_at (self, x, y, &day))
    set_focus_day (self, day);
}

static void
on_focus_changed (StrideHeatmap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Light, dark, high contrast or a new accent: drawn again in its colours */
static void
stride_heatmap_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (stride_heatmap_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
stride_heatmap_finalize (GObject *object)
{
  StrideHeatmap *self = STRIDE_HEATMAP (object);

  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (stride_heatmap_parent_class)->finalize (object);
}

static void
stride_heatmap_class_init (StrideHeatmapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; int days; } moves[] = {
    { GDK_KEY_Up, -1 }, { GDK_KEY_KP_Up, -1 },
    { GDK_KEY_Down, 1 }, { GDK_KEY_KP_Down, 1 },
    { GDK_KEY_Left, -7 }, { GDK_KEY_KP_Left, -7 },
    { GDK_KEY_Right, 7 }, { GDK_KEY_KP_Right, 7 },
  };

  object_class->finalize = stride_heatmap_finalize;
  widget_class->get_request_mode = stride_heatmap_get_request_mode;
  widget_class->measure = stride_heatmap_measure;
  widget_class->size_allocate = stride_heatmap_size_allocate;
  widget_class->snapshot = stride_heatmap_snapshot;
  widget_class->query_tooltip = stride_heatmap_query_tooltip;
  widget_class->css_changed = stride_heatmap_css_changed;

  gtk_widget_class_install_action (widget_class, "heatmap.move", "i", move_focus);
  gtk_widget_class_install_action (widget_class, "heatmap.first-day", NULL, move_focus);
  gtk_widget_class_install_action (widget_class, "heatmap.today", NULL, move_focus);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_class_add_binding_action (widget_class, moves[i].key, 0, "heatmap.move", "i", moves[i].days);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "heatmap.first-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "heatmap.first-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "heatmap.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "heatmap.today", NULL);

  gtk_widget_class_set_css_name (widget_class, "heatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stride_heatmap_init (StrideHeatmap *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  update_accessible (self);
}

GtkWidget *
stride_heatmap_new (void)
{
  return g_object_new (STRIDE_TYPE_HEATMAP, NULL);
}

/**
 * stride_heatmap_set_days:
 * @days: (element-type StrideDaySessions): sessions per day, day after
 *   day, from at least the Monday STRIDE_HEATMAP_WEEKS - 1 weeks before
 *   @today's week; days it leaves out have none
 * @today: today's GDate julian day number
 *
 * Shows @days. The focused day stays where it was if it is still shown,
 * and starts on today.
 */
void
stride_heatmap_set_days (StrideHeatmap *self,
                         GArray        *days,
                         guint32        today)
{
  g_return_if_fail (STRIDE_IS_HEATMAP (self));
  g_return_if_fail (days != NULL);
  g_return_if_fail (g_date_valid_julian (today));

  g_clear_pointer (&self->days, g_array_unref);
  self->days = g_array_copy (days);
  if (self->today != today)
    self->focus_day = today;
  self->today = today;
  self->focus_day = clamp_day (self, self->focus_day);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint32
stride_heatmap_get_today (StrideHeatmap *self)
{
  g_return_val_if_fail (STRIDE_IS_HEATMAP (self), 0);

  return self->today;
}

/**
 * stride_heatmap_get_first_shown:
 *
 * Returns: the first day drawn at the widget's width, a Monday
 */
guint32
stride_heatmap_get_first_shown (StrideHeatmap *self)
{
  Layout layout;

  g_return_val_if_fail (STRIDE_IS_HEATMAP (self), 0);

  compute_current_layout (self, &layout);
  return get_first_shown (self, &layout);
}

guint
stride_heatmap_get_n_weeks_shown (StrideHeatmap *self)
{
  Layout layout;

  g_return_val_if_fail (STRIDE_IS_HEATMAP (self), 0);

  compute_current_layout (self, &layout);
  return layout.weeks;
}

guint32
stride_heatmap_get_focus_day (StrideHeatmap *self)
{
  g_return_val_if_fail (STRIDE_IS_HEATMAP (self), 0);

  return self->today != 0 ? clamp_day (self, self->focus_day) : 0;
}

guint
stride_heatmap_get_sessions (StrideHeatmap *self,
                             guint32        day)
{
  const StrideDaySessions *entry;

  g_return_val_if_fail (STRIDE_IS_HEATMAP (self), 0);

  entry = lookup_day (self, day);
  return entry != NULL ? entry->sessions : 0;
}

/**
 * stride_heatmap_dup_month_names:
 *
 * Returns: (transfer full): the names of the months above the columns,
 *   as drawn at the heatmap's width, left to right
 */
GStrv
stride_heatmap_dup_month_names (StrideHeatmap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) labels = NULL;
  Layout layout;

  g_return_val_if_fail (STRIDE_IS_HEATMAP (self), NULL);

  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0 && self->today != 0)
    {
      compute_layout (self, gtk_widget_get_width (GTK_WIDGET (self)), &layout);
      labels = collect_month_labels (self, &layout);
      for (guint i = 0; i < labels->len; i++)
        g_strv_builder_add (builder, g_array_index (labels, MonthLabel, i).name);
    }

  return g_strv_builder_end (builder);
}

/**
 * stride_heatmap_get_label:
 *
 * Returns: the accessible name: the focused day as its cell says it
 */
const char *
stride_heatmap_get_label (StrideHeatmap *self)
{
  g_return_val_if_fail (STRIDE_IS_HEATMAP (self), NULL);

  return self->label;
}
