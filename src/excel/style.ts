// Queues a block's CellStyle and a sheet's look (widths, freeze, conditional formats, print) on Office.js objects.
import {
  BASE_LOOK,
  CELL_BORDER,
  colLetter,
  PAGE_FOOTER,
  PRINT_MARGINS,
  type CellLook,
  type CellStyle,
  type ConditionalFormat,
  type PrintSetup,
  type SheetSpec,
} from "../core/workbook";
import { COMMAND_BYTES, jsonBytes } from "./payload";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center" } as const;
const BORDER_WEIGHT = { thin: "Thin" } as const;
const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/** Width in characters (as exceljs and the spec use) → Office.js points: n × 7 + 5 pixels at 96 dpi. */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A block's style on its range: what the style sets, and the font too when it is a whole look (cellLook). */
export function queueStyle(
  range: Excel.Range,
  style: CellStyle | CellLook,
  rows: number,
  cols: number,
): void {
  if (style.numberFormat !== undefined) {
    range.numberFormat = Array.from({ length: rows }, () =>
      Array<string>(cols).fill(style.numberFormat ?? "General"),
    );
  }
  const format = range.format;
  if ("fontName" in style) format.font.name = style.fontName;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = BORDER_WEIGHT[CELL_BORDER.weight];
      border.color = CELL_BORDER.color;
    }
  }
  // Entry cells stay editable under sheet protection.
  if (style.locked === false) format.protection.locked = false;
}

/**
 * core's BASE_LOOK on a whole sheet, before its blocks: what a cell has when its style says nothing (宋体, not
 * the workbook's Normal font; centred, not Excel's bottom). Cells stay locked as Excel leaves a cleared sheet.
 */
export function queueBaseLook(sheet: Excel.Worksheet): void {
  const format = sheet.getRange().format;
  format.font.name = BASE_LOOK.fontName;
  format.font.size = BASE_LOOK.fontSize;
  format.font.bold = BASE_LOOK.bold;
  format.wrapText = BASE_LOOK.wrap;
  format.verticalAlignment = V_ALIGN[BASE_LOOK.vAlign];
}

export function styleBytes(style: CellStyle | undefined, rows: number, cols: number): number {
  if (!style) return 0;
  const formatBytes =
    style.numberFormat === undefined ? 0 : (jsonBytes(style.numberFormat) + 1) * rows * cols;
  return (
    formatBytes + COMMAND_BYTES * (Object.keys(style).length + (style.border ? BORDER_EDGES.length * 3 : 0))
  );
}

export function queueWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  widths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnPoints(chars);
  });
}

/** Frozen panes (ExcelApi 1.7). */
export function queueFreeze(sheet: Excel.Worksheet, freeze: SheetSpec["freeze"]): void {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return;
  if (freeze.rows > 0 && freeze.cols > 0) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  } else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else sheet.freezePanes.freezeColumns(freeze.cols);
}

/**
 * A status colour (ExcelApi 1.6). Excel's text conditional format only knows contains/begins/ends, and 滞后 is
 * contained in 严重滞后, so an exact match is a cell-value rule: equal to the quoted text.
 */
export function queueConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormat): void {
  const { row, col, rows, cols } = cf.range;
  const format = sheet.getRangeByIndexes(row, col, rows, cols).conditionalFormats.add("CellValue");
  format.cellValue.format.fill.color = cf.fill;
  format.cellValue.format.font.color = cf.fontColor;
  format.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
}

/**
 * A4, orientation, fit to width (or to one page), print area, print titles and the page-number footer (page
 * layout: ExcelApi 1.9).
 */
export function queuePrint(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (print.scale !== undefined) layout.zoom = { scale: print.scale };
  else if (print.onePage) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  else if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.pageOrder) layout.printOrder = "OverThenDown";
  // Points, as the .xlsx writer's inches: the scale core decided holds only with these margins.
  const m = PRINT_MARGINS;
  layout.leftMargin = m.left * 72;
  layout.rightMargin = m.right * 72;
  layout.topMargin = m.top * 72;
  layout.bottomMargin = m.bottom * 72;
  layout.headerMargin = m.header * 72;
  layout.footerMargin = m.footer * 72;
  layout.centerHorizontally = true;
  layout.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
  if (print.area) {
    const { row, col, rows, cols } = print.area;
    layout.setPrintArea(sheet.getRangeByIndexes(row, col, rows, cols));
  }
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}`);
  if (print.repeatCols)
    layout.setPrintTitleColumns(`$${colLetter(print.repeatCols[0])}:$${colLetter(print.repeatCols[1])}`);
}

/** Runs of consecutive rows with the same explicit height: [first row, row count, points]. */
export function heightRuns(heights: readonly (number | null)[]): Array<[number, number, number]> {
  const runs: Array<[number, number, number]> = [];
  heights.forEach((h, row) => {
    if (h === null || h === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row && last[2] === h) last[1]++;
    else runs.push([row, 1, h]);
  });
  return runs;
}

/** Row heights where the spec sets them (wrapped text), one command per run of equal heights. */
export function queueRowHeights(sheet: Excel.Worksheet, runs: ReadonlyArray<[number, number, number]>): void {
  for (const [row, count, points] of runs)
    sheet.getRangeByIndexes(row, 0, count, 1).format.rowHeight = points;
}
