/* stride-report-pages.c
 *
 * The report laid out on pages of any size and drawn on any cairo
 * context: a PDF surface for a file, the print context for a printer.
 * Units are points. A table that does not fit goes on over the next
 * page under its header again, a heading is never left alone at the
 * foot of a page, and every page says its number. Charts are drawn by
 * the chart layer's renderer as paths, in black on white, their series
 * told apart by marker shape and dash as well as by colour, so that a
 * black-and-white copy keeps them apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "stride-chart-renderer.h"
#include "stride-report-private.h"

/* Pango of Debian 12 declares no cleanup for its context */
typedef PangoContext StrideReportContext;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideReportContext, g_object_unref)

#define MARGIN_SIDE 54.0
#define MARGIN_TOP 54.0
#define MARGIN_BOTTOM 64.0
#define FOOTER_FROM_BOTTOM 36.0
#define CELL_PAD 4.0
#define CHART_HEIGHT 210.0
#define BLOCK_GAP 8.0
#define HEADING_GAP 18.0
#define SHORT_TABLE_ROWS 6

#define FONT_TITLE "Sans Bold 30"
#define FONT_SUBTITLE "Sans 16"
#define FONT_HEADING "Sans Bold 15"
#define FONT_TEXT "Sans 10.5"
#define FONT_CELL "Sans 9.5"
#define FONT_CELL_HEADER "Sans Bold 9.5"
#define FONT_CAPTION "Sans Bold 10"
/* The chart writes its ticks and keys smaller than this */
#define FONT_CHART "Sans 11"
#define FONT_FOOTER "Sans 8.5"

/* One context per drawing: the same fonts and metrics when the pages
 * are laid out as when they are drawn */
static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

static PangoLayout *
create_layout (PangoContext *context,
               const char   *font,
               const char   *text,
               double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_font_description_free (description);

  return layout;
}

static double
measure (PangoContext *context,
         const char   *font,
         const char   *text,
         double        width)
{
  g_autoptr(PangoLayout) layout = create_layout (context, font, text, width);
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return pango_units_to_double (height);
}

static double
show_text (cairo_t      *cr,
           PangoContext *context,
           const char   *font,
           const char   *text,
           double        x,
           double        y,
           double        width)
{
  g_autoptr(PangoLayout) layout = create_layout (context, font, text, width);
  int height;

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &height);

  return pango_units_to_double (height);
}

static const char *
get_font (StrideReportBlockKind kind)
{
  switch (kind)
    {
    case STRIDE_REPORT_BLOCK_TITLE:
      return FONT_TITLE;
    case STRIDE_REPORT_BLOCK_SUBTITLE:
      return FONT_SUBTITLE;
    case STRIDE_REPORT_BLOCK_HEADING:
      return FONT_HEADING;
    case STRIDE_REPORT_BLOCK_TEXT:
    case STRIDE_REPORT_BLOCK_TABLE:
    case STRIDE_REPORT_BLOCK_CHART:
    case STRIDE_REPORT_BLOCK_PAGE_BREAK:
    default:
      return FONT_TEXT;
    }
}

static double
get_column_width (const StrideReportBlock *table,
                  guint                    column,
                  double                   width)
{
  return table->widths[column] * width;
}

static double
measure_row (PangoContext            *context,
             const StrideReportBlock *table,
             char                   **cells,
             const char              *font,
             double                   width)
{
  double height = 0;

  for (guint c = 0; cells[c] != NULL; c++)
    height = MAX (height, measure (context, font, cells[c], get_column_width (table, c, width) - 2 * CELL_PAD));

  return height + 2 * CELL_PAD;
}

static double
measure_continued (PangoContext *context,
                   double        width)
{
  return measure (context, FONT_CAPTION, "Xy", width) + 4;
}

static double
measure_chart (PangoContext            *context,
               const StrideReportBlock *block,
               double                   width)
{
  return measure (context, FONT_CAPTION, block->chart_name, width) + 4 + CHART_HEIGHT;
}

/* The least of @block that must fit below a heading: a table's header
 * and first row, a whole text or chart */
