// exceljs workbook → WorkbookValues: each sheet's values as a 2-D array from A1. Shared by the CLI and the
// task pane, so a return reads the same in both; exceljs is only a type here (callers load it).
import type ExcelJS from "exceljs";
import type { ReturnCellFacts } from "../../core/collect";
import { unifyLineBreaks } from "../../core/plan";
import type { CellValue, WorkbookValues } from "../../core/workbook";

/** A date as ISO "YYYY-MM-DD" (exceljs gives dates at UTC midnight). */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * One exceljs cell value as a plain value: formulas give their cached result (null when never computed), text
 * has every line break as "\n" (exceljs has decoded Excel's "_x000D_" into a carriage return).
 */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return unifyLineBreaks(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return unifyLineBreaks(value.richText.map((t) => t.text).join(""));
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in result) return result.error;
    return plainValue(result as ExcelJS.CellValue);
  }
  if ("error" in value) return value.error;
  if ("text" in value) return String(value.text);
  return null;
}

/**
 * A cell's value. A formula's cached result is taken from `cell.result`: exceljs's `cell.value` copies only
 * truthy fields, so a result of 0 or "" (which LibreOffice and Excel do save) would read as never computed.
 */
function cellValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return plainValue({ ...value, result: cell.result } as ExcelJS.CellValue);
  }
  return plainValue(value);
}

/**
 * Every sheet of a loaded workbook as values, from A1 to the farthest cell holding a value: only the cells the
 * file holds are visited (exceljs's rowCount × columnCount would count a far empty cell, and getCell creates one).
 * openWorkbook has refused a sheet whose extent is out of proportion to what it holds (sheet-extent.ts).
 */
export function workbookValues(wb: ExcelJS.Workbook): WorkbookValues {
  const values = new Map<string, CellValue[][]>();
  wb.eachSheet((ws) => {
    const held: { row: number; col: number; value: CellValue }[] = [];
    let rows = 0;
    let cols = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = cellValue(cell);
        if (value === null || value === "") return;
        held.push({ row: r - 1, col: c - 1, value });
        rows = Math.max(rows, r);
        cols = Math.max(cols, c);
      }),
    );
    const grid = Array.from({ length: rows }, () => Array.from<CellValue>({ length: cols }).fill(null));
    for (const h of held) grid[h.row][h.col] = h.value;
    values.set(ws.name, grid);
  });
  return values;
}

/**
 * What the values of a sheet do not show, by A1 address: percent-formatted numbers (typing "5%" stores 0.05),
 * formulas (openpyxl and exceljs write them without a cached result, which reads as empty) and error values.
 */
export function cellFacts(ws: ExcelJS.Worksheet | undefined): ReturnCellFacts {
  const percent = new Set<string>();
  const formulas = new Map<string, string>();
  const errors = new Set<string>();
  ws?.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value;
      if (typeof value === "number" && /%/.test((cell.numFmt ?? "").replace(/"[^"]*"|\\./g, "")))
        percent.add(cell.address);
      else if (value !== null && typeof value === "object") {
        if ("formula" in value || "sharedFormula" in value) {
          const f = value as ExcelJS.CellFormulaValue & { sharedFormula?: string };
          formulas.set(cell.address, f.formula ?? cell.formula ?? f.sharedFormula ?? "");
        } else if ("error" in value) errors.add(cell.address);
      }
    }),
  );
  return { percent, formulas, errors };
}
