// An .xlsx → PlanDocument through exceljs (loaded on demand): one table per visible worksheet, in tab order,
// merged cells expanded (sheet-table.ts). Hidden sheets are left out: a person reading the workbook does not
// see them, and they usually hold lookup lists or an older copy whose tasks would be read twice.
// Values are the text a person sees: numbers as typed (a 6.5% cell as "6.5%"), dates as 2023年6月30日,
// rich text joined, formulas by their cached result.
import type ExcelJS from "exceljs";
import type { PlanBlock, PlanDocument } from "../core/plan";
import { DubanError, PlanParseError } from "../core/errors";
import { exceljsBytes } from "../xlsx/read/open";
import { plainValue } from "../xlsx/read/values";
import { PLAN_FILE } from "./messages.zh-CN";
import { sheetTable, type MergedArea } from "./sheet-table";
import type { OpenZip } from "../ooxml";

/** A float as typed: 6.500000000000001 → "6.5". */
const plainNumber = (n: number) => String(Number(n.toPrecision(12)));

function dateText(d: Date, numFmt: string | undefined): string {
  const ymd = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`;
  // A format without a day (yyyy"年"m"月") shows only the month, as in "2023年6月底" written as a date.
  return numFmt && !/d/i.test(numFmt.replace(/"[^"]*"/g, "")) ? ymd : `${ymd}${d.getUTCDate()}日`;
}

/** What the cell shows, as text. */
export function cellText(cell: ExcelJS.Cell): string {
  let value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value))
    value = (value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue;
  if (value instanceof Date) return dateText(value, cell.numFmt);
  if (typeof value === "number")
    return cell.numFmt?.includes("%") ? `${plainNumber(value * 100)}%` : plainNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const plain = plainValue(value ?? null);
  return plain === null ? "" : String(plain);
}

/**
 * The texts of a worksheet from A1, and its merged areas (0-based, inclusive). Only cells the file holds are
 * visited, so a sheet formatted down to row 1048576 costs what its content costs.
 */
function sheetGrid(ws: ExcelJS.Worksheet): { texts: string[][]; merges: MergedArea[] } {
  const texts: string[][] = [];
  const masters = new Map<string, MergedArea>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const master = cell.isMerged ? cell.master : null;
      if (master) {
        const area = masters.get(master.address) ?? {
          top: Number(master.row) - 1,
          left: Number(master.col) - 1,
          bottom: 0,
          right: 0,
        };
        area.bottom = Math.max(area.bottom, r - 1);
        area.right = Math.max(area.right, c - 1);
        masters.set(master.address, area);
      }
      line[c - 1] = master && master !== cell ? "" : cellText(cell);
    });
    texts[r - 1] = Array.from(line, (t) => t ?? "");
  });
  return { texts: Array.from(texts, (row) => row ?? []), merges: [...masters.values()] };
}

/**
 * Reads .xlsx bytes (already checked against the inflation limit), opened as `open`. A sheet with a value far
 * beyond the rest is refused naming the cell, and merged ranges are cut to the content (src/xlsx/read/sheet-extent),
 * before exceljs makes an object for every cell they name.
 */
export async function readXlsx(open: OpenZip, bytes: Uint8Array, source: string): Promise<PlanDocument> {
  const fitted = await exceljsBytes(open, bytes).catch((error: unknown) => {
    if (error instanceof DubanError && !(error instanceof PlanParseError))
      throw new PlanParseError(error.message, null, source);
    throw error;
  });
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typing asks for a Node Buffer; in the browser it takes a Uint8Array alike.
    await wb.xlsx.load(fitted as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    // exceljs's own message is English and names its internals: the user needs what to do.
    throw new PlanParseError(PLAN_FILE.badXlsx, null, source);
  }
  const blocks: PlanBlock[] = [];
  let line = 1;
  wb.eachSheet((ws) => {
    if (ws.state !== "visible") return;
    const { texts, merges } = sheetGrid(ws);
    const table = sheetTable(ws.name, texts, merges, { row: 0, col: 0 }, line);
    if (!table) return;
    blocks.push(table);
    line += table.rows.length;
  });
  if (blocks.length === 0) throw new PlanParseError(PLAN_FILE.noSheetText, null, source);
  return { blocks };
}