static double
measure_start (PangoContext            *context,
               const StrideReportBlock *block,
               double                   width)
{
  switch (block->kind)
    {
    case STRIDE_REPORT_BLOCK_TABLE:
      {
        /* As place_table() starts it: a short table whole, a long one
         * with two rows */
        double height = measure_row (context, block, block->columns, FONT_CELL_HEADER, width);
        guint n = block->rows->len <= SHORT_TABLE_ROWS ? block->rows->len : 2;

        for (guint r = 0; r < n; r++)
          height += measure_row (context, block, g_ptr_array_index (block->rows, r), FONT_CELL, width);

        return height;
      }
    case STRIDE_REPORT_BLOCK_CHART:
      return measure_chart (context, block, width);
    case STRIDE_REPORT_BLOCK_PAGE_BREAK:
      return 0;
    case STRIDE_REPORT_BLOCK_TITLE:
    case STRIDE_REPORT_BLOCK_SUBTITLE:
    case STRIDE_REPORT_BLOCK_HEADING:
    case STRIDE_REPORT_BLOCK_TEXT:
    default:
      return measure (context, get_font (block->kind), block->text, width);
    }
}

/* What must follow a heading on its page: its texts, and the start of
 * the table or chart after them */
static double
measure_following (PangoContext *context,
                   GPtrArray    *blocks,
                   guint         index,
                   double        width)
{
  double height = 0;

  for (guint i = index; i < blocks->len; i++)
    {
      const StrideReportBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == STRIDE_REPORT_BLOCK_HEADING || block->kind == STRIDE_REPORT_BLOCK_PAGE_BREAK)
        break;
      height += BLOCK_GAP + measure_start (context, block, width);
      if (block->kind != STRIDE_REPORT_BLOCK_TEXT)
        break;
    }

  return height;
}

typedef struct
{
  GArray *placements;
  guint page;
  double y;
  double top;
  double bottom;
} Flow;

static void
next_page (Flow *flow)
{
  flow->page++;
  flow->y = flow->top;
}

static StrideReportPlacement *
place (Flow   *flow,
       guint   block,
       double  height)
{
  StrideReportPlacement placement = { .block = block, .page = flow->page, .y = flow->y, .height = height };

  g_array_append_val (flow->placements, placement);
  flow->y += height;

  return &g_array_index (flow->placements, StrideReportPlacement, flow->placements->len - 1);
}

static void
place_table (Flow                    *flow,
             PangoContext            *context,
             const StrideReportBlock *table,
             guint                    index,
             double                   width)
{
  double header = measure_row (context, table, table->columns, FONT_CELL_HEADER, width);
  StrideReportPlacement *placement = NULL;
  double whole = header;
  double start = header;

  /* A short table is kept whole, and a long one starts with at least
   * two rows: a row or two alone on a page is easily missed */
  for (guint r = 0; r < table->rows->len; r++)
    {
      double row = measure_row (context, table, g_ptr_array_index (table->rows, r), FONT_CELL, width);

      whole += row;
      if (r < 2)
        start += row;
    }
  if (flow->y > flow->top
      && ((table->rows->len <= SHORT_TABLE_ROWS && flow->y + whole > flow->bottom
           && flow->top + whole <= flow->bottom)
          || flow->y + start > flow->bottom))
    next_page (flow);

  for (guint r = 0; r < table->rows->len; r++)
    {
      double row = measure_row (context, table, g_ptr_array_index (table->rows, r), FONT_CELL, width);

      if (placement != NULL && flow->y + row > flow->bottom)
        {
          /* Over the page, under a line that says whose rows these are,
           * and the header again */
          next_page (flow);
          placement = place (flow, index, measure_continued (context, width) + header);
          placement->first_row = r;
          placement->continued = TRUE;
        }
      else if (placement == NULL)
        {
          if (flow->y + header + row > flow->bottom && flow->y > flow->top)
            next_page (flow);
          placement = place (flow, index, header);
          placement->first_row = r;
        }

      placement->n_rows++;
      placement->height += row;
      flow->y += row;
    }

  if (placement == NULL)
    place (flow, index, header);
}

/**
 * stride_report_paginate:
 * @cr: what the pages will be drawn on, for its fonts
 * @width: a page's width, in points
 * @height: a page's height
 *
 * Lays the report out on pages of @width × @height.
 *
 * Returns: how many pages it takes
 */
