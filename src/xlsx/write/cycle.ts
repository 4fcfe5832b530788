// Writes 报送情况 and 填报记录 into a loaded master: each sheet is generated whole from its rows, in the place the
// old one had (a master from before them gets them after 通报, where a new master has them), protected like the
// other generated sheets; and the master's key when the rows carry one and the master has none (split gives a
// master from before keys its first). A key is never rewritten: templates went out signed with it.
import type ExcelJS from "exceljs";
import {
  logSheet,
  returnsSheet,
  type CycleRows,
  KEY_SHEET,
  SHEETS,
  keySheet,
  type SheetSpec,
} from "../../core/workbook";
import { writeSheet } from "./render";

/** exceljs writes the sheets by their orderNo, which its typings omit. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** The sheets in the order a file lists them. */
const ordered = (wb: ExcelJS.Workbook): Ordered[] =>
  (wb.worksheets as Ordered[]).slice().sort((a, b) => a.orderNo - b.orderNo);

/** Writes `spec` in place of its old sheet, or, when there is none, right after the sheet named `after`. */
async function replaceSheet(wb: ExcelJS.Workbook, spec: SheetSpec, after: string): Promise<void> {
  const sheets = ordered(wb);
  const old = sheets.findIndex((ws) => ws.name === spec.name);
  const anchor = sheets.findIndex((ws) => ws.name === after);
  const at = old >= 0 ? old : anchor >= 0 ? anchor + 1 : sheets.length;
  if (old >= 0) wb.removeWorksheet(sheets[old].id);
  const written = (await writeSheet(wb, spec)) as Ordered;
  const order = sheets.filter((ws) => ws.name !== spec.name);
  order.splice(at, 0, written);
  order.forEach((ws, i) => {
    ws.orderNo = i;
  });
}

/**
 * Replaces both cycle sheets of `wb` with `rows` (填报记录 only ever grows: callers pass old rows + new), and adds
 * the key's sheet, last, when `rows.key` is given and `wb` has none; an existing key's sheet stays as it is.
 */
export async function writeCycleSheets(wb: ExcelJS.Workbook, rows: CycleRows): Promise<void> {
  const returns = returnsSheet(rows.returns);
  await replaceSheet(wb, returns, SHEETS.notice);
  await replaceSheet(wb, logSheet(rows.log), returns.name);
  if (rows.key && !wb.getWorksheet(KEY_SHEET)) await writeSheet(wb, keySheet(rows.key));
}
