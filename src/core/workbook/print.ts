// How a sheet prints on A4: the page, the margins both renderers write, and the scale decided from the
// spec's own column widths and row heights, so that a printed list is never smaller than people can read.
import type { PrintSetup, SheetSpec } from "./spec";

/** A4 in points (297 × 210 mm). */
const A4 = { long: (297 / 25.4) * 72, short: (210 / 25.4) * 72 };
/** Margins in inches, as both renderers write them: narrow enough for wide lists, room for the page number. */
export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** Body text of the sheets (the renderers' default font size). */
export const BODY_POINTS = 11;
/** The smallest printed body text of a list sheet (任务清单, 指标填报, …), in points. */
export const MIN_LIST_POINTS = 9;
/** The smallest printed text of a one-page sheet (看板), in points. */
const MIN_ONE_PAGE_POINTS = 8;
/** A row's height when the spec leaves it to the spreadsheet (one line of 11 pt text). */
const DEFAULT_ROW_POINTS = 15;

/** Headers after which a list sheet's printout stops: later columns are bookkeeping for formulas and 看板. */
const PRINTED_THROUGH: Readonly<Record<string, string>> = { 任务清单: "得分" };

/** The printed width of a column `width` characters wide, in points (Excel's rule for an 11 pt body font). */
export function columnPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/** The area inside the margins of an A4 page in the sheet's orientation, in points. */
export function printablePage(print: PrintSetup): { width: number; height: number } {
  const [w, h] = print.orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  const m = PRINT_MARGINS;
  return { width: w - (m.left + m.right) * 72, height: h - (m.top + m.bottom) * 72 };
}

/** Rows and columns the sheet prints: its print area, else every column and every row a block fills. */
function printedRange(sheet: SheetSpec): { row: number; col: number; rows: number; cols: number } {
  if (sheet.print?.area) return sheet.print.area;
  const rows = Math.max(0, ...sheet.blocks.map((b) => b.row + b.cells.length));
  return { row: 0, col: 0, rows, cols: sheet.columnWidths.length };
}

/** Width and height of the printed range at 100 %, in points. */
function printedSize(sheet: SheetSpec): { width: number; height: number } {
  const r = printedRange(sheet);
  const width = sheet.columnWidths.slice(r.col, r.col + r.cols).reduce((s, w) => s + columnPoints(w), 0);
  let height = 0;
  for (let row = r.row; row < r.row + r.rows; row++) height += sheet.rowHeights?.[row] ?? DEFAULT_ROW_POINTS;
  return { width, height };
}

/**
 * The scale (percent) a spreadsheet prints the sheet at: the fixed scale, or the largest whole percent that
 * fits the width (and, for one page, the height), as Excel computes "fit to".
 */
export function printScale(sheet: SheetSpec): number {
  const print = sheet.print;
  if (!print) return 100;
  if (print.scale !== undefined) return print.scale;
  const page = printablePage(print);
  const size = printedSize(sheet);
  const fits = [page.width / size.width, ...(print.onePage ? [page.height / size.height] : [])];
  return print.fitToWidth || print.onePage ? Math.min(100, Math.floor(100 * Math.min(...fits))) : 100;
}

/** The body text's printed size in points, e.g. 11 pt at 82 % prints at 9.02 pt. */
export function printedPoints(sheet: SheetSpec): number {
  return (BODY_POINTS * printScale(sheet)) / 100;
}

/**
 * A list sheet's print layout: its print area stops after the columns a reader needs; it is fitted to one page
 * wide when that keeps the text at MIN_LIST_POINTS or more; otherwise it prints at the scale that does, with
 * the header row and the key column (序号, 指标编号) on every page, pages running across then down.
 */
export function withPrintLayout(sheet: SheetSpec): SheetSpec {
  const print = sheet.print;
  // 看板 (one page, or run on over pages: withOnePageLayout) prints its own area.
  if (!print || print.onePage || !print.repeatRows || print.area) return sheet;
  const headers = sheet.blocks.find((b) => b.row === 0 && b.col === 0)?.cells[0] ?? [];
  const last = PRINTED_THROUGH[sheet.name];
  const lastCol = last ? headers.indexOf(last) : -1;
  const rows = printedRange({ ...sheet, print: undefined }).rows;
  const area = lastCol >= 0 ? { row: 0, col: 0, rows, cols: lastCol + 1 } : undefined;
  const printed = { ...print, ...(area ? { area } : {}) };
  const fitted: SheetSpec = { ...sheet, print: printed };
  const readable = Math.ceil((100 * MIN_LIST_POINTS) / BODY_POINTS);
  if (printScale(fitted) >= readable) return fitted;
  return {
    ...sheet,
    print: {
      ...print,
      area,
      fitToWidth: false,
      scale: readable,
      repeatCols: [0, 0],
      pageOrder: "overThenDown",
    },
  };
}

/**
 * A one-page sheet (看板) prints on one page while that keeps its text at MIN_ONE_PAGE_POINTS or more; a taller
 * one (看板 of a plan with some 45 主要预期目标 or more) is fitted to the page's width and runs on to further
 * pages, its title row repeated on each.
 */
export function withOnePageLayout(sheet: SheetSpec): SheetSpec {
  const print = sheet.print;
  if (!print?.onePage) return sheet;
  if (printScale(sheet) >= Math.ceil((100 * MIN_ONE_PAGE_POINTS) / BODY_POINTS)) return sheet;
  return { ...sheet, print: { ...print, onePage: false, fitToWidth: true, repeatRows: [0, 0] } };
}
