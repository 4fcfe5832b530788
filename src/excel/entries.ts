// Writes a merge plan's cell changes (core/collect planMerge) into the open workbook's 指标填报. The cells are
// found again by 指标编号 and header in the same Excel.run, never by the row numbers of the check: the user may
// have sorted or moved rows since. Nothing is written unless every change still finds its cell unchanged.
import { TEXT_ENTRY_HEADERS, canonicalValue, readEntryTable, type CellChange } from "../core/collect";
import type { AppliedChanges } from "../core/port";
import { a1, type CellValue, fileCellText } from "../core/workbook";
import { WorkbookShapeError } from "../core/errors";
import { escapeText } from "./cells";
import { MESSAGES } from "./messages.zh-CN";
import { DEFAULT_PROTECTION, queueProtect, queueUnprotect } from "./protection";
import { readSheets } from "./read";
import { SHEETS } from "../core/workbook";

interface Target {
  id: string;
  header: string;
  /** The cell's value when the plan was made: what it must still hold. */
  previous: CellValue;
  value: CellValue;
}

/** One target per cell: a later change to the same cell replaces the value, the first one's `previous` stays. */
function targets(changes: readonly CellChange[]): Target[] {
  const byCell = new Map<string, Target>();
  for (const c of changes) {
    if (c.sheet !== SHEETS.fill) continue; // planMerge writes only 指标填报
    const key = `${c.id}\u0001${c.header}`;
    const seen = byCell.get(key);
    if (seen) seen.value = c.value;
    else byCell.set(key, { id: c.id, header: c.header, previous: c.previous, value: c.value });
  }
  return [...byCell.values()];
}

/** What range.values takes: blank "", text columns (number format "@") as typed, other text escaped. */
function excelValue(value: CellValue, header: string): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  const text = fileCellText(value);
  return (TEXT_ENTRY_HEADERS as readonly string[]).includes(header) ? text : escapeText(text);
}

/**
 * Two syncs whatever the number of changes: read 指标填报 and its protection, then write and protect again
 * (on Excel on the web the read takes one more, for the sheet's size, and one per 4 MB of values).
 */
export async function applyCellChanges(
  context: Excel.RequestContext,
  changes: readonly CellChange[],
  readBudget?: number,
): Promise<AppliedChanges> {
  const wanted = targets(changes);
  if (wanted.length === 0) return { cells: 0, rows: 0 };
  const reads = await readSheets(context, [SHEETS.fill], { state: true, autoFilter: false }, readBudget);
  const read = reads.get(SHEETS.fill);
  const table = readEntryTable(new Map([[SHEETS.fill, read?.values ?? []]]));
  if (!("byId" in table)) throw new WorkbookShapeError(table.message, table.sheet, table.cell);

  // Locate and check everything before queueing a single write: all or nothing.
  const cells = wanted.map((t) => {
    const row = table.byId.get(t.id);
    if (!row) throw new WorkbookShapeError(MESSAGES.entryRowGone(t.id), SHEETS.fill, null);
    const col = table.columns.get(t.header);
    if (col === undefined)
      throw new WorkbookShapeError(MESSAGES.entryColumnGone(t.header), SHEETS.fill, null);
    const address = a1(row.row, col);
    if (canonicalValue(row.cells[col]) !== canonicalValue(t.previous))
      throw new WorkbookShapeError(
        MESSAGES.entryChangedSinceCheck(address, t.id, t.header),
        SHEETS.fill,
        address,
      );
    return { row: row.row, col, value: excelValue(t.value, t.header) };
  });

  const ws = context.workbook.worksheets.getItem(SHEETS.fill);
  const wasProtected = read?.protected ?? false;
  context.workbook.application.suspendApiCalculationUntilNextSync();
  queueUnprotect(ws, wasProtected);
  for (const c of cells) ws.getRangeByIndexes(c.row, c.col, 1, 1).values = [[c.value]];
  if (wasProtected) queueProtect(ws, DEFAULT_PROTECTION);
  await context.sync();
  return { cells: cells.length, rows: new Set(wanted.map((t) => t.id)).size };
}
