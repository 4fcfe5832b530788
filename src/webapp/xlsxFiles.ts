// The page's file side of src/xlsx, in a chunk of its own with exceljs and jszip: what `duban workbook`,
// `duban split` and `duban merge` do to files, on bytes instead of paths.
import type ExcelJS from "exceljs";
import type { CellChange, IssueWrite } from "../core/collect";
import { DubanError } from "../core/errors";
import type { WorkbookValues, CycleRows } from "../core/workbook";
import { openWorkbook, workbookValues } from "../xlsx";
import { writeCycleSheets } from "../xlsx/write/cycle";
import { applyCellChanges, writeMerge, type WrittenChanges } from "../xlsx/write/merge";
import { specBytes, workbookBytes } from "../xlsx/write/render";

export { specBytes };
export { xlsxCellText } from "../xlsx/ooxml";
export { templateFiles, templatesZip } from "../xlsx/write/templates";

/** Opens .xlsx bytes; a file that is not one is a DubanError naming `source`, as the CLI's loadWorkbook says. */
async function open(bytes: Uint8Array, source = "主工作簿"): Promise<ExcelJS.Workbook> {
  try {
    return await openWorkbook(bytes);
  } catch (error) {
    if (error instanceof DubanError) throw new DubanError(`${source}：${error.message}`);
    throw error;
  }
}

export async function valuesOf(bytes: Uint8Array, source: string): Promise<WorkbookValues> {
  return workbookValues(await open(bytes, source));
}

/** The bytes after `edit` changed the workbook, written as every duban file is (filter names included). */
export async function change(
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Uint8Array> {
  const wb = await open(bytes);
  await edit(wb);
  wb.calcProperties.fullCalcOnLoad = true;
  return workbookBytes(wb);
}

/** The master with a merge plan's cells written, as `duban merge` writes its output. */
export async function merge(
  bytes: Uint8Array,
  changes: readonly CellChange[],
): Promise<{ bytes: Uint8Array; written: WrittenChanges }> {
  const wb = await open(bytes);
  const written = applyCellChanges(wb, changes);
  return { bytes: await workbookBytes(wb), written };
}

/** The master with 报送情况 and 填报记录 replaced by `rows`, by the function `duban merge` and `duban split` use. */
export async function withCycle(bytes: Uint8Array, rows: CycleRows): Promise<Uint8Array> {
  return change(bytes, (wb) => writeCycleSheets(wb, rows));
}

/** The master after a 下发: 参数's cells (当前季度) and 报送情况, written as `duban split` writes them. */
export async function withIssue(bytes: Uint8Array, write: IssueWrite): Promise<Uint8Array> {
  const wb = await open(bytes);
  await writeMerge(wb, write.changes, write.cycle);
  return workbookBytes(wb);
}
