// Writes 报送情况 and 填报记录 into a loaded master: each sheet is generated whole from its rows (and
// created on a master from before them), protected like the other generated sheets; and the master's key when
// the rows carry it (split gives a master from before keys its first).
import type ExcelJS from "exceljs";
import { logSheet, returnsSheet, type CycleRows } from "../core/workbook/cycle";
import { keySheet, type SheetSpec } from "../core/workbook";
import { writeSheet } from "./render";

async function replaceSheet(wb: ExcelJS.Workbook, spec: SheetSpec): Promise<void> {
  const old = wb.getWorksheet(spec.name);
  if (old) wb.removeWorksheet(old.id);
  await writeSheet(wb, spec);
}

/**
 * Replaces both cycle sheets of `wb` with `rows` (填报记录 only ever grows: callers pass old rows + new), and the
 * key's sheet with `rows.key` when given; without it the key's sheet stays as it is.
 */
export async function writeCycleSheets(wb: ExcelJS.Workbook, rows: CycleRows): Promise<void> {
  await replaceSheet(wb, returnsSheet(rows.returns));
  await replaceSheet(wb, logSheet(rows.log));
  if (rows.key) await replaceSheet(wb, keySheet(rows.key));
}