guint
stride_report_paginate (StrideReport *self,
                        cairo_t      *cr,
                        double        width,
                        double        height)
{
  g_autoptr(StrideReportContext) context = NULL;
  StrideReportPages *pages;
  GPtrArray *blocks;
  double text_width = width - 2 * MARGIN_SIDE;
  Flow flow = { 0, };

  g_return_val_if_fail (STRIDE_IS_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 2 * MARGIN_SIDE && height > MARGIN_TOP + MARGIN_BOTTOM, 0);

  context = create_context (cr);
  pages = _stride_report_get_pages (self);
  blocks = _stride_report_get_blocks (self);
  g_clear_pointer (&pages->placements, g_array_unref);

  flow.placements = g_array_new (FALSE, TRUE, sizeof (StrideReportPlacement));
  flow.top = MARGIN_TOP;
  flow.bottom = height - MARGIN_BOTTOM;
  flow.y = flow.top;

  for (guint i = 0; i < blocks->len; i++)
    {
      const StrideReportBlock *block = g_ptr_array_index (blocks, i);
      double block_height;

      switch (block->kind)
        {
        case STRIDE_REPORT_BLOCK_PAGE_BREAK:
          if (flow.y > flow.top)
            next_page (&flow);
          break;

        case STRIDE_REPORT_BLOCK_TITLE:
          /* A third of the way down the title page */
          flow.y = MAX (flow.y, flow.top + (flow.bottom - flow.top) / 4);
          place (&flow, i, measure (context, FONT_TITLE, block->text, text_width));
          flow.y += BLOCK_GAP;
          break;

        case STRIDE_REPORT_BLOCK_HEADING:
          block_height = measure (context, FONT_HEADING, block->text, text_width);
          if (flow.y > flow.top)
            flow.y += HEADING_GAP;
          /* Never alone at the foot of a page, nor with only the words
           * that introduce what follows them */
          if (flow.y + block_height + measure_following (context, blocks, i + 1, text_width) > flow.bottom
              && flow.y > flow.top)
            next_page (&flow);
          place (&flow, i, block_height);
          flow.y += BLOCK_GAP;
          break;

        case STRIDE_REPORT_BLOCK_TABLE:
          place_table (&flow, context, block, i, text_width);
          flow.y += BLOCK_GAP;
          break;

        case STRIDE_REPORT_BLOCK_CHART:
        case STRIDE_REPORT_BLOCK_SUBTITLE:
        case STRIDE_REPORT_BLOCK_TEXT:
        default:
          block_height = block->kind == STRIDE_REPORT_BLOCK_CHART
                         ? measure_chart (context, block, text_width)
                         : measure (context, get_font (block->kind), block->text, text_width);
          if (flow.y + block_height > flow.bottom && flow.y > flow.top)
            next_page (&flow);
          place (&flow, i, block_height);
          flow.y += block->kind == STRIDE_REPORT_BLOCK_SUBTITLE ? 2 * BLOCK_GAP : BLOCK_GAP;
          break;
        }
    }

  pages->placements = flow.placements;
  pages->n_pages = flow.page + 1;
  pages->width = width;
  pages->height = height;

  return pages->n_pages;
}

