// Writes a merge plan (core/collect planMerge) into a loaded master: the one way both `duban merge` and the
// page's 导入 put returned figures into a workbook file, so their merged files hold the same cells.
import type ExcelJS from "exceljs";
import type { CellChange } from "../../core/collect";
import type { CycleRows } from "../../core/workbook";
import { writeCycleSheets } from "./cycle";
import { xlsxCellText } from "../ooxml";

export interface WrittenChanges {
  /** Distinct cells written. */
  cells: number;
  /** Distinct rows (one 指标编号 each) among them. */
  rows: number;
}

/**
 * Writes the planned cells into the loaded master; each cell keeps its style, validation and lock. exceljs keeps
 * no computed results, so the workbook is set to compute every formula when it is next opened.
 */
export function applyCellChanges(wb: ExcelJS.Workbook, changes: readonly CellChange[]): WrittenChanges {
  const cells = new Set<string>();
  const rows = new Set<string>();
  for (const change of changes) {
    const ws = wb.getWorksheet(change.sheet);
    if (!ws) continue; // planMerge only plans cells of sheets the master has
    const value = change.value;
    ws.getRow(change.row + 1).getCell(change.col + 1).value =
      typeof value === "string" ? xlsxCellText(value) : value;
    cells.add(`${change.sheet}!${change.row}:${change.col}`);
    rows.add(`${change.sheet}!${change.row}`);
  }
  wb.calcProperties.fullCalcOnLoad = true;
  return { cells: cells.size, rows: rows.size };
}

/**
 * A merge written into the loaded master: the plan's cells, then 报送情况 and 填报记录 replaced by `cycle`
 * (core/collect mergedCycle). `duban merge` and the page's 导入 both write a merged master by this.
 */
export async function writeMerge(
  wb: ExcelJS.Workbook,
  changes: readonly CellChange[],
  cycle: CycleRows,
): Promise<WrittenChanges> {
  const written = applyCellChanges(wb, changes);
  await writeCycleSheets(wb, cycle);
  return written;
}
