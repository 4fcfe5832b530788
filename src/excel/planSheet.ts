// 从当前工作表读取: the active sheet's used range as displayed text and its merged areas (ExcelApi 1.13) → a
// PlanDocument with one table block, for the pane to parse. One sync. Without ExcelApi 1.13 the values are read
// alone and the pane says that merged cells (a 板块 merged down) read as empty cells.
import { DubanError } from "../core/errors";
import type { SheetPlanDocument } from "../core/port";
import { colIndex } from "../core/workbook";
import { sheetTable, type MergedArea } from "../planfile/sheet-table";
import { MESSAGES } from "./messages.zh-CN";

/** Splits at commas outside quoted sheet names ('a,b'!A1 stays whole). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts;
}

/**
 * The areas of a RangeAreas address, 0-based: "分解表!A1:G1, 分解表!B3:B5" → two areas; a single cell is an
 * area of one. Parts that are not A1 references (none in Excel's own output) are skipped.
 */
export function mergedAreasOf(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const part of splitAreas(address)) {
    const ref = part
      .slice(part.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .trim();
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
    if (!m) continue;
    const [left, top] = [colIndex(m[1].toUpperCase()), Number(m[2]) - 1];
    const [right, bottom] = m[3] ? [colIndex(m[3].toUpperCase()), Number(m[4]) - 1] : [left, top];
    out.push({ top, left, bottom, right });
  }
  return out;
}

export async function readActiveSheetPlan(
  context: Excel.RequestContext,
  mergedAreasSupported: boolean,
): Promise<SheetPlanDocument> {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("text,rowIndex,columnIndex");
  const merged = mergedAreasSupported ? ws.getRange().getMergedAreasOrNullObject() : null;
  merged?.load("address");
  await context.sync();
  const sheet = ws.name;
  const table = used.isNullObject
    ? null
    : sheetTable(
        sheet,
        used.text,
        merged && !merged.isNullObject ? mergedAreasOf(merged.address) : [],
        { row: used.rowIndex, col: used.columnIndex },
        1,
      );
  if (!table) throw new DubanError(MESSAGES.emptySheet(sheet));
  return {
    sheet,
    document: { blocks: [table] },
    notes: mergedAreasSupported ? [] : [MESSAGES.noMergedAreas],
  };
}