static void
set_gray (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

static void
draw_row (cairo_t                 *cr,
          PangoContext            *context,
          const StrideReportBlock *table,
          char                   **cells,
          const char              *font,
          double                   x,
          double                   y,
          double                   width)
{
  for (guint c = 0; cells[c] != NULL; c++)
    {
      double column = get_column_width (table, c, width);

      show_text (cr, context, font, cells[c], x + CELL_PAD, y + CELL_PAD, column - 2 * CELL_PAD);
      x += column;
    }
}

static const char *
find_heading (GPtrArray *blocks,
              guint      index)
{
  for (guint i = index + 1; i > 0; i--)
    {
      const StrideReportBlock *block = g_ptr_array_index (blocks, i - 1);

      if (block->kind == STRIDE_REPORT_BLOCK_HEADING)
        return block->text;
    }

  return "";
}

static void
draw_table (cairo_t                     *cr,
            PangoContext                *context,
            GPtrArray                   *blocks,
            const StrideReportPlacement *placement,
            double                       x,
            double                       width)
{
  const StrideReportBlock *table = g_ptr_array_index (blocks, placement->block);
  double y = placement->y;
  double header;

  if (placement->continued)
    {
      /* Translators: over a table that goes on from the page before; %s is its section, e.g. "Sessions" */
      g_autofree char *text = g_strdup_printf (_("%s (continued)"), find_heading (blocks, placement->block));

      set_gray (cr, 0);
      show_text (cr, context, FONT_CAPTION, text, x, y, width);
      y += measure_continued (context, width);
    }

  /* The header on a light gray band, ruled off from the rows */
  header = measure_row (context, table, table->columns, FONT_CELL_HEADER, width);
  set_gray (cr, 0.88);
  cairo_rectangle (cr, x, y, width, header);
  cairo_fill (cr);
  set_gray (cr, 0);
  draw_row (cr, context, table, table->columns, FONT_CELL_HEADER, x, y, width);
  y += header;
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);

  cairo_set_line_width (cr, 0.4);
  for (guint r = placement->first_row; r < placement->first_row + placement->n_rows; r++)
    {
      char **cells = g_ptr_array_index (table->rows, r);
      double row = measure_row (context, table, cells, FONT_CELL, width);

      set_gray (cr, 0);
      draw_row (cr, context, table, cells, FONT_CELL, x, y, width);
      y += row;
      set_gray (cr, 0.55);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + width, y);
      cairo_stroke (cr);
    }
}

static void
draw_chart (cairo_t                     *cr,
            PangoContext                *context,
            const StrideReportBlock     *block,
            const StrideReportPlacement *placement,
            double                       x,
            double                       width)
{
  g_autoptr(StrideReportContext) chart_context = create_context (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT_CHART);
  g_autoptr(StrideChartLayout) layout = NULL;
  StrideChartStyle style;
  GdkRGBA black = { 0, 0, 0, 1 };
  GdkRGBA white = { 1, 1, 1, 1 };
  double caption;
  StrideChartData data = {
    .series = block->series,
    .period_days = block->period_days,
    .goal = block->has_goal ? &block->goal : NULL,
    .empty_text = _("Nothing to show in this period."),
    .first_day = block->first_day,
    .last_day = block->last_day,
  };

  pango_context_set_font_description (chart_context, font);
  pango_font_description_free (font);

  set_gray (cr, 0);
  caption = show_text (cr, context, FONT_CAPTION, block->chart_name, x, placement->y, width) + 4;

  stride_chart_style_init (&style, &black, &white, &black);
  layout = stride_chart_layout_new (&data, chart_context, (int) width, (int) CHART_HEIGHT);

  cairo_save (cr);
  cairo_translate (cr, x, placement->y + caption);
  stride_chart_render (cr, layout, &style);
  cairo_restore (cr);
}

static void
draw_footer (StrideReport *self,
             cairo_t      *cr,
             PangoContext *context,
             guint         page)
{
  StrideReportPages *pages = _stride_report_get_pages (self);
  double width = pages->width - 2 * MARGIN_SIDE;
  double y = pages->height - FOOTER_FROM_BOTTOM;
  g_autofree char *period = stride_report_period_dup_text (stride_report_get_period (self));
  /* Translators: the foot of each page of the report; %s is its period */
  g_autofree char *left = g_strdup_printf (_("Stride Report, %s"), period);
  /* Translators: the page number at the foot of each page */
  g_autofree char *right = g_strdup_printf (_("Page %u of %u"), page + 1, pages->n_pages);
  g_autoptr(PangoLayout) number = create_layout (context, FONT_FOOTER, right, -1);
  int number_width;

  set_gray (cr, 0.3);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, y - 6);
  cairo_line_to (cr, MARGIN_SIDE + width, y - 6);
  cairo_stroke (cr);

  set_gray (cr, 0);
  pango_layout_get_size (number, &number_width, NULL);
  cairo_move_to (cr, MARGIN_SIDE + width - pango_units_to_double (number_width), y);
  pango_cairo_show_layout (cr, number);
  show_text (cr, context, FONT_FOOTER, left, MARGIN_SIDE, y, width - pango_units_to_double (number_width) - 12);
}

