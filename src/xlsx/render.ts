// Renders a WorkbookSpec with exceljs: each block written cell by cell with one shared style, then
// column widths, panes, filters, validation, conditional formats, protection and print setup. specBytes renders
// only a frame of the spec so and streams the rows in (stream-write.ts). No Node and no DOM here: the CLI writes
// these bytes to disk, the page (src/webapp) offers them as downloads.
import ExcelJS from "exceljs";
import { addCharts, type SheetCharts } from "./charts";
import { addFilterDatabase } from "./filter-database";
import { xlsxCellText } from "./ooxml";
import { isSharedColumn } from "./shared";
import { streamSpecBytes } from "./stream-write";
import {
  xmlSafeText,
  CELL_BORDER,
  cellLook,
  colLetter,
  DASHBOARD_SHEET,
  dashboardChartsOf,
  numberBounds,
  PAGE_FOOTER,
  PRINT_MARGINS,
  protectionPermissions,
  validationMessages,
  rangeA1,
  type Block,
  type CellStyle,
  type DataValidation,
  type SheetSpec,
  type SpecCell,
  type WorkbookSpec,
} from "../core/workbook";

/** "#1F4E78" -> "FF1F4E78". */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** The exceljs style of a spec style; one object per block, shared by its cells (exceljs does not mutate it). */
function excelStyle(spec?: CellStyle): Partial<ExcelJS.Style> {
  const style = cellLook(spec);
  const thin: Partial<ExcelJS.Border> = {
    style: CELL_BORDER.weight,
    color: { argb: argb(CELL_BORDER.color) },
  };
  return {
    font: {
      name: style.fontName,
      size: style.fontSize,
      bold: style.bold,
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    },
    ...(style.fill
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } }
      : {}),
    alignment: {
      wrapText: style.wrap,
      vertical: style.vAlign,
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
    },
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    ...(style.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    protection: { locked: style.locked },
  };
}

function writeBlock(ws: ExcelJS.Worksheet, block: Block): void {
  const style = excelStyle(block.style);
  const shared = isSharedColumn(block);
  const first = block.cells[0]?.[0];
  if (shared && first !== null && typeof first === "object")
    ws.fillFormula(rangeA1(block.row, block.col, block.cells.length, 1), first.formula);
  block.cells.forEach((row, r) => {
    const line = ws.getRow(block.row + r + 1);
    row.forEach((value, c) => {
      const cell = line.getCell(block.col + c + 1);
      cell.style = style;
      // A text is always a plain string value, so "=1+1" typed by a user stays text; only spec formulas
      // become formulas.
      if (value === null || shared) return;
      cell.value =
        typeof value === "object"
          ? { formula: value.formula }
          : typeof value === "string"
            ? xlsxCellText(value)
            : value;
    });
  });
}

interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function toExcelValidation(v: DataValidation): ExcelJS.DataValidation {
  const { prompt, error } = validationMessages(v);
  const messages = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: error.title,
    error: error.message,
    ...(prompt ? { showInputMessage: true, promptTitle: prompt.title, prompt: prompt.message } : {}),
  };
  if (v.type === "list") {
    return { ...messages, type: "list", formulae: [`"${v.values.join(",")}"`] };
  }
  const { min, max } = numberBounds(v);
  return { ...messages, type: v.type, operator: "between", formulae: [min, max] };
}

