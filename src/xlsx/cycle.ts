// Writes 报送情况 and 填报记录 into a loaded master: each sheet is generated whole from its rows (and
// created on a master from before them), protected like the other generated sheets.
import type ExcelJS from "exceljs";
import { logSheet, returnsSheet, type CycleRows } from "../core/workbook/cycle";
import type { SheetSpec } from "../core/workbook";
import { writeSheet } from "./render";

async function replaceSheet(wb: ExcelJS.Workbook, spec: SheetSpec): Promise<void> {
  const old = wb.getWorksheet(spec.name);
  if (old) wb.removeWorksheet(old.id);
  await writeSheet(wb, spec);
}

/** Replaces both cycle sheets of `wb` with `rows` (填报记录 only ever grows: callers pass old rows + new). */
export async function writeCycleSheets(wb: ExcelJS.Workbook, rows: CycleRows): Promise<void> {
  await replaceSheet(wb, returnsSheet(rows.returns));
  await replaceSheet(wb, logSheet(rows.log));
}