/**
 * stride_report_draw_page:
 * @page: from 0, less than what stride_report_paginate() returned
 *
 * Draws a page as stride_report_paginate() laid it out, over a page
 * that is already white.
 */
void
stride_report_draw_page (StrideReport *self,
                         cairo_t      *cr,
                         guint         page)
{
  StrideReportPages *pages;
  GPtrArray *blocks;
  g_autoptr(StrideReportContext) context = NULL;
  double width;

  g_return_if_fail (STRIDE_IS_REPORT (self));
  pages = _stride_report_get_pages (self);
  g_return_if_fail (pages->placements != NULL);
  g_return_if_fail (page < pages->n_pages);

  blocks = _stride_report_get_blocks (self);
  context = create_context (cr);
  width = pages->width - 2 * MARGIN_SIDE;

  cairo_save (cr);
  for (guint i = 0; i < pages->placements->len; i++)
    {
      const StrideReportPlacement *placement = &g_array_index (pages->placements, StrideReportPlacement, i);
      const StrideReportBlock *block = g_ptr_array_index (blocks, placement->block);

      if (placement->page != page)
        continue;

      set_gray (cr, 0);
      switch (block->kind)
        {
        case STRIDE_REPORT_BLOCK_TABLE:
          draw_table (cr, context, blocks, placement, MARGIN_SIDE, width);
          break;
        case STRIDE_REPORT_BLOCK_CHART:
          draw_chart (cr, context, block, placement, MARGIN_SIDE, width);
          break;
        case STRIDE_REPORT_BLOCK_HEADING:
          show_text (cr, context, FONT_HEADING, block->text, MARGIN_SIDE, placement->y, width);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, MARGIN_SIDE, placement->y + placement->height + 2);
          cairo_line_to (cr, MARGIN_SIDE + width, placement->y + placement->height + 2);
          cairo_stroke (cr);
          break;
        case STRIDE_REPORT_BLOCK_TITLE:
        case STRIDE_REPORT_BLOCK_SUBTITLE:
        case STRIDE_REPORT_BLOCK_TEXT:
          show_text (cr, context, get_font (block->kind), block->text, MARGIN_SIDE, placement->y, width);
          break;
        case STRIDE_REPORT_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }

  draw_footer (self, cr, context, page);
  cairo_restore (cr);
}

/**
 * stride_report_paper_get_default:
 *
 * Returns: the paper of the user's region: Letter in North America, A4
 *   elsewhere
 */
StrideReportPaper
stride_report_paper_get_default (void)
{
  const char *name = gtk_paper_size_get_default ();

  return g_str_has_prefix (name, "na_letter") ? STRIDE_REPORT_PAPER_LETTER : STRIDE_REPORT_PAPER_A4;
}

void
stride_report_paper_get_size (StrideReportPaper  paper,
                              double            *width,
                              double            *height)
{
  if (paper == STRIDE_REPORT_PAPER_LETTER)
    {
      *width = 612;
      *height = 792;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * stride_report_render_pdf:
 *
 * Returns: (transfer full): the report as a PDF file's contents
 */
GBytes *
stride_report_render_pdf (StrideReport       *self,
                          StrideReportPaper   paper,
                          GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  g_return_val_if_fail (STRIDE_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stride_report_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  period = stride_report_period_dup_text (stride_report_get_period (self));
  title = g_strdup_printf (_("Stride Report, %s"), period);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);

  cr = cairo_create (surface);
  n_pages = stride_report_paginate (self, cr, width, height);
  for (guint page = 0; page < n_pages; page++)
    {
      stride_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, STRIDE_REPORT_ERROR, STRIDE_REPORT_ERROR_DRAWING,
                   /* Translators: %s says what went wrong */
                   _("The report could not be drawn: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * stride_report_write_pdf:
 *
 * Writes the report as a PDF to @file, whole or not at all.
 */
gboolean
stride_report_write_pdf (StrideReport       *self,
                         GFile              *file,
                         StrideReportPaper   paper,
                         GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (STRIDE_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = stride_report_render_pdf (self, paper, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