export async function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden === "very" ? "veryHidden" : sheet.hidden ? "hidden" : "visible",
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: [
      sheet.freeze
        ? { state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }
        : { state: "normal" },
    ],
  });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const block of sheet.blocks) writeBlock(ws, block);
  sheet.rowHeights?.forEach((height, row) => {
    if (height) ws.getRow(row + 1).height = height;
  });
  if (sheet.autoFilter) {
    const f = sheet.autoFilter;
    ws.autoFilter = rangeA1(f.row, f.col, f.rows, f.cols);
  }
  // exceljs has range validations (one sqref per rule) but its typings omit them.
  const validations = (ws as unknown as { dataValidations: RangeValidations }).dataValidations;
  for (const v of sheet.validations) {
    validations.add(rangeA1(v.range.row, v.range.col, v.range.rows, v.range.cols), toExcelValidation(v));
  }
  const byRange = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  let priority = 1;
  for (const f of sheet.conditionalFormats) {
    const ref = rangeA1(f.range.row, f.range.col, f.range.rows, f.range.cols);
    const rules = byRange.get(ref) ?? [];
    rules.push({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${f.text}"`],
      priority: priority++,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } },
        font: { color: { argb: argb(f.fontColor) } },
      },
    });
    byRange.set(ref, rules);
  }
  for (const [ref, rules] of byRange) ws.addConditionalFormatting({ ref, rules });
  if (sheet.print) {
    const p = sheet.print;
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.scale === undefined && (p.fitToWidth || p.onePage === true),
      fitToWidth: 1,
      fitToHeight: p.onePage ? 1 : 0,
      ...(p.scale !== undefined ? { scale: p.scale } : {}),
      ...(p.pageOrder ? { pageOrder: p.pageOrder } : {}),
      ...(p.area ? { printArea: rangeA1(p.area.row, p.area.col, p.area.rows, p.area.cols) } : {}),
      horizontalCentered: true,
      margins: PRINT_MARGINS,
      ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0] + 1}:${p.repeatRows[1] + 1}` } : {}),
      ...(p.repeatCols
        ? { printTitlesColumn: `${colLetter(p.repeatCols[0])}:${colLetter(p.repeatCols[1])}` }
        : {}),
    };
    ws.headerFooter = { oddFooter: `&C${PAGE_FOOTER}` };
  }
  if (sheet.protection) {
    await ws.protect(sheet.protection.password, protectionPermissions(sheet.protection));
  }
  return ws;
}

/** The exceljs workbook of `spec`, set to compute every formula when Excel opens it. */
export async function renderWorkbook(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "duban";
  wb.title = xmlSafeText(spec.title);
  // exceljs writes formulas without cached results: Excel must compute them all on open.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) await writeSheet(wb, sheet);
  return wb;
}

/** The charts of 看板 from which of its cells are filled and its columns' widths (as many as it uses, at least 30). */
function dashboardSheetCharts(
  filled: (row: number, col: number) => boolean,
  columns: number,
  width: (col: number) => number | undefined,
): Map<string, SheetCharts> {
  const charts = dashboardChartsOf(filled);
  const widths = Array.from({ length: Math.max(columns, 30) }, (_, c) => width(c) ?? 8.43);
  return new Map([[DASHBOARD_SHEET, { charts, widths }]]);
}

const isFilled = (value: unknown) => value !== null && value !== undefined && String(value).trim() !== "";

/** The charts of the workbook's 看板, read from its blocks: the same whether it was just rendered or reloaded. */
function workbookCharts(wb: ExcelJS.Workbook): Map<string, SheetCharts> {
  const ws = wb.getWorksheet(DASHBOARD_SHEET);
  if (!ws) return new Map();
  return dashboardSheetCharts(
    (row, col) => isFilled(ws.getCell(row + 1, col + 1).value),
    ws.columnCount,
    (c) => ws.getColumn(c + 1).width,
  );
}

/** The charts of the spec's 看板, as workbookCharts reads them from the workbook rendered from it. */
function specCharts(spec: WorkbookSpec): Map<string, SheetCharts> {
  const sheet = spec.sheets.find((s) => s.name === DASHBOARD_SHEET);
  if (!sheet) return new Map();
  const cells = new Map<string, SpecCell>();
  let columns = 0;
  for (const block of sheet.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((value, c) => cells.set(`${block.row + r},${block.col + c}`, value)),
    );
    if (block.cells.length) columns = Math.max(columns, block.col + block.cells[0].length);
  }
  return dashboardSheetCharts(
    (row, col) => {
      const value = cells.get(`${row},${col}`);
      return typeof value === "object" ? value !== null : isFilled(value);
    },
    columns,
    (c) => sheet.columnWidths[c],
  );
}

/**
 * The .xlsx bytes of an exceljs workbook, with the filter names LibreOffice needs (filter-database.ts) and the
 * native charts of 看板 (charts.ts), which exceljs neither writes nor keeps when it rewrites a master; `charts`
 * are read from the workbook's 看板 unless given.
 */
export async function workbookBytes(
  wb: ExcelJS.Workbook,
  charts: ReadonlyMap<string, SheetCharts> = workbookCharts(wb),
): Promise<Uint8Array> {
  const bytes = await addFilterDatabase(new Uint8Array(await wb.xlsx.writeBuffer()));
  return addCharts(bytes, charts);
}

/** The .xlsx bytes of `spec`: exceljs renders its frame, the rows are written as a stream (stream-write.ts). */
export async function specBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  return streamSpecBytes(spec, async (frame) => workbookBytes(await renderWorkbook(frame), specCharts(spec)));
}
